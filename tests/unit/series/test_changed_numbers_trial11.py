"""A changed number is another figure of one event (trial11 kind; invented claims): two
figures of different places, of a past year, or of a measurement are never "changed"."""

from __future__ import annotations

from briefbook.model import Assessment, Claim
from briefbook.series.changes import compare_assessments


def _issue(*claims: Claim) -> Assessment:
    return Assessment(
        title="Vendra weekly",
        schema_name="conflict",
        sources=[],
        sentences=[],
        sections=[],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=list(claims),
    )


def _claim(text, quantity, counts, event, published, **kw) -> Claim:
    return Claim(text, quantity, counts, event, None, False, ["S1.1"], [], published, **kw)


def test_figures_of_another_place_or_a_measurement_are_no_changed_number() -> None:
    previous = _issue(
        _claim("23 strikes", 23, "strikes", "struck", "2025-03-01", where="Tarvo"),
        _claim("24-year rule", 24, "years", "other", "2025-03-01", kind="measure", unit="years"),
        _claim("40 people", 40, "people", "killed", "2025-03-01"),
    )
    current = _issue(
        _claim("hundreds of airstrikes", "hundreds", "airstrikes", "struck", "2025-03-05"),
        _claim("50 years", 50, "years", "other", "2025-03-05", kind="measure", unit="years"),
        _claim("4,000 people", 4000, "people", "killed", "2025-03-05", when="1994"),
        _claim("55 people", 55, "people", "killed", "2025-03-05"),
    )
    changes = compare_assessments(previous, current, previous_date="2025-03-01")
    changed = [
        (c["previous"][0]["quantity"], c["current"]["quantity"]) for c in changes["changed_numbers"]
    ]
    assert changed == [(40, 55)]
