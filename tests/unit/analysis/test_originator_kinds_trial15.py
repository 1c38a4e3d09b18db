"""Originators misread in a new-analyst trial on a maritime strike campaign (invented
sentences of the same shapes): a post passed on with "shared on <platform>:" and a quotation
is its poster's, while "shared" without a platform and a quotation names no speaker."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import attribution
from builders import paragraph_origins

_origins = paragraph_origins


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            'Varga later shared on Truth Social: "Our navy struck a smuggling boat. The strike '
            'left 9 smugglers dead."',
            "Varga",
        ),
        ('The governor shared on X: "Two boats were sunk and 7 crew were killed."', "governor"),
        (
            'Minister Ostrov shared a statement on Telegram: "Four launches were destroyed."',
            "Ostrov",
        ),
    ],
)
def test_a_post_shared_on_a_platform_is_its_posters(text, origin):
    assert attribution(text)[0] == origin
    assert _origins([text]) == [origin]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: sharing that is no post, a platform without a quotation
        "The two navies shared intelligence on the 9 boats before the strike.",
        "Residents shared videos on Telegram showing 11 houses destroyed.",
        "The allies shared the cost of the 4 patrol boats.",
    ],
)
def test_sharing_without_a_platform_and_a_quotation_names_no_speaker(text):
    assert attribution(text)[0] is None
