"""Situation domains and overtaken appointments misread in a new-analyst trial on a
territorial crisis (invented sentences of the same shapes; no third-party text; round
trialA22):

* a court named in a border or jurisdiction matter ("rejected the ICJ's jurisdiction over
  the territorial dispute in a referendum") was Humanitarian: a court now counts for the
  domain of its case, humanitarian only beside a humanitarian cue (``legal_cues``), and a
  referendum or a territorial dispute is politics;
* a fronted clause of time named the domain of the act after it ("Following the
  referendum, the president ordered oil firms out": economic, not political);
* an appointment naming no day ("DASD Kovalenko is scheduled to meet the ministers") from a
  report five weeks before the issue date led the key judgments: it looks to the days right
  after its report and is overtaken after ``schedule_days``.

Near misses: a court beside genocide, aid or war crimes stays humanitarian; a fronted
clause names the domain when the main clause names none; the same appointment a few days
old may still lead, and a standing commitment ("will keep") is no appointment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.situation import domain_of, is_fixed_schedule
from briefbook.ingest import SourceSpec, load_documents


@pytest.mark.parametrize(
    "text",
    [
        "The ICJ ruled that Tarvo must refrain from any action in the disputed territory.",
        "Voters in Dorvia rejected the ICJ's jurisdiction over the territorial dispute in a "
        "Sunday referendum.",
        "Ostland accused Dorvia of disrespect of the court, and warned against any conflict.",
    ],
)
def test_a_court_in_a_border_matter_is_politics(text: str) -> None:
    assert domain_of(text) == "political"


@pytest.mark.parametrize(
    "text",
    [
        "Kestan brought a genocide case against Dorvia at the ICJ.",
        "The court ordered Dorvia to let aid into the enclave.",
        "The tribunal sentenced the commander for war crimes.",
    ],
)
def test_near_miss_a_court_beside_a_humanitarian_cue_stays_humanitarian(text: str) -> None:
    assert domain_of(text) == "humanitarian"


def test_the_act_after_a_fronted_clause_of_time_names_the_domain() -> None:
    text = (
        "Following the results of the referendum, Dorvian President Ivo Marek ordered oil "
        "companies to halt operations in the district within three months."
    )
    assert domain_of(text) == "economic"


def test_near_miss_a_fronted_clause_names_the_domain_when_the_act_names_none() -> None:
    assert domain_of("After the referendum, crowds gathered in the square.") == "political"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("DASD Kovalenko is scheduled to meet the ministers of Tarvo.", True),
        ("The envoys are due to sign the accord in Velmar.", True),
        ("The alliance will keep its commitment to Tarvo.", False),
        ("DASD Kovalenko is expected to meet the ministers.", False),
    ],
)
def test_an_appointment(text: str, fixed: bool) -> None:
    assert is_fixed_schedule(text) is fixed


def _judgments(tmp_path: Path, issue: str) -> list[str]:
    (tmp_path / "a.txt").write_text(
        "DASD Tomas Velkov is scheduled to meet the defence chiefs of Tarvo and Kestan to "
        "discuss a border security partnership.\n\nThe visit is his first abroad this "
        "year.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Dorvian troops massed near the Tarvo border, satellite images showed.\n\nTarvo put "
        "its army on high alert.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Dorvia and Tarvo agreed not to use force against each other at talks in Velmar on "
        "Thursday.\n\nThe two presidents shook hands after the meeting.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2031-01-08"),
            SourceSpec(path="b.txt", published="2031-01-09"),
            SourceSpec(path="c.txt", published="2031-01-09"),
        ],
        base=tmp_path,
    )
    return [s.text for s in assess_documents(docs, issue_date=issue).key_judgments]


def test_an_appointment_naming_no_day_is_overtaken_weeks_later(tmp_path: Path) -> None:
    shown = _judgments(tmp_path, "2031-02-12")
    assert not any("scheduled to meet" in t for t in shown), shown


def test_near_miss_the_same_appointment_days_later_may_lead(tmp_path: Path) -> None:
    shown = _judgments(tmp_path, "2031-01-10")
    assert "scheduled to meet" in shown[0], shown
