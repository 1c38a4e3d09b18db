"""Key judgments by event (issue 10, third pass): one incident told twice by two sources is
one judgment with the other as its corroboration; a demand and the act it asks for are two
events however close their words; a decisive military act (strikes carried out, a ship sunk,
a town taken, a ceasefire signed, troops withdrawn) can lead, from a statement of mostly
analytic prose or from a lede that tells its headline's act in other words; a figure that an
independent origin reports again for the same event raises confidence one step, with the
reason shown; a sentence that needs the one before it ("However, she has now resigned.") is
no decisive event and never a judgment. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.signals import (
    demand_and_act,
    headline_decisive,
    is_decisive_event,
    is_demand,
    key_signal,
)
from briefbook.ingest import SourceSpec, load_documents

# ---------------------------------------------------------------------------
# the sentences


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        # needs the sentence before: whose resignation, what sank
        ("However, she has now resigned.", False),
        ("She has now resigned.", False),
        ("But the regime has fallen.", False),
        ("It sank within the hour.", False),
        ("However, the frigate sank within the hour.", False),
        # reads on its own
        ("The interior minister of Tarn has now resigned.", True),
    ],
)
def test_a_sentence_that_needs_the_one_before_is_no_decisive_event(
    text: str, decisive: bool
) -> None:
    assert is_decisive_event(text) is decisive
    assert key_signal(text, False, False).decisive is decisive


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        (
            "Today, at my direction, Ostlandic forces, together with Westmark, successfully "
            "conducted strikes against a number of targets in Karsia used by the militia.",
            True,
        ),
        ("The coalition launched airstrikes on militia depots near Vell on Sunday.", True),
        ("The frigate Aldane sank in the Kessel Strait on Monday.", True),
        ("The ferry was sunk by a drone on Friday night.", True),
        ("Rebels captured the city of Ostra after a week of fighting.", True),
        ("The port of Vell fell to the rebels on Thursday.", True),
        ("The two sides signed a ceasefire in the capital on Friday.", True),
        ("Ostland has begun withdrawing its troops from the border with Karsia.", True),
        # not done, not the news, not decisive
        ("The army did not capture the town.", False),
        ("Rebels never captured the city of Ostra.", False),
        ("Officials denied reports that the ferry sank.", False),
        ("The militia claimed the tanker sank at once.", False),
        ("If rebels captured the city, talks would end.", False),
        ("The militia, which said the tanker sank, fired again on Monday.", False),
        ("The militia threatened to sink any ship bound for Vell.", False),
        ("Militia fighters fired two missiles at merchant ships on Tuesday.", False),
        ("Oil prices fell to a two-year low.", False),
        ("The United States called on Ostland to withdraw its troops.", False),
    ],
)
def test_a_decisive_military_act_is_told_apart(text: str, decisive: bool) -> None:
    assert is_decisive_event(text) is decisive


@pytest.mark.parametrize(
    ("title", "lede", "decisive"),
    [
        (
            "Militia sinks cargo ship with missile",
            "The Marisol, a cargo ship hit by a militia missile last month, has come to rest "
            "on the seabed of the Gulf of Tarsa, officials said on Saturday.",
            True,
        ),
        ("Rebels capture Ostra", "Rebel fighters raised their flag over Ostra on Monday.", True),
        # an order to do it is not the act
        (
            "Leader orders army to capture the border zone",
            "The leader of Ostland said on Sunday that the army was ready.",
            False,
        ),
        # the lede tells of something else
        ("Militia sinks cargo ship", "Grain prices rose on Monday in Vell.", False),
        # the lede needs the sentence before it
        ("Militia sinks cargo ship", "It went down with its cargo of grain.", False),
    ],
)
def test_a_lede_tells_the_decisive_act_of_its_headline(
    title: str, lede: str, decisive: bool
) -> None:
    assert headline_decisive(title, lede) is decisive


@pytest.mark.parametrize(
    ("demand", "act", "two"),
    [
        (
            "The United States called on Ostland to withdraw its troops from the border.",
            "Ostland has begun withdrawing its troops from the border, the White House said.",
            True,
        ),
        (
            "The council urged both sides to hold fire around Vell.",
            "Both sides held fire around Vell on Sunday.",
            True,
        ),
        # two acts, two demands: neither is told apart by this
        (
            "Ostland withdrew its troops from the border.",
            "Ostland has begun withdrawing its troops from the border.",
            False,
        ),
        (
            "Westmark called on Ostland to withdraw its troops.",
            "Karsia demanded that Ostland withdraw its troops.",
            False,
        ),
    ],
)
def test_a_demand_and_the_act_it_asks_for_are_two_events(demand: str, act: str, two: bool) -> None:
    assert demand_and_act(demand, act) is two
    assert is_demand("He told reporters that the troops had left.") is False


# ---------------------------------------------------------------------------
# whole assessments


def _load(tmp_path: Path, files: list[tuple[str, str, dict]]) -> list:
    for name, text, _ in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_documents([SourceSpec(path=n, **kw) for n, _, kw in files], base=tmp_path)


# an official statement, graded A2: its news in one long sentence, then mostly analytic prose
STATEMENT = """Statement on strikes against militia targets in Karsia

