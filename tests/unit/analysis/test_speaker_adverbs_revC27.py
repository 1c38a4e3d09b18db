"""An adverb between a speaker and its verb is no part of the speaker's name: "They later
revised" is the pronoun the sentence before resolves (round revC27; invented sentences)."""

from __future__ import annotations

import pytest

from builders import originators_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Security forces later revised the death toll to 26.", "Security forces"),
        ("The ministry later revised the toll to 264.", "ministry"),
    ],
)
def test_an_adverb_after_the_speaker_is_no_part_of_its_name(text: str, speaker: str) -> None:
    found = originators_of(text)[0]
    assert found is not None and found.endswith(speaker), found


def test_a_pronoun_before_an_adverb_is_resolved() -> None:
    found = originators_of(
        ("Officials initially said 8 miners were trapped.", "They later revised the number to 11.")
    )
    assert found[1] == "Officials", found


def test_near_miss_a_name_ending_in_no_adverb_is_kept() -> None:
    assert originators_of("The Later Years Foundation said 40 homes were rebuilt.")[0] is not None
