"""The drafting checker: a drafted line is shown only when its evidence carries it.

``parse_line`` splits ``"... text [S1.8, S2.3]"`` into text and cited ids;
``check_line`` runs every rule and returns a :class:`Verdict` with the reasons it failed:

1. the line ends with citations, and every cited id is one of the ids offered;
2. the shared checker (:func:`briefbook.assessment.checker.check_statement`, the one the
   analyst's own judgments pass): every number, date, name, entity and negation of the
   sentence is in the cited sentences, so the inference adds none; no stance, outcome or
   event word opposes theirs ("welcomed" where they say "condemned"), and every such verb
   stated as a past event is carried by them (``absent_predicates``, which the analyst's
   judgments do not take: :mod:`briefbook.assessment.predicates`);
   likelihood words only from the ICD 203 list, never with a confidence in one sentence;
3. a key judgment carries an ICD 203 term or a confidence;
4. the support score, the cosine of the WordLlama embeddings of the sentence and of its
   cited sentences, is at least ``threshold`` (calibrated by ``benchmarks/eval_drafts.py``).

The checker only rejects; it never rewrites a sentence or adds a citation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from briefbook.analysis.embeddings import embed
from briefbook.assessment.checker import check_statement
from briefbook.model import Sentence
from briefbook.tradecraft import LIKELIHOOD_TERMS

# calibrated on the calibration half of benchmarks/data/checker_labels.yaml
SUPPORT_THRESHOLD = 0.47

_CITES = re.compile(r"\s*[\[(]\s*(S\d+\.\d+(?:\s*[,;]\s*S\d+\.\d+)*)\s*[\])]\s*[.;]?\s*$")
_ID = re.compile(r"S\d+\.\d+")
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")
_LIKELIHOOD = re.compile(
    r"\b("
    + "|".join(re.escape(t) for t in sorted(LIKELIHOOD_TERMS, key=len, reverse=True))
    + r")(?:ly)?\b",  # "almost certainly" is the adverb of "almost certain"
    re.IGNORECASE,
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
    return check_lines([line], offered, judgment=judgment, threshold=threshold)[0]


def check_lines(
    lines: Sequence[str],
    offered: Mapping[str, str],
    *,
    judgment: bool = False,
    threshold: float = SUPPORT_THRESHOLD,
) -> list[Verdict]:
    """:func:`check_line` for every line of one reply (the embeddings in one batch)."""
    verdicts = [_hard_checks(line, offered, judgment=judgment) for line in lines]
    scored = [v for v in verdicts if v.evidence and all(c in offered for c in v.evidence)]
    scored = [
        v for v in scored if "no citation" not in v.reasons and "not a sentence" not in v.reasons
    ]
    scores = support_scores([(_plain(v.text), [offered[c] for c in v.evidence]) for v in scored])
    for v, score in zip(scored, scores, strict=True):
        v.support = score
        if score < threshold:
            v.reasons.append(f"support {score:.2f} below {threshold:.2f}")
    return verdicts


def _hard_checks(line: str, offered: Mapping[str, str], *, judgment: bool) -> Verdict:
    """Every rule but the support score."""
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
    sentences = [Sentence(id=i, source=i.split(".")[0], text=t) for i, t in offered.items()]
    cited_line = f"{text} [{', '.join(verdict.evidence)}]"
    result = check_statement(cited_line, sentences, require_citations=True, absent_predicates=True)
    verdict.reasons.extend(result.reasons)
    _grade(verdict)
    if judgment and not verdict.likelihood and not verdict.confidence:
        verdict.reasons.append("key judgment without an ICD 203 term or a confidence")
    return verdict


def _grade(verdict: Verdict) -> None:
    """The statement's likelihood and confidence, as its text states them."""
    term = _LIKELIHOOD.search(verdict.text)
    conf = _CONFIDENCE.search(verdict.text)
    if term and not conf:
        verdict.likelihood = term.group(1).lower()
    if conf and not term:
        level = (conf.group(1) or "moderate").lower()
        verdict.confidence = "moderate" if level == "medium" else level


def support_score(text: str, evidence: Sequence[str]) -> float:
    """Cosine of the embeddings of ``text`` and of its evidence joined (0..1 in practice)."""
    return support_scores([(text, evidence)])[0]


def support_scores(pairs: Sequence[tuple[str, Sequence[str]]]) -> list[float]:
    """:func:`support_score` of many (text, evidence) pairs, embedded in one batch."""
    if not pairs:
        return []
    texts = [t for text, ev in pairs for t in (text, " ".join(ev))]
    vectors = embed(texts)
    return [float(np.dot(vectors[2 * i], vectors[2 * i + 1])) for i in range(len(pairs))]


def _plain(text: str) -> str:
    """The sentence without its estimative frame ("We assess with high confidence that")."""
    text = _ESTIMATIVE.sub("", text.strip())
    text = _CONFIDENCE.sub("", text)
    return " ".join(text.split())


__all__ = [
    "SUPPORT_THRESHOLD",
    "Verdict",
    "check_line",
    "check_lines",
    "parse_line",
    "reply_lines",
    "support_score",
    "support_scores",
]
