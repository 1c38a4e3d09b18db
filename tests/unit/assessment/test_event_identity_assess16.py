"""Key judgments one per event, led by what matters, and indicators that look ahead (two
analyst trials of the last session; every sentence here is invented).

1. One event, several key judgments: one strike told by a dated source and an undated one
   (its day unknown, not another day) with one toll of people ("nine people", "nine alleged
   smugglers") is one incident; one round of talks told twice by one source in close words
   is one event, one key judgment, and the freed slot goes to another event.
2. Salience: a writer's framing ("It is noteworthy that ...", "The gravest danger ... lies
   ...") and a speaker's rhetoric quoted at length never lead the bottom line.
3. Indicators: a general rule or procedure, an intention in the past perfect and a past act
   about a coming event ("withdrew from the upcoming tournament") are nothing to watch.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment import assess_documents
from briefbook.assessment.key_judgments import (
    event_kinds,
    same_incidents,
    same_source_events,
    same_toll,
)
from briefbook.assessment.signals import is_framing, key_signal
from briefbook.assessment.situation import is_indicator
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Sentence

# ---------------------------------------------------------------------------
# 1. one event, one key judgment

_SCENE = frozenset({"force:Ostland navy", "place:Cape Morrow"})


def _incidents(a: str, b: str, published_b: dt.date | None) -> dict[int, int]:
    sentences = [Sentence(id="S1.1", source="S1", text=a), Sentence(id="S2.1", source="S2", text=b)]
    return same_incidents(
        [0, 1],
        sentences,
        {"S1.1": _SCENE, "S2.1": _SCENE | {"person:Aldo Venn"}},
        {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)},
        {"S1": dt.date(2026, 5, 6), "S2": published_b},
        {"S1": ("C", 3), "S2": ("C", 3)},
        {0: 1.0, 1: 1.0},
    )


_DATED = (
    "The Ostland navy sank a smuggling boat off Cape Morrow, killing nine people, officials "
    "said on Tuesday."
)


def test_one_strike_told_by_an_undated_source_with_one_toll_is_one_incident() -> None:
    undated = (
        "President Aldo Venn has announced that Ostland navy forces struck a boat off Cape "
        "Morrow, resulting in the deaths of nine alleged smugglers."
    )
    assert _incidents(_DATED, undated, None) in ({1: 0}, {0: 1})


@pytest.mark.parametrize(
    "b",
    [
        # another toll: another strike (or a revised count), never merged
        "President Aldo Venn has announced that Ostland navy forces struck a boat off Cape "
        "Morrow, resulting in the deaths of four alleged smugglers.",
        # no toll told again: the day unknown, nothing ties the two
        "President Aldo Venn has announced that Ostland navy forces struck a boat off Cape Morrow.",
    ],
)
def test_an_undated_report_without_the_same_toll_stays_apart(b: str) -> None:
    assert _incidents(_DATED, b, None) == {}


def test_a_generic_toll_and_a_toll_of_a_class_with_one_figure_are_one_toll() -> None:
    people = find_claims("The strike killed nine people.", "S1.1")
    smugglers = find_claims("The strike killed nine alleged smugglers.", "S2.1")
    four = find_claims("The strike killed four alleged smugglers.", "S2.1")
    assert same_toll(people, smugglers)
    assert not same_toll(people, four)
    # two classes of person are two counts ("nine crew", "nine passengers")
    crew = find_claims("The strike killed nine crew members.", "S1.1")
    assert not same_toll(crew, find_claims("The strike killed nine passengers.", "S2.1"))


class _Likeness:
    """A stand-in for :class:`~briefbook.assessment.paraphrase.Paraphrases`: fixed cosines."""

    def __init__(self, table: dict[frozenset[int], float]) -> None:
        self.table = table

    def similarity(self, i: int, j: int) -> float:
        return self.table.get(frozenset((i, j)), 0.0)


_TRUCE = "Ostland and Karsia have agreed to extend the truce, according to a joint statement."
_ROUND = "The statement said the talks were held in Vell from 3 to 7 May under Tarn mediation."


def _events(texts: list[str], sources: list[str], likeness: float) -> dict[int, int]:
    sentences = [
        Sentence(id=f"{src}.{n}", source=src, text=t)
        for n, (t, src) in enumerate(zip(texts, sources, strict=True), 1)
    ]
    return same_source_events(
        range(len(sentences)),
        sentences,
        _Likeness({frozenset((0, 1)): likeness}),
        {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)},
        {src: dt.date(2026, 5, 8) for src in sources},
        {0: 2.0, 1: 1.0},
        0.55,
    )


def test_one_round_of_talks_told_twice_by_one_source_is_one_event() -> None:
    assert _events([_TRUCE, _ROUND], ["S1", "S1"], 0.6) == {1: 0}


@pytest.mark.parametrize(
    ("texts", "sources", "likeness"),
    [
        ([_TRUCE, _ROUND], ["S1", "S1"], 0.3),  # far apart in meaning
        ([_TRUCE, _ROUND], ["S1", "S2"], 0.6),  # two sources: same_incidents' business
        # another kind of event of the same source
        ([_TRUCE, "Ostland aircraft struck depots near Vell on Wednesday."], ["S1", "S1"], 0.6),
        # two rounds a month apart
        (
            [
                "The first round of talks was held in Vell on 2 April 2026.",
                "The second round of talks was held in Vell on 7 May 2026.",
            ],
            ["S1", "S1"],
            0.9,
        ),
    ],
)
def test_other_events_stay_apart(texts: list[str], sources: list[str], likeness: float) -> None:
    assert _events(texts, sources, likeness) == {}


def test_an_event_named_as_a_time_anchor_is_not_the_event_told() -> None:
    assert event_kinds("Marines arrived in Vell on Friday following a deadly attack.") == set()
    assert event_kinds("Gunmen attacked a police post in Vell on Friday.") == {"attack"}


# ---------------------------------------------------------------------------
# 2. salience


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        ("It is noteworthy that Ostland had agreed to resume talks after a request.", True),
        ("It is worth recalling that the border was closed twice last year.", True),
        ("Interestingly, the envoy left before the vote.", True),
        ("The gravest danger in the region lies not in the capital but along the coast.", True),
        ("The single most dangerous flashpoint in Tarn today lies in the north.", True),
        # a development: no framing
        ("The most intense fighting took place near the border on Monday.", False),
        ("Ostland marines killed seven militia fighters near Vell.", False),
    ],
)
def test_a_writers_framing(text: str, framing: bool) -> None:
    assert is_framing(text) is framing


def test_a_speakers_rhetoric_quoted_at_length_is_a_quote() -> None:
    rhetoric = (
        "Admiral Ina Koss said the frigate's return \"marks a critical step in strengthening "
        'our resolve to defend the coast and the safety of our people."'
    )
    assert key_signal(rhetoric, False, False).quote is True
    # analytic language of the writer's own, outside the quotation: no mere quote
    judged = (
        "The frigate's return likely marks a shift, Admiral Ina Koss said: \"we are ready to "
        'defend the coast and the safety of our people."'
    )
    assert key_signal(judged, False, True).quote is False


# a news report of a clash, one of the talks (three sentences of one round), an analysis
# that opens with framing
_CLASH = """Border clash kills 14 in Karsia

