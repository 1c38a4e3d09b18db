"""Review of trial20's interim tolls (revA19; every report here is invented): only a toll told
as a count to that time ("so far", "a preliminary toll") lets another origin's later, higher
figure be its revision; an adjective of another noun ("a preliminary investigation found")
tells no interim toll, so the two origins' figures stay a contradiction."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.build import assess
from briefbook.assessment.corroboration import corroborate

_LATER = (
    "2026-03-11",
    "Beeper blasts killed 12 people across Dorvia on Tuesday, the ministry said.",
)


def _killed(tmp_path: Path, earlier: str) -> list[tuple[str, list[str]]]:
    paths = []
    for i, (published, text) in enumerate([("2026-03-10", earlier), _LATER]):
        path = tmp_path / f"report{i}.txt"
        path.write_text(f"Title: Report {i}\nPublished: {published}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    rows = corroborate(assess(paths, issue_date="2026-03-12"))
    return sorted(
        (r["status"], sorted(q["figure"] for q in r["quantities"]))
        for r in rows
        if r["event"] == "killed"
    )


def test_a_preliminary_investigation_is_no_interim_toll(tmp_path: Path) -> None:
    text = (
        "A preliminary investigation found that beeper blasts killed 9 people across Dorvia "
        "on March 10, police said."
    )
    assert _killed(tmp_path, text) == [("contradicted", ["12", "9"])]


def test_a_preliminary_toll_is_revised_by_a_later_higher_one(tmp_path: Path) -> None:
    # near miss: the adjective is of the toll
    text = (
        "Beeper blasts killed 9 people across Dorvia on March 10, according to a preliminary "
        "toll from police."
    )
    assert _killed(tmp_path, text) == [("revised", ["12", "9"])]
