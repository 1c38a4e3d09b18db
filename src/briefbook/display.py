"""The briefing as data parts: what the notebook displays and the templates render.

Every part of the briefing (cover, bottom line, one per schema section, indicators,
tables, charts, sources, method) is a plain JSON dict built here from an
:class:`~briefbook.model.Assessment`. :func:`show` displays a part as a rich mime bundle:
``application/vnd.briefbook.part+json`` carries the data (the nbconvert template
``templates/briefing/`` renders the briefing from it, with jinja2 autoescape) and
``text/html`` is the same part rendered by the same jinja macros, for JupyterLab.

Source text is data: no string built here is ever markup; escaping is the templates' job
and they escape everything.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from briefbook.model import Assessment, Statement
from briefbook.tradecraft import (
    ADMIRALTY_CREDIBILITY,
    ADMIRALTY_RELIABILITY,
    CONFIDENCE_MEANING,
    LIKELIHOOD_SCALE,
    admiralty_grade,
    likelihood_band,
)

PART_MIME = "application/vnd.briefbook.part+json"
PAGE_SIZES = ("A4", "Letter")
# Banner colours of common markings (US CAPCO colours); anything else is dark grey.
MARKING_CLASSES = (
    ("TOP SECRET", "ts"),
    ("SECRET", "s"),
    ("CONFIDENTIAL", "c"),
    ("CUI", "cui"),
    ("UNCLASSIFIED", "u"),
)
_SENTENCE_ID = re.compile(r"^S(\d+)\.(\d+)$")
_SOURCE_ID = re.compile(r"^S(\d+)$")
_CLOSED = re.compile("[.!?][\"'\u201d\u2019)\\]]+$")  # ends with a full stop inside quotes


@dataclass
class Briefing:
    """One issue: the assessment plus what the cover and the page furniture print."""

    assessment: Assessment
    title: str
    series: str = ""
    classification: str = "UNCLASSIFIED"
    analyst: str = ""
    date: str = ""
    page_size: str = "A4"
    schema: str = "conflict"

    def __post_init__(self) -> None:
        self.classification = " ".join(str(self.classification).split()) or "UNCLASSIFIED"
        if self.page_size not in PAGE_SIZES:
            from briefbook.errors import ParamsError

            raise ParamsError(
                f"page size {self.page_size!r} is not supported",
                key="page_size",
                hint="use A4 or Letter",
            )
        if not self.date:
            self.date = str(self.assessment.meta.get("date") or dt.date.today().isoformat())


# ---------------------------------------------------------------------------- preparing


def prepare_briefing(
    *,
    title: str,
    series: str = "",
    sources: Sequence[Any] = (),
    schema: str = "conflict",
    classification: str = "UNCLASSIFIED",
    analyst: str = "",
    date: str = "",
    page_size: str = "A4",
    assessment_path: str | Path = "",
    previous_path: str | Path = "",
    base: Path | None = None,
) -> Briefing:
    """The notebook's one call: load (or compute) the assessment and wrap it for display."""
    base = Path(base) if base is not None else Path.cwd()
    if assessment_path:
        assessment = load_assessment(_resolve(assessment_path, base))
    else:
        assessment = compute_assessment(sources, schema=schema, title=title, base=base)
    if previous_path and assessment.changes is None:
        previous = load_assessment(_resolve(previous_path, base))
        assessment.changes = compare_with_previous(previous, assessment)
    return Briefing(
        assessment=assessment,
        title=title or assessment.title,
        series=series,
        classification=classification,
        analyst=analyst,
        date=date,
        page_size=page_size,
        schema=schema or assessment.schema_name,
    )


def load_assessment(path: Path) -> Assessment:
    """Read an ``assessment.json`` written by ``briefbook run`` or ``briefbook assess``."""
    from briefbook.errors import InputError

    try:
        return Assessment.from_json(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"cannot read the assessment {Path(path).name}: {exc}",
            hint="pass the assessment.json written by briefbook run or briefbook assess",
        ) from exc


def compute_assessment(
    sources: Sequence[Any], *, schema: str, title: str, base: Path
) -> Assessment:
    """Run the offline engine on ``sources`` (paths or ``{path, label, ...}`` dicts)."""
    from briefbook.assess import assess

    return assess(source_specs(sources), schema=schema, title=title or None, base=base)


