"""Linear cost, counted (not timed): the paths that compared every pair do bounded work.

Work counters wrap the comparison each path makes (``_same_event`` in corroboration, the
support search of key judgments); the bound is a small multiple of the input, where the
old pairwise loops did work proportional to its square. Invented claims and reports.
"""

from __future__ import annotations

import random

import pytest

from briefbook.assessment import corroboration, judgments
from briefbook.assessment.build import assess_documents
from briefbook.config.limits import reset_limits, set_limits
from briefbook.ingest import IngestNotes, SourceSpec, load_documents
from briefbook.model import Assessment, Claim, Sentence

PLACES = [f"{a}{b}" for a in ("Nor", "Al", "Bren", "Cal", "Dun") for b in ("vik", "da", "hal")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _assessment(n: int) -> Assessment:
    """``n`` sources, each stating killed soldiers at one of 15 places on one of 7 days."""
    rng = random.Random(n)
    sources, sentences, claims = [], [], []
    for k in range(1, n + 1):
        sid = f"S{k}"
        place, day, figure = rng.choice(PLACES), rng.choice(DAYS), rng.randint(2, 90)
        text = f"Officials said {figure} soldiers were killed near {place} on {day}."
        sources.append({"id": sid, "title": sid, "sha256": f"{k:064x}", "published": None})
        sentences.append(Sentence(id=f"{sid}.1", source=sid, text=text))
        claims.append(
            Claim(
                text=text,
                quantity=figure,
                counts="soldiers",
                event="killed",
                attributed_to=None,
                hedged=False,
                evidence=[f"{sid}.1"],
                low=figure,
                high=figure,
                when=f"on {day}",
                where=place,
            )
        )
    return Assessment(
        title="scale",
        schema_name="conflict",
        sources=sources,
        sentences=sentences,
        sections=[],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=claims,
    )


def test_event_grouping_compares_each_claim_with_few_clusters(monkeypatch) -> None:
    calls = 0
    same_event = corroboration._same_event

    def counted(*args):  # noqa: ANN002, ANN202
        nonlocal calls
        calls += 1
        return same_event(*args)

    monkeypatch.setattr(corroboration, "_same_event", counted)
    n = 3000
    rows = corroboration.corroborate(_assessment(n))
    assert sum(len(r["quantities"]) for r in rows) == n
    assert len(rows) >= len(PLACES) * len(DAYS) // 2  # many events: a pairwise loop is costly
    # first fit tries only the clusters indexed under a claim's place (at most one per day,
    # 7): the old loop tried the clusters in order, about half of the ~100 on average
    assert calls <= (len(DAYS) + 1) * n, calls


def _write_reports(folder, files: int) -> None:
    rng = random.Random(files)
    folder.mkdir()
    for k in range(files):
        place, day = rng.choice(PLACES), rng.choice(DAYS)
        (folder / f"r{k:04d}.txt").write_text(
            f"Report {k} from {place}\n\n"
            f"Officials said {rng.randint(2, 90)} soldiers were killed near {place} on {day}. "
            f"General Ivo Marek said {rng.randint(2, 40)} tanks were destroyed there. "
            f"The council of {place} will likely ask for more aid next week.\n"
        )


@pytest.mark.parametrize("files", [60, 240])
def test_key_judgment_support_searches_are_bounded(tmp_path, monkeypatch, files) -> None:
    """Every source carries the most corroborated claim (soldiers killed): its carriers are
    capped, so the support searches (each a pass over all sentences) do not grow with the
    number of sources."""
    calls = 0
    support = judgments._support

    def counted(*args):  # noqa: ANN002, ANN202
        nonlocal calls
        calls += 1
        return support(*args)

    monkeypatch.setattr(judgments, "_support", counted)
    monkeypatch.setattr(judgments, "_CORE_CAP", 20)
    _write_reports(tmp_path / "reports", files)
    set_limits({"folder_files": 1000}, origin="test")
    try:
        docs = load_documents([SourceSpec(path="reports")], base=tmp_path, notes=IngestNotes())
    finally:
        reset_limits()
    assessment = assess_documents(docs, schema="conflict", title="scale")
    assert assessment.key_judgments
    # the shortlist (12 per key judgment), the capped carriers and the sections' picks
    assert calls <= 12 * 5 + 20 + 60, calls
