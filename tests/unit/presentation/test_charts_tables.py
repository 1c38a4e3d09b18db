"""The data behind the charts and the tables: source-by-section shares, timeline, claims."""

from __future__ import annotations

import math
import re

import pytest

import builders as support  # noqa: E402
from briefbook.model import Assessment, Claim, Section, Sentence, Statement  # noqa: E402
from briefbook.presentation import charts, tables  # noqa: E402
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.parts import bluf_part, section_parts
from briefbook.presentation.show import render_part_html


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return support.fixture_briefing()


def make_briefing(
    sentences: list[Sentence],
    claims: list[Claim] | None = None,
    dates: dict[str, str | None] | None = None,
) -> Briefing:
    ids = sorted({s.source for s in sentences} | set(dates or {}), key=lambda x: int(x[1:]))
    sources = [
        {"id": sid, "title": f"Report {sid}", "label": None, "published": (dates or {}).get(sid)}
        for sid in ids
    ]
    assessment = Assessment(
        title="Test",
        schema_name="conflict",
        sources=sources,
        sentences=sentences,
        sections=[Section("context", "Situation"), Section("outlook", "Outlook")],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=claims or [],
        meta={"date": "2024-12-30"},
    )
    return Briefing(assessment=assessment, title="Test")


def sentence(sid: str, section: str | None) -> Sentence:
    return Sentence(id=sid, source=sid.split(".")[0], text=f"Sentence {sid}.", section=section)


def claim(text: str, quantity, *, evidence: str = "S1.1", hedged: bool = False, **kw) -> Claim:
    return Claim(
        text=text,
        quantity=quantity,
        counts=kw.pop("counts", "troops"),
        event=kw.pop("event", "deployed"),
        attributed_to=kw.pop("attributed_to", None),
        hedged=hedged,
        evidence=[evidence],
        **kw,
    )


# ---------------------------------------------------------------------------- source x section


def test_source_section_chart_has_one_bar_per_source(briefing):
    columns, rows = charts.source_section_shares(briefing)
    assert [r.source for r in rows] == [str(s["id"]) for s in briefing.assessment.sources]
    keys = [k for k, _ in columns]
    schema = [s.key for s in briefing.assessment.sections]
    assert keys[: len(schema)] == schema and keys[-1] == charts.UNASSIGNED
    for r in rows:
        assert r.label.startswith(r.source)
        assert r.total == sum(1 for s in briefing.assessment.sentences if s.source == r.source)
        assert sum(r.shares.values()) == pytest.approx(100.0)


def test_source_section_shares_count_unassigned_sentences():
    b = make_briefing(
        [
            sentence("S1.1", "context"),
            sentence("S1.2", "context"),
            sentence("S1.3", "outlook"),
            sentence("S1.4", None),
            sentence("S2.1", None),
            sentence("S2.2", "outlook"),
        ],
        dates={"S3": None},  # a source with no sentences at all
    )
    columns, rows = charts.source_section_shares(b)
    assert columns == [
        ("context", "Situation"),
        ("outlook", "Outlook"),
        ("unassigned", "unassigned"),
    ]
    s1, s2, s3 = rows
    assert s1.counts == {"context": 2, "outlook": 1, "unassigned": 1}
    assert s1.shares == {"context": 50.0, "outlook": 25.0, "unassigned": 25.0}
    assert s2.shares == {"context": 0.0, "outlook": 50.0, "unassigned": 50.0}
    assert (s3.total, sum(s3.shares.values())) == (0, 0)
    for r in (s1, s2):
        assert sum(r.shares.values()) == pytest.approx(100.0)


def test_source_section_figure_alt_text_and_svg(briefing):
    fig, alt = charts.source_sections_figure(briefing)
    assert alt.startswith("Stacked bar chart of how the sentences of each source")
    for s in briefing.assessment.sources:
        assert f"{s['id']} (" in alt
    svg = charts.to_svg(fig)
    assert "How much of each source falls in each section" in svg  # real text, not paths
    assert "Share of the source's sentences (%)" in svg
    fig2, _ = charts.source_sections_figure(briefing)
    assert charts.to_svg(fig2) == svg  # deterministic bytes


