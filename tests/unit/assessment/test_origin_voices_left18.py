"""Independence by originator (round left18): what a source says in its own voice comes from
the publisher its repost group's original declares, so a ministry's statement and a wire
report quoting that ministry are one origin for corroboration and for a judgment's
confidence, and a wire story re-published by another site speaks with the wire's voice, not
the site's. A source that declares no publisher, and an outlet reporting in its own voice
beside the ministry, stay origins of their own. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.assessment.origins import merge_originators, origin_key, source_voices
from briefbook.ingest import SourceSpec, load_documents

STATEMENT = """Publisher: Ostland Ministry of Defence
Published: 2026-03-11
Title: Air defence update

Air defence units shot down 37 drones over the Vell region overnight.

The ministry will publish a further update on Wednesday.
"""

WIRE = """Publisher: Wirewire
Published: 2026-03-11
Title: Ostland says it downed drones over Vell

Air defence units shot down 37 drones over the Vell region overnight, the Ostland defence ministry said on Tuesday.

Residents of Vell reported loud explosions after midnight.
"""

# the same wire story re-published by another site, with its own publisher line
COPY = WIRE.replace("Publisher: Wirewire", "Publisher: Harbour Daily Post")

# an outlet's own reporting of the figure: an origin of its own
OWN = """Publisher: Vell Courier
Published: 2026-03-11
Title: Night of drones over Vell

Air defence units shot down 37 drones over the Vell region overnight, our correspondent counted from the city's hills.
"""


def _docs(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_documents([SourceSpec(path=n) for n in files], base=tmp_path)


def _row_of(assessment, figure: int) -> dict:
    return next(
        r for r in assessment.corroboration if any(q["quantity"] == figure for q in r["quantities"])
    )


def _statement(assessment, start: str):
    pool = [*assessment.key_judgments]
    for section in assessment.sections:
        pool += section.statements
    return next(s for s in pool if s.text.startswith(start))


def test_a_groups_voice_is_the_publisher_of_its_original() -> None:
    groups = {"S1": "S1", "S2": "S2", "S3": "S2"}
    voices = source_voices(
        [("S1", "Ostland Ministry of Defence"), ("S2", "Wirewire"), ("S3", "Harbour Daily")],
        groups,
    )
    assert voices == {"S1": "Ostland Ministry of Defence", "S2": "Wirewire"}
    # the ministry's own voice and "the Ostland defence ministry" quoted by an outlet
    # (a publisher's key carries the voice mark: compared through merge_originators)
    own = origin_key(None, "S1", voice=voices["S1"])
    quoted = origin_key("the Ostland defence ministry", "S2")
    merged = merge_originators([own, quoted])
    assert merged[own] == merged[quoted]
    # a named originator is the origin whatever the voice; no voice: the group
    assert origin_key("Ilse Varga", "S2", voice="Wirewire") == origin_key("Ilse Varga", "S9")
    assert origin_key(None, "S4") == "src:S4"


def test_a_statement_and_a_report_quoting_it_are_one_origin(tmp_path: Path) -> None:
    a = assess_documents(
        _docs(tmp_path, {"a.txt": STATEMENT, "b.txt": WIRE, "c.txt": COPY}),
        issue_date="2026-03-12",
    )
    row = _row_of(a, 37)
    assert len(row["origins"]) == 1, row["origins"]
    assert row["status"] != "corroborated"
    st = _statement(a, "Air defence units shot down 37 drones")
    assert st.confidence == "low", st.rationale
    assert "1 independent origin" in (st.rationale or "")


def test_an_outlets_own_reporting_beside_the_ministry_is_a_second_origin(
    tmp_path: Path,
) -> None:
    a = assess_documents(
        _docs(tmp_path, {"a.txt": STATEMENT, "b.txt": WIRE, "d.txt": OWN}),
        issue_date="2026-03-12",
    )
    row = _row_of(a, 37)
    assert len(row["origins"]) == 2, row["origins"]
    assert row["status"] == "corroborated"


def test_a_statement_without_a_declared_publisher_keeps_its_own_origin(tmp_path: Path) -> None:
    undeclared = STATEMENT.replace("Publisher: Ostland Ministry of Defence\n", "")
    a = assess_documents(
        _docs(tmp_path, {"a.txt": undeclared, "b.txt": WIRE}), issue_date="2026-03-12"
    )
    row = _row_of(a, 37)
    assert len(row["origins"]) == 2, row["origins"]
