"""Tables of the briefing: entities and quantitative claims, most important rows first.

``*_rows`` return the rows as plain dicts in briefing order; ``*_part`` turn them into
table parts (data) that the templates render with citation links; ``*_frame`` return the
same rows as pandas DataFrames for analysts working in a notebook (pandas is imported only
then: the briefing notebook itself never pays for it).
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from briefbook.analysis.numbers import spelled_number
from briefbook.analysis.quantities import vague_fits
from briefbook.data import load_data
from briefbook.ids import sentence_key, source_of
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.cites import cell_refs, cell_text
from briefbook.tradecraft import CONSEQUENTIAL_EVENTS

if TYPE_CHECKING:
    import pandas as pd

ENTITY_ROWS = 25  # rows shown in the briefing; the full list stays in assessment.json
CLAIM_ROWS = 30


# the columns of the claims table, in the briefing and in claims.csv
CLAIM_COLUMNS = (
    "quantity",
    "value",
    "counts",
    "event",
    "attributed_to",
    "hedged",
    "published",
    "sources",
    "corroboration",
    "independent_sources",
    "outlets",
    "copy_of",
    "evidence",
)


ENTITY_COLUMNS = ("name", "type", "mentions", "sources", "first_source")


def entity_rows(b: Briefing) -> list[dict[str, Any]]:
    """One dict per entity (keys :data:`ENTITY_COLUMNS`): by mentions (most first), then
    by sources, then by name (case-folded); ``first_source`` is the first sentence that
    names the entity (None without evidence)."""
    rows = []
    for e in b.assessment.entities:
        first = min(e.evidence, key=sentence_key) if e.evidence else None
        rows.append(
            {
                "name": e.name,
                "type": e.type,
                "mentions": int(e.mentions or len(e.evidence)),
                "sources": len({source_of(ev) for ev in e.evidence}),
                "first_source": first,
            }
        )
    rows.sort(key=lambda r: (-r["mentions"], -r["sources"], r["name"].casefold()))
    return rows


def entities_frame(b: Briefing) -> pd.DataFrame:
    """:func:`entity_rows` as a pandas DataFrame (columns :data:`ENTITY_COLUMNS`)."""
    import pandas as pd

    return pd.DataFrame(entity_rows(b), columns=list(ENTITY_COLUMNS))


# corroboration status -> rank in the claims table; claims no row covers come last
_STATUS_RANK = {
    "corroborated": 0,
    "contradicted": 1,
    "revised": 1,
    "unmatched": 2,
    "single-source": 2,
    # an earlier figure of a toll a later report raised (65, then 99): after the current ones
    "superseded": 3,
}


_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def is_background(claim: Any, sentence: str = "") -> bool:
    """Whether ``claim`` is a figure of a year long before its report: every year its time
    states ("in 1996", "the 1994 war") is at least ``background_years`` (data/claims.yaml)
    before its source's publication year. A toll up to now (a word of ``background_to_date``
    in its time or its ``sentence``: "since 2011", "the war that began in 2014 has killed"),
    a time with no year and an undated source are current."""
    when = str(getattr(claim, "when", None) or "")
    years = [int(y) for y in _YEAR.findall(when)]
    published = _YEAR.match(str(getattr(claim, "published", None) or "")[:4])
    if not years or published is None:
        return False
    data = load_data("claims.yaml")
    if _to_date().search(f"{when} {sentence}"):
        return False
    return max(years) <= int(published.group(0)) - int(data["background_years"])


@cache
def _to_date() -> re.Pattern[str]:
    words = load_data("claims.yaml")["background_to_date"]
    alt = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


def corroboration_by_evidence(b: Briefing) -> dict[str, dict[str, Any]]:
    """Sentence id -> the corroboration row whose figures that sentence states (a copy's
    sentences included); the first row wins when two rows name one sentence."""
    found: dict[str, dict[str, Any]] = {}
    for row in b.assessment.corroboration:
        if not isinstance(row, dict):
            continue
        ids = list(row.get("evidence") or [])
        for f in row.get("figures") or []:
            if isinstance(f, dict):
                ids += list(f.get("evidence") or []) + list(f.get("copy_evidence") or [])
        for q in row.get("quantities") or []:
            if isinstance(q, dict):
                ids += list(q.get("evidence") or [])
        for sid in ids:
            found.setdefault(str(sid), row)
    return found


def corroboration_by_figure(b: Briefing) -> dict[tuple[str, str], dict[str, Any]]:
    """(sentence id, the claim's span as stated) -> the corroboration row holding that
    figure: a sentence with figures of several events ("an 18-month siege ...; the war has
    killed tens of thousands") gives each figure its own row's status."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in b.assessment.corroboration:
        for q in (row.get("quantities") or []) if isinstance(row, dict) else []:
            if isinstance(q, dict):
                for sid in q.get("evidence") or []:
                    found.setdefault((str(sid), str(q.get("text") or "")), row)
    return found


def _own_status(row: dict[str, Any], evidence: list[str], text: str) -> str | None:
    """The status ``row`` gives the very figure ``text`` stated in ``evidence`` (its
    ``quantities`` entry), or None when the row holds no such entry (older files)."""
    for q in row.get("quantities") or []:
        if (
            isinstance(q, dict)
            and str(q.get("text") or "") == text
            and set(map(str, q.get("evidence") or [])) & set(evidence)
        ):
            return str(q.get("status") or "") or None
    return None


def copy_sources(b: Briefing) -> dict[str, str]:
    """Source id -> the source it is a copy of (a repost of one text), from the
    independent groups of the corroboration step and the rows' ``copies``."""
    meta = b.assessment.meta or {}
    groups = (meta.get("corroboration") or {}).get("independent_groups") or {}
    copies = {str(k): str(v) for k, v in groups.items() if v and str(k) != str(v)}
    for row in b.assessment.corroboration:
        for c in (row.get("copies") or []) if isinstance(row, dict) else []:
            if isinstance(c, dict) and c.get("source") and c.get("copy_of"):
                copies.setdefault(str(c["source"]), str(c["copy_of"]))
    return copies


def claim_rows(b: Briefing) -> list[dict[str, Any]]:
    """Quantitative claims in the order :data:`CLAIMS_ORDER` states, one dict per claim
    (keys :data:`CLAIM_COLUMNS`).

    ``quantity`` is the amount as the source states it ("more than 11,000", "thousands");
    ``value`` is the number behind it to sort on; for a vague amount ("scores", "thousands")
    the low end of the interval it is read as (data/numbers.yaml ``vague``: 40, 2000);
    ``corroboration`` the status of the corroboration row the claim's sentence is in
    ("corroborated", "contradicted", "unmatched"; "" when no row covers it) and
    ``independent_sources`` that row's count of independent origins, ``outlets`` its count
    of sources (outlets quoting one originator are one origin, several outlets); ``copy_of`` the source the claim's source
    copies ("" for an independent source).
    """
    by_evidence = corroboration_by_evidence(b)
    by_figure = corroboration_by_figure(b)
    copies = copy_sources(b)
    text_of = {s.id: s.text for s in b.assessment.sentences}
    rows = []
    for index, c in enumerate(b.assessment.claims):
        evidence = sorted(c.evidence, key=sentence_key)
        value = quantity_value(c.quantity)
        if c.low is not None and vague_fits(c.quantity) is not None:
            value = float(c.low)  # a vague amount: the low end it reads as ("scores" -> 40)
        # the row that holds this very figure; else (older files) one its sentence is in
        row = (
            next((by_figure[(e, c.text)] for e in evidence if (e, c.text) in by_figure), None)
            or next((by_evidence[e] for e in evidence if e in by_evidence), None)
            or {}
        )
        status = str(row.get("status") or "")
        independent = int(row.get("independent_sources") or 0)
        outlets = row.get("outlets")
        outlets = outlets if isinstance(outlets, int) and outlets > independent else independent
        own = _own_status(row, evidence, c.text)
        if own == "superseded":
            # an earlier figure of a running toll: the row's latest figure stands for it
            status = "superseded"
        if status == "corroborated" and own == "unmatched":
            # a figure of a corroborated event that no other origin states ("64" beside the
            # "11" two origins share): its own origin alone, never "corroborated"
            status, independent, outlets = "unmatched", 1, 1
        source = source_of(evidence[0]) if evidence else ""
        rows.append(
            {
                "quantity": _with_currency(quantity_as_stated(c.text, c.quantity), c),
                "value": value,
                "counts": c.counts,
                "event": c.event or "",
                "attributed_to": c.attributed_to or "",
                "hedged": bool(c.hedged),
                "published": c.published or "",
                "sources": len({source_of(ev) for ev in evidence}),
                "corroboration": status,
                "independent_sources": independent,
                "outlets": outlets,
                "copy_of": copies.get(source, ""),
                "evidence": evidence,
                "_rank": (
                    int(is_background(c, text_of.get(evidence[0], "") if evidence else "")),
                    _STATUS_RANK.get(status, len(_STATUS_RANK)),
                    -independent,
                    int(c.event not in CONSEQUENTIAL_EVENTS),
                    -value if not math.isnan(value) else math.inf,
                    int(bool(c.hedged)),
                    sentence_key(evidence[0]) if evidence else (10**6, 0, ""),
                    index,
                ),
            }
        )
    rows.sort(key=lambda r: r["_rank"])
    return [{k: r[k] for k in CLAIM_COLUMNS} for r in rows]


def claims_frame(b: Briefing) -> pd.DataFrame:
    """:func:`claim_rows` as a pandas DataFrame (columns :data:`CLAIM_COLUMNS`)."""
    import pandas as pd

    return pd.DataFrame(claim_rows(b), columns=list(CLAIM_COLUMNS))


CLAIMS_ORDER = (
    "Order: claims that other independent sources corroborate first (more sources first), "
    "then contradicted claims and revised tolls, then unmatched ones, then the earlier "
    "figures of a toll a later report raised (superseded); within each, events of "
    "consequence (" + ", ".join(CONSEQUENTIAL_EVENTS) + ") before other events, then larger "
    "numbers, then unhedged before hedged. Figures of a year long before their report (in "
    "1996) come after all current ones. A copy of another source's text is marked as such "
    "and does not corroborate it."
)


def _with_currency(amount: str, claim: Any) -> str:
    """``amount`` with the currency of a sum of money after it ("50,000,000 US dollars"),
    unless what the claim counts already names it, and a share with its per cent sign
    ("80%"); other amounts as they are."""
    unit = getattr(claim, "unit", None)
    if (
        getattr(claim, "kind", None) == "percent"
        and unit == "%"
        and amount.strip()  # no amount stated ("between 20 and 30 per cent"): no bare "%"
        and not amount.endswith("%")
    ):
        return f"{amount}%"  # "80 per cent of the people": 80%, never a count of 80 people
    if getattr(claim, "kind", None) != "money" or not unit:
        return amount
    if str(unit).lower() in str(claim.counts or "").lower():
        return amount
    return f"{amount} {unit}"


def quantity_as_stated(text: str, quantity: Any) -> str:
    """The amount with the qualifier the source put before it: "more than 11,000".

    Numbers are written with digits ("at least 7" for "at least seven"); word amounts
    such as "thousands" stay words. ``text`` is the claim's span, which starts with the
    qualifier when the source gave one.
    """
    amount = _number_text(quantity)
    qualifier = _qualifier_of(text or "")
    return f"{qualifier} {amount}" if qualifier else amount


def quantity_value(quantity: Any) -> float:
    """The number behind a claim's quantity, NaN when it has none.

    Numbers spelt out count as their value, read by the one reader of spelt-out figures
    (:func:`briefbook.analysis.numbers.spelled_number`): "seven" -> 7, "twenty-three" -> 23,
    "one hundred and five" -> 105, "two dozen" -> 24. Vague amounts count as a lower bound
    ("thousands" -> 1000, "several hundred" -> 300, "tens of thousands" -> 10000,
    "twenty-three thousands" -> 23000: each run of number words is one number).
    """
    if isinstance(quantity, bool):
        return math.nan
    if isinstance(quantity, int | float):
        return float(quantity)
    text = " ".join(str(quantity).lower().replace(",", "").split())
    try:
        return float(text)
    except ValueError:
        pass
    spelled = spelled_number(text)
    if spelled is not None:
        return spelled
    words, units = _number_words()
    value = 1.0
    seen = False
    run: list[str] = []  # number words read together: "twenty three" is 23, not 20 x 3

    def close_run() -> bool:
        nonlocal value, seen
        if run:
            number = spelled_number(" ".join(run))
            run.clear()
            if number is None:
                return False
            value *= number
            seen = True
        return True

    for token in re.split(r"[\s-]+", text.replace(" of ", " ")):
        if token in words and token not in units:
            run.append(token)
            continue
        if not close_run():
            return math.nan
        if token in _FACTORS:
            value *= _FACTORS[token]
        elif token in units:
            value *= units[token]
            seen = True
        elif token.rstrip("s") in units:
            value *= units[token.rstrip("s")]
            seen = True
        elif token:
            return math.nan
    if not close_run():
        return math.nan
    return value if seen else math.nan


_FACTORS = {"a": 1.0, "few": 2.0, "several": 3.0, "some": 1.0}
_UNITS = {"ten": 10, "dozen": 12, "score": 20, "hundred": 100, "thousand": 1000}


@cache
def _number_words() -> tuple[dict[str, int], dict[str, float]]:
    """Number words of the numbers lexicon, and the unit words of vague amounts."""
    data = load_data("numbers.yaml")
    words = {str(k).lower(): int(v) for k, v in data.get("number_words", {}).items()}
    units: dict[str, float] = {k: float(v) for k, v in _UNITS.items()}
    for k, v in data.get("scales", {}).items():
        key = str(k).lower()
        if len(key) > 2:  # "million", "billion"; not the "m"/"bn" abbreviations
            units[key.rstrip("s")] = float(v)
    return words, units


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    by_kind = load_data("numbers.yaml").get("qualifiers", {})
    qualifiers = sorted(
        {" ".join(str(q).lower().split()) for qs in by_kind.values() for q in qs},
        key=lambda q: (-len(q), q),
    )
    alts = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in qualifiers)
    return re.compile(rf"\s*({alts})\s+(?=\S)", re.IGNORECASE)


def _qualifier_of(text: str) -> str:
    m = _qualifier_pattern().match(text) if text else None
    return " ".join(m.group(1).lower().split()) if m else ""


def _number_text(value: Any) -> str:
    if isinstance(value, str):
        words, _ = _number_words()
        key = " ".join(value.lower().split())
        spelled = words.get(key) or spelled_number(key)
        if spelled is None:
            return value
        value = spelled
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def entities_part(b: Briefing, limit: int = ENTITY_ROWS) -> dict[str, Any]:
    rows = entity_rows(b)
    body = [
        [
            cell_text(r["name"]),
            cell_text(r["type"]),
            cell_text(r["mentions"], numeric=True),
            cell_refs(r["first_source"]),
        ]
        for r in rows[:limit]
    ]
    return {
        "part": "table",
        "id": "entities",
        "title": "Key entities",
        "caption": "People, organisations, countries, places, forces, weapons and vessels the "
        "sources name, by number of mentions.",
        "columns": [
            {"label": "Name"},
            {"label": "Type"},
            {"label": "Mentions", "num": True},
            {"label": "First source"},
        ],
        "rows": body,
        "empty_text": "The sources name no entities.",
        "note": _more(len(rows), limit, "entities"),
        "toc": [{"id": "entities", "title": "Key entities"}],
    }


def claims_part(b: Briefing, limit: int = CLAIM_ROWS) -> dict[str, Any]:
    rows = claim_rows(b)
    body = [
        [
            cell_text(r["quantity"], numeric=True),
            cell_text(r["counts"]),
            cell_text(r["event"] or "\u2013"),
            cell_text(r["attributed_to"] or "\u2013"),
            cell_text("hedged" if r["hedged"] else "no"),
            cell_text(_status_text(r["corroboration"], r["independent_sources"], r["outlets"])),
            _source_cell(list(r["evidence"]), r["copy_of"]),
        ]
        for r in rows[:limit]
    ]
    return {
        "part": "table",
        "id": "claims",
        "title": "Quantitative claims",
        "caption": "Numbers the sources state, the amount as stated, with what they count, "
        "who says so, whether the sentence hedges and whether other sources corroborate it. "
        + CLAIMS_ORDER,
        "columns": [
            {"label": "Quantity", "num": True},
            {"label": "Counts"},
            {"label": "Event"},
            {"label": "Attributed to"},
            {"label": "Hedged"},
            {"label": "Corroboration"},
            {"label": "Source"},
        ],
        "rows": body,
        "empty_text": "The sources state no quantitative claims.",
        "note": _more(len(rows), limit, "claims"),
        "toc": [{"id": "claims", "title": "Quantitative claims"}],
    }


def _status_text(status: str, independent: int, outlets: int = 0) -> str:
    """The claim's corroboration as a reader needs it: "corroborated (3 sources)"; a figure
    that several outlets report from one originator says so, "unmatched (3 outlets, 1
    origin)", so that it never reads as a figure no one else reports."""
    if status and outlets > max(independent, 1):
        origins = max(independent, 1)
        return f"{status} ({outlets} outlets, {origins} origin{'s' if origins != 1 else ''})"
    if status == "corroborated" and independent > 1:
        return f"corroborated ({independent} sources)"
    return status or "\u2013"


def _source_cell(evidence: list[str], copy_of: str) -> dict[str, Any]:
    """Citation links; a copy's claim says whose text it repeats: "S3, copy of S2 [S3.1]"."""
    cell = cell_refs(evidence)
    if copy_of and evidence:
        source = source_of(evidence[0])
        cell["text"] = f"{source}, copy of {copy_of}"
    return cell


def _more(total: int, limit: int, what: str) -> str:
    if total <= limit:
        return ""
    return f"{total - limit} more {what} are listed in assessment.json."