Today, at my direction, Ostlandic armed forces, together with Westmark and with support from three partners, successfully conducted strikes against a number of targets in Karsia used by the Tarn militia to endanger shipping in one of the region's most vital waterways.

These strikes are a direct response to unprecedented militia attacks against merchant vessels in the Gulf of Tarsa, including the first use of anti-ship missiles in the region.

The attacks have endangered our personnel, threatened freedom of navigation and strained the patience of every trading nation.

I will not hesitate to direct further measures to protect our people and the free flow of commerce.

Last month, Ostland launched a maritime coalition of more than 20 nations committed to defending shipping and deterring militia attacks in the gulf.

This response reflects a growing consensus that the militia's campaign threatens regional stability.
"""
# a report whose headline says the ship sank and whose lede says it in other words
SINKING = """Militia sinks cargo ship with missile

The Marisol, a cargo ship hit by a Tarn militia missile last month, has come to rest on the seabed of the Gulf of Tarsa, officials said on Saturday.

The loss of the Marisol has cast a shadow over traffic through the waterway, a lifeline for grain and fuel shipments.

Struck on 18 February near the Kessel Strait, the Belize-flagged Marisol had drifted north for two weeks.

Its crew of 24 was evacuated by a passing tanker after the strike.
"""
WIRE_SALVO = """Militia fires missiles at ships in gulf

Tarn militia fighters fired two anti-ship missiles without effect on Tuesday at merchant ships in the southern Gulf of Tarsa, according to the Ostlandic naval command.

Several ships in the area reported the impact of the missiles in the water, though none reported damage.

Shipping firms have begun to route cargo around the cape.
"""
WIRE_FREIGHTERS = """Militia targets two freighters

The Tarn militia launched missiles at two freighters it said were Ostlandic and Westmarker, according to a post by its spokesman.

The naval command said both missiles fell into the sea.

The militia and Ostland have traded fire since the strikes of January.
"""
# one incident told twice: an ungraded trade report and the naval command (A2)
WIRE_DEATHS = """Militia kills two in first fatal attack on a ship

Two crew members were killed aboard the Hollin Star in a militia missile attack yesterday (4 March), the first deaths since the militia began targeting ships last autumn.

The Hollin Star was 40 nautical miles south of the port of Vell when the missile struck near its stern.

A salvage team has moved in to tow the vessel under naval protection.
"""
COMMAND = """Militia missile strikes M/V Hollin Star

At about 10:00 on 4 March, an anti-ship missile was launched from militia-held areas of Karsia toward M/V Hollin Star, a Maltese-flagged bulk carrier, while transiting the Gulf of Tarsa.

The missile struck the vessel, and the crew reports two fatalities and significant damage to the ship.

