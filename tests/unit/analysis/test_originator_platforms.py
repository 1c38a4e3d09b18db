"""A post on a social platform: the account holder originates it, never the platform nor the
word "post" (invented sentences of the shape a trial misread: "according to a post on X,
formerly Twitter, by Central Command")."""

from __future__ import annotations

import pytest

from builders import paragraph_origins

_origins = paragraph_origins


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "The militia fired three rockets at 8:15 p.m., according to a post on X, formerly "
            "Twitter, by Southern Command.",
            "Southern Command",
        ),
        (
            "Four boats sank, according to a message on Telegram from the Harbour Authority.",
            "Harbour Authority",
        ),
        (
            "Two drones were downed, according to a post on social media site X by the Coast "
            "Guard.",
            "Coast Guard",
        ),
        ("Two drones were downed, according to a tweet by the Coast Guard.", "Coast Guard"),
    ],
)
def test_the_account_holder_of_a_post_is_the_originator(text, origin) -> None:
    assert _origins([text]) == [origin]


@pytest.mark.parametrize(
    "text",
    [
        "The militia fired rockets at two tankers, according to a post on social media site X.",
        "The militia fired rockets at two tankers, according to a post on Telegram.",
        "The militia fired rockets at two tankers, according to a video.",
    ],
)
def test_a_bare_post_names_no_originator(text) -> None:
    assert _origins([text]) == [None]


def test_the_post_said_goes_back_to_who_posted_it() -> None:
    assert (
        _origins(
            [
                "The militia fired rockets at 8:15 p.m., according to a post on X, formerly "
                "Twitter, by Southern Command."
            ],
            ['"Two tankers reported splashes nearby," the post said.', '"No crew were hurt."'],
        )
        == ["Southern Command"] * 3
    )
