"""The name a key judgment gives a place told only by description must be that place's
(review revB21 of round kj21; invented sentences, no third-party text). Not a place told as
a goal nearby ("Refugees fled to the city of Brask"), nor one told by its area ("across
Donetsk region"), nor one tied to another kind of settlement ("Vell, a village" for "a key
town"), nor either of two places of the kind named nearby; a name ends before its full stop.
An ordinary word opening the sentence ("Meanwhile, a key eastern city fell") names nothing,
and an indefinite description after a negation ("have never captured a provincial capital")
is no place in particular.
Near misses keep their names."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.referents import name_nearby, unnamed_descriptions
from briefbook.ingest import SourceSpec, load_documents

PLACES = ["Ostra", "Vell", "Tarnow", "Kessa", "Brask", "Donetsk"]
COUNTRIES = ["Karsia", "Karsian", "Ostland"]


@pytest.mark.parametrize(
    ("kind", "neighbours"),
    [
        ("town", ["Residents fled to Kessa."]),
        ("town", ["The Karsian army withdrew towards Kessa."]),
        ("city", ["Fighting continues across Donetsk region."]),
        ("town", ["Vell, a village of 300 people, was shelled overnight."]),
        ("city", ["Tarnow, a small town nearby, was also shelled."]),
        (
            "city",
            [
                "The city of Brask, 40 km to the south, remains in army hands.",
                "The city of Ostra had been besieged for weeks.",
            ],
        ),
    ],
)
def test_no_name_of_another_place(kind: str, neighbours: list[str]) -> None:
    assert name_nearby(kind, neighbours, PLACES, COUNTRIES) is None


@pytest.mark.parametrize(
    ("kind", "neighbours", "name"),
    [
        # a goal is left out, the place tied to the kind stays
        (
            "city",
            [
                "Refugees fled to the city of Brask.",
                "Ostra, the regional capital, had been shelled for weeks.",
            ],
            ("Ostra", 1),
        ),
        ("city", ["Shelling continued in Kessa."], ("Kessa", 0)),
        ("town", ["Kessa, a market town of 20,000, was shelled."], ("Kessa", 0)),
        # the name ends before the sentence's full stop
        ("city", ["Its people had long fled the city of Brask."], ("Brask", 0)),
    ],
)
def test_the_name_of_the_place(kind: str, neighbours: list[str], name: tuple[str, int]) -> None:
    assert name_nearby(kind, neighbours, PLACES, COUNTRIES) == name


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("Meanwhile, a key eastern city fell to the rebels.", ["a key eastern city"]),
        ("Overnight, the capital was hit by drones.", ["the capital"]),
        # an indefinite description after a negation or "the first time": no place in
        # particular, so none to name
        ("Rebels have never captured a provincial capital.", []),
        ("Neither side has taken a major city since March.", []),
        ("It is the first time rebels have held a provincial capital.", []),
        # near misses: a name opening the sentence, known or not
        ("Ostra, a key eastern city, fell to the rebels.", []),
        ("Harnvik, a key eastern city, fell to the rebels.", []),
    ],
)
def test_an_ordinary_opening_word_names_nothing(text: str, described: list[str]) -> None:
    found = unnamed_descriptions(text, PLACES, COUNTRIES)
    assert [text[d.start : d.end] for d in found] == described


def test_a_goal_nearby_is_no_name_of_the_city_taken(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Karsian jets struck militia depots near Vell overnight, killing at least 14 "
        "fighters, the army said.\n\nHundreds of families fled Vell on Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Militia fighters captured a key eastern city on Sunday after a week of fighting.\n\n"
        "Thousands of refugees fled to the city of Brask.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-06"),
            SourceSpec(path="c.txt", published="2024-05-18"),
        ],
        base=tmp_path,
    )
    shown = [k.text for k in assess_documents(docs, issue_date="2024-05-20").key_judgments]
    assert shown
    assert not any("[Brask" in t for t in shown), shown
