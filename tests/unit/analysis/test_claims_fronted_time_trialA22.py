"""Who a figure belongs to when a clause of time opens the sentence (round trialA22;
invented sentences, no third-party text).

"After the vote that approved the 40,000 square kilometre district, Mr Dorvan announced
that ...": the fronted clause says when the speaker spoke and is the writer's; only what
follows the speech verb is the speaker's. Near misses: a fronted clause with speech of its
own keeps its speaker, and a figure after the speech verb stays the speaker's.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.pipeline import analyse
from briefbook.evaluation.corroboration import _document


def _claims(text: str) -> dict[str, str | None]:
    doc = _document("S1", text, "2031-02-03")
    return {c.text: c.attributed_to for c in analyse([doc]).claims}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "After the March vote that had approved the transfer of the 40,000 square "
            "kilometre Tarvo district, Mr Dorvan announced that the district would be a "
            "military zone.",
            "40,000 square kilometre Tarvo district",
        ),
        (
            "Before 12 hostages were released on Sunday, the minister said talks had stalled.",
            "12 hostages",
        ),
        (
            "When 40 soldiers crossed the river, the governor said the town was calm.",
            "40 soldiers",
        ),
    ],
)
def test_a_figure_of_a_fronted_clause_of_time_is_the_writers(text: str, figure: str) -> None:
    got = _claims(text)
    assert figure in got, got
    assert got[figure] is None, got


def test_near_miss_a_figure_after_the_speech_verb_stays_the_speakers() -> None:
    got = _claims(
        "After the vote on the 40,000 square kilometre Tarvo district, Mr Dorvan announced "
        "that 300 soldiers would be sent."
    )
    assert got["40,000 square kilometre Tarvo district"] is None
    assert got["300 soldiers"] == "Dorvan"


def test_near_miss_a_fronted_clause_with_its_own_speech_keeps_its_speaker() -> None:
    got = _claims("After police said 12 people died, the governor said the town was calm.")
    assert got["12 people"] == "police"


def test_near_miss_a_trailing_speaker_keeps_the_main_clause() -> None:
    assert _claims("12 people died after the blast, the governor said.")["12 people"] == (
        "governor"
    )
