"""A briefing of many sources stays as long as the briefing, not as the source list.

Above ``SOURCES_IN_FULL`` sources the appendix lists only the sources the briefing cites
(the rest are in sources.csv), the sections table only those, and the corroboration table
its first rows; every link of the page still lands on an anchor of the page. Invented
sources (``builders.many_sources_assessment``) with one invented claim each.
"""

from __future__ import annotations

import csv

import pytest

import builders as support  # noqa: E402
from briefbook.assessment.corroboration import apply_corroboration
from briefbook.model import Assessment, Claim, Sentence
from briefbook.presentation.appendix import SOURCES_IN_FULL, cited_ids
from briefbook.presentation.corroboration import CORROBORATION_ROWS_AT_SCALE, corroboration_part
from briefbook.presentation.parts import sources_part
from briefbook.render.notebook import export_html
from briefbook.render.tables_csv import write_tables

PLACES = ["Norvik", "Alda", "Brenn", "Calder", "Dunmore", "Estra", "Falk", "Garron"]


def _with_claims(n: int) -> Assessment:
    """``n`` sources; from S3 on, each source's first sentence carries one claim: convoys
    at one of eight places (so rows corroborate and contradict across sources)."""
    a = support.many_sources_assessment(n)
    for k in range(3, n + 1):
        place = PLACES[k % len(PLACES)]
        a.claims.append(
            Claim(
                text=f"{10 + k % 3} trucks moved near {place}",
                quantity=10 + k % 3,
                counts="trucks",
                event="moved",
                attributed_to=None,
                hedged=False,
                evidence=[f"S{k}.1"],
                low=10 + k % 3,
                high=10 + k % 3,
                where=place,
            )
        )
    return apply_corroboration(a)


@pytest.fixture(scope="module")
def large() -> Assessment:
    return _with_claims(SOURCES_IN_FULL + 60)


def test_below_the_limit_the_appendix_lists_every_source() -> None:
    a = _with_claims(150)
    part = sources_part(support.fixture_briefing(assessment=a))
    assert [s["id"] for s in part["sources"]] == [str(s["id"]) for s in a.sources]
    assert not part["note"]


def test_above_the_limit_the_appendix_lists_the_cited_sources_only(large, tmp_path) -> None:
    b = support.fixture_briefing(assessment=large)
    part = sources_part(b)
    listed = [s["id"] for s in part["sources"]]
    cited_sources = {i.split(".")[0] for i in cited_ids(b)}
    assert set(listed) == cited_sources
    assert len(listed) < len(large.sources)
    assert "sources.csv" in part["note"] and f"{len(large.sources):,} sources" in part["note"]
    corroboration = corroboration_part(b)
    assert corroboration is not None
    assert len(corroboration["rows"]) <= CORROBORATION_ROWS_AT_SCALE
    # the full list is in sources.csv: every source, in order
    write_tables(large, tmp_path)
    with open(tmp_path / "sources.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [str(s["id"]) for s in large.sources]


def test_above_the_limit_every_link_lands_on_the_page(large) -> None:
    html = export_html(support.notebook_of(support.fixture_briefing(assessment=large)))
    page = support.Page(html)
    targets = page.ids()
    links = [a["href"] for a in page.tags("a") if (a.get("href") or "").startswith("#")]
    assert len(links) > 20
    missing = sorted({h for h in links if h[1:] not in targets})
    assert not missing, missing[:10]
    articles = [t for t in page.tags("article") if "source" in (t.get("class") or "").split()]
    assert 0 < len(articles) < len(large.sources)


def test_one_source_of_thousands_of_claims_quotes_only_what_is_shown() -> None:
    """One long source (2,400 invented sentences, a claim each): the appendix quotes the
    sentences of the statements and shown rows, not every claim's sentence."""
    a = support.many_sources_assessment(3)
    for j in range(10, 2410):
        sid = f"S3.{j}"
        a.sentences.append(Sentence(id=sid, source="S3", text=f"{j} trucks moved.", paragraph=j))
        a.claims.append(
            Claim(
                text=f"{j} trucks moved",
                quantity=j,
                counts="trucks",
                event="moved",
                attributed_to=None,
                hedged=False,
                evidence=[sid],
            )
        )
    b = support.fixture_briefing(assessment=a)
    part = sources_part(b)
    quoted = sum(len(s["sentences"]) for s in part["sources"])
    assert quoted < 300 and "sentences.csv" in part["note"]
    assert len(a.sources) == 3 and [s["id"] for s in part["sources"]] == ["S1", "S2", "S3"]
