"""The briefing as data parts: cover, bottom line up front, one part per outline section,
indicators, sources and method note. Each part is a plain JSON dict; source text is data,
never markup (escaping is the templates' job and they escape everything).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from briefbook.data import load_data
from briefbook.ids import source_of
from briefbook.model import Statement, known_published
from briefbook.presentation.appendix import SOURCES_IN_FULL, at_scale, cited_ids
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.changes import _plain_text
from briefbook.presentation.cites import (
    _band_text,
    _schema_title,
    anchor_for,
    date_span,
    marking_class,
    sentence_key,
    short_title,
    source_anchor,
    stale_note,
    statement_data,
)
from briefbook.text import alternation
from briefbook.tradecraft import (
    ADMIRALTY_CREDIBILITY,
    ADMIRALTY_RELIABILITY,
    CONFIDENCE_MEANING,
    CONFIDENCE_RULE,
    LIKELIHOOD_RULE,
    LIKELIHOOD_SCALE,
    admiralty_grade,
)

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
        # sources older than the freshness limit: the cover says so (the Sources part says
        # which, and the setting)
        "n_dated": len(((a.meta or {}).get("dated_sources") or {}).get("sources") or []),
        "page_size": b.page_size,
    }


@cache
def _relative_time() -> re.Pattern[str]:
    words = load_data("judgments.yaml")["relative_time"]
    return re.compile(
        r"(?<![\w'’-])(?:" + alternation(str(w) for w in words).replace(" ", r"\s+") + r")"
        r"(?![\w'’-])",
        re.I,
    )


@cache
def _weekday_frames() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(the weekdays, a habit word right before, a noun right after): ``weekdays`` of
    data/numbers.yaml, ``weekday_habits`` and ``weekday_nouns`` of data/judgments.yaml."""
    data = load_data("judgments.yaml")
    habits = alternation(str(w) for w in data["weekday_habits"])
    nouns = alternation(str(w) for w in data["weekday_nouns"])
    return (
        frozenset(str(w).lower() for w in load_data("numbers.yaml")["weekdays"]),
        re.compile(rf"(?<![\w'’-])(?:{habits})\s+$", re.I),
        re.compile(rf"\s+(?:{nouns})(?![\w'’-])", re.I),
    )


# words before a weekday that make it a day, capitalised at a sentence's start ("Late Friday")
_TIME_LEADS = frozenset(
    ["late", "early", "by", "since", "until", "from", "through", "before", "after", "last", "this"]
)


def _named_or_habit(text: str, m: re.Match[str]) -> bool:
    """Whether the relative time ``m`` is a weekday that names no day: inside a capitalised
    name ("the Good Friday Agreement", "since Bloody Sunday") or a habit ("every Sunday",
    "Friday prayers"). A weekday after "on", "last" or "this", or with "'s", is a day."""
    days, habit, noun = _weekday_frames()
    words = m.group(0).split()
    day = words[-1].lower().removesuffix("'s").removesuffix("’s")
    if day not in days:
        return False
    if habit.search(text, 0, m.start()) or noun.match(text, m.end()):
        return True
    if len(words) > 1 or day != words[-1].lower():
        return False  # "on Monday", "last Friday", "Monday's"
    before = re.search(r"(\S+)\s+$", text[: m.start()])
    after = re.match(r"\s+([A-Z][\w'’-]*)", text[m.end() :])
    capitalised_before = (
        before is not None
        and before.group(1)[:1].isupper()
        and before.group(1).lower() not in _TIME_LEADS
        and not re.search(r"[.,;!?:\"“]$", before.group(1))
    )
    return capitalised_before or after is not None


# a calendar date right after a weekday: "on Monday, December 8", "on Monday 8 December"
_CALENDAR_DATE = re.compile(
    r",?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
    r"Nov|Dec)\.?(?:\s+\d{1,2}(?!\d))?",
)


def as_of_dates(b: Briefing) -> Callable[[Statement], str | None]:
    """Statement -> the publication date of its first cited source when the statement holds a
    relative time ("this week", "last Friday"; ``relative_time`` in data/judgments.yaml) and
    that date is not the issue's; else None. Quoted out of its source, "this week" would be
    read as the issue's week. A weekday given with its calendar date ("on Monday, December
    8", "on Monday 8 December") is no relative time: the sentence dates itself."""
    published = {str(r.get("id")): known_published(r) for r in b.assessment.sources}
    issue = str(b.date)[:10]

    def as_of(statement: Statement) -> str | None:
        text = statement.text
        if not statement.evidence or not any(
            not _CALENDAR_DATE.match(text, m.end()) and not _named_or_habit(text, m)
            for m in _relative_time().finditer(text)
        ):
            return None  # no relative time, or each a weekday given with its date
        date = published.get(source_of(statement.evidence[0]))
        if not date or str(date)[:10] == issue:
            return None
        return str(date)[:10]

    return as_of


def _statements(b: Briefing, statements: list[Statement]) -> list[dict[str, Any]]:
    as_of = as_of_dates(b)
    return [statement_data(s, as_of(s)) for s in statements]


