"""Kinds of figures misread in a new-user trial on a border-crisis stream (invented sentences
of the same shapes; no third-party text): a figure that opens a clause of its own after "and",
and a count of the rest beside someone named ("three other people")."""

import pytest

from briefbook.analysis.claims import find_claims


def claims(text: str) -> list[tuple[object, str, str | None, bool]]:
    return [(c.quantity, c.counts, c.event, c.part) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("A customs officer died and two guards sustained wounds in the ambush.", 2, "wounded"),
        ("A ranger died and three wardens sustained injuries in the raid on Tarvo.", 3, "wounded"),
        ("One sailor was killed and four others were wounded in the blast.", 4, "wounded"),
        ("A pilot was killed, and two crew members were captured by the militia.", 2, "captured"),
    ],
)
def test_a_figure_opening_its_own_clause_takes_that_clauses_verb(text, figure, event) -> None:
    found = {q: ev for q, _, ev, _ in claims(text)}
    assert found[figure] == event


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no verb of its own after the figure: the earlier verb still governs it
        ("One ranger was killed and 12 others in the convoy.", 12),
        ("Rebels killed one soldier and three civilians near Ostra.", 3),
    ],
)
def test_a_figure_with_no_verb_of_its_own_keeps_the_shared_verb(text, figure) -> None:
    found = {q: ev for q, _, ev, _ in claims(text)}
    assert found[figure] == "killed"


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        ("The shootout killed a Vendran police officer and three other people.", 3, True),
        ("One ranger was killed and 12 others in the convoy.", 12, True),
        ("Rebels killed one soldier and three civilians near Ostra.", 3, False),
        ("The shootout killed four people near Ostra.", 4, False),
        # the rest sharing the named one's verb is a part of its toll
        ("A ferry guard and two other people were wounded in Tarvo.", 2, True),
        ("The ambush killed a driver, a medic and three other people.", 3, True),
        # under a verb of its own it is the whole toll of that verb
        ("The mine killed a ranger and wounded 17 other people near Ostra.", 17, False),
        ("Gunfire killed nine villagers and injured 22 others in Tarvo.", 22, False),
        ("One medic was killed and six others were wounded in the shelling.", 6, False),
    ],
)
def test_the_rest_beside_someone_named_is_a_part(text, figure, part) -> None:
    found = {q: p for q, _, _, p in claims(text)}
    assert found[figure] is part


@pytest.mark.parametrize(
    ("text", "figure", "counts"),
    [
        ("The strike killed two soldiers and wounded five civilians.", 2, "soldiers"),
        ("Shelling killed three guards and wounded at least 12 others.", 3, "guards"),
        ("The blast killed four soldiers and injured a nurse.", 4, "soldiers"),
        # a second head, no verb: one figure of both
        (
            "Scores of soldiers and wounded were evacuated to Ostra.",
            "scores",
            "soldiers and wounded",
        ),
    ],
)
def test_a_verb_after_and_is_no_second_head(text, figure, counts) -> None:
    found = {q: c for q, c, _, _ in claims(text)}
    assert found[figure] == counts


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The envoy said the raid involved 40 fighters in 12 pickups.", 12, "other"),
        ("Militants on 15 motorcycles attacked the village of Ostra.", 15, "other"),
        ("Pirates aboard three skiffs attacked the tanker at dawn.", 3, "other"),
        # vehicles that are the target or a load of aid keep their event
        ("An airstrike destroyed 12 pickups near Ostra.", 12, "destroyed"),
        ("Food aid arrived in 120 trucks on Monday.", 120, "supplied"),
    ],
)
def test_vehicles_people_rode_in_are_no_target(text, figure, event) -> None:
    found = {q: ev for q, _, ev, _ in claims(text)}
    assert found[figure] == event