def source_specs(sources: Sequence[Any]) -> list[Any]:
    """Paths stay paths; dicts become ingest ``SourceSpec`` objects."""
    if isinstance(sources, str | Path):
        sources = [sources]
    specs: list[Any] = []
    for item in sources:
        if isinstance(item, dict):
            from dataclasses import fields

            from briefbook.ingest import SourceSpec

            known = {f.name for f in fields(SourceSpec)}
            specs.append(SourceSpec(**{k: v for k, v in item.items() if k in known}))
        else:
            specs.append(item)
    return specs


def compare_with_previous(previous: Assessment, current: Assessment) -> dict[str, Any] | None:
    """Changes since the previous issue, via the series module when it is installed."""
    try:
        from briefbook.series import compare_assessments
    except ImportError:
        return None
    return compare_assessments(previous, current)


def _resolve(path: str | Path, base: Path) -> Path:
    p = Path(path)
    return p if p.is_absolute() else base / p


# ---------------------------------------------------------------------------- helpers


def anchor_for(sentence_id: str) -> str:
    """HTML id of a cited sentence in the appendix: ``S1.4`` -> ``src-S1-4``."""
    return "src-" + re.sub(r"[^A-Za-z0-9_-]", "-", str(sentence_id))


def source_anchor(source_id: str) -> str:
    return "source-" + re.sub(r"[^A-Za-z0-9_-]", "-", str(source_id))


def sentence_order(sentence_id: str) -> tuple[int, int, str]:
    m = _SENTENCE_ID.match(str(sentence_id))
    if m:
        return int(m.group(1)), int(m.group(2)), ""
    return 1_000_000, 0, str(sentence_id)


def marking_class(classification: str) -> str:
    """CSS class suffix of a marking's banner colour (from a fixed list, never the text)."""
    upper = classification.upper()
    for word, css in MARKING_CLASSES:
        if upper.startswith(word):
            return css
    return "other"


def cite(sentence_id: str) -> dict[str, str]:
    return {"id": str(sentence_id), "anchor": anchor_for(sentence_id)}


def statement_data(statement: Statement) -> dict[str, Any]:
    """A statement as template data: body, final punctuation, likelihood, confidence, cites."""
    text = " ".join(statement.text.split())
    stop = ""
    if text and text[-1] in ".!?":
        text, stop = text[:-1], text[-1]
    elif text and not _CLOSED.search(text):
        stop = "."
    band = None
    if statement.likelihood:
        low, high = likelihood_band(statement.likelihood)
        band = f"{low:02d}\u2013{high:02d}%"
    return {
        "text": text,
        "stop": stop,
        "likelihood": statement.likelihood,
        "band": band,
        "confidence": statement.confidence,
        "hedged": bool(statement.hedged),
        "attributed_to": statement.attributed_to,
        "cites": [cite(e) for e in statement.evidence],
    }


def source_of(sentence_id: str) -> str:
    return str(sentence_id).split(".", 1)[0]


@cache
def _schema_title(name: str) -> str:
    try:
        from briefbook.schema import load_schema

        return load_schema(name).title
    except Exception:  # an unknown or custom schema still renders
        return name


def date_span(sources: Iterable[dict[str, Any]]) -> tuple[str, str] | None:
    dates = sorted(str(s["published"]) for s in sources if s.get("published"))
    if not dates:
        return None
    return dates[0], dates[-1]


