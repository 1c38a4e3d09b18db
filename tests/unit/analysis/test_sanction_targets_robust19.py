"""Legal persons that a sanctions action "targets" are designated, not struck (round
robust19: "OFAC targeted two Turkish entities" was counted as two strikes, "Treasury targeted
12 individuals and 5 companies" as 12 "other" and five strikes)."""

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[str]:
    return [c.event for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("OFAC targeted two Velan entities for supplying Ostland with drones.", ["sanctioned"]),
        (
            "The Treasury targeted 12 individuals and 5 companies in the Orvan network.",
            ["sanctioned", "sanctioned"],
        ),
    ],
)
def test_sanctions_targets_are_sanctioned(text, events):
    assert _events(text) == events


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a strike on companies, by weapons, even beside a word of sanctions
        "Drones targeted three firms in the Ostvik industrial zone, days after new sanctions.",
        "Velan missiles targeted two energy companies in Ostvik.",
    ],
)
def test_strikes_on_companies_stay_strikes(text):
    assert _events(text) == ["struck"]
