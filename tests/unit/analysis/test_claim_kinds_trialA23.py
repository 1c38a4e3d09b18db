"""Claim kinds found by a new analyst's trial on an India-Pakistan crisis (trialA23; every
sentence here is invented):

* a figure with a modal right before its own event verb is a supposition, never a toll
  ("Thousands could have been killed"): modality ``capacity``;
* a figure counted out of a whole told before it ("32 of those were killed ...", "nine of the
  dead were pilgrims", "the other eight died") is a part, never a toll of its own; "all 40 of
  them" is the whole;
* "claimed the lives of 40 villagers" is a toll (killed);
* a time that opens the sentence, set off by a comma, is the time of its main clause's figure
  ("On March 3, 2025, gunmen killed 40 people").

Each kind has a near miss that must not change.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims, last_count


def _claims(text: str, before: tuple[str, str] | None = None):
    return find_claims(text, "S1.1", published="2025-04-10", before=before)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands could have been killed, the minister said.",
        "Twelve people would have died without the shelters.",
        "Officials fear 300 villagers might be displaced by the floods.",
    ],
)
def test_a_modal_before_the_figures_verb_is_no_reported_toll(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.modality == "capacity", claim
    assert claim.hedged


@pytest.mark.parametrize(
    "text",
    [
        "Thousands have been killed, the minister said.",
        "Twelve people died in the shelters, which could have held more.",
        "Twelve people, who could not flee, were killed.",
    ],
)
def test_a_reported_toll_stays_asserted(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.modality == "asserted", claim


def test_a_count_of_those_before_is_a_part_of_that_toll() -> None:
    whole = _claims("At least 40 villagers were killed in Dravno, the governor said.")
    parts = _claims(
        "32 of those were killed in the first shelling, while the other eight died in a fire.",
        before=last_count(whole),
    )
    assert [c.part for c in whole] == [False]
    assert [(c.low, c.event, c.part) for c in parts] == [(32, "killed", True), (8, "killed", True)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Gunmen killed 14 people near Korvel; 9 of the dead were pilgrims.", [False, True]),
        ("Officials said 12 of the 40 dead were police officers.", [True, False]),
        ("Nine of them were killed near the market.", [True]),
        # near misses: the whole counted out as all of them, another thing of a thing
        ("All 40 of them were killed in the shelling.", [False]),
        ("Two of the drones hit a depot and 14 people were killed.", [False, False]),
        ("Eight other villages were shelled overnight.", [False]),
    ],
)
def test_a_figure_counted_out_of_a_whole_is_a_part(text: str, parts: list[bool]) -> None:
    assert [c.part for c in _claims(text)] == parts


@pytest.mark.parametrize(
    "text",
    [
        "The blast claimed the lives of 12 workers.",
        "The flood took the lives of 30 farmers.",
        "The raid on April 3, which claimed the lives of 40 villagers, was blamed on the militia.",
    ],
)
def test_the_lives_an_event_claimed_are_its_toll(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.event == "killed", claim


def test_lives_saved_are_no_toll() -> None:
    (claim,) = _claims("The medics saved the lives of 30 farmers.")
    assert claim.event != "killed", claim


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("On March 3, 2025, gunmen killed 40 people near Dravno.", "On March 3, 2025"),
        ("On Monday, gunmen killed 40 people near Dravno.", "On Monday"),
        # near misses: a time of the figure's own clause wins; no comma, no fronted time
        ("On Monday, officials said 40 people were killed on Sunday.", "on Sunday"),
        ("Gunmen killed 40 people near Dravno, the police said.", None),
    ],
)
def test_a_fronted_time_dates_its_main_clause(text: str, when: str | None) -> None:
    (claim,) = _claims(text)
    assert claim.when == when, claim


def test_a_fronted_time_stops_at_a_semicolon() -> None:
    claims = _claims("On Monday, the road was closed; 40 people were killed in Dravno.")
    assert [c.when for c in claims] == [None]
