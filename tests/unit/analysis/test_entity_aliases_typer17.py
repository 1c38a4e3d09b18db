"""One body named by the last words of its name is one row (typer17; invented sentences of
the same shapes): "Crisis Group" beside "International Crisis Group", "the National Police"
beside "the Kelvanian National Police" in the same source are that body there.

Guards: two longer names ending in the short one in the source ("the Ostland Defence
Council" and "the Kelvanian Defence Council": "the Defence Council" stays apart), the short
name in another source, a body whose name is cut after a connector ("the Army of the Kelvo
Front" is no "Kelvo Front")."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.ingest import load_documents


def _rows(tmp_path: Path, *texts: str) -> dict[str, list[str]]:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"s{i}.txt"
        path.write_text("Brief\n\n" + text + "\n", encoding="utf-8")
        paths.append(path)
    return {
        e.name: e.aliases
        for e in find_entities(load_documents(paths))
        if e.type in {"organisation", "force"}
    }


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The International Crisis Group said the talks had stalled. Crisis Group analysts "
            "said 40 people had died since May.",
            "International Crisis Group",
            "Crisis Group",
        ),
        (
            "The International Kelvo Institute published a report on Monday. The Kelvo "
            "Institute said 30 villages had been burned.",
            "International Kelvo Institute",
            "Kelvo Institute",
        ),
        (
            "The Kelvanian National Police said 12 people were arrested. The National Police "
            "said more arrests would follow.",
            "Kelvanian National Police",
            "National Police",
        ),
    ],
)
def test_a_body_named_by_its_last_words_is_one_row(
    tmp_path: Path, text: str, full: str, short: str
) -> None:
    rows = _rows(tmp_path, text)
    assert short not in rows
    assert short in rows[full]


def test_two_longer_names_keep_the_short_one_apart(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "The Ostland Defence Council and the Kelvanian Defence Council met in Brenville. "
        "The Defence Council said 12 soldiers were killed.",
    )
    for full in ("Ostland Defence Council", "Kelvanian Defence Council"):
        assert "Defence Council" not in rows.get(full, [])


def test_the_short_name_in_another_source_is_its_own(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "The International Kelvo Institute published a report on Monday.",
        "The Kelvo Institute said 30 villages had been burned.",
    )
    assert "Kelvo Institute" in rows
    assert "Kelvo Institute" not in rows["International Kelvo Institute"]


def test_a_name_cut_after_a_connector_is_another_body(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "The Army of the Kelvo Front said it had taken the town. The Kelvo Front denied it.",
    )
    assert "Kelvo Front" not in rows.get("Army of the Kelvo Front", [])
