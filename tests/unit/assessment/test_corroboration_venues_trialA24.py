"""Two reports of one raid corroborate each other when one tells it at a press conference and
counts "facilities" where the other counts "sites" (trialA24; invented reports): the press
conference's place and day are not the raid's, and sites and facilities are one count. Near
miss: a report of a raid on other targets ("three bridges") stays apart.
"""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.assessment.corroboration import corroborate
from briefbook.ingest import SourceSpec, load_documents

MINISTRY = """Title: Ostland strikes Karsian fuel sites
Publisher: Ostland Ministry of Defence
Published: 2026-03-02

Last night, Ostland's air force struck three fuel sites in Karsia.
"""

NEWS = """Title: Ministers praise the night's raid
Publisher: Kelvik Daily
Published: 2026-03-02

During a press conference at the Kelvik Ministry today, the defence minister lauded the overnight strike on three Karsian fuel facilities.
"""

BRIDGES = """Title: Bridges hit
Publisher: Varn Courier
Published: 2026-03-02

Ostland's air force struck three bridges in Karsia overnight.
"""


def _rows(tmp_path: Path, files: dict[str, str]):
    specs = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        specs.append(SourceSpec(path=name))
    a = assess_documents(load_documents(specs, base=tmp_path), issue_date="2026-03-03")
    return corroborate(a)


def test_one_raid_told_at_a_press_conference_corroborates(tmp_path: Path) -> None:
    rows = _rows(tmp_path, {"ministry.txt": MINISTRY, "news.txt": NEWS, "bridges.txt": BRIDGES})
    struck = [r for r in rows if r["event"] == "struck"]
    joined = [r for r in struck if len(r["figures"]) == 1 and len(r["figures"][0]["evidence"]) == 2]
    assert [r["status"] for r in joined] == ["corroborated"], struck
    assert sorted(joined[0]["figures"][0]["evidence"]) == ["S1.1", "S2.1"]
    # near miss: the bridges are another count
    assert not any(
        "S3.1" in f["evidence"] and len(f["evidence"]) > 1 for r in struck for f in r["figures"]
    )
