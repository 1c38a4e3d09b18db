"""A running toll and a historical figure in the claims table (round facts25; invented
reports).

One originator's toll of one strike told three times (65, then 80, then 99 killed) is one
event: one revised corroboration row whose earlier figures are superseded ("65 (superseded)
then 80 (superseded) then 99"), and in the claims table the latest figure stands before the
earlier ones, which are marked superseded, never corroboration. A figure of a year long
before its report ("in 1996") sorts after every current figure, however large. Near misses:
a figure of last year and a span up to now ("since 2011") stay current; a revised toll's
latest figure is never superseded; a toll to date ("since 2011", "the war that began in 2014
has killed") stays current.
"""

from __future__ import annotations

from tests.builders import claims_assessment, paragraph_document

from briefbook.analysis.claims import find_claims
from briefbook.analysis.pipeline import analyse
from briefbook.assessment.corroboration import corroborate
from briefbook.presentation import tables
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.corroboration import _corroboration_figures

REPORTS = [
    (
        "2027-04-01",
        "An air strike on the market in Velk killed 65 people on Tuesday, the health ministry said.",
    ),
    (
        "2027-04-02",
        "The death toll from Tuesday's air strike on the market in Velk rose to 80, the health "
        "ministry said.",
    ),
    (
        "2027-04-03",
        "The toll from the air strike on the Velk market has risen to 99, the health ministry "
        "said.",
    ),
]


def _briefing(reports: list[tuple[str, str]]) -> Briefing:
    docs = [
        paragraph_document(f"S{k}", [text], f"Report {k}", published=day)
        for k, (day, text) in enumerate(reports, 1)
    ]
    assessment = claims_assessment(docs, analyse(docs).claims)
    assessment.corroboration = corroborate(assessment)
    return Briefing(assessment=assessment, title="Test")


def test_a_running_toll_is_one_event_with_its_earlier_figures_superseded() -> None:
    b = _briefing(REPORTS)
    rows = [r for r in b.assessment.corroboration if r["event"] == "killed"]
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["status"] == "revised" and row["independent_sources"] == 1, row
    assert [(f["figure"], f["status"]) for f in row["figures"]] == [
        ("65", "superseded"),
        ("80", "superseded"),
        ("99", "unmatched"),
    ], row["figures"]
    shown = [f["text"] for f in _corroboration_figures(row, set())]
    assert shown == ["65 (superseded)", "80 (superseded)", "99"], shown


def test_the_claims_table_shows_the_latest_figure_first() -> None:
    table = [r for r in tables.claim_rows(_briefing(REPORTS)) if r["event"] == "killed"]
    assert [(r["quantity"], r["corroboration"]) for r in table] == [
        ("99", "revised"),
        ("80", "superseded"),
        ("65", "superseded"),
    ], table


def test_near_miss_another_origins_toll_is_no_update() -> None:
    reports = [
        REPORTS[0],
        (
            "2027-04-03",
            "The toll from the air strike on the Velk market has risen to 99, the civil "
            "defence agency said.",
        ),
    ]
    table = [r for r in tables.claim_rows(_briefing(reports)) if r["event"] == "killed"]
    assert {r["corroboration"] for r in table} == {"unmatched"}, table


def _claim_rows(texts: list[str], published: str = "2025-06-05") -> list[dict]:
    docs = [paragraph_document("S1", texts, "Report", published=published)]
    claims = [c for s in docs[0].sentences for c in find_claims(s.text, s.id, published=published)]
    assessment = claims_assessment(docs, claims)
    assessment.corroboration = corroborate(assessment)
    return tables.claim_rows(Briefing(assessment=assessment, title="Test"))


def test_a_figure_of_a_year_long_before_its_report_sorts_last() -> None:
    rows = _claim_rows(
        [
            "In 1996, a truck bomb killed 19 US airmen at the Khobar barracks.",
            "The 1994 war in Kelvar killed 3,000 soldiers.",
            "Drones struck the Amra depot on Tuesday, killing 4 guards.",
        ]
    )
    assert [r["quantity"] for r in rows] == ["4", "3,000", "19"], rows


def test_near_miss_last_year_and_a_span_up_to_now_stay_current() -> None:
    rows = _claim_rows(
        [
            "In 1996, a truck bomb killed 19 US airmen at the Khobar barracks.",
            "The fighting in 2024 killed 300 soldiers, the ministry said.",
            "The war has killed 5,000 civilians since 2011.",
            "The war that began in 2014 has killed 14,000 people.",
        ]
    )
    quantities = [r["quantity"] for r in rows]
    assert quantities[-1] == "19", rows
    assert {"300", "5,000", "14,000"} <= set(quantities[:-1]), rows


def test_a_toll_carried_to_a_figure_with_its_event_between_is_a_rise() -> None:
    # review round revC25: "bringing the toll from the shelling of X to 14" tells a rise
    # as "bringing the toll to 14" does (toll_carry_verbs of data/claims.yaml)
    reports = [
        (
            "2027-04-01",
            "Shelling of the bus station in Tarvo killed 12 people, the regional governor said.",
        ),
        (
            "2027-04-02",
            "Rescuers pulled more bodies from the rubble, bringing the toll from the shelling "
            "of the Tarvo bus station to 14, the regional governor said.",
        ),
    ]
    table = [r for r in tables.claim_rows(_briefing(reports)) if r["event"] == "killed"]
    assert [(r["quantity"], r["corroboration"]) for r in table] == [
        ("14", "revised"),
        ("12", "superseded"),
    ], table


def test_near_miss_a_toll_road_or_fee_is_no_rise() -> None:
    from briefbook.assessment.corroboration import _tells_rise

    assert _tells_rise("taking the overall death toll in the province to 30")
    assert not _tells_rise("The storm brought the toll road to a standstill.")
    assert not _tells_rise("The attack took the toll on morale to new lows.")
