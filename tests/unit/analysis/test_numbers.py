"""Numbers read as intervals (briefbook.analysis.numbers): the CLAIMS.md conventions."""

from __future__ import annotations

import pytest

from briefbook.analysis.numbers import find_quantities


def _one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Officials counted 412 craters.", 412, 412),
        ("At least 35 sailors were rescued.", 35, None),
        ("A minimum of 2,400 crates arrived.", 2400, None),
        ("More than 8,000 families left.", 8001, None),
        ("The siege passed 45 days.", 46, None),
        ("Up to 600 volunteers signed up.", None, 600),
        ("As many as 3.1 million leaflets were printed.", None, 3_100_000),
        ("About 70 boats were seen.", 63, 77),
        ("Some 250 engineers left.", 225, 275),
        ("Almost 300 wells were dug.", 270, 299),
        ("Dozens of tractors were stolen.", 24, 99),
        ("Hundreds of pylons fell.", 200, 999),
        ("Several hundred sheep died.", 300, 999),
        ("Thousands of lorries queued.", 2000, 9999),
        ("Millions of leaflets were dropped.", 2_000_000, 9_999_999),
        ("Three or four ferries sank.", 3, 4),
        ("Between 1.5 and 2.5 million voters abstained.", 1_500_000, 2_500_000),
        ("Some 7,000-9,000 miners struck.", 7000, 9000),
        ("Prices rose as much as 5-10% in a week.", 5, 10),
        ("Seventy-three pilgrims were stranded.", 73, 73),
        ("Exports up to at least 90 cargoes were planned.", 90, None),
    ],
)
def test_intervals(text: str, low: float | None, high: float | None) -> None:
    q = _one(text)
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None


def test_factors_and_percent() -> None:
    (q,) = find_quantities("Crop losses more than doubled last spring.")
    assert (q.kind, q.low, q.high) == ("factor", 2, None)
    (q,) = find_quantities("Output fell by half after the fire.")
    assert (q.kind, q.low, q.high) == ("factor", 0.5, 0.5)
    (q,) = find_quantities("Turnout reached 61% in the north.")
    assert (q.kind, q.low) == ("percent", 61)
    (q,) = find_quantities("The cable runs about 8.5km under the bay.")
    assert (q.kind, q.unit) == ("measure", "km")
    assert q.low == pytest.approx(7.65)


@pytest.mark.parametrize(
    "text",
    [
        "The March 4 to 5 raid was the heaviest.",
        "Crews repaired 110 kV and 220 kV lines.",
        "The Tu-95 and the MiG-31 took off.",
        "The 53rd Brigade held the line.",
        "It was designated under E.O. 13224 and Resolution 2397.",
        "See FAQ 1021 and P.L. 115-44 for details.",
        "The talks began on 14 June 2023 at 10:30.",
        "In 1994 the treaty was signed.",
        "Marta Ilves, 52, a teacher, was among them.",
        "The 31-year-old driver was arrested.",
        "It is one of the busiest ports.",
        "The two neighbours traded accusations.",
        "The envoys blamed one another.",
        "A one-way ticket costs more.",
        "Casualties rose over four weeks.",
        "Office 21 handled the accounts.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_particle_over_is_not_a_bound() -> None:
    q = _one("Each side will hand over 212 detainees.")
    assert (q.low, q.high) == (212, 212)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A million and a half refugees crossed the river.", 1_500_000),
        ("Three million and a half leaflets were dropped.", 3_500_000),
        ("Two and a half thousand villagers fled.", 2_500),
        ("One and a half million tonnes of grain rotted.", 1_500_000),
        ("Four and a half thousand troops massed.", 4_500),
        ("Two and a half dozen boats sank.", 30),
        ("The siege lasted six and a half weeks.", 6.5),
        ("Half a million and a half refugees fled.", None),
    ],
)
def test_a_fraction_spelt_out_is_part_of_its_figure(text, value) -> None:
    from briefbook.analysis.quantities import read_quantity

    found = find_quantities(text)
    if value is None:  # no one reading: no figure rather than a wrong one
        assert found == [], found
        return
    q = _one(text)
    assert (q.low, q.high) == (value, value)
    # a claim's spelt-out figure reads the same
    words = text[q.start : q.end]
    assert read_quantity(words)[0] == (value, value)
