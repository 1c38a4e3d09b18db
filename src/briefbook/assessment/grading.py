"""How statements are graded: ICD 203 likelihood from estimative language, confidence from the
sources behind the evidence, sourcing doubt. The rule texts printed in every briefing's
method note are in :mod:`briefbook.tradecraft`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefbook.analysis.hedges import claim_in_other_sense
from briefbook.tradecraft import LIKELIHOOD_TERMS

__all__ = [
    "Grade",
    "confidence_for_evidence",
    "grade_statement",
    "likelihood_for_evidence",
    "likelihood_from_hedges",
    "sourcing_doubt",
]

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

# A cue is an estimate of the statement only when it governs its clause. Not when it is an
# attributive adjective inside a noun phrase ("the most likely form of attack" describes a
# fact) or a parenthetical on a phrase ("a meeting in the United States, likely in Miami").
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|most|more|less|least)\s+(?:\w+\s+)?$", re.I
)
_NOUN_AFTER = re.compile(
    r"^\s+(?!(?:to|that|than|not|be|been|being|is|are|was|were|if|when|because|and|or|but|in|at|on|by|from|with|for)\b)[a-z][\w-]*",
)
_PARENTHETICAL_BEFORE = re.compile(r",\s*(?:most\s+|very\s+|quite\s+|highly\s+)?$")
_PARENTHETICAL_AFTER = re.compile(
    r"^\s*(?:in|at|on|from|near|by|around|after|before|during|with|within|between|among|through|via|for|under|over)\b|^\s*,",
    re.I,
)


def _in_scope(low: str, start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` of ``low`` governs its clause (see above)."""
    before, after = low[:start], low[end:]
    adjective = re.search(r"(?:likely|probable|improbable|certain)$", low[start:end])
    if adjective and _ATTRIBUTIVE_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return False
    return not (_PARENTHETICAL_BEFORE.search(before) and _PARENTHETICAL_AFTER.match(after))


@cache  # pure, and asked again for a sentence that is evidence of several statements
def likelihood_from_hedges(text: str) -> str | None:
    """The ICD 203 term the strongest ESTIMATIVE cue of ``text`` expresses, or None.

    Estimative language only ("almost certainly", "very likely", "likely", "probably",
    "expected to", "roughly even chance", "unlikely", "probably not", "remote chance" ...):
    bare modals (may, could, might), "possible" / "potential" and sourcing hedges
    ("alleged", "reportedly") give None. A cue counts only where it governs its clause: not
    as an adjective inside a noun phrase ("the most likely form of attack" states a fact) nor
    as a parenthetical on a phrase ("a meeting in the United States, likely in Miami").
    """
    low = text.lower()
    found: list[int] = []
    for pattern, term in _CUE_PATTERNS:  # longest cues first; a match consumes its words
        matches = list(pattern.finditer(low))
        if not matches:
            continue
        if any(_in_scope(low, m.start(), m.end()) for m in matches):
            found.append(LIKELIHOOD_TERMS.index(term))
        low = pattern.sub(lambda m: " " * len(m.group(0)), low)
    if not found:
        return None
    # the most committal cue decides: the one farthest from even chance (ties: the higher)
    index = max(found, key=lambda f: (abs(f - _EVEN), f))
    return LIKELIHOOD_TERMS[index]


def sourcing_doubt(text: str) -> bool:
    """Whether ``text`` hedges its own sourcing ("alleged", "reportedly", "claimed", "if
    confirmed", "unverified" ...): a reason for lower confidence, not a probability. "Claimed"
    taking a toll or a responsibility ("the attack claimed 26 lives") doubts nothing
    (:func:`briefbook.analysis.hedges.claim_in_other_sense`)."""
    return any(not claim_in_other_sense(text, m.end(), m.group(0)) for m in _DOUBT.finditer(text))


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


@dataclass(frozen=True)
class Grade:
    """How one statement is graded: a likelihood OR a confidence, never both, and why.

    ``likelihood``: the briefing's own ICD 203 term, only for the source's own estimate;
    ``confidence``: for statements of fact and for estimates that are someone else's;
    ``source_estimate``: the term of an estimate the statement reports as its originator's;
    ``rationale``: one line naming the evidence pattern that set the grade.
    """

    likelihood: str | None
    confidence: str | None
    rationale: str
    source_estimate: str | None = None


def grade_statement(
    texts: Sequence[str],
    *,
    grades: Sequence[tuple[str | None, int | None]],
    hedged: bool,
    attributed_to: str | None,
    doubted: bool = False,
    corroborating_origins: int = 0,
) -> Grade:
    """Grade a statement from its evidence pattern.

    ``texts[0]`` is the statement's own sentence; ``grades`` one Admiralty pair per
    independent origin behind its evidence; ``attributed_to`` its originator (None = the
    source's own voice); ``corroborating_origins`` the independent origins other than its
    own that support it. Rule: estimative language that governs the sentence
    (:func:`likelihood_from_hedges`) in the source's own voice gives the likelihood (raised
    one step away from even chance when another origin corroborates it) and no confidence;
    an estimate in someone else's words is reported as theirs (``source_estimate``) and the
    statement, a fact about what they said, gets a confidence (:func:`confidence_for_evidence`);
    any other statement gets a confidence.
    """
    term = likelihood_from_hedges(texts[0]) if texts else None
    n = corroborating_origins
    others = f"{n} other independent origin{'s' if n != 1 else ''}"
    if term is not None and attributed_to is None:
        likelihood = likelihood_for_evidence(texts, corroborating_sources=n)
        why = f"own estimate '{term}'"
        if likelihood != term:
            why += f", raised to '{likelihood}' by {others}"
        elif n:
            why += f", supported by {others}"
        return Grade(likelihood=likelihood, confidence=None, rationale=why)
    confidence = confidence_for_evidence(
        grades, hedged=hedged, attributed=attributed_to is not None, doubted=doubted
    )
    origins = len(grades)
    why = f"{'reported' if attributed_to else 'stated'} fact; {origins} independent origin{'s' if origins != 1 else ''}"
    if attributed_to:
        why = f"as reported by {attributed_to}; {origins} independent origin{'s' if origins != 1 else ''}"
    if term is not None:
        why = (
            f"{attributed_to}'s own estimate '{term}', reported as theirs; " + why.split("; ", 1)[1]
        )
    if hedged:
        why += "; hedged"
    if doubted:
        why += "; sourcing doubted"
    return Grade(
        likelihood=None,
        confidence=confidence,
        rationale=f"{why} -> {confidence} confidence",
        source_estimate=term if attributed_to else None,
    )
