"""The checker: a drafted line is shown only when its evidence carries it.

``parse_line`` splits ``"... text [S1.8, S2.3]"`` into text and cited ids;
``check_line`` runs every rule and returns a :class:`Verdict` with the reasons it failed:

1. the line ends with citations, and every cited id is one of the ids offered;
2. estimative language: likelihood words only from the ICD 203 list, never together with
   a confidence in one sentence; a key judgment carries one of them;
3. every figure, date, proper name and negation of the sentence is in the cited
   sentences (:mod:`briefbook.drafting.facts`), so the inference adds none;
4. the support score, the cosine of the sentence's and the cited sentences' WordLlama
   embeddings, is at least ``threshold`` (calibrated by ``benchmarks/eval_checker.py``).

The checker only rejects; it never rewrites a sentence or adds a citation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from briefbook.analysis.embeddings import embed
from briefbook.data import load_data
from briefbook.drafting.facts import unsupported
from briefbook.tradecraft import LIKELIHOOD_TERMS

# calibrated on the calibration half of benchmarks/data/checker_labels.yaml
SUPPORT_THRESHOLD = 0.5

_WORDS = load_data("drafting.yaml")
NOT_ICD = tuple(_WORDS["not_icd_likelihood"])
_CITES = re.compile(r"\s*[\[(]\s*(S\d+\.\d+(?:\s*[,;]\s*S\d+\.\d+)*)\s*[\])]\s*[.;]?\s*$")
_ID = re.compile(r"S\d+\.\d+")
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")
_LIKELIHOOD = re.compile(
    r"\b("
    + "|".join(re.escape(t) for t in sorted(LIKELIHOOD_TERMS, key=len, reverse=True))
    + r")(?:ly)?\b",  # "almost certainly" is the adverb of "almost certain"
    re.IGNORECASE,
)
_NOT_ICD = re.compile(
    r"(?<!almost )\b(" + "|".join(re.escape(t) for t in NOT_ICD) + r")\b", re.IGNORECASE
)
_CONFIDENCE = re.compile(
    r"\b(?:with\s+)?(low|moderate|medium|high)[- ]confidence\b|\b(?:low|moderate|high)ly confident\b",
    re.IGNORECASE,
)
_ESTIMATIVE = re.compile(
    r"^(?:we\s+(?:assess|judge|estimate)\s+(?:with\s+\w+\s+confidence\s+)?(?:that\s+)?)",
    re.IGNORECASE,
)


@dataclass
class Verdict:
    """The checker's answer for one line. ``text`` has no citations; ``reasons`` is empty
    when the line may be shown."""

    line: str
    text: str
    evidence: list[str] = field(default_factory=list)
    likelihood: str | None = None
    confidence: str | None = None
    support: float | None = None
    reasons: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not self.reasons

    def record(self) -> dict:
        return {
            "line": self.line,
            "text": self.text,
            "evidence": self.evidence,
            "likelihood": self.likelihood,
            "confidence": self.confidence,
            "support": None if self.support is None else round(self.support, 4),
            "accepted": self.accepted,
            "reasons": self.reasons,
        }


def parse_line(line: str) -> tuple[str, list[str]]:
    """``"- text [S1.8, S2.3]."`` -> ``("text.", ["S1.8", "S2.3"])``; no citations -> []."""
    line = _BULLET.sub("", line.strip())
    m = _CITES.search(line)
    if not m:
        return line, []
    text = line[: m.start()].rstrip()
    if text and text[-1] not in ".!?":
        text += "."
    return text, _ID.findall(m.group(1))


def reply_lines(reply: str) -> list[str]:
    """The non-empty lines of a reply, without code fences."""
    return [ln for ln in (x.strip() for x in reply.splitlines()) if ln and not ln.startswith("```")]


def check_line(
    line: str,
    offered: Mapping[str, str],
    *,
    judgment: bool = False,
    threshold: float = SUPPORT_THRESHOLD,
) -> Verdict:
    """Check one drafted line against the sentences ``offered`` (id -> text).

    ``judgment``: a key judgment, which must carry an ICD 203 term or a confidence.
    """
    text, cited = parse_line(line)
    verdict = Verdict(line=line, text=text, evidence=list(dict.fromkeys(cited)))
    if not cited:
        verdict.reasons.append("no citation")
        return verdict
    if len(text.split()) < 4:
        verdict.reasons.append("not a sentence")
        return verdict
    outside = [c for c in verdict.evidence if c not in offered]
    if outside:
        verdict.reasons.append(f"citation outside the evidence: {', '.join(outside)}")
        return verdict
    verdict.reasons.extend(estimative_problems(verdict, judgment=judgment))
    cited_texts = [offered[c] for c in verdict.evidence]
    verdict.reasons.extend(unsupported(_plain(text), cited_texts))
    verdict.support = support_score(_plain(text), cited_texts)
    if verdict.support < threshold:
        verdict.reasons.append(f"support {verdict.support:.2f} below {threshold:.2f}")
    return verdict


def estimative_problems(verdict: Verdict, *, judgment: bool) -> list[str]:
    """ICD 203 rules; sets ``verdict.likelihood`` and ``verdict.confidence``."""
    problems: list[str] = []
    text = verdict.text
    terms = [m.group(1).lower() for m in _LIKELIHOOD.finditer(text)]
    loose = sorted({m.group(1).lower() for m in _NOT_ICD.finditer(text)})
    conf = [m.group(1).lower() if m.group(1) else "" for m in _CONFIDENCE.finditer(text)]
    if loose:
        problems.append(f"likelihood word not in ICD 203: {', '.join(loose)}")
    if len(set(terms)) > 1:
        problems.append(f"more than one likelihood term: {', '.join(sorted(set(terms)))}")
    if terms and conf:
        problems.append("likelihood and confidence in one sentence")
    if terms:
        verdict.likelihood = terms[0]
    if conf:
        level = conf[0] or "moderate"
        verdict.confidence = "moderate" if level == "medium" else level
    if judgment and not terms and not conf:
        problems.append("key judgment without an ICD 203 term or a confidence")
    return problems


def support_score(text: str, evidence: Sequence[str]) -> float:
    """Cosine of the embeddings of ``text`` and of its evidence joined (0..1 in practice)."""
    vectors = embed([text, " ".join(evidence)])
    return float(np.dot(vectors[0], vectors[1]))


def _plain(text: str) -> str:
    """The sentence without its estimative frame ("We assess with high confidence that")."""
    text = _ESTIMATIVE.sub("", text.strip())
    text = _CONFIDENCE.sub("", text)
    return " ".join(text.split())


__all__ = [
    "SUPPORT_THRESHOLD",
    "Verdict",
    "check_line",
    "estimative_problems",
    "parse_line",
    "reply_lines",
    "support_score",
]
