"""Kinds a review of the day's claim and attribution rules found broken (a reviewer's invented
sentences and our own of the same kinds; no third-party text): a grouped figure that names a
feature or follows a currency code is no count; a capitalised outlet or a longer word is no
bare document of an originator; "claimed" a toll with a verb of its own after it reports a
claim; a pair of dashes is a parenthesis; the companions of "joined" take no later event
word; a speed limit's verb is no part of what the speed is of."""

from __future__ import annotations

import pytest

from briefbook.analysis.attribution import originators
from briefbook.analysis.claims import find_claims, find_frames
from briefbook.analysis.hedges import find_hedges
from briefbook.analysis.pipeline import sentence_facts
from briefbook.assessment.grading import sourcing_doubt


def claims(text: str) -> list[tuple[object, str, str | None]]:
    return [(c.quantity, c.counts, c.event) for c in find_claims(text, "S1.1")]


def events(text: str) -> list[tuple[object, str]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


def origins(*texts: str) -> list[str | None]:
    sentences = [(f"S1.{k}", text, 0) for k, text in enumerate(texts)]
    found = originators(sentences)
    return [found[sid] for sid, _, _ in sentences]


# 1. a grouped figure after a capitalised word


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's
        "Troops captured Hill 1,070 on Monday.",
        "Marines seized Hill 1,200 overnight.",
        "Robbers seized R 20,000 in cash.",
        "Marines reached Kilometre 2,400 of the highway.",
        # ours
        "Fighters took Height 1,500 after a battle.",
        "Rangers stormed Point 1,330 at dawn.",
        "Paratroopers held Hill 2,210 firmly.",
        "Bandits stole KSh 45,000 from the till.",
        "Gunmen took Rs 12,000 cash from the driver.",
        "Militia fighters seized Ridge 2,100 and the road beyond it.",
    ],
)
def test_a_grouped_figure_naming_a_feature_or_after_a_currency_code_is_no_count(text) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KEY FIGURES 41,250 IDPs in Vendra Province", [(41250, "IDPs")]),
        ("Ruma Camp 12,400 refugees in Korval District", [(12400, "refugees")]),
        ("In Lagos 2,000 people marched.", [(2000, "people")]),
    ],
)
def test_a_fact_sheet_run_with_its_counted_noun_stays_a_count(text, expected) -> None:
    assert [(q, counts) for q, counts, _ in claims(text)] == expected


# 2. a document noun as a whole word, never an outlet's name


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # the reviewer's
        ("The Postal Service said 3 workers died in the blast.", "Postal Service"),
        ("The Posts Ministry said 4 engineers were killed.", "Posts Ministry"),
        ("Videocon said 5 staff were hurt.", "Videocon"),
        # ours
        ("The Statementline Agency said 6 people drowned.", "Statementline Agency"),
        ("The Updates Bureau said 2 guards were hurt.", "Updates Bureau"),
        ("Messageworks said 7 drivers were abducted.", "Messageworks"),
    ],
)
def test_a_name_opening_with_a_document_word_is_an_originator(text, origin) -> None:
    assert origins(text) == [origin]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("The army said 4 soldiers died.", "The Post reported 3 deaths on Monday."),
            ["army", "Post"],
        ),
        (
            ("The police said 7 people died.", "The Tribune Post reported 2 deaths on Tuesday."),
            ["police", "Tribune Post"],
        ),
        (
            ("The navy said 2 sailors died.", "The Post said 5 sailors were missing."),
            ["navy", "Post"],
        ),
    ],
)
def test_a_capitalised_outlet_is_no_bare_document(texts, expected) -> None:
    assert origins(*texts) == expected


def test_a_bare_post_still_names_no_one() -> None:
    assert origins(
        "The militia fired rockets at two tankers, according to a post on Telegram."
    ) == [None]


