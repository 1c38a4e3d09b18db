"""A corroborated event with a figure no other origin shares (invented rows of the shape a
new-analyst trial misread: one source's "11" confirmed by a second origin, and the same
source's own "64" in that row): the lone figure is no corroborated claim, and the row's
figures read "or", never "and" as if they confirmed each other."""

from __future__ import annotations

import re

from briefbook.analysis.claims import find_claims
from briefbook.model import Assessment, Section, Sentence
from briefbook.presentation import tables
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.corroboration import corroboration_part
from briefbook.presentation.show import render_part_html

_TEXTS = {
    "S1.1": "A strike on a launch off the cape killed 9 people on Monday.",
    "S2.1": "The navy's strike off the cape on Monday left 9 people dead.",
    "S2.2": "The navy has killed 40 people off the cape.",
}


def _quantity(sid: str, status: str) -> dict:
    (claim,) = find_claims(_TEXTS[sid], sid, published="2026-05-05")
    return {
        "figure": claim.text,
        "quantity": claim.quantity,
        "text": claim.text,
        "source": sid.split(".")[0],
        "group": sid.split(".")[0],
        "status": status,
        "evidence": [sid],
    }


def _briefing(statuses: dict[str, str]) -> Briefing:
    claims = [c for sid, t in _TEXTS.items() for c in find_claims(t, sid, published="2026-05-05")]
    quantities = [_quantity(sid, st) for sid, st in statuses.items()]
    figures: dict[str, dict] = {}
    for q in quantities:
        fig = figures.setdefault(
            q["figure"],
            {"figure": q["figure"], "status": q["status"], "groups": [], "evidence": []},
        )
        fig["groups"].append(q["group"])
        fig["evidence"] += q["evidence"]
    row = {
        "status": "corroborated",
        "what": "people killed",
        "counts": "people",
        "event": "killed",
        "quantities": quantities,
        "figures": list(figures.values()),
        "agreeing": ["S1", "S2"],
        "disagreeing": [],
        "independent_sources": 2,
        "outlets": 2,
        "evidence": sorted(statuses),
    }
    assessment = Assessment(
        title="Test",
        schema_name="conflict",
        sources=[
            {"id": s, "title": f"Report {s}", "label": None, "published": "2026-05-05"}
            for s in ("S1", "S2")
        ],
        sentences=[Sentence(id=i, source=i.split(".")[0], text=t) for i, t in _TEXTS.items()],
        sections=[Section("context", "Situation")],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=claims,
        corroboration=[row],
        meta={"date": "2026-05-06"},
    )
    return Briefing(assessment=assessment, title="Test")


def _status_of(b: Briefing, sid: str) -> tuple[str, int]:
    row = next(r for r in tables.claim_rows(b) if r["evidence"] == [sid])
    return row["corroboration"], row["independent_sources"]


def test_a_figure_no_other_origin_shares_is_not_corroborated():
    b = _briefing({"S1.1": "corroborated", "S2.1": "corroborated", "S2.2": "unmatched"})
    assert _status_of(b, "S2.2") == ("unmatched", 1)
    assert _status_of(b, "S1.1") == ("corroborated", 2)
    (row,) = corroboration_part(b)["rows"]
    assert row["joiner"] == "or"
    text = " ".join(re.sub(r"<[^>]+>", " ", render_part_html(corroboration_part(b))).split())
    assert re.search(r"9 people \[S1\.1\] \[S2\.1\] or 40 people \[S2\.2\]", text), text


def test_figures_that_all_confirm_each_other_still_read_and():
    # guard: every figure of the row shared by two origins
    b = _briefing({"S1.1": "corroborated", "S2.1": "corroborated"})
    assert _status_of(b, "S2.1") == ("corroborated", 2)
    (row,) = corroboration_part(b)["rows"]
    assert row["joiner"] == "and"
