"""Pick the statements that matter, grade them, and draw key judgments and indicators.

For each section the candidate sentences are scored (centrality to the section and the
document by embeddings, entity and quantitative-claim density, topic-sentence position,
support from other sources) and picked greedily with maximal marginal relevance, so that
near-duplicates are not picked twice. Each statement is a source sentence, verbatim; its
evidence is its own id plus the ids of sentences in OTHER sources that say nearly the same.

Grades follow two small rules, documented in the method note:
:func:`likelihood_for_evidence` (ICD 203 term, only for probabilistic evidence) and
:func:`confidence_for_evidence` (low, moderate, high from the sources behind it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from briefbook.corroborate import (
    claim_topic,
    counts_compatible,
    independent_groups,
    normalise_event,
    quantities_agree,
    read_quantity,
)
from briefbook.embeddings import embed, normalise_rows
from briefbook.hedges import attribution
from briefbook.model import Claim, Document, Entity, Sentence, Statement
from briefbook.schema import AssessmentSchema
from briefbook.sections import none_prototypes
from briefbook.tradecraft import CONSEQUENTIAL_EVENTS, LIKELIHOOD_TERMS

__all__ = [
    "JudgmentParams",
    "Judgments",
    "confidence_for_evidence",
    "draw_judgments",
    "figures_conflict",
    "find_short_forms",
    "key_judgment_signal",
    "likelihood_for_evidence",
    "likelihood_from_hedges",
    "needs_context",
    "sourcing_doubt",
    "statement_kind",
]


@dataclass(frozen=True)
class JudgmentParams:
    per_section: int = 4  # statements per section, at most
    key_judgments: int = 5  # at most; at least 3 when there are 3 statements to draw on
    indicators: int = 5  # at most
    support_similarity: float = 0.82  # cosine above which a sentence of another source supports
    redundancy: float = 0.85  # cosine above which a candidate repeats a picked statement
    mmr_lambda: float = 0.75  # weight of the score against redundancy in the greedy pick
    boilerplate_penalty: float = 0.5  # per standard deviation of likeness to boilerplate
    signal_weight: float = 1.0  # weight of the analytic signal in a section's ranking
    record_fill: int = 2  # records (identity, legal) only fill a section up to this many
    # bottom line up front for news (documents with little analysis): the lead paragraph and
    # claims of consequence with a figure, scaled by the share of non-analytic sentences
    lead_bonus: float = 0.35
    claim_bonus: float = 0.35
    # section preference for the bottom line up front (others 1.0)
    key_preference: tuple[tuple[str, float], ...] = (("context", 0.6), ("outlook", 0.85))


@dataclass
class Judgments:
    sections: dict[str, list[Statement]] = field(default_factory=dict)
    key_judgments: list[Statement] = field(default_factory=list)
    indicators: list[Statement] = field(default_factory=list)


# ---------------------------------------------------------------------------
# grading rules

# Estimative cue -> ICD 203 term it expresses (ICD 203 pairs: almost no chance / remote; very
# unlikely / highly improbable; unlikely / improbable; roughly even chance / roughly even odds;
# likely / probable; very likely / highly probable; almost certain / nearly certain). Only
# estimative language is listed: bare modals (may, could, might), "possible" / "potential"
# and evidential words (appears) state no probability. Longer cues are matched first and
# consume their words, so "probably not" is not also "probably" and "very likely" is not
# also "likely".
_TERM_CUES: tuple[tuple[str, str], ...] = (
    ("almost no chance", "almost no chance"),
    ("no chance", "almost no chance"),
    ("almost certainly not", "almost no chance"),
    ("remote chance", "almost no chance"),
    ("remote possibility", "almost no chance"),
    ("remote prospect", "almost no chance"),
    ("remote likelihood", "almost no chance"),
    ("highly unlikely", "very unlikely"),
    ("very unlikely", "very unlikely"),
    ("highly improbable", "very unlikely"),
    ("very improbable", "very unlikely"),
    ("very likely not", "very unlikely"),
    ("probably not", "unlikely"),
    ("likely not", "unlikely"),
    ("not likely", "unlikely"),
    ("not expected to", "unlikely"),
    ("improbable", "unlikely"),
    ("unlikely", "unlikely"),
    ("doubtful", "unlikely"),
    ("almost certainly", "almost certain"),
    ("almost certain", "almost certain"),
    ("nearly certain", "almost certain"),
    ("virtually certain", "almost certain"),
    ("highly likely", "very likely"),
    ("very likely", "very likely"),
    ("highly probable", "very likely"),
    ("probably", "likely"),
    ("probable", "likely"),
    ("likely", "likely"),
    ("expected to", "likely"),
    ("roughly even chance", "roughly even chance"),
    ("roughly even odds", "roughly even chance"),
    ("even chance", "roughly even chance"),
    ("even odds", "roughly even chance"),
    ("roughly even", "roughly even chance"),
)
# "the chance(s) / prospect(s) / odds of X is / are / remain(s) remote" (ICD 203 "remote")
_REMOTE = re.compile(
    r"(?<![\w-])(?:chances?|odds|prospects?|possibility|likelihood)(?![\w-])[^.;:]{0,60}?"
    r"(?<![\w-])(?:is|are|remains?|seems?|appears?|looks?)\s+remote(?![\w-])"
)
_CUE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = ((_REMOTE, "almost no chance"),) + tuple(
    (re.compile(r"(?<![\w-])" + re.escape(cue).replace(r"\ ", r"\s+") + r"(?![\w-])"), term)
    for cue, term in sorted(_TERM_CUES, key=lambda ct: (-len(ct[0]), ct[0]))
)
# Sourcing hedges: the underlying fact itself is unconfirmed. They state no probability of
# an event, so they never create a likelihood; they lower confidence one step instead.
_DOUBT_CUES = (
    "if confirmed",
    "alleged",
    "allegedly",
    "reportedly",
    "as reported",
    "unverified",
    "unconfirmed",
    "claimed",
    "purportedly",
    "could not be independently verified",
    "not independently verified",
)
_DOUBT = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_DOUBT_CUES, key=len)[::-1])
    + r")(?![\w-])",
    re.I,
)
_EVEN = LIKELIHOOD_TERMS.index("roughly even chance")


@cache  # pure, and asked again for a sentence that is evidence of several statements
def likelihood_from_hedges(text: str) -> str | None:
    """The ICD 203 term the strongest ESTIMATIVE cue of ``text`` expresses, or None.

    Estimative language only ("almost certainly", "very likely", "likely", "probably",
    "expected to", "roughly even chance", "unlikely", "probably not", "remote chance" ...):
    bare modals (may, could, might), "possible" / "potential" and sourcing hedges
    ("alleged", "reportedly") give None.
    """
    low = text.lower()
    found: list[int] = []
    for pattern, term in _CUE_PATTERNS:  # longest cues first; a match consumes its words
        if pattern.search(low):
            found.append(LIKELIHOOD_TERMS.index(term))
            low = pattern.sub(lambda m: " " * len(m.group(0)), low)
    if not found:
        return None
    # the most committal cue decides: the one farthest from even chance (ties: the higher)
    index = max(found, key=lambda f: (abs(f - _EVEN), f))
    return LIKELIHOOD_TERMS[index]


def sourcing_doubt(text: str) -> bool:
    """Whether ``text`` hedges its own sourcing ("alleged", "reportedly", "claimed", "if
    confirmed", "unverified" ...): a reason for lower confidence, not a probability."""
    return _DOUBT.search(text) is not None


def likelihood_for_evidence(
    texts: Sequence[str], *, probabilistic: bool = True, corroborating_sources: int = 0
) -> str | None:
    """ICD 203 likelihood of a statement, or None when its evidence makes no estimate.

    Rule: a likelihood is given ONLY when the evidence sentence itself (``texts[0]``) uses
    estimative language about an event or development, and it is the term that language
    maps to: "almost certainly" -> almost certain; "very / highly likely" -> very likely;
    "likely", "probably", "expected to" -> likely; "roughly even chance / odds" -> roughly
    even chance; "unlikely", "probably not" -> unlikely; "very / highly unlikely" -> very
    unlikely; "remote chance", "almost no chance" -> almost no chance. Bare modals (could,
    may, might), "potential" / "possible" inside a noun phrase and sourcing hedges
    ("alleged", "reportedly", "claimed", "if confirmed", "unverified") make no estimate and
    give None; sourcing hedges lower confidence instead (:func:`confidence_for_evidence`).
    Corroboration by another independent group raises an EXISTING term one step (away
    from even chance; roughly even chance -> likely), it never creates one.
    ``corroborating_sources`` counts independent GROUPS other than the statement's own: a
    repost or near-copy of the same text is not corroboration. ``probabilistic=False``
    (the caller knows the evidence is not probabilistic) always gives None.
    """
    if not probabilistic or not texts:
        return None
    term = likelihood_from_hedges(texts[0])
    if term is None:
        return None
    index = LIKELIHOOD_TERMS.index(term)
    if corroborating_sources > 0:
        index = index - 1 if index < _EVEN else index + 1
    index = max(0, min(len(LIKELIHOOD_TERMS) - 1, index))
    return LIKELIHOOD_TERMS[index]


def _well_graded(reliability: str | None, credibility: int | None) -> bool:
    return (reliability or "F") in {"A", "B", "C"} and (credibility or 6) <= 3


def _strong_grade(reliability: str | None, credibility: int | None) -> bool:
    return (reliability or "F") in {"A", "B"} and (credibility or 6) <= 2


def confidence_for_evidence(
    grades: Sequence[tuple[str | None, int | None]],
    *,
    hedged: bool,
    attributed: bool,
    doubted: bool = False,
) -> str:
    """Confidence (low, moderate, high) in a statement from the sources behind its evidence.

    ``grades`` holds one Admiralty (reliability, credibility) pair per distinct independent
    source; ungraded parts count as F and 6. Rule: several (3+) independent sources of which
    at least two are well graded (A-C, 1-3) -> high; two sources, or one strongly graded
    source (A-B, 1-2) -> moderate; otherwise (one source, ungraded or poorly graded) -> low.
    Hedged or attributed evidence caps it at moderate; hedged evidence from a single source
    is low. A sourcing hedge in the statement's own sentence (``doubted``: "alleged",
    "reportedly", "claimed", "if confirmed", "unverified") lowers the result one step: it
    bears on confidence in the reporting, not on the likelihood of the event.
    """
    n = len(grades)
    good = sum(1 for r, c in grades if _well_graded(r, c))
    strong = sum(1 for r, c in grades if _strong_grade(r, c))
    if n >= 3 and good >= 2:
        level = 2
    elif n >= 2 or strong >= 1:
        level = 1
    else:
        level = 0
    if hedged or attributed:
        level = min(level, 1)
    if hedged and n <= 1:
        level = 0
    if doubted:
        level = max(0, level - 1)
    return ("low", "moderate", "high")[level]


# ---------------------------------------------------------------------------
# statements that do not read on their own

# up to two short lead phrases before the subject: "In his role, he ...", "Since October, it
# ...", "However, they ...", "Also, today, we ..."
_LEAD = r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+){0,2}"
_AUX = (
    r"is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|"
    r"did|do|also|not|means|meant|shows|showed|marks|marked|makes|made|comes|came|includes|"
    r"included|remains|remained|reflects|reflected|suggests|suggested|signals|signalled|"
    r"signaled|underscores|highlights|indicates|represents|led|prompted|follows|followed|"
    r"who|which|that|in\s+turn"
)
# personal pronouns and possessives as subject: always need their antecedent
_PERSONAL = re.compile(
    r"^\W*" + _LEAD + r"(?:he|she|they|his|her|their|its|him|them)(?![\w'’-])", re.I
)
# "It ..." unless the "it" of extraposition: "It is likely that ...", "It is instructive to"
_IT = re.compile(r"^\W*" + _LEAD + r"it(?![\w'’-])", re.I)
_EXPLETIVE_IT = re.compile(
    r"^\W*" + _LEAD + r"it\s+(?:(?:is|was|seems|seemed|appears|appeared|remains|remained|"
    r"(?:will|would|may|might|could|should|must)\s+be|has\s+been|had\s+been)\s+"
    r"(?:[\w,'’-]+\s+){0,5}?(?:that|to|whether|for|how|why|when|if|unclear|clear)"
    r"|takes?\s+(?:[\w-]+\s+){0,3}?to)(?![\w-])",
    re.I,
)
# "This is ...", "That means ...", "These are ...": a demonstrative standing as the subject
# (not a determiner: "This deployment ...", "These soldiers ...")
_DEMONSTRATIVE = re.compile(
    r"^\W*" + _LEAD + r"(?:"
    r"(?:this|that|these|those)\s+(?:(?:" + _AUX + r")(?![\w'’-])|[a-z]+ly\s|[,.;:])"
    r"|(?:this|that)\s+[a-z]+(?:ed|s)\s+(?:to|the|a|an|in|by|on|from|its|their|his|her|that|"
    r"new|further|more|significant|serious)\s"
    r")",
    re.I,
)
# "I have directed ...", "We encourage ...", "Let me be clear", "Our allies ..."
_FIRST_PERSON_LEAD = re.compile(
    r"^\W*" + _LEAD + r"(?:i|we|my|our|us|let\s+(?:me|us))(?![\w'’-])", re.I
)
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|we|We|me|us|my|My|our|Our)(?![\w'’-])")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")


# a lead phrase that points back to a role named before: "In that capacity, ...", "In this
# role, ...", "To that end, ..."
_BACK_LEAD = re.compile(
    r"^\W*(?:(?:in|with)\s+(?:that|this|such\s+an?|these|those)\s+(?:capacit(?:y|ies)|roles?|"
    r"positions?|functions?|posts?|jobs?|offices?|responsibilit(?:y|ies))|"
    r"to\s+(?:that|this)\s+end|as\s+such)\s*,",
    re.I,
)
# "Kim Myong Jin (Kim)", "Choe Chol Ryong (Choe)": a longer name and, in brackets, one of
# its own words as the short form the text then uses
_SHORT_FORM = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|de|al|bin)){1,6})"
    r"\s*\(\s*([A-Z][a-z][\w'’-]*)\s*\)"
)


