"""Key judgments and the Situation by salience (issue 10, fourth pass): a state's major
decision (a treaty suspended, advisers expelled, a border closed, sanctions imposed) is a
decisive event of its own domain, and it and the event it answers ("after the attack killed
31") are two events: neither supersedes, repeats nor is one incident with the other; a
quotation that looks back at an event is no later report of it; in the Situation the
decisive events and tolls of a domain take its places before the statements around them (an
announcement told again, "officials confirmed the ceasefire", does not crowd out a decision).
Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.signals import (
    confirmed_thing,
    confirmers,
    decision_domain,
    first_person_voice,
    is_decision,
    is_decisive_event,
    is_null_outcome,
    title_speaker,
)
from briefbook.ingest import SourceSpec, load_documents


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("Ostland has suspended the Selva River Accord with Karsia.", True),
        ("The cabinet expelled Karsian military advisers and closed the border crossing.", True),
        ("Westmark imposed sanctions on three Karsian banks on Friday.", True),
        ("Ostland severed diplomatic ties with Karsia on Monday.", True),
        # a demand, a denial, a negation, a subordinate clause: no decision as the news
        ("Westmark called on Ostland to close its embassy in Vell.", False),
        ("Ostland did not suspend the accord.", False),
        ("Officials denied reports that Ostland had closed the border crossing.", False),
        ("After Ostland closed the border crossing, traders waited for days.", False),
        # no state's decision at all
        ("Gunmen killed at least 31 pilgrims at the shrine.", False),
        ("The storm closed roads across the province.", False),
    ],
)
def test_a_states_major_decision_is_told_apart(text: str, decision: bool) -> None:
    assert is_decision(text) is decision
    assert is_decisive_event(text) is decision


def test_a_decision_is_of_its_own_domain_not_of_the_event_it_answers() -> None:
    decision = (
        "Ostland has suspended the Selva River Accord with Karsia after the attack at the "
        "Dorvan shrine killed at least 31 pilgrims."
    )
    attack = "Gunmen killed at least 31 pilgrims at a shrine near Dorvan on Sunday."
    assert decision_domain(decision) == "political"  # the accord, not the attack
    assert decision_domain("Westmark imposed sanctions on three Karsian banks.") == "economic"
    assert decision_domain(attack) is None


def _load(tmp_path: Path, files: list[tuple[str, str, dict]]) -> list:
    for name, text, _ in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_documents([SourceSpec(path=n, **kw) for n, _, kw in files], base=tmp_path)


def _find(statements: list, start: str):
    return next((k for k in statements if k.text.startswith(start)), None)


# the attack that started the crisis, reported on its day
ATTACK = """Gunmen kill pilgrims at Dorvan shrine

Gunmen killed at least 31 pilgrims and wounded dozens at a hillside shrine near Dorvan in Ostland's border province on Sunday afternoon.

Witnesses said the attackers arrived on motorcycles and fired into the crowd for several minutes.

The shrine draws thousands of visitors from across Ostland each spring.
"""
# the state's decision the next day, its headline and lede telling the attack again
DECISION = """After Dorvan shrine attack, Ostland suspends river accord with Karsia

Ostland has suspended the Selva River Accord with Karsia after the attack at the Dorvan shrine killed at least 31 pilgrims, the cabinet announced on Monday.

The cabinet also expelled Karsian military advisers and closed the main border crossing at Kell.

The Selva River Accord of 1971 shares the waters of six rivers between the two countries.
"""
# two weeks on: a briefing that looks back at the attack in a quotation
BRIEFING = """Ostland strikes militia camps in Karsia

Ostlandic aircraft struck seven militia camps inside Karsia early on Wednesday, the defence ministry said.

The foreign minister criticised Karsia for its inaction, "Two weeks after the Dorvan shrine attack killed 31 pilgrims, Karsia has taken no step against the gunmen on its soil."

Karsia said the strikes killed four civilians and vowed to respond.
"""


def _crisis(tmp_path: Path) -> list:
    return _load(
        tmp_path,
        [
            ("attack.txt", ATTACK, {"published": "2026-04-05"}),
            ("decision.txt", DECISION, {"published": "2026-04-06"}),
            ("briefing.txt", BRIEFING, {"published": "2026-04-22"}),
        ],
    )


def test_a_quotation_that_looks_back_does_not_supersede_the_report(tmp_path: Path) -> None:
    a = assess_documents(_crisis(tmp_path), issue_date="2026-04-24")
    texts = [k.text for k in a.key_judgments]
    # the decision (and with it the attack) has a judgment of its own: the minister's
    # quotation two weeks on names the attack but is no later report of it
    assert _find(a.key_judgments, "Ostland has suspended the Selva River Accord") is not None, texts
    assert _find(a.key_judgments, "The foreign minister criticised") is None, texts
    # the attack that started the crisis keeps a judgment of its own beside the decision
    assert _find(a.key_judgments, "Gunmen killed at least 31 pilgrims") is not None, texts


def test_the_situation_lists_the_decision_under_its_domain(tmp_path: Path) -> None:
    a = assess_documents(_crisis(tmp_path), issue_date="2026-04-24")
    situation = [s for sec in a.sections if sec.role == "situation" for s in sec.statements]
    decision = _find(situation, "Ostland has suspended the Selva River Accord")
    assert decision is not None, [s.text for s in situation]
    assert decision.domain == "political"
    # the quotation that looks back at the attack is no report of the situation
    assert _find(situation, "The foreign minister criticised") is None


# an announcement, told again by officials of both sides, and a decision of the same domain
TRUCE = """Ostland and Karsia agree to halt fire, Westmark says

