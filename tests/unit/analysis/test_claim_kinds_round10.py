"""Claim kinds found among round 9's held-out errors (invented sentences of the same shapes,
no third-party text): a speaker set off from its verb by a discourse adverb ("The official,
however, said"), a quotation inside a relative clause that holds the sentence's only speech,
a country's whole military named in a background sentence, two modifiers before one head
("military and civilian lives"), people missing as their own event, and a unit's size
("a 13,000-strong force", "the 32-man patrol") as a measure."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.clause_speakers import speech_only_in_relative
from briefbook.analysis.counted_words import joins_modifiers
from briefbook.analysis.hedges import attribution
from briefbook.analysis.numbers import find_quantities
from builders import originators_of


def _claims(text: str) -> dict[str, tuple[float | None, float | None, str | None]]:
    return {c.text: (c.low, c.high, c.event) for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The police chief, however, said nine guards had died.", "police chief"),
        ("The ministry, meanwhile, said 12 people were hurt.", "ministry"),
        ("The army, for its part, said three soldiers died.", "army"),
        ("Local officials, though, said 40 homes burned.", "Local officials"),
    ],
)
def test_a_discourse_adverb_between_speaker_and_verb(text: str, speaker: str) -> None:
    assert attribution(text)[0] == speaker


def test_a_quotation_inside_the_relative_clause_keeps_the_speech_there() -> None:
    text = (
        "Twelve villagers died in the raid, which a district officer said was carried out by "
        '"armed bandits" on horses.'
    )
    assert speech_only_in_relative(text, 0, len("Twelve villagers"))
    # a quotation outside the clause is speech of its own: the toll is no longer the writer's
    quoted = 'Twelve villagers died, "a massacre", in the raid, which an officer said was planned.'
    assert not speech_only_in_relative(quoted, 0, len("Twelve villagers"))


def test_a_countrys_whole_military_in_a_background_sentence_is_no_speaker() -> None:
    lead = "Eight Dorvian soldiers were killed on Monday in an ambush, the military said."
    background = "It was the worst blow to Dorvia's military since March, when five soldiers died."
    assert originators_of(lead, background) == ["military", None]
    # the body itself, named again in a sentence of figures, still speaks
    again = "The military's toll also lists four officers."
    assert originators_of(lead, again) == ["military", "military"]


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        (
            "The war has claimed thousands of military and civilian lives since 2015.",
            "thousands of military and civilian lives",
            "killed",
        ),
        ("The fighting has cost 4,000 lives.", "4,000 lives", "killed"),
    ],
)
def test_modifiers_joined_by_and_share_one_head(text: str, span: str, event: str) -> None:
    found = _claims(text)
    assert span in found and found[span][2] == event, found


@pytest.mark.parametrize(
    ("last", "nxt", "nxt2", "joined"),
    [
        ("military", "civilian", "lives", True),
        ("police", "army", "vehicles", True),
        ("soldiers", "wounded", "three", False),  # a plural head ends the phrase
        ("soldier", "the", "driver", False),  # a new phrase opens
        ("soldier", "wounded", "three", False),  # an event verb
        ("US", "Filipino", "troops", True),
    ],
)
def test_joins_modifiers(last: str, nxt: str, nxt2: str, joined: bool) -> None:
    assert joins_modifiers(last, nxt, nxt2) is joined


@pytest.mark.parametrize(
    ("text", "counted", "event"),
    [
        ("The army said 16 people were still missing and 13 soldiers were wounded.", 16, "other"),
        ("The army said 16 people were still missing and 13 soldiers were wounded.", 13, "wounded"),
        ("The chief said nine guards had died and three were missing.", 9, "killed"),
        ("The chief said nine guards had died and three were missing.", 3, "other"),
        (
            "He said two of the wounded were in critical condition and four were missing.",
            2,
            "wounded",
        ),
    ],
)
def test_missing_people_are_their_own_event(text: str, counted: int, event: str) -> None:
    found = [e for low, high, e in _claims(text).values() if low == counted == high]
    assert found == [event], _claims(text)


@pytest.mark.parametrize(
    ("text", "stated", "value"),
    [
        ("Despite a 13,000-strong regional force, the raids went on.", "13,000-strong", 13000),
        ("The 32-man patrol was attacked at dawn.", "32-man", 32),
        ("A 12-member team was sent.", "12-member", 12),
    ],
)
def test_a_units_size_is_a_measure_of_strength(text: str, stated: str, value: int) -> None:
    (q,) = find_quantities(text)
    assert (q.stated, q.low, q.high, q.kind, q.unit) == (
        stated,
        value,
        value,
        "measure",
        "strength",
    )
    (claim,) = find_claims(text, "S1.1")
    assert claim.event == "other"


@pytest.mark.parametrize("text", ["It was a one-man show.", "They took a one-way trip."])
def test_one_joined_to_a_noun_stays_an_idiom(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Villagers recovered the corpses of 11 fishermen on Sunday.", 11),
        ('"I saw them carry the corpses of three of their comrades," said a farmer.', 3),
    ],
)
def test_corpses_counted_are_dead(text: str, counted: int) -> None:
    found = [e for low, high, e in _claims(text).values() if low == counted == high]
    assert found == ["killed"], _claims(text)


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ('"They have not even killed 30 of our men," the commander said.', 29),
        ("Not even 20 trucks crossed on Monday.", 19),
    ],
)
def test_a_figure_under_not_even_is_an_upper_bound(text: str, high: int) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high) == (None, high)


def test_even_without_a_negation_keeps_the_figure() -> None:
    (q,) = find_quantities("The raiders had even killed 30 people.")
    assert (q.low, q.high) == (30, 30)


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("The mission had announced the death of one peacekeeper.", "one peacekeeper", "killed"),
        ("One Moldovan peacekeeper was killed on Monday.", "One Moldovan peacekeeper", "killed"),
        ("Six were hurt, including one Moldovan and five Estonians.", "one Moldovan", "wounded"),
        ("One ranger was wounded in the blast.", "one ranger", "wounded"),
    ],
)
def test_one_person_named_by_a_singular_noun_is_counted(text: str, span: str, event: str) -> None:
    found = {k.lower(): v for k, v in _claims(text).items()}
    assert found.get(span.lower(), (None, None, None))[2] == event, found


def test_one_person_who_only_speaks_is_no_count() -> None:
    assert _claims("One Dorvian official said the road was closed.") == {}


def test_the_few_deaths_of_an_earlier_toll_are_a_count() -> None:
    found = _claims("The new toll is a sharp rise from the six deaths initially reported.")
    assert found == {"six deaths": (6, 6, "killed")}
    assert _claims("The two countries agreed to talk.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Three of the five guards that were missing since the raid have been found dead.",
        "Four soldiers who were missing were found dead on Monday.",
    ],
)
def test_the_main_verb_after_a_relative_clause_of_missing_people(text: str) -> None:
    assert [e for _, _, e in _claims(text).values()] == ["killed"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The governor, while confirming the raid, said 24 guards were killed.", "governor"),
        (
            "But the district's deputy prefect, Ana Sol, while confirming the raid said "
            '"24 guards were killed."',
            "Ana Sol",
        ),
    ],
)
def test_a_participle_clause_between_speaker_and_verb(text: str, speaker: str) -> None:
    assert attribution(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kora Front (KF), a rebel group based in Dorvia, earlier claimed the attack and "
            "said that they had killed 40 soldiers.",
            "Kora Front",
        ),
        ("Residents of Kora, a town near the border, said 5 died.", "Residents of Kora"),
    ],
)
def test_an_appositive_with_a_after_the_speaker(text: str, speaker: str) -> None:
    assert attribution(text)[0] == speaker
