"""War tolls, review revA24 (invented reports): a perfect toll "in the war" limited to a part
of the war's time ("in the war's first week", "in the war since January", "in the conflict
over the past week") is no whole toll of the war, so it does not contradict another origin's
whole toll; near miss: "have been killed in the war in Karsia" still does."""

from __future__ import annotations

import pytest

from briefbook.evaluation.corroboration import run_case

_WHOLE = "The war in Karsia has killed 20,000 people, the UN said."


def _rows(*texts: str) -> list[tuple[str, list[str]]]:
    rows = run_case({"sources": [{"published": "2027-05-02", "text": t} for t in texts]})
    return [(r["status"], sorted(q["source"] for q in r["quantities"])) for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 people have been killed in the war's first week in Karsia, the envoy said.",
        "Some 500 people have died in the war since January in Karsia, the monitor said.",
        "Some 1,200 people have been killed in the conflict over the past week in Karsia, "
        "the agency said.",
    ],
)
def test_a_toll_of_part_of_the_wars_time_is_no_whole_toll(text: str) -> None:
    rows = _rows(_WHOLE, text)
    assert ("contradicted", ["S1", "S2"]) not in rows, rows


def test_near_miss_the_wars_whole_toll_still_contradicts() -> None:
    rows = _rows(
        _WHOLE, "Some 150,000 people have been killed in the war in Karsia, the US envoy said."
    )
    assert ("contradicted", ["S1", "S2"]) in rows, rows
