"""Key judgments of news reports: the news (headline, lede, claims of consequence) leads;
background, gaps in the reporting and quotations do not. Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.readability import needs_context
from briefbook.assessment.signals import is_background, is_unknown, key_signal, quote_share
from briefbook.config.outline import load_schema
from builders import paragraph_document

_doc = paragraph_document


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("The raid comes days after militia violence forced the airport to close.", True),
        ("The strikes came just a day after the minister said the rebels were beaten.", True),
        ("The assault comes a week after gunmen fired on a ferry.", True),
        ("The attack off the coast follows a drone strike last week on the harbour.", True),
        ("The rebels have been targeting barges on the river since mid-March.", True),
        ("The militia has stepped up its raids since the October 7 massacre.", True),
        ("The group has attacked more than 40 convoys since 2022.", True),
        ("Militiamen stormed the river port early Monday.", False),
        ("More than 3,000 people have fled their homes since Sunday.", False),
        ("At least 14 militiamen have been killed, police said.", False),
        ("It came as a surprise to the garrison.", False),
    ],
)
def test_background_is_told_from_news(text: str, background: bool) -> None:
    assert is_background(text) is background
    assert key_signal(text, False, False).background is background


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("It was not immediately clear whether the army had been warned of the raid.", True),
        ("It is unclear whether the blast was caused by a mine or a rocket, he added.", True),
        ("The spokesman said he did not know yet where the attackers came from.", True),
        ("The spokesman did not return a message for comment.", True),
        ("The ministry declined to comment on the report.", True),
        ("The agency could not independently verify the toll.", True),
        ("The cause of the fire was not immediately known.", True),
        ("The radio station did not say what would happen to the hostages.", True),
        ("It was clear that the shell hit the depot.", False),
        ("The army did not advance beyond the river.", False),
        ("Officials know where the convoy went.", False),
    ],
)
def test_gaps_in_the_reporting_are_told_from_findings(text: str, unknown: bool) -> None:
    assert is_unknown(text) is unknown


def test_a_quotation_without_analysis_is_colour() -> None:
    quoted = '"They came at dawn and we had nothing but sticks," said one resident.'
    assert quote_share(quoted) > 0.5
    assert key_signal(quoted, False, False).quote
    assert not key_signal("Militiamen stormed the river port early Monday.", False, False).quote
    judged = '"The raids signal a deliberate escalation," said an analyst.'
    assert not key_signal(judged, False, False).quote  # analytic: a judgment, quoted


WIRE = [
    "Armed militiamen stormed the river port of Kessa early Monday, clashing with residents "
    "who fought alongside the police.",
    "At least 14 suspected militiamen were killed and dozens of rifles seized, according to a "
    "police spokesman.",
    "It was not immediately clear whether the army had been warned of the raid.",
    "The raid comes days after militia violence forced the city's only airport to close for "
    "the second time this year.",
    '"They came at dawn and we had nothing but sticks," said one resident.',
    "The spokesman did not return a message for comment.",
]
PAPER = [
    "Militiamen attacked the port of Kessa on Monday, and residents joined the police to "
    "repel them.",
    "At least 14 suspected militiamen have been killed, the police spokesman said.",
    "The militia has been attacking river towns since early March, in what it calls a "
    "campaign against the governor.",
    "The spokesman said he did not know yet where the attackers had come from.",
    '"There was an exchange of fire and the attackers fled," the spokesman said.',
]
AGENCY = [
    "A relief agency said on Tuesday it was suspending its clinics in Kessa after the fighting.",
    "The agency will halt admissions at its three clinics from Wednesday.",
    "The attack came just a day after the governor said the militia had been defeated.",
]


def test_news_reports_lead_with_their_news_not_background_gaps_or_quotes() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc("S1", WIRE, "Militiamen storm river port of Kessa"),
        _doc("S2", PAPER, "Residents and police repel militia attack on Kessa"),
        _doc("S3", AGENCY, "Relief agency suspends clinics in Kessa"),
    ]
    # background placed in analytic sections (weight 1) and the news in the situation
    # (weight 0.6): in a news report the situation is the news all the same
    sections = {s.id: "context" for d in docs for s in d.sentences}
    sections.update({"S1.4": "geopolitical", "S2.3": "factors", "S3.3": "geopolitical"})
    result = draw_judgments(docs, sections, schema, issue_date="2026-03-10")
    texts = [st.text for st in result.key_judgments]
    assert 3 <= len(texts) <= 5
    assert texts[0] in (WIRE[0], PAPER[0], WIRE[1], PAPER[1])  # the news leads
    assert WIRE[0] in texts or PAPER[0] in texts  # a lede is a key judgment
    assert WIRE[1] in texts or PAPER[1] in texts  # so is the toll both report
    background = {WIRE[3], PAPER[2], AGENCY[2]}
    gaps = {WIRE[2], WIRE[5], PAPER[3]}
    quotes = {WIRE[4], PAPER[4]}
    assert not set(texts) & (background | gaps | quotes), texts
    # gaps in the reporting are never indicators either
    assert not {st.text for st in result.indicators} & gaps


def test_background_only_fills_a_thin_bottom_line() -> None:
    schema = load_schema("conflict")
    doc = _doc("S1", [WIRE[0], WIRE[3]], "Militiamen storm river port of Kessa")
    sections = {"S1.1": "context", "S1.2": "geopolitical"}
    texts = [st.text for st in draw_judgments([doc], sections, schema).key_judgments]
    assert texts == [WIRE[0], WIRE[3]]  # the news first, the background after it


def test_facts_to_reason_from_are_listed_once_and_never_a_gap() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc("S1", WIRE, "Militiamen storm river port of Kessa"),
        _doc("S2", PAPER, "Residents and police repel militia attack on Kessa"),
        _doc("S3", AGENCY, "Relief agency suspends clinics in Kessa"),
    ]
    sections = {s.id: "context" for d in docs for s in d.sentences}
    result = draw_judgments(docs, sections, schema, issue_date="2026-03-10")
    lists = [[st.evidence[0] for st in sts] for sts in result.evidence_to_weigh.values()]
    assert len(lists) == 4 and all(lists)  # every empty analytic section lists some
    # the facts to weigh: the situation's sentences that state something on their own (no
    # gap in the reporting, no plain quotation, nothing that needs the sentence before)
    situation = {
        s.id
        for d in docs
        for s in d.sentences
        if not quote_share(s.text) >= 0.5 and not needs_context(s.text)
    }
    gaps = {s.id for d in docs for s in d.sentences if is_unknown(s.text)}
    shown = [sid for ids in lists for sid in ids]
    assert not set(shown) & gaps
    assert set(shown) <= situation
    # a fact is listed a second time only once every fact has been listed
    seen: set[str] = set()
    for ids in lists:
        repeats = set(ids) & seen
        assert not repeats or seen >= situation - gaps, (ids, seen)
        seen |= set(ids)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Meanwhile, the militia's leader said the raids will go on if talks fail.", True),
        ("Separately, a ferry was struck near the delta on Tuesday.", True),
        ("However, the army held the bridge.", False),
        ("In addition, two clinics closed.", False),
    ],
)
def test_a_thread_opener_reads_on_its_own_and_a_connective_does_not(text: str, alone: bool) -> None:
    from briefbook.assessment.readability import needs_context

    assert needs_context(text) is not alone


def test_a_threat_opened_by_meanwhile_is_an_indicator() -> None:
    schema = load_schema("conflict")
    threat = (
        "Meanwhile, the militia's leader said the group will attack more river towns if the "
        "governor does not resign."
    )
    doc = _doc("S1", [*WIRE[:2], threat], "Militiamen storm river port of Kessa")
    sections = {s.id: "context" for s in doc.sentences}
    sections["S1.3"] = "outlook"
    from briefbook.analysis.pipeline import analyse

    facts = analyse([doc]).facts
    result = draw_judgments([doc], sections, schema, facts=facts)
    assert threat in {st.text for st in result.indicators}


@pytest.mark.parametrize(
    ("text", "hedges", "kept"),
    [
        ("At least 14 suspected militiamen were killed near the port.", ["suspected"], []),
        (
            "Two alleged smugglers were detained, reportedly at the border.",
            ["alleged", "reportedly"],
            ["reportedly"],
        ),
        ("The alleged strike killed five people.", ["alleged"], ["alleged"]),
        ("Police suspected the crew of arming the boats.", ["suspected"], ["suspected"]),
        (
            "Two suspected gunmen fled and the army suspected an inside job.",
            ["suspected"],
            ["suspected"],
        ),
    ],
)
def test_a_label_on_the_actors_does_not_hedge_the_event(
    text: str, hedges: list[str], kept: list[str]
) -> None:
    from briefbook.assessment.situation import statement_hedges

    assert statement_hedges(text, hedges) == kept


def test_a_toll_of_suspected_fighters_is_not_graded_as_hedged() -> None:
    schema = load_schema("conflict")
    toll = "At least 14 suspected militiamen were killed in the fighting, the police said."
    doc = _doc("S1", [WIRE[0], toll], "Militiamen storm river port of Kessa")
    doc.reliability, doc.credibility = "B", 2
    sections = {s.id: "context" for s in doc.sentences}
    facts = {"S1.2": {"hedges": ["suspected"], "attributed_to": "the police"}}
    result = draw_judgments([doc], sections, schema, facts=facts)
    (st,) = [st for st in result.sections["context"] if st.text == toll]
    assert not st.hedged and st.confidence == "moderate", st.rationale


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        (
            "Not far from the residence of the ambassador and the prime minister's office, "
            "burned cars lined the road.",
            None,
        ),
        ("One of the trucks blocked the main road into the town.", None),
        ("The ministry blocked assets of two trading firms.", "economic"),
        ("The prime minister met the ambassador for talks on the truce.", "political"),
    ],
)
def test_a_landmark_or_a_blocked_road_sets_no_domain(text: str, domain: str | None) -> None:
    from briefbook.assessment.situation import domain_of

    assert domain_of(text) == domain
