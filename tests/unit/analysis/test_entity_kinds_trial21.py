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
