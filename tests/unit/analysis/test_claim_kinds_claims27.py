"""Claim and originator kinds of round claims27 (invented sentences, no third-party text):

* a people named by a word that is the same in the plural ("809,000 Rohingya", "27 Druze";
  ``uninflected_peoples`` of data/events.yaml) is counted as people, and an "-ing" verb after
  it ("Rohingya sheltering in ...") ends the counted phrase; a given name that happens to be
  such a word is no count;
* a bare figure after a place and "of" ("an island of some 700,000", ``population_places`` of
  data/claims.yaml) or "home to" counts its people (event other); a year after "of" stays a
  date;
* a bare figure that a "who" clause follows ("about 43,600 who sought shelter") counts people;
* the tail of a mistyped figure ("509,00") is no count of zero;
* "while X reports N, Y declares M" inside a sentence gives M to Y; "declares", "assures"
  and "maintains" are speech verbs of a second clause; the subject of a revising verb with an
  adverb before it ("security forces later revised the death toll down to 26") tells the
  revised figure;
* a figure told after "but X say that" when nothing before it speaks is X's;
* "X said, citing unconfirmed reports from ..." keeps X as the originator; "citing the health
  ministry" still names the ministry.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.pipeline import analyse
from briefbook.ingest import read_document
from builders import originators_of


def _claims(text: str) -> list:
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


def _read(text: str) -> list[tuple[str, float | None, str, str | None]]:
    return [(c.text, c.low, c.event, c.attributed_to) for c in _claims(text)]


def _doc(tmp_path, body: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text("Clashes in the border district\n\n" + body, encoding="utf-8")
    result = analyse([read_document(path, "S1")])
    return [(c.text, c.attributed_to) for c in result.claims]


# 1. peoples named by an uninflected plural


@pytest.mark.parametrize(
    ("text", "span", "counts"),
    [
        (
            "There are an estimated 640,000 Rohingya sheltering in the camps after fleeing.",
            "640,000 Rohingya",
            "Rohingya",
        ),
        ("Among the dead were 19 Druze from the hill villages.", "19 Druze", "Druze"),
        ("The raid forced 3,000 Hazara to leave the valley.", "3,000 Hazara", "Hazara"),
        ("Some 400 Fulani herders crossed the river.", "Some 400 Fulani herders", "Fulani herders"),
    ],
)
def test_an_uninflected_people_is_counted(text: str, span: str, counts: str) -> None:
    found = _claims(text)
    assert [c.text for c in found] == [span]
    assert found[0].counts == counts


@pytest.mark.parametrize(
    "text",
    [
        "Karen said the talks would resume.",  # a given name, no figure
        "The Druze leader met the governor in 2019.",  # a year
    ],
)
def test_near_miss_no_figure_of_people(text: str) -> None:
    assert _claims(text) == []


# 2. a population after a place, and a "who" clause


@pytest.mark.parametrize(
    ("text", "span", "low"),
    [
        ("The blast hit Vessa, a fishing island of some 90,000.", "some 90,000", 81000.0),
        ("The shelling reached Dorn, a town of 45,000.", "45,000", 45000.0),
        ("The camp, home to 30,000, was shelled overnight.", "30,000", 30000.0),
    ],
)
def test_a_population_after_a_place_counts_its_people(text: str, span: str, low: float) -> None:
    found = _claims(text)
    assert [(c.text, c.low, c.counts, c.event) for c in found] == [(span, low, "people", "other")]


def test_near_miss_a_year_after_a_place_is_no_population() -> None:
    assert _claims("The town of 1990 was rebuilt after the flood.") == []


def test_a_who_clause_after_a_bare_figure_counts_people() -> None:
    found = _claims("They include about 21,000 who sought shelter there after fleeing attacks.")
    assert [(c.text, c.counts, c.event) for c in found] == [("about 21,000", "people", "displaced")]


def test_the_tail_of_a_mistyped_figure_is_no_count() -> None:
    assert all(c.low != 0 for c in _claims("Aid groups help the 412,00 Rohingya who arrived."))


# 3. clause speakers


def test_a_second_speaker_after_a_while_clause_inside_the_sentence() -> None:
    text = (
        "As reported in two statements, the lists were updated, and while Dorvia reports 44 "
        "dead soldiers, Kestan declares 61 since the start of the clashes."
    )
    found = {c.low: c.attributed_to for c in _claims(text)}
    assert found[44.0] == "Dorvia"
    assert found[61.0] == "Kestan"


def test_assures_is_the_speech_of_a_second_clause() -> None:
    text = (
        "The Dorvian government claims that Kestani troops opened fire, while Velna assures "
        "that the troops attacked four of its villages."
    )
    assert [c.attributed_to for c in _claims(text)] == ["Velna"]


def test_the_subject_of_a_later_revision_tells_the_revised_toll() -> None:
    text = (
        "Mr Ardo initially said 48 fighters had died but security forces later revised the "
        "death toll down to 22."
    )
    found = {c.low: c.attributed_to for c in _claims(text)}
    assert found[22.0] == "security forces"
    assert found[48.0] != "security forces"


def test_near_miss_one_speaker_keeps_both_clauses() -> None:
    text = "The army said 12 soldiers died, and 40 more were wounded in the same attack."
    assert {c.attributed_to for c in _claims(text)} == {"army"}


def test_a_but_clause_speaker_tells_its_figure_when_nothing_before_speaks(tmp_path) -> None:
    found = dict(
        _doc(
            tmp_path,
            "Residents buried the dead on Sunday.\n\nOfficially, 90 people were killed in the "
            "raid on the market, but several security sources who were at the scene say that "
            "at least 130 people were killed.\n",
        )
    )
    assert found["at least 130 people"] == "security sources"


def test_near_miss_a_but_clause_without_speech_names_no_one() -> None:
    found = _claims("Twelve people died on Sunday, but the toll could rise.")
    assert [c.attributed_to for c in found] == [None]


# 4. citing


def test_citing_unconfirmed_reports_keeps_the_named_speaker(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "At least 17 people were killed, police chief Ana Sol said, citing unconfirmed "
        "reports from his field commanders.\n",
    )
    assert found == [("At least 17 people", "Ana Sol")]


def test_near_miss_citing_a_body_names_the_body(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "At least 12 people were killed, state television said, citing the health ministry.\n",
    )
    assert found == [("At least 12 people", "health ministry")]


# 5. a revision by a pronoun of the figure told before


def test_a_pronoun_revision_of_the_figure_before_is_its_speakers_and_counts_the_same(
    tmp_path,
) -> None:
    found = _doc(
        tmp_path,
        "Hours later, Colonel Ana Sol, police director in the region, said in a radio "
        "interview that 31 had already died.\n\nHe revised that late in the afternoon to 24, "
        "with 70 wounded.\n",
    )
    assert ("24", "Colonel Ana Sol") in found
    assert ("70 wounded", "Colonel Ana Sol") in found


def test_near_miss_a_thing_raised_to_a_measure_is_no_revision(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "Colonel Ana Sol said 31 people had died.\n\nThe storm raised the river to 5 metres.\n",
    )
    assert ("5 metres", None) in found


# 6. a fronted adverb that names the source


def test_officially_names_the_official_figures_of_its_clause(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "Officially, 90 people were killed in the raid, but several security sources who were "
        "at the scene say that at least 130 people were killed.\n",
    )
    assert found == [
        ("90 people", "official figures"),
        ("at least 130 people", "security sources"),
    ]


def test_near_miss_officially_with_a_speaker_of_its_own_clause(tmp_path) -> None:
    assert _doc(tmp_path, "Officially, 40 people died, the ministry said.\n") == [
        ("40 people", "ministry")
    ]


# 7. a tally that goes on in the next sentence


def test_a_bare_tally_moved_counts_the_figure_before_and_keeps_its_teller(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "Mr Ardo initially said 48 fighters had died but security forces later revised the "
        "death toll down to 22. The number increased to 39 after more bodies were recovered.\n",
    )
    assert ("22", "security forces") in found
    assert ("39", "security forces") in found


def test_near_miss_a_bare_tally_with_nothing_before_is_no_claim(tmp_path) -> None:
    assert _doc(tmp_path, "The number increased to 12 on Monday.\n") == []


def test_this_count_includes_is_the_count_just_given(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "The Health Ministry in Velna reported on Thursday that more than 41,200 people have "
        "died in the conflict. This count includes 31 new deaths recorded in the past day.\n",
    )
    assert found[1] == ("31 new deaths", found[0][1])
    assert found[0][1] is not None


def test_near_miss_this_figure_without_a_breakdown_is_the_writers(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "The ministry said 40 people died. This figure is far below what residents describe, "
        "with 12 villages still cut off.\n",
    )
    assert ("12 villages", None) in found


def test_informed_a_listener_is_speech() -> None:
    found = _claims('The spokeswoman, Ana Sol, informed AFP that "around 30 civilians" were hurt.')
    assert [c.attributed_to for c in found] == ["Ana Sol"]


def test_near_miss_a_who_clause_with_no_event_counts_nothing() -> None:
    assert _claims("Some 2,000 who watched the match went home early.") == []
