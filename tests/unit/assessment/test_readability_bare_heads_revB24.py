"""A plural bare head before a verb of consequence points back as a singular one does (review
revB24 of audit10's ``bare_head_verbs``; invented sentences): "The measures threaten ...",
"The talks mark ...", "The figures reflect ...". Near misses name what they are and read on
their own: a head with its complement ("The talks between Kyiv and Moscow mark ...", "The
measures to ration fuel threaten ..."), a head that is no bare head ("Drone strikes
threaten ...").
"""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import needs_context


@pytest.mark.parametrize(
    "text",
    [
        "The figures reflect a sharp rise in displacement across Darfur.",
        "The measures threaten the fragile truce in Gaza.",
        "The talks mark the first direct contact since 2023.",
        "The moves signal a shift in Ankara.",
        "The statements reflect anger in Kyiv.",
    ],
)
def test_a_plural_bare_head_points_back(text: str) -> None:
    assert needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Kyiv and Moscow mark a first.",
        "The measures to ration fuel threaten unrest.",
        "Drone strikes threaten the Black Sea grain corridor.",
        "The threats of famine in Darfur reflect the siege.",
    ],
)
def test_a_named_head_reads_on_its_own(text: str) -> None:
    assert not needs_context(text)