def short_title(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


# ---------------------------------------------------------------------------- parts


def meta_data(b: Briefing) -> dict[str, Any]:
    a = b.assessment
    span = date_span(a.sources)
    return {
        "title": b.title,
        "short_title": short_title(b.title),
        "series": b.series,
        "date": b.date,
        "analyst": b.analyst,
        "classification": b.classification,
        "marking": marking_class(b.classification),
        "schema": b.schema,
        "schema_title": _schema_title(b.schema),
        "n_sources": len(a.sources),
        "span": list(span) if span else None,
        "n_excluded": len(a.excluded_sources),
        "page_size": b.page_size,
    }


def cover_part(b: Briefing) -> dict[str, Any]:
    return {"part": "cover", "meta": meta_data(b), "toc": []}


def bluf_part(b: Briefing) -> dict[str, Any]:
    return {
        "part": "bluf",
        "id": "bluf",
        "title": "Bottom line up front",
        "judgments": [statement_data(s) for s in b.assessment.key_judgments],
        "toc": [{"id": "bluf", "title": "Bottom line up front"}],
    }


def changes_part(b: Briefing) -> dict[str, Any] | None:
    """'Changes since <date>' from ``assessment.changes``; None when there is nothing."""
    changes = b.assessment.changes
    if not changes:
        return None
    first = bool(changes.get("first_issue"))
    since = changes.get("previous_date") or changes.get("since") or changes.get("previous")
    title = f"Changes since {since}" if since and not first else "Changes since last issue"
    groups = []
    facts = []
    for key, value in changes.items():
        if key in {"first_issue", "previous_date", "since", "previous", "summary"}:
            continue
        label = str(key).replace("_", " ").capitalize()
        if isinstance(value, list):
            groups.append({"label": label, "entries": [_change_entry(v) for v in value]})
        elif isinstance(value, dict):
            groups.append(
                {
                    "label": label,
                    "entries": [
                        {"text": f"{k}: {_plain_text(v)}", "cites": []} for k, v in value.items()
                    ],
                }
            )
        elif value is not None:
            facts.append({"label": label, "value": _plain_text(value)})
    summary = changes.get("summary")
    return {
        "part": "changes",
        "id": "changes",
        "title": title if not first else "Changes since last issue",
        "first_issue": first,
        "series": b.series,
        "summary": _plain_text(summary) if summary else "",
        "groups": groups,
        "facts": facts,
        "toc": [{"id": "changes", "title": "Changes since last issue" if first else title}],
    }


def _change_entry(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        text = value.get("text") or value.get("claim") or value.get("name") or ""
        evidence = value.get("evidence") or []
        extra = [
            f"{k}: {_plain_text(v)}"
            for k, v in value.items()
            if k not in {"text", "claim", "name", "evidence"} and v not in (None, "", [], {})
        ]
        if not text:
            text = "; ".join(extra)
            extra = []
        return {
            "text": _plain_text(text),
            "note": "; ".join(extra),
            "cites": [cite(e) for e in evidence if _SENTENCE_ID.match(str(e))],
        }
    return {"text": _plain_text(value), "note": "", "cites": []}


def _plain_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_plain_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def section_parts(b: Briefing) -> list[dict[str, Any]]:
    """One part per schema section, in schema order; empty sections say so."""
    parts = []
    for section in b.assessment.sections:
        sid = "sec-" + re.sub(r"[^A-Za-z0-9_-]", "-", section.key)
        parts.append(
            {
                "part": "section",
                "id": sid,
                "key": section.key,
                "title": section.title,
                "statements": [statement_data(s) for s in section.statements],
                "empty_text": "No reporting in the sources.",
                "toc": [{"id": sid, "title": section.title}],
            }
        )
    return parts


def indicators_part(b: Briefing) -> dict[str, Any]:
    return {
        "part": "indicators",
        "id": "indicators",
        "title": "Indicators to watch",
        "statements": [statement_data(s) for s in b.assessment.indicators],
        "empty_text": "The sources name no indicators to watch.",
        "toc": [{"id": "indicators", "title": "Indicators to watch"}],
    }


def corroboration_part(b: Briefing) -> dict[str, Any] | None:
    rows = b.assessment.corroboration
    if not rows:
        return None
    body = []
    for row in rows:
        body.append(
            [
                cell_text(row.get("claim", "")),
                cell_refs(row.get("agreeing")),
                cell_refs(row.get("disagreeing")),
                cell_text(row.get("status", "")),
            ]
        )
    return {
        "part": "table",
        "id": "corroboration",
        "title": "Corroboration",
        "caption": "Claims reported by more than one source: which sources agree and which differ.",
        "columns": [
            {"label": "Claim"},
            {"label": "Agreeing"},
            {"label": "Disagreeing"},
            {"label": "Status"},
        ],
        "rows": body,
        "note": "",
        "toc": [{"id": "corroboration", "title": "Corroboration"}],
    }


def cell_text(value: Any, *, numeric: bool = False) -> dict[str, Any]:
    return {"text": _plain_text(value) if value is not None else "", "cites": [], "num": numeric}


def cell_refs(value: Any) -> dict[str, Any]:
    """Sentence ids become citation links, source ids links to the source, the rest text."""
    if value is None or value == "":
        return {"text": "\u2013", "cites": [], "num": False}
    values = value if isinstance(value, list) else [value]
    cites, words = [], []
    for v in values:
        if isinstance(v, dict):
            v = v.get("id") or v.get("source") or _plain_text(v)
        v = str(v)
        if _SENTENCE_ID.match(v):
            cites.append(cite(v))
        elif _SOURCE_ID.match(v):
            cites.append({"id": v, "anchor": source_anchor(v)})
        else:
            words.append(v)
    return {"text": ", ".join(words), "cites": cites, "num": False}


def cited_ids(b: Briefing, extra: Iterable[str] = ()) -> list[str]:
    """Every sentence id the briefing links to, in reading order of the sources."""
    a = b.assessment
    ids: set[str] = set(extra)
    for s in [*a.key_judgments, *a.indicators]:
        ids.update(s.evidence)
    for section in a.sections:
        for s in section.statements:
            ids.update(s.evidence)
    for claim in a.claims:
        ids.update(claim.evidence)
    for entity in a.entities:
        if entity.evidence:
            ids.add(sorted(entity.evidence, key=sentence_order)[0])
    for row in a.corroboration:
        for key in ("agreeing", "disagreeing", "evidence"):
            values = row.get(key) or []
            values = values if isinstance(values, list) else [values]
            ids.update(str(v) for v in values if _SENTENCE_ID.match(str(v)))
    for entry in (a.changes or {}).values():
        if isinstance(entry, list):
            for v in entry:
                if isinstance(v, dict):
                    ids.update(str(e) for e in v.get("evidence") or [])
    return sorted(ids, key=sentence_order)


def sources_part(b: Briefing) -> dict[str, Any]:
    """The appendix: each source with its record and the sentences the briefing cites."""
    a = b.assessment
    by_id = {s.id: s for s in a.sentences}
    cited = cited_ids(b)
    per_source: dict[str, list[dict[str, Any]]] = {}
    for sid in cited:
        sentence = by_id.get(sid)
        per_source.setdefault(sentence.source if sentence else source_of(sid), []).append(
            {
                "id": sid,
                "anchor": anchor_for(sid),
                "text": " ".join(sentence.text.split()) if sentence else "",
                "heading": sentence.heading if sentence else None,
                "missing": sentence is None,
            }
        )
    records = []
    known = set()
    for src in a.sources:
        sid = str(src.get("id", ""))
        known.add(sid)
        records.append(_source_record(src, per_source.get(sid, [])))
    for sid in sorted(set(per_source) - known, key=lambda s: sentence_order(s + ".0")):
        records.append(_source_record({"id": sid, "title": "(source not listed)"}, per_source[sid]))
    excluded = [
        {"path": _plain_text(e.get("path", "")), "reason": _plain_text(e.get("reason", ""))}
        for e in a.excluded_sources
    ]
    return {
        "part": "sources",
        "id": "sources",
        "title": "Sources",
        "sources": records,
        "excluded": excluded,
        "toc": [{"id": "sources", "title": "Sources"}],
    }


def _source_record(src: dict[str, Any], sentences: list[dict[str, Any]]) -> dict[str, Any]:
    reliability = src.get("reliability")
    credibility = src.get("credibility")
    grade = admiralty_grade(reliability, credibility)
    grade_text = None
    if grade:
        rel = ADMIRALTY_RELIABILITY.get(reliability or "F", "")
        cred = ADMIRALTY_CREDIBILITY.get(int(credibility or 6), "")
        grade_text = f"{rel.lower()}; {cred.lower()}"
    sha = str(src.get("sha256") or "")
    return {
        "id": str(src.get("id", "")),
        "anchor": source_anchor(str(src.get("id", ""))),
        "title": _plain_text(src.get("title") or src.get("label") or src.get("path") or ""),
        "label": src.get("label"),
        "published": src.get("published"),
        "author": src.get("author"),
        "url": src.get("url"),
        "path": src.get("path"),
        "format": src.get("format"),
        "words": src.get("words"),
        "sha256": sha[:12],
        "grade": grade,
        "grade_text": grade_text,
        "sentences": sentences,
    }


def method_part(b: Briefing) -> dict[str, Any]:
    meta = b.assessment.meta
    engine = meta.get("engine")
    version = meta.get("engine_version") or meta.get("version")
    return {
        "part": "method",
        "id": "method",
        "title": "Method note",
        "engine": _plain_text(engine) if engine else "briefbook",
        "version": _plain_text(version) if version else "",
        "schema_title": _schema_title(b.schema),
        "likelihood": [
            {"term": term, "band": f"{low:02d}\u2013{high:02d}%"}
            for term, low, high in LIKELIHOOD_SCALE
        ],
        "confidence": [{"level": k, "meaning": v} for k, v in CONFIDENCE_MEANING.items()],
        "reliability": [{"code": k, "meaning": v} for k, v in ADMIRALTY_RELIABILITY.items()],
        "credibility": [{"code": str(k), "meaning": v} for k, v in ADMIRALTY_CREDIBILITY.items()],
        "toc": [{"id": "method", "title": "Method note"}],
    }


def heading_part(part_id: str, title: str, intro: str = "") -> dict[str, Any]:
    """A heading that groups the parts after it (tables, charts)."""
    return {
        "part": "heading",
        "id": part_id,
        "title": title,
        "intro": intro,
        "toc": [{"id": part_id, "title": title}],
    }


# ---------------------------------------------------------------------------- display


@cache
def _environment() -> Any:
    import jinja2

    from briefbook.resources import templates_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "briefing")),
        autoescape=True,
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from briefbook.render import register_filters

    register_filters(env)
    return env


