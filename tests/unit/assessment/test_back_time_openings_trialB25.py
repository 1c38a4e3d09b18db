"""An opening that dates its event only from a time the sentence before named ("The following
week, ...", "Two days later, ...") does not read on its own, so it never leads a briefing
(round trialB25; invented sentences of the same shape as a think-tank recap whose "The
following week, Malaysia brokered a ceasefire ..." led the bottom line)."""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import needs_context


@pytest.mark.parametrize(
    "text",
    [
        "The following week, Vendra brokered a truce that has so far held.",
        "The next day, rebels shelled the port of Ostra.",
        "On the previous night, two drones struck the fuel depot near Ostra.",
        "Two days later, the army withdrew from the Kelvo crossing.",
        "A week later, the council lifted the curfew in Ostra.",
        "Hours earlier, police sealed the crossing at Tarvo.",
        "The day before, the two defence ministers met in Vendra.",
        "Days later, the ministry raised the toll to 40.",
        "The following Monday, talks resumed in the Vendran capital.",
        "By the next morning, 3,000 villagers had fled the border district.",
    ],
)
def test_an_opening_dated_from_the_sentence_before_needs_it(text) -> None:
    assert needs_context(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # counted from the time of writing
        "Next week, ministers will meet in Vendra to sign the truce.",
        "Later this week, the council votes on the observer mission.",
        "This week, the army shelled the port of Ostra.",
        # the anchor named in the sentence itself
        "The day after the vote, protesters gathered outside the council in Vendra.",
        "Two days after the election, troops entered the border town of Ostra.",
        # "next", "following" or "previous" before no time noun
        "The next round of talks is due in Vendra in March.",
        "The following countries signed the accord in Vendra on Friday.",
        "The previous government had signed the border accord in 2019.",
        # the time phrase inside the sentence
        "The truce held the following week, officials in Vendra said.",
    ],
)
def test_a_time_counted_from_writing_or_named_in_the_sentence_reads_on_its_own(text) -> None:
    assert needs_context(text) is False
