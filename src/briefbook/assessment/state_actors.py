"""Names that stand for a state where they act: one reading for the citation checker's name
rule (:mod:`briefbook.assessment.checker`) and its actor rule
(:mod:`briefbook.assessment.predicates`).

A state acts through its capital ("Moscow sent troops"), its head of state's seat
(``head_offices`` of ``data/claims.yaml``: "the Kremlin said"), its government's other seats
(``government_seats`` of ``data/state_actors.yaml``: "the Pentagon ordered", "Downing Street
condemned"), its head of state or government (``state_leaders``: "Putin ordered"), its army
(a force of ``data/gazetteer.yaml`` with its country: "the PLA") and its intelligence and
security services (``data/services.yaml``: "the IRGC struck", "the FSB detained"; not a force
at war with the state's army, ``not_state_bodies``: "the RSF attacked" is not "Sudan
attacked").

Each reader returns spelling as written -> the country's name as ``data/gazetteer.yaml``
writes it ("Pentagon" -> "United States").
"""

from __future__ import annotations

from functools import cache

from briefbook.data import load_data

__all__ = ["body_states", "leader_states", "seat_states"]


@cache
def seat_states() -> dict[str, str]:
    """A seat of power -> its country: the head of state's (``head_offices`` of
    data/claims.yaml) and the government's (``government_seats`` of
    data/state_actors.yaml)."""
    out = {str(k): str(v) for k, v in load_data("claims.yaml")["head_offices"].items()}
    for seat, country in load_data("state_actors.yaml")["government_seats"].items():
        out.setdefault(str(seat), str(country))
    return out


@cache
def leader_states() -> dict[str, str]:
    """A head of state's or government's name or unambiguous short form -> the country
    (``state_leaders`` of data/state_actors.yaml)."""
    out: dict[str, str] = {}
    for country, names in load_data("state_actors.yaml")["state_leaders"].items():
        for name in names:
            out.setdefault(str(name), str(country))
    return out


@cache
def body_states() -> dict[str, str]:
    """Every spelling of a state's armed force (a force of data/gazetteer.yaml with its
    country) or of its intelligence or security service (data/services.yaml, except
    ``not_state_bodies``) -> the country."""
    out: dict[str, str] = {}
    for row in load_data("gazetteer.yaml").get("forces", []):
        if len(row) > 3 and row[3]:
            for surface in [row[0], *row[1]]:
                out.setdefault(str(surface), str(row[3]))
    apart = {str(n) for n in load_data("state_actors.yaml").get("not_state_bodies", [])}
    for name, _type, country, aliases in load_data("services.yaml")["services"]:
        if str(name) in apart or not country:
            continue
        for surface in [name, *aliases]:
            out.setdefault(str(surface), str(country))
    return out
