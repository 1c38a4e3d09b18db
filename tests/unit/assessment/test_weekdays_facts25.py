"""A weekday in a statement taken from a dated source (round facts25; invented sentences):
"on Tuesday" in a report of Thursday 5 June 2025 is Tuesday 3 June 2025, written so in the
statement and the bottom line as "today" and "yesterday" already are
(``assessment/relative_days.py``), the latest such day up to the report's date, never a day
to come for past-tense reporting; the citation checker reads the same day back.

Near misses left as written: an undated source, a sentence that looks ahead ("will meet on
Friday"), a weekday to come or recurring ("next Tuesday", "every Friday"), a weekday with its
date already after it, a speaker's quoted words (the attribution is dated instead), and
lower-case or longer words ("Tuesdays").

The three vocabularies of relative days (``relative_days`` of numbers.yaml, ``day_words`` of
judgments.yaml, ``present_days`` of background.yaml) are one: the ``days`` and ``spans`` of
``data/relative_days.yaml``, read through :func:`relative_days` and
:func:`relative_day_words`.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.builders import check_cited, paragraph_document

from briefbook.analysis.numbers import relative_day_words, relative_days, weekdays
from briefbook.assessment.build import assess_documents
from briefbook.assessment.checker import check_statement
from briefbook.assessment.relative_days import absolute_days, day_words
from briefbook.data import load_data

DAY = dt.date(2025, 6, 5)  # a Thursday


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The Kelvar army said on Tuesday it had shelled the Amra depot.",
            "The Kelvar army said on Tuesday 3 June 2025 it had shelled the Amra depot.",
        ),
        (
            "Rebels shelled the Vardo depot Tuesday, the army said.",
            "Rebels shelled the Vardo depot on Tuesday 3 June 2025, the army said.",
        ),
        (
            "On Monday, drones struck the port of Amra.",
            "On Monday 2 June 2025, drones struck the port of Amra.",
        ),
        (
            "Drones struck the Amra refinery on Tuesday night.",
            "Drones struck the Amra refinery on the night of Tuesday 3 June 2025.",
        ),
        (
            "Fighting has continued around the dam since Sunday.",
            "Fighting has continued around the dam since Sunday 1 June 2025.",
        ),
        (
            # the report's own weekday is its own day; "last" the week before
            "Coast guard boats seized a tanker on Thursday.",
            "Coast guard boats seized a tanker on Thursday 5 June 2025.",
        ),
        (
            # "will" as a noun tells no future
            "The Kelvar minister on Wednesday accused Tarsk of imposing its will on the strait.",
            "The Kelvar minister on Wednesday 4 June 2025 accused Tarsk of imposing its will on "
            "the strait.",
        ),
        (
            "Militias raided Vardo last Thursday.",
            "Militias raided Vardo on Thursday 29 May 2025.",
        ),
        (
            # a weekday after the report's own is last week's, never a day to come
            "Tarsk artillery shelled the Vardo dam on Saturday, killing nine workers.",
            "Tarsk artillery shelled the Vardo dam on Saturday 31 May 2025, killing nine workers.",
        ),
    ],
)
def test_a_weekday_is_written_as_its_day(text: str, written: str) -> None:
    assert absolute_days(text, DAY) == written
    result = check_cited(written, text, published={"S2": DAY})
    assert result.ok, result.reasons


def test_a_possessive_weekday_and_a_day_word_in_one_sentence() -> None:
    assert (
        absolute_days("Tuesday's strike killed 12 people in Vardo.", DAY)
        == "The Tuesday 3 June 2025 strike killed 12 people in Vardo."
    )
    assert (
        absolute_days("Drones struck the port on Friday and again yesterday.", DAY)
        == "Drones struck the port on Friday 30 May 2025 and again on 4 June 2025."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The envoys will meet in Amra on Friday.",
        "On Friday the envoys will meet in Amra.",
        "The vote is due to take place on Saturday.",
        "The talks resume next Tuesday.",
        "Markets in Vardo close every Friday.",
        "Drones struck the port on Friday, 30 May, officials said.",
        "Drones struck the port on Friday May 30, officials said.",
        "Prayers are held on Tuesdays in the old town.",
        "The tuesday market was shut.",
    ],
)
def test_near_misses_stay_as_written(text: str) -> None:
    assert absolute_days(text, DAY) == text


def test_a_quoted_weekday_dates_the_attribution_and_an_undated_source_is_left() -> None:
    assert (
        absolute_days('"We hit them on Tuesday," the commander said.', DAY)
        == '"We hit them on Tuesday," the commander said on 5 June 2025.'
    )
    text = "The Kelvar army said on Tuesday it had shelled the Amra depot."
    assert absolute_days(text, None) == text


def test_a_wrong_weekday_date_fails_the_checker() -> None:
    cited = "The Kelvar army said on Tuesday it had shelled the Amra depot."
    wrong = "The Kelvar army said on Tuesday 10 June 2025 it had shelled the Amra depot."
    assert not check_cited(wrong, cited, published={"S2": DAY}).ok


def _sources(published: str | None) -> list:
    return [
        paragraph_document(
            "S1",
            [
                "Tarsk artillery shelled the Vardo dam on Tuesday, killing nine workers.",
                "Engineers said on Wednesday that the dam could fail if the shelling went on.",
            ],
            "Shelling at Vardo dam",
            published=published,
        ),
    ]


def test_the_briefing_writes_the_weekdays_and_the_checker_passes_them() -> None:
    assessment = assess_documents(_sources("2025-06-05"), issue_date="2025-06-12")
    sentences = {s.id: s for s in assessment.sentences}
    statements = assessment.key_judgments + [
        st for sec in assessment.sections for st in sec.statements
    ]
    texts = [st.text for st in statements]
    assert any("on Tuesday 3 June 2025" in t for t in texts), texts
    for st in statements:
        result = check_statement(
            st.text, [sentences[e] for e in st.evidence], published={"S1": DAY}
        )
        assert result.ok, (st.text, result.reasons)
    undated = assess_documents(_sources(None), issue_date="2025-06-12")
    texts = [st.text for st in undated.key_judgments]
    assert texts and not any("June 2025" in t for t in texts), texts


def test_one_vocabulary_of_relative_days() -> None:
    data = load_data("relative_days.yaml")
    assert "relative_days" not in load_data("numbers.yaml")
    assert "day_words" not in load_data("judgments.yaml")
    assert "present_days" not in load_data("background.yaml")
    assert day_words() == relative_days()
    assert set(relative_days()) == set(data["days"])
    words = relative_day_words()
    # the words only one of the three lists knew are in the one list
    assert {"today", "yesterday", "tomorrow", "overnight", "weekend", "this week"} <= words
    assert not words & weekdays()
