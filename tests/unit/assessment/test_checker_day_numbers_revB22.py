"""The checker's day read back from a cited weekday (round trialA22), reviewed (revB22;
invented sentences):

* the day read back ("on Thursday" in a Friday 15 December 2023 report: 14 December 2023)
  supports a date only, never a count: "killed 14 soldiers" cited to "killed nine soldiers
  on Thursday" fails, as it did before days were read;
* "last Friday" in a Friday report is the Friday before; "next Thursday" is a day to come
  and no date is read back from it.

Near misses: the date itself is still supported, in either order of day and month.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.checker import check_statement
from briefbook.model import Sentence

FRIDAY = {"S5": dt.date(2023, 12, 15)}


def check(text: str, cited: str):
    return check_statement(
        text + " [S5.2]", [Sentence(id="S5.2", source="S5", text=cited)], published=FRIDAY
    )


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Militants killed 14 soldiers near Ostra.",
            "Militants killed nine soldiers near Ostra on Thursday, the army said.",
        ),
        (
            "At least 14 people died in the shelling of Halvin.",
            "At least nine people died in the shelling of Halvin on Thursday night.",
        ),
        (
            "The ministry counted 2023 displaced families.",
            "The ministry counted 1,500 displaced families yesterday.",
        ),
        ("Belvin troops withdrew on 15 December.", "Belvin troops withdrew last Friday."),
        (
            "The envoy will meet the council on 14 December 2023.",
            "The envoy will meet the council next Thursday, officials said.",
        ),
    ],
)
def test_a_day_read_back_supports_no_other_number(text, cited):
    result = check(text, cited)
    assert not result.ok
    assert any("number" in r for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "The shelling of Halvin began on 14 December 2023.",
            "The shelling of Halvin began on Thursday night.",
        ),
        (
            "The shelling of Halvin began on December 14, 2023.",
            "The shelling of Halvin began on Thursday.",
        ),
        ("Belvin troops withdrew on 8 December.", "Belvin troops withdrew last Friday."),
        ("The talks ended on 14 Dec.", "The talks ended last Thursday."),
    ],
)
def test_near_miss_the_date_itself_is_supported(text, cited):
    result = check(text, cited)
    assert result.ok, result.reasons
