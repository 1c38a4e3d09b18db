"""A briefing says what its freshness limit held back (review round revB26; every sentence is
invented): with most sources older than ``stale_days`` before the issue date, their events
never lead and the ones shown are marked dated, and the briefing tells the reader so: the
cover counts them, the Sources part (and ``briefbook assess``) lists which, with their dates,
which of them the briefing shows nothing of, and the setting that moves the limit. A
briefing whose sources are all fresh, or that has no issue date, says nothing of it."""

from __future__ import annotations

from tests.builders import paragraph_document

from briefbook.app.cli import format_assessment
from briefbook.assessment.build import assess_documents
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.cites import stale_note
from briefbook.presentation.parts import meta_data, sources_part

ISSUE = "2026-10-01"


def _documents(days: list[str]) -> list:
    texts = [
        (
            "Rebels seize border town of Marvesh",
            [
                "Fighters of the Kelvo Liberation Front captured the border town of Marvesh on"
                " Monday after a two-day assault, local officials said.",
                "The army withdrew its garrison toward the provincial capital of Dorat.",
            ],
        ),
        (
            "Government deploys troops to Dorat",
            [
                "The defence ministry deployed 3,000 troops to the provincial capital of Dorat"
                " on Tuesday, a spokesman said.",
            ],
        ),
        (
            "Police arrest opposition leader in Dorat",
            [
                "Police arrested opposition leader Tomas Arvane at his home in Dorat on"
                " Thursday, his party said.",
            ],
        ),
        (
            "Army launches Operation Iron Gate",
            [
                "The army launched Operation Iron Gate on Sunday to retake the border town of"
                " Marvesh, the defence ministry said.",
                "Residents said several villages near Marvesh were burning.",
            ],
        ),
        (
            "Army enters outskirts of Marvesh",
            [
                "Government forces entered the outskirts of Marvesh on Monday, the army said.",
                "The United Nations said 14,000 people had fled the area in the past week.",
            ],
        ),
    ]
    return [
        paragraph_document(f"S{n}", lines, title, published=day)
        for n, ((title, lines), day) in enumerate(zip(texts, days, strict=True), 1)
    ]


OLD_AND_NEW = ["2026-02-03", "2026-03-10", "2026-04-02", "2026-09-14", "2026-09-29"]


def _briefing(days: list[str], issue: str | None = ISSUE, stale_days: int | None = None):
    assessment = assess_documents(_documents(days), issue_date=issue, stale_days=stale_days)
    return assessment, Briefing(assessment=assessment, title="Marvesh")


def test_the_sources_part_says_which_sources_the_limit_dated_and_the_setting() -> None:
    assessment, b = _briefing(OLD_AND_NEW)
    record = assessment.meta["dated_sources"]
    assert [s["id"] for s in record["sources"]] == ["S1", "S2", "S3"]
    assert record["limit"] == "2026-07-03" and record["stale_days"] == 90
    note = sources_part(b)["note"]
    assert note.startswith("3 of 5 sources were published before 2026-07-03")
    for sid, day in zip(["S1", "S2", "S3"], OLD_AND_NEW, strict=False):
        assert f"{sid} ({day})" in note
    assert "S4 (" not in note and "S5 (" not in note
    assert "stale_days" in note and "marked as dated" in note
    # the cover counts them, and the plain-text reading says the same as the Sources part
    assert meta_data(b)["n_dated"] == 3
    assert stale_note(assessment) in format_assessment(assessment)


def test_every_statement_of_a_dated_source_shown_is_marked_dated() -> None:
    assessment, _ = _briefing(OLD_AND_NEW)
    old = {"S1", "S2", "S3"}
    statements = list(assessment.key_judgments)
    for section in assessment.sections:
        statements += section.statements
    shown = [s for s in statements if s.evidence and s.evidence[0].split(".")[0] in old]
    assert shown, [s.text for s in statements]
    assert all(s.dated for s in shown), [(s.text, s.dated) for s in shown]
    # the note names the dated sources of which nothing is shown, and only those
    cited = {e.split(".")[0] for s in statements for e in s.evidence}
    cited |= {
        e.split(".")[0]
        for sec in assessment.sections
        for s in sec.evidence_to_weigh
        for e in s.evidence
    }
    hidden = sorted(old - cited)
    note = stale_note(assessment)
    if hidden:
        assert f"({', '.join(hidden)}) ha" in note
    else:
        assert "no statement in this briefing" not in note


def test_a_wider_setting_dates_fewer_sources() -> None:
    assessment, _ = _briefing(OLD_AND_NEW, stale_days=220)
    assert [s["id"] for s in assessment.meta["dated_sources"]["sources"]] == ["S1"]
    assert stale_note(assessment).startswith("1 of 5 sources was published before 2026-02-23")


def test_fresh_or_undated_briefings_say_nothing_of_it() -> None:
    fresh = ["2026-09-01", "2026-09-05", "2026-09-10", "2026-09-14", "2026-09-29"]
    for assessment, b in (_briefing(fresh), _briefing(OLD_AND_NEW, issue=None)):
        assert "dated_sources" not in assessment.meta
        assert stale_note(assessment) == ""
        assert meta_data(b)["n_dated"] == 0
        assert "freshness limit" not in (sources_part(b)["note"] or "")
