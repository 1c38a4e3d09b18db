"""Over-reaches of the fifteenth rounds of claim kinds, narrowed (invented sentences, no
third-party text): harm aimed at people ("shot at 12 people") tells no casualties; a time
after an active verb of harm ("three soldiers wounded the previous night", "killed three
weeks ago") is no object, so the counted people keep the verb's event; a fraction of a
stretch of time, a length or a number's size ("a quarter of a century", "two-thirds of a
mile", "a quarter of a million") is no share."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from builders import originator_in


def _frames(text: str) -> dict[str, tuple[str | None, str]]:
    return {c.text: (c.event, c.kind) for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The gunman shot at 12 people but missed.", "12 people"),
        ("Snipers shot at 3 aid workers near the crossing.", "3 aid workers"),
    ],
)
def test_harm_aimed_at_people_tells_no_casualties(text: str, span: str) -> None:
    assert _frames(text)[span][0] == "other", _frames(text)


@pytest.mark.parametrize(
    "text",
    ["A gunman shot at least 12 people at the depot.", "A gunman shot 12 people at the depot."],
)
def test_harm_done_to_people_stays_casualties(text: str) -> None:
    assert [e for e, _ in _frames(text).values()] == ["casualties"], _frames(text)


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("Three soldiers wounded the previous night were evacuated.", "Three soldiers", "wounded"),
        ("Two soldiers killed three weeks ago were buried on Friday.", "Two soldiers", "killed"),
        ("Twelve fishermen abducted two months ago were released.", "Twelve fishermen", "captured"),
    ],
)
def test_a_time_after_the_verb_of_harm_is_no_object(text: str, span: str, event: str) -> None:
    assert _frames(text)[span][0] == event, _frames(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Two gunmen killed the guard before fleeing.", "Two gunmen"),
        ("Three men killed two soldiers last week.", "Three men"),
    ],
)
def test_the_doers_with_an_object_stay_doers(text: str, span: str) -> None:
    assert _frames(text)[span][0] == "other", _frames(text)


@pytest.mark.parametrize(
    "text",
    [
        "The war has lasted a quarter of a century.",
        "Two-thirds of a mile of the road was destroyed.",
        "A quarter of a million people have fled the region.",
        "Three-quarters of an hour after the blast, 12 bodies were found.",
    ],
)
def test_a_fraction_of_a_time_length_or_size_is_no_share(text: str) -> None:
    assert all(kind != "percent" for _, kind in _frames(text).values()), _frames(text)


def test_a_fraction_of_a_whole_stays_a_share() -> None:
    frames = _frames("Two-thirds of the population has fled the district.")
    assert frames["Two-thirds"] == ("displaced", "percent"), frames


@pytest.mark.parametrize(
    ("text", "span", "originator"),
    [
        ("The army announced its losses after the battle: 12 soldiers were killed.", "12", "army"),
        (
            "Police announced the arrests after 12 people were detained in raids on Tesk.",
            "12 people",
            "Police",
        ),
        (
            "The ministry announced the names of the dead after 40 people were killed.",
            "40 people",
            "ministry",
        ),
    ],
)
def test_news_announced_after_an_occasion_keeps_its_speaker(
    text: str, span: str, originator: str
) -> None:
    assert originator_in(text, span) == originator


@pytest.mark.parametrize(
    "text",
    [
        "President Halvor declared three days of national mourning after 40 people were killed.",
        "The army announced a ceasefire as 300 civilians remained trapped in the city.",
    ],
)
def test_an_act_declared_after_an_occasion_still_tells_no_toll(text: str) -> None:
    assert originator_in(text, "40 people" if "40" in text else "300") is None


def _whens(text: str) -> dict[str, str | None]:
    return {c.text: c.when for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "span", "when"),
    [
        ("The number of civilians killed rose to 300 in 2023, the UN said.", "300", "in 2023"),
        ("The toll rose to 40 in 2022 and 52 in 2023.", "40", "in 2022"),
    ],
)
def test_a_year_after_a_tally_is_the_stretch_it_counts(text: str, span: str, when: str) -> None:
    assert _whens(text)[span] == when, _whens(text)


def test_a_day_after_a_tally_is_still_the_day_of_its_revision() -> None:
    assert _whens("The death toll climbed to 19 on Friday, officials said.")["19"] is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Footage documented 12 bodies in the street.", "12 bodies"),
        ("Photographs documented 300 graves at the site.", "300 graves"),
        ("Cameras documented 12 strikes on the market.", "12 strikes"),
    ],
)
def test_a_recording_that_documented_a_figure_is_no_originator(text: str, span: str) -> None:
    assert originator_in(text, span) is None


@pytest.mark.parametrize(
    ("text", "span", "originator"),
    [
        ("The Conflict Monitor documented 45 attacks on hospitals.", "45", "Conflict Monitor"),
        ("Researchers tallied 45 attacks on clinics.", "45", "Researchers"),
    ],
)
def test_a_body_that_documented_a_figure_stays_its_originator(
    text: str, span: str, originator: str
) -> None:
    assert originator_in(text, span) == originator


@pytest.mark.parametrize(
    ("text", "span", "when"),
    [
        (
            "The group was founded in 2012 and 40 of its members were killed in 2019.",
            "40",
            "in 2019",
        ),
        (
            "Talks began on Monday and 12 prisoners were freed on Wednesday.",
            "12 prisoners",
            "on Wednesday",
        ),
        ("The attacks killed 29 people in 2005 and 28 in Kesh.", "28", "in 2005"),
    ],
)
def test_a_figure_after_a_time_and_and_takes_its_own_clauses_time(
    text: str, span: str, when: str
) -> None:
    assert _whens(text)[span] == when, _whens(text)
