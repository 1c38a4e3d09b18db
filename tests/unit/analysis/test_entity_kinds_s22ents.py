"""Organisations and places missed (session 22, round ents22), by kind, in invented
sentences, each with a near miss that keeps its old reading:

* a portfolio word right before the head of a body is the body's whole name ("the Interior
  Ministry", "the Defence Department said"), after a country's possessive too, while the
  same word before a post ("Interior Minister Tarvo Kelmani", "the Foreign Minister") stays
  a title and names no body.
"""

from __future__ import annotations

from pathlib import Path

from builders import entities_of


def _of(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


# --- a portfolio word before a body's head ---------------------------------------------


def test_a_portfolio_word_before_a_head_names_a_body(tmp_path: Path) -> None:
    text = (
        "Officials at the Interior Ministry said the convoy left at dawn. "
        "The Defence Department said it had sent no aircraft."
    )
    orgs = _of(tmp_path, text, "organisation")
    assert "Interior Ministry" in orgs
    assert "Defence Department" in orgs


def test_a_portfolio_body_after_a_country_possessive(tmp_path: Path) -> None:
    text = "Kenya's Foreign Ministry said the envoy would return on Friday."
    assert "Foreign Ministry" in _of(tmp_path, text, "organisation")


def test_a_portfolio_word_before_a_post_stays_a_title(tmp_path: Path) -> None:
    text = (
        "Interior Minister Tarvo Kelmani said the roads were open. "
        "The Foreign Minister declined to comment."
    )
    found = entities_of(tmp_path, text)
    assert ("person", "Tarvo Kelmani") in found
    assert not any(t == "organisation" for t, _ in found)
