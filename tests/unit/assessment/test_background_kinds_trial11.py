"""Background told over a long past is no key judgment's lead (trial11 kind; invented
sentences): a sentence opened with "For years," and one that explains by a past event named by
its year ("because of the 1994 siege")."""

import pytest

from briefbook.assessment.signals import is_background, key_signal


@pytest.mark.parametrize(
    "text",
    [
        "The town holds symbolic weight because of the 1994 siege ordered by General Vask, "
        "with a death toll estimated at 4,000.",
        "For years, the main backers of the Kordan government have been Tarvia and Ostland.",
        "For decades, the port was the country's main outlet to the sea.",
        "The valley still bears the scars of the 1971 flood.",
    ],
)
def test_a_sentence_told_over_a_long_past_is_background(text) -> None:
    assert is_background(text)
    assert key_signal(text, False, False).background


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the city of Vendra on Thursday, the army said.",
        "The 2025 offensive began on Wednesday with strikes on the airport.",
        "Years of war have left the city in ruins, the mayor said.",
        "For the first time, rebels entered the capital.",
    ],
)
def test_the_news_is_no_background(text) -> None:
    assert not is_background(text)