def cover_part(b: Briefing) -> dict[str, Any]:
    return {"part": "cover", "meta": meta_data(b), "toc": []}


def bluf_part(b: Briefing) -> dict[str, Any]:
    return {
        "part": "bluf",
        "id": "bluf",
        "title": "Bottom line up front",
        "judgments": _statements(b, b.assessment.key_judgments),
        "toc": [{"id": "bluf", "title": "Bottom line up front"}],
    }


def section_parts(b: Briefing) -> list[dict[str, Any]]:
    """One part per schema section, in schema order. A situation section is grouped by
    domain (``groups``: title and statements; a domain whose statements are all dated comes
    after those of the issue's period); an empty analytic section says what is
    missing and lists the reported facts to reason from (``to_weigh``)."""
    parts = []
    for section in b.assessment.sections:
        sid = "sec-" + re.sub(r"[^A-Za-z0-9_-]", "-", section.key)
        groups: list[dict[str, Any]] = []
        if section.role == "situation" and any(s.domain for s in section.statements):
            titles = _domain_titles()
            keys = [*titles, None]
            # stale material never leads: a domain whose every statement is dated (its
            # sources older than the issue's freshness limit) comes after those reporting
            # the issue's period, in the domain order (round front25)
            keys.sort(key=lambda k: all(s.dated for s in section.statements if s.domain == k))
            for key in keys:
                members = [s for s in section.statements if s.domain == key]
                if members:
                    groups.append(
                        {
                            "title": titles.get(key, "Other") if key else "Other",
                            "statements": _statements(b, members),
                        }
                    )
        empty_text = "No reporting in the sources."
        if section.role in ("analysis", "verdict"):
            empty_text = (
                f"No source sentence assesses this ({_lower_first(section.description)})."
                if section.description
                else "No source sentence assesses this."
            )
            if section.evidence_to_weigh:
                empty_text += " The reported facts an analyst would reason from:"
        parts.append(
            {
                "part": "section",
                "id": sid,
                "key": section.key,
                "title": section.title,
                "statements": _statements(b, section.statements),
                "groups": groups,
                "empty_text": empty_text,
                "to_weigh": _statements(b, section.evidence_to_weigh),
                "toc": [{"id": sid, "title": section.title}],
            }
        )
    return parts


@cache
def _domain_titles() -> dict[str, str]:
    """Domain key -> heading, in reading order (``data/judgments.yaml``)."""
    return {d["key"]: d["title"] for d in load_data("judgments.yaml")["domains"]}


def _lower_first(text: str) -> str:
    text = " ".join(text.split()).rstrip(".")
    return text[:1].lower() + text[1:]


def indicators_part(b: Briefing) -> dict[str, Any]:
    return {
        "part": "indicators",
        "id": "indicators",
        "title": "Indicators to watch",
        "statements": _statements(b, b.assessment.indicators),
        "empty_text": "The sources name no indicators to watch.",
        "toc": [{"id": "indicators", "title": "Indicators to watch"}],
    }


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
                "stable": (sentence.anchor or "") if sentence else "",
                "text": " ".join(sentence.text.split()) if sentence else "",
                "heading": sentence.heading if sentence else None,
                "missing": sentence is None,
            }
        )
    records = []
    known = set()
    scale = at_scale(b)
    for src in a.sources:
        sid = str(src.get("id", ""))
        known.add(sid)
        if not scale or sid in per_source:
            records.append(_source_record(src, per_source.get(sid, [])))
    for sid in sorted(set(per_source) - known, key=lambda s: sentence_key(s + ".0")):
        records.append(_source_record({"id": sid, "title": "(source not listed)"}, per_source[sid]))
    excluded = [
        {"path": _plain_text(e.get("path", "")), "reason": _plain_text(e.get("reason", ""))}
        for e in a.excluded_sources
    ]
    note = ""
    if scale:
        left = len(a.sources) - sum(1 for r in records if r["id"] in known)
        note = (
            f"{len(a.sources):,} sources with {len(a.claims):,} claims: only the "
            f"{len(cited):,} sentences that the statements and the rows shown cite are quoted "
            f"here, from {len(records):,} sources"
            + (f" (the other {left:,} sources are not listed)" if left else "")
            + "; sources.csv lists every source with its record, sentences.csv every "
            "sentence, claims.csv and corroboration.csv every row."
        )
    if len(excluded) > SOURCES_IN_FULL:
        note += (" " if note else "") + (
            f"{len(excluded):,} sources were left out: the first {SOURCES_IN_FULL} are listed "
            "below, all of them in sources.csv."
        )
        excluded = excluded[:SOURCES_IN_FULL]
    stale = stale_note(a)  # the sources the freshness limit dated (round revB26)
    if stale:
        note = stale + (" " + note if note else "")
    return {
        "part": "sources",
        "id": "sources",
        "title": "Sources",
        "sources": records,
        "excluded": excluded,
        "note": note,
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
        "published": known_published(src),  # None: shown as undated
        "author": src.get("author"),
        "publisher": src.get("publisher"),
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
    corroboration = meta.get("corroboration") or {}
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
            {"term": term, "band": _band_text(term)} for term, _low, _high in LIKELIHOOD_SCALE
        ],
        "confidence": [{"level": k, "meaning": v} for k, v in CONFIDENCE_MEANING.items()],
        "rules": [
            _plain_text(text)
            for text in (
                LIKELIHOOD_RULE,
                CONFIDENCE_RULE,
                corroboration.get("confidence_rule"),
                corroboration.get("credibility_rule"),
            )
            if text
        ],
        "reliability": [{"code": k, "meaning": v} for k, v in ADMIRALTY_RELIABILITY.items()],
        "credibility": [{"code": str(k), "meaning": v} for k, v in ADMIRALTY_CREDIBILITY.items()],
        "drafting": _drafting_note(meta.get("drafting")),
        "analyst": analyst_lines(meta.get("analyst")),
        "toc": [{"id": "method", "title": "Method note"}],
    }


