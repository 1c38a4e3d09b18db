"""Entity kinds misread in a new-analyst trial on the fall of a besieged city (invented
sentences of the same shapes; no third-party text):

- a place whose name opens with an Arabic article is one place however a source writes the
  article ("El Qarnia", "El-Qarnia", a lower-case "el Qarnia"), never a second place under
  its bare name nor missed where the article is in lower case;
- a person introduced with the style "H.E." (His or Her Excellency) is a person.

Near misses: a bare name that no source writes after an article stays its own place
("Salvador" beside the country El Salvador), and a lower-case article before a body's name
names the body, not a place ("an al Jazeera correspondent")."""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.entities import find_entities
from briefbook.ingest import load_documents
from builders import note_entities


def _set_entities(tmp_path: Path, *texts: str) -> list:
    """The entities of one briefing of several sources, each a note of one paragraph."""
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"note{i}.txt"
        path.write_text(f"Note {i}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return find_entities(load_documents(paths))


def _places(entities: list) -> dict[str, tuple[list[str], int]]:
    return {e.name: (sorted(e.aliases), e.mentions) for e in entities if e.type == "place"}


def test_an_unlisted_place_with_its_article_in_three_forms_is_one_place(tmp_path: Path) -> None:
    places = _places(
        _set_entities(
            tmp_path,
            "Fighters of the militia entered El Qarnia on Sunday, residents said. Thousands "
            "fled El-Qarnia after the shelling of its market.",
            "The militia has surrounded el Qarnia for more than a year, shelling its market. "
            "Aid workers said families in el Qarnia had run out of food.",
        )
    )
    qarnia = {name: v for name, v in places.items() if "Qarnia" in name}
    assert list(qarnia) == ["El Qarnia"], places
    assert qarnia["El Qarnia"][1] == 4, places


def test_a_listed_city_written_with_a_lower_case_article_is_the_city(tmp_path: Path) -> None:
    places = _places(
        _set_entities(
            tmp_path,
            "Fighters of the militia entered El Fasher on Sunday, residents said.",
            "The militia has surrounded el Fasher for more than a year. The world is watching "
            "el Fasher closely, the envoy said.",
        )
    )
    assert "Fasher" not in places, places
    assert places["El Fasher"][1] == 3, places


def test_near_miss_a_bare_name_never_written_after_an_article_stays_apart(
    tmp_path: Path,
) -> None:
    entities = note_entities(
        tmp_path,
        "Troops from El Salvador arrived on Monday. The delegates met in Salvador, the capital "
        "of Bahia, on Tuesday. An al Jazeera correspondent was detained in Khartoum.",
    )
    types = {e.name: e.type for e in entities}
    assert types.get("El Salvador") == "country", types
    assert types.get("Salvador") == "place", types
    assert types.get("Al Jazeera") == "organisation", types
    assert not any("Jazeera" in e.name for e in entities if e.type == "place"), types


def test_a_person_styled_his_excellency_is_a_person(tmp_path: Path) -> None:
    entities = note_entities(
        tmp_path,
        "The Chairperson of the Commission, H.E. Tomas Ardeni Kovar, expresses deep concern "
        "over the violence. H.E. Tomas Ardeni Kovar calls for an immediate cessation of "
        "hostilities.",
    )
    people = {e.name: e.mentions for e in entities if e.type == "person"}
    assert people.get("Tomas Ardeni Kovar") == 2, people


def test_near_miss_the_same_person_without_the_style_is_unchanged(tmp_path: Path) -> None:
    entities = note_entities(
        tmp_path,
        "The Chairperson of the Commission, Tomas Ardeni Kovar, expresses deep concern over "
        "the violence. Tomas Ardeni Kovar calls for an immediate cessation of hostilities.",
    )
    people = {e.name: e.mentions for e in entities if e.type == "person"}
    assert people == {"Tomas Ardeni Kovar": 2}, people
