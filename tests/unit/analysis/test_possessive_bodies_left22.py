"""A country's possessive and its demonym (or name) before one body's name are one body:
"Malawi's Border Protection Unit" and "the Malawian Border Protection Unit" stayed two
entities (or one with its country lost); a force the gazetteer knows by its country's name
("Rwanda Defence Force") took no mention from "Rwanda's Defence Force" (round left22, issue
12's leftovers; invented sentences). Two countries' bodies of one name stay two."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import source_entities


def _bodies(found):
    return [
        (etype, name, aliases, ev)
        for etype, name, aliases, ev in found
        if etype in ("organisation", "force")
    ]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Malawi's Border Protection Unit detained 14 traders near Mchinji on Sunday.",
            "A spokesman for the Malawian Border Protection Unit said the traders were freed.",
        ),
        (
            "The Malawian Border Protection Unit said it had closed two crossings.",
            "Malawi's Border Protection Unit reopened one of them on Friday.",
        ),
    ],
)
def test_possessive_and_demonym_name_one_body(tmp_path: Path, texts) -> None:
    bodies = _bodies(source_entities(tmp_path, *texts))
    assert len(bodies) == 1, bodies
    _, name, aliases, evidence = bodies[0]
    assert {name, *aliases} >= {
        "Malawian Border Protection Unit",
        "Malawi's Border Protection Unit",
    }
    assert sorted(evidence) == ["S1.1", "S2.1"]


def test_a_known_force_takes_the_possessive_form(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "Rwanda's Defence Force moved two battalions to the border.",
        "The Rwandan Defence Force denied that its troops had crossed.",
    )
    (force,) = [f for f in found if f[0] == "force"]
    assert force[1] == "Rwanda Defence Force" and sorted(force[3]) == ["S1.1", "S2.1"]


def test_near_miss_two_countries_bodies_of_one_name_stay_two(tmp_path: Path) -> None:
    bodies = _bodies(
        source_entities(
            tmp_path,
            "Zambia's Border Protection Unit detained 14 traders near Chipata on Sunday.",
            "A spokesman for the Malawian Border Protection Unit said its posts were calm.",
        )
    )
    assert len(bodies) == 2, bodies
    assert not any("Malawi" in n and "Zambia" in " ".join(a) for _, n, a, _ in bodies)


def test_near_miss_another_body_of_the_same_country_stays_apart(tmp_path: Path) -> None:
    bodies = _bodies(
        source_entities(
            tmp_path,
            "Malawi's Border Protection Unit detained 14 traders near Mchinji on Sunday.",
            "The Malawian Revenue Authority said the traders owed duties on their goods.",
        )
    )
    names = {n for _, n, _, _ in bodies}
    assert names == {"Border Protection Unit", "Malawian Revenue Authority"}, bodies