The crew abandoned the ship and coalition warships responded.
"""


def _gulf(tmp_path: Path) -> list:
    return _load(
        tmp_path,
        [
            (
                "statement.txt",
                STATEMENT,
                {"published": "2026-01-11", "reliability": "A", "credibility": 2},
            ),
            ("sinking.txt", SINKING, {"published": "2026-03-02"}),
            ("salvo.txt", WIRE_SALVO, {"published": "2026-01-03"}),
            ("freighters.txt", WIRE_FREIGHTERS, {"published": "2026-02-06"}),
            ("deaths.txt", WIRE_DEATHS, {"published": "2026-03-05"}),
            (
                "command.txt",
                COMMAND,
                {"published": "2026-03-04", "reliability": "A", "credibility": 2},
            ),
        ],
    )


def _find(statements: list, start: str):
    return next((k for k in statements if k.text.startswith(start)), None)


def test_the_strikes_and_the_sinking_lead(tmp_path: Path) -> None:
    kjs = assess_documents(_gulf(tmp_path), issue_date="2026-03-08").key_judgments
    texts = [k.text for k in kjs]
    # the strikes; "Today" written as the statement's date (round bluf24)
    assert _find(kjs, "On 11 January 2026, at my direction") is not None, texts
    assert _find(kjs, "The Marisol") is not None, texts  # the sinking


def _incident(tmp_path: Path) -> list:
    return _load(
        tmp_path,
        [
            ("deaths.txt", WIRE_DEATHS, {"published": "2026-03-05"}),
            (
                "command.txt",
                COMMAND,
                {"published": "2026-03-04", "reliability": "A", "credibility": 2},
            ),
            ("salvo.txt", WIRE_SALVO, {"published": "2026-03-03"}),
        ],
    )


def test_one_incident_told_twice_is_one_judgment_with_its_corroboration(tmp_path: Path) -> None:
    a = assess_documents(_incident(tmp_path), issue_date="2026-03-08")
    ids = {s.text: s.id for s in a.sentences}
    told = [
        k
        for k in a.key_judgments
        if "Hollin Star" in k.text or "two fatalities" in k.text or "At about 10:00" in k.text
    ]
    assert len(told) == 1, [k.text for k in a.key_judgments]
    (kept,) = told
    # the fuller report (a toll) stands, the naval command's launch and toll corroborate it
    assert kept.text.startswith("Two crew members were killed"), kept.text
    command = [ids[t] for t in ids if t.startswith(("At about 10:00", "The missile struck"))]
    assert set(command) <= set(kept.evidence), kept.evidence


def test_an_independent_report_of_the_same_figure_raises_confidence(tmp_path: Path) -> None:
    a = assess_documents(_incident(tmp_path), issue_date="2026-03-08")
    kept = _find(a.key_judgments, "Two crew members were killed")
    assert kept is not None
    # one ungraded origin alone would be low; the naval command's report of the same two
    # deaths is a second independent origin: one step up, no further (two origins: moderate)
    assert kept.confidence == "moderate", kept.rationale
    assert "same figure" in (kept.rationale or ""), kept.rationale


def test_a_figure_of_another_day_does_not_corroborate(tmp_path: Path) -> None:
    other_day = WIRE_DEATHS.replace("yesterday (4 March)", "on 9 January").replace(
        "the first deaths since the militia began targeting ships last autumn",
        "in the port of Vell",
    )
    docs = _load(
        tmp_path,
        [
            ("deaths.txt", other_day, {"published": "2026-03-05"}),
            (
                "command.txt",
                COMMAND,
                {"published": "2026-03-04", "reliability": "A", "credibility": 2},
            ),
        ],
    )
    a = assess_documents(docs, issue_date="2026-03-08")
    ids = {s.text: s.id for s in a.sentences}
    stated = [
        st
        for st in [*a.key_judgments, *(s for sec in a.sections for s in sec.statements)]
        if st.text.startswith("Two crew members were killed")
    ]
    command = {ids[t] for t in ids if t.startswith(("At about 10:00", "The missile struck"))}
    assert stated
    assert all(not (set(st.evidence) & command) for st in stated), [s.evidence for s in stated]


DEMAND = """Washington presses Ostland over border build-up

The United States called on Ostland to withdraw its troops from the border with Karsia.

The White House said the build-up of artillery and tanks near the frontier was unprecedented.

Karsian officials welcomed the call and asked for international monitors.
"""
PULLBACK = """Ostland pulls back from Karsian border

Ostland has begun withdrawing its troops from the border with Karsia, the White House said on 3 May.

A spokesman said the pullback was a welcome step but that the number of troops remained high.
"""
ARREST = """Police detain militia leader

Karsian police on Tuesday detained a militia leader accused of organising an attack on a border post that killed two officers.

The suspect was questioned in the capital, the interior ministry said.
"""


def test_a_demand_and_its_compliance_are_two_judgments(tmp_path: Path) -> None:
    docs = _load(
        tmp_path,
        [
            ("demand.txt", DEMAND, {"published": "2026-05-01"}),
            ("pullback.txt", PULLBACK, {"published": "2026-05-04"}),
            ("arrest.txt", ARREST, {"published": "2026-05-05"}),
        ],
    )
    a = assess_documents(docs, issue_date="2026-05-06")
    ids = {s.text: s.id for s in a.sentences}
    demand = _find(a.key_judgments, "The United States called on Ostland")
    act = _find(a.key_judgments, "Ostland has begun withdrawing")
    assert demand is not None and act is not None, [k.text for k in a.key_judgments]
    # neither is the other's evidence
    assert ids[act.text] not in demand.evidence and ids[demand.text] not in act.evidence
