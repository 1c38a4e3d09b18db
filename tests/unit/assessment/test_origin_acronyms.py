"""An acronym names the body whose initials it spells; a bare name never does."""

from __future__ import annotations

import pytest

from briefbook.assessment.origins import merge_originators, origin_key


def _one_origin(a: str, b: str) -> bool:
    ka, kb = origin_key(a, "g1", initials=True), origin_key(b, "g2", initials=True)
    merged = merge_originators([ka, kb])
    return merged[ka] == merged[kb]


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("TUN relief agency", "Tarvian United Nations relief agency"),
        ("KSF", "Korval Support Forces"),
        ("MoD", "Ministry of Defence"),
    ],
)
def test_an_acronym_meets_the_body_it_spells(short: str, long: str) -> None:
    assert _one_origin(short, long)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Modi", "Ministry of Defence"),  # a surname whose consonants spell the initials
        ("Mr Modi", "Ministry of Defence"),
        ("Kim", "Korval Military"),
        ("UN", "Ukrainian Navy"),  # a demonym gives no initial
        ("UN", "UNICEF"),
    ],
)
def test_a_name_or_another_acronym_is_another_origin(short: str, long: str) -> None:
    assert not _one_origin(short, long)
