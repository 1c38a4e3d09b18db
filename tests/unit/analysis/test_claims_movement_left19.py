"""A bare figure as the subject of a verb of movement ("and 3,000 fled", "another 3,000 were
evacuated") counts people, not the noun a figure before it counted ("12 children"), unless
the noun is written again or pointed to ("3,000 of them"). A bare figure of the same event or
of a verb that may befall the same victims again keeps the earlier noun."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims, last_count

CHILDREN = "Mortar fire killed nine children in Ostrava district on Friday."


def _figure(sentence: str, value: int, before: tuple[str, str] | None = None):
    (claim,) = [c for c in find_claims(sentence, "S1.2", before=before) if c.quantity == value]
    return claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Mortar fire killed nine children on Friday and 4,200 fled the district.",
        "Mortar fire killed nine children on Friday, while some 4,200 fled to the hills.",
        "At least nine children were wounded and 4,200 were evacuated from the district.",
    ],
)
def test_a_bare_figure_that_moves_counts_people_in_its_sentence(sentence: str) -> None:
    claim = _figure(sentence, 4200)
    assert (claim.counts, claim.event) == ("people", "displaced")


@pytest.mark.parametrize(
    "sentence",
    ["Another 4,200 fled the district.", "A further 4,200 have since fled to the hills."],
)
def test_an_added_figure_that_moves_counts_people_after_the_sentence(sentence: str) -> None:
    before = last_count(find_claims(CHILDREN, "S1.1"))
    assert before == ("children", "killed")
    claim = _figure(sentence, 4200, before)
    assert (claim.counts, claim.event) == ("people", "displaced")


def test_the_noun_written_again_or_pointed_to_still_counts_it() -> None:
    claim = _figure("Mortar fire killed nine children and 4,200 children fled.", 4200)
    assert claim.counts == "children"
    claim = _figure("Mortar fire killed nine children and 4,200 of them fled.", 4200)
    assert claim.counts != "people"


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # the same victims again: died, wounded, more of the same event
        ("Mortar fire wounded 40 children and nine died.", "killed"),
        ("Mortar fire killed 40 children and wounded 30.", "wounded"),
        ("At least 40 children were killed and 30 were wounded.", "wounded"),
    ],
)
def test_near_miss_a_figure_that_does_not_move_keeps_the_noun(sentence: str, event: str) -> None:
    value = 9 if "nine died" in sentence else 30
    claim = _figure(sentence, value)
    assert (claim.counts, claim.event) == ("children", event)


def test_near_miss_another_of_the_same_event_keeps_the_noun() -> None:
    before = last_count(find_claims(CHILDREN, "S1.1"))
    claim = _figure("Another 12 died in hospital.", 12, before)
    assert (claim.counts, claim.event) == ("children", "killed")


def test_near_miss_a_movement_of_no_event_of_its_own_adds_to_the_count_before() -> None:
    claim = _figure("An additional 300 arrived overnight.", 300, ("families", "displaced"))
    assert (claim.counts, claim.event) == ("families", "displaced")
