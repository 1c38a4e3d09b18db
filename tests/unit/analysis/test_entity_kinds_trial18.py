"""Entity kinds misread in a new-analyst trial on a rebel offensive in two provinces (invented
sentences of the same shapes; no third-party text): two areas sharing one head after their
compass words ("North and South Kivu") gave a place "North" (or "North province") and lost the
first area's mention."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of, source_entities


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The council condemned the offensive in the North and South Kivu provinces.", "North Kivu", "South Kivu"),
        ("Aid agencies urged corridors in North and South Kivu.", "North Kivu", "South Kivu"),
        ("Fighting spread across North and South Darfur last week.", "North Darfur", "South Darfur"),
        ("Drone strikes hit North and South Waziristan overnight.", "North Waziristan", "South Waziristan"),
        ("The North and South Kivu governors met in the lakeside city.", "North Kivu", "South Kivu"),
    ],
)  # fmt: skip
def test_two_areas_sharing_one_head_are_both_named(tmp_path: Path, text, first, second) -> None:
    found = entities_of(tmp_path, text)
    names = {name for _, name in found}
    assert {first, second} <= names
    assert not names & {"North", "North province", "South"}


def test_two_countries_sharing_one_head_are_both_countries(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "Leaders of North and South Korea met at the border.")
    assert ("country", "North Korea") in found
    assert ("country", "South Korea") in found
    assert not any(name == "North" for _, name in found)


def test_the_elided_area_counts_beside_its_full_mentions(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "Rebels took the capital of North Kivu on Monday. The council urged corridors in North "
        "and South Kivu.",
    )
    (north,) = [e for e in found if e[1] == "North Kivu"]
    assert north[3] == ["S1.1", "S1.2"]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # no "North Sudan" in the gazetteer: "North" is no elided area here
        ("Troops moved North and South Sudan closed its border.", {"South Sudan"}, {"North Sudan"}),
        ("Residents of North Kivu and South Kivu fled the fighting.", {"North Kivu", "South Kivu"}, set()),
        ("The North fought the South for years, and the North won.", set(), {"North Kivu"}),
        ("Rebels moved north and south of Goma on Monday.", {"Goma"}, {"North Kivu", "South Kivu"}),
        ("Envoys from North Macedonia and South Sudan met in Geneva.", {"North Macedonia", "South Sudan"}, set()),
    ],
)  # fmt: skip
def test_words_that_share_no_head_stay_as_they_were(tmp_path: Path, text, expected, absent) -> None:
    names = {name for _, name in entities_of(tmp_path, text)}
    assert expected <= names
    assert not names & absent
