"""Claim kinds found on a development set of reports of gang, prison and grenade attacks
(invented sentences, no third-party text):

* a plural noun of report right before a speech verb is its subject, no verb ("Alternative
  reports say ...", "Local estimates said ..."): the speaker is "Alternative reports", never the
  adjective alone; "Police reports say" is the police; "the reports said" names no one;
* a "he" or "she" never refers to a group of sources or their papers ("Alternative reports
  say ... He says ...": the spokesman named before);
* a witness who saw or counted a figure is its originator ("An agency photographer saw 18
  bodies"); a time or place that "saw" something is none ("Monday saw 30 killed");
* a sentence that adds figures ("also", "another") and names its source after them gives
  that source to the figures of the sentence before it in the paragraph ("Thirty people died.
  Four are also missing, according to a rights group."); not when the next sentence names its
  own speaker before "also";
* the flight, exodus or evacuation "of" people counted is a displacement ("caused the flight
  of more than 5,000 people"); a flight of drones or of kilometres is not;
* kin someone "lost" were killed ("she lost her mother, two sisters and a brother in the
  attacks"); forces that "lost 40 soldiers" keep their losses;
* munitions that went off or were thrown were launched ("the explosion of two grenades",
  "three rockets exploded", "threw two grenades"); fuel tanks that exploded, grenades found or
  people thrown from a car are no launch;
* a bare count of the rest ("wounded 54 others") counts what the count before it counts
  ("other people"), so that it meets the same figure told as "54 people"; "three other
  soldiers" keeps its own noun;
* a body named by lower-case words before its head keeps them ("the civil protection agency",
  "the state news agency"), so that two agencies are never one origin "agency"; "after the
  attack the agency said" and "the other agency" stay "agency".
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.hedges import attribution
from builders import originators_of


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.event) for c in find_claims(text, "S1.1")]


# 1. a plural noun of report as the subject of a speech verb


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Alternative reports say the number of wounded in Vorsk is more than 60.",
            "Alternative reports",
        ),
        ("Unconfirmed reports said 12 people died at the depot.", "Unconfirmed reports"),
        ("Local estimates say 300 families fled the valley.", "Local estimates"),
    ],
)
def test_a_plural_noun_of_report_before_a_speech_verb_is_its_subject(
    text: str, speaker: str
) -> None:
    assert attribution(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body's papers: the body speaks
        ("Police reports say 12 people died at the depot.", "Police"),
        # the verb "reports" with a subject of its own stays a verb
        ("The ministry reports 12 people died at the depot.", "ministry"),
        # no one named
        ("The reports said 12 people died at the depot.", None),
    ],
)
def test_a_report_noun_keeps_its_old_reading_outside_the_kind(
    text: str, speaker: str | None
) -> None:
    assert attribution(text)[0] == speaker


# 2. a singular pronoun never refers to a group or its papers


def test_he_skips_a_group_of_reports_for_the_person_named_before() -> None:
    found = originators_of(
        '"Four people died on the spot," said Amir Dosen, spokesman for the Vorsk police.',
        "Alternative reports say the number of injured is more than 60.",
        "He says a pupil later died in hospital, raising the death toll to five.",
    )
    assert found[1] == "Alternative reports"
    assert found[2] is not None and "Dosen" in found[2]


def test_they_still_refers_to_a_group_of_reports() -> None:
    found = originators_of(
        '"Four people died on the spot," said Amir Dosen, spokesman for the Vorsk police.',
        "Local officials said the number of injured is more than 60.",
        "They said a pupil later died in hospital, raising the death toll to five.",
    )
    assert found[2] == "Local officials"


# 3. a witness who saw or counted a figure


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Vorsk Herald photographer saw 18 bodies carried from the prison.",
            "Vorsk Herald photographer",
        ),
        ("A reporter counted at least 40 fresh graves outside the village.", "reporter"),
    ],
)
def test_a_witness_who_saw_or_counted_a_figure_originates_it(text: str, speaker: str) -> None:
    assert attribution(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Monday saw 30 people killed in Vorsk.",
        "The weekend saw at least 12 people killed.",
        "A resident saw the drones fly over the depot at night.",
    ],
)
def test_a_time_that_saw_a_figure_or_a_witness_of_no_figure_is_no_originator(text: str) -> None:
    assert attribution(text)[0] is None


# 4. figures added to the sentence before, their source named after them


def test_a_sentence_adding_figures_gives_its_source_to_the_sentence_before() -> None:
    found = originators_of(
        (
            "Thirty people have died in repeated gang assaults on the Dalen district.",
            "Four are also missing and more than a dozen injured, according to the provisional "
            "report of a rights group.",
        )
    )
    assert found[0] == found[1] and found[0] is not None and "rights group" in found[0]


@pytest.mark.parametrize(
    "second",
    [
        # the speaker named before "also": its own account, not the one before
        "The army also said it had sent 200 troops, according to state media.",
        # no addition
        "Aid groups sent 12 trucks, according to the Red Crescent.",
    ],
)
def test_a_next_sentence_that_adds_nothing_leaves_the_sentence_before_alone(second: str) -> None:
    found = originators_of(("At least 30 people died in the floods at Vorsk.", second))
    assert found[0] is None


# 5. the flight of people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since Monday, the fighting has caused the flight of more than 5,000 people.",
            [("more than 5,000 people", "displaced")],
        ),
        (
            "The shelling forced the exodus of 300 families from Vorsk.",
            [("300 families", "displaced")],
        ),
    ],
)
def test_the_flight_of_people_counted_is_a_displacement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected


def test_the_flight_of_drones_is_no_displacement() -> None:
    assert _events("Radar tracked the flight of two drones over the base.") == [
        ("two drones", "other")
    ]


# 6. kin lost


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A resident told reporters that she lost her mother, stepfather, two sisters and a "
            "brother in the raids.",
            [("two sisters", "killed")],
        ),
        ("The farmer lost three sons in the raid on Vorsk.", [("three sons", "killed")]),
    ],
)
def test_kin_someone_lost_were_killed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regiment lost 40 soldiers in the battle for Vorsk.", [("40 soldiers", "casualties")]),
        (
            "She lost her house, and two sisters were wounded in the raid.",
            [("two sisters", "wounded")],
        ),
    ],
)
def test_a_loss_of_no_kin_or_kin_with_their_own_verb_keeps_its_event(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected


# 7. munitions that went off or were thrown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor said the riot began with the explosion of two grenades.",
            [("two grenades", "launched")],
        ),
        ("Three grenades exploded in the Vorsk market.", [("Three grenades", "launched")]),
        ("Four mortar shells landed near the school.", [("Four mortar shells", "launched")]),
        ("The attacker threw two grenades into the crowd.", [("two grenades", "launched")]),
    ],
)
def test_munitions_that_went_off_or_were_thrown_were_launched(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The explosion of two fuel tanks shook the port.", [("two fuel tanks", "other")]),
        ("Police found two grenades in the car.", [("two grenades", "other")]),
        ("He was thrown from a car carrying three passengers.", [("three passengers", "other")]),
        ("Soldiers seized 40 grenades at the checkpoint.", [("40 grenades", "captured")]),
    ],
)
def test_other_things_that_blew_up_or_were_thrown_keep_their_event(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected


# 8. a bare count of the rest counts what the count before it counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "An unidentified attacker threw a grenade that killed four people and wounded 54 others.",
            {"four people": "people", "54 others": "other people"},
        ),
        (
            "Two soldiers died and five others were hurt near Vorsk.",
            {"Two soldiers": "soldiers", "five others": "other people"},
        ),
    ],
)
def test_a_bare_count_of_the_rest_counts_what_the_count_before_counts(
    text: str, counts: dict[str, str]
) -> None:
    assert {c.text: c.counts for c in find_claims(text, "S1.1")} == counts


def test_a_count_of_the_rest_that_names_its_thing_or_follows_none_keeps_it() -> None:
    named = find_claims("Five people were killed and three other soldiers were wounded.", "S1.1")
    assert [c.counts for c in named] == ["people", "other soldiers"]
    alone = find_claims("He said 54 others were wounded in the attack.", "S1.1")
    assert [c.counts for c in alone] == ["others"]


# 9. a body named by lower-case words before its head


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "About 5,000 people have fled Dalen since Monday, the civil protection agency said.",
            "civil protection agency",
        ),
        (
            "The national disaster agency said 12 people died in the floods.",
            "national disaster agency",
        ),
        ("The state news agency reported 12 dead in Vorsk.", "state news agency"),
    ],
)
def test_a_body_named_by_lower_case_words_keeps_them(text: str, speaker: str) -> None:
    assert attribution(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "After the attack the agency said 12 people died.",
        "The other agency said 12 people died.",
        "The agency said 12 people died.",
    ],
)
def test_a_word_that_names_no_body_stays_out_of_its_name(text: str) -> None:
    assert attribution(text)[0] == "agency"
