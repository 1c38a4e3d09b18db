"""The Arabic definite article is spelt many ways in transliteration ("El Fasher", "Al
Fasher", "al-Burhan", "Burhan"): before a name it is no name of its own, and the name after
it is what the evidence must carry."""

from __future__ import annotations

from briefbook.assessment.checker import check_statement
from briefbook.model import Sentence

EVIDENCE = [
    Sentence(
        id="S1.4",
        source="S1",
        text="More than 9,000 people have fled Al Qarnet since Sunday, heading to Tumbel, "
        "the Vardan migration office said.",
    ),
    Sentence(
        id="S2.2",
        source="S2",
        text="General Omar Hakeem said the garrison had withdrawn to a safer location.",
    ),
]


def _check(text: str):
    return check_statement(text, EVIDENCE, confidence="moderate")


def test_another_spelling_of_the_article_is_supported():
    for text in (
        "More than 9,000 people fled El Qarnet after its capture.",
        "More than 9,000 people fled Ul Qarnet after its capture.",
        "More than 9,000 people fled El-Qarnet after its capture.",
    ):
        result = _check(text)
        assert result.ok, (text, result.reasons)


def test_an_article_joined_to_a_surname_the_evidence_gives_bare():
    result = _check("General al-Hakeem said the garrison had withdrawn.")
    assert result.ok, result.reasons


def test_near_miss_another_name_after_the_article_still_fails():
    result = _check("More than 9,000 people fled El Dorvan after its capture.")
    assert not result.ok
    assert result.unsupported == ["Dorvan"]


def test_near_miss_another_name_joined_to_the_article_still_fails():
    result = _check("General al-Sayegh said the garrison had withdrawn.")
    assert not result.ok and result.unsupported == ["al-Sayegh"]


def test_near_miss_the_article_alone_is_still_a_word_to_check():
    # "El" not followed by a name is checked like any capitalised word
    result = _check("More than 9,000 people fled, El said.")
    assert not result.ok and "El" in result.unsupported
