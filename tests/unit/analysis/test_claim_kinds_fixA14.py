"""Over-reaches of the claims14/left14/trial14 rules, narrowed (invented sentences): a group
that claims an attack and tells its toll in any form keeps the toll; a limit noun is a
lower-case word governing the figure, never part of a place name; a vague number before a
state that befalls people ("stranded", "feared dead") counts people; an appositive "a toll X
says ..." names X; a possessive before "reported toll" is the toll's source; a sum of money
that "came from" donors counts no people; "the two countries hit by ..." is a reference."""

from __future__ import annotations

import pytest

from briefbook.analysis.pipeline import analyse
from builders import paragraph_document


def _analysed(text: str) -> list:
    return list(analyse([paragraph_document("S1", [text], "Report")]).claims)


def _one(text: str, span: str):
    found = [c for c in _analysed(text) if c.text.startswith(span)]
    assert found, [(c.text, c.event, c.attributed_to) for c in _analysed(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The group claimed responsibility for the raid, in which it claimed to have "
            "killed 40 soldiers.",
            "group",
        ),
        (
            "The group claimed responsibility for the raid and boasted of killing 40 soldiers.",
            "group",
        ),
        (
            "The Sarn Brigade claimed responsibility for the attack and boasted that it had "
            "killed 18 guards.",
            "Sarn Brigade",
        ),
        (
            "The Kestan Front claimed responsibility for the bombing, which it said killed "
            "nine guards.",
            "Kestan Front",
        ),
        (
            "The militia claimed responsibility for the ambush and said it had killed 12 "
            "policemen.",
            "militia",
        ),
    ],
)
def test_a_claimant_that_tells_the_toll_itself_keeps_it(text: str, group: str) -> None:
    found = [c for c in _analysed(text) if c.event == "killed"]
    assert found and all(c.attributed_to == group for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 15 people in Cap-Haitien on Sunday, police said.",
        "Gunmen killed 15 people in Cap-Haïtien on Sunday, police said.",
        "Gunmen killed 15 people in Cap Bon on Sunday, police said.",
        "Shelling killed 9 civilians near Ceiling Point on Friday, the governor said.",
    ],
)
def test_a_place_name_holding_a_limit_word_sets_no_limit(text: str) -> None:
    found = [c for c in _analysed(text) if c.low in {15.0, 9.0}]
    assert [c.event for c in found] == ["killed"], found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Dozens feared dead after the boat capsized.", "killed"),
        ("Hundreds feared killed after the dam burst.", "killed"),
        ("Hundreds stranded at the airport as flights were cancelled.", "other"),
        ("Dozens trapped under rubble after the quake.", "other"),
        ("Thousands stranded on the highway as snow fell.", "other"),
    ],
)
def test_a_vague_number_before_a_state_that_befalls_people_counts_them(
    text: str, event: str
) -> None:
    found = _analysed(text)
    assert [(c.counts, c.event, c.hedged) for c in found] == [("people", event, False)], found


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        (
            "The strike killed 14 civilians and wounded 30, a toll the health ministry says is "
            "likely to rise.",
            "14 civilians",
            "health ministry",
        ),
        (
            "Shelling killed 8 soldiers overnight, a figure the army says is provisional.",
            "8 soldiers",
            "army",
        ),
        (
            "Floods have killed 52 people this week, a figure the interior ministry said could "
            "still climb.",
            "52 people",
            "interior ministry",
        ),
    ],
)
def test_an_appositive_toll_that_a_body_says_is_that_bodys(
    text: str, span: str, source: str
) -> None:
    assert _one(text, span).attributed_to == source


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        ("Ostland's reported toll of 45 dead was disputed by Kestan.", "45", "Ostland"),
        (
            "Velmar's reported count of 60 prisoners was questioned by monitors.",
            "60 prisoners",
            "Velmar",
        ),
    ],
)
def test_the_possessor_of_a_reported_toll_is_its_source(text: str, span: str, source: str) -> None:
    assert _one(text, span).attributed_to == source


@pytest.mark.parametrize(
    "text",
    [
        "1.5 million came from private donors, the charity said.",
        "2.4 million went to the reconstruction fund, officials said.",
        "300,000 took part in the appeal, which raised funds for the clinics.",
    ],
)
def test_a_sum_of_money_before_a_verb_counts_no_people(text: str) -> None:
    assert not [c for c in _analysed(text) if c.counts == "people"]


def test_a_large_figure_before_a_human_action_still_counts_people() -> None:
    found = _analysed("1.5 million face famine, the agency said.")
    assert [(c.counts, c.attributed_to) for c in found] == [("people", "agency")], found


@pytest.mark.parametrize(
    "text",
    [
        "The two countries hit by the sanctions protested.",
        "The two countries were hit hard by the floods.",
        "The three parties struck by the ruling appealed.",
        "The two neighbouring states were hit by the drought.",
    ],
)
def test_the_n_countries_hit_by_something_are_a_reference(text: str) -> None:
    assert _analysed(text) == []


def test_the_n_tankers_hit_by_drones_are_still_a_count() -> None:
    found = _analysed("The two tankers hit by drones on Monday were towed to port.")
    assert [(c.low, c.counts) for c in found] == [(2.0, "tankers")], found
