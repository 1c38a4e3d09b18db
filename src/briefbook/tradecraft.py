"""Analytic tradecraft vocabularies: ICD 203 likelihood, confidence, Admiralty code.

Plain data, used by the engine (to grade statements), by the templates (method note)
and by params validation (Admiralty grades).
"""

from __future__ import annotations

# ICD 203 expressions of likelihood, in order, with their probability bands (percent).
LIKELIHOOD_SCALE: tuple[tuple[str, int, int], ...] = (
    ("almost no chance", 1, 5),
    ("very unlikely", 5, 20),
    ("unlikely", 20, 45),
    ("roughly even chance", 45, 55),
    ("likely", 55, 80),
    ("very likely", 80, 95),
    ("almost certain", 95, 99),
)
LIKELIHOOD_TERMS: tuple[str, ...] = tuple(term for term, _, _ in LIKELIHOOD_SCALE)

CONFIDENCE_LEVELS: tuple[str, ...] = ("low", "moderate", "high")
CONFIDENCE_MEANING: dict[str, str] = {
    "low": (
        "the evidence is scant, single-source, hedged or from sources that cannot be graded; "
        "the judgment could change with new reporting"
    ),
    "moderate": (
        "the evidence is credible and plausible but rests on few sources or is partly "
        "attributed or hedged"
    ),
    "high": (
        "the judgment rests on several independent, well-graded sources that agree, "
        "with little hedging"
    ),
}

# Claim events that matter to a bottom line (not sanctioned, shipped, funded, produced ...):
# they lift a claim in the key judgments and in the claims table.
CONSEQUENTIAL_EVENTS: tuple[str, ...] = (
    "killed",
    "wounded",
    "casualties",
    "captured",
    "detained",
    "deployed",
    "launched",
    "intercepted",
    "destroyed",
    "displaced",
    "missing",
)

# How the engine grades statements (briefbook.judgments implements these; the method note
# of every briefing prints them).
LIKELIHOOD_RULE = (
    "A likelihood term appears only where the source, in its own voice, uses estimative "
    "language that governs the statement (almost certainly, very likely, likely, probably, "
    "roughly even chance, unlikely, very unlikely, remote chance); the engine maps it to the "
    "ICD 203 term and raises it one step when another independent origin supports the "
    "statement. A hedge on one phrase (\u201cin the United States, likely in Miami\u201d) or an "
    "adjective (\u201cthe most likely form of attack\u201d) makes no estimate; an estimate made by "
    "someone the source quotes is reported as theirs, not as the briefing's. Bare modals "
    "(could, may, might) and sourcing hedges (alleged, reportedly, if confirmed) create no "
    "likelihood. A statement shows a likelihood or a confidence, never both, with the reason "
    "in its rationale."
)
CONFIDENCE_RULE = (
    "Confidence counts the independent origins behind a statement (reposts, and outlets "
    "quoting one originator, count once) and their sources' Admiralty grades, ungraded parts "
    "counting as F and 6: three or more origins of which two are graded A-C and 1-3 give high; "
    "two origins, or one graded A-B and 1-2, give moderate; otherwise low. Hedged or "
    "attributed evidence caps confidence at moderate, and a sourcing hedge in the statement "
    "lowers it one step."
)

ADMIRALTY_RELIABILITY: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
ADMIRALTY_CREDIBILITY: dict[int, str] = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


def likelihood_band(term: str) -> tuple[int, int]:
    for name, low, high in LIKELIHOOD_SCALE:
        if name == term:
            return low, high
    raise KeyError(term)


def admiralty_grade(reliability: str | None, credibility: int | None) -> str | None:
    """``B2`` style grade, or None when neither part is set."""
    if reliability is None and credibility is None:
        return None
    return f"{reliability or 'F'}{credibility or 6}"
