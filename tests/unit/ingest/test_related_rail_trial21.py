"""A page's rail of links to other stories at its end (invented pages of the shape seen in a
new-analyst trial on an offensive and an exodus; no third-party text): after a rail's label
alone on a line ("You May Also Like", "Related stories", "More from Example News") every
line is another story's headline or clipped snippet, none a sentence of this source; a
"Continue reading" prompt alone on a line is web chrome. A label followed by text of the
story itself (full sentences) keeps that text."""

from __future__ import annotations

from pathlib import Path

from briefbook.ingest import read_document

RAIL = """Source: https://example.org/news/dissolve
Publisher: Example Digest
Title: The enclave's government says it will dissolve

The enclave's leader, Arvo Kessel, signed a decree to dissolve all state bodies by 1 March, officials said.
The republic will cease to exist from that day, the decree said.

Continue reading…

You May Also Like

The quiet grief of retired footballers | Mara Quist

Some things get harder with age. The weight of my old injuries and…

Tovaria condemns singer as 'a voice of Dravno propaganda'

Lenport outraged as pop star accepts an invitation to perform in…
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, "S1")


def test_a_rail_of_other_stories_after_its_label_is_not_text(tmp_path: Path) -> None:
    doc = _read(tmp_path, RAIL)
    assert [s.text for s in doc.sentences] == [
        "The enclave's leader, Arvo Kessel, signed a decree to dissolve all state bodies by "
        "1 March, officials said.",
        "The republic will cease to exist from that day, the decree said.",
    ]
    assert not any("Also Like" in h.text or "Continue" in h.text for h in doc.headings)


def test_other_rail_labels_end_the_text_too(tmp_path: Path) -> None:
    for label in ("Related stories", "More from Example Digest", "Recommended for you"):
        doc = _read(tmp_path, RAIL.replace("You May Also Like", label))
        assert not any("Tovaria" in s.text or "Lenport" in s.text for s in doc.sentences)


def test_text_after_a_related_label_that_is_the_story_stays(tmp_path: Path) -> None:
    # near miss: a "Related" label mid-page followed by the story's own sentences
    doc = _read(
        tmp_path,
        "Title: Talks resume in Vendra\n\n"
        "Envoys of both sides met in Vendra on Monday to resume the talks, the ministry said.\n\n"
        "Related\n\n"
        "The talks broke down in March after a shelling of the border town killed six.\n\n"
        "The envoys are due to meet again on Friday, the mediators said.\n",
    )
    texts = [s.text for s in doc.sentences]
    assert any("broke down in March" in t for t in texts)
    assert any("due to meet again" in t for t in texts)
