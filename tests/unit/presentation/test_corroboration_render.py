"""The briefing's Corroboration table: figures side by side, sentence citations, groups once."""

from __future__ import annotations

import re

import pytest

import builders as support  # noqa: E402
from briefbook.assessment.build import assess_documents
from briefbook.assessment.corroboration import apply_corroboration
from briefbook.ingest import load_documents
from briefbook.presentation.briefing import Briefing  # noqa: E402
from briefbook.presentation.corroboration import CORROBORATION_SINGLE_CAP, corroboration_part  # noqa: E402
from briefbook.presentation.show import render_part_html  # noqa: E402
from briefbook.render.notebook import export_html
from builders import FIXTURES

DISAGREE = FIXTURES / "series" / "disagree"


@pytest.fixture(scope="module")
def disagree_briefing() -> Briefing:
    """The disagree/ fixture through the engine: 300 vs 200 killed, plus a byte copy."""
    paths = sorted(str(p) for p in DISAGREE.glob("*.txt"))
    assessment = apply_corroboration(
        assess_documents(load_documents(paths), schema="conflict", title="Border attack")
    )
    return support.fixture_briefing(assessment=assessment)


@pytest.fixture(scope="module")
def disagree_page(disagree_briefing) -> support.Page:
    return support.Page(export_html(support.notebook_of(disagree_briefing)))


def _corroboration_html(html: str) -> str:
    start = html.index('id="corroboration"')
    return html[start : html.index("</section>", start)]


def _killed_row(b: Briefing) -> dict:
    part = corroboration_part(b)
    (row,) = [r for r in part["rows"] if r["what"] == "Soldiers killed"]
    return row


def test_contradiction_shows_both_figures_with_sentence_citations(disagree_briefing):
    row = _killed_row(disagree_briefing)
    assert row["status"] == "contradicted"
    figures = {f["text"]: [c["id"] for c in f["cites"]] for f in row["figures"]}
    assert set(figures) == {"300", "200"}
    channel = next(s for s in disagree_briefing.assessment.sources if "Channel" in s["title"])
    assert all(c.startswith(channel["id"] + ".") for c in figures["300"])
    assert len(figures["200"]) == 1 and not figures["200"][0].startswith(channel["id"] + ".")
    # the copy counts once and is named as a copy; groups are listed once, disjoint
    assert re.fullmatch(r"S\d+ is a copy of S\d+", row["copies"])
    assert row["agreeing"]["text"] and row["disagreeing"]["text"]
    assert row["agreeing"]["text"] != row["disagreeing"]["text"]
    assert "," not in row["agreeing"]["text"] + row["disagreeing"]["text"]


def test_rendered_row_links_to_appendix_sentences(disagree_briefing, disagree_page):
    html = export_html(support.notebook_of(disagree_briefing))
    section = _corroboration_html(html)
    text = " ".join(re.sub(r"<[^>]+>", " ", section).split())
    assert re.search(r"300 \[S\d+\.\d+\] vs 200 \[S\d+\.\d+\] \(S\d+ is a copy of S\d+\)", text)
    assert "Quantitative claims compared across independent sources" in text
    hrefs = re.findall(r'href="#([^"]+)"', section)
    assert hrefs and all(h.startswith("src-S") for h in hrefs)  # sentences, not sources
    ids = disagree_page.ids()
    assert all(h in ids for h in hrefs)  # every cited sentence is in the appendix
    appendix = html[html.index('id="sources"') :]
    for h in hrefs:
        assert f'id="{h}"' in appendix


def test_rows_ordered_contradicted_corroborated_single_and_singles_capped():
    b = support.fixture_briefing()

    def row(status: str, n: int) -> dict:
        return {
            "claim": f"{n} troops",
            "what": f"troops {status}",
            "status": status,
            "figures": [{"figure": str(n), "evidence": ["S1.1"]}],
            "agreeing": ["S1"],
            "disagreeing": [],
            "evidence": ["S1.1"],
        }

    cap = CORROBORATION_SINGLE_CAP
    singles = [row("unmatched", k) for k in range(cap + 3)]
    b.assessment.corroboration = [*singles, row("corroborated", 50), row("contradicted", 60)]
    part = corroboration_part(b)
    assert [r["status_class"] for r in part["rows"][:2]] == ["contradicted", "corroborated"]
    assert [r["status_class"] for r in part["rows"][2:]] == ["unmatched"] * cap
    assert part["more"] == 3
    html = render_part_html(part)
    assert "And 3 more unmatched claims" in html
    assert "Claims reported by more than one source" not in html


def test_older_rows_without_figures_still_render_with_links():
    b = support.fixture_briefing()
    b.assessment.corroboration = [
        {
            "claim": "more than 11,000 troops",
            "quantities": [
                {"quantity": 11000, "source": "S1", "evidence": ["S1.9"]},
                {"quantity": "thousands", "source": "S2", "evidence": ["S2.1"]},
            ],
            "agreeing": ["S1", "S2"],
            "disagreeing": [],
            "status": "corroborated",
            "evidence": ["S1.9", "S2.1"],
        }
    ]
    page = support.Page(export_html(support.notebook_of(b)))
    assert "11000" in page.text and "thousands" in page.text
    ids = page.ids()
    for a in page.tags("a"):
        assert a["href"][1:] in ids


