"""Salience of a state's acts (invented sentences): a state's strike told by its weapon
("Ostland Air Force F-16s struck ...", "warplanes bombed ...") is a decisive act, as "carried
out air strikes" is; so is a third party's coercive threat to stop the fighting ("would
suspend trade negotiations with both countries unless they stopped the fighting"). Their
near misses (a flight, a relative clause, a denial, a threat with no condition on the
fighting, a negated threat, rebels' fighters) stay as they were."""

from __future__ import annotations

import pytest

from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.signals import coercive_threat, key_signal
from briefbook.config.outline import load_schema
from builders import paragraph_document, weekdays_as_said


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        (
            "Ostland Air Force F-16s struck Karsian artillery positions near Vell on Sunday, "
            "the defence ministry said.",
            True,
        ),
        ("Ostland's warplanes bombed two Karsian supply depots overnight.", True),
        ("Ostland used F-16 fighter jets to bomb Karsian military targets on Sunday.", True),
        ("Karsian Su-25s have struck rebel camps in the hills.", True),
        (
            "Westmark told the governments of Ostland and Karsia that it would suspend trade "
            "negotiations with both countries unless they stopped the fighting.",
            True,
        ),
        ("Westmark threatened to cut military aid to Karsia until the shelling stops.", True),
        # near misses
        ("Ostland's F-16s flew over the border on Sunday.", False),
        ("The jets that struck the depot were F-16s.", False),
        ("Karsia denied that Ostland jets bombed a school.", False),
        ("If Ostland jets strike again, Karsia will respond.", False),
        ("Rebel fighters attacked a police post near Vell.", False),
        ("Westmark will impose tariffs on steel from Karsia next year.", False),
        ("Westmark would not suspend trade talks until the fighting stopped.", False),
        ("Westmark urged both sides to stop the fighting.", False),
    ],
)
def test_a_states_strike_and_coercive_threat_are_decisive(text: str, decisive: bool) -> None:
    assert key_signal(text, False, False).decisive is decisive


def test_a_coercive_threat_needs_a_condition_on_the_fighting() -> None:
    assert coercive_threat("Westmark would halt trade talks with Karsia until the war ends.")
    assert not coercive_threat("Westmark would halt trade talks with Karsia until June.")


# a graded analysis with five evaluative judgments, and two news reports whose second
# sentences tell a state's strike and a great power's trade pressure
ANALYSIS = [
    "The border war between Ostland and Karsia is likely to persist for weeks because "
    "neither government can afford to be seen backing down.",
    "Karsia's growing reliance on its regional partners signals a strategic shift that "
    "will likely undermine Ostland's leverage.",
    "The strain on Karsia's artillery stocks is likely to weaken its defence of the frontier.",
    "Ostland's leaders probably judge that escalation would deter Karsia from a counterattack.",
    "The risk of escalation is significant because both armies are reinforcing the frontier.",
]
STRIKE = [
    "Border tensions rose again on Sunday as both armies moved artillery closer to Vell.",
    "Ostland Air Force F-16s struck Karsian artillery positions and a fuel depot near Vell "
    "on Sunday, the Ostland defence ministry said.",
]
PRESSURE = [
    "Residents of Vell reported artillery fire through Monday night.",
    "Westmark told the governments of Ostland and Karsia on Monday that it would suspend "
    "trade negotiations with both countries unless they stopped the fighting.",
]


def test_a_states_strike_and_a_great_powers_pressure_are_key_judgments() -> None:
    schema = load_schema("conflict")
    docs = [
        paragraph_document("S1", ANALYSIS, "The border war", published="2031-06-16"),
        paragraph_document("S2", STRIKE, "Ostland jets strike", published="2031-06-16"),
        paragraph_document("S3", PRESSURE, "Westmark presses both sides", published="2031-06-16"),
    ]
    for doc in docs:
        doc.reliability, doc.credibility = "B", 2
    sections = {f"S1.{k}": "geopolitical" for k in range(1, 6)}
    sections.update({"S2.1": "context", "S2.2": "context", "S3.1": "context", "S3.2": "context"})
    result = draw_judgments(docs, sections, schema, issue_date="2031-06-17")
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert STRIKE[1] in texts, texts
    assert PRESSURE[1] in texts, texts
