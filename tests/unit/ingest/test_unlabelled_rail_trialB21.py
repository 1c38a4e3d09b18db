"""A rail with no label (round trialB21): a page copied as text may end with other stories'
headlines, one a line, under the story's last sentence and with no "Related stories" over
them; they are no text of the source and never reach a section or a judgment. Two such lines
(a closing heading, a credit line) and a list that ends the story stay. Every line here is
invented."""

from __future__ import annotations

from pathlib import Path

from briefbook.ingest import SourceSpec, load_documents

# a page copied as text, one paragraph a line (lines too long to be wrapped prose)
STORY = """Title: The Vellmar view on the port raids
Publisher: Example Tribune

The raids on the Vellmar port mark a victory for the armed groups that, rivalries put aside, now hold its quays and its grain terminal.
It is far from clear whether the governor's emergency rule will bring the quays, the customs house and the ferries back under control.
"""

RAIL = [
    "Harbour Rovers player ratings: Ana Sol shines, Tom Reyes leads by example",
    "Martin Dale: The four threats to the Ostland economy this winter",
    "The record that nearly ended the Glass Owls: the story of their lost album",
    "‘I know what happened that night’: the full story of the ferry case",
]


def _texts(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    doc = load_documents([SourceSpec(path="page.txt")], base=tmp_path)[0]
    return [s.text for s in doc.sentences]


def test_other_stories_headlines_at_the_pages_end_are_left_out(tmp_path: Path) -> None:
    for sep in ("\n", "\n\n"):  # one a line, or a blank line between them
        texts = _texts(tmp_path, STORY.replace("\n", sep) + sep.join(RAIL) + "\n")
        assert not any(
            "player ratings" in t or "Martin Dale" in t or "ferry case" in t for t in texts
        ), texts
        assert any(t.startswith("It is far from clear") for t in texts)


def test_two_closing_lines_stay(tmp_path: Path) -> None:
    texts = _texts(tmp_path, STORY + "\n".join(RAIL[:2]) + "\n")
    assert any("Martin Dale" in t for t in texts)


def test_a_list_ending_the_story_stays(tmp_path: Path) -> None:
    items = "- Quays reopened to ferries\n- Curfew lifted in the old town\n- Grain terminal back under guard\n"
    texts = _texts(tmp_path, STORY + "What to watch:\n" + items)
    assert any("Curfew lifted in the old town" in t for t in texts)
