"""Decisive news, kinds of round left20 (invented sentences, no third-party text): the words
that make a deal a truce live in data/judgments.yaml beside the other signal words; a civilian
"chief" (a village, fire or police chief) is no leader of an armed or political body, and a
leader's death of no war (a blaze, a plane crash, a car hitting a lorry) is no turn of the
fighting; an event dated long before its report is history, not the news; the issue's
setting (the theatre or party every report names) links no two reports as one situation.
Near misses keep their old reading."""

from __future__ import annotations

import pytest

from briefbook.assessment.signals import _no_war_patterns, is_decisive_event
from briefbook.data import load_data


def test_the_truce_and_deal_words_are_data() -> None:
    data = load_data("judgments.yaml")["decisive_events"]
    bare, peace, *_ = _no_war_patterns()
    for word in data["truce_words"]:
        assert peace.search(f"the two sides signed the {word} on Monday"), word
    for word in data["bare_deal_nouns"]:
        assert bare.search(f"the two sides signed the {word} on Monday"), word
    # a word of neither list is neither
    assert not peace.search("the two sides signed the contract on Monday")
    assert not bare.search("the two sides signed the contract on Monday")


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        # a truce word in the act: decisive whatever else the sentence says
        ("Ostland and Karsia signed an armistice in Vendra on Monday.", True),
        ("The two sides agreed to a cessation of hostilities on Monday.", True),
        # a bare deal about the fighting: decisive; about anything else: not
        ("The rebels and the army signed an accord to end the fighting.", True),
        ("The two clubs signed an accord on ticket prices.", False),
        ("Ostland and Karsia signed a fishing agreement on Monday.", False),
    ],
)
def test_deals_read_as_before(text: str, decisive: bool) -> None:
    assert is_decisive_event(text) is decisive


def _reports(first: str, second: str, names: frozenset[str]):
    import numpy as np

    from briefbook.analysis.embeddings import embed
    from briefbook.assessment.paraphrase import Paraphrases
    from briefbook.model import Sentence

    sentences = [
        Sentence(id="S1.1", source="S1", text=first),
        Sentence(id="S2.1", source="S2", text=second),
    ]
    vectors = embed([s.text for s in sentences]).astype(np.float64)
    return sentences, Paraphrases(sentences, vectors), {"S1.1": names, "S2.1": names}


def test_the_setting_is_what_most_sources_name_and_its_polity() -> None:
    from briefbook.assessment.supersession import setting_of

    theatre = "place:Upper Varna"
    named = {
        "S1.2": frozenset({theatre, "person:Ana Rell"}),
        "S2.1": frozenset({theatre, "place:Upper Varna Republic"}),
        "S3.4": frozenset({theatre, "place:Upper Varna airport"}),
        "S4.1": frozenset({theatre, "place:Republic of Upper Varna"}),
        "S5.1": frozenset({"person:Ana Rell"}),
    }
    setting = setting_of(named, 5, 0.5, 4)
    assert setting == {theatre, "place:Upper Varna Republic", "place:Republic of Upper Varna"}
    # near misses: a place within the setting ("... airport") and a person two sources name
    # are no setting; ten sources of which four name it: no setting either
    assert "place:Upper Varna airport" not in setting
    assert "person:Ana Rell" not in setting
    assert setting_of(named, 10, 0.5, 4) == frozenset()


def test_the_setting_links_no_two_reports_a_town_still_does() -> None:
    from briefbook.assessment.supersession import superseded_reports

    published = {"S1": "2024-09-17", "S2": "2024-10-01"}
    # a bombing and an invasion a fortnight later, both against the war's party
    party = "organisation:Varna Front"
    sentences, similar, named = _reports(
        "Hundreds of radios carried by Varna Front fighters exploded across Ostra.",
        "Karsia launched a ground invasion against the Varna Front in the south of Ostra.",
        frozenset({party}),
    )
    assert superseded_reports(range(2), sentences, published, named, similar, 0.0) == {0: 1}
    assert (
        superseded_reports(range(2), sentences, published, named, similar, 0.0, None, {party}) == {}
    )
    # near miss: a town both name (no setting) still makes one situation of two reports
    town = "place:Vendra"
    sentences, similar, named = _reports(
        "Karsian forces have encircled the river town of Vendra.",
        "Karsian forces captured the river town of Vendra after a siege.",
        frozenset({town, party}),
    )
    out = superseded_reports(range(2), sentences, published, named, similar, 0.5, None, {party})
    assert out == {0: 1}


