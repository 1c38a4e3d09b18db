"""Claim kinds of round claims22 (invented sentences, no third-party text):

* a sum of money is never a count of people ("losses of $2.3bn": no casualties), and a sum
  told as money lost ("a loss of about $2.3 billion") is no funding: event "other"; a sum
  pledged stays funded;
* a percentage that measures a change ("could fall by up to 40 percent", "a 40 percent fall
  in arrivals", "exports plunged 30%") is a rate of change, event "other"; "40 percent of
  new arrivals" stays a share of the displaced;
* the count in the agent of a passive ("the raids were carried out by three obscure groups")
  tells who did it, no count of attacks; "struck by two missiles" stays the strike's;
* "one of N" that names what a thing is ("an attack ..., one of two deadly attacks", "it was
  one of three raids") is an identity, no count, and the N then counts attacks; "One of the
  three hostages was killed" stays a part;
* a paragraph that opens with a part pronoun ("Five of them are children") counts a part of
  the toll the paragraph before told, by its event; after a count of things it stays "other".
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.pipeline import analyse
from briefbook.model import Document, Sentence


def _events(text: str) -> dict[str, str | None]:
    return {c.text: c.event for c in find_claims(text, "S1.1", published="2027-04-02")}


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        (
            "The minister said exports could fall by 40 percent, with losses of $2.3bn.",
            "$2.3bn",
            "other",
        ),
        (
            "That means a loss of about $2.3 billion in hard currency.",
            "about $2.3 billion",
            "other",
        ),
        ("The port lost $40 million in fees after the strikes.", "$40 million", "other"),
        ("Karsia pledged $2.3 billion in aid to the region.", "$2.3 billion", "funded"),
    ],
)
def test_money_lost_is_no_casualty_nor_funding(text: str, figure: str, event: str) -> None:
    assert _events(text)[figure] == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        (
            "Tourist arrivals to Karsia could fall by up to 40 percent this year.",
            "up to 40 percent",
            "other",
        ),
        ("We expect a 40 percent fall in arrivals.", "40 percent fall", "other"),
        (
            "About 40 percent of new arrivals at the camp were children.",
            "About 40 percent of new arrivals",
            "displaced",
        ),
    ],
)
def test_a_percent_of_change_is_no_count(text: str, figure: str, event: str) -> None:
    assert _events(text)[figure] == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        (
            "Officials said the raids were carried out by three obscure militant groups.",
            "three obscure militant",
            "other",
        ),
        ("The bombing was claimed by two armed groups.", "two armed groups", "other"),
        ("The depot was struck by two missiles.", "two missiles", "launched"),
        ("The raids hit three villages, officials said.", "three villages", "struck"),
    ],
)
def test_the_agent_of_a_passive_is_no_count_of_attacks(text: str, figure: str, event: str) -> None:
    assert _events(text)[figure] == event


def test_one_of_n_naming_what_it_was_is_no_count() -> None:
    found = _events(
        "Gunmen killed 20 people at a hotel in Varsk, one of two deadly attacks that day."
    )
    assert found == {"20 people": "killed", "two deadly attacks": "struck"}
    found = _events(
        "Gunmen killed 20 people at a hotel in Varsk \u2014 one of two deadly attacks that day."
    )
    assert "one" not in found and found["two deadly attacks"] == "struck"
    assert _events("It was one of three raids on the town this year.") == {"three raids": "struck"}


def test_one_of_the_hostages_stays_a_part() -> None:
    assert _events("One of the three hostages was killed.")["One"] == "killed"


def _analysed(*paragraphs: str) -> dict[str, str | None]:
    doc = Document(
        id="S1", title="S1", path="S1.txt", sha256="", format="text", published="2027-04-02"
    )
    doc.paragraphs = list(paragraphs)
    doc.sentences = [
        Sentence(id=f"S1.{k}", source="S1", text=t, paragraph=k - 1)
        for k, t in enumerate(paragraphs, 1)
    ]
    return {c.text: c.event for c in analyse([doc]).claims}


def test_a_paragraph_opening_with_a_part_pronoun_counts_part_of_the_toll_before() -> None:
    found = _analysed(
        "A drone struck the market in Varsk, killing at least 12 people.",
        "Five of them are children, the mayor said on the radio.",
    )
    assert found["Five of them"] == "killed"


def test_a_part_of_a_count_of_things_stays_other() -> None:
    found = _analysed(
        "Drones struck 12 warehouses in Varsk.",
        "Five of them belong to the army, the mayor said.",
    )
    assert next(e for t, e in found.items() if t.startswith("Five")) == "other"


# a vague figure with nothing counted after it counts people when a relative clause of what
# people do or suffer follows ("thousands who fled the city": displaced, whatever noun cue
# came before, "aid workers"), or a linking verb and a plight ("hundreds of thousands remain
# in grave danger"); a verb before that governs the figure keeps its event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Aid workers fear for the fate of thousands who fled the city.", "thousands", "displaced"),
        ("Aid workers fear for thousands who were wounded.", "thousands", "wounded"),
        (
            "The relief committee warned that hundreds of thousands remain in grave danger.",
            "hundreds of thousands",
            "other",
        ),
        ("Police detained dozens who fled the raid.", "dozens", "detained"),
        ("Troops killed dozens who attacked the base.", "dozens", "killed"),
    ],
)
def test_a_vague_figure_before_what_people_do_counts_people(
    text: str, figure: str, event: str
) -> None:
    found = {c.text: (c.event, c.counts) for c in find_claims(text, "S1.1", published="2027-04-02")}
    assert found[figure] == (event, "people")


@pytest.mark.parametrize(
    "text",
    ["Thousands remain in the city.", "Thousands who saw the film left early."],
)
def test_a_vague_figure_before_no_plight_counts_nothing(text: str) -> None:
    assert find_claims(text, "S1.1", published="2027-04-02") == []


# a capacity joined to its number by a hyphen ("the 4,500-seat stadium", "a 300-bed
# hospital") is a measure of that thing, as "a 190-metre ship" is; seats counted apart stay
# as read
@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "Gunmen opened fire at the 4,500-seat stadium in a suburb of Varsk.",
            "4,500-seat stadium",
            "seats",
        ),
        ("A 300-bed hospital was hit, killing four people.", "300-bed hospital", "beds"),
    ],
)
def test_a_hyphenated_capacity_is_a_measure(text: str, figure: str, unit: str) -> None:
    found = {c.text: c for c in find_claims(text, "S1.1", published="2027-04-02")}
    assert found[figure].unit == unit and found[figure].event == "other"


def test_seats_counted_apart_are_no_capacity() -> None:
    found = find_claims("The hospital has 300 beds.", "S1.1", published="2027-04-02")
    assert [c.unit for c in found] == [None]
