"""An additive figure that names nothing ("Another 5,000 followed", "A further 12 were
killed") counts more of what the sentence before counted, in the same paragraph only
(invented sentences)."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_frames


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        (
            "Another 5,000 followed on Tuesday.",
            ("refugees", "displaced"),
            ("refugees", "displaced"),
        ),
        ("A further 12 were killed.", ("soldiers", "killed"), ("soldiers", "killed")),
        (
            "An additional 300 arrived overnight.",
            ("families", "displaced"),
            ("families", "displaced"),
        ),
        # its own verb names another casualty: the same people, its own event
        ("Another 40 were wounded.", ("villagers", "killed"), ("villagers", "wounded")),
        # a casualty after a count of weapons: people, not more drones
        ("Another 12 were killed.", ("drones", "intercepted"), ("people", "killed")),
    ],
)
def test_an_additive_figure_counts_more_of_the_sentence_before(
    text: str, before: tuple[str, str], expected: tuple[str, str]
) -> None:
    frames = find_frames(text, before)
    assert [(f.counts, f.event) for f in frames] == [expected]


def test_without_a_count_before_a_bare_additive_figure_is_no_claim() -> None:
    assert find_frames("Another 5,000 followed on Tuesday.") == []


def test_an_additive_figure_with_its_own_noun_keeps_it() -> None:
    frames = find_frames("Another 12 trucks were turned back.", ("refugees", "displaced"))
    assert [f.counts for f in frames] == ["trucks"]


def test_the_paragraph_bounds_what_an_additive_figure_continues(tmp_path) -> None:
    from briefbook.analysis.pipeline import analyse
    from briefbook.ingest import read_document

    path = tmp_path / "a.txt"
    path.write_text(
        "Flight from the border\n\n"
        "About 3,000 refugees crossed into Dorvia on Monday, the agency said. "
        "Another 5,000 followed on Tuesday.\n\n"
        "Another 200 followed in the new paragraph.\n",
        encoding="utf-8",
    )
    claims = analyse([read_document(path, "S1")]).claims
    got = {c.text: (c.counts, c.event) for c in claims}
    assert got == {
        "About 3,000 refugees": ("refugees", "displaced"),
        "5,000": ("refugees", "displaced"),
    }
