"""sources.csv gives the date a report carries, as the briefing does: a source dated only by
its file's modification time is undated there (empty ``published``), and ``date_origin``
says where each date came from."""

from __future__ import annotations

import csv
from pathlib import Path

import builders as support  # noqa: E402
from briefbook.model import FILE_TIME_ORIGIN
from briefbook.render.tables_csv import _COLUMNS, write_tables


def _rows(a, folder: Path) -> dict[str, dict[str, str]]:
    write_tables(a, folder)
    with open(folder / "sources.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {r["id"]: r for r in rows if r["id"]}


def test_a_file_time_date_is_no_published_date(tmp_path: Path) -> None:
    a = support.many_sources_assessment(3)
    filed, carried = a.sources[0], a.sources[1]
    filed["published"], filed["date_origin"] = "2026-11-30", FILE_TIME_ORIGIN
    carried["published"], carried["date_origin"] = "2026-11-27", "header"
    rows = _rows(a, tmp_path)
    assert rows[str(filed["id"])]["published"] == ""
    assert rows[str(filed["id"])]["date_origin"] == FILE_TIME_ORIGIN
    assert rows[str(carried["id"])]["published"] == "2026-11-27"
    assert rows[str(carried["id"])]["date_origin"] == "header"


def test_an_undated_source_has_empty_date_cells(tmp_path: Path) -> None:
    a = support.many_sources_assessment(2)
    a.sources[0]["published"], a.sources[0]["date_origin"] = None, None
    rows = _rows(a, tmp_path)
    assert rows[str(a.sources[0]["id"])]["published"] == ""
    assert rows[str(a.sources[0]["id"])]["date_origin"] == ""


def test_date_origin_follows_published_among_the_columns() -> None:
    columns = _COLUMNS["sources.csv"]
    assert columns.index("date_origin") == columns.index("published") + 1
