"""Claim kinds a new-analyst trial on a rebel offensive misread (invented sentences, no
third-party text):

* a count of the people a report rests on ("a local official has said, a security source and
  five eyewitnesses") is sourcing, never a figure; a count of witnesses that something befell
  stays a claim;
* the size of a place ("the town, which is home to about 60,000 people", "a city of 2 million
  people") is a quantity of event "other" (``CLAIMS.md``: non-event quantities count); a
  population that something befell keeps its event;
* a count whose counted phrase spells out a body's name before its short form in brackets
  ("two United Nations ... Mission in the Republic of Velmora (UNMISVEL) peacekeepers") counts
  the body's members: the numeral is not lost.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _read(text: str) -> list[tuple[float, str, str | None]]:
    return [(c.quantity, c.counts, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels were seen in the centre of Tarsk, a local official has said, a security source "
        "and five eyewitnesses.",
        "Troops entered the port, according to two security sources and three witnesses.",
        "The army shelled the market, citing four eyewitnesses, the agency said.",
        "Two informants described the convoy to the agency by telephone.",
    ],
)
def test_who_a_report_rests_on_is_no_claim(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two witnesses were killed in the crossfire.", (2, "witnesses", "killed")),
        ("Gunmen wounded three eyewitnesses near the bridge.", (3, "eyewitnesses", "wounded")),
        # near miss: people counted beside the sourcing stay
        (
            "Twelve civilians were killed in Tarsk, a local official and two witnesses said.",
            (12, "civilians", "killed"),
        ),
    ],
)
def test_witnesses_something_befell_stay_claims(
    text: str, expected: tuple[float, str, str]
) -> None:
    assert expected in _read(text)
    assert all(counts != "witnesses" or event != "other" for _, counts, event in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The militia said it would not let soldiers back into the town, which is home to about "
        "60,000 people.",
        "Velmora, a city of 2 million people, lost power on Sunday.",
        "The district has a population of 120,000 people.",
        "Rebels reached Oberin, a town of some 40,000 inhabitants, on Friday.",
    ],
)
def test_the_size_of_a_place_is_an_other_quantity(text: str) -> None:
    assert [event for _, _, event in _read(text)] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camps are home to 300,000 displaced people.", (300000, "people", "displaced")),
        ("The camps are now home to 300,000 people who fled the fighting.", (300000, "people")),
        (
            "The town of 60,000 people was shelled overnight and 12 people were killed.",
            (12, "people", "killed"),
        ),
    ],
)
def test_a_population_something_befell_stays(text: str, expected: tuple) -> None:
    assert any((q, c, e)[: len(expected)] == expected for q, c, e in _read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the last 48 hours, two United Nations Organization Stabilization Mission in the "
            "Republic of Velmora (UNMISVEL) peacekeepers from Ostland and one peacekeeper from "
            "Karsia were killed.",
            [(2, "UNMISVEL peacekeepers", "killed"), (1, "peacekeeper", "killed")],
        ),
        (
            "Two Regional Force (REFOR) soldiers were wounded near Tarsk.",
            [(2, "REFOR soldiers", "wounded")],
        ),
        (
            "Rebels killed three Karsian National Guard (KNG) officers on Monday.",
            [(3, "KNG officers", "killed")],
        ),
    ],
)
def test_a_count_across_a_bodys_spelled_name_keeps_its_numeral(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: no short form in brackets, or the bracket closes the phrase
        (
            "Three African Union Mission soldiers were killed near Tarsk.",
            [(3, "African Union Mission soldiers", "killed")],
        ),
        ("Two Regional Force (REFOR) said 40 people fled.", [(40, "people", "displaced")]),
    ],
)
def test_near_misses_of_a_spelled_name_read_as_before(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers from Ostland and one soldier from Karsia were killed.",
        "In the last 48 hours, two Regional Force (REFOR) peacekeepers from Ostland and one "
        "peacekeeper from Karsia were killed.",
        "Three medics of the Tarsk clinic and two medics of the Vendra clinic were wounded.",
    ],
)
def test_one_toll_told_by_origin_is_two_parts(text: str) -> None:
    claims = find_claims(text, "S1.1")
    assert len(claims) == 2
    assert all(c.part for c in claims)
    assert claims[0].event == claims[1].event


@pytest.mark.parametrize(
    "text",
    [
        # near misses: another event, another counted thing, another clause's verb
        "Rebels killed two soldiers from Ostland and wounded one soldier from Karsia.",
        "Two soldiers from Ostland and one civilian from Karsia were killed.",
        "Two soldiers from Ostland were killed and one soldier from Karsia was wounded.",
    ],
)
def test_near_misses_of_a_toll_by_origin_stay_wholes(text: str) -> None:
    assert not any(c.part for c in find_claims(text, "S1.1"))
