"""Kinds of figures misread in a new-analyst trial on a humanitarian flash report (invented
sentences of the same shapes; no third-party text): an age bound after a noun of people
("children under 5") read as a count, and a casualty adjective before a noun of people
("70 injured children") that lost its noun to the figure before it."""

import pytest
from tests.builders import claim_table_rows

from briefbook.analysis.claims import find_claims


def claims(text: str) -> list[tuple[object, str, str | None]]:
    return [(c.quantity, c.counts, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "12 cases of measles and 70 injured children under 5 were referred to the field "
            "hospital for care.",
            5,
        ),
        ("Aid workers said 300 children under five were treated for malnutrition.", 5),
        ("The ministry said 12 girls under 18 had been recruited by the militia.", 18),
        ("The mayor said 200 men over 60 were allowed to leave the town.", 60),
        ("The agency counted 40 infants under 12 months in the shelter.", 12),
        ("More than 1,000 people under 18 were displaced by the fighting.", 18),
    ],
)
def test_an_age_bound_after_a_noun_of_people_is_no_count(text, age) -> None:
    found = claims(text)
    assert age not in {q for q, *_ in found}
    assert found, "the count beside the age bound stays a claim"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Over 300 children were killed in the shelling, the agency said.", 300),
        ("The children, over 40 of them, were moved to a school.", 40),
        ("Fighters killed 20 people over two days near the camp.", 20),
        ("Women under 3,000 strong marched on the capital.", 3000),
        ("The convoy carried 25 children under fire to the border.", 25),
    ],
)
def test_a_bound_that_is_no_age_stays_as_it_was(text, figure) -> None:
    assert figure in {q for q, *_ in claims(text)}


def test_a_window_after_a_noun_of_people_is_no_age() -> None:
    # "people over two days": a time window, never "people aged over 2"
    found = claims("Fighters killed 20 people over two days near the camp.")
    assert [(q, ev) for q, _, ev in found] == [(20, "killed")]


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        (
            "12 cases of measles and 70 injured children were referred to the field hospital.",
            70,
            "injured children",
        ),
        (
            "Police arrested 14 protesters and 3 injured officers were taken to hospital.",
            3,
            "injured officers",
        ),
        ("Medics saw 40 patients and 25 injured fighters overnight.", 25, "injured fighters"),
    ],
)
def test_an_injured_noun_after_a_figure_is_its_own_counted_thing(text, figure, noun) -> None:
    found = {q: counts for q, counts, _ in claims(text)}
    assert found[figure] == noun


def test_a_count_of_injured_people_with_no_other_event_is_a_count_of_the_wounded() -> None:
    found = {q: ev for q, _, ev in claims("Medics saw 40 patients and 25 injured fighters.")}
    assert found[25] == "wounded"
    assert found[40] == "other"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "and 30 injured": the soldiers of the first clause, as before
        ("Three soldiers were killed and 30 injured in the blast.", 30, "soldiers"),
        ("Five soldiers died and 12 injured were evacuated.", 12, "soldiers"),
        # a bare count of the rest counts what the count before it counts (round claims23r)
        ("The strike killed 12 people and injured 40 others.", 40, "other people"),
        ("Rescuers pulled 14 injured from the rubble.", 14, "people"),
        ("The attack left four dead and 11 injured, officials said.", 11, "people"),
    ],
)
def test_injured_as_a_verb_or_a_whole_phrase_stays_as_it_was(text, figure, counted) -> None:
    found = {q: (counts, ev) for q, counts, ev in claims(text)}
    assert found[figure] == (counted, "wounded")


@pytest.mark.parametrize(
    "text",
    [
        "80 per cent of the people in the camps have returned to those sites.",
        "Officials said 35 percent of the residents had fled the town.",
    ],
)
def test_a_share_keeps_its_per_cent_sign_in_the_claims_table(text) -> None:
    (row,) = [r for r in claim_table_rows(text)]
    assert row["quantity"].endswith("%")


def hedges_of(text: str) -> list[tuple[object, bool]]:
    return [(c.quantity, c.hedged) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The government on Tuesday sanctioned a minister for his alleged role in the war "
            "in the neighbouring state, where rebels are battling the army and have captured "
            "more land, including three key towns.",
            3,
        ),
        (
            "The envoy was expelled over her alleged links to the militia, which has seized "
            "four villages since March.",
            4,
        ),
        (
            "The colonel was dismissed for his alleged role, and 30 people were killed in the "
            "fighting.",
            30,
        ),
    ],
)
def test_an_alleged_noun_of_another_clause_does_not_hedge_a_figure(text, figure) -> None:
    assert (figure, False) in hedges_of(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rebels allegedly captured two towns on Monday.", 2),
        ("The alleged strike killed 12 civilians, officials said.", 12),
        ("Twelve suspected militants were killed in the raid.", 12),
        ("Police said 40 people died in an alleged attack on the market.", 40),
        ("The group made allegations of abuse and said 40 people were killed.", 40),
        ("Suspected rebels killed nine farmers near the river.", 9),
    ],
)
def test_a_hedge_of_the_figure_or_of_the_sentence_stays(text, figure) -> None:
    assert (figure, True) in hedges_of(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Hospital morgues in the city have reported 612 bodies, the ministry said.", 612),
        ("The ministry reported 40 deaths on Monday.", 40),
        ("Clinics have reported at least 120 cases of cholera since the fighting began.", 120),
        ("The provincial health office reported a total of 75 wounded.", 75),
    ],
)
def test_an_active_reported_with_the_figure_as_object_is_no_hedge(text, figure) -> None:
    assert (figure, False) in hedges_of(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Twelve people were reported killed in the raid.", 12),
        ("At least 40 people were reportedly killed.", 40),
        ("The agency said 30 people had been killed, as reported by local media.", 30),
        ("Residents reported that an unconfirmed 25 fighters had died.", 25),
        ("Nine soldiers are reported missing after the ambush.", 9),
    ],
)
def test_a_passive_or_adverbial_reported_stays_a_hedge(text, figure) -> None:
    assert (figure, True) in hedges_of(text)