The Westmarker president announced that Ostland and Karsia have agreed to a "complete and immediate truce" after talks in Vell.

Officials of Ostland and Karsia confirmed the truce shortly after the president's announcement.

Ostlandic officials said talks on the border would follow next week.
"""
# a report whose decision sits deep in its text, after a meeting and a statement
ENVOYS = """Karsian leaders meet on Ostland crisis

Karsian leaders met in the capital on Wednesday to discuss the crisis with Ostland after the attack at the Dorvan shrine.

The foreign minister said Karsia was ready to cooperate with any inquiry into the attack and wanted talks with Ostland.

Karsia expelled four Ostlandic diplomats, closed its embassy in Ostland, imposed visa restrictions and shut the Kell crossing with immediate effect.

The ministry accused the diplomats of contacts with the gunmen.
"""


def test_a_decision_is_not_crowded_out_by_an_announcement_told_again(tmp_path: Path) -> None:
    docs = _load(
        tmp_path,
        [
            ("truce.txt", TRUCE, {"published": "2026-04-25"}),
            ("envoys.txt", ENVOYS, {"published": "2026-04-09"}),
            ("attack.txt", ATTACK, {"published": "2026-04-05"}),
        ],
    )
    a = assess_documents(docs, issue_date="2026-04-26")
    political = [
        s
        for sec in a.sections
        if sec.role == "situation"
        for s in sec.statements
        if s.domain == "political"
    ]
    texts = [s.text for s in political]
    # the decision, deep in its report, takes a place ahead of a minister's words
    assert _find(political, "Karsia expelled four Ostlandic diplomats") is not None, texts
    assert _find(political, "Officials of Ostland and Karsia confirmed the truce") is None, texts


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The sinking was confirmed by both the Tarsan navy and a regional official, who "
            "asked not to be named.",
            ["the Tarsan navy"],
        ),
        (
            "The Vell Port Authority, which oversees the harbour, separately confirmed the "
            "sinking on Sunday.",
            ["The Vell Port Authority"],
        ),
        (
            "The sinking was confirmed by the Tarsan navy and the Vell port authority.",
            ["the Tarsan navy", "the Vell port authority"],
        ),
        # nobody named, a denial, no confirmation
        ("Officials confirmed the sinking.", []),
        ("The navy did not confirm the sinking.", []),
        ("The navy said the ship was carrying grain.", []),
    ],
)
def test_the_originators_a_report_names_as_confirming(text: str, who: list[str]) -> None:
    assert confirmers(text) == who


def test_what_a_confirmation_confirms() -> None:
    # the thing confirmed is what links a confirmation to a report's news: a speaker who
    # "confirmed that he spoke with" someone tells his own news, not the report's
    assert confirmed_thing("The sinking was confirmed by the Tarsan navy.") == "The sinking"
    assert (
        confirmed_thing("The Vell Port Authority separately confirmed the sinking on Sunday.")
        == "the sinking on Sunday"
    )
    assert confirmed_thing(
        "In Vell, President Arno confirmed that he spoke with the Westmarker envoy on Monday."
    ).startswith("that he spoke")
    assert confirmed_thing("The navy said the ship was carrying grain.") == ""


# an ungraded report whose news two named authorities confirm, in the report itself
SUNK = """Militia sinks grain carrier off Vell

The Halvard, a grain carrier hit by a militia missile last month, has come to rest on the seabed off Vell, officials said on Saturday.

The carrier had drifted for eleven days after the strike, its crew taken off by a tug.

The sinking was confirmed by both Karsia's interior ministry and a regional military official, who asked not to be named.

The Vell Port Authority, responsible for shipping in the strait, separately confirmed the sinking of the Halvard on Saturday afternoon.

