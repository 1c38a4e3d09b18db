"""Kinds of counted things misread in a trial on attacks on shipping (invented sentences of
the same shapes; no third-party text)."""

import pytest

from briefbook.analysis.claims import find_frames


def events(text: str) -> list[tuple[str, str]]:
    return [(f.counts, f.event) for f in find_frames(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure is the object of "joined": the states joined, not a deployment
        (
            "The ministry joined more than 30 governments in denouncing the blockade.",
            [("governments", "other")],
        ),
        ("Kerin joined 12 countries in a statement on the seizures.", [("countries", "other")]),
        # the figure's own verb closes before an event word of another noun
        (
            "More than 15 nations have been affected in 40 raids on international merchant "
            "shipping.",
            [("nations", "other"), ("raids", "struck")],
        ),
        (
            "An alliance of 11 navies committed to protecting coastal shipping sailed on Monday.",
            [("navies", "other")],
        ),
        # a verb before a dash governs its own object, not the appositive's figure
        (
            "The navy launched Operation Tidewatch - a coalition of more than 9 nations "
            "committed to guarding international shipping.",
            [("nations", "other")],
        ),
        (
            "The navy launched Operation Tidewatch – a coalition of 9 nations devoted to "
            "escorting international shipping.",
            [("nations", "other")],
        ),
        # the figure names where the noun before it came from: the verb befalls that noun
        (
            "Sailors from more than 14 countries have been detained or taken hostage.",
            [("countries", "other")],
        ),
        ("Fighters from 12 nations were killed in the raid.", [("nations", "other")]),
    ],
)
def test_event_words_of_another_clause_or_noun_do_not_govern(text, expected) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure as the subject of "joined" keeps the deployment
        ("Some 2,000 fighters joined the offensive on Tuesday.", [("fighters", "deployed")]),
        # pass-through verbs lead on to the event verb
        ("Six sailors are believed to have been killed.", [("sailors", "killed")]),
        ("Nine guards were reported killed in the raid.", [("guards", "killed")]),
        ("Four crew were injured in the blast.", [("crew", "wounded")]),
        ("Two hostages who had been held since 2019 were released.", [("hostages", "exchanged")]),
        ("The rebels fired 14 missiles at the port.", [("missiles", "launched")]),
        ("The rebels killed 14 soldiers from the garrison.", [("soldiers", "killed")]),
        ("The toll rose from 20 to 30 people killed.", [("people", "killed")]),
    ],
)
def test_the_figures_own_event_verb_still_governs(text, expected) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "unit", "qualifier"),
    [
        ("The 38,210 DWT bulk carrier was carrying grain to the port.", "dwt", "bulk carrier"),
        ("Militants attacked a 5,000 GRT freighter near the port.", "grt", "freighter"),
        ("The 2,000 TEU container ship was struck.", "teu", "container ship"),
    ],
)
def test_a_ships_tonnage_measures_the_ship_and_counts_no_ships(text, unit, qualifier) -> None:
    # CLAIMS.md counts measurements (the gold keeps "the 30m vessel" as a length): the
    # tonnage stays a measure of event other, its unit the counted thing, the ship apart
    found = find_frames(text)
    assert [(f.kind, f.counts, f.qualifier, f.event) for f in found] == [
        ("measure", unit, qualifier, "other")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The tanker, built in 2011, was struck by a missile off the coast.",
        "The ship was hit by a C-704 missile.",
        "An MQ-1 drone was shot down over the gulf.",
    ],
)
def test_build_years_and_model_numbers_are_no_claims(text) -> None:
    assert find_frames(text) == []