@pytest.mark.parametrize(
    "text",
    [
        # a civilian body's chief, however killed
        "The village chief was killed in a strike on Monday.",
        "Karsia's police chief was killed in an Ostlandi air strike.",
        "Fire chief Tomas Orlov was killed on Monday.",
        # a leader's death of no war
        "Militia leader Tomas Orlov was killed when his car hit a lorry.",
        "The rebel commander was killed while fighting a blaze at his farm.",
        "Militia leader Tomas Orlov was killed in a plane crash.",
        "The rebel leader was killed by a landslide near Vendra.",
    ],
)
def test_no_leader_of_war_killed_in_war(text: str) -> None:
    assert not is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an armed or political body's leader killed by an act of war
        "Militia chief Tomas Orlov was killed in a drone strike.",
        "Militia leader Tomas Orlov was killed when a drone hit his car.",
        "The army chief was killed when a bomb hit his convoy.",
        "Militia commander Tomas Orlov was killed in a drone strike near the crash site.",
        "An Ostlandi drone strike killed the militia's top military commander in Vendra.",
    ],
)
def test_a_leader_of_an_armed_body_killed_in_war_stays_decisive(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    ("text", "start", "history"),
    [
        ("Ostland and Karsia agreed to a ceasefire in 2023.", "2024-08-30", True),
        ("The garrison surrendered in 1945.", "2024-08-30", True),
        # near misses: a year of the window, a day of the news beside the old year
        ("Ostland and Karsia agreed to a ceasefire in 2024.", "2024-08-30", False),
        (
            "Ostland and Karsia agreed to a ceasefire in 2023, and on Monday renewed it.",
            "2024-08-30",
            False,
        ),
        ("Ostland and Karsia agreed to a ceasefire on Monday.", "2024-08-30", False),
    ],
)
def test_an_event_dated_before_the_window_is_history(text: str, start: str, history: bool) -> None:
    import datetime as dt

    from briefbook.assessment.signals import dated_before_window

    assert dated_before_window(text, dt.date.fromisoformat(start)) is history


