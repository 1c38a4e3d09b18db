"""A quotation of several sentences in single quotes stays one sentence with its
attribution, as one in double quotes does (invented sentences, no third-party text);
apostrophes ("I'm", "the soldiers' homes") open and close nothing, and a quote that is
never closed is split as before."""

from __future__ import annotations

import pytest

from briefbook.text.normalise import normalise
from briefbook.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "'I'm afraid the guns will start again at dusk. We don't sleep any more,' "
            "a baker from Varnitsa told reporters. The road was closed.",
            "'I'm afraid the guns will start again at dusk. We don't sleep any more,' "
            "a baker from Varnitsa told reporters.",
        ),
        (
            "A teacher said: 'The school is shut. Nobody knows when it will open.' "
            "The ministry gave no date.",
            "A teacher said: 'The school is shut. Nobody knows when it will open.'",
        ),
        (
            "(\u2018We lost the harvest. We lost the house,\u2019 said Mira Dolen.) Aid came later.",
            "(\u2018We lost the harvest. We lost the house,\u2019 said Mira Dolen.)",
        ),
    ],
)
def test_a_single_quoted_quotation_of_several_sentences_is_one(text: str, first: str) -> None:
    got = split_sentences(normalise(text))
    assert got[0] == normalise(first), got
    assert len(got) == 2, got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an apostrophe after a plural opens nothing: three sentences
        ("The soldiers' homes burned. The villagers' wells ran dry. They left.", 3),
        # a quote that is never closed: split as before
        ("Residents called it the 'red zone. Troops moved in. The road closed.", 3),
        # a closed one-sentence quote, then a new sentence
        ("'Go home.' The officer turned away. The crowd stayed.", 3),
        # a quoted name, not a quotation of sentences
        ("They call the hill 'Point 41' on their maps. The hill fell. Troops left.", 3),
    ],
)
def test_apostrophes_and_unclosed_quotes_still_split(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count, split_sentences(text)
