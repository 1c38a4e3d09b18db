"""Draft the analytic parts of an assessment, keep only what the checker lets through.

``draft_assessment(assessment, backend)`` asks the backend once per part (prompts from
``templates/prompts/*.j2``), checks every line of each reply against the sentences
offered for that part (:func:`briefbook.drafting.check.check_lines`), and puts the
accepted sentences, marked ``drafted``, before the engine's statements of that part; an
extractive statement whose evidence the drafted ones already cite gives way, every other
stays in its place. Nothing is changed for a part whose reply fails or whose lines all
fail. The returned :class:`DraftOutcome` holds the ``drafts.jsonl`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jinja2

from briefbook.drafting.audit import prompt_hash
from briefbook.drafting.backends import Backend, DraftingError, UnreachableError
from briefbook.drafting.check import SUPPORT_THRESHOLD, Verdict, check_lines, reply_lines
from briefbook.drafting.parts import Part, drafting_parts
from briefbook.model import Assessment, Statement
from briefbook.resources import templates_dir
from briefbook.tradecraft import LIKELIHOOD_TERMS

TEMPERATURE = 0.0


@dataclass
class DraftOutcome:
    """``status``: ``ok`` (every part answered), ``partial`` (some replies failed) or
    ``failed`` (the model could not be asked; the briefing is wholly extractive)."""

    status: str
    backend: str
    model: str
    host: str
    records: list[dict[str, Any]] = field(default_factory=list)
    accepted: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def warning(self) -> str | None:
        """The one warning line of the run, or None."""
        if self.status == "failed":
            return f"drafting failed ({self.errors[0]}): the briefing stays extractive"
        if self.status == "partial":
            return (
                f"drafting: {len(self.errors)} repl{'y' if len(self.errors) == 1 else 'ies'} "
                f"unusable ({self.errors[0]}): those parts stay extractive"
            )
        return None

    def meta(self, *, remote: bool) -> dict[str, Any]:
        """``assessment.meta['drafting']``, for the method note."""
        return {
            "backend": self.backend,
            "model": self.model,
            "host": self.host,
            "remote": remote,
            "status": self.status,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "threshold": SUPPORT_THRESHOLD,
        }

    def manifest(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "model": self.model,
            "host": self.host,
            "status": self.status,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "errors": list(self.errors),
        }


class Replay:
    """A backend that answers from saved ``drafts.jsonl`` records (``--reuse-drafts``)."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        first = records[0] if records else {}
        self.name = str(first.get("backend", "replay"))
        self.model = str(first.get("model", ""))
        self.host = str(first.get("host", ""))
        self.seed = int(first.get("seed", 0))
        self._by_key = {(r["part"], r["prompt_sha256"]): r for r in records}

    def answer(self, part: str, system: str, prompt: str) -> str:
        record = self._by_key.get((part, prompt_hash(system, prompt)))
        if record is None:
            raise DraftingError(f"no saved draft for part {part} with this evidence")
        if record.get("error"):
            raise DraftingError(str(record["error"]))
        return str(record.get("response") or "")


