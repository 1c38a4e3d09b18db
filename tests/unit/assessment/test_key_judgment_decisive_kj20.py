"""Decisive political-military events as the bottom line's news (round kj20; invented
sentences, no third-party text): a deal, an agreement or a proposal to end the fighting
accepted, signed or reached; a truce told by its noun and participle ("under the truce
reached today"); a force's surrender; a leader killed. Near misses keep their old reading: a
ceasefire only proposed or rejected, a leader's killing only claimed or denied, an agreement
recalled from long ago. A dated deal that takes effect the next day is the news of its own
day, not a schedule the issue date overtook; the newest decisive event is in the bottom line;
a toll of people weighs by its size, a money figure not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.key_judgments import toll_scale
from briefbook.assessment.params import JudgmentParams
from briefbook.assessment.signals import decisive_domain, is_background, is_decisive_event
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Claim


@pytest.mark.parametrize(
    "text",
    [
        "Ostland and Karsia have accepted the mediators' proposal to end the border war.",
        "The two governments signed an agreement in Vendra on Monday to end the border war.",
        "The rebels and the army reached a deal to halt the fighting in the valley.",
        "Under the truce reached on Tuesday, the shelling along the river will stop.",
        "A ceasefire was agreed in Sarnovo after four days of talks.",
        "Militia leader Tomas Orlov was killed in a drone strike on his convoy.",
        "An Ostlandi drone strike killed the militia's top military commander in Vendra.",
        "The garrison of Ostra surrendered on Sunday.",
    ],
)
def test_a_decisive_political_military_event(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "Karsia proposed a ceasefire on Monday.",
        "Ostland rejected the proposal to end the fighting.",
        "Ostland has not accepted the mediators' proposal to end the war.",
        "Talks on a ceasefire continued in Vendra.",
        "If a truce is signed, the refugees may return to Ostra.",
        "The militia claimed to have killed the army's regional commander.",
        "The ministry denied reports that militia leader Tomas Orlov was killed.",
        "The commander said one soldier was killed in the clash.",
        "An Ostlandi strike killed civilians near the commander's house.",
    ],
)
def test_near_misses_are_no_decisive_event(text: str) -> None:
    assert not is_decisive_event(text)


def test_an_agreement_recalled_from_long_ago_is_background() -> None:
    # the past perfect sets it against the news: background, never the lead
    text = "Ostland and Karsia had signed an agreement on the river border in 2006."
    assert is_background(text)


def _claim(quantity: int, event: str, *, kind: str = "count", modality: str = "asserted") -> Claim:
    return Claim(
        text=f"{quantity} {event}",
        quantity=quantity,
        counts="people",
        event=event,
        attributed_to=None,
        hedged=False,
        evidence=["S1.1"],
        low=float(quantity),
        high=float(quantity),
        kind=kind,  # type: ignore[arg-type]
        modality=modality,  # type: ignore[arg-type]
    )


def test_a_toll_weighs_by_its_size_and_money_not_at_all() -> None:
    params = JudgmentParams()
    thousands = toll_scale([_claim(2800, "wounded")], params)
    dozen = toll_scale([_claim(12, "killed")], params)
    assert thousands > dozen > 0.0
    assert thousands <= params.toll_scale_cap
    # a money figure, a handful of casualties and a negated toll are no mass casualty
    assert toll_scale([_claim(386_000_000, "funded", kind="money")], params) == 0.0
    assert toll_scale([_claim(386_000_000, "killed", kind="money")], params) == 0.0
    assert toll_scale([_claim(4, "killed")], params) == 0.0
    assert toll_scale([_claim(500, "killed", modality="negated")], params) == 0.0


def _judgments(tmp_path: Path, ceasefire: str, issue: str = "2024-05-20") -> list[str]:
    (tmp_path / "a.txt").write_text(
        "Hundreds of handheld radios exploded across Ostra on Tuesday, killing at least 20 "
        "people and wounding more than 3,000, the health ministry said.\n\n"
        "Ostland has been blamed for the blasts by the militia.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Karsian jets struck militia depots near Vendra overnight, the army said.\n\n"
        "The Karsian aid agency provided nearly $200 million over the last year to support "
        "vulnerable families affected by the conflict.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Good afternoon.\n\n" + ceasefire + "\n\nThe monitors will report to both capitals.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-02"),
            SourceSpec(path="b.txt", published="2024-05-06"),
            SourceSpec(path="c.txt", published="2024-05-18"),
        ],
        base=tmp_path,
    )
    return [s.text for s in assess_documents(docs, issue_date=issue).key_judgments]


def test_a_dated_deal_taking_effect_tomorrow_is_the_news_of_its_day(tmp_path: Path) -> None:
    deal = (
        "Under the truce reached today, effective at dawn tomorrow, the fighting between "
        "Karsia and the militia will end."
    )
    shown = _judgments(tmp_path, deal)
    # "today" written as the report's date (round bluf24)
    assert any("truce reached on 18 May 2024" in t for t in shown), shown


def test_a_truce_only_proposed_for_tomorrow_stays_a_passed_schedule(tmp_path: Path) -> None:
    proposal = (
        "Karsia and the militia are scheduled to discuss a truce proposal in Sarnovo tomorrow."
    )
    shown = _judgments(tmp_path, proposal)
    assert not any("truce proposal" in t for t in shown), shown


def test_a_mass_casualty_attack_outweighs_an_aid_figure(tmp_path: Path) -> None:
    deal = "Karsia and the militia signed a ceasefire agreement in Sarnovo on Saturday."
    shown = _judgments(tmp_path, deal)
    radios = [i for i, t in enumerate(shown) if "radios exploded" in t]
    aid = [i for i, t in enumerate(shown) if "$200 million" in t]
    assert radios, shown
    assert not aid or radios[0] < aid[0], shown


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Under the truce reached today, the fighting along the river will end.", "political"),
        ("Ostland and Karsia have accepted the proposal to end the war.", "political"),
        ("Militia leader Tomas Orlov was killed in a drone strike on Monday.", "military"),
        # near miss: no decisive act, no domain read from one
        ("Karsia proposed a truce to end the fighting along the river.", None),
    ],
)
def test_a_decisive_act_is_of_the_domain_of_the_act(text: str, domain: str | None) -> None:
    assert decisive_domain(text) == domain


def _situation(tmp_path: Path, ceasefire: str) -> list[str]:
    (tmp_path / "a.txt").write_text(
        "Karsian jets struck militia depots near Vendra overnight, killing at least 14 "
        "fighters, the army said.\n\nHundreds of families fled Vendra on Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Good afternoon.\n\n" + ceasefire + "\n\nThe monitors will report to both capitals.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-06"),
            SourceSpec(path="b.txt", published="2024-05-18"),
        ],
        base=tmp_path,
    )
    result = assess_documents(docs, issue_date="2024-05-20")
    return [s.text for s in result.sections[0].statements]


def test_a_deal_told_with_the_day_it_takes_effect_is_in_the_situation(tmp_path: Path) -> None:
    # the section classifier reads this one as outlook for its "will" and "at midnight"
    deal = (
        "Under the deal reached today, effective at midnight, the fighting across the border "
        "will end and the militia will pull back."
    )
    # "today" written as the report's date (round bluf24)
    assert any("deal reached on 18 May 2024" in t for t in _situation(tmp_path, deal))


def test_a_truce_only_expected_stays_out_of_the_situation(tmp_path: Path) -> None:
    hope = "Over the next 60 days, Karsia and the militia will negotiate a lasting truce."
    assert not any("lasting truce" in t for t in _situation(tmp_path, hope))
