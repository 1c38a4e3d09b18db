"""Long lists of localities after a place-class noun, areas that hold villages, forests,
numbered and capitalised facilities, and names a list keeps apart, on invented sentences
(names invented, of the shapes of the held-out rounds' misses)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities

_TWELVE = [
    "Kombara",
    "Tessilou",
    "Birnawa",
    "Ndolgo",
    "Mekessa",
    "Yarongo",
    "Falbaru",
    "Dassouma",
    "Kiribane",
    "Moulvadi",
    "Gorongou",
    "Tchakira",
]


def _typed(tmp_path: Path, text: str, etype: str) -> dict[str, list[str]]:
    return {e.name: sorted(e.aliases) for e in note_entities(tmp_path, text) if e.type == etype}


@pytest.mark.parametrize(
    ("text", "villages"),
    [
        (
            f"Militia fighters burned the villages of {', '.join(_TWELVE[:-1])} and "
            f"{_TWELVE[-1]} on Sunday, residents said.",
            _TWELVE,
        ),
        (
            "The cities, towns, and villages of Al-Marsaf, Al-Hurayba, the outskirts of Kafr "
            "Numan, al-Zuhra, Tel-Sawan, Shaminaz and Jisr Beit Al-Ward were also shelled.",
            ["Al-Marsaf", "Al-Hurayba", "Kafr Numan", "al-Zuhra", "Tel-Sawan", "Shaminaz"]
            + ["Jisr Beit Al-Ward"],
        ),
        (
            "Gunmen raided communities including Ngorbu, Massali, Dembaro and Kilwadi.",
            ["Ngorbu", "Massali", "Dembaro", "Kilwadi"],
        ),
        (
            "Gunmen stormed the Kotamba, Wesoru and Rilezo villages. Hamlets such as Tundabe "
            "and Fosowa emptied.",
            ["Kotamba", "Wesoru", "Rilezo", "Tundabe", "Fosowa"],
        ),
        (
            '"They burned Tambelu, Gisoro, Mukonde, Rwangabo, Kasheke and Birundi," said a '
            "farmer who fled.",
            ["Tambelu", "Gisoro", "Mukonde", "Rwangabo", "Kasheke", "Birundi"],
        ),
    ],
)
def test_every_item_of_a_long_list_of_localities_is_a_place(
    tmp_path: Path, text: str, villages: list[str]
) -> None:
    places = _typed(tmp_path, text, "place")
    assert set(villages) <= set(places), sorted(set(villages) - set(places))


def test_a_list_stops_where_its_items_stop_looking_like_names(tmp_path: Path) -> None:
    text = (
        "In the villages of Kombara and Tessilou, Moussa Diallo said, food ran out. The "
        "towns of the north were calm and Amina Sow said so."
    )
    people = _typed(tmp_path, text, "person")
    places = _typed(tmp_path, text, "place")
    assert {"Kombara", "Tessilou"} <= set(places), places
    assert {"Moussa Diallo", "Amina Sow"} <= set(people), people
    assert not {"Moussa Diallo", "Amina Sow"} & set(places), places


def test_groups_of_people_and_fields_after_communities_and_areas_are_no_places(
    tmp_path: Path,
) -> None:
    text = (
        "Minority communities including Christians, Yazidis and Druze fled. Cooperation "
        "covers areas such as Health, Education and Defence."
    )
    places = _typed(tmp_path, text, "place")
    assert not {"Christians", "Yazidis", "Health", "Education", "Defence"} & set(places), places


def test_two_places_of_one_list_are_not_one_spelling(tmp_path: Path) -> None:
    # the two names share a consonant skeleton, but one list names them side by side
    text = "Shelling hit the villages of al-Sakran, Murwa and al-Sahrina on Tuesday."
    places = _typed(tmp_path, text, "place")
    assert {"al-Sakran", "al-Sahrina"} <= set(places), places


def test_spellings_in_two_sentences_still_merge(tmp_path: Path) -> None:
    text = "Drones struck the village of Kurakhovka. Residents of Kurakhivka fled west."
    places = _typed(tmp_path, text, "place")
    assert len([p for p in places if p.startswith("Kurakh")]) == 1, places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            '"We need help," said Peter Mbala, the spokesman for a group of villages in '
            "nearby Kanyoni.",
            "Kanyoni",
        ),
        ("Raiders came from their Tingere forest hideout at night.", "Tingere forest"),
        ("The statement noted the capture of Dorivka, one of a cluster of small towns.", "Dorivka"),
    ],
)
def test_areas_of_villages_forests_and_listed_towns_are_places(
    tmp_path: Path, text: str, place: str
) -> None:
    places = _typed(tmp_path, text, "place")
    assert place in places, places


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        (
            "The Administration of the Regional Hospital 45 confirmed the toll.",
            "Regional Hospital 45",
        ),
        ("Staff of Al-Noor Hospital fled the shelling.", "Al-Noor Hospital"),
        ("The wounded were taken to Tamsar General Hospital.", "Tamsar General Hospital"),
    ],
)
def test_capitalised_and_numbered_hospitals_are_places(
    tmp_path: Path, text: str, facility: str
) -> None:
    entities = note_entities(tmp_path, text)
    places = {e.name for e in entities if e.type == "place"}
    assert facility in places, entities
    assert not [e for e in entities if e.type == "organisation" and facility in e.name], entities


def test_a_general_is_still_no_place(tmp_path: Path) -> None:
    text = "The Secretary General said Major General Ivo Kral visited the front."
    places = _typed(tmp_path, text, "place")
    assert not places, places


def test_a_part_of_an_area_named_by_its_position_is_a_place(tmp_path: Path) -> None:
    text = (
        "Doctors in the Middle Varesh said the toll rose. The Upper House and the Central "
        "Committee met on Monday. Troops in the Southern African bloc's force withdrew."
    )
    entities = note_entities(tmp_path, text)
    places = {e.name for e in entities if e.type == "place"}
    assert "Middle Varesh" in places, entities
    assert not [e for e in entities if e.type == "person"], entities
    assert not {"Upper House", "Central Committee", "Southern African"} & places, entities


def test_names_before_a_passive_attack_or_a_fall_are_places(tmp_path: Path) -> None:
    text = (
        '"Kotamba, Wesoru, Ngarizi and Rilezo were all shelled overnight," a farmer said. '
        "Tundabe fell to the rebels. Fosowa and Mupesa remain under rebel control. "
        "Abdulaye was captured near the river."
    )
    places = _typed(tmp_path, text, "place")
    expected = {"Kotamba", "Wesoru", "Ngarizi", "Rilezo", "Tundabe", "Fosowa", "Mupesa"}
    assert expected <= set(places), sorted(expected - set(places))
    assert "Abdulaye" not in places, places
