"""A picture's caption left in a page's text (round audit10; invented reports of the shapes
seen on unseen pages, no third-party text): a short paragraph closing with its credit line
("(XNA/File)", "Image credit: ...", "WNA/ Name", a code in brackets) or a sentence closing with
a copyright sign and its holder is in no section, so it never reaches the Situation or a key
judgment, whatever the picture shows. Prose that ends with a bracketed aside, a slash in a
sentence ("UN/AU troops ...") or a long paragraph keeps its section."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment.build import assess
from briefbook.assessment.captions import caption_sentences, is_credit_line
from briefbook.assessment.sections import assign_sections
from briefbook.config.outline import load_schema
from briefbook.ingest import load_documents
from builders import written_sources

_BODY = (
    "Militia fighters shelled the port of Lanmouth on Monday, killing four dock workers, "
    "the Ostland interior ministry said.\n\n"
    "The shelling closed the grain terminal for a second week and stranded 40 ships.\n\n"
    "Ostland's army said it had moved two brigades toward the coast."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Dock workers carry sacks of grain past a burnt crane in Lanmouth. (XNA/File)",
        "A militia fighter at a checkpoint near Lanmouth. Image credit: Ana Reis / Wirewire.",
        "Firefighters spray a grain silo in Lanmouth, Ostland, 12 March 2024. WNA/ Ana Reis",
        "Members of the coast guard are seen on the Lanmouth quay. (WNA)",
        "Relatives of the dock workers wait outside the Lanmouth morgue on March 11, 2024 "
        "\u00a9XNA.",
        "Relatives of the dock workers wait outside the Lanmouth morgue. \u00a9 XNA.",
    ],
)
def test_a_caption_paragraph_is_in_no_section(tmp_path: Path, caption: str) -> None:
    doc = load_documents(
        written_sources(tmp_path, caption + "\n\n" + _BODY, head="Published: 2024-03-12")
    )[0]
    result = assign_sections([doc], load_schema("conflict"))
    first_body = next(s for s in doc.sentences if s.text.startswith("Militia fighters"))
    shown = [s for s in doc.sentences if s.paragraph == doc.sentences[0].paragraph]
    assert shown and all(result[s.id] is None for s in shown), [
        (s.text, result[s.id]) for s in shown
    ]
    assert result[first_body.id] is not None  # the report itself keeps its section


@pytest.mark.parametrize(
    "prose",
    [
        # a bracketed aside that is no credit
        "The ministry gave a toll of four. (The figure was later revised to six.)",
        # a slash inside a sentence of prose
        "UN/AU troops patrolled the Lanmouth quay after the shelling.",
        # a long paragraph ending with an agency's code is prose, not a caption
        "Militia fighters fired on the port. Four workers died. The army sent troops. "
        "The governor asked for calm. (XNA)",
        # an outlet named as a source, not as a credit
        "Ostland's army said the port would reopen on Friday, WNA reported.",
    ],
)
def test_prose_that_looks_like_a_credit_keeps_its_section(tmp_path: Path, prose: str) -> None:
    doc = load_documents(
        written_sources(tmp_path, _BODY + "\n\n" + prose, head="Published: 2024-03-12")
    )[0]
    last = max(s.paragraph for s in doc.sentences)
    assert not caption_sentences(doc) or not any(
        s.paragraph == last and s.id in caption_sentences(doc) and not is_credit_line(s.text)
        for s in doc.sentences
    )
    result = assign_sections([doc], load_schema("conflict"))
    kept = [s for s in doc.sentences if s.paragraph == last and not is_credit_line(s.text)]
    assert kept and all(result[s.id] is not None for s in kept), [
        (s.text, result[s.id]) for s in kept
    ]


def test_a_caption_never_leads_the_key_judgments(tmp_path: Path) -> None:
    """The caption repeats the lede's words: the judgment cites the lede, never the caption."""
    caption = (
        "Militia fighters shelled the port of Lanmouth on Monday, killing four dock workers, "
        "the Ostland interior ministry said. (XNA/File)"
    )
    path = written_sources(tmp_path, caption + "\n\n" + _BODY, head="Published: 2024-03-12")
    a = assess(path, issue_date="2024-03-13")
    caption_ids = {s.id for s in a.sentences if s.paragraph == 0}
    cited = {e for k in a.key_judgments for e in k.evidence}
    shown = {e for sec in a.sections for st in sec.statements for e in st.evidence[:1]}
    assert a.key_judgments
    assert not cited & caption_ids and not shown & caption_ids
