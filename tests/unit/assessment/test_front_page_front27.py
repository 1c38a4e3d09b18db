"""The front page of a crisis reported over weeks (round front27; invented sentences, no
third-party text). Kinds a briefing on a coup and one on a flood showed:

* a toll a later report says was revised ("the UN revised the toll to 3,100, citing the
  health ministry" three days after "9,200 dead, says the Red Crescent") stands for the
  earlier counts of that toll, lower or higher and whoever counted, and the figure it
  replaced told again is that old count; the earlier counts are marked as revised;
* an ultimatum or a deadline whose term ran out before the issue date ("sent an ultimatum
  to the junta" in a report whose communique gives it one week) never leads and is marked
  as past; nor is it an indicator;
* the newest news report's lede is the latest state of its line of events: it takes a slot
  after a recent decisive turn, and leads when there is none.

Near misses for each must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.builders import paragraph_document

from briefbook.analysis.claims import find_claims
from briefbook.assessment.build import assess_documents
from briefbook.assessment.deadlines import deadline_due, names_deadline
from briefbook.assessment.key_judgments import _newest_lede, revised_tolls
from briefbook.assessment.occasions import open_horizon_day
from briefbook.model import Sentence

_DAYS = [dt.date(2025, 9, 14), dt.date(2025, 9, 17), dt.date(2025, 9, 19)]


def _revisions(*sources: list[str]) -> dict[tuple[str, str], tuple[str, str]]:
    """revised_tolls over the sources given (each a list of its sentences, a few days apart,
    all of Tarsia), as (source, sentence) ids -> the revision's."""
    sentences = [
        Sentence(f"S{n}.{k}", f"S{n}", text, paragraph=0)
        for n, texts in enumerate(sources, 1)
        for k, text in enumerate(texts, 1)
    ]
    claims = {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)}
    out = revised_tolls(
        range(len(sentences)),
        sentences,
        claims,
        {i: frozenset({"country:Tarsia"}) for i in range(len(sentences))},
        {f"S{n}": _DAYS[n - 1] for n in range(1, len(sources) + 1)},
    )
    return {sentences[i].id: sentences[j].id for i, j in out.items()}


@pytest.mark.parametrize(
    "revision",
    [
        ["The UN revised the death toll from the floods to 3,100, citing the health ministry."],
        [
            "The UN has revised its previous death toll from the floods in Tarsia.",
            "At least 3,100 people have died, according to the health ministry.",
        ],
        [
            "The agency said 3,100 people were killed, adjusting the numbers from a previous "
            "report that said 9,200 were dead.",
        ],
    ],
)
def test_a_revised_toll_stands_for_the_earlier_counts(revision: list[str]) -> None:
    shown = _revisions(
        ["The Red Crescent said 9,200 people had been killed by the floods in Tarsia."],
        revision,
    )
    assert shown.get("S1.1") == f"S2.{len(revision)}", shown


def test_a_revision_up_stands_too_and_the_old_figure_told_again_is_the_old_count() -> None:
    shown = _revisions(
        ["Officials said 1,200 people had been killed by the floods."],
        ["The ministry revised the death toll upward to 2,050 people killed."],
        ["Earlier, officials said at least 1,200 people had been killed."],
    )
    assert shown == {"S1.1": "S2.1", "S3.1": "S2.1"}, shown


def test_a_later_report_naming_thousands_dead_in_passing_is_no_old_count() -> None:
    shown = _revisions(
        ["The Red Crescent said 9,200 people had been killed by the floods in Tarsia."],
        ["The UN revised the death toll from the floods to 3,100, citing the health ministry."],
        [
            "Prosecutors ordered the detention of eight officials over the floods that killed "
            "thousands of people."
        ],
    )
    assert shown == {"S1.1": "S2.1"}, shown


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # another counter's lower figure later, told without a revision: left to the rules of
        # running counts (a narrower count never stands for the line)
        (
            "The Red Crescent said 9,200 people had been killed by the floods.",
            "At least 3,100 people have died, according to the health ministry.",
        ),
        # a figure given "previously" is the old one, no revision
        (
            "The Red Crescent said 9,200 people had been killed by the floods.",
            "Health authorities previously had put the death toll at 5,500.",
        ),
        # a revision of one attack's toll is not the war's count
        (
            "More than 900 people have been killed since the fighting began.",
            "The ministry revised the toll of the market strike to 14 killed.",
        ),
        # one town's count revised is not another town's count
        (
            "At least 400 people were killed in Kestra, officials said.",
            "Officials revised the toll in Vellmar to 120 killed.",
        ),
    ],
)
def test_near_misses_are_no_revision_of_the_earlier_count(earlier: str, later: str) -> None:
    assert _revisions([earlier], [later]) == {}


# --- an ultimatum whose term ran out -------------------------------------------------------

_SET = dt.date(2025, 7, 31)


@pytest.mark.parametrize(
    ("text", "source", "days"),
    [
        (
            "West African states sent an ultimatum to the Tarsk junta.",
            ["If the demands are not met within one week, the bloc will act."],
            7,
        ),
        ("The bloc gave the junta a 48-hour ultimatum to free the president.", [], 2),
        ("The seven-day deadline set by the bloc expires on Sunday.", [], 7),
    ],
)
def test_an_ultimatums_term_runs_from_its_report(text: str, source: list[str], days: int) -> None:
    assert names_deadline(text)
    assert deadline_due(text, [text, *source], _SET) == _SET + dt.timedelta(days=days)


