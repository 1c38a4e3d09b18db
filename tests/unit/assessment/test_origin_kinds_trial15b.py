"""Origins misread in a new-analyst trial on a border war between two neighbours (invented
names of the same shapes; no third-party text): a body named once in full with a hyphenated
word ("Inter-Services Public Relations") and once by its acronym ("ISPR") is one originator,
so one outlet quoting it twice, or two outlets quoting it, never corroborate each other."""

from __future__ import annotations

import pytest

from briefbook.assessment.origins import merge_originators, origin_key
from briefbook.evaluation.corroboration import run_case


def _one(a: str, b: str) -> bool:
    keys = [origin_key(a, "g1", initials=True), origin_key(b, "g2", initials=True)]
    merged = merge_originators(keys)
    return merged[keys[0]] == merged[keys[1]]


@pytest.mark.parametrize(
    ("full", "acronym"),
    [
        ("Inter-Services Public Relations", "ISPR"),
        ("Inter-Agency Standing Committee", "IASC"),
        ("Non-Governmental Monitoring Office", "NGMO"),
        ("Trans-Border Relief Council", "TBRC"),
    ],
)
def test_a_hyphenated_name_and_its_acronym_are_one_originator(full, acronym) -> None:
    assert _one(full, acronym)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # near misses main keeps apart or together rightly
        ("Inter-Services Public Relations", "IPRS"),
        ("Trans-Border Relief Council", "TRC Media"),
        ("Rapid Support Forces", "SAF"),
    ],
)
def test_other_acronyms_stay_other_originators(a, b) -> None:
    assert not _one(a, b)


def test_plain_names_still_meet_their_acronym() -> None:
    assert _one("Rapid Support Forces", "RSF")
    assert _one("United Nations", "UN")


def test_one_body_quoted_in_full_and_by_acronym_does_not_corroborate_itself() -> None:
    # a guard main already keeps: the acronym written beside the full name joins them too
    rows = run_case(
        {
            "name": "one military media wing, named twice",
            "sources": [
                {
                    "published": "2025-06-02",
                    "text": "At least 40 rebels were killed in the night raid, the "
                    "Inter-Services Media Directorate (ISMD) said on Monday.",
                },
                {
                    "published": "2025-06-02",
                    "text": "More than 40 rebels were killed in the night raid, ISMD said.",
                },
            ],
        }
    )
    assert all(r["status"] != "corroborated" for r in rows), [r["status"] for r in rows]
