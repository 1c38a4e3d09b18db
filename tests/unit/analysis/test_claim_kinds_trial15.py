"""Claim kinds misread in a new-analyst trial on a maritime strike campaign (invented
sentences of the same shapes; no third-party text): a part of a whole whose size is spelled
out ("two of the four smugglers") counts what the whole counts, never the number word."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _counts(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.counts) for c in find_claims(text, "S1.1", published="2026-05-05")]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The strike killed two of the four smugglers on the launch.", ("two", "smugglers")),
        ("Two of the three launches were sunk off the cape.", ("Two", "launches")),
        ("Patrols detained three of their seven crew members.", ("three", "crew members")),
    ],
)
def test_a_part_of_a_spelled_whole_counts_the_whole_s_noun(text, part):
    assert _counts(text)[0] == part


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # guards: a digit whole, a whole without its size, no whole at all
        ("The strike killed 2 of the 4 smugglers on the launch.", ("2", "smugglers")),
        ("Two of the men were freed at the port.", ("Two", "men")),
        ("Four smugglers were killed in the strike.", ("Four smugglers", "smugglers")),
    ],
)
def test_other_parts_and_wholes_read_as_before(text, first):
    assert _counts(text)[0] == first


def test_an_event_word_inside_a_title_case_name_is_no_event():
    # "operated by Designated Smuggling Organizations": a class's name, no sanctions
    text = (
        "The coast guard carried out two strikes on three vessels operated by Designated "
        "Smuggling Organizations (DSO) carrying fuel in the gulf."
    )
    events = {c.text: c.event for c in find_claims(text, "S1.1")}
    assert events["two strikes"] == "struck"
    assert events["three vessels"] != "sanctioned"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # guards: the verb in the sentence's own voice, and a sanctioned count beside a name
        ("The ministry designated four firms on Monday.", "sanctioned"),
        ("The US sanctioned 12 people on Friday.", "sanctioned"),
        ("The Treasury designated three vessels of the Kelvo Shipping Line.", "sanctioned"),
    ],
)
def test_an_event_verb_outside_a_name_still_counts(text, event):
    assert [c.event for c in find_claims(text, "S1.1")][:1] == [event]
