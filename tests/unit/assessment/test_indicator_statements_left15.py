"""Reported statements are no indicators (left over from the last session; every sentence
here is invented): an indicator is something to watch for, not a report that someone said
something. A main clause that reports an announcement or a sentiment ("Tarn announced it will
be recalling its envoy", "The ministers expressed optimism that the accord would ...") is no
indicator unless the reported clause says when or on what condition (then it is still to
watch); a warning, and a forward statement in the writer's own voice, stay indicators."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "Tarn announced it will be recalling its envoy from Vell.",
        "The ministers expressed optimism that the accord would rebuild confidence.",
        "The two premiers voiced hope that the border crossings would reopen.",
        "The foreign ministry said Ostland will review its defence ties with Karsia.",
    ],
)
def test_a_reported_statement_is_no_indicator(text: str) -> None:
    assert is_indicator(text) is False


@pytest.mark.parametrize(
    "text",
    [
        # when or on what condition: still something to watch
        "Tarn announced it will recall its envoy from Vell on Friday.",
        "The foreign ministry said Ostland will review its defence ties with Karsia next month.",
        "Tarn said it would recall its envoy unless the shelling of Vell stops.",
        # a warning points to what to watch
        "Officials warned that the militia could strike the port within days.",
        # the writer's own voice, and a statement whose speaker comes after
        "Tarn will recall its envoy from Vell if the shelling continues.",
        "Tarn is expected to recall its envoy from Vell.",
    ],
)
def test_a_statement_with_a_time_a_condition_or_a_warning_stays_an_indicator(text: str) -> None:
    assert is_indicator(text) is True
