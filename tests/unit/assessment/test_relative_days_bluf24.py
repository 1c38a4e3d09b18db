"""A day named relative to its source's date in a statement taken from the source (round
bluf24; invented sentences): "Treasury today sanctioned ...", "Today, ...", "yesterday" in a
report of 16 December read in an issue of 23 December tell the wrong day. The statement
writes the date instead (``data/relative_days.yaml``), in the key judgments and the sections
alike, and the citation checker, reading the same day back from the cited sentence's word,
passes it.

Near misses left as written: a source of unknown date, a name ("Russia Today"), a speaker's
quoted words (their attribution is dated instead: '"... today," the commander said on 16
December 2024', and so is a principal's first-person statement) and words that only
contain a day word ("todays-ish"). A weekday ("on Sunday") is written as its day since
round facts25 (test_weekdays_facts25.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.builders import check_cited, paragraph_document

from briefbook.assessment.build import assess_documents
from briefbook.assessment.checker import check_statement
from briefbook.assessment.judgments import _attributed
from briefbook.assessment.relative_days import absolute_days
from briefbook.model import Statement

DAY = dt.date(2024, 12, 16)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The Kelvar finance ministry today sanctioned six shipping firms.",
            "The Kelvar finance ministry on 16 December 2024 sanctioned six shipping firms.",
        ),
        (
            "Today, the Kelvar coast guard seized a tanker off Port Amra.",
            "On 16 December 2024, the Kelvar coast guard seized a tanker off Port Amra.",
        ),
        (
            "Rebels shelled the Vardo depot yesterday, killing four guards.",
            "Rebels shelled the Vardo depot on 15 December 2024, killing four guards.",
        ),
        (
            "Drones struck the Amra refinery last night.",
            "Drones struck the Amra refinery on the night of 15 December 2024.",
        ),
        (
            "Fighting has continued around the dam since yesterday.",
            "Fighting has continued around the dam since 15 December 2024.",
        ),
        (
            "Yesterday's strikes killed 12 people in Vardo.",
            "The 15 December 2024 strikes killed 12 people in Vardo.",
        ),
        (
            "Talks between the two sides will resume tomorrow.",
            "Talks between the two sides will resume on 17 December 2024.",
        ),
    ],
)
def test_a_relative_day_is_written_as_its_date(text: str, written: str) -> None:
    assert absolute_days(text, DAY) == written
    # the checker reads the cited sentence's day back from its source's date
    result = check_cited(written, text, published={"S2": DAY})
    assert result.ok, result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Russia Today reported the seizure of the tanker.",
        '"We struck their depot today."',  # a quotation with no attribution
        '"Today matters," he said, adding that the talks would go on.',
        # a weekday is written as its day since round facts25 (test_weekdays_facts25.py)
        "The todays-ish feeling of the market held in Amra.",
    ],
)
def test_near_misses_stay_as_written(text: str) -> None:
    assert absolute_days(text, DAY) == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            '"We struck their depot today," the Kelvar commander said.',
            '"We struck their depot today," the Kelvar commander said on 16 December 2024.',
        ),
        (
            '"We struck their depot today," said General Ivo Marek.',
            '"We struck their depot today," said General Ivo Marek on 16 December 2024.',
        ),
        (
            'The Kelvar commander said: "We struck their depot today."',
            'The Kelvar commander said on 16 December 2024: "We struck their depot today."',
        ),
    ],
)
def test_quoted_words_stay_and_their_attribution_is_dated(text: str, written: str) -> None:
    assert absolute_days(text, DAY) == written
    result = check_cited(written, text, published={"S2": DAY})
    assert result.ok, result.reasons


def test_an_undated_source_keeps_its_words() -> None:
    text = "The Kelvar finance ministry today sanctioned six shipping firms."
    assert absolute_days(text, None) == text


def test_a_wrong_date_still_fails_the_checker() -> None:
    cited = "The Kelvar finance ministry today sanctioned six shipping firms."
    wrong = "The Kelvar finance ministry on 14 December 2024 sanctioned six shipping firms."
    assert not check_cited(wrong, cited, published={"S2": DAY}).ok


def test_a_first_person_statement_is_dated_in_its_attribution() -> None:
    own = Statement(text="Today, at my direction, our forces struck the depot.", evidence=["S1.1"])
    said = _attributed(own, "President Ana Sol", DAY)
    assert said.text == (
        'President Ana Sol said on 16 December 2024: "Today, at my direction, our forces '
        'struck the depot."'
    )
    undated = _attributed(own, "President Ana Sol", None)
    assert undated.text.startswith('President Ana Sol said: "Today,')
    # words naming no relative day: no date added
    plain = Statement(text="Our forces struck the depot.", evidence=["S1.1"])
    assert _attributed(plain, "President Ana Sol", DAY).text.startswith("President Ana Sol said:")


def _sources(published: str | None) -> list:
    return [
        paragraph_document(
            "S1",
            [
                "The Kelvar finance ministry today sanctioned six shipping firms that carried "
                "Tarsk oil to Port Amra.",
                "The firms moved more than 40 cargoes of crude since March, the ministry said.",
                "Yesterday, Kelvar coast guard vessels seized the tanker Marisol Bravo off "
                "Port Amra.",
            ],
            "Kelvar sanctions Tarsk oil shippers",
            published=published,
        ),
        paragraph_document(
            "S2",
            [
                "Tarsk artillery shelled the Vardo dam on Sunday, killing nine workers.",
                "Engineers warned that the dam could fail if the shelling continues.",
            ],
            "Shelling at Vardo dam",
            published="2024-12-15",
        ),
    ]


def _statements(assessment) -> list[Statement]:
    return assessment.key_judgments + [st for sec in assessment.sections for st in sec.statements]


def test_the_briefing_writes_the_days_and_the_checker_passes_them() -> None:
    assessment = assess_documents(_sources("2024-12-16"), issue_date="2024-12-23")
    sentences = {s.id: s for s in assessment.sentences}
    published = {"S1": DAY, "S2": dt.date(2024, 12, 15)}
    texts = [st.text for st in _statements(assessment)]
    assert any("on 16 December 2024 sanctioned" in t for t in texts), texts
    assert any(t.startswith("On 15 December 2024, Kelvar coast guard") for t in texts), texts
    for st in _statements(assessment):
        assert "today" not in st.text.lower() and "yesterday" not in st.text.lower()
        result = check_statement(st.text, [sentences[e] for e in st.evidence], published=published)
        assert result.ok, (st.text, result.reasons)


def test_an_undated_source_is_copied_as_written() -> None:
    assessment = assess_documents(_sources(None), issue_date="2024-12-23")
    texts = [st.text for st in _statements(assessment)]
    assert any("ministry today sanctioned" in t for t in texts), texts
