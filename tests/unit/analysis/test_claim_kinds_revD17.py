"""Over-reaches of round trial18's rules found in review (invented sentences; no third-party
text): an impersonal passive "reported" with an adverb or a contracted verb before it ("It
is also reported 40 people died", "It's reported ...") read as an active report of the
figure, and a share whose amount the table cannot state shown as a bare per cent sign."""

import pytest
from tests.builders import claim_table_rows

from briefbook.analysis.claims import find_claims


def hedges_of(text: str) -> list[tuple[object, bool]]:
    return [(c.quantity, c.hedged) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It is also reported 40 people died in the raid.", 40),
        ("It was initially reported 12 soldiers died.", 12),
        ("It is now reported 25 civilians were killed near the bridge.", 25),
        ("It's reported 40 people died in the raid.", 40),
        ("It’s widely reported 60 homes were burned.", 60),
        ("It was first reported 14 miners were trapped.", 14),
    ],
)
def test_an_impersonal_passive_reported_with_an_adverb_stays_a_hedge(text, figure) -> None:
    assert (figure, True) in hedges_of(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # near-misses: an active "reported" with an adverb of its own stays attribution
        ("The ministry officially reported 40 deaths on Monday.", 40),
        ("The ministry also reported 40 deaths on Monday.", 40),
        ("Clinics have now reported 120 cases of cholera.", 120),
        ("Reuters reported 25 civilians were killed near the bridge.", 25),
        ("The ministry has not reported 40 deaths; it said 20 died.", 40),
    ],
)
def test_an_active_reported_with_an_adverb_stays_attribution(text, figure) -> None:
    assert (figure, False) in hedges_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Between 20 and 30 per cent of the crops failed.",
        "Between 40% and 45% of the wells were dry, the survey found.",
    ],
)
def test_a_share_with_no_stated_amount_shows_no_bare_per_cent_sign(text) -> None:
    (row,) = claim_table_rows(text)
    assert row["quantity"].strip() != "%"


def test_a_stated_share_still_keeps_its_sign() -> None:
    (row,) = claim_table_rows("Up to 40 per cent of homes were destroyed.")
    assert row["quantity"] == "up to 40%"


def figures(text: str) -> set[object]:
    return {c.quantity for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "age", "count"),
    [
        ("Officials said 45 children under 10 died of cholera in the camp.", 10, 45),
        ("The ministry said 30 children under five died in the camp last week.", 5, 30),
        ("UNICEF said 90 girls under 15 remained in the militia's camps.", 15, 90),
        ("Children under 5 account for 60 of the 120 deaths.", 5, 60),
        ("Children under 5 made up 40 of the dead, medics said.", 5, 40),
    ],
)
def test_an_age_bound_before_a_verb_is_no_count(text, age, count) -> None:
    found = figures(text)
    assert age not in found
    assert count in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # near-misses: the figure after "people over" that is a count, a window or a distance
        ("Fighters killed 20 people over two days near the camp.", 20),
        ("The strike killed 11 people, under 5 kilometres from the border.", 5),
        ("Soldiers arrested 15 youths over 20 protests in the month.", 20),
        ("Over 300 children died in the shelling, the agency said.", 300),
        ("The crowd of people over 200 gathered near the square.", 200),
        ("The crowd of people over 100 gathered near the square.", 100),
        ("The drought killed 400 children over two years.", 400),
    ],
)
def test_a_figure_after_a_bound_word_that_is_no_age_before_a_verb_stays(text, figure) -> None:
    assert figure in figures(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the alleged noun is the event itself: its toll told in a clause of its own is doubted
        ("Officials condemned the alleged attack, which killed 30 people.", 30),
        ("Police said the alleged strike, which killed 12 people, was carried out by a drone.", 12),
        ("Villagers described the suspected raid that left 40 dead.", 40),
        ("Rights groups documented the alleged massacre in which 300 people died.", 300),
        ("Monitors reported the suspected drone strike, which wounded 17 farmers.", 17),
    ],
)
def test_an_alleged_event_hedges_its_toll_in_its_own_clause(text, figure) -> None:
    assert (figure, True) in hedges_of(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # near-misses: the alleged noun is a role, a link or a person, not the event counted
        ("Prosecutors detailed his alleged role in an ambush that killed 11 soldiers.", 11),
        ("Prosecutors detailed his alleged role in attacks that killed 11 soldiers.", 11),
        ("The envoy was expelled over her alleged links to the militia, which seized 4 towns.", 4),
        ("The government denied the alleged abuse; troops killed 15 people there last year.", 15),
        ("Kouyaté's alleged role in the coup drew sanctions, as troops seized 2 bases.", 2),
        ("Police arrested the suspected leader, whose group has killed 25 soldiers this year.", 25),
    ],
)
def test_an_alleged_role_or_link_still_hedges_no_figure_of_another_clause(text, figure) -> None:
    assert (figure, False) in hedges_of(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "reported" as an adjective before the figure, after a determiner or possessive
        ("The reported 40 deaths in the town sparked protests.", 40),
        ("Officials cited the reported 40 deaths as a reason to act.", 40),
        ("A reported 50 people died in the stampede.", 50),
        ("Its reported 12 victims were all civilians.", 12),
        ("Their reported 300 casualties drew condemnation.", 300),
    ],
)
def test_an_attributive_reported_before_the_figure_stays_a_hedge(text, figure) -> None:
    assert (figure, True) in hedges_of(text)


def events_of(text: str) -> dict[object, str]:
    return {c.quantity: c.event for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the event word after the phrase is another figure's own state ("and 12 dead")
        ("The blast left 30 injured civilians and 12 dead.", 30),
        ("The attack left 30 injured people and 12 dead, officials said.", 30),
        ("Medics counted 45 wounded villagers and nine killed after the raid.", 45),
    ],
)
def test_an_injured_count_beside_another_figures_state_stays_wounded(text, figure) -> None:
    assert events_of(text)[figure] == "wounded"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # near-misses: the figure's own verb names its event
        ("The strike killed 40 injured civilians sheltering in the clinic.", 40, "killed"),
        ("He said 40 injured people were killed when the clinic was shelled.", 40, "killed"),
        ("The blast left 30 injured civilians and 12 dead.", 12, "killed"),
    ],
)
def test_an_injured_count_with_its_own_verb_keeps_that_event(text, figure, event) -> None:
    assert events_of(text)[figure] == event
