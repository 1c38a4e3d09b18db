"""The ISO 3166-2 area index kept in the user's cache folder: the same index as one built
from the installed pycountry, read back without pycountry, rebuilt when the file is
damaged, and built as before when no cache folder can be written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefbook.analysis import places
from briefbook.resources import user_cache_dir


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    places._areas.cache_clear()
    yield tmp_path / "cache" / "briefbook"
    places._areas.cache_clear()  # later tests build the index of this process afresh


def _fresh() -> dict[str, str]:
    areas, _ = places.pycountry_areas()
    return {key: name for key, name, _ in places.build_area_rows(areas)}


def _no_pycountry(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("the index was built again instead of read from the cache")

    monkeypatch.setattr(places, "pycountry_areas", refuse)


def test_the_cached_index_is_the_built_one_and_is_read_back(cache_home, monkeypatch):
    built = places.area_index()
    files = list(cache_home.glob("areas-*.json"))
    assert len(files) == 1
    assert built == _fresh()
    assert list(built) == list(_fresh())  # the same order, too
    assert json.loads(files[0].read_text(encoding="utf-8")) == built
    places._areas.cache_clear()  # a new process
    _no_pycountry(monkeypatch)
    assert places.area_index() == built
    assert places.area_index().get(places.place_key("Enga")) == "Enga"


@pytest.mark.parametrize("damage", ["", "{not json", '["a list"]', '{"enga": 3}'])
def test_a_damaged_cache_file_is_built_again(cache_home, damage):
    places.area_index()
    (cached,) = cache_home.glob("areas-*.json")
    cached.write_text(damage, encoding="utf-8")
    places._areas.cache_clear()
    assert places.area_index() == _fresh()
    assert json.loads(cached.read_text(encoding="utf-8")) == _fresh()


def test_other_rules_or_pycountry_data_name_another_file(cache_home, monkeypatch):
    first = places._area_cache_file()
    monkeypatch.setattr(Path, "read_bytes", lambda self: b"other rules")
    assert places._area_cache_file() not in (None, first)


def test_without_a_writable_cache_folder_the_index_is_built(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert user_cache_dir() is None
    places._areas.cache_clear()
    try:
        assert places.area_index() == _fresh()
    finally:
        places._areas.cache_clear()
