"""Claim kinds found on a development set of reports of attacks (invented sentences, no
third-party text):

* a lower-case formation word between a figure and its counted noun qualifies the noun ("24
  army vehicles were destroyed", "12 brigade officers"): a count, while "the 72 Brigade" and
  "the 58 army" stay designations;
* a toll told as a spread between two figures, the outcome word after the low end only ("from
  at least 20 dead to more than 45", "from 90 wounded to 110"), is one interval, not two claims;
  not after a change verb ("rose from 20 dead to 45"), nor when the top counts another noun;
* telling a toll is speaking: "put the toll at 40", "gave varying estimates of the toll",
  "set the number of dead at 12", "cited 14 fighters killed" make the subject the figure's
  originator, also in a second clause ("..., while an army spokesman cited ..."); "gave 40
  tents" tells no toll;
* "said East Dorvia police spokesman Ana Sol": the person after the placed title speaks, not
  the place;
* "Reuters quoted the governor as saying ...", "the governor was quoted as saying": the one
  quoted is the originator, not the outlet;
* people "who died", "who fell in battle" right after the counted phrase were killed; "who
  killed three rebels" has an object and tells another's fate;
* "or more" glued to a figure before its counted noun ("fired 30 or more rockets") opens the
  top and keeps the noun ("50 percent or more," has none);
* a told factor that restates the factor right before it ("tripled, rising three-fold") is
  one change, one claim; a factor of another thing ("while rents rose three-fold") stays;
* a speech verb inside a fronted concessive clause ("Although police confirmed 14 deaths,
  ..., residents said") is not the sentence's speaker when the main clause has its own;
* a name attacked ("raided X", "stormed X") whose appositive says it is a body ("X, a mining
  firm", "X, a radio station") is no place; "X, a village near the border" stays one;
* a sum offered as a reward ("a $50,000 bounty", "a reward of 10,000 dollars") is no funding
  given (event "other"); a sum pledged stays funded;
* a count of explosions or attacks that is the subject of a verb of harm ("Two explosions
  killed 40 people", "three blasts hit the market") counts attacks ("struck"); explosions
  heard stay "other", and people who did the harm stay "other".
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.hedges import attribution
from builders import entities_of, originators_of


def _claims(text: str) -> list:
    """The claims of ``text`` as the pipeline reads them: with the sentence's originator."""
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


# 1. a formation word qualifying the counted noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said 31 army trucks were burned out in the ambush.", [("31 army trucks", 31.0)]),
        ("The insurgents killed 12 brigade officers near Vorsk.", [("12 brigade officers", 12.0)]),
    ],
)
def test_a_lower_case_formation_word_before_a_noun_qualifies_a_count(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.text, c.low) for c in _claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the 72 Brigade held the bridge.",
        "Units of the 58 army were moved north.",
        "He sent the 5 brigade to the front.",
    ],
)
def test_a_formation_named_by_its_number_stays_a_designation(text: str) -> None:
    assert _claims(text) == []


# 2. a spread of tolls


def test_a_spread_of_tolls_is_one_interval_each() -> None:
    text = (
        "Provincial doctors gave conflicting estimates of the toll in Marvel \u2014 from at "
        "least 20 dead to more than 45, and from 90 wounded to 110 \u2014 while an army "
        "spokesman cited at least 9 soldiers killed and 30 wounded."
    )
    found = [(c.low, c.high, c.event, c.attributed_to) for c in _claims(text)]
    assert found == [
        (20.0, None, "killed", "Provincial doctors"),
        (90.0, 110.0, "wounded", "Provincial doctors"),
        (9.0, None, "killed", "army spokesman"),
        (30.0, 30.0, "wounded", "army spokesman"),
    ]


def test_a_spread_repeating_its_outcome_word_is_one_interval() -> None:
    found = _claims("Medics counted from 20 dead to 45 dead across the district.")
    assert [(c.low, c.high, c.event) for c in found] == [(20.0, 45.0, "killed")]


@pytest.mark.parametrize(
    ("text", "intervals"),
    [
        # a change: its end is the figure now, no spread
        ("The toll rose from 20 dead to 45 on Monday, officials said.", [(20, 20), (45, 45)]),
        # the top counts another noun
        ("They moved from 30 displaced to 12 camps.", [(30, 30), (12, 12)]),
    ],
)
def test_no_spread_after_a_change_verb_or_before_another_noun(
    text: str, intervals: list[tuple[float, float]]
) -> None:
    assert [(c.low, c.high) for c in _claims(text)] == intervals


# 3. telling a toll is speaking


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A rebel spokesman put the toll at 40.", "spokesman"),
        ("Police set the number of dead at 12 after the raid.", "Police"),
        ("A rebel commander cited 14 fighters killed in the raid.", "commander"),
        ("Local medics gave varying estimates of the toll, at least 30 dead.", "Local medics"),
    ],
)
def test_telling_a_toll_names_its_originator(text: str, source: str) -> None:
    assert [c.attributed_to for c in _claims(text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The charity gave 40 tents to the families.",
        "The report, cited by Reuters, counted 14 fighters killed.",
    ],
)
def test_giving_things_or_being_cited_tells_no_toll(text: str) -> None:
    assert [c.attributed_to for c in _claims(text)] == [None]


def test_a_second_clause_citing_a_toll_has_its_own_speaker() -> None:
    text = "Rebels put the toll at 40, while the army cited 12 soldiers killed."
    assert [(c.low, c.attributed_to) for c in _claims(text)] == [
        (40.0, "Rebels"),
        (12.0, "army"),
    ]


# 4. a placed title after an inverted "said"


