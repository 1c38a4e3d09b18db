"""Kinds of place name fixed in round places10, on invented sentences: districts listed
after their towns' names are the towns (a region stays apart); a list item owned by a
region ("the Coast Region's X"); fronts of a war named by their towns; boroughs; a list
opened by a plural administrative noun ("the provinces of A and B"); towns written in
capitals in official releases; hyphened names with a lower-case part; a bare "-an" name
after "in"; a name of two words after "in"; "North of X"; "Co"/"County" before a name; an
Arabic article kept before a place's head word; oil fields; a regional governor's area; a
town's own "do" ("Sao Jose do Rio Preto"); an apposition naming a state or province; "a
location known as X"; roads and saints' churches. Each
kind has a guard: a person, a body, a month, an adjective or a caption marker that must not
become a place."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.names import is_cap, tokenize
from builders import note_entities, note_names

# (text, places it names, names that are no place in it)
_CASES = [
    # districts listed after towns of the city index are the towns; a region stays apart
    (
        "Aid reached the Gulu, Amuru and Lira districts by truck.",
        {"Gulu", "Amuru", "Lira"},
        {"Gulu district", "Lira district"},
    ),
    (
        "Shelling hit the Kramatorsk region and Kramatorsk overnight.",
        {"Kramatorsk region", "Kramatorsk"},
        set(),
    ),
    # the owner of a listed area is no part of its first item
    (
        "Floods cut roads in the Lake Region's Kelvo, Tovlara and Rufado districts.",
        {"Kelvo", "Tovlara", "Rufado"},
        {"Lake Region's Kelvo"},
    ),
    # the fronts of a war named by their towns; not adjectives before "fronts"
    (
        "Artillery duels went on along the Kelmar, Tovrala and Keliwa battlefronts.",
        {"Kelmar", "Tovrala", "Keliwa"},
        set(),
    ),
    ("Fighting went on along the Popular and Democratic fronts.", set(), {"Popular", "Democratic"}),
    # a borough written with its noun; a borough's council is a body
    (
        "Riot police sealed off Chyrovsky Borough and Lenavsky Borough overnight.",
        {"Chyrovsky Borough", "Lenavsky Borough"},
        set(),
    ),
    ("The Borough Council met on Monday.", set(), {"Borough Council", "Borough"}),
    # a plural administrative noun opening a list; a month after it is no place
    (
        "Floods hit the provinces of Kelvaro and Tumbar in March.",
        {"Kelvaro", "Tumbar"},
        {"March"},
    ),
    # a hyphened name with a lower-case part; an adjective of a group's control is none
    (
        "Patrols found mines North of Kiri-ambawa on Friday.",
        {"Kiri-ambawa"},
        {"North of Kiri-ambawa"},
    ),
    ("Fighters clashed near Dar-Kelmi overnight.", {"Dar-Kelmi"}, set()),
    (
        "The Russia-controlled town of Kelvaro fell after Hamas-held posts were shelled.",
        {"Kelvaro"},
        {"Russia-controlled", "Hamas-held"},
    ),
    # a bare "-an" name after "in"; a language or an adjective is none
    ("Militia fighters regrouped in Admavan after the raid.", {"Admavan"}, set()),
    ("The talks were held in German and lasted all day.", set(), {"German", "Germany"}),
    # two plain words after "in"; a person with a given name is none
    (
        "Fighting broke out in Tovar Belgou on Friday, residents said.",
        {"Tovar Belgou"},
        set(),
    ),
    ("The truce was signed in Ahmed Kelvo last week.", set(), {"Ahmed Kelvo"}),
    # "North of X" names X
    ("Fighting raged South of Kelvaro on Monday.", {"Kelvaro"}, {"South of Kelvaro"}),
    ("The West of Ireland Trust said so.", set(), {"West", "West of Ireland"}),
    # "Co" or "County" before a name; a firm's "Co" and a county council are no place
    (
        "Shots were fired at a patrol in the Co Kelvane village of Tarvo.",
        {"Co Kelvane", "Tarvo"},
        set(),
    ),
    ("Kelvo Trading Co said profits rose.", set(), {"Kelvo Trading Co", "Co"}),
    ("County Kelvane Council closed the roads.", set(), {"County Kelvane"}),
    # an Arabic article before a place's head word stays in the name; not a group's name
    ("A drone attack targeted the Al Kelvar Air Base in Iraq.", {"Al Kelvar Air Base"}, set()),
    ("Al Qaeda fighters attacked the town.", set(), {"Qaeda", "Al Qaeda"}),
    # an oil field is a place; a company's oil field worker names none
    ("Rebels seized the Kelvar oil field on Monday.", {"Kelvar oil field"}, set()),
    ("A Shell oil field worker was hurt.", set(), {"Shell oil field", "Shell"}),
    # the area of a regional governor; the governor is a person
    (
        "Two were hurt in Tamba province, said Velmou regional governor Babo Kiendre.",
        {"Velmou"},
        {"Babo Kiendre"},
    ),
    # an administrative noun alone is no name
    ("The candidate ran in Constituency 132 last year.", set(), {"Constituency"}),
    # a town's own "do" joins its name; the English verb does not
    ("Police in Sao Jose do Rio Preto arrested two men.", {"Sao Jose do Rio Preto"}, set()),
    ("Why do Russians fear the draft, analysts asked.", set(), {"Why do Russians"}),
    # an apposition naming a state or a province; "a state lender" is a body's
    (
        "Rains flooded Tovaro, a province in the far north.",
        {"Tovaro"},
        set(),
    ),
    ("Kelvo, a state lender, said rates would rise.", set(), {"Kelvo"}),
    # a locality by its name after "known as"; a person known as a name is none
    (
        "Herders clashed at a place known as Mirabo before dawn.",
        {"Mirabo"},
        set(),
    ),
    ("A man known as Kelvo said the road was closed.", set(), {"Kelvo"}),
    # the street of a scene and a church named after a saint; a road agency is a body
    (
        "A bomb went off on Kelvin Road beside St Brendan's Church.",
        {"Kelvin Road", "St Brendan's Church"},
        {"Brendan", "Church"},
    ),
    ("The Road Safety Authority said St Brendan's supporters marched.", set(), {"Road Safety"}),
    # a caption's "FILE -" is no dateline
    ("FILE - Soldiers patrol a market in Kismayo last year.", {"Kismayo"}, {"File", "FILE"}),
]


@pytest.mark.parametrize(("text", "places", "others"), _CASES)
def test_each_kind_and_its_guard(tmp_path: Path, text: str, places: set, others: set) -> None:
    found = note_names(tmp_path, text, "place")
    assert (places - found, others & found) == (set(), set()), found


def test_a_town_in_capitals_is_the_town_not_an_acronym(tmp_path: Path) -> None:
    text = (
        "KISMAYO : troops clashed with militants near KISMAYO airport today. "
        "Later the road to BAIDOA was quiet, the army said."
    )
    ents = note_entities(tmp_path, text)
    places = {e.name for e in ents if e.type == "place"}
    assert {"KISMAYO", "BAIDOA"} <= places, places
    assert not {e.name for e in ents if e.type == "organisation"} & {"KISMAYO", "BAIDOA"}


def test_a_word_in_capitals_near_a_town_name_is_no_town(tmp_path: Path) -> None:
    # "HAMAS" is near "Hamm", "PRESS" an English word: neither is a town
    text = (
        "HAMAS said the convoy was hit near the border. HAMAS denied firing. "
        "The PRESS office of the army said two soldiers were hurt."
    )
    places = note_names(tmp_path, text, "place")
    assert not {"HAMAS", "PRESS", "Hamm"} & places, places


def test_a_town_in_capitals_needs_a_locative_word_or_a_dateline(tmp_path: Path) -> None:
    # "BAIDOA" as a product's name (no locative word before it, no dateline) is no town
    text = "Vendors offer palletized systems, like Kelvo's BAIDOA, that move fast. BAIDOA works."
    assert "BAIDOA" not in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("word", "cap"),
    [("Kiri-ambawa", True), ("Russia-based", False), ("Iran-backed", False), ("Gaza-held", False)],
)
def test_a_hyphened_lower_case_part_is_a_name_unless_an_english_word(word: str, cap: bool) -> None:
    assert is_cap(tokenize(word)[0]) is cap
