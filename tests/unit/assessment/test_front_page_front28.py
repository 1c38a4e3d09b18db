"""The front page of a crisis reported over weeks (round front28; invented sentences, no
third-party text). Kinds two briefings (an earthquake's aftermath, a government's fall)
showed:

* the newest news report's lede leads even when the report's next sentence carries an
  analytic marker ("is likely to ..., analysts say"): a report of a plain lede and a line of
  analysis is still news for its lede; an analysis piece (mostly analytic sentences) and an
  analytic lede stay out;
* a running toll whose wording changes from report to report is one line: the level it has
  reached ("the death toll in Niger has risen to 213", "the death toll surpassed 540",
  "bringing the death toll of the unrest since Tuesday to 124", "the total number of people
  killed since the protests began to at least 356") and what a whole disaster or upheaval has
  done ("the floods, which struck the north last month, have killed more than 927 people",
  "weeks of violence that left at least 455 people dead"); the newest report stands for the
  older ones, which the front page leaves out;
* a clause of one day's count ("95 people died across the country on Sunday") is no running
  count, nor is one strike's toll told as a level ("the toll from the market strike rose to
  30"), nor a decisive event's report that gives a toll in passing ("has resigned and fled,
  after protests that left nearly 300 people dead").
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.builders import paragraph_document

from briefbook.analysis.claims import find_claims
from briefbook.assessment.build import assess_documents
from briefbook.assessment.key_judgments import _newest_lede, running_tolls, toll_in_passing
from briefbook.model import Sentence

_DAYS = [dt.date(2025, 6, 1), dt.date(2025, 6, 9), dt.date(2025, 6, 16), dt.date(2025, 6, 23)]


def _lines(*texts: str) -> dict[int, int]:
    """running_tolls over one sentence a source, each a week after the one before, all of
    Niger."""
    sentences = [Sentence(f"S{n}.1", f"S{n}", t, paragraph=0) for n, t in enumerate(texts, 1)]
    claims = {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)}
    return running_tolls(
        range(len(sentences)),
        sentences,
        claims,
        {i: frozenset({"country:Niger"}) for i in range(len(sentences))},
        {f"S{n}": _DAYS[n - 1] for n in range(1, len(sentences) + 1)},
    )


# --- a running toll in changing words -------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The death toll in Niger from Friday's floods has risen to 213, officials said.",
            "The floods, which struck the north of Niger last month, have killed more than 927 "
            "people, the health ministry said.",
        ),
        (
            "The death toll from the earthquake that struck Niger on Friday has reached 1,150, "
            "the interior minister said.",
            "The death toll surpassed 2,400 and was still climbing, the ministry said.",
        ),
        (
            "Two of the dead were police officers, bringing the death toll of the unrest since "
            "Tuesday to 124.",
            "The latest violence took the total number of people killed since the protests "
            "began to at least 356.",
        ),
        (
            "The new total of 640 dead is a sharp rise over the figure given hours earlier.",
            "The interim leader called for calm after weeks of violence that left at least 810 "
            "people dead.",
        ),
        (
            "Students said protests that have killed at least 300 people would go on.",
            "The cyclone has killed more than 700 people in Niger, the government said.",
        ),
    ],
)
def test_a_running_toll_in_other_words_is_one_line(a: str, b: str) -> None:
    assert _lines(a, b) == {0: 1}


def test_the_day_of_the_saying_is_no_days_count() -> None:
    # near miss of the one-day rule: "on Friday" is when the council said it
    assert _lines(
        "At least 1,300 civilians in Niger have been killed as a result of shelling and a "
        "12-day blockade, the city council said in a statement on Friday.",
        "More than 2,000 people have been killed since fighting began, officials said.",
    ) == {0: 1}


def test_the_newest_of_several_wordings_stands_for_all() -> None:
    assert _lines(
        "The death toll in Niger from the earthquake has risen to 1,644, officials said.",
        "The death toll from last week's earthquake in Niger topped 2,700 on Tuesday.",
        "The death toll surpassed 3,600 and was still climbing.",
        "The earthquake late last month, which struck near the capital, has killed more than "
        "3,700 people.",
    ) == {0: 3, 1: 3, 2: 3}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one day's count, told with a weak cue of the whole country
        (
            "At least 95 people died across the country on Sunday in the deadliest day of the "
            "crisis.",
            "At least 140 people were killed nationwide on Monday, police said.",
        ),
        # one strike's toll told as a level
        (
            "The death toll from the market strike in Tarvo rose to 30, officials said.",
            "The death toll from the bombing of the bus station rose to 45, officials said.",
        ),
        # the disaster's simple past tells an event of one place, no level of the count
        (
            "The floods have killed more than 900 people in Niger, officials said.",
            "The report said that flooding killed 170 more people in other parts of Niger.",
        ),
        # a figure that is no toll of people
        (
            "The number of damaged houses has risen to 2,100, the ministry said.",
            "The storm has left 5,000 houses without power, the utility said.",
        ),
    ],
)
def test_near_misses_stay_apart(a: str, b: str) -> None:
    assert _lines(a, b) == {}


def _toll_briefing(third: str) -> list[str]:
    docs = [
        paragraph_document(
            "S1",
            [
                "The death toll in Niger from Friday's floods has risen to 213, officials said.",
                "Rescue teams reached the northern valleys.",
            ],
            "Toll rises to 213",
            published="2025-06-01",
        ),
        paragraph_document(
            "S2",
            [
                "Niger's government declared a state of emergency in four provinces on Tuesday.",
                "Schools in the provinces were closed.",
            ],
            "Emergency declared",
            published="2025-06-04",
        ),
        paragraph_document(
            "S3",
            [third, "Aid agencies warned of disease in the camps."],
            "Floods",
            published="2025-06-09",
        ),
    ]
    return [k.text for k in assess_documents(docs, issue_date="2025-06-10").key_judgments]


def test_the_older_toll_leaves_the_front_page_for_the_newer() -> None:
    shown = _toll_briefing(
        "The floods, which struck the north of Niger last month, have killed more than 927 "
        "people, the health ministry said."
    )
    assert any("927" in text for text in shown), shown
    assert not any("213" in text for text in shown), shown


def test_another_tolls_report_leaves_the_older_toll_standing() -> None:
    # near miss: a later report of one strike's toll is no later state of the floods' toll
    shown = _toll_briefing(
        "The death toll from the market strike in Tarvo rose to 30, officials said on Monday."
    )
    assert any("213" in text for text in shown), shown


def test_a_fall_reported_with_a_toll_in_passing_keeps_its_slot() -> None:
    docs = [
        paragraph_document(
            "S1",
            [
                "The death toll of the unrest in Niger has risen to 67, officials said.",
                "Schools and universities were closed.",
            ],
            "Toll rises",
            published="2025-07-01",
        ),
        paragraph_document(
            "S2",
            [
                "Niger's prime minister has resigned and fled the country after protests that "
                "left nearly 300 people dead.",
                "Protesters stormed her residence.",
            ],
            "Prime minister flees",
            published="2025-07-20",
        ),
        paragraph_document(
            "S3",
            [
                "The army chief called for calm in Niger after weeks of violence that left at least 410 "
                "people dead.",
                "Shops reopened in the capital.",
            ],
            "Calm urged",
            published="2025-07-23",
        ),
    ]
    shown = [k.text for k in assess_documents(docs, issue_date="2025-07-24").key_judgments]
    assert any("has resigned and fled" in text for text in shown), shown
    assert not any("risen to 67" in text for text in shown), shown


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        (
            "Niger's prime minister has resigned and fled the country after protests that left "
            "nearly 300 people dead.",
            True,
        ),
        (
            "The president has resigned following severe unrest, with over 300 people reported "
            "dead.",
            True,
        ),
        # near misses: the count in the main clause or a participle is the count's own
        ("Many have fled the capital, uprooting 400,000 people inside the country.", False),
        ("At least 300 people have been killed since the protests began.", False),
        ("After weeks of protests, at least 300 people have been killed, officials said.", False),
    ],
)
def test_a_toll_told_in_passing(text: str, passing: bool) -> None:
    assert toll_in_passing(text, find_claims(text, "S1.1")) is passing


# --- the newest lede beside a line of analysis -------------------------------------------------


def _latest(texts: list[str]) -> list[str]:
    docs = [
        paragraph_document(
            "A1",
            [
                "Rebel fighters attacked army positions near the town of Kelvo on Monday, the "
                "army said.",
                "Residents said heavy gunfire lasted for hours.",
            ],
            "Fighting near Kelvo",
            published="2026-05-04",
        ),
        paragraph_document(
            "A2",
            [
                "The government of Ostmark imposed a curfew on the northern province on Thursday.",
                "Schools in the province were closed.",
            ],
            "Curfew imposed",
            published="2026-05-07",
        ),
        paragraph_document(
            "A3",
            [
                "Ostmark's parliament voted on Tuesday to extend the state of emergency by three "
                "months.",
                "Opposition lawmakers boycotted the vote.",
            ],
            "Emergency extended",
            published="2026-05-12",
        ),
        paragraph_document("A4", texts, "Latest", published="2026-05-16"),
    ]
    return [k.text for k in assess_documents(docs, issue_date="2026-05-17").key_judgments]


@pytest.mark.parametrize(
    "texts",
    [
        [
            "The Ostmark central bank raised its main interest rate to 18 percent on Saturday.",
            "Economists expect the move to slow inflation, which analysts say is likely to peak "
            "in the summer.",
            "The currency rose against the dollar.",
        ],
        [
            "Ostmark's finance ministry suspended fuel subsidies on Saturday.",
            "The decision is likely to fuel protests in the cities, analysts say.",
            "Queues formed at petrol stations.",
        ],
    ],
)
def test_the_newest_lede_leads_before_the_analysis_after_it(texts: list[str]) -> None:
    shown = _latest(texts)
    assert shown and shown[0].startswith(texts[0][:30]), shown


@pytest.mark.parametrize(("plain", "found"), [(True, 0), (False, None)])
def test_an_analytic_lede_of_a_half_news_report_is_no_newest_lede(
    plain: bool, found: int | None
) -> None:
    # near miss: the report is news only for a plain lede, and its first sentence is analysis
    sentences = [
        Sentence("S1.1", "S1", "The fall of Kelvo is likely to open the road north.", paragraph=0),
        Sentence("S1.2", "S1", "Rebel fighters entered Kelvo on Saturday.", paragraph=1),
    ]
    claims = {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)}
    assert (
        _newest_lede(
            [0, 1],
            sentences,
            {"S1": "2026-05-16"},
            "2026-05-16",
            lambda source: False,
            claims,
            lambda i: plain,
        )
        == found
    )
