"""The checker keeps statements on their evidence (invented sentences, no corpus text)."""

from __future__ import annotations

import pytest

from briefbook.assessment.checker import check_statement, cited_ids, strip_citations
from briefbook.model import Sentence

EVIDENCE = [
    Sentence(
        id="S1.2",
        source="S1",
        text="Officials in Vardia said 11,500 Norland troops crossed into the Kessel valley "
        "on 4 November 2024.",
    ),
    Sentence(
        id="S2.1",
        source="S2",
        text="The Vardian defence ministry did not comment on the report dated 2024-11-05.",
    ),
    Sentence(
        id="S3.4",
        source="S3",
        text="Russia moved two battalions of drones and 1.2 million shells, the DPRK said.",
    ),
]


def check(text: str, **kw):
    return check_statement(
        text,
        EVIDENCE,
        likelihood=kw.pop("likelihood", None),
        confidence=kw.pop("confidence", None),
        **kw,
    )


@pytest.mark.parametrize(
    "text",
    [
        "More than 11,000 Norland troops crossed into Kessel [S1.2].",
        "About 11 500 Norland troops crossed on 4 Nov. 2024 [S1.2].",
        "Thousands of Norland troops crossed in November [S1.2].",
        "Vardian officials did not comment on 5 November [S2.1].",
        "Russian forces moved 1.2m shells and two battalions of drones [S3.4].",
        "North Korea said Russia moved drones [S3.4].",
        "Norland is likely to keep troops in the Kessel valley [S1.2].",
    ],
)
def test_supported_statements_pass(text: str) -> None:
    result = check(text)
    assert result.ok, result.reasons
    assert result.unsupported == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Norland sent 12,000 troops into Kessel [S1.2].", "12,000"),
        ("Norland sent more than 12,000 troops [S1.2].", "more than 12,000"),
        ("Norland troops crossed in December [S1.2].", "December"),
        ("Norland troops crossed in 2023 [S1.2].", "2023"),
        ("Norland troops crossed into Kessel with Ostrian help [S1.2].", "Ostrian"),
        ("Norland troops crossed with HIMARS support [S1.2].", "HIMARS"),
        ("Norland troops did not cross into Kessel [S1.2].", "not"),
        ("Three battalions of drones moved [S3.4].", "Three"),
        ("Norland will probably stay [S1.2].", "probably"),
        ("Norland troops crossed [S1.2, S9.9].", "S9.9"),
    ],
)
def test_unsupported_words_are_named(text: str, word: str) -> None:
    result = check(text)
    assert not result.ok
    assert word in result.unsupported
    assert any(word in r for r in result.reasons)


def test_likelihood_and_confidence_never_together() -> None:
    assert not check("Norland is likely to stay [S1.2].", confidence="high").ok
    assert not check("Norland is very likely to stay, with high confidence [S1.2].").ok
    assert check("Norland troops crossed into Kessel [S1.2].", confidence="high").ok
    assert not check("Norland is unlikely to stay [S1.2].", likelihood="likely").ok
    assert not check("Norland troops crossed [S1.2].", likelihood="probable").ok


def test_citations_parsed_and_required() -> None:
    assert cited_ids("A [S1.2]. B [S1.2; S3.4]") == ["S1.2", "S3.4"]
    assert strip_citations("Text [S1.2, S3.4].") == "Text."
    result = check("Norland troops crossed.", require_citations=True)
    assert not result.ok and "[]" in result.unsupported
    # without citations in the text, every evidence sentence is cited
    assert check("Norland troops crossed.").cited == ["S1.2", "S2.1", "S3.4"]
    # given citations win over the text's
    assert check("Russia moved drones.", citations=["S3.4"]).ok
    assert not check("Russia moved drones.", citations=["S1.2"]).ok
