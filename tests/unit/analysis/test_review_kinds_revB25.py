"""Over-reaches of the session's new entity and number rules found in review (revB25), each
kind with near misses that keep the rule's reading. Invented sentences.

* a crossing's noun after a list ("alongside Beit Kelvo and Tarsa junction") makes no one
  place of the whole list: the names before the last are places of their own;
* a name after a source cue that modifies a lower-case noun ("told Tarsi residents",
  "according to Tarsi police") is no outlet;
* an apposition whose body noun sits in a phrase of its own ("Dravo, a member of the
  militia,", "Selmo, a spokesman for the agency,") names no body;
* "reported" of another act ("Corvo reported for duty") cites no outlet;
* a list after a way's verb that modifies a noun ("the corridor linking Kelvo and Dravi
  traders") names no places;
* a range of a count before a singular word of a count ("an 8-10 member team", "a 20-30
  strong militia") stays a range.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.numbers import find_quantities
from builders import note_entities, note_names


def _names(tmp_path: Path, text: str) -> set[str]:
    return {n for e in note_entities(tmp_path, text) for n in (e.name, *e.aliases)}


@pytest.mark.parametrize(
    ("text", "first", "glued"),
    [
        (
            "Settlers gathered alongside Beit Kelvo and Tarsa junction on Sunday.",
            "Beit Kelvo",
            "Beit Kelvo and Tarsa",
        ),
        (
            "Troops set up roadblocks near Kafr Dravi and Selmun junction overnight.",
            "Kafr Dravi",
            "Kafr Dravi and Selmun",
        ),
        (
            "Soldiers were stationed beside Deir Tarvo and Hamsa checkpoint.",
            "Deir Tarvo",
            "Deir Tarvo and Hamsa",
        ),
    ],
)
def test_a_crossing_noun_after_a_list_takes_its_last_name_only(
    tmp_path: Path, text: str, first: str, glued: str
) -> None:
    names = _names(tmp_path, text)
    assert glued not in names
    assert first in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked the road at Marvo and Tarsi intersection.",
        "Police closed the Kelvo or Dravi roundabout after the blast.",
    ],
)
def test_no_list_is_one_crossing(tmp_path: Path, text: str) -> None:
    assert not any(" and " in n or " or " in n for n in _names(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Clashes erupted near the Selvo junction on Monday.", "Selvo"),
        ("The convoy halted at Dravi Checkpoint for two hours.", "Dravi Checkpoint"),
    ],
)
def test_a_single_crossing_stays_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police told Tarsi residents to stay indoors.", "Tarsi"),
        ("Police told Kelvo officials to prepare shelters.", "Kelvo"),
        ("According to Tarsi police, six were arrested.", "Tarsi"),
    ],
)
def test_a_name_modifying_a_noun_after_a_source_cue_is_no_outlet(
    tmp_path: Path, text: str, word: str
) -> None:
    assert word not in note_names(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The ministry told Tarvonews that the talks would resume.", "Tarvonews"),
        ("The minister told Dravinews on Monday that the talks failed.", "Dravinews"),
        ("Residents told Tarvinfo in an interview that water ran out.", "Tarvinfo"),
        ("Kelvonet reported on Monday that the port reopened.", "Kelvonet"),
        ("Files obtained by Tarvoleaks reveal the payments.", "Tarvoleaks"),
        ("Records reviewed by Kelvonews detail the transfers.", "Kelvonews"),
    ],
)
def test_an_outlet_after_a_source_cue_stays(tmp_path: Path, text: str, outlet: str) -> None:
    assert outlet in note_names(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dravo, a member of the militia, said the road was mined.", "Dravo"),
        ("Selmo, a spokesman for the agency, said the figures were wrong.", "Selmo"),
        ("Kelvo, a commander of the group, said his men would withdraw.", "Kelvo"),
        ("Marvo, the head of the agency, told reporters the office had closed.", "Marvo"),
        ("Kelvo, whose brother joined the group, fled.", "Kelvo"),
        ("Corvo reported for duty on Monday.", "Corvo"),
        ("Tarvek reported sick on Friday and stayed home.", "Tarvek"),
    ],
)
def test_a_person_told_near_a_body_noun_or_reporting_for_duty_is_no_body(
    tmp_path: Path, text: str, word: str
) -> None:
    assert word not in note_names(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Halvek, a group that monitors the conflict, said 12 died.", "Halvek"),
        ("Dravonet, an outlet close to the army, said the town fell.", "Dravonet"),
        ("Selvapress, the region's largest newspaper, said the port closed.", "Selvapress"),
    ],
)
def test_an_apposition_headed_by_a_body_noun_stays_a_body(
    tmp_path: Path, text: str, body: str
) -> None:
    assert body in note_names(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kelvomaq, the militia's news agency, said 10 soldiers died.", "Kelvomaq"),
        ("Dravek, a militia operating in the hills, ambushed the convoy.", "Dravek"),
    ],
)
def test_an_armed_side_apposed_stays_a_body(tmp_path: Path, text: str, body: str) -> None:
    # an organisation, or a force where the armed-group conventions (forces25) type it so
    names = note_names(tmp_path, text, "organisation") | note_names(tmp_path, text, "force")
    assert body in names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Troops blew up the bridge linking Tarsi and Dravan.", {"Tarsi", "Dravan"}),
        ("A railway connecting Tarsi and Marvana opened in May.", {"Tarsi", "Marvana"}),
        (
            "Police said the road that connects Selvo and Tarvana was reopened.",
            {"Selvo", "Tarvana"},
        ),
    ],
)
def test_places_a_way_joins_stay_places(tmp_path: Path, text: str, places: set[str]) -> None:
    assert places <= note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The corridor linking Kelvo and Dravi traders was closed.", {"Kelvo", "Dravi"}),
        ("The route linking Kelvo and Marvana suppliers was disrupted.", {"Kelvo", "Marvana"}),
    ],
)
def test_names_a_way_joins_that_modify_a_noun_are_no_places(
    tmp_path: Path, text: str, words: set[str]
) -> None:
    assert not words & note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("An 8-10 member team arrived in Kelvo.", 8, 10),
        ("A 20-30 strong militia attacked the post.", 20, 30),
        ("A 10-12 man unit guarded the depot in Ostra.", 10, 12),
        ("A 4-6 vehicle convoy left Ostra at dawn.", 4, 6),
    ],
)
def test_a_range_before_a_word_of_a_count_stays_a_range(text: str, low: int, high: int) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The court upheld the ban by a 5-4 majority.",
        "Voters backed the plan in a 6-3 decision on Friday.",
        "Police said a 7-11 outlet in Kelvo was robbed twice.",
    ],
)
def test_a_named_pair_or_score_stays_no_quantity(text: str) -> None:
    assert [q.stated for q in find_quantities(text)] == []
