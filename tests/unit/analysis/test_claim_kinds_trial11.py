"""Kinds of figures misread in a new-analyst trial on a fast rebel offensive (invented sentences
of the same shapes; no third-party text): a toll broken down after a dash, an age written as a
word, a count of the people who told the news, the size of a unit written with a thousands
comma before a formation's name, and a past event named by its year ("the 1994 siege")."""

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.evaluation.corroboration import run_case


def claims(text: str) -> list[tuple[object, str, str | None, bool]]:
    return [(c.quantity, c.counts, c.event, c.part) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    "text",
    [
        "The monitor raised the toll to 240 -- 130 from the militia and its allies, 90 soldiers "
        "and police, as well as 20 civilians.",
        "The toll rose to 240: 130 militiamen, 90 soldiers and 20 civilians.",
        "The clashes have killed 240 people — 130 fighters, 90 soldiers and 20 civilians.",
    ],
)
def test_a_toll_broken_down_after_a_dash_or_colon_lists_parts_of_it(text) -> None:
    found = {q: (ev, part) for q, _, ev, part in claims(text)}
    assert found[240] == ("killed", False)
    for figure in (130, 90, 20):
        assert found[figure] == ("killed", True), figure


def test_a_dash_before_a_figure_of_another_clause_is_no_breakdown() -> None:
    found = {
        q: part
        for q, _, _, part in claims(
            "Police arrested 40 people -- and 12 more were "
            "detained on Sunday; 3 officers were hurt."
        )
    }
    assert found[40] is False
    assert found[3] is False


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The agency said 31 civilians, including children as young as eight, were killed.", 8),
        ("Nine people were wounded, among them a girl aged six, the hospital said.", 6),
        ("Among the 14 dead were pensioners as old as ninety, officials said.", 90),
    ],
)
def test_an_age_written_as_a_word_is_no_count(text, age) -> None:
    assert age not in {q for q, *_ in claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Two senior army officers told the agency that the governor had fled the city.",
        "Three diplomats said the talks had stalled.",
        "Four witnesses told reporters that the convoy turned back.",
    ],
)
def test_the_people_who_told_the_news_are_no_quantitative_claim(text) -> None:
    assert claims(text) == []


def test_a_count_of_people_who_then_act_otherwise_is_still_a_claim() -> None:
    found = {q: ev for q, _, ev, _ in claims("Two senior officers were killed in the ambush.")}
    assert found[2] == "killed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Officials said a 9,000-strong brigade had moved to the border.", 9000),
        ("The army sent a 12,000-strong division to the front.", 12000),
        ("A 1,500-man battalion crossed the river overnight.", 1500),
    ],
)
def test_a_units_size_before_a_formations_name_is_its_strength(text, figure) -> None:
    found = [c for c in find_claims(text, "S1.1") if c.quantity == figure]
    assert found, claims(text)
    assert found[0].unit == "strength" or found[0].counts == "men"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "The town is remembered for the 1994 siege ordered by General Vask, with a death toll "
            "estimated at 4,000.",
            "1994",
        ),
        ("Residents still mourn the 1971 flood, which killed 3,000 people in the valley.", "1971"),
    ],
)
def test_a_past_event_named_by_its_year_dates_its_figure(text, year) -> None:
    found = find_claims(text, "S1.1")
    assert found and year in (found[0].when or "")


def test_a_figure_of_an_event_decades_back_is_no_rival_of_this_weeks_toll() -> None:
    rows = run_case(
        {
            "name": "a massacre of 1994 beside this week's toll",
            "sources": [
                {
                    "published": "2025-03-02",
                    "text": "The monitor raised the death toll in days of clashes to 310.",
                },
                {
                    "published": "2025-03-03",
                    "text": "The town is remembered for the 1994 massacre ordered by General "
                    "Vask, with a death toll estimated at 4,000.",
                },
            ],
        }
    )
    assert not [r for r in rows if r["status"] == "contradicted"]
    assert all(len(r["quantities"]) == 1 for r in rows)


def test_two_figures_of_one_years_event_are_still_compared() -> None:
    rows = run_case(
        {
            "name": "one massacre of 1994 told twice",
            "sources": [
                {
                    "published": "2025-03-02",
                    "text": "The 1994 massacre in Vendra killed 4,000 people, historians say.",
                },
                {
                    "published": "2025-03-03",
                    "text": "The town is remembered for the 1994 massacre ordered by General "
                    "Vask, with a death toll estimated at 4,000.",
                },
            ],
        }
    )
    assert [r["status"] for r in rows] == ["corroborated"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The offensive has left more than 300 people dead, including at least 20 civilians.", 20),
        ("The fighting killed 52 people, including 9 children.", 9),
        ("The raid killed 14 people, among them three medics.", 3),
    ],
)
def test_a_figure_named_after_including_at_the_end_is_a_part(text, part) -> None:
    found = {q: p for q, _, _, p in claims(text)}
    assert found[part] is True
