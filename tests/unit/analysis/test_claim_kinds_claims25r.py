"""Claim kinds found on two development sets of wire reports of raids, ambushes and rebel wars
(invented sentences, no third-party text):

* a decimal comma before a scale word ("1,6-million", "2,4 million") is a decimal point, and a
  scale word may be joined by a hyphen ("1.6-million", "$2-billion"); "1,600" stays a
  thousands comma;
* "beyond N" and "above N" bound a figure from below as "more than N" does;
* communities and armed groups counted after "between" are the two sides of a feud ("between
  two rivaling tribes"), no claim; "attacked two tribes" is one;
* a capitalised number word inside a name ("the biblical Ten Commandments") is no count; at
  the start of a sentence, after a colon, or in a headline written in title case it is;
* the age of a war told as "N-year-old" is its duration ("its 19-year-old war"); the age of a
  person ("a 19-year-old soldier", "a two-year-old war orphan") is none;
* "X, if not Y" is one quantity from X's low to Y's high ("dozens, if not scores, of
  civilians");
* a killing verb and a wounding verb joined before one figure count casualties ("killed and
  maimed 30 civilians"); a verb each ("killed 12 and wounded 30") keeps its own;
* loot is captured ("stole 40 cattle", "made off with 200 goats"), and things raiders fled with
  are loot, never people displaced; villagers who fled with their herds keep "other";
* invariant plurals count ("130 cattle", "40 sheep");
* held ground that "fell" was captured ("Three districts in Shabwa have fallen"); soldiers who
  fell in battle were killed and figures that fell are changes;
* "one" opening a breakdown after a dash is a part ("four districts — one in Marib and three in
  Shabwa"); "one in five" is a ratio;
* a speaker's title may carry its remit before the name ("said deputy army spokesman for the
  south Colonel Ana Sol");
* a question claims nothing ("Q: Can you confirm that 300 soldiers died?"); a statement that
  ends in a question keeps its figures;
* a bare figure after "and" with a verb of its own opens its own clause ("killed 12 soldiers
  and 3,000 returned home": the 3,000 were not killed); "and 30 more" shares the verb;
* kin lost to an illness died of it, no act of war ("lost two sons to illness"); kin lost in
  an attack or to the war were killed;
* people rescued ("rescued 30 people", "freed 110 abductees held by the rebels") are a rescue,
  "other", no capture nor swap; captors who free hostages and sides that free prisoners in a
  swap keep "exchanged";
* a bare figure right after its own verb and an additive word takes that verb ("killed six
  soldiers and injured another 28": wounded); "and another 28 in the town" shares the verb
  before;
* a local unit before a title names no speaker ("said Muino location area Chief Ana Sol": Ana
  Sol);
* tolls told as a spread between sources ("Reported tolls ranged from 76, provided by
  officials, to at least 100, provided by police") are two counts of the dead; tolls paid on
  a road are money; each figure of such a spread is the source named in its aside ("76,
  provided by Kurdish officials"), an aside that names no source ("reported by the agency as
  civilians") leaves the sentence's.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.hedges import attribution


def _claims(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.text, c.low, c.high, c.event) for c in find_claims(text, "S1.1")]


def _intervals(text: str) -> list[tuple[float | None, float | None]]:
    return [(c.low, c.high) for c in find_claims(text, "S1.1")]


# 1. a decimal comma before a scale word; a hyphen before the scale word


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("The war has displaced more than 1,6-million people in the north.", (1600001, None)),
        ("The floods displaced more than more than 2,4 million people.", (2400001, None)),
        ("The army called up 1.6-million reservists last year.", (1600000, 1600000)),
        ("The state spent $2-billion on drones.", (2e9, 2e9)),
    ],
)
def test_a_decimal_comma_or_a_hyphen_before_a_scale_word_reads_the_scaled_number(
    text: str, interval: tuple[float, float | None]
) -> None:
    assert _intervals(text) == [interval]


def test_a_thousands_comma_stays_a_thousands_comma() -> None:
    assert _intervals("Aid reached 1,600 people in the camp.") == [(1600, 1600)]


# 2. "beyond N", "above N"


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("The number of dead could go well beyond 20, he said.", (21, None)),
        ("The death toll could rise above 50, officials said.", (51, None)),
    ],
)
def test_beyond_and_above_bound_a_figure_from_below(
    text: str, interval: tuple[float, float | None]
) -> None:
    assert _intervals(text) == [interval]


def test_a_year_beyond_which_something_lasts_is_no_claim() -> None:
    assert _claims("The ceasefire will not last beyond 2027.") == []


# 3. the two sides of a feud


@pytest.mark.parametrize(
    "text",
    [
        "At least 38 people were killed in cattle raiding between two rivaling tribes, "
        "officials said.",
        "Clashes between two rival clans left 12 people dead.",
    ],
)
def test_communities_counted_after_between_are_the_parties(text: str) -> None:
    assert not any(c[0].startswith("two") for c in _claims(text))
    assert len(_claims(text)) == 1


def test_communities_attacked_are_a_count() -> None:
    assert _claims("The militia attacked two tribes in the valley, killing 9 people.")[0][:3] == (
        "two tribes",
        2,
        2,
    )


# 4. a number word inside a name


def test_a_capitalised_number_word_inside_a_name_is_no_count() -> None:
    assert _claims("The rebels want a state based on the biblical Ten Commandments, he said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ten soldiers were killed in the ambush, the army said.",
        "He said: Two soldiers died in the raid.",
        "Gunmen Kill Ten Soldiers In Raid On Border Post",
    ],
)
def test_a_capitalised_number_word_at_a_start_or_in_a_title_case_line_counts(text: str) -> None:
    assert len(_claims(text)) == 1


# 5. the age of a war


@pytest.mark.parametrize(
    ("text", "stated", "years"),
    [
        ("The group carries on with its 19-year-old war against the state.", "19-year-old war", 19),
        ("The country's 30-year-old civil war.", "30-year-old civil war", 30),
    ],
)
def test_the_age_of_a_war_is_its_duration(text: str, stated: str, years: int) -> None:
    assert _claims(text) == [(stated, years, years, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old soldier was among the dead.",
        "Police arrested a 17-year-old boy and a two-year-old war orphan.",
    ],
)
def test_the_age_of_a_person_is_no_claim(text: str) -> None:
    assert _claims(text) == []


# 6. "X, if not Y"


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("The rebels mutilated dozens, if not scores, of civilians last month.", (24, 99)),
        ("The raid killed 10, if not 20, people, a witness said.", (10, 20)),
    ],
)
def test_a_figure_if_not_a_higher_one_is_one_interval(
    text: str, interval: tuple[float, float]
) -> None:
    assert _intervals(text) == [interval]


def test_a_figure_and_a_later_one_stay_two() -> None:
    assert _intervals("The raid killed 10 people and wounded 20, a witness said.") == [
        (10, 10),
        (20, 20),
    ]


# 7. killed and wounded: casualties


@pytest.mark.parametrize(
    "text",
    [
        "The rebels killed and maimed 30 civilians last month.",
        "The blast killed or injured at least 30 civilians.",
        "The rebels killed and mutilated dozens of civilians, he said.",
    ],
)
def test_a_killing_and_a_wounding_verb_before_one_figure_count_casualties(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["casualties"]


def test_a_verb_each_keeps_its_own_event() -> None:
    assert [c[3] for c in _claims("The rebels killed 12 soldiers and wounded 30 civilians.")] == [
        "killed",
        "wounded",
    ]


def test_an_attack_that_killed_is_no_casualty_pair() -> None:
    assert [c[3] for c in _claims("The rebels attacked and killed 30 civilians.")] == ["killed"]


# 8. loot


@pytest.mark.parametrize(
    "text",
    [
        "Raiders made off with 200 goats, police said.",
        "The gunmen stole 40 cattle from the village, a resident said.",
        "The assailants fled with 130 cattle and food supplies, the spokesman said.",
        "Bandits escaped with 60 goats after the raid.",
    ],
)
def test_loot_is_captured(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["captured"]


def test_herds_villagers_fled_with_are_no_displacement_and_no_loot() -> None:
    assert [c[3] for c in _claims("Villagers fled with 40 cattle to the hills.")] == ["other"]


def test_people_who_fled_are_displaced() -> None:
    assert [c[3] for c in _claims("Some 300 families fled with their cattle to the hills.")] == [
        "displaced"
    ]


# 9. held ground that fell


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThree districts in Shabwa have fallen in limited clashes,\u201d one official said.",
        "Two villages in the east have fallen to the militia, officials said.",
    ],
)
def test_places_that_fell_were_captured(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["captured"]


def test_soldiers_who_fell_in_battle_were_killed() -> None:
    assert [c[3] for c in _claims("Three soldiers fell in battle near the town.")] == ["killed"]


def test_rain_that_fell_on_villages_takes_nothing() -> None:
    assert [c[3] for c in _claims("Rain fell on two villages overnight.")] == ["other"]


# 10. "one" opening a breakdown


def test_one_opening_a_breakdown_after_a_dash_is_a_part() -> None:
    got = _claims("The army seized four towns \u2014 one in Kolva and three in Vesk.")
    assert [(c[1], c[3]) for c in got] == [(4, "captured"), (1, "captured"), (3, "captured")]


def test_one_in_five_is_no_part_of_a_breakdown() -> None:
    assert all(
        c[1] != 1 for c in _claims("The survey found that one in five children is underfed.")
    )


# 11. a title with its remit before a name


@pytest.mark.parametrize(
    "text",
    [
        "The blast left four rangers dead, said deputy army spokesman for the south Colonel "
        "Arno Bexley.",
        "The blast killed five soldiers, said minister of the interior Arno Bexley.",
    ],
)
def test_a_title_with_its_remit_before_a_name_gives_the_name(text: str) -> None:
    assert attribution(text)[0] == "Arno Bexley"


def test_a_role_with_a_place_after_it_stays_the_role() -> None:
    assert (
        attribution("The blast killed five soldiers, said a resident of the town Ana Sol.")[0]
        == "resident"
    )


# 12. questions


@pytest.mark.parametrize(
    "text",
    [
        "Q: Can you confirm that 300 soldiers died in the attack?",
        "QUESTION: Is it true that 40 drones were shot down over the city last night?",
        "MR. HALE: Are more than 500 troops now deployed in the region?",
        "Who fired 40 rockets at the base?",
    ],
)
def test_a_question_claims_nothing(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army said 300 died, but how many were civilians?",
        "When 40 drones struck the city, 12 people were killed.",
    ],
)
def test_a_statement_keeps_its_figures(text: str) -> None:
    assert _claims(text)


# 13. a bare figure opening a clause of its own


def test_a_bare_figure_with_its_own_verb_after_and_is_not_the_verb_befores_object() -> None:
    got = _claims("The rebels killed 12 soldiers and 3,000 returned home after the fighting.")
    assert [(c[1], c[3]) for c in got] == [(12, "killed"), (3000, "other")]


def test_a_bare_figure_with_a_passive_of_its_own_takes_that_event() -> None:
    got = _claims("The rebels killed 12 soldiers and 30 were wounded.")
    assert [c[3] for c in got] == ["killed", "wounded"]


@pytest.mark.parametrize(
    "text", ["The rebels killed 12 soldiers and 30 more.", "The strike killed 26 people and five."]
)
def test_a_bare_figure_without_a_verb_shares_the_verb_before(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["killed", "killed"]


# 14. kin lost to an illness


@pytest.mark.parametrize(
    "text", ["She lost two sons to illness last year.", "She lost two sons to a long illness."]
)
def test_kin_lost_to_an_illness_were_not_killed(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["other"]


@pytest.mark.parametrize(
    "text", ["She lost two sons to the war last year.", "The farmer lost two sons in the attack."]
)
def test_kin_lost_to_the_war_were_killed(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["killed"]


# 15. a rescue


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had freed 110 abductees, most of them children, held by the rebels.",
        "The army rescued 30 people who had been kidnapped.",
        "Soldiers freed 45 hostages from their captors.",
    ],
)
def test_people_rescued_are_a_rescue(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The gang freed 45 hostages after a ransom was paid.",
        "The two sides freed 90 prisoners each in the swap.",
    ],
)
def test_captives_released_by_their_captors_are_exchanged(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["exchanged"]


# 16. "and injured another 28"


@pytest.mark.parametrize(
    "text",
    [
        "The attack killed at least six soldiers and injured another 28 in the base.",
        "The attack killed six soldiers and wounded a further 12.",
    ],
)
def test_a_figure_after_its_own_verb_and_an_additive_word_takes_that_verb(text: str) -> None:
    assert [c[3] for c in _claims(text)] == ["killed", "wounded"]


def test_an_additive_figure_without_a_verb_shares_the_verb_before() -> None:
    got = _claims("The attack killed six soldiers and another 28 in the town.")
    assert [c[3] for c in got] == ["killed", "killed"]


# 17. a local unit before a title


@pytest.mark.parametrize(
    "text",
    [
        '"About 500 sheep were stolen," said Muino location area Chief Ana Sol.',
        '"About 500 sheep were stolen," said area chief Ana Sol.',
        '"About 500 sheep were stolen," said village elder Ana Sol.',
    ],
)
def test_a_local_unit_before_a_title_gives_the_name(text: str) -> None:
    assert attribution(text)[0] == "Ana Sol"


def test_residents_of_a_place_speak_as_residents() -> None:
    assert attribution("Ten houses burned in the area, Kolva residents said.")[0] == (
        "Kolva residents"
    )


# 18. tolls that ranged


def test_reported_tolls_that_ranged_are_counts_of_the_dead() -> None:
    got = _claims(
        "Reported tolls ranged from 76, provided by Kurdish officials, to at least 100, "
        "provided by police."
    )
    assert [(c[1], c[2], c[3]) for c in got] == [(76, 76, "killed"), (100, None, "killed")]


def test_road_tolls_are_no_dead() -> None:
    assert all(c[3] != "killed" for c in _claims("Motorists paid 12 tolls on the highway."))


def _origins(text: str) -> list[str | None]:
    return [c.attributed_to for c in find_claims(text, "S1.1", attributed_to="Hospital officials")]


def test_each_figure_of_a_spread_is_its_asides_source() -> None:
    assert _origins("Tolls varied from 30, given by the army, to 45, given by medics.") == [
        "army",
        "medics",
    ]


def test_an_aside_naming_no_source_leaves_the_sentences() -> None:
    assert _origins("The strike killed 12 people, reported by the agency as civilians.") == [
        "Hospital officials"
    ]
