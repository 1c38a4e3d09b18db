"""The front page and the analytic sections (round front25; invented sentences, no
third-party text). Five kinds a new user found on real sources:

* an indicator is forward-looking and observable: the writer's own view ("In our view, the
  militia will ...") is a judgment of the piece, and a modal narrated before a past event
  ("No mediator could halt the exchange until Westmark stepped in") is past: neither is an
  indicator;
* the Outlook looks ahead of the issue: a schedule whose day passed before the issue date is
  not shown there as if it were still ahead;
* one agreement (a ceasefire) told by several sources in different words is one bottom-line
  item, the others its evidence; a war's running toll told again later with another figure
  is the later report's; the war's opening strikes, told by most sources ("the war began when
  ..."), count as one widely reported event;
* a Situation domain whose every statement is of a stale source never opens the Situation;
* a regulatory document speaking of itself ("This notice is issued pursuant to ...") is
  boilerplate, never a section's statement.

Near misses for each must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.builders import paragraph_document

from briefbook.assessment.breadth import opening_of, reach
from briefbook.assessment.build import assess_documents
from briefbook.assessment.judgments import parties_of
from briefbook.assessment.key_judgments import agreement_of, same_agreements
from briefbook.assessment.picks import newest_first
from briefbook.assessment.section_rules import rule_labels
from briefbook.assessment.situation import is_indicator
from briefbook.model import Sentence

# --- indicators --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In our view, the Tarsk militia will retaliate against Kelvar air bases within days.",
        "In our view, Ostland will quit the treaty before the end of the year.",
        "However, in my view the militia will attack the port next month.",
        "We believe Ostland will close the border by June.",
        "I think the army will withdraw from Varn in the spring.",
        "Our assessment is that Karsia will resume strikes within weeks.",
    ],
)
def test_the_writers_own_view_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "No outside power could halt the exchange, until Westmark stepped in.",
        "None of the mediators could reach the town until the rains stopped.",
        "The convoy could not move until the bridge was repaired.",
        "Nobody could cross the river until the army took the ford.",
    ],
)
def test_a_modal_told_before_a_past_event_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        # a cause, not a view; a third party's view; the writer's plain future
        "In view of the threat, the army will deploy two brigades by March.",
        "Officials believe Ostland will close the border by June.",
        "We will know more when the monitors report on Friday.",
        # "until" a present or future event still looks ahead
        "The convoy could not move until the bridge is repaired.",
        "No aid could enter until the crossing reopens next week.",
        "Talks could stall until the election is held in March.",
        "The truce will hold until troops have withdrawn.",
        # a forward cue beside a past "until" clause stands
        "The envoy could not travel until the airport reopened, but talks will resume on Friday.",
    ],
)
def test_near_misses_stay_indicators(text: str) -> None:
    assert is_indicator(text)


# --- one agreement, one bottom-line item ---------------------------------------------------


def _s(sid: str, text: str) -> Sentence:
    return Sentence(sid, sid.split(".")[0], text)


def test_agreement_kinds_and_phases() -> None:
    assert agreement_of("Chad and Niger agreed to a ceasefire on Thursday.") == (
        {"truce"},
        {"agreed"},
    )
    assert agreement_of("The truce between Chad and Niger was violated within hours.") == (
        {"truce"},
        {"broken"},
    )
    # taking effect is the agreement's phase, and so is a compound's "-brokered"
    assert agreement_of("Chad and Niger began observing a Westmark-brokered truce.") == (
        {"truce"},
        {"agreed"},
    )
    assert agreement_of("A Westmark-brokered ceasefire held along the border.")[1] == {
        "agreed",
        "held",
    }
    assert agreement_of("The talks began in Doha.") == (frozenset(), frozenset())
    # a truce named as a time anchor is not the event told
    assert agreement_of("Since the truce, shelling has resumed near Dosso.")[0] == frozenset()
    assert agreement_of("Chad shelled Dosso on Thursday.") == (frozenset(), frozenset())


WEST = dt.date(2025, 3, 20)


def _agreements(texts: list[str], parties: list[set[str]], days: list[dt.date]) -> dict:
    sentences = [_s(f"S{n}.1", t) for n, t in enumerate(texts, 1)]
    published = {s.source: d for s, d in zip(sentences, days, strict=True)}
    return same_agreements(
        range(len(texts)),
        sentences,
        {i: frozenset(p) for i, p in enumerate(parties)},
        published,
        {i: float(len(texts) - i) for i in range(len(texts))},
    )


def test_one_ceasefire_in_several_wordings_is_one_item() -> None:
    merged = _agreements(
        [
            "Chad and Niger agreed to a ceasefire on Thursday, the Westmark president said.",
            "An agreement has been reached for a truce between Niger and Chad.",
            "Confirming the agreement, Chad's foreign minister said both armies had agreed to "
            "halt all firing from 5 pm on Thursday.",
            "A Westmark-brokered ceasefire was agreed upon on Thursday evening.",
        ],
        [
            {"country:Chad", "country:Niger"},
            {"country:Chad", "country:Niger"},
            {"country:Chad"},
            set(),
        ],
        [WEST, WEST, WEST, WEST + dt.timedelta(days=1)],
    )
    assert merged == {1: 0, 2: 0, 3: 0}


@pytest.mark.parametrize(
    ("texts", "parties", "days"),
    [
        # two agreements of different parties the same day
        (
            [
                "Chad and Niger agreed to a ceasefire on Thursday.",
                "Niger and Mali agreed to a truce on Thursday.",
            ],
            [{"country:Chad", "country:Niger"}, {"country:Niger", "country:Mali"}],
            [WEST, WEST],
        ),
        # a truce agreed and a truce broken are two events
        (
            [
                "Chad and Niger agreed to a ceasefire on Thursday.",
                "Chad and Niger violated the ceasefire within hours.",
            ],
            [{"country:Chad", "country:Niger"}, {"country:Chad", "country:Niger"}],
            [WEST, WEST],
        ),
        # one truce in March, another in May
        (
            ["Chad and Niger agreed to a ceasefire.", "Chad and Niger agreed to a new truce."],
            [{"country:Chad", "country:Niger"}, {"country:Chad", "country:Niger"}],
            [WEST, WEST + dt.timedelta(days=60)],
        ),
        # a ceasefire and a prisoner exchange agreed the same day
        (
            [
                "Chad and Niger agreed to a ceasefire on Thursday.",
                "Chad and Niger agreed to a prisoner exchange on Thursday.",
            ],
            [{"country:Chad", "country:Niger"}, {"country:Chad", "country:Niger"}],
            [WEST, WEST],
        ),
    ],
)
def test_distinct_agreements_stay_apart(
    texts: list[str], parties: list[set[str]], days: list[dt.date]
) -> None:
    assert _agreements(texts, parties, days) == {}


def test_a_broker_is_no_party() -> None:
    assert (
        parties_of(_s("S1.1", "A US-brokered ceasefire was agreed upon on Saturday."), {}) == set()
    )
    assert parties_of(
        _s("S1.1", "Chad and Niger agreed to a truce in talks mediated by the United States."), {}
    ) == {"country:Chad", "country:Niger"}
    # a party named by its people stays one
    assert "country:Chad" in parties_of(_s("S1.1", "Chadian officials agreed to the truce."), {})


# --- the war's opening strikes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The war began on 1 March when Chad struck Niger's border posts.", "Chad>Niger"),
        ("The conflict started with Chadian air strikes on Niger.", "Chad>Niger"),
        (
            "Chad launched Operation Desert Hammer, an air assault on Niger, on Saturday.",
            "Chad>Niger",
        ),
        ("The hostilities began when Niger attacked Chad's garrison at Bol.", "Niger>Chad"),
    ],
)
def test_the_opening_strikes(text: str, key: str) -> None:
    striker, struck = key.split(">")
    assert opening_of(text) == f"opening:country:{striker}>country:{struck}"


@pytest.mark.parametrize(
    "text",
    [
        "Chad launched strikes on Niger's fuel depots on Tuesday.",  # any day's strikes
        "In response, Niger launched strikes on Chad's air bases.",  # a retaliation
        "The talks began in Doha between Chad and Niger.",  # no attack
        "The war began when rebels attacked the capital.",  # no two countries
    ],
)
def test_no_opening(text: str) -> None:
    assert opening_of(text) is None


def test_reach_joins_the_operation_and_the_opening() -> None:
    texts = [
        "Chad launched Operation Desert Hammer, an air assault on Niger, on Saturday.",
        "Operation Desert Hammer hit three airfields, Niger said.",
        "The war began when Chad struck Niger's border posts.",
        "The conflict began on 1 March when Chad attacked Niger.",
        "Rail traffic to Niamey resumed.",
    ]
    sentences = [_s(f"S{n}.1", t) for n, t in enumerate(texts, 1)]
    groups = {s.source: s.source for s in sentences}
    widths = reach({1: ["S2.1"], 4: ["S5.1"]}, sentences, groups)
    # the operation's sources (S1, S2) and the opening's (S1, S3, S4) are one event
    assert widths[1] == 4
    assert widths[4] == 1


# --- stale material never leads the Situation -----------------------------------------------


def test_a_domain_all_stale_comes_after_fresh_ones() -> None:
    sentences = [
        _s("S1.1", "Chad struck Niger's border posts."),  # military, stale
        _s("S2.1", "Chad and Niger agreed to a ceasefire."),  # political, fresh
        _s("S3.1", "Westmark froze Chad's reserves."),  # economic, stale
    ]
    domain_at = {0: "military", 1: "political", 2: "economic"}
    published = {"S1": "2024-01-01", "S2": "2025-03-20", "S3": "2024-02-01"}
    assert newest_first([0, 1, 2], domain_at, sentences, published, stale={"S1", "S3"}) == [
        1,
        0,
        2,
    ]
    # near miss: a domain with one fresh statement keeps its place; nothing stale, no change
    assert newest_first([0, 1, 2], domain_at, sentences, published, stale={"S3"}) == [0, 1, 2]
    assert newest_first([0, 1, 2], domain_at, sentences, published) == [0, 1, 2]


# --- regulatory boilerplate -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This notice is issued pursuant to Executive Order 13224, as amended.",
        "This document is available in electronic form on the Federal Register website.",
        "This rule takes effect on the date of publication.",
        "This notice announces the designation of two entities.",
        "The designations are available on the Federal Register website at federalregister.gov.",
    ],
)
def test_a_notice_speaking_of_itself_is_boilerplate(text: str) -> None:
    assert rule_labels([text]) == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "Treasury sanctioned five firms pursuant to Executive Order 13224.",
        "The notice ordered residents of Varn to leave the town by Friday.",
        "This action targets five shipping firms that moved Ostland oil.",
        "This week the ministry issued a notice closing the port.",
    ],
)
def test_an_act_a_notice_reports_is_no_boilerplate(text: str) -> None:
    assert rule_labels([text]) != ["none"]


# --- the whole front page -------------------------------------------------------------------


def _war() -> list:
    return [
        paragraph_document(
            "S1",
            [
                "Chad launched Operation Desert Hammer, an air assault on Niger, on Saturday.",
                "Niger's army said its radar stations near Agadez were destroyed.",
            ],
            "Chad strikes Niger",
            published="2025-03-01",
        ),
        paragraph_document(
            "S2",
            [
                "The war began when Chad struck Niger's border posts with fighter jets.",
                "Since the start of the war, at least 120 people have been killed in Niger, "
                "the health ministry said.",
            ],
            "A week of war",
            published="2025-03-08",
        ),
        paragraph_document(
            "S3",
            [
                "Chad and Niger agreed to a ceasefire on Thursday after talks in Doha, the "
                "Westmark president said.",
                "The war has killed 180 people in Niger, the health ministry said.",
                "Military commanders of both sides are expected to meet in Doha on March 19.",
            ],
            "Ceasefire agreed",
            published="2025-03-14",
        ),
        paragraph_document(
            "S4",
            [
                "An agreement has been reached for a truce between Niger and Chad, officials "
                "in Niamey said on Thursday.",
                "The conflict began when Chad attacked Niger's northern garrisons.",
            ],
            "Truce reached",
            published="2025-03-14",
        ),
        paragraph_document(
            "S5",
            [
                "A Westmark-brokered ceasefire between Chad and Niger was agreed upon on "
                "Thursday evening.",
                "Niger's president will address parliament on April 2 on the reconstruction "
                "of the north.",
            ],
            "Truce holds",
            published="2025-03-15",
        ),
    ]


def test_the_front_page_of_a_short_war() -> None:
    a = assess_documents(_war(), issue_date="2025-03-22")
    texts = [k.text for k in a.key_judgments]
    truce = [t for t in texts if "ceasefire" in t or "truce" in t]
    assert len(truce) == 1, texts
    # the earlier running toll gives its place to the later one
    assert not any("at least 120 people" in t for t in texts), texts
    # the war's opening, told as an operation launched and as how the war began: one item
    opening = [t for t in texts if "Desert Hammer" in t or "war began" in t]
    assert len(opening) == 1, texts
    outlook = [st.text for s in a.sections if s.key == "outlook" for st in s.statements]
    # the meeting of March 19 has passed by the issue of March 22; the address of April 2
    # is still ahead
    assert not any("March 19" in t for t in outlook), outlook
    assert any("April 2" in i.text for i in a.indicators), [i.text for i in a.indicators]