def find_short_forms(text: str) -> tuple[str, ...]:
    """Single-word short forms ``text`` defines for a longer name, in order of first use:
    "Kim Myong Jin (Kim) is ..." -> ("Kim",). Only a word of the name itself counts, not
    an acronym ("Golden Triangle Bank (GTB)"): a surname alone reads ambiguously out of
    context ("Kim" for another Kim), an acronym does not."""
    found: list[str] = []
    for m in _SHORT_FORM.finditer(text):
        short = m.group(2)
        if short in m.group(1).split() and short not in found:
            found.append(short)
    return tuple(found)


def _short_subject(text: str, short_forms: Collection[str]) -> bool:
    """Whether the subject of ``text`` (after lead phrases) is one of ``short_forms`` alone."""
    if not short_forms:
        return False
    names = "|".join(re.escape(f) for f in sorted(short_forms, key=lambda f: (-len(f), f)))
    pattern = r"^\W*" + _LEAD + r"(?:" + names + r")(?:['’]s)?(?![\w'’-])(?!\s*\(|\s+[A-Z][a-z])"
    return re.search(pattern, text) is not None


def needs_context(text: str, short_forms: Collection[str] = ()) -> bool:
    """Whether ``text`` does not read on its own: its subject is an unresolved pronoun, a
    speaker that is not named, or a short form its document defined for a longer name.

    Checks the sentence-initial subject (after up to two short lead phrases such as "In his
    role," or "Since October,"): a personal pronoun or possessive ("He is one of ...", "In
    his role, he takes part ...", "They ..."), "It" other than the "it" of extraposition
    ("It is likely that ..." reads on its own), a demonstrative standing as subject ("This
    is ...", not "This deployment ..."), or a first-person subject ("I have directed ...",
    "We ...", "Let me be clear") with no speaker named in the sentence
    (:func:`briefbook.hedges.attribution`); also a quotation in the first person whose
    speaker is not named. A lead phrase pointing back to a role ("In that capacity,", "In
    this role,", "To that end,") needs context too, and so does a subject that is one of
    ``short_forms`` standing alone (:func:`find_short_forms` of the sentence's document:
    "Since 2019, Kim has ..." after "Kim Myong Jin (Kim) is ...").
    """
    if _PERSONAL.search(text) or _DEMONSTRATIVE.search(text) or _BACK_LEAD.search(text):
        return True
    if _short_subject(text, short_forms):
        return True
    if _IT.search(text) and not _EXPLETIVE_IT.search(text):
        return True
    first_lead = _FIRST_PERSON_LEAD.search(text) is not None
    quoted_first = text.lstrip()[:1] in {'"', "“"} and any(
        _FIRST_PERSON.search(q.group(0)) for q in _QUOTED.finditer(text)
    )
    if not (first_lead or quoted_first):
        return False
    speaker, _ = attribution(text)
    return speaker is None


