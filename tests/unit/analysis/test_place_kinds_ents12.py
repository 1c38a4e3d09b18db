"""Kinds of place name fixed in round ents12, on invented sentences: a town's facility
named only by the town ("a Lusaka prison", "Bamako's hospital"); a Spanish article opening
a name ("La Parrilla", "El Pajonal"); a short aside before a locality phrase; a possessive
inside a town's name ("King's Lynn"); the part a province owns ("Malatya Province's Kale
district"); letters that Unicode does not decompose ("Kırıkkale" = "Kirikkale"); a town and a compass
word ("Ndola North"); constituencies and sectors; names listed before "and other parts of"
a place, market quarters and junctions ("Meena Bazaar", "Ghanta Chowk"), a home named by
its place ("the Rambazar residence of"), "New" opening a town's name; a people in the
plural ("Hindus"); an area after "neighbouring"; mountains, reserve forests and hotels
named after a place; the constituency after "Member for"; the area after "the
municipality of X,"; a police post named by its body ("Dravi Central Police station"); a
cell placed in its sector ("Kelvo cell in Huye sector"); an island written with its noun
("Kelvo island")."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.places import place_key
from builders import note_names

# (sentence, places it names, names that are no place in it)
_CASES = [
    # an island written with its noun is the island, also when named bare; not a country's
    # island named by its demonym
    (
        "Djibouti claims the Ras Kelvo mountain and Kelvo island.",
        {"Ras Kelvo mountain", "Kelvo island"},
        set(),
    ),
    ("Troops landed on Kelvo island at dawn. Kelvo was quiet.", {"Kelvo island", "Kelvo"}, set()),
    (
        "Ships patrolled near the Philippine island of Palawan.",
        {"Palawan"},
        {"Philippine island"},
    ),
    # a cell placed in its sector; not a group's cell after "the"
    (
        "Gunmen attacked Rugabo cell in Kinigi sector and Kelvo cell in Huye sector.",
        {"Rugabo cell", "Kelvo cell", "Kinigi sector"},
        set(),
    ),
    ("Police broke up the Zorvat cell in Altona district.", set(), {"Zorvat cell", "Zorvat"}),
    # the area holding a locality named with its unit, after a comma
    (
        "A siege was declared in the municipality of Nueva Vista, Chalatenango, on Monday.",
        {"Nueva Vista", "Chalatenango"},
        set(),
    ),
    # a police post named by the body that keeps it
    (
        "The women were first taken to Dravi Central Police station after their arrest.",
        {"Dravi Central Police station"},
        set(),
    ),
    ("He was held at the Nyanga Police post for a week.", {"Nyanga Police post"}, set()),
    # the constituency a member sits for; not an ordinary word after "Member for"
    (
        "The chairman teamed up with Member for Tolvai to end the feud.",
        {"Tolvai"},
        set(),
    ),
    ("He is the MP for Kelbara and a former minister.", {"Kelbara"}, set()),
    ("Envoys met the Member for Trade Relations on Monday.", set(), {"Trade Relations"}),
    # a mountain, a protected forest and a hotel named after a place are places of their own
    ("Herders fled up Ras Kelvo mountain, above Kelvo.", {"Ras Kelvo mountain"}, set()),
    (
        "Troops camped inside the Dehing Tala reserve forest at night.",
        {"Dehing Tala reserve forest"},
        set(),
    ),
    ("The gunman attacked the Royal Kantaoui Hotel on Friday.", {"Royal Kantaoui Hotel"}, set()),
    # a people or a faith in the plural before a place is no place
    ("Soldiers killed hundreds of Hindus in Tuzla.", {"Tuzla"}, {"Hindus"}),
    ("Thousands of Kurds in Cizre fled on Monday.", {"Cizre"}, {"Kurds"}),
    # an area "neighbouring" another, in either spelling
    ("Troops were sent to the province of Loja, neighboring Azuay, on Monday.", {"Azuay"}, set()),
    ("Gangs have spread from Quito into neighbouring Imbabura.", {"Imbabura"}, set()),
    # parts of a town listed before "and other parts of" a place; a market quarter, a
    # junction; a home named by its place; "New" opening a name
    (
        "Crowds gathered in New Dhobi, Ghanta Chowk and other parts of the Pokhara Valley.",
        {"New Dhobi", "Ghanta Chowk"},
        {"Dhobi"},
    ),
    ("Crowds gathered in Dhobi Tola and other areas of the capital.", {"Dhobi Tola"}, set()),
    ("A man was shot dead in Meena Bazaar on Friday.", {"Meena Bazaar"}, set()),
    (
        "They threw stones at the Rambazar residence of the finance minister.",
        {"Rambazar"},
        set(),
    ),
    # ordinary words, or parts of no place, before "and other areas of"
    (
        "Reforms reached Health, Education and other parts of the Capital Region.",
        set(),
        {"Health", "Education"},
    ),
    (
        "The talks covered Logistics, Procurement and other parts of the budget.",
        set(),
        {"Logistics", "Procurement"},
    ),
    # a town and a compass word: a constituency or a part of the town
    (
        "The Ndola North lawmaker was found in Kitwe Central after two days.",
        {"Ndola North", "Kitwe Central"},
        set(),
    ),
    # a constituency; a sector of a town apart from the town's district
    (
        "A hut was burned near Oria in the Tolvu constituency on Monday.",
        {"Tolvu constituency"},
        set(),
    ),
    (
        "Gunmen struck homes in Huye sector, in Huye district, overnight.",
        {"Huye sector", "Huye district"},
        set(),
    ),
    # a town's name with a possessive inside, known whole to the city index
    ("Floods cut the roads of King's Lynn on Monday.", {"King's Lynn"}, {"Lynn", "King"}),
    (
        "Police in the King's Lynn district said the roads were shut.",
        {"King's Lynn district"},
        {"Lynn district", "King"},
    ),
    # the part of a province the province owns; a city written without its Turkish letters
    (
        "Thousands fled from Malatya Province's Kale district last week.",
        {"Malatya Province", "Kale district"},
        set(),
    ),
    (
        "Police raided homes in the Kirikkale Province. A curfew was declared in Kirikkale.",
        {"Kirikkale Province", "Kirikkale"},
        set(),
    ),
    # a town's facility named only by the town: the town is the place, not the facility
    ("The officer was shot near a Lusaka prison on Tuesday.", {"Lusaka"}, {"Lusaka prison"}),
    (
        "A nurse at Bamako's hospital said four bodies were brought in.",
        {"Bamako"},
        {"Bamako's hospital"},
    ),
    ("The wounded were flown to an Accra hospital overnight.", {"Accra"}, {"Accra hospital"}),
    # a Spanish article opens the name; a short aside before the locality phrase
    (
        "Soldiers were ambushed in El Pajonal Seco (Zam), a hamlet near the border.",
        {"El Pajonal Seco"},
        {"Pajonal Seco"},
    ),
    (
        "The fighting spread to the village of La Parrilla Honda on Monday.",
        {"La Parrilla Honda"},
        {"Parrilla Honda"},
    ),
    (
        "Gunmen held the road between Tulvara and Las Cabrillas Altas, a village.",
        {"Las Cabrillas Altas"},
        {"Cabrillas Altas"},
    ),
]


@pytest.mark.parametrize(("text", "places", "others"), _CASES)
def test_places_and_names_that_are_no_place(
    tmp_path: Path, text: str, places: set[str], others: set[str]
) -> None:
    found = note_names(tmp_path, text, "place")
    assert places <= found, found
    assert not others & found, found


def test_letters_unicode_does_not_decompose_fold_to_latin_letters() -> None:
    assert place_key("Diyarbakır") == place_key("Diyarbakir")
    assert place_key("Kırıkkale") == place_key("Kirikkale")
    assert place_key("Łódź") == place_key("Lodz")
    assert place_key("Tromsø") == place_key("Tromso")
