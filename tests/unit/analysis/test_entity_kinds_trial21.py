"""Entity kinds misread in a new-analyst trial on an offensive and an exodus (invented
sentences of the same shapes; no third-party text): a country named in its formal style
("the Republic of Armenia") was a place of its own beside the country."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of, source_entities


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Aid reached the Republic of Armenia on Monday.", "Armenia"),
        ("The Republic of Moldova asked for help with the refugees.", "Moldova"),
        ("Envoys of the Kingdom of Bahrain arrived in the capital.", "Bahrain"),
        ("The Federal Republic of Germany pledged more aid.", "Germany"),
    ],
)
def test_a_country_in_its_formal_style_is_that_country(tmp_path: Path, text, country) -> None:
    found = entities_of(tmp_path, text)
    assert ("country", country) in found
    assert not any(name.startswith(("Republic", "Kingdom", "Federal")) for _, name in found)


def test_the_formal_style_and_the_short_name_are_one_entity(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "The Republic of Azerbaijan closed its airspace. Azerbaijan said the operation was over.",
    )
    rows = [row for row in found if row[1] == "Azerbaijan"]
    assert len(rows) == 1 and rows[0][0] == "country"
    assert len(rows[0][3]) == 2  # both sentences are its evidence


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a style whose whole surface is another country's alias keeps it
        ("Officials in the Republic of China said the drills had ended.", "Taiwan"),
        ("Talks with the Republic of Korea resumed.", "South Korea"),
        ("Talks with the People's Republic of China resumed.", "China"),
    ],
)
def test_near_miss_another_countrys_alias_keeps_its_country(tmp_path: Path, text, name) -> None:
    assert ("country", name) in entities_of(tmp_path, text)


def test_near_miss_the_state_of_georgia_is_no_country(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "The State of Georgia sued the company in Atlanta.")
    assert ("country", "Georgia") not in found


def _people(found) -> dict[str, list[str]]:
    return {name: evidence for etype, name, _aliases, evidence in found if etype == "person"}


def test_a_given_name_with_its_kin_is_the_person_named_in_full(tmp_path: Path) -> None:
    # "Laura" alone was a person of its own beside "Laura Vardanyan" of the same source
    found = source_entities(
        tmp_path,
        "'Nothing was left,' says Mirela Hovsepyan, an elderly woman from the valley. "
        "Mirela and her family of six had arrived in the border town that morning. "
        "Mirela's son was injured in 2020.",
    )
    people = _people(found)
    assert "Mirela" not in people
    assert people["Mirela Hovsepyan"] == ["S1.1", "S1.2", "S1.3"]


def test_near_miss_a_places_possessive_stays_the_place(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path, "Aden Kessel said the port was closed. Aden's port reopened on Monday."
    )
    assert ("place", "Aden") in {(row[0], row[1]) for row in found}
    assert _people(found)["Aden Kessel"] == ["S1.1"]


def test_near_miss_a_given_name_before_another_name_is_not_coordinated_kin(
    tmp_path: Path,
) -> None:
    found = source_entities(
        tmp_path, "Mirela Hovsepyan spoke to reporters. Mirela and the convoy left at dawn."
    )
    assert _people(found)["Mirela Hovsepyan"] == ["S1.1"]