# ---------------------------------------------------------------------------
# selection


def _facts_value(facts: Any, name: str, default: Any) -> Any:
    return getattr(facts, name, default) if facts is not None else default


def draw_judgments(
    documents: Sequence[Document],
    sections: Mapping[str, str | None],
    schema: AssessmentSchema,
    *,
    facts: Mapping[str, Any] | None = None,
    entities: Sequence[Entity] = (),
    params: JudgmentParams | None = None,
    groups: Mapping[str, str] | None = None,
    claims: Sequence[Claim] | None = None,
    vectors: np.ndarray | None = None,
) -> Judgments:
    """Statements per section, key judgments and indicators, all graded and cited.

    ``groups`` maps source id -> independent group id (reposts and near-copies share one,
    see :func:`briefbook.corroborate.independent_groups`, the default): support and
    confidence count independent groups, never sources of one group. ``claims`` are the
    quantitative claims of :func:`briefbook.analyse.analyse` (found again when None): key
    judgments include a statement carrying the most corroborated claim of consequence.
    Statements that do not read on their own (:func:`needs_context`) are never key
    judgments or indicators and fill a section only when nothing else does.
    """
    params = params or JudgmentParams()
    facts = facts or {}
    sentences: list[Sentence] = [s for d in documents for s in d.sentences]
    result = Judgments(sections={k: [] for k in schema.keys})
    if not sentences:
        return result
    docs = {d.id: d for d in documents}
    index = {s.id: i for i, s in enumerate(sentences)}
    if vectors is None:  # the embeddings of every sentence, in reading order
        vectors = embed([s.text for s in sentences])
    vectors = vectors.astype(np.float64)
    source_of = np.array([_source_number(s.source, docs) for s in sentences])
    if groups is None:
        groups = independent_groups(documents)
    mentions = _entity_mentions(entities)
    base = _base_scores(sentences, vectors, sections, facts, mentions)
    base -= params.boilerplate_penalty * _boilerplate(vectors, schema)

    # modal or estimative language marks the source's own judgment (it ranks as analysis);
    # only estimative language gives a likelihood (:func:`likelihood_for_evidence`)
    estimative = [
        bool(_facts_value(facts.get(s.id), "probabilistic", False))
        or likelihood_from_hedges(s.text) is not None
        for s in sentences
    ]
    # a subject that is a short form its document defined ("Kim" for "Kim Myong Jin")
    short_forms = {d.id: find_short_forms(" ".join(s.text for s in d.sentences)) for d in documents}
    signals = [
        _key_signal(s.text, sections.get(s.id), estimative[i], short_forms.get(s.source, ()))
        for i, s in enumerate(sentences)
    ]
    claims = _claims_of(sentences, claims)
    claims_at: dict[int, list[Claim]] = {}
    for claim in claims:
        for sid in claim.evidence:
            if sid in index:
                claims_at.setdefault(index[sid], []).append(claim)
    rank = base + params.signal_weight * np.array([sig.value for sig in signals])
    picked: dict[str, list[int]] = {}
    for key in schema.keys:
        members = [i for i, s in enumerate(sentences) if sections.get(s.id) == key]
        picked[key] = _pick_section(members, signals, rank, vectors, params)

    def make(i: int, section: str | None) -> Statement:
        s = sentences[i]
        # a sentence that gives another figure for the same event and thing contradicts the
        # statement: it is not its evidence and never counts as a source behind it
        support = [
            j
            for j in _support(i, vectors, source_of, params.support_similarity)
            if not figures_conflict(claims_at.get(i, ()), claims_at.get(j, ()))
        ]
        evidence = [s.id] + [sentences[j].id for j in support]
        own_group = groups.get(s.source, s.source)
        other_groups = sorted(
            {groups.get(sentences[j].source, sentences[j].source) for j in support} - {own_group}
        )
        fact = facts.get(s.id)
        hedges = list(_facts_value(fact, "hedges", []))
        attributed = _facts_value(fact, "attributed_to", None)
        doubted = sourcing_doubt(s.text)
        grade_by_group: dict[str, tuple[str | None, int | None]] = {}
        for sid in evidence:
            doc = docs.get(sentences[index[sid]].source)
            if doc is None:
                continue
            g = groups.get(doc.id, doc.id)
            cand = (doc.reliability, doc.credibility)
            if g not in grade_by_group or _grade_rank(cand) < _grade_rank(grade_by_group[g]):
                grade_by_group[g] = cand
        grades = [grade_by_group[g] for g in sorted(grade_by_group)]
        return Statement(
            text=s.text,
            evidence=evidence,
            likelihood=likelihood_for_evidence([s.text], corroborating_sources=len(other_groups)),
            confidence=confidence_for_evidence(
                grades,
                hedged=bool(hedges) or doubted,
                attributed=attributed is not None,
                doubted=doubted,
            ),
            section=section,
            hedged=bool(hedges) or doubted,
            attributed_to=attributed,
            score=round(float(base[i] + 0.5 * math.log1p(len(other_groups))), 4),
        )

    built: dict[int, Statement] = {}
    for key in schema.keys:
        for i in picked[key]:
            built[i] = make(i, key)
        result.sections[key] = [built[i] for i in picked[key]]

    # key judgments: from every sentence with a section (statements of the body first in
    # rank when scores tie), so a section's pick by centrality does not hide a judgment
    keys = set(schema.keys)
    candidates = {
        i: built[i] if i in built else make(i, sections.get(s.id))
        for i, s in enumerate(sentences)
        if sections.get(s.id) in keys and not signals[i].procedural and not signals[i].context
    }
    core = _core_claim_sentences(sentences, claims, groups)
    news = _news_bonus(sentences, signals, claims_at, params)
    result.key_judgments = _pick_key_judgments(
        candidates, sentences, vectors, signals, params, core=core, bonus=news
    )

    # indicators: forward-looking sentences, the outlook section first
    forward = [
        i
        for i, s in enumerate(sentences)
        if _facts_value(facts.get(s.id), "forward", False)
        and not signals[i].procedural
        and not signals[i].context
    ]
    watch = re.compile(r"(?<!\w)(monitor|watch|expand|expansion|could|may|might|will|warn)", re.I)

    def indicator_rank(i: int) -> tuple[bool, float, int]:
        bonus = 1.0 if sections.get(sentences[i].id) == "outlook" else 0.0
        bonus += 0.5 if watch.search(sentences[i].text) else 0.0
        return (signals[i].record, -(base[i] + bonus), i)

    ranked = sorted(forward, key=indicator_rank)
    picks: list[int] = []
    for i in ranked:
        if len(picks) >= params.indicators:
            break
        if any(float(vectors[i] @ vectors[j]) > params.redundancy for j in picks):
            continue
        picks.append(i)
    result.indicators = [
        built[i] if i in built else make(i, sections.get(sentences[i].id)) for i in picks
    ]
    return result


