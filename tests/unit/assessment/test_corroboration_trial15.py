"""Corroboration kinds misread in a new-analyst trial on a maritime strike campaign (invented
reports of the same shapes; no third-party text): a toll summed over several strikes is no
rival of one strike's toll."""

from __future__ import annotations

from briefbook.analysis.scopes import find_scope, scope_facets, scope_gap
from builders import report_rows

_rows = report_rows


def _killed(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["event"] == "killed"]


def _scope(text: str, figure: str) -> str | None:
    start = text.index(figure)
    return find_scope(text, start, start + len(figure))


def test_a_total_over_several_strikes_has_a_span_of_its_own():
    text = "A total of 12 smugglers were killed during the three strikes, the navy said."
    assert scope_facets(_scope(text, "12")).span == "3 strikes"
    text = "The raid, involving four separate attacks, left 20 guards dead."
    assert scope_facets(_scope(text, "20")).span == "4 attacks"
    assert scope_gap(None, "during the three strikes")


def test_a_place_or_a_single_strike_is_no_total_over_strikes():
    # near misses: villages are no incidents, one strike is one incident, a bare plural no count
    assert _scope("Nine people were killed in two villages.", "Nine") is None
    assert _scope("Five sailors died in the strike on the tug.", "Five") is None
    assert _scope("Eleven men were killed in the strikes on Monday.", "Eleven") is None


def test_a_toll_over_three_strikes_never_contradicts_one_strikes_toll(tmp_path):
    rows = _rows(
        tmp_path,
        [
            ("2026-04-08", "Four smugglers were killed in a strike off the cape, the navy said."),
            (
                "2026-04-14",
                "A total of 12 smugglers were killed during the three strikes off the cape, the "
                "navy said.",
            ),
        ],
    )
    assert all(q["oppose"] == 0 for r in _killed(rows) for q in r["quantities"]), rows
    assert not any(r["status"] == "contradicted" for r in _killed(rows)), rows


def test_one_strikes_tolls_still_contradict(tmp_path):
    # guard: without a total over strikes, two tolls of one strike off one cape still disagree
    rows = _rows(
        tmp_path,
        [
            ("2026-04-08", "Four smugglers were killed in a strike off the cape, the navy said."),
            ("2026-04-09", "Six smugglers were killed in a strike off the cape, officials said."),
        ],
    )
    assert any(r["status"] == "contradicted" for r in _killed(rows)), rows