# 3. "claimed" a toll with a verb of its own after it is a claim, and hedges


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's
        "Rebels claimed 26 lives were lost among government troops.",
        "The Taliban claimed 50 lives were lost on the government side.",
        "The militia claimed 30 victims were soldiers, not civilians.",
        # ours
        "The insurgents claimed 18 lives had been taken in the ambush.",
        "The army claimed 12 victims were all fighters of the front.",
    ],
)
def test_a_claimed_toll_with_its_own_verb_hedges(text) -> None:
    assert "claimed" in find_hedges(text)
    assert sourcing_doubt(text)


def test_a_claimed_clause_hedges_its_figure() -> None:
    facts = sentence_facts("The rebels claimed 40 lives were lost in the assault on the fort.")
    assert "claimed" in facts.hedges


@pytest.mark.parametrize(
    "text",
    [
        "The attack claimed 26 lives, police said.",
        "The flood claimed 9 lives and cut the road.",
    ],
)
def test_a_toll_taken_stays_no_hedge(text) -> None:
    assert find_hedges(text) == []
    assert not sourcing_doubt(text)


# 4. a pair of dashes around an aside is a parenthesis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's
        (
            "Police said 12 people - including 4 children - were killed in the blast.",
            [(12, "killed"), (4, "killed")],
        ),
        (
            "Officials said 30 villagers - most of them women - died in the attack.",
            [(30, "killed")],
        ),
        (
            "At least 8 soldiers - and 2 medics - were wounded on Sunday.",
            [(8, "wounded"), (2, "wounded")],
        ),
        # ours
        (
            "Medics said 15 miners - among them 3 engineers - were injured in the collapse.",
            [(15, "wounded"), (3, "wounded")],
        ),
        (
            "Police said 12 people \u2013 including 4 children \u2013 were killed in the blast.",
            [(12, "killed"), (4, "killed")],
        ),
        ("Residents said 20 guards - most of them recruits - were abducted.", [(20, "captured")]),
        (
            "Gunmen abducted 20 pupils - including 6 girls - from the school.",
            [(20, "captured"), (6, "captured")],
        ),
    ],
)
def test_a_dash_aside_leaves_the_figure_its_verb(text, expected) -> None:
    assert events(text) == expected


def test_a_single_dash_still_breaks_a_clause() -> None:
    text = (
        "The navy launched Operation Tidewatch - a coalition of more than 9 nations "
        "committed to guarding international shipping."
    )
    assert events(text) == [(9, "other")]


# 5. the companions of "joined"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain joined 40 nations in condemning the attack.", [(40, "other")]),
        ("France joined 12 countries in denouncing the bombing.", [(12, "other")]),
        ("Ghana joined 30 states in deploring the shelling of the port.", [(30, "other")]),
        # the figure as subject keeps its deployment; a counted thing that names its event too
        ("Some 2,000 fighters joined the offensive on Tuesday.", [(2000, "deployed")]),
        ("Soldiers joined 2,000 troops already at the front.", [(2000, "deployed")]),
    ],
)
def test_the_companions_of_joined_take_no_later_event(text, expected) -> None:
    assert events(text) == expected


# 15. a speed limit


@pytest.mark.parametrize(
    ("text", "counts", "qualifier"),
    [
        ("A 40 kph limit applies on the bridge.", "km/h", "limit"),
        ("A 30 mph limit holds in the town.", "mph", "limit"),
        ("A 50 km/h cap covers the whole zone.", "km/h", "cap"),
    ],
)
def test_a_speed_limit_keeps_its_verb_out_of_the_counted_phrase(text, counts, qualifier) -> None:
    (frame,) = find_frames(text)
    assert (frame.counts, frame.event, frame.qualifier) == (counts, "other", qualifier)


def test_a_measure_of_a_thing_keeps_its_qualifier() -> None:
    (frame,) = find_frames("An 18-month siege marked by shortages ended.")
    assert (frame.counts, frame.qualifier) == ("months", "siege")