# ---------------------------------------------------------------------------
# key judgments (bottom line up front)

# evaluative / analytic language: the writer judges, weighs or explains
_ANALYTIC = re.compile(
    r"(?<![\w-])(assess\w*|judge[sd]?|likely|probabl[ey]|signal\w*|reflect\w*|suggest\w*|"
    r"indicat\w*|highlight\w*|underscor\w*|demonstrat\w*|reveal\w*|impl(?:ies|y|ication\w*)|"
    r"risk\w*|strateg\w*|escalat\w*|consequen\w*|undermin\w*|strain\w*|dependen\w*|"
    r"relian\w*|reliant|relies|rely|relied|sustain\w*|increasingly|growing|threat\w*|deter\w*|shift\w*|significan\w*|critical|crucial|"
    r"desperat\w*|leverage|isolat\w*|vulnerab\w*|impact\w*|influenc\w*|objective\w*|"
    r"intent\w*|calculus|gamble|attrition|erod\w*|weaken\w*|bolster\w*|stakes|"
    r"implicat\w*|because|therefore|thus)(?![\w-])",
    re.I,
)
# events of consequence
_CONSEQUENCE = re.compile(
    r"(?<![\w-])(deploy\w*|kill\w*|launch\w*|attack\w*|strik\w*|struck|invad\w*|"
    r"invasion|captur\w*|seiz\w*|destroy\w*|shot down|casualt\w*|wounded|dispatch\w*|"
    r"offensive|advanc\w*|retreat\w*|troops|ceasefire|war)(?![\w-])",
    re.I,
)
# "X is the head / director / representative / president of ...", "X is a PRC-based firm",
# "X, a subsidiary of Y"
_ROLES = (
    r"head|director|chief|chairman|chairwoman|chair|vice[- ]chair\w*|representative|president|"
    r"deputy|commander|general|owner|founder|ceo|officer|official|minister|ambassador|"
    r"secretary|member|manager|shareholder|spokes(?:man|woman|person)|employee|professor|"
    r"lecturer|researcher|analyst|associate|editor|correspondent|journalist|consultant|fellow|"
    r"agent|affiliate|subsidiary"
)
_IDENTITY = re.compile(
    r"(?<![\w-])(?:is|was|are|were|serves as|served as|acts as|became)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w.,'%-]+\s+){0,5}?"
    r"(?:" + _ROLES + r")\s+(?:of|for|at|to)(?![\w-])"
    r"|(?<![\w-])(?:is|was|are|were)\s+(?:(?:an?|the)\s+)?[\w.-]+[- ]based(?![\w-])"
    r"|(?<![\w-])(?:is|was)\s+(?:one\s+of|among)\s+the\s+(?:[\w.,'%-]+\s+){0,4}?"
    r"(?:" + _ROLES + r")s?(?![\w-])"
    r"|(?<![\w-])subsidiar(?:y|ies)(?![\w-])",
    re.I,
)
# a name introduced with its short form, then defined: "Golden Bank (GB) is one of ...",
# "Jane Roe (Roe) is a ..."
_DEFINITION = re.compile(
    r"^\W*[A-Z][\w.'&-]*(?:,?\s+(?:of\s+|the\s+|and\s+)?[A-Z0-9][\w.'&-]*){0,8}"
    r"\s*\([^()]{1,40}\),?\s+(?:is|are|was|were)(?![\w-])"
)
# legal and designation boilerplate: any of these makes a sentence a fact of record
_LEGAL_RECORD = re.compile(
    r"(designated pursuant to|being designated|pursuant to|(?<![\w.])E\.O\.|"
    r"executive order|property and interests in property|must be reported|"
    r"sanctions regulations|enforcement action|blocked persons|50 percent or more|"
    r"(?:sanctions|sdn)\s+list|(?<![\w-])designat(?:ed|es|ing)\s+(?:in|on|for)"
    r"(?![\w-]))",
    re.I,
)
# legal vocabulary that only weighs against a sentence
_LEGAL = re.compile(
    r"(designated pursuant to|being designated|pursuant to|(?<![\w.])E\.O\.|"
    r"executive order|property and interests in property|must be reported|"
    r"sanctions regulations|(?<![\w-])U\.S\. persons|prohibit\w*|(?<![\w-])OFAC(?![\w-])|"
    r"enforcement action|certain transactions|transactions or activities|"
    r"additional guidance|financial institutions|guidelines|(?<![\w-])advisory(?![\w-])|"
    r"(?<!\w)designat\w*)",
    re.I,
)
# text that directs the reader elsewhere (never a statement): "please see", "for additional
# guidance", "click here", "refer to", FAQ numbers, contact lines, addresses
_PROCEDURAL = re.compile(
    r"(?<![\w-])(?:please\s+(?:see|refer|visit|contact|click|read|note|consult|review)|"
    r"for\s+(?:additional|further|more|detailed)\s+(?:guidance|information|details)|"
    r"for\s+information\s+(?:on|about|concerning|regarding)|"
    r"(?:provides?|contains?|offers?)\s+(?:more|additional|further)\s+information|"
    r"click\s+here|refer\s+to(?!\s+(?:it|them|this|that)?\s*as(?![\w-]))|"
    r"see\s+(?:the\s+)?(?:updated\s+)?(?:faqs?|frequently asked questions)|"
    r"faqs?\s*#?\s*\d|frequently\s+asked\s+questions?|"
    r"media\s+(?:inquiries|enquiries)|press\s+office|"
    r"contact\s*(?::|us|the\s+press)|subscribe\s+to|sign\s+up\s+for)(?![\w-])"
    r"|[\w.+-]+@[\w-]+\.[\w.]+|https?://|(?<![\w-])www\.|\(\d{3}\)\s*\d{3}-\d{4}"
    r"|(?<!\d)\d{3}[-.]\d{3}[-.]\d{4}(?!\d)",
    re.I,
)
_ACRONYM = re.compile(r"\(\s*[A-Z][\w.&'’-]{0,11}\s*\)")
_RECORD_SIGNAL = -0.5  # below this a statement reads as a fact of record, not a judgment
_KEY_SECTIONS = frozenset({"factors", "battlefield", "geopolitical", "outlook", "conclusion"})