@pytest.mark.parametrize(
    ("text", "source", "published"),
    [
        # no ultimatum or deadline named: a sentence telling what will happen within a week
        ("The talks will end within one week.", [], _SET),
        # no term stated anywhere in the source
        ("The bloc sent an ultimatum to the junta.", ["The junta rejected it."], _SET),
        # an undated source
        ("The bloc gave the junta a 48-hour ultimatum.", [], None),
    ],
)
def test_near_misses_have_no_due_day(text: str, source: list[str], published) -> None:
    assert deadline_due(text, [text, *source], published) is None


def _coup(issue: str, *, later: bool = True, second: str = "2025-08-11"):
    docs = [
        paragraph_document(
            "S1",
            [
                "West African states sent an ultimatum to the Tarsk junta to restore the "
                "president or face military action.",
                "If the demands are not met within one week, the bloc will take all measures.",
            ],
            "Ultimatum to the junta",
            published="2025-07-31",
        ),
        paragraph_document(
            "S2",
            [
                "The bloc activated its standby force for a possible intervention in Tarsk.",
                "Defence chiefs met in the capital.",
            ],
            "Standby force",
            published=second,
        ),
    ]
    if later:
        docs.append(
            paragraph_document(
                "S3",
                [
                    "Ostland formally declared the takeover in Tarsk a coup and suspended its "
                    "aid to the junta.",
                    "Humanitarian aid will continue.",
                ],
                "Aid suspended",
                published="2025-10-10",
            )
        )
    return assess_documents(docs, issue_date=issue)


def _told(result, words: str) -> list:
    return [
        st
        for st in [*result.key_judgments, *(st for sec in result.sections for st in sec.statements)]
        if words in st.text
    ]


def test_an_ultimatum_whose_term_ran_out_never_leads_and_is_marked_past() -> None:
    result = _coup("2025-10-12")
    shown = result.key_judgments
    assert shown and "ultimatum" not in shown[0].text, [k.text for k in shown]
    told = _told(result, "sent an ultimatum")
    assert told and all(st.marked and st.marked.startswith("Past") for st in told), told
    # ... and its threat is no key judgment to lead nor an indicator
    assert not any("within one week" in k.text for k in shown[:3]), [k.text for k in shown]
    assert not any("within one week" in k.text for k in result.indicators)


def test_an_ultimatum_still_running_is_not_marked() -> None:
    # near miss: the issue falls within the week
    result = _coup("2025-08-03", later=False, second="2025-08-01")
    told = _told(result, "sent an ultimatum")
    assert told and not any(st.marked for st in told), told
    assert any("within one week" in k.text for k in result.indicators)


# --- the newest report's lede --------------------------------------------------------------


def test_the_newest_reports_lede_leads_when_no_turn_is_decisive() -> None:
    shown = [k.text for k in _coup("2025-10-12").key_judgments]
    assert shown and shown[0].startswith("Ostland formally declared"), shown


def test_the_newest_lede_follows_a_recent_decisive_turn() -> None:
    docs = [
        paragraph_document(
            "S1",
            [
                "Tarsk rebels captured the city of Varn, the provincial capital, on Monday.",
                "Aid agencies said the roads to Varn were closed.",
            ],
            "Rebels take Varn",
            published="2025-01-27",
        ),
        paragraph_document(
            "S2",
            [
                "The Tarsk rebellion could draw Ostland into a regional war, analysts say.",
                "Ostland denies arming the rebels.",
            ],
            "Risk of regional war",
            published="2025-01-29",
        ),
        paragraph_document(
            "S3",
            [
                "Prosecutors in Ostland ordered the detention of eight officials over the "
                "collapse of the Varn dam.",
                "The officials deny wrongdoing.",
            ],
            "Officials detained",
            published="2025-02-03",
        ),
    ]
    shown = [k.text for k in assess_documents(docs, issue_date="2025-02-05").key_judgments]
    assert shown and "captured the city of Varn" in shown[0], shown
    assert len(shown) > 1 and shown[1].startswith("Prosecutors in Ostland"), shown


@pytest.mark.parametrize(
    ("lede", "new"),
    [
        (
            "The fund's chief said staff reached an agreement of about $2.9 billion with Tarsia.",
            False,
        ),
        ("Parliament approved a $400 million emergency budget for Tarsia on Monday.", True),
    ],
)
def test_a_newest_lede_retelling_an_earlier_figure_is_no_new_state(lede: str, new: bool) -> None:
    # near miss of the newest lede: the fund chief's comment three days after the agreement
    # gives its figure again, no new state of the line
    sentences = [
        Sentence(
            "S1.1",
            "S1",
            "The fund and Tarsia reached a preliminary $2.9 billion agreement on Thursday.",
            paragraph=0,
        ),
        Sentence("S2.1", "S2", lede, paragraph=0),
    ]
    claims = {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)}
    found = _newest_lede(
        [0, 1],
        sentences,
        {"S1": "2025-09-01", "S2": "2025-09-04"},
        "2025-09-04",
        lambda source: True,
        claims,
    )
    assert found == (1 if new else None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The ambassador will return to the capital in the next hours, the president said.", 2),
        ("The bloc will act if the junta does not step down within one week.", 7),
        ("Rebels must leave the town within 48 hours, the army said.", 2),
    ],
)
def test_an_hour_or_a_week_ahead_runs_out_too(text: str, days: int) -> None:
    assert open_horizon_day(text, _SET) == _SET + dt.timedelta(days=days)


def test_an_hour_ahead_beside_a_far_time_looks_to_no_day() -> None:
    # near miss: "by the end of the year" keeps the sentence open
    text = (
        "The ambassador will return in the next hours and troops will leave by the end of the year."
    )
    assert open_horizon_day(text, _SET) is None