The militia has not commented.
"""
# the same report, its confirmers unnamed
SUNK_UNNAMED = SUNK.replace("both Karsia's interior ministry and ", "").replace(
    "The Vell Port Authority, responsible for shipping in the strait, separately confirmed",
    "A shipping official separately confirmed",
)


def _sunk(tmp_path: Path, report: str):
    """The assessment of ``report`` (a sinking) beside an unrelated market report."""
    docs = _load(
        tmp_path,
        [
            ("sunk.txt", report, {"published": "2026-03-07"}),
            ("prices.txt", PRICES, {"published": "2026-03-06"}),
        ],
    )
    return assess_documents(docs, issue_date="2026-03-08")


def _halvard(tmp_path: Path, report: str) -> list:
    """Every statement (key judgment or section) stating the sinking of the Halvard."""
    a = _sunk(tmp_path, report)
    return [
        st
        for st in [*a.key_judgments, *(s for sec in a.sections for s in sec.statements)]
        if st.text.startswith("The Halvard")
    ]


def test_originators_quoted_within_one_outlet_are_counted_by_originator(tmp_path: Path) -> None:
    stated = _halvard(tmp_path, SUNK)
    assert stated
    # officials, then the interior ministry and the port authority: three origins, graded by
    # the outlet that reports them (hedged "officials said"): moderate, not low
    assert all(st.confidence == "moderate" for st in stated), [s.rationale for s in stated]
    assert all("3 independent origins" in (st.rationale or "") for st in stated)


def test_unnamed_confirmers_are_no_origin(tmp_path: Path) -> None:
    stated = _halvard(tmp_path, SUNK_UNNAMED)
    assert stated
    assert all(st.confidence == "low" for st in stated), [s.rationale for s in stated]


PRICES = """Freight rates climb in the strait

Freight rates for grain through the Vell strait rose by a fifth this week, brokers said.

Insurers have raised war-risk premiums for ships calling at Vell.
"""


def test_a_confirmation_is_evidence_not_an_item_of_the_situation(tmp_path: Path) -> None:
    a = _sunk(tmp_path, SUNK)
    ids = {s.text: s.id for s in a.sentences}
    situation = [s for sec in a.sections if sec.role == "situation" for s in sec.statements]
    texts = [s.text for s in situation]
    assert not any("confirmed" in t for t in texts), texts
    news = _find(situation, "The Halvard")
    assert news is not None, texts
    confirming = {i for t, i in ids.items() if "confirmed" in t}
    assert confirming and confirming <= set(news.evidence), news.evidence


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Statement from President Ana Sol on Strikes in Karsia", "President Ana Sol"),
        (
            "Remarks by the Prime Minister of Ostland at the Vell summit",
            "the Prime Minister of Ostland",
        ),
        ("Statement on strikes against militia targets in Karsia", None),
        ("Militia sinks grain carrier off Vell", None),
    ],
)
def test_a_principals_statement_names_its_speaker_in_its_title(
    title: str, speaker: str | None
) -> None:
    assert title_speaker(title) == speaker


def test_first_person_voice() -> None:
    assert first_person_voice("Today, at my direction, Ostlandic forces struck militia camps.")
    assert first_person_voice("We will not hesitate to act again.")
    assert not first_person_voice('The minister said: "We will not hesitate."')
    assert not first_person_voice("Ostlandic forces struck militia camps on Sunday.")


SOL = """Statement from President Ana Sol on Strikes in Karsia

Today, at my direction, Ostlandic armed forces, together with Westmark, successfully conducted strikes against militia depots in Karsia used to attack shipping in the Gulf of Tarsa.

These strikes answer months of militia attacks on merchant ships in the gulf.

I will not hesitate to direct further measures to protect our people.
"""


def test_a_principals_first_person_words_are_attributed_as_a_judgment(tmp_path: Path) -> None:
    docs = _load(
        tmp_path,
        [
            ("sol.txt", SOL, {"published": "2026-01-11", "reliability": "A", "credibility": 2}),
            ("prices.txt", PRICES, {"published": "2026-01-10"}),
        ],
    )
    a = assess_documents(docs, issue_date="2026-01-12")
    kj = next((k for k in a.key_judgments if "at my direction" in k.text), None)
    assert kj is not None, [k.text for k in a.key_judgments]
    # the words as said, the day they name in the attribution (round bluf24)
    assert kj.text.startswith(
        'President Ana Sol said on 11 January 2026: "Today, at my direction'
    ), kj.text
    assert kj.attributed_to == "President Ana Sol"
    # the source sentence stays as written in the Situation
    situation = [s for sec in a.sections if sec.role == "situation" for s in sec.statements]
    assert all(not s.text.startswith("President Ana Sol said") for s in situation)


@pytest.mark.parametrize(
    ("text", "null"),
    [
        ("Militia fighters fired two missiles without effect at ships on Tuesday.", True),
        ("Several ships reported the missiles in the water, though none reported damage.", True),
        ("The rockets fell harmlessly into an empty field.", True),
        ('The captain said: "It caused no damage."', False),  # only in a quotation
        ("Militia fighters fired two missiles at ships on Tuesday.", False),
    ],
)
def test_an_act_that_did_nothing_is_told_apart(text: str, null: bool) -> None:
    assert is_null_outcome(text) is null


# an early salvo that did nothing, from a wire report that leads with it
SALVO = """Militia fires missiles at ships near Vell

