"""An article spelling before a name ("El Qarnet" for "Al Qarnet") is skipped, but "Al" or
"El" before a surname the evidence gives after another given name is a given name of its
own to check ("Al Serrano" for "Luis Serrano"; round revE20 of newuser20's Arabic article)."""

from __future__ import annotations

from briefbook.assessment.checker import check_statement
from briefbook.model import Sentence


def _check(text: str, evidence: str):
    return check_statement(
        text, [Sentence(id="S1.1", source="S1", text=evidence)], confidence="moderate"
    )


def test_another_given_name_before_the_surname_is_checked():
    result = _check(
        "Al Serrano said the talks would resume.", "Luis Serrano said the talks would resume."
    )
    assert not result.ok and result.unsupported == ["Al"]


def test_near_miss_a_name_the_evidence_gives_bare_or_after_an_article_passes():
    for evidence in (
        "The militia entered Qarnet on Sunday.",
        "The militia entered al-Qarnet on Sunday.",
        "The militia entered Al Qarnet on Sunday.",
        "Qarnet fell to the militia on Sunday.",
    ):
        result = _check("The militia entered El Qarnet.", evidence)
        assert result.ok, (evidence, result.reasons)