@dataclass(frozen=True)
class _KeySignal:
    value: float
    analytic: bool  # evaluative language and no identity or legal pattern
    event: bool = False  # an event of consequence
    record: bool = False  # identity, definition or legal designation: a fact of record
    procedural: bool = False  # directs the reader elsewhere: never a statement
    context: bool = False  # does not read on its own (unresolved pronoun, unnamed speaker)


def _key_signal(
    text: str, section: str | None, probabilistic: bool, short_forms: Collection[str] = ()
) -> _KeySignal:
    words = len(text.split())
    analytic_hits = len({m.group(1).lower() for m in _ANALYTIC.finditer(text)})
    event_hits = len({m.group(1).lower() for m in _CONSEQUENCE.finditer(text)})
    identity = _IDENTITY.search(text) is not None or _DEFINITION.search(text) is not None
    legal = len({m.group(1).lower() for m in _LEGAL.finditer(text)})
    procedural = _PROCEDURAL.search(text) is not None
    # lists of figures or names in brackets read as record, not judgment; a bracketed
    # acronym or short form ("(OFAC)", "(DPRK)") is no aside
    asides = text.count("(") - len(_ACRONYM.findall(text))
    value = 0.2 * min(analytic_hits, 3) + 0.1 * min(event_hits, 2)
    value += 0.3 if probabilistic else 0.0
    value += 0.1 if section in _KEY_SECTIONS else 0.0
    value -= 1.5 if identity else 0.0
    value -= 0.4 * min(legal, 3)
    value -= 0.15 * min(asides, 4)
    value -= 1.5 if procedural else 0.0
    if words > 60:
        value -= 0.9
    elif words > 45:
        value -= 0.5
    analytic = (analytic_hits > 0 or probabilistic) and not identity and not legal
    record = identity or _LEGAL_RECORD.search(text) is not None or value < _RECORD_SIGNAL
    return _KeySignal(
        round(value, 6),
        analytic and not procedural,
        event=event_hits > 0 and not record and not procedural,
        record=record or procedural,
        procedural=procedural,
        context=needs_context(text, short_forms),
    )