def draft_assessment(
    assessment: Assessment, backend: Backend | Replay, *, threshold: float = SUPPORT_THRESHOLD
) -> DraftOutcome:
    """Draft every part of ``assessment`` in place; return what happened (never raises for
    a model that fails: the outcome says so and the assessment stays extractive there)."""
    outcome = DraftOutcome("ok", backend.name, backend.model, backend.host)
    system = render_prompt("system.j2")
    placements: list[tuple[Part, list[Verdict]]] = []
    for part in drafting_parts(assessment):
        prompt = render_prompt(f"{part.kind}.j2", **_prompt_values(part))
        record: dict[str, Any] = {
            "part": part.key,
            "kind": part.kind,
            "backend": backend.name,
            "model": backend.model,
            "host": backend.host,
            "seed": getattr(backend, "seed", 0),
            "temperature": TEMPERATURE,
            "system": system,
            "prompt": prompt,
            "prompt_sha256": prompt_hash(system, prompt),
            "offered": [e["id"] for e in part.evidence],
            "response": None,
            "error": None,
            "lines": [],
        }
        outcome.records.append(record)
        try:
            if isinstance(backend, Replay):
                reply = backend.answer(part.key, system, prompt)
            else:
                reply = backend.complete(system, prompt)
        except UnreachableError as exc:
            record["error"] = exc.message
            outcome.errors.append(exc.message)
            outcome.status = "failed"
            outcome.accepted = outcome.rejected = 0
            return outcome  # nothing placed: the assessment is as the engine made it
        except DraftingError as exc:
            record["error"] = exc.message
            outcome.errors.append(f"{part.key}: {exc.message}")
            outcome.status = "partial"
            continue
        record["response"] = reply
        verdicts = check_lines(
            reply_lines(reply),
            part.offered,
            judgment=part.kind == "key_judgments",
            threshold=threshold,
        )
        kept = []
        for v in verdicts:
            if v.accepted and len(kept) >= part.maximum:
                v.reasons.append(f"more than {part.maximum} statements for the part")
            if v.accepted and any(v.text == k.text for k in kept):
                v.reasons.append("repeats an earlier line")
            if v.accepted:
                kept.append(v)
        record["lines"] = [v.record() for v in verdicts]
        outcome.accepted += len(kept)
        outcome.rejected += len(verdicts) - len(kept)
        placements.append((part, kept))
    for part, kept in placements:  # only once every part has been asked
        _place(assessment, part, kept)
    return outcome


def _place(assessment: Assessment, part: Part, kept: list[Verdict]) -> None:
    """Put the accepted sentences first in the part (after the analyst's own statements),
    keep the engine's statements whose evidence they do not already cite."""
    if not kept:
        return
    section = part.key if part.kind == "section" else None
    drafted = [
        Statement(
            text=v.text,
            evidence=list(v.evidence),
            likelihood=v.likelihood,
            confidence=v.confidence,
            section=section,
            score=round(v.support or 0.0, 4),
            drafted=True,
        )
        for v in kept
    ]
    cited = {e for st in drafted for e in st.evidence}

    def merged(current: list[Statement]) -> list[Statement]:
        # the analyst's own statements stay first and are never displaced
        own = [st for st in current if st.analyst]
        rest = [st for st in current if not st.analyst and not set(st.evidence) <= cited]
        return own + drafted + rest

    if part.kind == "section":
        target = assessment.section(part.key)
        target.statements = merged(target.statements)
    elif part.kind == "key_judgments":
        original = assessment.key_judgments
        cap = max(len(original), len(drafted), 5, sum(st.analyst for st in original))
        assessment.key_judgments = merged(original)[:cap]
    else:
        assessment.indicators = merged(assessment.indicators)


def without_drafts(assessment: Assessment) -> Assessment:
    """A copy of ``assessment`` holding only the engine's statements (no ``drafted`` ones):
    what an issue is compared with, so that changes between issues are the sources'."""
    import copy

    plain = copy.deepcopy(assessment)
    for section in plain.sections:
        section.statements = [st for st in section.statements if not st.drafted]
    plain.key_judgments = [st for st in plain.key_judgments if not st.drafted]
    plain.indicators = [st for st in plain.indicators if not st.drafted]
    return plain


def _prompt_values(part: Part) -> dict[str, Any]:
    return {
        "title": part.title,
        "description": part.description,
        "evidence": part.evidence,
        "minimum": part.minimum,
        "maximum": part.maximum,
        "likelihood_terms": LIKELIHOOD_TERMS,
    }


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "prompts")),
        autoescape=False,  # plain-text prompts, never HTML  # noqa: S701
        keep_trailing_newline=False,
        undefined=jinja2.StrictUndefined,
    )


def render_prompt(name: str, **values: Any) -> str:
    """Render ``templates/prompts/<name>`` (plain text)."""
    return _environment().get_template(name).render(**values).strip() + "\n"


__all__ = ["DraftOutcome", "Replay", "draft_assessment", "render_prompt", "without_drafts"]
