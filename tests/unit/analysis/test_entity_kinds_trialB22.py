"""Entity kinds split in a new-analyst trial on naval and air exercises (invented names of the
same shapes; no third-party text):

* a body named with British and with American spellings of its words ("Theatre"/"Theater",
  "Armoured"/"Armored", "Centre"/"Center") in one briefing is one body; near miss: another
  word different ("Northern" / "Southern") keeps two;
* a body written after its country's possessive ("China's Eastern Theatre Command") is the
  body by its own name, one entity with its bare mentions; near miss: two countries'
  possessives before one name ("Kenya's" and "Uganda's Western Command") keep two bodies.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def _bodies(tmp_path: Path, *texts: str) -> dict[str, int]:
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"source{i}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return {
        e.name: e.mentions
        for e in find_entities(load_documents(paths))
        if e.type in {"organisation", "force"}
    }


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "A spokesman for the Southern Theatre Command said the drills would last two days.",
            "The Southern Theater Command announced new drills on Monday.",
            "Southern Thea",
        ),
        (
            "The Kestan Armoured Brigade moved north on Monday.",
            "The Kestan Armored Brigade reached the river on Tuesday.",
            "Kestan Armo",
        ),
        (
            "The Ostmarin Peace Centre opened on Monday.",
            "The Ostmarin Peace Center said talks would resume.",
            "Ostmarin Peace Cent",
        ),
    ],
)
def test_british_and_american_spellings_of_a_body_are_one(
    tmp_path: Path, first: str, second: str, words: str
) -> None:
    found = {name: n for name, n in _bodies(tmp_path, first, second).items() if words in name}
    assert len(found) == 1, found
    assert list(found.values()) == [2]


def test_near_miss_another_word_different_keeps_two_bodies(tmp_path: Path) -> None:
    found = _bodies(
        tmp_path,
        "The Northern Theater Command announced drills on Monday.",
        "The Southern Theatre Command said the drills ended on Tuesday.",
    )
    assert {"Northern Theater Command", "Southern Theatre Command"} <= set(found)


@pytest.mark.parametrize(
    "texts",
    [
        (
            "China's Eastern Theatre Command said the drills ended on Tuesday.",
            "The Eastern Theatre Command gave no figures on Monday.",
        ),
        (
            "China's Eastern Theatre Command said the drills ended on Tuesday. The Eastern "
            "Theatre Command gave no figures.",
        ),
        (
            "China's Eastern Theatre Command said the drills ended on Tuesday.",
            "The Eastern Theater Command gave no figures on Monday.",
        ),
    ],
)
def test_body_after_its_countrys_possessive_is_the_bare_body(
    tmp_path: Path, texts: tuple[str, ...]
) -> None:
    found = _bodies(tmp_path, *texts)
    assert list(found.values()) == [2], found
    assert all(name.startswith("Eastern Thea") for name in found), found


def test_near_miss_two_countries_possessives_keep_two_bodies(tmp_path: Path) -> None:
    found = _bodies(
        tmp_path,
        "Kenya's Western Command said the drills ended on Tuesday.",
        "Uganda's Western Command gave no figures on Monday.",
    )
    assert sum(n for name, n in found.items() if "Western Command" in name) == 2
    assert len([name for name in found if "Western Command" in name]) == 2, found