def key_judgment_signal(
    text: str, *, section: str | None = None, probabilistic: bool = False
) -> float:
    """How much ``text`` reads as a bottom-line judgment rather than a fact of record.

    Rewards evaluative language (assess, likely, signals, risks, escalation, ...), events
    of consequence (deployed, killed, launched, ...), probabilistic language and the
    analytic sections; penalises identity or definitional sentences ("X is the head of",
    "Name (N) is a ..."), legal designation language ("pursuant to", "E.O."), text that
    directs the reader elsewhere ("please see", "click here") and very long sentences.
    """
    return _key_signal(text, section, probabilistic).value


def statement_kind(text: str, *, section: str | None = None, probabilistic: bool = False) -> str:
    """What ``text`` reads as: "procedural" (directs the reader elsewhere: never a statement),
    "record" (identity, definition, legal designation: used only to fill a thin section),
    "analytic" (evaluative or probabilistic), "event" (an event of consequence) or "fact"."""
    signal = _key_signal(text, section, probabilistic)
    if signal.procedural:
        return "procedural"
    if signal.record:
        return "record"
    if signal.analytic:
        return "analytic"
    return "event" if signal.event else "fact"


def _pick_section(
    members: Sequence[int],
    signals: Sequence[_KeySignal],
    rank: np.ndarray,
    vectors: np.ndarray,
    params: JudgmentParams,
) -> list[int]:
    """A section's statements: analytic, event and plain statements first (by MMR); facts of
    record only while the section has fewer than ``record_fill``; statements that do not
    read on their own only when nothing else is there; procedural text never."""
    usable = [i for i in members if not signals[i].procedural]
    plain = [i for i in usable if not signals[i].record and not signals[i].context]
    chosen = _mmr(plain, rank, vectors, params.per_section, params)
    room = min(params.record_fill, params.per_section) - len(chosen)
    if room > 0:
        records = [i for i in usable if signals[i].record and not signals[i].context]
        chosen += _mmr(records, rank, vectors, room, params, chosen=chosen)
    if not chosen:
        rest = [i for i in usable if signals[i].context]
        chosen += _mmr(rest, rank, vectors, min(1, params.per_section), params)
    return chosen


