"""An indicator is forward-looking AND observable (invented sentences, no third-party text):
a stance or a standing posture ("the army will remain vigilant", "we will remain committed
to peace") names no action anyone could watch for; an actor with a concrete action, a date,
a deadline or a condition stays an indicator."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.situation import is_indicator
from briefbook.ingest import SourceSpec, load_documents


@pytest.mark.parametrize(
    "text",
    [
        "The army will remain vigilant along the northern border.",
        "We will remain committed to peace, the foreign minister said.",
        "Dravno will stand firm against any pressure from its neighbours.",
        "The coalition will remain united in its support for the transitional council.",
        "Officials said they would continue to monitor the situation closely.",
        "The ministry said the navy will remain ready to respond to any provocation.",
        "The government will continue to support the people of the flooded provinces.",
        "Ostland will stand with its allies, the president said.",
        "The militia remains on alert due to the tensions along the river.",
    ],
)
def test_a_stance_or_standing_posture_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army will remain vigilant and deploy two more brigades to the pass.",
        "Troops will remain on high alert until the vote on Friday.",
        "If the talks collapse, the navy will remain ready to respond.",
        "The second brigade will be ready to deploy by March.",
        "The truce is due to expire on Sunday.",
        "The border crossing will remain closed to lorries.",
        "The government will continue to supply the garrison by air.",
        "The rebels will continue their assault on the port in the coming weeks.",
        "We will remain committed to the truce and the army will withdraw from the ridge.",
    ],
)
def test_an_action_a_date_or_a_condition_stays_an_indicator(text: str) -> None:
    assert is_indicator(text)


def test_a_stance_is_not_picked_as_an_indicator(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(
        "Ostland closed the Dravno crossing on Monday after a border clash.\n\n"
        "The Ostland army will remain vigilant along the whole border, a spokesman said.\n\n"
        "The Ostland army is expected to reopen the crossing to lorries next week.\n",
        encoding="utf-8",
    )
    docs = load_documents([SourceSpec(path="note.txt", published="2024-11-28")], base=tmp_path)
    a = assess_documents(docs, issue_date="2024-12-01")
    shown = [s.text for s in a.indicators]
    assert not any("vigilant" in t for t in shown), shown
    assert any("reopen the crossing" in t for t in shown), shown
