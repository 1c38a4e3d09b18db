"""What is drafted: the parts, and the evidence the engine offers each of them.

A part is one analytic section (every section of the outline whose role is analysis,
outlook or verdict: factors, battlefield, geopolitical, outlook, conclusion in the conflict
outline), the key judgments, or the indicators. The model sees only the sentences offered
for its part: the evidence of the engine's statements there first, then the facts the
engine lists to weigh for an empty section, then the sentences it assigned to that
section, then the evidence of the key judgments, at most ``MAX_EVIDENCE``. Each offered sentence carries its id, its source's Admiralty grade and
the other sources that corroborate it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefbook.model import Assessment, Statement

DRAFTED_ROLES = ("analysis", "outlook", "verdict")
MAX_EVIDENCE = 10
MIN_EVIDENCE = 2


@dataclass
class Part:
    """One drafting request: ``key`` is a section key, ``key_judgments`` or ``indicators``."""

    key: str
    kind: str  # "section", "key_judgments" or "indicators"
    title: str
    description: str
    minimum: int
    maximum: int
    evidence: list[dict] = field(default_factory=list)  # {id, text, grade, corroborated_by}

    @property
    def offered(self) -> dict[str, str]:
        return {e["id"]: e["text"] for e in self.evidence}


def drafting_parts(assessment: Assessment) -> list[Part]:
    """The parts of ``assessment`` to draft, each with its offered evidence (in order:
    the analytic sections present in the schema, key judgments, indicators). A part with
    fewer than ``MIN_EVIDENCE`` sentences to offer is left out."""
    texts = {s.id: " ".join(s.text.split()) for s in assessment.sentences}
    grades = {s["id"]: _grade(s) for s in assessment.sources}
    corroboration = _corroboration(assessment)

    def part(key: str, kind: str, title: str, description: str, ids: list[str]) -> Part:
        lo, hi = (3, 5) if kind == "key_judgments" else (2, 4)
        chosen = [i for i in dict.fromkeys(ids) if i in texts][:MAX_EVIDENCE]
        evidence = [
            {
                "id": i,
                "text": texts[i],
                "grade": grades.get(i.split(".")[0], "ungraded"),
                "corroborated_by": corroboration.get(i, []),
            }
            for i in chosen
        ]
        return Part(key, kind, title, description, lo, hi, evidence)

    kj_ids = _ids(assessment.key_judgments)
    parts: list[Part] = []
    for section in assessment.sections:
        if section.role not in DRAFTED_ROLES:
            continue
        assigned = [s.id for s in assessment.sentences if s.section == section.key]
        ids = _ids(section.statements) + _ids(section.evidence_to_weigh) + assigned + kj_ids
        parts.append(part(section.key, "section", section.title, section.description, ids))
    leads = [st for sec in assessment.sections for st in sec.statements[:2]]
    parts.append(part("key_judgments", "key_judgments", "Key judgments", "", kj_ids + _ids(leads)))
    outlook = [st for sec in assessment.sections if sec.role == "outlook" for st in sec.statements]
    indicator_ids = _ids(assessment.indicators) + _ids(outlook)
    parts.append(part("indicators", "indicators", "Indicators", "", indicator_ids))
    return [p for p in parts if len(p.evidence) >= MIN_EVIDENCE]


def _ids(statements: list[Statement]) -> list[str]:
    return [e for st in statements for e in st.evidence]


def _grade(source: dict) -> str:
    rel, cred = source.get("reliability"), source.get("credibility")
    if rel or cred:
        return f"{source['id']} {rel or 'X'}{cred or ''}".strip()
    return f"{source['id']} ungraded"


def _corroboration(assessment: Assessment) -> dict[str, list[str]]:
    """Sentence id -> ids of the other sources' sentences cited with it by one statement."""
    statements = [st for sec in assessment.sections for st in sec.statements]
    statements += assessment.key_judgments + assessment.indicators
    found: dict[str, list[str]] = {}
    for st in statements:
        for a in st.evidence:
            for b in st.evidence:
                if a.split(".")[0] != b.split(".")[0] and b not in found.setdefault(a, []):
                    found[a].append(b)
    return found


__all__ = ["DRAFTED_ROLES", "Part", "drafting_parts"]
