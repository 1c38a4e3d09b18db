"""A standfirst (the line under the headline that sums up the story) is read as a sentence
when it is a full clause, so its figures are claims; a headline's fragment there stays a
heading, and a full clause further down, a section's subheading, stays a heading too."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.ingest import load_documents
from briefbook.ingest.assemble import full_clause

BODY = (
    "Armed men reached Tarvesh, a river town in the east of Moldria, shortly after midnight "
    "on Sunday and set fire to houses near the ferry landing, district officials said on "
    "Monday."
)


def _doc(tmp_path: Path, text: str):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = load_documents([path])
    return doc


@pytest.mark.parametrize(
    "deck",
    [
        "Raiders killed 11 fishermen and wounded 23 in the night attack",
        "At least 11 fishermen were killed in the night attack on Tarvesh",
        "About 2,500 residents fled across the river, officials said",
    ],
)
def test_a_standfirst_that_is_a_clause_is_a_sentence_with_claims(tmp_path: Path, deck: str) -> None:
    doc = _doc(tmp_path, f"Night attack on Tarvesh ferry town\n\n{deck}\n\n{BODY}\n")
    assert doc.title == "Night attack on Tarvesh ferry town"
    assert doc.headings == []
    assert doc.sentences[0].text == deck
    assert find_claims(deck, doc.sentences[0].id)


def test_a_standfirst_under_a_site_label_and_an_untitled_headline(tmp_path: Path) -> None:
    # a docx or a file whose headline is no title line: the first heading is the headline
    deck = "Raiders killed 11 fishermen in the night attack"
    doc = _doc(tmp_path, f"# Night attack on Tarvesh\n\n{deck}\n\n{BODY}\n")
    assert [s.text for s in doc.sentences][0] == deck


@pytest.mark.parametrize(
    "deck",
    [
        "Eleven dead and 23 hurt in Tarvesh raid",  # no verb
        "11 killed, 23 wounded in night attack",  # participles
        "Raiders kill 11 fishermen in night attack",  # a headline's present tense
        "Three hundred displaced after Tarvesh raid",  # "hundred" is no past tense
        "United Nations Condemned the Tarvesh Raid",  # capitalised: a headline's case
    ],
)
def test_a_standfirst_that_is_a_fragment_stays_a_heading(tmp_path: Path, deck: str) -> None:
    doc = _doc(tmp_path, f"Night attack on Tarvesh ferry town\n\n{deck}\n\n{BODY}\n")
    assert [h.text for h in doc.headings] == [deck]
    assert doc.sentences[0].text == BODY


def test_a_subheading_further_down_stays_a_heading_even_as_a_clause(tmp_path: Path) -> None:
    sub = "Residents fled across the river"
    doc = _doc(
        tmp_path,
        f"Night attack on Tarvesh ferry town\n\n{BODY}\n\n{sub}\n\n{BODY.replace('Sunday', 'Friday')}\n",
    )
    assert [h.text for h in doc.headings] == [sub]


def test_full_clause() -> None:
    assert full_clause("Raiders burned 40 houses in Tarvesh")
    assert full_clause("The army says 12 rebels died")
    assert not full_clause("40 houses burned in Tarvesh")
    assert not full_clause("Forty houses burned, 12 dead")
