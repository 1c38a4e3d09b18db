"""Corroboration kinds of round claims24 (invented reports, no third-party text):

* figures with no named event meet only when they say one thing of what they count: "30
  million people are in need of aid" and "25 million face acute food insecurity" are two
  figures; near miss: "28 million need humanitarian aid" corroborates the first;
* a perfect toll whose war is named after it ("150,000 people have been killed in the war")
  is the war's whole toll, so it contradicts another origin's "the war has killed 20,000";
  near miss: "have been killed in the fighting near Velk" is a clash's toll, apart.
"""

from __future__ import annotations

from briefbook.evaluation.corroboration import run_case


def _rows(*texts: str) -> list[tuple[str, list[str]]]:
    rows = run_case({"sources": [{"published": "2027-05-02", "text": t} for t in texts]})
    return [(r["status"], sorted(q["source"] for q in r["quantities"])) for r in rows]


def test_figures_of_need_and_of_hunger_are_two_rows() -> None:
    rows = _rows(
        "Some 30 million people in Karsia are in need of aid, the UN said.",
        "About 25 million people in Karsia face acute food insecurity, the food agency said.",
    )
    assert ("corroborated", ["S1", "S2"]) not in rows, rows


def test_near_miss_one_need_told_twice_corroborates() -> None:
    rows = _rows(
        "Some 30 million people in Karsia are in need of aid, the UN said.",
        "About 28 million people in Karsia need humanitarian aid, the food agency said.",
    )
    assert ("corroborated", ["S1", "S2"]) in rows, rows


def test_a_toll_killed_in_the_war_is_the_wars_whole_toll() -> None:
    rows = _rows(
        "The war in Karsia has killed 20,000 people, the UN said.",
        "Some 150,000 people have been killed in the war in Karsia, the US envoy said.",
    )
    assert ("contradicted", ["S1", "S2"]) in rows, rows


def test_near_miss_a_toll_in_the_fighting_near_a_town_is_a_clash() -> None:
    rows = _rows(
        "The war in Karsia has killed 20,000 people, the UN said.",
        "Some 40 people have been killed in the fighting near Velk in Karsia, the army said.",
    )
    assert all(sources != ["S1", "S2"] for _, sources in rows), rows


def _dated_rows(*reports: tuple[str, str]) -> list[tuple[str, list[str]]]:
    rows = run_case({"sources": [{"published": d, "text": t} for d, t in reports]})
    return [(r["status"], sorted(q["source"] for q in r["quantities"])) for r in rows]


def test_one_strikes_toll_is_no_earlier_count_of_the_strikes_toll() -> None:
    rows = _dated_rows(
        (
            "2027-05-07",
            "A drone strike on a school in Orsk killed 9 people on Monday, police said.",
        ),
        (
            "2027-05-09",
            "The death toll from Monday's drone strikes in Orsk has risen to 26, police said.",
        ),
    )
    assert all(sources != ["S1", "S2"] for _, sources in rows), rows


def test_near_miss_one_strikes_toll_told_as_risen_is_a_revision() -> None:
    rows = _dated_rows(
        ("2027-05-07", "A drone strike in Orsk killed 9 people on Monday, police said."),
        (
            "2027-05-09",
            "The death toll from Monday's drone strike in Orsk has risen to 26, police said.",
        ),
    )
    assert ("revised", ["S1", "S2"]) in rows, rows