Tarn militia fighters fired two anti-ship missiles without effect on Tuesday at merchant ships in the southern Gulf of Tarsa, according to the Westmarker naval command.

Ships in the area saw the missiles strike the water, though none reported damage.
"""
# a later, decisive act: strikes carried out, announced by the ministry (A2)
RAIDS = """Ostland strikes militia depots in Karsia

Ostlandic aircraft conducted strikes against eleven militia depots in Karsia overnight, in what the defence ministry called a necessary, proportionate and deliberately limited response to a reckless and dangerous campaign against shipping.

The ministry said the strikes were meant to end the attacks on shipping.
"""
# a later report of a ship hit, with its toll
HIT = """Militia missile hits bulk carrier

A militia missile struck the bulk carrier Orla south of Vell on Sunday, wounding four crew members, the naval command said.

The carrier was towed to Vell for repairs.
"""


def _salvo(tmp_path: Path) -> list:
    return _load(
        tmp_path,
        [
            ("salvo.txt", SALVO, {"published": "2026-01-03"}),
            ("raids.txt", RAIDS, {"published": "2026-01-16", "reliability": "A", "credibility": 2}),
            ("hit.txt", HIT, {"published": "2026-01-19"}),
        ],
    )


def test_an_act_that_did_nothing_does_not_rank_above_later_acts(tmp_path: Path) -> None:
    a = assess_documents(_salvo(tmp_path), issue_date="2026-01-20")
    texts = [k.text for k in a.key_judgments]
    salvo = next((n for n, t in enumerate(texts) if "without effect" in t), len(texts))
    raids = next((n for n, t in enumerate(texts) if t.startswith("Ostlandic aircraft")), None)
    hit = next((n for n, t in enumerate(texts) if t.startswith("A militia missile struck")), None)
    assert raids is not None and hit is not None, texts
    assert raids < salvo and hit < salvo, texts


# the attack's report: its lede a toll, then a leader's condemnation quoted at length and
# an official's guess, so that most of its sentences are not plain report
ATTACK_QUOTED = """Gunmen attack pilgrims at Dorvan shrine

Several pilgrims were feared killed and at least 18 injured when gunmen opened fire at a hillside shrine near Dorvan on Sunday afternoon.

The death toll could rise, a senior official estimated without giving details.

"I strongly condemn this cowardly attack. Those behind it will be brought to justice and will not be spared," the prime minister of Ostland said.

"This is probably the worst attack on pilgrims in a decade," the provincial governor said.

The shrine is likely to stay closed for weeks, officials said.
"""
# the decision: its headline tells it, its lede only says "tough steps"
STEPS = """After Dorvan attack, Ostland suspends river accord with Karsia

Ostland has taken tough steps against Karsia after the attack at the Dorvan shrine killed at least 31 pilgrims and wounded dozens.

The cabinet met for three hours on Monday.
"""
STRIKES = """Ostland strikes militia camps in Karsia

Ostlandic aircraft struck seven militia camps inside Karsia early on Wednesday, the defence ministry said.

Karsia said the strikes killed four civilians and vowed to respond.
"""


def _steps(tmp_path: Path) -> list:
    return _load(
        tmp_path,
        [
            ("attack.txt", ATTACK_QUOTED, {"published": "2026-04-05"}),
            ("steps.txt", STEPS, {"published": "2026-04-06"}),
            ("strikes.txt", STRIKES, {"published": "2026-04-22"}),
            ("prices.txt", PRICES, {"published": "2026-04-21"}),
        ],
    )


def test_the_attack_and_the_decision_its_headline_tells_are_two_judgments(
    tmp_path: Path,
) -> None:
    a = assess_documents(_steps(tmp_path), issue_date="2026-04-24")
    texts = [k.text for k in a.key_judgments]
    # the decision report's lede stands for the decision its headline tells ...
    assert _find(a.key_judgments, "Ostland has taken tough steps") is not None, texts
    # ... and the attack that started the crisis keeps its own judgment: a toll of people is
    # its report's news, however much of the report is quotation
    assert _find(a.key_judgments, "Several pilgrims were feared killed") is not None, texts
    situation = [s for sec in a.sections if sec.role == "situation" for s in sec.statements]
    steps = _find(situation, "Ostland has taken tough steps")
    assert steps is None or steps.domain == "political", steps
