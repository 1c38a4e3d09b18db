"""The front page's ledes and running tolls (round revC27; invented sentences, no
third-party text):

* a soft or feature opening ("Twenty years after he fled the capital, the exile finds his
  name again in international headlines") tells nothing done: it takes no lede bonus and is
  never the newest report's lede on the front page, while a lede that is news ("protesters
  gathered", "prosecutors ordered", "the court upheld") still is;
* the newest state of a running toll (the newest source's count of the dead when an earlier
  source counted them too) keeps its place before the newest report's lede of another line.
"""

from __future__ import annotations

import pytest
from tests.builders import paragraph_document

from briefbook.analysis.claims import find_claims
from briefbook.assessment.build import assess_documents
from briefbook.assessment.key_judgments import _newest_running_toll, soft_opening
from briefbook.assessment.signals import KeySignal
from briefbook.model import Sentence

_PLAIN = KeySignal(value=0.0, analytic=False)


@pytest.mark.parametrize(
    "text",
    [
        "Twenty years after he fled Dorva, Dorin Maleck finds his name again in international "
        "headlines.",
        "Long before the protests began, the old port city of Velm was a byword for dissent.",
        "The exile is back in the news.",
        "Kestria's opposition faces its hardest test in a generation.",
    ],
)
def test_a_soft_opening_tells_nothing_done(text: str) -> None:
    assert soft_opening(text, _PLAIN, find_claims(text, "S1.1"))


@pytest.mark.parametrize(
    "text",
    [
        # near misses: ledes of news, whatever their opening
        "Thousands of protesters gathered outside the government building in Ardel on Sunday.",
        "Prosecutors in Ostland ordered the detention of eight officials.",
        "The constitutional court upheld the postponement of the vote on Thursday.",
        "Troops withdrew after talks with the elders, ending the siege of Velm.",
        "Weeks after the vote, the commission has annulled the results in two provinces.",
        "Clashes in Velm kill at least 11 people, a hospital official says.",
    ],
)
def test_near_miss_a_lede_of_news_is_no_soft_opening(text: str) -> None:
    assert not soft_opening(text, _PLAIN, find_claims(text, "S1.1"))


def _kestria(opening: str):
    docs = [
        paragraph_document(
            "B1",
            [
                "Security forces in Kestria fired tear gas at opposition supporters in the "
                "capital Dorva on Saturday, wounding at least 23 people.",
                "The opposition said its leader had been barred from leaving his home.",
            ],
            "Tear gas in Dorva",
            published="2026-08-01",
        ),
        paragraph_document(
            "B2",
            [
                "Kestria's electoral commission postponed the presidential vote by six months, "
                "citing security concerns.",
                "The opposition called the decision a coup.",
            ],
            "Vote postponed",
            published="2026-08-06",
        ),
        paragraph_document(
            "B3",
            [
                "A Kestrian court issued an arrest warrant for exiled former minister Dorin "
                "Maleck on Tuesday, accusing him of financing the protests.",
                "Maleck, who lives abroad, denied the charges.",
            ],
            "Arrest warrant for Maleck",
            published="2026-08-25",
        ),
        paragraph_document(
            "B4",
            [
                opening,
                "The former minister's return to prominence says much about the weakness of "
                "Kestria's opposition.",
                "His influence over the protest movement is likely to grow if the government "
                "presses the charges.",
                "Yet Maleck remains a divisive figure among Kestrians who remember his years "
                "in office.",
            ],
            "The exile's return",
            published="2026-08-26",
        ),
    ]
    return [k.text for k in assess_documents(docs, issue_date="2026-08-27").key_judgments]


def test_a_soft_opening_of_the_newest_piece_takes_no_front_slot() -> None:
    shown = _kestria(
        "Twenty years after he fled Dorva, Dorin Maleck finds his name again in "
        "international headlines."
    )
    assert shown and not any("finds his name" in k for k in shown[:2]), shown


def test_near_miss_a_news_lede_of_the_newest_piece_still_leads() -> None:
    shown = _kestria(
        "Dorin Maleck, the exiled former minister, returned to Dorva on Tuesday and was "
        "detained at the airport."
    )
    assert shown and shown[0].startswith("Dorin Maleck, the exiled former minister"), shown


_DAYS = {"S1": "2026-09-16", "S2": "2026-10-03", "S3": "2026-10-05"}


def _toll_at(*sources: list[str]) -> str | None:
    sentences = [
        Sentence(f"S{n}.{k}", f"S{n}", text, paragraph=0)
        for n, texts in enumerate(sources, 1)
        for k, text in enumerate(texts, 1)
    ]
    claims = {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)}
    found = _newest_running_toll(range(len(sentences)), sentences, _DAYS, claims)
    return None if found is None else sentences[found].id


def test_the_newest_count_of_a_running_toll_is_found() -> None:
    assert (
        _toll_at(
            ["The health ministry said 213 people had been killed in the fighting."],
            [
                "Officials said the fighting had eased.",
                "The health ministry said the death toll had risen to 927.",
            ],
            ["Thousands of protesters gathered outside parliament on Sunday."],
        )
        == "S2.2"
    )


def test_near_miss_a_first_toll_is_no_running_toll() -> None:
    # only one source counts the dead: no toll counted before it
    assert (
        _toll_at(
            ["The offensive began on Tuesday, officials said."],
            ["The health ministry said 927 people had been killed in the fighting."],
            ["Thousands of protesters gathered outside parliament on Sunday."],
        )
        is None
    )


def test_near_miss_a_newest_count_under_ten_is_no_running_toll() -> None:
    assert (
        _toll_at(
            ["The health ministry said 213 people had been killed in the fighting."],
            ["Two people were killed when a shell hit a bus, officials said."],
            ["Thousands of protesters gathered outside parliament on Sunday."],
        )
        is None
    )
