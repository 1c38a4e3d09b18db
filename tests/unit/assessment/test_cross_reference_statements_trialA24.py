"""A statement copied from a sentence that points to the source's own figure reads without the
pointer, and the citation checker still passes it (trialA24; invented report): "Ostland struck
three fuel depots near Varn (see Figure 1), ..." is told as "Ostland struck three fuel depots
near Varn, ...". Near miss: an acronym in brackets stays.
"""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.ingest import SourceSpec, load_documents

REPORT = """Title: Ostland's strikes on Karsian fuel depots
Publisher: Ostland Research Service
Published: 2026-03-02

On March 1, Ostland struck three fuel depots near Varn (see Figure 1), including the largest depot of the Karsian Fuel Authority (KFA).

Strikes have reportedly killed 14 workers at the depots (Table 2).

Figure 1. Reported strikes near Varn
"""


def test_statements_leave_the_pointer_out(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    docs = load_documents([SourceSpec(path="report.txt")], base=tmp_path)
    a = assess_documents(docs, issue_date="2026-03-03")
    stated = [st for sec in a.sections for st in sec.statements] + list(a.key_judgments)
    depots = [st for st in stated if "three fuel depots" in st.text]
    assert depots
    for st in stated:
        assert "Figure 1" not in st.text and "Table 2" not in st.text, st.text
        assert st.unsupported == [], st
    for st in depots:
        assert "near Varn, including" in st.text
        assert "(KFA)" in st.text  # near miss: an acronym stays
