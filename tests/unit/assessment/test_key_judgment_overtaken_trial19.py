"""A schedule told as news ("talks are scheduled to begin shortly", "the envoys will meet on
Friday") whose day passed before the issue date is stale news: it never leads the bottom line
(invented sentences, no third-party text). On its own day it still may; a report of an act
("agreed a ceasefire starting on Monday") is no schedule."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.situation import is_schedule
from briefbook.ingest import SourceSpec, load_documents


@pytest.mark.parametrize(
    "text",
    [
        "Ostland and Dravno are scheduled to begin high-level talks in Velmar shortly.",
        "The two defence ministers will meet at the Ostra bridge on Friday.",
        "A border commission is due to convene in Sarnovo on 14 May.",
    ],
)
def test_a_schedule(text: str) -> None:
    assert is_schedule(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ostland and Dravno agreed a ceasefire starting at midnight on Monday.",
        "The army will not withdraw from the ridge.",
        '"We will never give up the pass," the commander said.',
    ],
)
def test_not_a_schedule(text: str) -> None:
    assert not is_schedule(text)


def _judgments(tmp_path: Path, issue: str) -> list[str]:
    (tmp_path / "a.txt").write_text(
        "Ostland and Dravno are scheduled to begin high-level talks in Velmar shortly in the "
        "hope of an immediate truce.\n\nOfficials of the foreign ministry of Velmar are in the "
        "capital to assist the talks.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "At least 40 people have died as fighting continues along the Ostland-Dravno "
        "border.\n\nDravno said its jets struck two Ostland command posts near Korvin.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Ostland and Dravno agreed an unconditional ceasefire at talks in Sarnovo on Monday, "
        "the host government said.\n\nThe truce took effect at midnight.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-05"),
            SourceSpec(path="b.txt", published="2024-05-04"),
            SourceSpec(path="c.txt", published="2024-05-07"),
        ],
        base=tmp_path,
    )
    return [s.text for s in assess_documents(docs, issue_date=issue).key_judgments]


def test_an_overtaken_schedule_never_leads(tmp_path: Path) -> None:
    shown = _judgments(tmp_path, "2024-05-16")
    assert not any("scheduled to begin" in t for t in shown), shown
    assert any("agreed an unconditional ceasefire" in t for t in shown), shown


def test_a_schedule_on_its_own_day_may_lead(tmp_path: Path) -> None:
    shown = _judgments(tmp_path, "2024-05-05")
    assert any("scheduled to begin" in t for t in shown), shown