def _drafting_note(drafting: Any) -> dict[str, str] | None:
    """The method note's paragraph on drafted sentences: backend, model, where the text went."""
    if not isinstance(drafting, dict) or not drafting.get("backend"):
        return None
    backend = _plain_text(drafting.get("backend"))
    model = _plain_text(drafting.get("model")) or "unnamed model"
    host = _plain_text(drafting.get("host"))
    accepted, rejected = int(drafting.get("accepted") or 0), int(drafting.get("rejected") or 0)
    where = (
        f"The sentences offered to the model were sent to {host}, outside this machine."
        if drafting.get("remote")
        else f"The model ran on this machine ({host})."
    )
    status = drafting.get("status")
    if status == "failed":
        text = (
            f"Drafting with {model} ({backend} backend, {host}) was asked for but failed; "
            "every statement here is extractive."
        )
        return {"text": text}
    text = (
        f"Statements marked Drafted were written by a language model, {model} ({backend} "
        f"backend, host {host}), from the source sentences the engine selected, and shown "
        "only when a mechanical check found every citation among the sentences offered and "
        "every figure, date, name and negation in the cited sentences, the ICD 203 rules kept, "
        "and the sentence close in meaning to its evidence. "
        f"{accepted} drafted sentence{'s' if accepted != 1 else ''} passed and "
        f"{rejected} {'were' if rejected != 1 else 'was'} rejected (drafts.jsonl lists every "
        f"prompt, reply and reason). {where}"
    )
    return {"text": text}


def analyst_lines(record: dict[str, Any] | None) -> list[str]:
    """What the method note says of the analyst's hand (empty without an analyst file):
    which parts are the analyst's, what was excluded, moved, pinned and graded, what is stale."""
    if not isinstance(record, dict):
        return []
    name = _plain_text(record.get("file") or "the analyst file")
    lines = [
        f"Parts of this briefing are the analyst's, from {name}; the rest is the engine's "
        "selection from the sources."
    ]
    judgments = [j for j in record.get("judgments") or [] if isinstance(j, dict)]
    shown = [j for j in judgments if j.get("status") in ("supported", "unsupported")]
    if shown:
        lines.append(
            f"{len(shown)} statement{'s' if len(shown) != 1 else ''} marked \u201cAnalyst\u201d "
            "are the analyst's own words. briefbook checked that each citation resolves and "
            "that every number, date and name in them appears in, or is implied by, the "
            "sentences cited; "
            + (
                "all passed."
                if all(j.get("status") == "supported" for j in shown)
                else "those marked \u201cunsupported\u201d did not (a draft)."
            )
        )

    def ids(items: Any) -> str:
        return ", ".join(
            f"{i.get('id')} ({i.get('anchor')})"
            + (f" to {i['section']}" if i.get("section") else "")
            for i in items or []
            if isinstance(i, dict)
        )

    if record.get("excluded"):
        lines.append("Sentences the analyst excluded: " + ids(record["excluded"]) + ".")
    if record.get("moved"):
        lines.append("Sentences the analyst moved: " + ids(record["moved"]) + ".")
    if record.get("pinned"):
        lines.append(
            "Sentences the analyst pinned as key judgments: " + ids(record["pinned"]) + "."
        )
    grades = [
        f"{g.get('target')} {g.get('grade')}"
        for g in record.get("grades") or []
        if isinstance(g, dict) and g.get("sources")
    ]
    if grades:
        lines.append("Admiralty grades set by the analyst: " + "; ".join(grades) + ".")
    stale = [s for s in record.get("stale") or [] if isinstance(s, dict)]
    if stale:
        lines.append(
            "Stale references in the analyst file (they match no sentence of this issue): "
            + "; ".join(f"{s.get('ref')} ({s.get('where')})" for s in stale)
            + "."
        )
    return [_plain_text(line) for line in lines]


def heading_part(part_id: str, title: str, intro: str = "") -> dict[str, Any]:
    """A heading that groups the parts after it (tables, charts)."""
    return {
        "part": "heading",
        "id": part_id,
        "title": title,
        "intro": intro,
        "toc": [{"id": part_id, "title": title}],
    }
