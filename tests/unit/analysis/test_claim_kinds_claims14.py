"""Claim kinds misread in wire reports the engine had never seen (invented sentences of the
same shapes, no third-party text): a speech verb in a later clause that speaks of something
else than the figure ("an explosion that killed four and that officials say was ...", "a
figure officers believe is ...", "..., but this month the ministry says ..."); the group that
claims an attack is not the originator of its toll; a reporter quoting a body "who announced"
the figure gives the figure that body's voice; a speaker who "told" an outlet the figure; a
unit conversion in brackets ("9 miles (14 kilometers)") is the same measurement, not a second
claim; a list of people ("Four Dorvians, an Orvan and a guard") "among those killed" are dead; a count of facilities is no casualty count;
attackers who "entered" a building were not supplied."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.pipeline import analyse
from builders import paragraph_document


def _analysed(*texts: str) -> list[tuple[str, str | None, str | None]]:
    doc = paragraph_document("S1", list(texts), "Report")
    return [(c.text, c.event, c.attributed_to) for c in analyse([doc]).claims]


def _frames(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.text, c.low, c.high, c.event) for c in find_claims(text, "S1.1")]


def _originator(text: str, span: str) -> str | None:
    found = [o for t, _, o in _analysed(text) if t.startswith(span)]
    assert found, _analysed(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The raid came a day after a bombing in central Tarvik that killed four and that "
            "officials say was planned by the same cell.",
            "four",
        ),
        (
            "Rescuers have pulled 35 bodies from the river this year, a figure officers believe "
            "is far below the real toll.",
            "35 bodies",
        ),
        (
            "In past winters, 10 to 15 climbers died each season, but this month the Velan "
            "ministry says more than 4,000 trekkers have crossed the pass.",
            "10 to 15 climbers",
        ),
    ],
)
def test_a_later_clause_that_speaks_of_something_else_leaves_the_figure_own_voice(
    text: str, span: str
) -> None:
    assert _originator(text, span) is None


def test_the_later_speech_clause_still_governs_its_own_figure() -> None:
    text = (
        "In past winters, 10 to 15 climbers died each season, but this month the Velan "
        "ministry says more than 4,000 trekkers have crossed the pass."
    )
    assert "ministry" in (_originator(text, "more than 4,000") or "")


@pytest.mark.parametrize(
    "text",
    [
        "The Red Banner Front has claimed responsibility for a bombing at a bus depot in Korval "
        "that left at least 14 people dead.",
        "A splinter faction claimed responsibility for the ambush, which killed six soldiers "
        "near the border.",
    ],
)
def test_the_claimant_of_an_attack_is_not_the_originator_of_its_toll(text: str) -> None:
    found = [(t, o) for t, e, o in _analysed(text) if e == "killed"]
    assert found and all(o is None for _, o in found), found


def test_a_body_quoted_as_announcing_the_figure_is_its_originator() -> None:
    text = (
        'The agency said that "the wall is not working," and quoted the Dorvan border guard '
        'who announced "1,240 migrants were detained on Friday, up from 980 on Thursday."'
    )
    found = _analysed(text)
    assert found
    assert all("border guard" in (o or "") for _, _, o in found), found


def test_a_speaker_who_told_an_outlet_the_figure_is_its_originator() -> None:
    text = (
        "Dorvia's ambassador to the kingdom told The Courier at least 30 Dorvian workers were hurt."
    )
    assert "ambassador to the kingdom" in (_originator(text, "at least 30") or "")


def test_claiming_responsibility_for_a_figure_itself_keeps_the_group() -> None:
    text = "The Red Banner Front claimed responsibility for killing 12 soldiers in Korval."
    assert "Red Banner" in (_originator(text, "12 soldiers") or "")


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "The reservoir is 9 miles (14 kilometers) long and 3 miles (5 kilometers) wide.",
            ["9 miles", "3 miles"],
            ["14 kilometers", "5 kilometers"],
        ),
        (
            "The convoy stopped 40 kilometres (25 miles) short of the city.",
            ["40 kilometres"],
            ["25 miles"],
        ),
    ],
)
def test_a_bracketed_unit_conversion_is_the_same_measurement(
    text: str, kept: list[str], dropped: list[str]
) -> None:
    spans = [t for t, *_ in _frames(text)]
    for k in kept:
        assert any(s.startswith(k) for s in spans), spans
    for d in dropped:
        assert not any(s.startswith(d) for s in spans), spans


def test_a_bracketed_figure_of_another_unit_that_is_no_conversion_stays() -> None:
    # a count in brackets after a measurement is its own claim
    spans = [
        t for t, *_ in _frames("The column stretched 12 kilometres (40 trucks) along the road.")
    ]
    assert any(s.startswith("40 trucks") for s in spans), spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Three Dorvians, an Orvan and a police officer were among those killed, according to "
            "Dorvian officials.",
            "Three",
        ),
        ("Five Velan engineers, a Dorvian and a driver were among those killed.", "Five"),
    ],
)
def test_a_list_of_people_among_those_killed_are_dead(text: str, span: str) -> None:
    found = [e for t, _, _, e in _frames(text) if t.startswith(span)]
    assert found == ["killed"], _frames(text)


def test_a_count_of_facilities_is_no_casualty_count() -> None:
    found = dict(
        (t, e)
        for t, _, _, e in _frames(
            "At least 40 were being treated for gunshot wounds in five hospitals in the capital."
        )
    )
    assert found.get("At least 40") == "wounded", found
    assert [e for t, e in found.items() if t.startswith("five")] == ["other"], found


def test_attackers_who_entered_a_building_were_not_supplied() -> None:
    found = [
        e
        for t, _, _, e in _frames(
            "Witnesses said that at least three masked shooters entered the school."
        )
    ]
    assert found == ["other"], found


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("The army said the four raiders were killed and 11 guards were hurt.", "four", "killed"),
        ("The five hostages were released by the rebels on Friday.", "five", "exchanged"),
        ("The two engineers were later freed in a swap.", "two", None),
        ("Officials said the two ferries struck by rockets on Sunday sank.", "two", None),
    ],
)
def test_a_definite_figure_with_what_befell_it_is_a_count(
    text: str, span: str, event: str | None
) -> None:
    found = [(t, e) for t, _, _, e in _frames(text) if t.startswith(span)]
    assert found, _frames(text)
    if event is not None:
        assert found[0][1] == event, found


@pytest.mark.parametrize(
    "text",
    [
        "The border between the two countries was closed.",
        "Talks between the two sides resumed in Tarvik.",
        "The three brothers run a bakery.",
    ],
)
def test_a_definite_figure_that_only_refers_is_no_count(text: str) -> None:
    assert _frames(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Witnesses said that two gunmen opened fire on the crowd.", "two gunmen"),
        ("Residents said four militiamen stormed the depot at dawn.", "four militiamen"),
        ("Police said three women escaped through a window.", "three women"),
    ],
)
def test_an_irregular_plural_before_a_verb_ends_the_counted_phrase(text: str, span: str) -> None:
    assert [t for t, *_ in _frames(text)] == [span]


def test_a_second_verb_of_speech_shares_the_sentences_subject() -> None:
    text = (
        "The Velan government is weighing a curfew in the north, and on Monday announced 600 "
        "police officers would be sent to the border."
    )
    assert "government" in (_originator(text, "600") or "")


def test_sources_named_by_a_list_of_demonyms_are_all_named() -> None:
    text = "Six Velans died in the fire, according to Velan, Orvan and Dorvian officials."
    assert _originator(text, "Six") == "Velan, Orvan and Dorvian officials"


def test_a_claim_of_responsibility_that_states_the_toll_keeps_the_group() -> None:
    text = (
        "The Red Banner Front claimed responsibility for the ambush, saying its fighters "
        "killed 30 soldiers."
    )
    assert "Red Banner" in (_originator(text, "30 soldiers") or "")