def _situation_and_bottom_line(tmp_path, recalled: str) -> tuple[list[str], list[str]]:
    from briefbook.assessment import assess_documents
    from briefbook.ingest import SourceSpec, load_documents

    (tmp_path / "a.txt").write_text(
        "Karsian jets struck militia depots near Vendra overnight, killing at least 14 "
        "fighters, the army said.\n\nHundreds of families fled Vendra on Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Militia fighters shelled the outskirts of Ostra on Friday, the mayor said.\n\n"
        + recalled
        + "\n\nThe monitors will report to both capitals.\n",
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
    shown = [s.text for sec in result.sections for s in sec.statements]
    return shown, [s.text for s in result.key_judgments]


def test_a_deal_of_a_year_before_the_window_is_no_news(tmp_path) -> None:
    shown, bottom = _situation_and_bottom_line(
        tmp_path, "Ostland and Karsia agreed to a ceasefire in 2023."
    )
    assert not any("in 2023" in t for t in bottom), bottom


def test_a_deal_of_the_window_is_news(tmp_path) -> None:
    shown, bottom = _situation_and_bottom_line(
        tmp_path, "Ostland and Karsia agreed to a ceasefire in Sarnovo on Saturday."
    )
    assert any("agreed to a ceasefire" in t for t in bottom), bottom


def _bottom_line(tmp_path, third: str) -> list[str]:
    from briefbook.assessment import assess_documents
    from briefbook.ingest import SourceSpec, load_documents

    (tmp_path / "a.txt").write_text(
        "Hundreds of handheld radios exploded across Ostra on Tuesday, killing at least 20 "
        "people and wounding more than 3,000, the health ministry said.\n\n"
        "Ostland has been blamed for the blasts by the militia.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Karsian jets struck militia depots near Vendra overnight, the army said.\n\n"
        "Aid agencies said the roads to Vendra were closed.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Good afternoon.\n\n" + third + "\n\nThe monitors will report to both capitals.\n",
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
    return [s.text for s in assess_documents(docs, issue_date="2024-05-20").key_judgments]


def test_the_latest_turn_leads_the_bottom_line(tmp_path) -> None:
    shown = _bottom_line(
        tmp_path, "Karsia and the militia signed a ceasefire agreement in Sarnovo on Saturday."
    )
    assert shown and "ceasefire agreement" in shown[0], shown


def test_a_newest_report_of_no_turn_does_not_lead(tmp_path) -> None:
    # near miss: the newest report tells no decisive event; it takes no lead for its date
    shown = _bottom_line(tmp_path, "Karsia and the militia will meet in Sarnovo next month.")
    assert shown and "next month" not in shown[0], shown


def _toll_lift(text: str) -> float:
    from briefbook.assessment.key_judgments import news_bonus
    from briefbook.assessment.params import JudgmentParams
    from briefbook.assessment.signals import key_signal
    from briefbook.model import Claim, Sentence

    # two sentences, the toll second: no lede bonus, only the toll's own lift
    sentences = [
        Sentence(id="S1.1", source="S1", text="Karsia said little on Monday.", paragraph=0),
        Sentence(id="S1.2", source="S1", text=text, paragraph=1),
    ]
    claim = Claim(
        text=text,
        quantity=3000,
        counts="people",
        event="killed",
        attributed_to=None,
        hedged=False,
        evidence=["S1.2"],
        low=3000.0,
        high=3000.0,
        kind="count",
        modality="asserted",
        published="2024-05-18",
    )
    signals = [key_signal(s.text, False, False) for s in sentences]
    return news_bonus(sentences, signals, {1: [claim]}, JudgmentParams(claim_bonus=0.0)).get(1, 0.0)


def test_a_toll_over_a_span_told_as_a_compound_is_of_the_past() -> None:
    assert _toll_lift("The militia killed 3,000 people over a four-decade insurgency.") == 0.0
    assert _toll_lift("The militia killed 3,000 people across a decades-long campaign.") == 0.0
    # near misses: a span of days or hours is the news's own
    assert _toll_lift("The militia killed 3,000 people during a four-day offensive.") > 0.0
    assert _toll_lift("The militia killed 3,000 people in a two-hour battle on Monday.") > 0.0


@pytest.mark.parametrize(
    "text",
    [
        # a force's surrender told by its arms given up
        "The armed forces of Upper Varna have begun to hand over weapons and armored "
        "vehicles, the ministry said on Friday.",
        "The rebels laid down their arms on Sunday.",
        # a leader taken by an armed body
        "Karsian border guards detained the former state minister of Upper Varna, Ana Rell.",
        "Karsian troops captured the rebel commander near Vendra.",
    ],
)
def test_a_surrender_of_arms_and_a_leader_taken_are_decisive(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: refused or demanded, a state arming another, a police arrest, a
        # civilian body's chief
        "The militia refused to hand over its weapons.",
        "Ostland has demanded that the rebels hand over their weapons.",
        "The US handed over weapons to its ally on Monday.",
        "Police arrested the former health minister for fraud.",
        "Soldiers detained the village chief of Ostra.",
    ],
)
def test_arms_refused_or_supplied_and_police_arrests_are_not(text: str) -> None:
    assert not is_decisive_event(text)


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        # a deal that keeps the state of things is no turn of it
        ("Ostland and Karsia have agreed to keep the existing truce, the mediators said.", False),
        ("The two sides agreed to extend the ceasefire by 60 days.", False),
        # near misses: a truce agreed is a turn
        ("The two sides agreed to a ceasefire on Monday.", True),
        ("Ostland and Karsia agreed on a truce in Sarnovo.", True),
    ],
)
def test_a_truce_kept_is_no_turn(text: str, decisive: bool) -> None:
    assert is_decisive_event(text) is decisive


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        # a government's decree to end a state or its bodies
        ("The president of Upper Varna signed a decree to dissolve all state institutions.", True),
        ("Parliament passed a law on the dissolution of the militia.", True),
        # near misses: a decree of anything else, one refused or only asked for
        ("The president signed a decree on school holidays.", False),
        ("The president refused to sign a decree to dissolve the army.", False),
        ("The opposition called for a decree to dissolve parliament.", False),
    ],
)
def test_a_decree_to_end_a_state_is_decisive(text: str, decisive: bool) -> None:
    from briefbook.assessment.signals import is_decision

    assert is_decisive_event(text) is decisive
    assert is_decision(text) is decisive