def test_example_like_rows_never_contradict_a_source_with_itself(disagree_briefing):
    for r in disagree_briefing.assessment.corroboration:
        assert not set(r["agreeing"]) & set(r["disagreeing"])
        if r["status"] == "contradicted":
            assert r["agreeing"] and r["disagreeing"]


def test_contradiction_sides_name_their_figures(disagree_briefing):
    row = _killed_row(disagree_briefing)
    assert row["joiner"] == "vs"
    assert row["agreeing"]["figures"] == "300" and row["disagreeing"]["figures"] == "200"
    html = render_part_html(corroboration_part(disagree_briefing))
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Side A: sources" in text and "Side B: sources against A" in text
    assert "Agreeing" not in text and "Disagreeing" not in text
    assert re.search(r"S\d+: 300 S\d+: 200 contradicted", text)


def _row(status: str, figures: list[tuple[str, str, str]], **kw) -> dict:
    return {
        "status": status,
        "figures": [{"figure": f, "groups": [g], "evidence": [e]} for f, g, e in figures],
        "agreeing": kw.pop("agreeing", sorted({g for _, g, _ in figures})),
        "disagreeing": kw.pop("disagreeing", []),
        "evidence": [e for _, _, e in figures],
        **kw,
    }


def test_agreeing_figures_are_joined_by_and_not_vs():
    b = support.fixture_briefing()
    b.assessment.corroboration = [
        _row(
            "corroborated",
            [("more than 11,000", "S1", "S1.8"), ("thousands", "S2", "S2.1")],
            what="troops deployed",
            counts="troops",
            event="deployed",
        )
    ]
    part = corroboration_part(b)
    (row,) = part["rows"]
    assert row["joiner"] == "and" and row["what"] == "Troops deployed"
    assert "figures" not in row["agreeing"]  # sides carry figures only when they disagree
    text = " ".join(re.sub(r"<[^>]+>", " ", render_part_html(part)).split())
    assert re.search(r"more than 11,000 \[S1\.8\] and thousands \[S2\.1\]", text)
    assert " vs " not in text


def test_figures_that_neither_confirm_nor_contradict_are_joined_by_or():
    """An open bound and a figure far above it ("at least 40" beside "130") can both be
    true without confirming each other: the row reads "or", never "and"."""
    b = support.fixture_briefing()
    b.assessment.corroboration = [
        _row(
            "unmatched",
            [("at least 40", "S1", "S1.8"), ("130", "S2", "S2.1")],
            what="guards killed",
            counts="guards",
            event="killed",
        )
    ]
    part = corroboration_part(b)
    (row,) = part["rows"]
    assert row["joiner"] == "or"
    text = " ".join(re.sub(r"<[^>]+>", " ", render_part_html(part)).split())
    assert re.search(r"at least 40 \[S1\.8\] or 130 \[S2\.1\]", text)
    assert "\u201cor\u201d joins figures that can both be true" in part["note"]


def test_claim_labels_do_not_repeat_the_event():
    b = support.fixture_briefing()
    b.assessment.corroboration = [
        _row(
            "single-source",
            [("thousands", "S1", "S1.2")],
            what="tons of oil shipments shipped",
            counts="tons of oil shipments",
            event="shipped",
        ),
        _row(
            "single-source",
            [("thousands", "S1", "S1.3")],
            what="tons of oil shipped",
            counts="tons of oil",
            event="shipped",
        ),
        _row(
            "single-source",
            [("40", "S1", "S1.4")],
            what="missile launches launched",
            counts="missile launches",
            event="launched",
        ),
        _row("single-source", [("3", "S1", "S1.5")], what="vessels seized"),
        # no named event: the counted thing alone, never "kilometres other"
        _row(
            "single-source",
            [("about 90", "S1", "S1.6")],
            what="kilometres other",
            counts="kilometres",
            event="other",
        ),
    ]
    labels = [r["what"] for r in corroboration_part(b)["rows"]]
    assert labels == [
        "Tons of oil shipments",
        "Tons of oil shipped",
        "Missile launches",
        "Vessels seized",
        "Kilometres",
    ]


def test_two_outlets_of_one_origin_are_shown_as_such():
    b = support.fixture_briefing()
    row = _row("unmatched", [("over 400", "S1", "S1.2"), ("more than 400", "S2", "S2.1")])
    row.update({"outlets": 2, "independent_sources": 1})
    b.assessment.corroboration = [row]
    part = corroboration_part(b)
    assert part["rows"][0]["origins"] == "2 outlets, 1 origin"
    assert "2 outlets, 1 origin" in render_part_html(part)