def test_the_person_after_a_placed_title_speaks() -> None:
    text = "The bombing killed six people, said East Dorvia police spokesman Ana Sol."
    assert [c.attributed_to for c in _claims(text)] == ["Ana Sol"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The blast killed six people, said regional governor Ana Sol.", "Ana Sol"),
        ("The blast killed six people, said Ana Sol, a police spokesman.", "Ana Sol"),
    ],
)
def test_titles_without_a_place_are_read_as_before(text: str, source: str) -> None:
    assert [c.attributed_to for c in _claims(text)] == [source]


# 5. quoted as saying


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"We lost 37 of our men," Reuters quoted the governor as saying of the clash.',
            "governor",
        ),
        ("The Velan radio quoted the mayor as saying 37 men were missing.", "mayor"),
        ("The governor was quoted as saying 37 men died.", "governor"),
    ],
)
def test_the_one_quoted_is_the_originator(text: str, source: str) -> None:
    assert attribution(text)[0] == source


def test_quoted_by_a_pronoun_is_resolved_from_context() -> None:
    assert attribution('"We lost 37 of our men," Reuters quoted him as saying.') == (None, True)


# 6. people who died


@pytest.mark.parametrize(
    "text",
    [
        "The army mourned 40 soldiers who fell in battle near Kamsa.",
        "The town buried the 40 soldiers and officers who fell in combat near Kamsa.",
        "The army mourned 40 soldiers who died near Kamsa.",
    ],
)
def test_people_who_died_were_killed(text: str) -> None:
    assert [c.event for c in _claims(text)] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The army praised 40 soldiers who killed the rebel leader near Kamsa.",
        "The 40 soldiers who fell back from the front were regrouped.",
    ],
)
def test_people_who_killed_others_or_fell_back_were_not_killed(text: str) -> None:
    assert [c.event for c in _claims(text)][:1] == ["deployed"]


# 7. "or more" before the counted noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militants fired 30 or more rockets at Kamsa.", ("rockets", 30.0, None, "launched")),
        ("Divers found 25 or more bodies in the lake.", ("bodies", 25.0, None, "killed")),
        ("Officials said 12 or fewer villagers were missing.", ("villagers", None, 12.0, "other")),
    ],
)
def test_or_more_glued_to_a_figure_keeps_its_counted_noun(text: str, expected: tuple) -> None:
    assert [(c.counts, c.low, c.high, c.event) for c in _claims(text)] == [expected]


def test_a_legal_threshold_or_more_stays_no_claim() -> None:
    text = "Firms in which the bank owns 50 percent or more, directly or indirectly, are blocked."
    assert _claims(text) == []


# 8. a restated factor


@pytest.mark.parametrize(
    "text",
    ["Exports tripled, rising three-fold in two years.", "Arrests doubled, a two-fold rise."],
)
def test_a_factor_restated_right_after_is_one_claim(text: str) -> None:
    assert len(_claims(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Prices doubled while rents rose three-fold.",
        "Exports doubled, rising three-fold in some ports.",
    ],
)
def test_a_factor_of_another_change_stays(text: str) -> None:
    assert [c.low for c in _claims(text)] == [2.0, 3.0]


# 9. a fronted concessive clause


def test_the_main_clause_speaker_tells_its_figure_after_a_concessive_clause() -> None:
    text = "Although police confirmed 14 deaths, 30 people were killed, residents said."
    assert [(c.low, c.attributed_to) for c in _claims(text)] == [
        (14.0, "police"),
        (30.0, "residents"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no speech in the main clause: the concessive clause's speaker stays the sentence's
        ("Although police confirmed 14 deaths, the toll could be higher.", [(14.0, "police")]),
        # "while" opens a first speech clause, not a concession
        (
            "While the army said 12 soldiers died, the rebels put the toll at 40.",
            [(12.0, "army"), (40.0, "rebels")],
        ),
    ],
)
def test_a_concessive_clause_alone_keeps_its_speaker(text: str, expected: list) -> None:
    assert [(c.low, c.attributed_to) for c in _claims(text)] == expected


# 10. a body attacked, named by its appositive


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants raided Dalcorp, a mining firm, and killed 3 guards.", "Dalcorp"),
        ("Gunmen stormed Velmora, a radio station in Kamsa, on Friday.", "Velmora"),
    ],
)
def test_a_body_attacked_is_no_place(tmp_path, text: str, name: str) -> None:
    assert ("place", name) not in entities_of(tmp_path, text)


def test_a_village_attacked_stays_a_place(tmp_path) -> None:
    text = "Troops stormed Korvanu, a village near the border, on Friday."
    assert ("place", "Korvanu") in entities_of(tmp_path, text)


# 11. a reward offered


@pytest.mark.parametrize(
    "text",
    [
        "Police posted a $50,000 bounty for the gang leader.",
        "The state offered a reward of 10,000 dollars for information.",
    ],
)
def test_a_reward_offered_is_no_funding(text: str) -> None:
    assert [c.event for c in _claims(text)] == ["other"]


def test_a_sum_pledged_stays_funded() -> None:
    assert [c.event for c in _claims("The donors pledged $50,000 for the clinic.")] == ["funded"]


# 12. explosions that did the harm


@pytest.mark.parametrize(
    "text",
    [
        "Two explosions killed 40 people outside the stadium.",
        "Three blasts hit the market in Kamsa.",
        "Two airstrikes killed 12 villagers.",
    ],
)
def test_explosions_that_harm_count_attacks(text: str) -> None:
    assert _claims(text)[0].event == "struck"


@pytest.mark.parametrize(
    "text",
    [
        "Two explosions were heard in the city.",
        "Two gunmen killed 12 villagers.",
    ],
)
def test_explosions_heard_and_attackers_stay_other(text: str) -> None:
    assert _claims(text)[0].event == "other"
