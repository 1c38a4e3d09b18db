"""Key judgments by salience (issue 10): a sentence whose only content is a diffuse effect
does not lead, the source's grade counts for more than a count of evaluative words, no source
takes most of the bottom line while others have news, and the lede of a current report is a
strong candidate. Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.signals import key_signal
from briefbook.config.outline import load_schema
from builders import paragraph_document, weekdays_as_said

ISSUE = "2026-03-10"


_doc = paragraph_document


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("The arrival of Tarvian battalions could influence the tactical landscape.", True),
        ("The use of glide bombs may have wider regional ramifications.", True),
        ("The loss of the depot will likely shape the course of the winter campaign.", True),
        ("The shelling of the river port raises serious concerns for aid convoys.", True),
        ("The blockade has far-reaching implications for grain exports.", True),
        ("Tarvian forces captured the river town of Ostra on Monday.", False),
        ("The army has lost 200 soldiers near the bridge since Friday.", False),
        ("The militia could attack the port again if talks fail.", False),
    ],
)
def test_a_diffuse_effect_is_told_from_an_act(text: str, vague: bool) -> None:
    assert key_signal(text, False, False).vague is vague


# an analysis of the issue's week, graded C: its judgments are diffuse effects, heavy in
# evaluative words
ANALYSIS = [
    "The arrival of Tarvian battalions on the Ostra front could influence the tactical "
    "landscape across the river valley.",
    "The deployment may have wider strategic ramifications for the whole region.",
    "The growing reliance on foreign battalions raises critical concerns about the "
    "sustainability of the campaign.",
    "Observers expect the fighting around the valley to continue through the spring.",
]
# a news report, graded B2 and of the issue's week
NEWS = [
    "Tarvian forces captured the river town of Ostra on Monday after a three-day assault, "
    "the regional governor said.",
    "At least 40 defenders were killed and 120 taken prisoner, according to the governor.",
    "The road bridge over the Vell river was destroyed during the fighting.",
    "Residents said shops in the centre of the town remained shut on Tuesday.",
]


def test_a_diffuse_effect_does_not_lead_over_graded_news() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc(
            "S1",
            ANALYSIS,
            "What Tarvia's battalions mean",
            published="2026-03-09",
            reliability="C",
        ),
        _doc(
            "S2",
            NEWS,
            "Tarvian forces capture Ostra",
            published="2026-03-09",
            reliability="B",
            credibility=2,
        ),
    ]
    sections = {"S1.1": "battlefield", "S1.2": "geopolitical", "S1.3": "factors"}
    sections.update({"S1.4": "outlook", "S2.1": "context", "S2.2": "context"})
    sections.update({"S2.3": "context", "S2.4": "context"})
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert texts[0] in (NEWS[0], NEWS[1]), texts  # the news leads
    # neither diffuse effect comes before the news of the report
    for effect in ANALYSIS[:2]:
        if effect in texts:
            assert texts.index(effect) > texts.index(NEWS[0]), texts


# two analyses, both undated, each a judgment and a fact: the first graded A1 and plain in its
# wording, the second graded E5 and full of evaluative words
PLAIN = [
    "Ostland has massed three brigades near Vendra, signalling a renewed offensive.",
    "Ostland's brigades near Vendra were seen with bridging equipment on Sunday.",
]
WORDY = [
    "Westmark's growing strain near Kell highlights critical vulnerabilities and underscores "
    "the strategic risk of attrition.",
    "Westmark's units near Kell were seen digging trenches on Sunday.",
]


def test_the_grade_of_a_source_outweighs_a_count_of_evaluative_words() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc("S1", PLAIN, "Ostland readies the Vendra offensive", reliability="A", credibility=1),
        _doc("S2", WORDY, "Westmark under strain", reliability="E", credibility=5),
    ]
    sections = {"S1.1": "battlefield", "S1.2": "context"}
    sections.update({"S2.1": "battlefield", "S2.2": "context"})
    result = draw_judgments(docs, sections, schema)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert texts.index(PLAIN[0]) < texts.index(WORDY[0]), texts  # the A1 judgment first


# one analysis with many judgments of substance, and a short news report of the week
LONG = [
    "Ostland's army is likely to resume its offensive toward Vendra within weeks.",
    "Ostland's reliance on conscripts signals a shift in its strategy toward attrition.",
    "The strain on Ostland's artillery stocks is likely to slow any advance before summer.",
    "Ostland's leaders probably judge that a quick victory at Vendra would deter Westmark.",
    "Ostland's growing dependence on imported shells is a critical vulnerability.",
    "Sanctions on Ostland's shipyards will likely undermine its naval repair capacity.",
]
WIRE = [
    "Westmark closed its border crossing at Pell on Sunday after a night of shelling.",
    "Westmark's army moved two air-defence batteries to Pell on Monday.",
    "Border guards at Pell reported drone flights over the crossing on Tuesday.",
]


def test_no_source_takes_most_of_the_bottom_line_while_others_have_news() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc(
            "S1",
            LONG,
            "Ostland's coming offensive",
            published="2026-03-07",
            reliability="B",
            credibility=2,
        ),
        _doc("S2", WIRE, "Westmark shuts Pell crossing", published="2026-03-09"),
    ]
    keys = ["outlook", "factors", "battlefield", "factors", "battlefield", "geopolitical"]
    sections = {f"S1.{k}": key for k, key in enumerate(keys, 1)}
    sections.update({s.id: "context" for s in docs[1].sentences})
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    sources = [st.evidence[0].split(".")[0] for st in result.key_judgments]
    assert len(sources) == 5, sources
    assert sources.count("S1") <= 3, sources  # about half, while the report has news
    assert WIRE[0] in [weekdays_as_said(st.text) for st in result.key_judgments]


# a dated analysis of the issue's week whose first sentence is its news, plainly told
CURRENT = [
    "Ostland's parliament voted on Tuesday to extend martial law by 90 days.",
    "The extension signals that Ostland's leaders expect the war to escalate.",
    "The growing strain on Ostland's economy reflects a strategy of attrition.",
    "Ostland's reliance on emergency powers suggests deepening political risk.",
    "The decision likely reflects the leadership's calculus about the spring offensive.",
    "Ostland's isolation is likely to deepen as sanctions bite.",
]
OLDER = [
    "Ostland's strategy likely relies on exhausting Westmark's air defences.",
    "Westmark's dependence on foreign interceptors is a critical vulnerability.",
    "The stakes of the spring campaign are increasingly existential for both sides.",
]


def test_the_lede_of_a_current_report_is_a_key_judgment() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc("S1", CURRENT, "Ostland extends martial law", published="2026-03-08"),
        _doc("S2", OLDER, "The war of air defences", published="2026-03-02"),
    ]
    keys = ["context", "battlefield", "factors", "geopolitical", "conclusion", "outlook"]
    sections = {f"S1.{k}": key for k, key in enumerate(keys, 1)}
    sections.update({"S2.1": "factors", "S2.2": "battlefield", "S2.3": "conclusion"})
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert CURRENT[0] in texts, texts
