"""A source cut off mid-sentence (invented report of the shape seen in a new-analyst trial;
no third-party text): its broken last sentence goes to no section, so it is never shown as
a statement, a fact to weigh or an indicator."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.sections import assign_sections
from briefbook.config.outline import load_schema
from briefbook.ingest import load_documents
from builders import written_sources

_REPORT = (
    "Border guards of Ostland closed the northern crossing on Monday after a shooting.\n\n"
    "The closure stranded hundreds of lorries carrying grain to the port of Lanmouth.\n\n"
    "The dispute between the two governments arose a"
)


def test_a_clipped_last_sentence_is_in_no_section(tmp_path: Path) -> None:
    doc = load_documents(written_sources(tmp_path, _REPORT, head="Published: 2024-05-02"))[0]
    result = assign_sections([doc], load_schema("conflict"))
    last = doc.sentences[-1]
    assert last.text.endswith("arose a")
    assert result[last.id] is None
    assert result[doc.sentences[0].id] is not None


def test_a_whole_last_sentence_keeps_its_section(tmp_path: Path) -> None:
    whole = _REPORT.replace("arose a", "arose over grazing rights in 2019.")
    doc = load_documents(written_sources(tmp_path, whole, head="Published: 2024-05-02"))[0]
    result = assign_sections([doc], load_schema("conflict"))
    assert result[doc.sentences[-1].id] is not None