VELL - At least 14 Ostland soldiers were killed and dozens wounded in overnight clashes with Karsian forces along the Tarn border, the Ostland army said on Sunday.

The army said the fighting began late on Saturday when Karsian forces attacked three border posts.

Karsia said it had responded to repeated shelling of its villages.
"""

_TALKS = """Ostland and Karsia agree to keep the truce

Ostland and Karsia have agreed to keep the existing truce, according to a joint statement issued by the Tarn foreign ministry on Thursday.

The statement said the talks between Ostland and Karsia were held in Merrow from Monday to Thursday under Tarn mediation.

It is noteworthy that Ostland had agreed to return to the talks after a formal request from Tarn.

Both delegations left Merrow on Thursday evening.
"""

_ANALYSIS = """The border problem

The most worrisome flash point in the region today lies not on the coast but along the border between Ostland and Karsia.

Ostland accuses Karsia of sheltering armed groups that attack its posts, and Karsia denies it.

A collapse of the truce would likely draw both armies into a wider war along the border.

Ostland's air force gives it a clear advantage in any such war, analysts say.
"""


def _assess(tmp_path: Path, *names: str):
    every = {
        "clash.txt": (_CLASH, {"published": "2026-05-03"}),
        "talks.txt": (_TALKS, {"published": "2026-05-07"}),
        "analysis.txt": (_ANALYSIS, {"published": "2026-05-08"}),
    }
    for name in names:
        (tmp_path / name).write_text(every[name][0], encoding="utf-8")
    docs = load_documents([SourceSpec(path=n, **every[n][1]) for n in names], base=tmp_path)
    return assess_documents(docs, issue_date="2026-05-09")


def test_one_round_of_talks_is_one_key_judgment(tmp_path: Path) -> None:
    kjs = [k.text for k in _assess(tmp_path, "clash.txt", "talks.txt").key_judgments]
    told = ("agreed to keep", "were held in Merrow", "agreed to return")
    talks = [t for t in kjs if any(w in t for w in told)]
    assert len(talks) == 1, kjs
    assert talks[0].startswith("Ostland and Karsia have agreed to keep the existing truce"), kjs
    # the clash with its toll makes a judgment, and leads
    assert "14 Ostland soldiers" in kjs[0], kjs


def test_a_writers_framing_never_leads(tmp_path: Path) -> None:
    kjs = [
        k.text for k in _assess(tmp_path, "clash.txt", "talks.txt", "analysis.txt").key_judgments
    ]
    assert len(kjs) >= 3, kjs
    framing = ("The most worrisome", "It is noteworthy")
    assert not any(t.startswith(framing) for t in kjs), kjs


# ---------------------------------------------------------------------------
# 3. indicators


@pytest.mark.parametrize(
    "text",
    [
        # a general rule or procedure
        "If a boat ignores the order to stop, a shot across its bow is usually the next step.",
        "Standard practice requires crews to be hailed by radio, and a boarding may follow.",
        "As a rule, the militia withdraws before the rains and may return in the autumn.",
        # an intention in the past perfect, or since changed
        "Diplomats said the envoy had initially planned to fly home after the talks stalled.",
        "The delegation had been expected to sign the accord in Vell.",
        "Officials said they'd originally planned to reopen the crossing.",
        "The summit was originally scheduled to open in Merrow.",
        # a past act about a coming event
        "The football federation withdrew from the upcoming tournament, citing the attacks.",
        "Tarn announced its withdrawal from the forthcoming summit after the shelling.",
    ],
)
def test_past_events_and_general_procedures_are_no_indicators(text: str) -> None:
    assert is_indicator(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "The delegation will attend the upcoming summit in Merrow.",
        "If the truce collapses, the army could resume shelling the border villages.",
        "The envoys plan to return to Vell next week for a second round of talks.",
        # a rule with a time to come still names when to look
        "Patrols usually resume after the rains, which are due to end next week.",
    ],
)
def test_forward_looking_sentences_stay_indicators(text: str) -> None:
    assert is_indicator(text) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Ostland navy sank a smuggling boat off Cape Morrow, killing nine people.",
            "Ostland navy forces struck a boat off Cape Morrow, killing nine people.",
        ),
        (
            "Ostland navy gunboats fired on a fishing boat off Cape Morrow, killing three people.",
            "The Ostland navy shelled a boat off Cape Morrow, killing three people.",
        ),
    ],
)
def test_dated_reports_that_name_no_day_are_not_tied_by_a_toll(a: str, b: str) -> None:
    """Two dated sources a month apart, neither sentence naming its day: the same toll at
    one scene may be two strikes (review revB16); only an undated source's report is tied by
    its toll alone."""
    sentences = [Sentence(id="S1.1", source="S1", text=a), Sentence(id="S2.1", source="S2", text=b)]
    got = same_incidents(
        [0, 1],
        sentences,
        {"S1.1": _SCENE, "S2.1": _SCENE},
        {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)},
        {"S1": dt.date(2026, 5, 6), "S2": dt.date(2026, 4, 2)},
        {"S1": ("C", 3), "S2": ("C", 3)},
        {0: 1.0, 1: 1.0},
    )
    assert got == {}


@pytest.mark.parametrize(
    "text",
    [
        "The government will likely impose a curfew, as it usually does after large protests.",
        "Karsia is expected to retaliate, as it normally does after strikes on its territory.",
        "Observers fear the militia may attack the convoy, which usually travels without escort.",
    ],
)
def test_a_habit_in_an_aside_leaves_a_forward_main_clause_an_indicator(text: str) -> None:
    """A general word in an aside after a comma (review revB16) describes an actor's habit
    beside the news; the main clause looks ahead."""
    assert is_indicator(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Boats that ignore the order, as is standard practice, may be boarded.",
        "The militia, as a rule, withdraws before the rains and may return in the autumn.",
    ],
)
def test_a_rule_in_an_aside_is_still_a_rule(text: str) -> None:
    assert is_indicator(text) is False
