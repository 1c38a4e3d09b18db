"""A bare figure after a subset aside counts the whole, not the part (trial23; every sentence
here is invented): "At least 13 people, including four children, were killed and 57 injured"
counts 57 people wounded, never 57 children. The aside's own figures stay parts."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.build import assess


def _claims(tmp_path: Path, text: str) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(f"Title: Report\nPublished: 2026-03-07\n\n{text}\n", encoding="utf-8")
    a = assess([path], issue_date="2026-03-08")
    return [(c.text, c.counts, c.event) for c in a.claims]


def test_a_bare_figure_after_an_aside_counts_the_whole(tmp_path: Path) -> None:
    got = _claims(
        tmp_path,
        "At least 13 people, including four children and a soldier, were killed and 57 "
        "injured as the Dorvian army shelled villages along the border, officials said.",
    )
    assert ("57", "people", "wounded") in got, got
    assert ("four children", "children", "killed") in got, got


def test_an_aside_of_one_figure_then_a_bare_figure(tmp_path: Path) -> None:
    got = _claims(
        tmp_path, "At least 9 people, including two women, were killed and 30 injured in Varsk."
    )
    assert ("30", "people", "wounded") in got, got


def test_near_miss_no_aside_keeps_the_thing_before(tmp_path: Path) -> None:
    # near miss: no subset aside, the bare figure still takes the one count before it
    got = _claims(tmp_path, "Twelve soldiers were killed and 40 injured in the Varsk ambush.")
    assert ("40", "soldiers", "wounded") in got, got
