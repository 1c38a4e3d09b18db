"""sentences.csv holds every sentence with who it reports as speaking (README: "every sentence
with its id, stable anchor, source, section and who it reports as speaking")."""

from __future__ import annotations

import csv
from pathlib import Path

import builders as support  # noqa: E402
from briefbook.render.tables_csv import write_tables


def test_sentences_csv_names_the_speaker_of_each_sentence(tmp_path: Path) -> None:
    a = support.many_sources_assessment(2)
    assert len(a.sentences) >= 2
    a.sentences[0].attributed_to = "Vendran port authority"
    a.sentences[1].attributed_to = None
    write_tables(a, tmp_path)
    with open(tmp_path / "sentences.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_id = {r["id"]: r for r in rows}
    assert by_id[a.sentences[0].id]["attributed_to"] == "Vendran port authority"
    assert by_id[a.sentences[1].id]["attributed_to"] == ""
    assert by_id[a.sentences[0].id]["text"] == " ".join(a.sentences[0].text.split())