def render_part_html(part: dict[str, Any], image: str | None = None) -> str:
    """The part as HTML, through the macros the nbconvert template uses (autoescaped)."""
    template = _environment().from_string(
        '{% import "macros.html.j2" as m %}<div class="briefbook-part">'
        "{{ m.part(p, image, false) }}</div>"
    )
    return template.render(p=part, image=image)


def bundle(part: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The mime bundle of a part: data for the template, HTML for JupyterLab."""
    extra = dict(extra or {})
    svg = extra.get("image/svg+xml")
    html = render_part_html(part, svg)
    return {PART_MIME: part, "text/html": html, "text/plain": _plain_summary(part), **extra}


def _plain_summary(part: dict[str, Any]) -> str:
    title = part.get("title") or part.get("meta", {}).get("title") or part["part"]
    return f"[briefbook {part['part']}] {title}"


def show(part: dict[str, Any] | None, extra: dict[str, Any] | None = None) -> None:
    """Display one part (nothing for None) as a rich output of the current cell."""
    if part is None:
        return
    from IPython.display import display as ipy_display

    ipy_display(bundle(part, extra), raw=True)


def show_cover(b: Briefing) -> None:
    show(cover_part(b))


def show_summary(b: Briefing) -> None:
    """Bottom line up front, then changes since the last issue when there are any."""
    show(bluf_part(b))
    show(changes_part(b))


def show_sections(b: Briefing) -> None:
    for part in section_parts(b):
        show(part)
    show(indicators_part(b))


def show_corroboration(b: Briefing) -> None:
    show(corroboration_part(b))


def show_appendix(b: Briefing) -> None:
    show(sources_part(b))
    show(method_part(b))


def briefing_parts(b: Briefing) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every part of the briefing in reading order, with its extra mime data (charts)."""
    from briefbook import charts, tables

    parts: list[dict[str, Any] | None] = [
        cover_part(b),
        bluf_part(b),
        changes_part(b),
        *section_parts(b),
        indicators_part(b),
        corroboration_part(b),
        tables.entities_part(b),
        tables.claims_part(b),
    ]
    done = [(p, {}) for p in parts if p is not None]
    done.append((heading_part("charts", "Charts"), {}))
    done += charts.chart_parts(b)
    done += [(sources_part(b), {}), (method_part(b), {})]
    return done
