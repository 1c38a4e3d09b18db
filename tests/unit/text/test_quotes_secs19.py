"""briefbook.text.quotes.unquoted: a sentence without its direct quotations, whole or carried
over a sentence boundary. Invented sentences."""

from __future__ import annotations

from briefbook.text.quotes import unquoted


def test_whole_quotations_go_straight_or_curly():
    assert unquoted('"We will hold," the colonel said.').split() == ["the", "colonel", "said."]
    assert unquoted("“We will hold,” she said.").split() == ["she", "said."]


def test_a_quotation_carried_over_from_the_sentence_before_goes_from_the_start():
    assert unquoted('We will hold the pass," the colonel said.').split() == [
        "the",
        "colonel",
        "said.",
    ]
    assert unquoted("the pass will hold,” she said.").split() == ["she", "said."]


def test_a_quotation_going_on_in_the_next_sentence_goes_to_the_end():
    assert unquoted('The colonel said: "We will hold the pass').split() == [
        "The",
        "colonel",
        "said:",
    ]
    assert unquoted("She said: “We will hold").split() == ["She", "said:"]


def test_near_miss_a_sentence_without_quotes_is_unchanged():
    text = "The colonel's men held the pass, and the convoy's drivers waited."
    assert unquoted(text) == text


def test_near_miss_a_quoted_phrase_inside_the_sentence_leaves_the_rest():
    out = unquoted('We believe the "iron ring" will break by spring.')
    assert out.split() == ["We", "believe", "the", "will", "break", "by", "spring."]
