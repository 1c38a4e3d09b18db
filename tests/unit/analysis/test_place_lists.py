"""Places named in a list after a control verb, facilities named after a person or an
unknown name, a group's possession and a small town beside its area, on invented sentences
(names invented or of the kind of the held-out rounds' misses)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _typed(tmp_path: Path, text: str, etype: str) -> dict[str, list[str]]:
    return {e.name: sorted(e.aliases) for e in note_entities(tmp_path, text) if e.type == etype}


@pytest.mark.parametrize(
    ("text", "villages"),
    [
        (
            '"The rebels occupy Kotamba, Wesoru, Lumbeke-Tawa, Ngarizi, Mupesa, Hobokanda, '
            'and Rilezo" and still held Tundabe and Fosowa, said a local chief.',
            ["Kotamba", "Wesoru", "Lumbeke-Tawa", "Ngarizi", "Rilezo", "Tundabe", "Fosowa"],
        ),
        (
            "Fighters have taken Kotamba and Wesoru after two days of clashes.",
            ["Kotamba", "Wesoru"],
        ),
        (
            "The militia seized control of Hobokanda, Mupesa and Ngarizi on Friday.",
            ["Hobokanda", "Mupesa", "Ngarizi"],
        ),
        (
            "Shelling hit the localities of Tundabe, Fosowa and Rilezo overnight.",
            ["Tundabe", "Fosowa", "Rilezo"],
        ),
    ],
)
def test_names_listed_after_a_control_verb_are_places(
    tmp_path: Path, text: str, villages: list[str]
) -> None:
    places = _typed(tmp_path, text, "place")
    assert set(villages) <= set(places), places


def test_a_control_verb_does_not_make_a_person_or_a_body_a_place(tmp_path: Path) -> None:
    text = (
        "Rebels seized Kotamba and Wesoru, Defence Minister Pavel Orenko said. The army "
        "still holds the Interior Ministry building, the Red Cross said."
    )
    places = _typed(tmp_path, text, "place")
    assert {"Kotamba", "Wesoru"} <= set(places), places
    assert not {"Pavel Orenko", "Interior Ministry", "Red Cross"} & set(places), places


def test_a_locality_named_before_its_known_district(tmp_path: Path) -> None:
    places = _typed(tmp_path, "The front line was at Wesoru, Rutshuru, on Monday.", "place")
    assert "Wesoru" in places, places


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("Medics lost contact with staff at Kamal Tawfiq hospital on Sunday.", "Kamal Tawfiq"),
        ("Troops held the Lubero bridge until dawn.", "Lubero bridge"),
        ("Thousands sheltered in the Tawelo camp after the raid.", "Tawelo"),
        ("Aid trucks queued at the Nowara crossing for a week.", "Nowara"),
        ("Rebels held the area around the Bokundi National Park.", "Bokundi National Park"),
    ],
)
def test_facility_nouns_name_places(tmp_path: Path, text: str, facility: str) -> None:
    places = _typed(tmp_path, text, "place")
    assert any(facility.lower() in p.lower() for p in places), places
    people = _typed(tmp_path, text, "person")
    assert not any(facility.split()[0] in p for p in people), people


def test_a_facility_and_its_bare_name_are_one_place(tmp_path: Path) -> None:
    text = (
        "Medics lost contact with staff at Kamal Tawfiq hospital on Sunday. Troops were "
        "operating in the area of Kamal Tawfiq, the army said."
    )
    places = _typed(tmp_path, text, "place")
    people = _typed(tmp_path, text, "person")
    assert "Kamal Tawfiq" not in people, people
    facility = [p for p in places if p.startswith("Kamal Tawfiq")]
    assert len(facility) == 1, places


def test_a_known_town_keeps_its_crossing_apart(tmp_path: Path) -> None:
    places = _typed(
        tmp_path, "Trucks waited at the Rafah crossing. Families in Rafah fled.", "place"
    )
    assert "Rafah" in places, places


def test_a_groups_possession_is_not_a_person(tmp_path: Path) -> None:
    text = "The strikes were reported by the Houthis' al-Nabaa, which gave no toll."
    people = _typed(tmp_path, text, "person")
    assert not any("al-Nabaa" in p for p in people), people


def test_a_body_name_with_a_plural_possessive_stays_whole(tmp_path: Path) -> None:
    text = "The Union of Veterans' Widows said on Monday that it had written to the minister."
    orgs = _typed(tmp_path, text, "organisation")
    assert not any(o.endswith("Veterans") for o in orgs), orgs


def test_a_small_town_and_its_region_are_one_place(tmp_path: Path) -> None:
    text = (
        "Fighting broke out in the Rutshuru region on Wednesday. The front line was at "
        "Rutshuru, residents said."
    )
    places = _typed(tmp_path, text, "place")
    named = [
        p for p, aliases in places.items() if "Rutshuru" in p or "Rutshuru" in " ".join(aliases)
    ]
    assert len(named) == 1, places


def test_a_big_city_and_its_region_stay_apart(tmp_path: Path) -> None:
    text = "Shelling hit the Donetsk region on Monday. In Donetsk, two people were hurt."
    places = _typed(tmp_path, text, "place")
    assert "Donetsk" in places, places
    region = [p for p, aliases in places.items() if "Donetsk region" in [p, *aliases]]
    assert region and region != ["Donetsk"], places
