"""Statements, key judgments, indicators and their grading rules."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from briefbook.assessment.grading import (
    confidence_for_evidence,
    likelihood_for_evidence,
    likelihood_from_hedges,
    sourcing_doubt,
)
from briefbook.assessment.judgments import JudgmentParams, draw_judgments
from briefbook.assessment.key_judgments import figures_conflict, figures_repeat
from briefbook.assessment.readability import find_short_forms, needs_context
from briefbook.assessment.signals import key_judgment_signal, statement_kind
from briefbook.config.outline import load_schema
from briefbook.model import Document, Sentence
from briefbook.tradecraft import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS
from builders import EXAMPLES


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Russia will almost certainly expand the campaign.", "almost certain"),
        ("The strikes are very likely to continue.", "very likely"),
        ("Moscow likely sees an opportunity.", "likely"),
        ("The troops may bring fresh manpower.", None),
        ("A ceasefire is unlikely before winter.", "unlikely"),
        ("Troops arrived on Monday.", None),
        ("Pyongyang will probably send additional troops.", "likely"),
        ("Talks are highly likely to resume.", "very likely"),
        ("There is a roughly even chance of a truce.", "roughly even chance"),
        ("The front might possibly hold.", None),
        ("Troops are expected to arrive next week.", "likely"),
        ("There are roughly even odds of a truce.", "roughly even chance"),
        ("Kyiv warned of the potential expansion of the war.", None),
        ("Russia's alleged deployment of troops is a gamble.", None),
        ("Firms may expose themselves to sanctions.", None),
        ("Troops reportedly arrived, if confirmed.", None),
        ("Moscow will probably not withdraw.", "unlikely"),
        ("A breakthrough is highly unlikely.", "very unlikely"),
        ("The chance of a settlement is remote.", "almost no chance"),
        ("There is almost no chance of a ceasefire.", "almost no chance"),
        ("Shells could hit a remote village.", None),
    ],
)
def test_likelihood_from_hedges(text, term):
    assert likelihood_from_hedges(text) == term


def test_likelihood_only_for_estimative_language():
    # bare modals, "potential" in a noun phrase and sourcing hedges make no estimate
    for text in (
        "Troops may arrive.",
        "The deployment could influence the tactical landscape.",
        "The warning about the potential expansion is sobering.",
        "Russia's alleged deployment of soldiers is a gamble.",
    ):
        assert likelihood_for_evidence([text]) is None, text
    assert likelihood_for_evidence(["Troops will likely arrive."]) == "likely"
    assert likelihood_for_evidence(["Troops will likely arrive."], probabilistic=False) is None
    # only the statement's own sentence counts, not its supporting evidence
    assert likelihood_for_evidence(["Troops arrived.", "Troops will likely arrive."]) is None


def test_corroboration_raises_but_never_creates_and_doubt_lowers_confidence():
    order = LIKELIHOOD_TERMS.index
    base = likelihood_for_evidence(["Troops are likely deployed."])
    backed = likelihood_for_evidence(["Troops are likely deployed."], corroborating_sources=2)
    assert order(backed) == order(base) + 1
    assert likelihood_for_evidence(["It is unlikely to end."], corroborating_sources=1) == (
        "very unlikely"
    )
    # no estimate: corroboration does not make one
    assert likelihood_for_evidence(["Troops may be deployed."], corroborating_sources=3) is None
    # a sourcing hedge leaves the term alone ...
    doubted = "Troops, if confirmed, are likely deployed."
    assert sourcing_doubt(doubted) and likelihood_for_evidence([doubted]) == base
    assert not sourcing_doubt("Troops are likely deployed.")
    # ... and lowers confidence one step instead
    grades = [("A", 1), ("B", 2), (None, None)]
    plain = confidence_for_evidence(grades, hedged=False, attributed=False)
    lowered = confidence_for_evidence(grades, hedged=False, attributed=False, doubted=True)
    assert (plain, lowered) == ("high", "moderate")
    assert confidence_for_evidence([("A", 1)], hedged=True, attributed=False, doubted=True) == (
        "low"
    )


@pytest.mark.parametrize(
    ("grades", "hedged", "attributed", "level"),
    [
        ([(None, None)], False, False, "low"),
        ([("A", 1)], False, False, "moderate"),
        ([("A", 1)], True, False, "low"),
        ([(None, None), (None, None)], False, False, "moderate"),
        ([("A", 1), ("B", 2), (None, None)], False, False, "high"),
        ([("A", 1), ("B", 2), ("C", 3)], False, True, "moderate"),
        ([("E", 5), ("E", 5), ("F", 6)], False, False, "moderate"),
    ],
)
def test_confidence_rules(grades, hedged, attributed, level):
    assert confidence_for_evidence(grades, hedged=hedged, attributed=attributed) == level


def _doc(doc_id: str, texts: list[str], **grades) -> Document:
    doc = Document(id=doc_id, title=doc_id, path=f"{doc_id}.txt", sha256=doc_id, format="txt")
    doc.paragraphs = list(texts)
    doc.sentences = [
        Sentence(f"{doc_id}.{k}", doc_id, t, paragraph=k - 1) for k, t in enumerate(texts, 1)
    ]
    for key, value in grades.items():
        setattr(doc, key, value)
    return doc


TEXTS_A = [
    "North Korea has sent thousands of troops to fight for Russia in the Kursk region.",
    "Russia needs manpower because its recruitment cannot replace heavy losses.",
    "North Korean units have suffered heavy casualties from Ukrainian drone strikes.",
    "The deployment deepens the alliance between Moscow and Pyongyang and invites new sanctions.",
    "Officials warn that the deployment could expand to other parts of the front line.",
    "Overall, the gamble shows the strain on Russia's army.",
]
TEXTS_B = [
    "North Korea has sent thousands of troops to fight for Russia in the Kursk region.",
    "South Korea and the United States condemned the deployment.",
]


def test_draw_judgments_cites_and_grades():
    schema = load_schema("conflict")
    a = _doc("S1", TEXTS_A, reliability="B", credibility=2)
    b = _doc("S2", TEXTS_B)
    sections = dict(zip([s.id for s in a.sentences], schema.keys, strict=True))
    sections.update({"S2.1": "context", "S2.2": "geopolitical"})
    facts = {
        "S1.5": SimpleNamespace(
            hedges=["could"],
            attributed_to="Officials",
            probabilistic=True,
            forward=True,
            quantities=0,
        )
    }
    result = draw_judgments([a, b], sections, schema, facts=facts)
    ids = {s.id for d in (a, b) for s in d.sentences}
    statements = [st for sts in result.sections.values() for st in sts]
    assert statements
    for st in statements + result.key_judgments + result.indicators:
        assert set(st.evidence) <= ids
        assert st.text in TEXTS_A + TEXTS_B
        assert st.confidence in CONFIDENCE_LEVELS
        assert st.likelihood is None or st.likelihood in LIKELIHOOD_TERMS
    first = next(st for st in statements if st.evidence[0] in {"S1.1", "S2.1"})
    assert {"S1.1", "S2.1"} <= set(first.evidence)  # corroborated by the other source
    assert 3 <= len(result.key_judgments) <= 5
    assert [st.evidence[0] for st in result.indicators] == ["S1.5"]
    warning = result.indicators[0]
    # "could expand" is a bare modal: no likelihood
    assert warning.likelihood is None and warning.attributed_to == "Officials"


def test_redundant_sentences_are_not_picked_twice():
    schema = load_schema("conflict")
    texts = ["Russia fired many missiles at Kyiv overnight."] * 3 + [
        "Air defences shot down most of the drones over the capital."
    ]
    doc = _doc("S1", texts)
    sections = {s.id: "battlefield" for s in doc.sentences}
    result = draw_judgments([doc], sections, schema, params=JudgmentParams(per_section=4))
    picked = [st.text for st in result.sections["battlefield"]]
    assert len(picked) == len(set(picked)) == 2


def test_no_sentences_no_statements():
    schema = load_schema("conflict")
    result = draw_judgments([], {}, schema)
    assert result.key_judgments == [] and all(v == [] for v in result.sections.values())


PROBABLE = "Pyongyang will probably send additional troops to replace its losses."
ORIGINAL = [
    "Ukraine said that 300 North Korean soldiers were killed in fighting in Kursk.",
    PROBABLE,
]
REPOST = ["According to new reports, " + ORIGINAL[0][0].lower() + ORIGINAL[0][1:], PROBABLE]
PROBABLE_FACTS = SimpleNamespace(
    hedges=["probably"], attributed_to=None, probabilistic=True, forward=True, quantities=0
)


def _probable_statement(groups):
    schema = load_schema("conflict")
    a, b = _doc("S1", ORIGINAL), _doc("S2", REPOST)
    sections = {
        s.id: ("battlefield" if s.paragraph == 0 else "outlook")
        for d in (a, b)
        for s in d.sentences
    }
    facts = {"S1.2": PROBABLE_FACTS, "S2.2": PROBABLE_FACTS}
    result = draw_judgments([a, b], sections, schema, facts=facts, groups=groups)
    return next(st for st in result.sections["outlook"] if st.text == PROBABLE)


def test_repost_in_one_group_does_not_corroborate():
    one_group = _probable_statement({"S1": "S1", "S2": "S1"})
    assert {"S1.2", "S2.2"} <= set(one_group.evidence)  # still cited as evidence
    assert one_group.likelihood == "likely"  # "probably" alone: ICD 203 55-80%
    assert one_group.confidence is None  # a likelihood or a confidence, never both
    two_groups = _probable_statement({"S1": "S1", "S2": "S2"})
    assert two_groups.likelihood == "very likely"
    assert two_groups.confidence is None
    assert "raised" in (two_groups.rationale or "")


def test_default_grouping_spots_the_reworded_repost():
    # no grouping given: draw_judgments groups near-copies itself
    assert _probable_statement(None).likelihood == "likely"


def test_key_judgment_signal_prefers_analysis_over_record():
    analysis = "Russia's reliance on foreign troops signals strain and risks escalation."
    identity = "Ri Chang Ho (Ri) is the head of the Reconnaissance General Bureau (RGB)."
    legal = "KMCB is being designated pursuant to E.O. 13810 for operating in the sector."
    long_text = " ".join(["The troops moved along the road toward the town"] * 6) + "."
    best = key_judgment_signal(analysis, analytic_section=True)
    assert best > key_judgment_signal(identity, analytic_section=True) + 1.0
    assert best > key_judgment_signal(legal, analytic_section=True) + 1.0
    short = key_judgment_signal("The troops moved along the road toward the town.")
    assert key_judgment_signal(long_text) < short


def test_key_judgments_skip_identity_facts_and_cover_sources():
    schema = load_schema("conflict")
    record = [
        "Kim Myong Jin (Kim) is a representative of the Daesong Bank (KDB) in Beijing.",
        "Ju Chang Il (Ju) is the director of the Propaganda and Agitation Department (PAD).",
        "Im is being designated pursuant to E.O. 13810 for operating in North Korea.",
        "North Korea has supplied Russia with critical military support for its war.",
    ]
    a = _doc("S1", record)
    b = _doc("S2", TEXTS_A)
    sections = {s.id: "factors" for s in a.sentences}
    sections.update(dict(zip([s.id for s in b.sentences], schema.keys, strict=True)))
    result = draw_judgments([a, b], sections, schema)
    texts = [st.text for st in result.key_judgments]
    assert 3 <= len(texts) <= 5
    assert not any(t in record[:3] for t in texts)
    assert record[3] in texts  # the source's analytic statement is covered
    per_section: dict[str, int] = {}
    for st in result.key_judgments:
        per_section[st.section] = per_section.get(st.section, 0) + 1
    assert max(per_section.values()) <= 2
    ids = {s.id for d in (a, b) for s in d.sentences}
    for st in result.key_judgments:
        assert st.text == next(
            s.text for d in (a, b) for s in d.sentences if s.id == st.evidence[0]
        )
        assert set(st.evidence) <= ids


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "For additional guidance, please see the updated advisory and FAQs 1146-1157.",
            "procedural",
        ),
        ("For detailed information on the process, please click here.", "procedural"),
        ("For more information, contact the press office at press@example.org.", "procedural"),
        ("Readers should refer to the published guidance.", "procedural"),
        ("Kim Myong Jin (Kim) is a representative of the Daesong Bank in Beijing.", "record"),
        ("Ri Chang Ho (Ri) is the head of the Reconnaissance General Bureau (RGB).", "record"),
        ("Golden Bank (GB) is one of the largest lenders in the zone.", "record"),
        ("Im Song Jin (Im) is a professor of physics at the university.", "record"),
        ("He is one of the generals known to be accompanying the troops.", "record"),
        ("Im is being designated pursuant to E.O. 13810 for operating in the sector.", "record"),
        ("Russia's reliance on foreign troops signals strain on its army.", "analytic"),
        ("Pyongyang will probably send more troops.", "analytic"),
        ("Ukrainian drones struck an ammunition depot near the border.", "event"),
        ("Troops arrived on Monday.", "event"),
        ("The talks resumed in Geneva.", "fact"),
    ],
)
def test_statement_kind(text, kind):
    probabilistic = "probably" in text
    assert statement_kind(text, probabilistic=probabilistic) == kind


RECORDS = [
    "Ri Chang Ho (Ri) is the head of the Reconnaissance General Bureau (RGB).",
    "Ri is being designated pursuant to E.O. 13687 for being an official of the party.",
    "Ju Chang Il (Ju) is the director of the Propaganda and Agitation Department (PAD).",
]
PROCEDURAL = "For additional guidance, please see the updated advisory and FAQs 1146-1157."
EVENTS = [
    "North Korean units have suffered heavy casualties from Ukrainian drone strikes.",
    "The deployment could influence the tactical landscape along the front line.",
]


def test_section_statements_rank_records_last_and_drop_procedural_text():
    schema = load_schema("conflict")
    doc = _doc("S1", RECORDS + [PROCEDURAL] + EVENTS)
    full = {s.id: "battlefield" for s in doc.sentences}
    picked = [st.text for st in draw_judgments([doc], full, schema).sections["battlefield"]]
    assert set(EVENTS) <= set(picked)  # analytic and event statements first
    assert PROCEDURAL not in picked
    assert len(set(picked) & set(RECORDS)) == 0  # two statements already: no record needed

    thin = _doc("S1", RECORDS + [PROCEDURAL])
    only = {s.id: "battlefield" for s in thin.sentences}
    picked = [st.text for st in draw_judgments([thin], only, schema).sections["battlefield"]]
    assert 1 <= len(picked) <= 2 and set(picked) <= set(RECORDS)  # records fill, up to 2

    alone = _doc("S1", [PROCEDURAL])
    result = draw_judgments([alone], {"S1.1": "geopolitical"}, schema)
    assert result.sections["geopolitical"] == [] and result.key_judgments == []


RECORD_TEXT = re.compile(
    r"pursuant to|please see|for additional guidance|is a representative of|is the head of"
)


def test_example_sections_state_analysis_not_records():
    from briefbook.assessment.build import assess

    assessment = assess(sorted(EXAMPLES.glob("*.txt")))
    kinds = {
        s.id: statement_kind(s.text, analytic_section=s.section not in (None, "context"))
        for s in assessment.sentences
    }
    for section in assessment.sections:
        members = [s for s in assessment.sentences if s.section == section.key]
        analytic = [s for s in members if kinds[s.id] in {"analytic", "event", "fact"}]
        texts = [st.text for st in section.statements]
        assert texts or not members
        if len(analytic) >= 2:
            assert not [t for t in texts if RECORD_TEXT.search(t)], section.key
        assert not [t for t in texts if kinds.get(_id_of(assessment, t)) == "procedural"]
    for st in assessment.key_judgments + assessment.indicators:
        assert not RECORD_TEXT.search(st.text)


def _id_of(assessment, text: str) -> str | None:
    return next((s.id for s in assessment.sentences if s.text == text), None)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("He is one of the DPRK generals known to be accompanying the troops.", False),
        ("In his role, he takes part in public events of the missile program.", False),
        ("They have not commented on the deployment.", False),
        ("It deepens the alignment of authoritarian states.", False),
        ("Since October, it has supplied Russia with more than 11,000 troops.", False),
        ("This is a sobering reminder of the stakes.", False),
        ("However, this introduces new challenges.", False),
        ("Their effectiveness remains uncertain.", False),
        ("I have directed the Department of Defense to continue deliveries.", False),
        ("Let me be clear: the people deserve to live in peace.", False),
        ('"We encourage our allies to join us in these sanctions."', False),
        ('"We will not accept this," Zelenskyy said.', True),
        ("It is likely that the troops will be committed to assaults.", True),
        ("It is instructive to note that the justification was the incursion.", True),
        # a demonstrative and a noun the sentence does not name points to the one before
        ("This deployment deepens the alliance.", False),
        ("These soldiers may bring fresh manpower.", False),
        ("For Tarvia, this participation could provoke further isolation.", False),
        ("This offensive has cost the army some 4,000 men.", False),
        ("These strikes left the city without power for two days.", False),
        ("That decision angered the coalition partners.", False),
        ("In the north, those raids have emptied whole villages.", False),
        # ... unless the sentence names it: a name or figure, a complement, a lead phrase
        ("These Tarvian troops may bring fresh manpower.", True),
        ("This deployment of 1,200 troops to Vendra deepens the alliance.", True),
        ("These strikes on Korval left the city without power.", True),
        ("After the army announced an offensive in May, this offensive stalled.", True),
        ("That same day, the council voted to extend the mandate.", True),
        ("This summer's floods displaced 40,000 people.", True),
        ("This new Tarvian offensive stalled in the marshes.", True),
        # a verb or a name after the noun does not name what the phrase points to
        ("These include critical Tarvian antennas.", False),
        ("This provided Tarvia with the excuse to act.", False),
        ("In that capacity, Choe has been involved in bulk cash smuggling.", False),
        ("In this role, the bank moved funds to Pyongyang.", False),
        ("As the head of the bureau, Ri Chang Ho generates revenue.", True),
        ("Italy sent troops to the region.", True),
        # a lead phrase of any length, then a pronoun subject
        ("Pushed out of the river towns in 2019-2020, they still hold the hills.", False),
        ("Despite many forecasts that the rebels would soon run out of shells, it has not.", False),
        # a demonstrative with a noun standing for what was said before
        ("This view assumes that both sides would accept a partition.", False),
        ("Such claims overlook the militia's own aims.", False),
        ("These estimates rest on one informant.", False),
        # "this" alone as an object
        ("The governor disclosed this to the assembly in a closed session.", False),
        ("The minister confirmed this, adding that talks would resume.", False),
        # readable: a time demonstrative, "this" in a quotation, "this" as a determiner
        ("This week, the rebels captured the border post.", True),
        ('"Nobody will ever accept this," Governor Adaeze Okafor said.', True),
        ("The rebels captured the depot this morning.", True),
    ],
)
def test_needs_context(text, alone):
    assert needs_context(text) is (not alone)


CONTEXT = [
    "He is one of the generals accompanying the troops to the front line.",
    "I have directed the army to continue its deliveries of weapons to the front.",
]
ALONE = [
    "Russia's reliance on foreign troops signals strain and risks escalation.",
    "North Korean units have suffered heavy casualties from drone strikes.",
    "Officials warn that the deployment will expand to other parts of the front line.",
]
FORWARD = SimpleNamespace(hedges=[], attributed_to=None, probabilistic=False, forward=True)


def test_statements_that_need_context_are_not_judgments_or_indicators():
    schema = load_schema("conflict")
    doc = _doc("S1", CONTEXT + ALONE)
    sections = {s.id: "battlefield" for s in doc.sentences}
    facts = {s.id: FORWARD for s in doc.sentences}
    result = draw_judgments([doc], sections, schema, facts=facts)
    picked = [st.text for st in result.sections["battlefield"]]
    assert set(ALONE) <= set(picked) and not set(CONTEXT) & set(picked)
    assert result.key_judgments and result.indicators
    for st in result.key_judgments + result.indicators:
        assert st.text not in CONTEXT
    # alone in a section, one may stay there (nothing else to say), never as a judgment
    thin = _doc("S1", CONTEXT)
    only = {s.id: "outlook" for s in thin.sentences}
    result = draw_judgments([thin], only, schema, facts={s.id: FORWARD for s in thin.sentences})
    assert len(result.sections["outlook"]) == 1
    assert result.key_judgments == [] and result.indicators == []


CORE_A = [
    "Russia's reliance on foreign troops signals strain and risks escalation.",
    "The alliance deepens Moscow's isolation and invites new sanctions.",
    "The gamble highlights the desperation driving Russia's strategy.",
    "Western capitals fear an escalation of the conflict in Europe.",
    "Analysts judge that the strain on Russia's army is growing and increasingly critical.",
    "The deployment underscores a strategic shift that threatens to escalate the war.",
    "Officials say 11,000 North Korean troops were deployed to Russia this autumn.",
]
CORE_B = [
    "The partnership signals a strategic shift that undermines regional stability.",
    "Beijing's calculus is shifting as the risks of isolation grow.",
    "Tokyo judges that the partnership will likely outlast the war.",
    "Manila assesses that the pact will probably survive a ceasefire.",
    "Seoul said thousands of North Korean troops were deployed to the Kursk region.",
]


def test_key_judgments_carry_the_most_corroborated_claim():
    from briefbook.analysis.claims import find_claims

    schema = load_schema("conflict")
    a, b = _doc("S1", CORE_A), _doc("S2", CORE_B)
    sections = {s.id: "geopolitical" for s in a.sentences}
    sections.update({s.id: "conclusion" for s in b.sentences})
    claims = [c for d in (a, b) for s in d.sentences for c in find_claims(s.text, s.id)]
    assert {c.event for c in claims} == {"deployed"}
    carriers = {CORE_A[-1], CORE_B[-1]}
    # on analysis alone the two troop sentences do not make it ...
    plain = draw_judgments([a, b], sections, schema, claims=[])
    assert not carriers & {st.text for st in plain.key_judgments}
    # ... the claim both groups state does; from the analysis' claims or found again
    for given in (claims, None):
        result = draw_judgments([a, b], sections, schema, claims=given)
        assert len(carriers & {st.text for st in result.key_judgments}) == 1
        assert 3 <= len(result.key_judgments) <= 5
    # one independent group only: not corroborated, nothing is forced in
    one = draw_judgments([a, b], sections, schema, groups={"S1": "G", "S2": "G"}, claims=claims)
    assert not carriers & {st.text for st in one.key_judgments}


def test_example_grades_and_judgments_follow_the_rules():
    from briefbook.assessment.build import assess

    assessment = assess(sorted(EXAMPLES.glob("*.txt")))
    statements = [st for sec in assessment.sections for st in sec.statements]
    for st in statements + assessment.key_judgments + assessment.indicators:
        if st.likelihood is not None:  # a likelihood only on estimative language
            assert likelihood_from_hedges(st.text) is not None, st.text
        if sourcing_doubt(st.text):
            assert st.hedged
    for st in assessment.key_judgments + assessment.indicators:
        assert not needs_context(st.text), st.text
    # the troop deployment stated by both sources is carried by a key judgment
    carriers = {
        c.evidence[0]
        for c in assessment.claims
        if c.event == "deployed" and c.counts.lower().endswith("troops")
    }
    assert {e.split(".")[0] for e in carriers} == {"S1", "S2"}
    # a carrier that reads on its own and is no fact of record is a key judgment; in these
    # sources every carrier needs the sentence before ("it has supplied ...", "this
    # participation ...") or is a record, and the deployment leads in other words
    text = {s.id: s.text for s in assessment.sentences}
    readable = {
        c for c in carriers if not needs_context(text[c]) and statement_kind(text[c]) != "record"
    }
    chosen = {st.evidence[0] for st in assessment.key_judgments}
    assert not readable or readable & chosen
    assert any("deployment" in st.text.lower() for st in assessment.key_judgments)


# ---------------------------------------------------------------------------
# a sentence that gives another figure is no support


KILLED = "Ukrainian officials said {} North Korean soldiers were likely killed in Kursk this week."
CONTEXT_LINE = "The losses come as Pyongyang deepens its military cooperation with Moscow."


def _claims(*docs):
    from briefbook.analysis.claims import find_claims

    return [c for d in docs for s in d.sentences for c in find_claims(s.text, s.id)]


def test_figures_conflict():
    def claims(text):
        return _claims(_doc("S1", [text]))

    two = claims("Ukraine said 200 North Korean soldiers were killed in Kursk.")
    three = claims("Ukraine said 300 North Korean soldiers were killed in Kursk.")
    assert two and three
    assert figures_conflict(two, three) and figures_conflict(three, two)
    assert not figures_conflict(two, two)
    more = claims("More than 11,000 North Korean troops were deployed to Russia.")
    for agreeing in (
        "About 11,500 troops were deployed to Russia.",
        "Thousands of troops were deployed to Russia.",
    ):
        assert not figures_conflict(more, claims(agreeing)), agreeing
    # another event, another counted thing, or no claim at all: no conflict
    assert not figures_conflict(two, claims("Ukraine said 300 soldiers were wounded in Kursk."))
    assert not figures_conflict(two, claims("Russia said 300 drones were destroyed overnight."))
    assert not figures_conflict(two, [])


def test_figures_repeat():
    def claims(text):
        return _claims(_doc("S1", [text]))

    lede = claims("At least 20 militiamen were killed near the dam on Friday, officials said.")
    again = claims("Fighting near the dam has left 20 militiamen dead, the army said on Saturday.")
    assert lede and again
    assert figures_repeat(lede, again) and figures_repeat(again, lede)
    # another figure, another event or another counted thing is another judgment
    assert not figures_repeat(lede, claims("Officials said 35 militiamen were killed at the dam."))
    assert not figures_repeat(lede, claims("Officials said 20 militiamen were wounded at the dam."))
    assert not figures_repeat(lede, claims("Officials said 20 drones were shot down overnight."))
    assert not figures_repeat(lede, [])


def _killed_statements(first: str, second: str, copy: bool):
    schema = load_schema("conflict")
    docs = [_doc("S1", [KILLED.format(first), CONTEXT_LINE])]
    docs.append(_doc("S2", [KILLED.format(second), CONTEXT_LINE]))
    if copy:
        docs.append(_doc("S3", [KILLED.format(first), CONTEXT_LINE]))
    sections = {
        s.id: "battlefield" if s.paragraph == 0 else "outlook" for d in docs for s in d.sentences
    }
    claims = _claims(*docs)
    # S1 and S2 report independently; S3 is a byte copy of S1
    groups = {"S1": "S1", "S2": "S2", "S3": "S1"}
    result = draw_judgments(docs, sections, schema, claims=claims, groups=groups)
    statements = [st for sts in result.sections.values() for st in sts] + result.key_judgments
    return {st.evidence[0]: st for st in statements}


def test_a_different_figure_is_no_support_and_no_second_source():
    by_first = _killed_statements("200", "300", copy=True)
    alone = _killed_statements("200", "300", copy=False)
    for statements in (by_first, alone):
        for first, st in statements.items():
            if first.endswith(".1"):
                own = {first, "S3.1"} if first != "S2.1" else {"S2.1"}
                assert set(st.evidence) <= own, st.evidence  # never the other figure
                assert st.evidence[0] == first
                # one independent origin: the likelihood is not raised (and no confidence)
                assert st.confidence is None and st.likelihood == "likely", st
    # the copy is cited beside the sentence it copies, but counts once
    copied = by_first.get("S1.1") or by_first.get("S3.1")
    if copied is not None:
        assert set(copied.evidence) == {"S1.1", "S3.1"}
    # the sentence without figures is still supported by all three
    assert {"S1.2", "S2.2"} <= set(by_first["S1.2"].evidence)


def test_the_same_figure_in_two_independent_sources_supports_and_raises():
    statements = _killed_statements("300", "300", copy=False)
    st = statements.get("S1.1") or statements["S2.1"]
    assert {"S1.1", "S2.1"} <= set(st.evidence)
    assert st.likelihood == "very likely"  # "likely", raised by the second group
    assert st.confidence is None  # graded by likelihood, so no confidence beside it


# ---------------------------------------------------------------------------
# short forms and the news of a press release

TREASURY = EXAMPLES / "treasury-dprk-troops-russia-sanctions-2024-12.txt"


def test_short_forms_of_names_need_context():
    text = (
        "Kim Myong Jin (Kim) is a representative of Korea Daesong Bank (KDB) in Beijing. "
        "Since 2019, Kim has coordinated deposits. Golden Triangle Bank (GTB) is a bank."
    )
    forms = find_short_forms(text)
    assert forms == ("Kim",)  # a word of the name, not an acronym
    for sentence, alone in (
        ("Since 2019, Kim has coordinated deposits worth thousands of dollars.", False),
        ("Kim serves as a primary financial representative for the DPRK.", False),
        ("As the head of the RGB, Kim has generated revenue.", False),
        ("Kim's network moved the cash.", False),
        ("Kim Myong Jin (Kim) is a representative of Korea Daesong Bank.", True),
        ("Kim Jong Un oversaw the missile launch.", True),
        ("OFAC designated Kim in 2024.", True),
        ("GTB is used by foreigners to exchange currency.", True),
    ):
        assert needs_context(sentence, forms) is (not alone), sentence
        assert not needs_context(sentence) or sentence.startswith("As")


def test_press_release_short_forms_are_not_judgments_and_the_lede_is():
    from briefbook.assessment.build import assess
    from briefbook.ingest import read_document

    if not TREASURY.exists():
        pytest.skip("the Treasury example source is not in sources/examples")
    doc = read_document(TREASURY, "S1")
    forms = find_short_forms(" ".join(s.text for s in doc.sentences))
    assert {"Kim", "Ri", "Choe"} <= set(forms)
    dependent = {s.text for s in doc.sentences if needs_context(s.text, forms)}
    assert any(t.startswith("Since 2019, Kim has") for t in dependent)
    assert any(t.startswith("In that capacity, Choe has") for t in dependent)

    assessment = assess([TREASURY])
    for st in assessment.key_judgments + assessment.indicators:
        assert st.text not in dependent, st.text
    for section in assessment.sections:
        texts = [st.text for st in section.statements]
        if len(texts) > 1:  # kept only when nothing else is there to say
            assert not set(texts) & dependent, section.key
    # the news of the release: its lede is a key judgment ...
    lede = assessment.sentences[0]
    assert lede.id in {st.evidence[0] for st in assessment.key_judgments}
    schema = load_schema("conflict")
    sections = {s.id: s.section for s in assessment.sentences}
    plain = draw_judgments(
        [doc], sections, schema, params=JudgmentParams(lead_bonus=0.0, claim_bonus=0.0)
    )
    # ... and leads them, with the news bonus or without: sanctions imposed ("OFAC today
    # sanctioned nine individuals and seven entities") are the release's decisive news
    # (round kj21), as a ceasefire signed is a report's
    with_bonus = [st.evidence[0] for st in assessment.key_judgments]
    without = [st.evidence[0] for st in plain.key_judgments]
    assert with_bonus[0] == lede.id
    assert without[0] == lede.id
