"""Over-reaches of new rules, narrowed (invented sentences, no third-party text): a stance
with a date, a span, a scheduled event, a purpose or concrete means stays an indicator; a
cited piece ends an indicator only as its main clause; a named body joined to a vague group
still confirms; editorial boilerplate is no estimate; "likely to have <participle>" is no
forecast; a superlative "in recent years" sets no span of the figure."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.scopes import find_scope, long_span
from briefbook.assessment.corroboration import corroborate
from briefbook.assessment.section_rules import apply_rules, rule_labels
from briefbook.assessment.signals import confirmers
from briefbook.assessment.situation import is_indicator
from briefbook.ingest import load_documents
from builders import claims_assessment, snippet_claim, written_sources

# 1. a stance that says when, what for or with what is something to watch


@pytest.mark.parametrize(
    "text",
    [
        "The army will remain on alert until Friday.",
        "The army will remain on alert until March 1.",
        "The army will remain on alert until the ceasefire expires on March 1.",
        "Border units will remain on alert for the next two weeks.",
        "Police will remain on alert on Sunday, when the results are announced.",
        "Beijing will stand by Moscow at the UN Security Council vote on Friday.",
        "The navy will stay on standby to evacuate foreign nationals from the port.",
        "The army will remain on high alert, with two brigades moving to the pass.",
        "The government will continue to support Kyiv with air defence systems.",
        # invented, same kinds
        "Kestan border guards will stay on high alert until Tuesday.",
        "The Dorvian fleet will remain on standby for ten days.",
        "Kestan will stand by Dorvia at the UN General Assembly session in New York.",
        "The coast guard will remain on alert to intercept smuggling boats.",
        "Ostland will continue to support the rebels with anti-tank weapons.",
    ],
)
def test_a_stance_that_says_when_what_for_or_with_what_stays_an_indicator(text: str) -> None:
    assert is_indicator(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "The army will remain vigilant.",
        "Officials will remain in close contact with partners.",
        "The army will remain committed to peace.",
        "The ministry will continue to support the people of the flooded provinces.",
        # the date of the attribution is no time of the stance
        "The army will remain vigilant, the ministry said on Monday.",
        "We will remain committed to peace, the minister said in a statement on Friday.",
    ],
)
def test_a_bare_stance_stays_out(text: str) -> None:
    assert is_indicator(text) is False


# 2. a cited piece ends an indicator only as the subject of the main clause


@pytest.mark.parametrize(
    "text",
    [
        "Parliament will debate the sanctions bill next week, after a UN report found abuses "
        "in the camps.",
        "The junta is expected to expel the envoy, whose latest report argued that the "
        "elections were rigged.",
        "The council will vote on the truce on Monday, when a new study found that the camps "
        "were full.",
    ],
)
def test_a_piece_in_a_subordinate_clause_leaves_the_indicator(text: str) -> None:
    assert is_indicator(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # the guide (rule 2) labels a reported statement by what it says, so both are
        # forecasts of a piece; every verb of a piece's finding gives the same answer: no
        # actor's action to watch, no indicator
        "The report finds that the militia will probably seize the port within weeks.",
        "The UN report warns that famine will hit the north by June.",
        "The Brenn Institute study warned that Kestan could default by next year.",
    ],
)
def test_every_verb_of_a_pieces_finding_gives_the_same_answer(text: str) -> None:
    assert is_indicator(text) is False


# 3. confirmers: split joined subjects, drop only the vague parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kestan Interior Ministry and Dorvian officials confirmed the exchange.",
            ["The Kestan Interior Ministry"],
        ),
        ("The Red Cross and witnesses confirmed the attack.", ["The Red Cross"]),
        # invented, same kind
        ("The Ostland Navy and local residents confirmed the sinking.", ["The Ostland Navy"]),
        (
            "The sinking was confirmed by Western diplomats and the Brenn Coast Guard.",
            ["the Brenn Coast Guard"],
        ),
        # a named institution's officials name the institution
        ("Pentagon officials confirmed the strike.", ["Pentagon"]),
        (
            "Pentagon and State Department officials confirmed the strike.",
            [
                "Pentagon",
                "State Department",
            ],
        ),
        ("The strike was confirmed by Kremlin officials.", ["Kremlin"]),
        # a bare nationality and officials stays vague
        ("Two US officials confirmed the strike.", []),
        ("Dorvian and Kestan officials confirmed the truce on Sunday.", []),
        ("Senior officials confirmed the strike.", []),
        ("Gaza health officials confirmed the deaths.", []),
    ],
)
def test_a_named_body_joined_to_a_vague_group_still_confirms(
    text: str, expected: list[str]
) -> None:
    assert confirmers(text) == expected


# 4./5. section rules

LABELS = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")


def _row(**p: float) -> np.ndarray:
    return np.array([[p.get(lab, 0.0) for lab in LABELS]])


@pytest.mark.parametrize(
    "text",
    [
        "This article is likely to be updated as more information becomes available.",
        "This is a developing story and details are likely to change.",
        "Editor's note: Comments on this story are likely to be closed after 48 hours.",
        # invented, same kind
        "This page is likely to be revised as more details become available.",
        "Editor's note: This piece is likely to be expanded later today.",
    ],
)
def test_editorial_boilerplate_stays_boilerplate(text: str) -> None:
    out = apply_rules(_row(none=0.5, context=0.3, outlook=0.2), LABELS, [text])
    assert LABELS[int(np.argmax(out[0]))] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The strike is likely to have killed dozens of soldiers, the monitor said.",
        "The militia is likely to have used the tunnels to move weapons.",
        # invented, same kind
        "The rebels are likely to have taken the bridge before dawn.",
        "The drone is likely to have flown in from the east, analysts said.",
    ],
)
def test_an_estimate_of_the_past_is_no_forecast(text: str) -> None:
    assert rule_labels([text]) == [None]
    out = apply_rules(_row(context=0.5, none=0.1, outlook=0.4), LABELS, [text])
    assert LABELS[int(np.argmax(out[0]))] == "context"


def test_a_forecast_of_having_something_still_looks_ahead() -> None:
    assert rule_labels(["The ban is likely to have a major impact on exports."]) == ["outlook"]


# 6. a superlative ranks the event; it sets no span of the figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Three soldiers were killed in a border clash on Monday, the deadliest incident "
            "in recent years, the army said.",
            "Three soldiers",
        ),
        (
            "Four guards were killed in an ambush on Sunday, the bloodiest attack in the past "
            "decade, police said.",
            "Four guards",
        ),
    ],
)
def test_a_superlative_in_recent_years_sets_no_span(text: str, figure: str) -> None:
    at = text.index(figure)
    assert find_scope(text, at, at + len(figure)) is None


def test_a_span_of_the_figures_own_clause_still_counts() -> None:
    text = "At least twelve deaths in recent years were blamed on the militia."
    at = text.index("twelve")
    assert long_span(find_scope(text, at, at + len("twelve")))


def test_the_deadliest_incident_still_corroborates_one_days_toll(tmp_path: Path) -> None:
    first = (
        "Three soldiers were killed in a border clash on Monday, the deadliest incident in "
        "recent years, the army said."
    )
    frame = next(f for f in find_frames(first) if f.value == 3)
    docs = load_documents(
        written_sources(
            tmp_path,
            first,
            "A clash on the border killed three soldiers on Monday, the governor said.",
            head="Published: 2024-05-0{day}\n\nReport {i}",
        )
    )
    claims = [
        snippet_claim(
            docs[0], "Three soldiers", 3, "soldiers", "killed", "army", scope=frame.scope
        ),
        snippet_claim(docs[1], "three soldiers", 3, "soldiers", "killed", "governor"),
    ]
    rows = corroborate(claims_assessment(docs, claims))
    assert [r["status"] for r in rows] == ["corroborated"], rows
