"""Scoring the entity table against gold: matches by any name, duplicates, optional rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.errors import SourceError
from briefbook.evaluation.entities import (
    EntityGold,
    load_entity_gold,
    name_key,
    score_entities,
)
from briefbook.model import Entity
from builders import ROOT


def _e(name: str, etype: str, *aliases: str, mentions: int = 1) -> Entity:
    return Entity(name=name, type=etype, aliases=list(aliases), mentions=mentions)


GOLD = EntityGold(
    path="repo:x.txt",
    split="tune",
    entities=[
        ("Vladimir Putin", "person", ["Putin"]),
        ("Kursk Oblast", "place", ["Kursk region"]),
        ("Reuters", "organisation", []),
    ],
    optional=[("Moscow", "place")],
)


def test_matches_by_any_name_and_counts_duplicates_and_misses() -> None:
    found = [
        _e("Vladimir Putin", "person", mentions=3),
        _e("Putin", "person"),  # not merged: a duplicate
        _e("Kursk region", "place"),
        _e("Moscow", "place"),  # optional: ignored
        _e("Harbour Street", "place"),  # not in gold
    ]
    scores, errors = score_entities(found, GOLD)
    assert (scores["person"].tp, scores["person"].fp, scores["person"].fn) == (1, 1, 0)
    assert (scores["place"].tp, scores["place"].fp) == (1, 1)
    assert scores["organisation"].fn == 1 and scores["organisation"].recall == 0.0
    assert sorted(errors) == [
        ("dup", "person", "Putin"),
        ("fn", "organisation", "Reuters"),
        ("fp", "place", "Harbour Street"),
    ]
    assert scores["person"].precision == 0.5


def test_wrong_type_is_a_miss_not_a_false_positive() -> None:
    scores, _ = score_entities([_e("Reuters", "person")], GOLD)
    assert scores["person"].fp == 0 and scores["organisation"].fn == 1


def test_name_key_ignores_case_accents_the_and_possessives() -> None:
    assert name_key("The Hague") == name_key("hague")
    assert name_key("Volker Türk") == name_key("Volker Turk")
    assert name_key("Russia's Ministry of Defense") == name_key("Russia Ministry of Defense")


def test_the_repository_gold_loads_and_is_well_formed() -> None:
    golds = load_entity_gold(ROOT / "tests" / "fixtures" / "eval" / "entities.yaml")
    assert {g.split for g in golds} == {
        "tune",
        "heldout",
        "heldout2",
        "dev2",
        "heldout3",
        "heldout4",
        "heldout5",
    }
    assert sum(len(g.entities) for g in golds) > 300
    for gold in golds:
        if gold.scope is not None:
            assert all(etype in gold.scope for _, etype, _ in gold.entities)


def test_scope_ignores_entities_of_other_types(tmp_path: Path) -> None:
    gold = EntityGold("repo:x", "dev", [("Ana Lima", "person", [])], [], scope=("person", "place"))
    found = [
        Entity(name="Ana Lima", type="person", aliases=[], mentions=2, evidence=["S1.1"]),
        Entity(name="Lima Bank", type="organisation", aliases=[], mentions=1, evidence=["S1.1"]),
        Entity(name="Porto Novo", type="place", aliases=[], mentions=1, evidence=["S1.2"]),
    ]
    scores, errors = score_entities(found, gold)
    assert (scores["person"].tp, scores["organisation"].fp, scores["place"].fp) == (1, 0, 1)
    assert errors == [("fp", "place", "Porto Novo")]


def test_scope_outside_the_types_is_a_source_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(
        "documents:\n  - path: repo:x\n    split: dev\n    scope: [person]\n"
        "    entities:\n      - [Oslo, place, []]\n"
    )
    with pytest.raises(SourceError):
        load_entity_gold(path)


def test_bad_gold_row_is_a_source_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(
        "documents:\n  - path: repo:x\n    split: tune\n    entities:\n      - [X, planet, []]\n"
    )
    with pytest.raises(SourceError):
        load_entity_gold(path)


def test_ships_are_scored_only_where_the_gold_annotates_ships() -> None:
    # gold written before ships were a type: a ship found is neither rewarded nor penalised,
    # and a gold place found only as a ship is still missed
    found = [_e("Orvan Tide", "vessel"), _e("Kursk Oblast", "vessel"), _e("Putin", "person")]
    scores, errors = score_entities(found, GOLD)
    assert (scores["vessel"].tp, scores["vessel"].fp, scores["vessel"].fn) == (0, 0, 0)
    assert ("fn", "place", "Kursk Oblast") in errors
    with_ships = EntityGold(
        path="repo:y.txt",
        split="tune",
        entities=[("Orvan Tide", "vessel", []), ("USS Ardent", "vessel", [])],
    )
    scores, errors = score_entities([_e("Orvan Tide", "vessel"), _e("Selka", "vessel")], with_ships)
    assert (scores["vessel"].tp, scores["vessel"].fp, scores["vessel"].fn) == (1, 1, 1)