def _pick_key_judgments(
    built: Mapping[int, Statement],
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    signals: Sequence[_KeySignal],
    params: JudgmentParams,
    *,
    core: Sequence[int] = (),
    bonus: Mapping[int, float] | None = None,
) -> list[Statement]:
    """3-5 key judgments: at most 2 per section, one per source with analysis when possible,
    and one carrying the most corroborated claim of consequence (``core``) when one reads on
    its own. ``bonus`` (sentence index -> value) lifts the news of a report (its lead, its
    claims of consequence)."""
    preference = dict(params.key_preference)
    bonus = bonus or {}
    value = {
        i: round(
            st.score * preference.get(st.section or "", 1.0) + signals[i].value + bonus.get(i, 0.0),
            6,
        )
        for i, st in built.items()
    }
    pool = sorted(built, key=lambda i: (-value[i], i))
    chosen: list[int] = []
    per_section: dict[str, int] = {}

    def take(i: int, cap: int | None) -> bool:
        sec = built[i].section or ""
        if i in chosen or (cap is not None and per_section.get(sec, 0) >= cap):
            return False
        if any(float(vectors[i] @ vectors[j]) > params.redundancy for j in chosen):
            return False
        chosen.append(i)
        per_section[sec] = per_section.get(sec, 0) + 1
        return True

    # the core fact: the best statement carrying the most corroborated claim of consequence
    carriers = [i for i in pool if i in set(core) and not signals[i].record]
    if carriers and params.key_judgments > 0:
        take(carriers[0], None)
    # coverage: the best analytic statement of each source (best sources first)
    best_of: dict[str, int] = {}
    for i in pool:
        if signals[i].analytic and sentences[i].source not in best_of:
            best_of[sentences[i].source] = i
    for i in sorted(best_of.values(), key=lambda i: (-value[i], i)):
        if len(chosen) >= params.key_judgments:
            break
        take(i, 2)
    # then the best of the rest, at most 2 per section; relaxed when fewer than 3 result;
    # statements that read as record (identity, legal language) only to reach 3
    for cap in (2, None):
        for i in pool:
            if len(chosen) >= params.key_judgments:
                break
            if signals[i].value < _RECORD_SIGNAL and len(chosen) >= 3:
                continue
            take(i, cap)
        if len(chosen) >= min(3, len(pool)):
            break
    chosen.sort(key=lambda i: (-value[i], i))
    return [built[i] for i in chosen]


_CONSEQUENTIAL_EVENTS = frozenset(CONSEQUENTIAL_EVENTS)


def _claim_key(claim: Claim) -> tuple[str, str] | None:
    """(event, counted head noun) of a claim of consequence: ("deployed", "troop")."""
    if claim.event not in _CONSEQUENTIAL_EVENTS:
        return None
    words = re.findall(r"[a-z]+", claim.counts.lower())
    if not words:
        return None
    head = words[-1]
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return (claim.event, head)


def _claims_of(sentences: Sequence[Sentence], claims: Sequence[Claim] | None) -> list[Claim]:
    """``claims`` as given, or found again in ``sentences`` when None."""
    if claims is not None:
        return list(claims)
    from briefbook.claims import find_claims

    return [c for s in sentences for c in find_claims(s.text, s.id)]


def _figure(claim: Claim) -> tuple[float, float]:
    return read_quantity(claim.quantity, claim.text)[0]


def _same_figure(a: Claim, b: Claim) -> bool:
    ia, ib = _figure(a), _figure(b)
    if math.isnan(ia[0]) or math.isnan(ib[0]):
        return str(a.quantity).lower().split() == str(b.quantity).lower().split()
    return quantities_agree(ia, ib)


def figures_conflict(statement: Sequence[Claim], other: Sequence[Claim]) -> bool:
    """Whether ``other`` (the claims of a candidate supporting sentence) contradicts
    ``statement`` (the claims of the statement's sentence): some claim of the statement has
    claims in ``other`` about the same event and a compatible counted thing
    (:func:`briefbook.corroborate.claim_topic`, :func:`~briefbook.corroborate.counts_compatible`)
    and no figure of theirs overlaps its own ("200 soldiers were killed" against "300
    soldiers were killed"; "more than 11,000 troops" does not conflict with "11,500 troops").
    Claims without an event are never in conflict: two numbers may count different things.
    """
    for a in statement:
        event, key = claim_topic(a)
        if event is None:
            continue
        mates = [
            b
            for b in other
            if claim_topic(b)[0] == event and counts_compatible(key, claim_topic(b)[1])
        ]
        if mates and not any(_same_figure(a, b) for b in mates):
            return True
    return False


# claim events that make the news of a report when they carry a figure
_NEWS_EVENTS = frozenset({"sanctioned"})


def _news_bonus(
    sentences: Sequence[Sentence],
    signals: Sequence[_KeySignal],
    claims_at: Mapping[int, Sequence[Claim]],
    params: JudgmentParams,
) -> dict[int, float]:
    """Key-judgment bonus for the news of a report: its lede (first sentence; the rest of
    the lead paragraph half as much) and claims of consequence (killed, deployed, launched,
    sanctioned ... with a figure), scaled by the share of its sentences that are NOT
    analytic, so a press release leads with its news and an analysis with its judgments."""
    rows_of: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        rows_of.setdefault(s.source, []).append(i)
    bonus: dict[int, float] = {}
    for rows in rows_of.values():
        plain = sum(1 for i in rows if not signals[i].analytic) / len(rows)
        lead = min(sentences[i].paragraph for i in rows)
        for i in rows:
            # the lede in full, the rest of the lead paragraph in half
            if i == rows[0]:
                value = params.lead_bonus
            elif sentences[i].paragraph == lead:
                value = params.lead_bonus / 2
            else:
                value = 0.0
            events = {e for c in claims_at.get(i, ()) for e in (c.event, normalise_event(c.event))}
            if events & (_CONSEQUENTIAL_EVENTS | _NEWS_EVENTS):
                value += params.claim_bonus
            if value:
                bonus[i] = round(value * plain, 6)
    return bonus


