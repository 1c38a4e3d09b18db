"""One mechanism for a body named after its country's possessive (round left23,
:mod:`briefbook.analysis.owned_bodies`): its national body, else its bare name. Its bare
reading now holds for a country of two words ("South Sudan's Wildlife Service" and "the
Wildlife Service" were two entities: only a one-word owner was read), and its branch of
service rule for a service of two words too. Invented sentences."""

from __future__ import annotations

from pathlib import Path

from builders import source_entities


def _bodies(found):
    return [
        (name, sorted(ev)) for etype, name, _, ev in found if etype in ("organisation", "force")
    ]


def test_a_two_word_countrys_possessive_names_the_bare_body(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "South Sudan's Wildlife Service seized 40 tusks near Yambio on Sunday.",
        "The Wildlife Service said the tusks were bound for the coast.",
    )
    assert _bodies(found) == [("Wildlife Service", ["S1.1", "S2.1"])], found


def test_near_miss_two_countries_possessives_keep_two_bodies(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "South Sudan's Wildlife Service seized 40 tusks near Yambio on Sunday.",
        "Uganda's Wildlife Service said it seized 12 more near the border.",
    )
    assert len(_bodies(found)) == 2, found
