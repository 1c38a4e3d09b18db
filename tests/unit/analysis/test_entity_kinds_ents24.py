"""Entities missed or mistyped (session 24, round ents24), by kind, in invented sentences,
each with a near miss that keeps its old reading:

* the platform a statement went out on, named after a verb of saying or posting and "on"
  or "via" ("said on Chatterly", "stated via Kelvogram") or before a lower-case noun of a
  post ("in a Kelvogram post", "on its Chatterly page"), is an organisation, while a day
  ("said on Monday", "said on Christmas Day"), a street ("said on Kelvo Street") or a place
  after "in" stay what they were;
* outlets listed after a plural class noun ("the networks Kelvision and Morvano") are one
  organisation each, while a singular noun keeps a name with "and" whole ("the network
  Kelvo and Partners").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_names


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("The Interior Ministry said on Chatterly that the talks would go on.", "Chatterly"),
        ("The president stated via Kelvogram that he would not resign.", "Kelvogram"),
        ("Rebels posted on Vidstream that they held the bridge.", "Vidstream"),
        ("The protest leader wrote in a triumphant Kelvogram post that he had won.", "Kelvogram"),
        ("The ministry said on its Chatterly page that the road was shut.", "Chatterly"),
    ],
)
def test_the_platform_a_statement_went_out_on_is_an_organisation(
    tmp_path: Path, text: str, platform: str
) -> None:
    assert platform in note_names(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("The army said on Monday that the talks would go on.", "Monday", None),
        ("He said on Christmas Day that the front would hold.", "Christmas Day", None),
        ("The minister said on Kelvo Street that he would stay.", "Kelvo Street", "place"),
        ("The spokesman said in Kelvo that he would stay.", "Kelvo", "place"),
    ],
)
def test_a_day_a_street_or_a_place_after_a_speech_verb_is_no_platform(
    tmp_path: Path, text: str, name: str, etype: str | None
) -> None:
    assert name not in note_names(tmp_path, text, "organisation")
    if etype:
        assert name in note_names(tmp_path, text, etype)


def test_outlets_listed_after_a_plural_class_noun_are_one_body_each(tmp_path: Path) -> None:
    orgs = note_names(
        tmp_path,
        "Tarvian networks Kelvision and Morvano both said the police had left.",
        "organisation",
    )
    assert {"Kelvision", "Morvano"} <= orgs and "Kelvision and Morvano" not in orgs, orgs


def test_a_singular_class_noun_keeps_a_name_with_and_whole(tmp_path: Path) -> None:
    orgs = note_names(
        tmp_path, "The network Kelvo and Partners said the police had left.", "organisation"
    )
    assert "Kelvo and Partners" in orgs and "Kelvo" not in orgs, orgs