def _core_claim_sentences(
    sentences: Sequence[Sentence],
    claims: Sequence[Claim] | None,
    groups: Mapping[str, str],
) -> list[int]:
    """Indices of the sentences carrying the most corroborated claim of consequence: the
    (event, counted noun) stated in the most independent groups, at least two; none when
    no such claim is stated by two groups. Ties: more sentences, then the key's order."""
    index = {s.id: i for i, s in enumerate(sentences)}
    claims = _claims_of(sentences, claims)
    carriers: dict[tuple[str, str], set[int]] = {}
    for claim in claims:
        key = _claim_key(claim)
        rows = [index[e] for e in claim.evidence if e in index]
        if key is None or not rows:
            continue
        carriers.setdefault(key, set()).update(rows)
    best: tuple[int, int, tuple[str, str]] | None = None
    for key in sorted(carriers):
        rows = carriers[key]
        n_groups = len({groups.get(sentences[i].source, sentences[i].source) for i in rows})
        if n_groups < 2:
            continue
        rank = (n_groups, len(rows), key)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return sorted(carriers[best[2]]) if best else []


def _boilerplate(vectors: np.ndarray, schema: AssessmentSchema) -> np.ndarray:
    """How much each sentence looks like boilerplate (z-score above the mean, else 0)."""
    sims = (vectors @ none_prototypes(schema).T.astype(np.float64)).max(axis=1)
    if len(sims) < 2:
        return np.zeros(len(sims))
    sd = float(sims.std())
    return np.maximum((sims - sims.mean()) / (sd if sd > 1e-9 else 1.0), 0.0)


def _grade_rank(grade: tuple[str | None, int | None]) -> tuple[str, int]:
    return (grade[0] or "F", grade[1] or 6)


def _source_number(source: str, docs: Mapping[str, Document]) -> int:
    keys = sorted(docs)
    return keys.index(source) if source in docs else -1


def _entity_mentions(entities: Sequence[Entity]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in entities:
        for sid in e.evidence:
            counts[sid] = counts.get(sid, 0) + 1
    return counts


def _base_scores(
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    sections: Mapping[str, str | None],
    facts: Mapping[str, Any],
    mentions: Mapping[str, int],
) -> np.ndarray:
    """Importance of every sentence, before corroboration."""
    n = len(sentences)
    doc_centroid: dict[str, np.ndarray] = {}
    sec_centroid: dict[str, np.ndarray] = {}
    for key in sorted({s.source for s in sentences}):
        rows = [i for i, s in enumerate(sentences) if s.source == key]
        doc_centroid[key] = normalise_rows(vectors[rows].mean(axis=0, keepdims=True))[0]
    for key in sorted({k for k in (sections.get(s.id) for s in sentences) if k}):
        rows = [i for i, s in enumerate(sentences) if sections.get(s.id) == key]
        sec_centroid[key] = normalise_rows(vectors[rows].mean(axis=0, keepdims=True))[0]
    scores = np.zeros(n)
    first_in_paragraph = True
    for i, s in enumerate(sentences):
        first_in_paragraph = i == 0 or (
            sentences[i - 1].paragraph != s.paragraph or sentences[i - 1].source != s.source
        )
        sec = sections.get(s.id)
        central_doc = float(vectors[i] @ doc_centroid[s.source])
        central_sec = float(vectors[i] @ sec_centroid[sec]) if sec in sec_centroid else central_doc
        fact = facts.get(s.id)
        words = len(s.text.split())
        score = 1.5 * central_sec + 1.0 * central_doc
        score += 0.3 * math.log1p(mentions.get(s.id, 0))
        score += 0.3 * math.log1p(int(_facts_value(fact, "quantities", 0)))
        score += 0.2 if first_in_paragraph else 0.0
        if words < 8:
            score -= 0.5
        elif words > 60:
            score -= 0.3
        scores[i] = score
    return scores


def _mmr(
    members: Sequence[int],
    base: np.ndarray,
    vectors: np.ndarray,
    k: int,
    params: JudgmentParams,
    *,
    chosen: Sequence[int] = (),
) -> list[int]:
    """Greedy maximal-marginal-relevance pick of up to ``k`` members (ties: reading order),
    not repeating any of ``chosen`` (already picked elsewhere)."""
    earlier = list(chosen)
    picks: list[int] = []
    remaining = list(members)
    while remaining and len(picks) < k:
        best: tuple[float, int] | None = None
        for i in remaining:
            redundancy = max((float(vectors[i] @ vectors[j]) for j in earlier + picks), default=0.0)
            if redundancy > params.redundancy:
                continue
            value = params.mmr_lambda * base[i] - (1 - params.mmr_lambda) * redundancy
            if best is None or value > best[0] + 1e-12:
                best = (value, i)
        if best is None:
            break
        picks.append(best[1])
        remaining.remove(best[1])
    return picks


def _support(i: int, vectors: np.ndarray, source_of: np.ndarray, threshold: float) -> list[int]:
    """Sentences of OTHER sources that say nearly the same as sentence ``i`` (best first)."""
    sims = vectors @ vectors[i]
    mask = (source_of != source_of[i]) & (sims >= threshold)
    found = np.flatnonzero(mask)
    order = sorted(found.tolist(), key=lambda j: (-round(float(sims[j]), 6), j))
    return order[:5]
