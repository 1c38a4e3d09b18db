"""Boundaries of round left19's rules (invented sentences, no third-party text):

* a weapon that "hit" or "struck" something is no strike when it is the object of a
  participle ("Ostland jets attacked by Karsian missiles returned to base"), when the verb
  tells no strike ("the Air Force hit its recruitment target", "hit back at critics") or when
  the sentence tells an accident ("a cargo aircraft hit the runway lights while landing",
  "struck a power line and crashed");
* an ordinal that counts in a longer series ("the second bombing of the campaign", "the
  first attack since the truce") numbers no incident of the report: two reports that number
  one bombing in two series still meet.
"""

from __future__ import annotations

import pytest

from briefbook.assessment.signals import key_signal
from briefbook.evaluation.corroboration import run_case


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        ("A cargo aircraft hit the runway lights while landing at Vell on Sunday.", False),
        ("A passenger aircraft hit a flock of birds after take-off from Vell.", False),
        ("The aircraft hit turbulence over the Karsian border.", False),
        ("The aircraft struck a power line and crashed near Vell.", False),
        ("Ostland jets attacked by Karsian missiles returned to base.", False),
        ("Ostland aircraft targeted by Karsian air defences returned safely.", False),
        ("The Ostland Air Force hit its recruitment target for the year.", False),
        ("Ostland's air force hit back at critics of its training programme.", False),
        # near misses: strikes told by the weapon
        ("Ostland MiG-29s hit a Karsian radar site.", True),
        ("Ostland aircraft hit Karsian artillery positions near Vell.", True),
        ("Karsian gunships pounded rebel trenches near Vell.", True),
        ("Ostland bombers struck Karsian airfields overnight.", True),
    ],
)
def test_an_accident_or_a_passive_weapon_is_no_strike(text: str, decisive: bool) -> None:
    assert key_signal(text, False, False).decisive is decisive


def _killed(*texts: str) -> list[str]:
    rows = run_case(
        {
            "name": "series",
            "sources": [{"published": "2031-09-08", "text": t} for t in texts],
        }
    )
    return [r["status"] for r in rows if r.get("event") == "killed"]


def test_an_ordinal_of_a_series_numbers_no_incident() -> None:
    assert _killed(
        "The first bombing in the city killed 14 people in Vessen on Sunday.",
        "The second bombing of the campaign killed 14 people in Vessen on Sunday, police said.",
    ) == ["corroborated"]


def test_near_miss_numbered_incidents_of_the_report_stay_apart() -> None:
    assert _killed(
        "The first drone strike killed 14 people in Vessen on Sunday.",
        "The second drone strike killed 14 people in Vessen on Sunday, police said.",
    ) == ["unmatched", "unmatched"]