def test_charts_are_the_bytes_pyplot_made_without_importing_it(briefing, monkeypatch):
    """The figures are made without pyplot (no figure manager, nothing to close), and
    their SVG is byte for byte what a figure made by ``pyplot.subplots`` gives."""
    import subprocess
    import sys

    import matplotlib.pyplot as plt

    made = charts.to_svg(charts.source_sections_figure(briefing)[0])

    def pyplot_figure(height):
        return plt.subplots(figsize=(charts.FIG_WIDTH, height), layout="constrained")

    monkeypatch.setattr(charts, "_figure", pyplot_figure)
    by_pyplot, _ = charts.source_sections_figure(briefing)
    assert plt.fignum_exists(by_pyplot.number)
    assert charts.to_svg(by_pyplot) == made
    assert not plt.fignum_exists(by_pyplot.number)  # a pyplot figure is closed through pyplot
    script = (
        "import sys\n"
        "from briefbook.presentation import charts\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'imported by the charts module'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_source_section_figure_is_none_without_sentences():
    assert charts.source_sections_figure(make_briefing([], dates={"S1": None})) is None


def test_chart_fills_use_no_dot_hatches():
    assert all("." not in h and "o" not in h.lower() and "*" not in h for h in charts.HATCHES)
    assert len(set(charts.FILLS)) == len(charts.FILLS)


# ---------------------------------------------------------------------------- entities chart


def test_entity_chart_labels_sit_right_of_the_bars(briefing):
    fig, alt = charts.entity_mentions_figure(briefing)
    ax = fig.axes[0]
    top = max(p.get_width() for p in ax.patches)
    assert ax.get_xlim()[1] > top * 1.1  # margin for the label after the longest bar
    labels = [t for t in ax.texts if re.fullmatch(r"\d+", t.get_text())]
    assert labels and all(t.get_ha() == "left" for t in labels)
    assert all(t.xyann[0] > 0 for t in labels)  # offset past the bar end
    assert ax.get_xlabel() and ax.get_ylabel() and ax.get_title(loc="left")
    charts.to_svg(fig)


# ---------------------------------------------------------------------------- timeline


def test_timeline_explains_a_single_dated_source():
    b = make_briefing(
        [sentence("S1.1", None), sentence("S2.1", None)],
        [claim("200 troops", 200), claim("300 troops", 300, evidence="S2.1")],
        dates={"S1": "2024-12-16", "S2": None},
    )
    assert charts.claims_timeline_figure(b) is None
    note = charts.timeline_note(charts.claim_dates(b))
    assert "only S1 carries a publication date (2024-12-16)" in note
    assert "Without a date: S2" in note
    part, extra = charts.chart_parts(b)[2]
    assert part["empty_text"] == note and extra == {}


def test_timeline_draws_claims_of_dated_sources():
    b = make_briefing(
        [sentence("S1.1", None), sentence("S2.1", None), sentence("S3.1", None)],
        [
            claim("12 duels", 12, hedged=True),
            claim("200 troops", 200, evidence="S2.1"),
            claim("300 troops", 300, evidence="S3.1"),
        ],
        dates={"S1": "2024-12-02", "S2": "2024-12-12", "S3": None},
    )
    dates = charts.claim_dates(b)
    assert list(dates.by_date) == ["2024-12-02", "2024-12-12"]
    assert dates.undated_claims == 1 and charts.timeline_note(dates) == ""
    fig, alt = charts.claims_timeline_figure(b)
    assert "2024-12-02 1 (1 hedged)" in alt and "not shown" in alt
    part, extra = charts.chart_parts(b)[2]
    assert "image/svg+xml" in extra and "S3" in part["caption"]


# ---------------------------------------------------------------------------- claims table


@pytest.mark.parametrize(
    ("text", "quantity", "stated", "value"),
    [
        ("more than 11,000 troops", 11000, "more than 11,000", 11000),
        ("at least seven short-range ballistic missiles", 7, "at least 7", 7),
        ("at least seven missiles", "seven", "at least 7", 7),
        ("Up to  300 soldiers", 300, "up to 300", 300),
        ("thousands of troops", "thousands", "thousands", 1000),
        ("tens of thousands of troops", "tens of thousands", "tens of thousands", 10000),
        ("several hundred thousands of dollars", "several hundred thousands", None, 300000),
        ("nine individuals", "nine", "9", 9),
        ("overall 5 brigades", 5, "5", 5),
    ],
)
def test_quantity_as_stated_keeps_the_qualifier(text, quantity, stated, value):
    assert tables.quantity_as_stated(text, quantity) == (stated or quantity)
    assert tables.quantity_value(quantity) == value


@pytest.mark.parametrize(
    ("quantity", "value", "stated"),
    [
        ("twenty-three", 23, "23"),
        ("Thirty four", 34, "34"),
        ("one hundred and five", 105, "105"),
        ("two hundred sixty-one", 261, "261"),
        ("two dozen", 24, "24"),
        ("half a dozen", 6, "6"),
        ("forty-two thousand", 42000, "42,000"),
        ("a few dozen", 24, "a few dozen"),
        ("sixty-one thousands", 61000, "sixty-one thousands"),
    ],
)
def test_quantity_value_reads_compound_spelled_numbers(quantity, value, stated):
    # each run of number words is one number: "twenty-three" is 23, never 20 x 3
    assert tables.quantity_value(quantity) == value
    assert tables.quantity_as_stated(f"at least {quantity}", quantity) == f"at least {stated}"


def test_quantity_value_is_nan_for_two_numbers_side_by_side():
    assert math.isnan(tables.quantity_value("fifty fifty"))


def test_quantity_value_is_nan_without_a_number():
    assert math.isnan(tables.quantity_value("many"))
    assert math.isnan(tables.quantity_value(True))


def test_claims_frame_shows_qualifiers_and_sorts_larger_numbers_first():
    b = make_briefing(
        [sentence("S1.1", None), sentence("S1.2", None), sentence("S1.3", None)],
        [
            claim("at least seven missiles", 7, evidence="S1.1", counts="missiles"),
            claim("more than 11,000 troops", 11000, evidence="S1.2"),
            claim("thousands of troops", "thousands", evidence="S1.3"),
            claim("about 50,000 troops", 50000, evidence="S1.3", hedged=True),
            claim("about 50,000 tons", 50000, evidence="S1.3", event="shipped"),
        ],
        dates={"S1": "2024-12-16"},
    )
    frame = tables.claims_frame(b)
    # no corroboration rows: events of consequence, then larger numbers, then unhedged
    assert list(frame["quantity"]) == [
        "about 50,000",
        "more than 11,000",
        "thousands",
        "at least 7",
        "about 50,000",
    ]
    assert list(frame["event"])[-1] == "shipped"
    cells = [row[0]["text"] for row in tables.claims_part(b)["rows"]]
    assert cells[1] == "more than 11,000" and "at least 7" in cells


def _example_like() -> Briefing:
    """Two sources and a byte copy of the second: a corroborated deployment (S1 and S2), a
    single-source but larger "killed" figure and its copy, and a smaller shipment."""
    b = make_briefing(
        [sentence(f"S{n}.{k}", None) for n in (1, 2, 3) for k in (1, 2, 3)],
        [
            claim("more than 11,000 troops", 11000, evidence="S1.1"),
            claim("thousands of tons of oil", "thousands", evidence="S1.2", event="shipped"),
            claim("thousands of troops", "thousands", evidence="S2.1", hedged=True),
            claim(
                "200 soldiers",
                200,
                evidence="S2.2",
                counts="soldiers",
                event="killed",
                attributed_to="Ukraine's Defense Intelligence",
            ),
            claim(
                "200 soldiers",
                200,
                evidence="S3.2",
                counts="soldiers",
                event="killed",
                attributed_to="Ukraine's Defense Intelligence",
            ),
        ],
        dates={"S1": "2024-12-16", "S2": "2024-12-20", "S3": "2024-12-21"},
    )
    b.assessment.meta["corroboration"] = {
        "independent_groups": {"S1": "S1", "S2": "S2", "S3": "S2"}
    }
    b.assessment.corroboration = [
        {
            "what": "troops deployed",
            "status": "corroborated",
            "independent_sources": 2,
            "figures": [
                {"figure": "more than 11,000", "groups": ["S1"], "evidence": ["S1.1"]},
                {"figure": "thousands", "groups": ["S2"], "evidence": ["S2.1"]},
            ],
            "agreeing": ["S1", "S2"],
            "disagreeing": [],
            "copies": [],
            "evidence": ["S1.1", "S2.1"],
        },
        {
            "what": "soldiers killed",
            "status": "single-source",
            "independent_sources": 1,
            "figures": [
                {
                    "figure": "200",
                    "groups": ["S2"],
                    "evidence": ["S2.2"],
                    "copies": [{"source": "S3", "copy_of": "S2"}],
                    "copy_evidence": ["S3.2"],
                }
            ],
            "agreeing": ["S2"],
            "disagreeing": [],
            "copies": [{"source": "S3", "copy_of": "S2"}],
            "evidence": ["S2.2", "S3.2"],
        },
        {
            "what": "tons of oil shipped",
            "status": "single-source",
            "independent_sources": 1,
            "figures": [{"figure": "thousands", "groups": ["S1"], "evidence": ["S1.2"]}],
            "agreeing": ["S1"],
            "disagreeing": [],
            "evidence": ["S1.2"],
        },
    ]
    return b


def test_claims_rank_by_the_assessments_corroboration_rows():
    """A corroborated claim leads a larger single-source one; the rank comes from the
    assessment's corroboration rows (matched by sentence id), not the claim's own evidence."""
    b = _example_like()
    frame = tables.claims_frame(b)
    assert list(frame["corroboration"][:2]) == ["corroborated", "corroborated"]
    assert list(frame["quantity"][:2]) == ["more than 11,000", "thousands"]
    # then single-source: an event of consequence (killed) before a shipment
    assert list(frame["event"][2:]) == ["killed", "killed", "shipped"]
    part = tables.claims_part(b)
    assert "corroborate first" in part["caption"] and "then contradicted" in part["caption"]
    assert "killed" in part["caption"] and "then larger numbers" in part["caption"]
    labels = [c["label"] for c in part["columns"]]
    assert "Corroboration" in labels
    status = labels.index("Corroboration")
    assert part["rows"][0][status]["text"] == "corroborated (2 sources)"


def test_claims_table_marks_a_copy_and_the_timeline_counts_it_once():
    b = _example_like()
    frame = tables.claims_frame(b)
    assert list(frame["copy_of"]) == ["", "", "", "S2", ""]
    rows = tables.claims_part(b)["rows"]
    source_cells = [r[-1] for r in rows]
    assert source_cells[3]["text"] == "S3, copy of S2"
    assert [c["id"] for c in source_cells[3]["cites"]] == ["S3.2"]
    assert all(c["text"] == "" for k, c in enumerate(source_cells) if k != 3)
    dates = charts.claim_dates(b)
    assert sum(sum(c.values()) for c in dates.by_date.values()) == 4  # not 5
    assert "2024-12-21" not in dates.by_date  # the copy's date holds no claim
    assert dates.copy_claims == 1 and dates.copies == {"S3": "S2"}
    fig, alt = charts.claims_timeline_figure(b)
    assert "1 claim of a copy (S3, copy of S2) is counted once" in alt
    part, _ = charts.chart_parts(b)[2]
    assert "S3, copy of S2" in part["caption"]


def test_source_section_alt_text_lists_every_share():
    b = make_briefing(
        [sentence(f"S1.{k}", "context") for k in range(1, 300)] + [sentence("S1.300", "outlook")]
    )
    fig, alt = charts.source_sections_figure(b)
    assert "Situation 100% (299)" in alt and "Outlook <1% (1)" in alt


def test_claims_frame_of_the_fixture_keeps_stated_amounts(briefing):
    frame = tables.claims_frame(briefing)
    assert "more than 11,000" in list(frame["quantity"])
    assert "at least 7" in list(frame["quantity"])
    assert len(frame) == len(briefing.assessment.claims)


def test_charts_share_one_width_so_their_text_prints_alike(briefing):
    widths = set()
    for part, extra in charts.chart_parts(briefing):
        svg = extra.get("image/svg+xml")
        if svg:
            widths.add(re.search(r'<svg[^>]* width="([\d.]+)pt"', svg).group(1))
            assert "<circle" not in svg and part["alt"]
    assert widths == {f"{charts.FIG_WIDTH * 72:g}"}


def test_a_figure_several_outlets_take_from_one_originator_says_so():
    """Outlets quoting one originator are one origin: the claims table says how many
    outlets stand behind that origin, never a bare "unmatched" that reads as a figure
    no one else reports."""
    b = _example_like()
    b.assessment.corroboration[1]["status"] = "unmatched"
    b.assessment.corroboration[1]["outlets"] = 3
    part = tables.claims_part(b)
    status = [c["label"] for c in part["columns"]].index("Corroboration")
    texts = [r[status]["text"] for r in part["rows"]]
    assert "unmatched (3 outlets, 1 origin)" in texts
    assert texts[0] == "corroborated (2 sources)"  # no outlets beyond its origins
    assert "unmatched" not in texts[:2]
    frame = tables.claims_frame(b)
    assert sorted(set(frame["outlets"])) == [1, 2, 3]


# ---------------------------------------------------------------------------- empty sections


def test_an_unassessed_section_says_so_in_a_full_sentence_before_the_facts_to_weigh():
    b = make_briefing([sentence("S1.1", "context")])
    b.assessment.sections = [
        Section(
            "drivers",
            "Drivers",
            description="Why it is happening: motives and constraints",
            role="analysis",
            evidence_to_weigh=[Statement(text="Sentence S1.1.", evidence=["S1.1"])],
        ),
        Section("verdict", "Verdict", role="verdict"),
    ]
    drivers, verdict = section_parts(b)
    assert drivers["empty_text"] == (
        "No source sentence assesses this (why it is happening: motives and constraints)."
        " The reported facts an analyst would reason from:"
    )
    assert verdict["empty_text"] == "No source sentence assesses this."


# ---------------------------------------------------------------------------- relative times


def test_a_relative_time_from_another_day_shows_its_sources_date():
    """ "This week" quoted from a report of another day than the issue counts from the
    report's day: the statement says so; from a report of the issue's day it needs nothing."""
    b = make_briefing(
        [sentence("S1.1", "context"), sentence("S2.1", "context")],
        dates={"S1": "2024-12-18", "S2": "2024-12-30"},
    )
    week = Statement(text="This week, the rebels took the ferry crossing.", evidence=["S1.1"])
    today = Statement(text="This week, the rebels took the ferry crossing.", evidence=["S2.1"])
    plain = Statement(text="The rebels took the ferry crossing.", evidence=["S1.1"])
    old = Statement(text="Last Friday the depot burned.", evidence=["S1.1"], dated="2024-12-18")
    b.assessment.key_judgments = [week, today, plain, old]
    judgments = bluf_part(b)["judgments"]
    assert [j["as_of"] for j in judgments] == ["2024-12-18", None, None, None]
    assert judgments[3]["dated"] == "2024-12-18"  # already marked: not twice
    html = " ".join(re.sub(r"<[^>]+>", " ", render_part_html(bluf_part(b))).split())
    # the relative time's day, and the stale statement's mark, which says it is dated
    assert html.count("Reported 2024-12-18.") == 1
    assert html.count("Dated: reported 2024-12-18.") == 1


def test_a_stale_statement_reads_as_dated_on_paper():
    """A statement older than the issue's period is marked as dated in words the printed page
    and the Word file show (a hover title is no mark on paper), unlike a fresh statement whose
    relative times only count from its source's day (round audit10)."""
    from briefbook.render.docx import statement_text

    b = make_briefing(
        [sentence("S1.1", "context"), sentence("S2.1", "context")],
        dates={"S1": "2019-03-02", "S2": "2024-12-27"},
    )
    stale = Statement(
        text="The militia shelled the ferry port.", evidence=["S1.1"], dated="2019-03-02"
    )
    recent = Statement(text="This week, the militia shelled the port.", evidence=["S2.1"])
    b.assessment.key_judgments = [stale, recent]
    judgments = bluf_part(b)["judgments"]
    html = " ".join(re.sub(r"<[^>]+>", " ", render_part_html(bluf_part(b))).split())
    assert "Dated: reported 2019-03-02." in html
    assert "Dated: reported 2024-12-27" not in html  # near miss: fresh, only its day
    assert statement_text(judgments[0]).endswith("Dated: reported 2019-03-02.")
    assert "Dated" not in statement_text(judgments[1])
