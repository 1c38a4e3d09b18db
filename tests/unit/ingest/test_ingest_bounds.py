"""Ingest units: the date module's precedence and rules, the safe folder walk, permissions,
sentence caps, de-hyphenation, hidden HTML and code pages."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from briefbook.config.limits import LimitError, limit
from briefbook.errors import SourceError
from briefbook.ingest import IngestNotes, expand_sources, load_documents
from briefbook.ingest.assemble import cap_length, neutralise_marks
from briefbook.ingest.dates import date_order_rule, default_date_order, iso_date
from briefbook.ingest.visible import visible_html
from briefbook.text.hyphens import dehyphenate

BODY = "Patrols counted 40 armoured vehicles near the crossing on Monday, the governor said.\n"


def test_numeric_dates_read_by_one_rule(monkeypatch):
    assert iso_date("12/11/2024", order="dmy") == "2024-11-12"
    assert iso_date("12/11/2024", order="mdy") == "2024-12-11"
    assert iso_date("25/12/2024", order="mdy") == "2024-12-25"  # unambiguous either way
    assert iso_date("2024-12-11") == "2024-12-11"
    for var in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert default_date_order() == "mdy" and iso_date("12/11/2024") == "2024-12-11"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert default_date_order() == "dmy"
    assert date_order_rule("mdy").startswith("mdy (month first")


def test_date_precedence(tmp_path):
    from briefbook.ingest import SourceSpec

    path = tmp_path / "n.md"
    path.write_text(f"---\npublished: 2024-12-14\n---\n\nPublished: 3 March 2021\n\n{BODY}")
    (doc,) = load_documents([path])
    assert (doc.published, doc.date_origin) == ("2024-12-14", "header")
    (doc,) = load_documents([SourceSpec(str(path), published="2024-12-01")])
    assert (doc.published, doc.date_origin) == ("2024-12-01", "params")
    (doc,) = load_documents([SourceSpec(str(path), published="soon")])
    assert doc.date_origin == "header" and "is not a date" in doc.warnings[0]


def test_file_time_is_a_local_date(tmp_path, monkeypatch):
    path = tmp_path / "n.txt"
    path.write_text(BODY)
    # 23:30 UTC is already the next day at UTC+14
    stamp = dt.datetime(2024, 12, 15, 23, 30, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        (doc,) = load_documents([path])
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert (doc.published, doc.date_origin) == ("2024-12-16", "mtime")


def test_date_after_the_issue_is_warned(tmp_path):
    path = tmp_path / "n.md"
    path.write_text(f"---\ndate: 2025-01-20\n---\n\n{BODY}")
    (doc,) = load_documents([path], issue_date=dt.date(2024, 12, 16))
    assert "dated 2025-01-20 (header), after the issue date 2024-12-16" in doc.warnings


def test_folder_walk_skips_unreadable_and_permissionless(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "locked.txt").write_text(BODY)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text(BODY)
    real_scandir, real_access = os.scandir, os.access

    def scandir(path):
        if Path(path) == sub:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(
        os, "access", lambda p, mode: Path(p).name != "locked.txt" and real_access(p, mode)
    )
    notes = IngestNotes()
    pairs = expand_sources([str(tmp_path)], notes=notes)
    assert [p.name for p, _ in pairs] == ["a.txt"]
    assert any("folder skipped, cannot be read (Permission denied)" in w for w in notes.warnings)
    assert notes.excluded[0]["reason"] == "cannot be read (permission denied)"


def test_unreadable_file_given_directly_is_one_line_bad_input(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(BODY)

    def denied(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("briefbook.ingest.sources._read_capped", denied)
    with pytest.raises(SourceError, match="permission denied"):
        load_documents([path])


def test_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "self").symlink_to(".", target_is_directory=True)
    (tmp_path / "deeper").mkdir()
    (tmp_path / "deeper" / "back").symlink_to("..", target_is_directory=True)
    for spec in (str(tmp_path), str(tmp_path / "**" / "*.txt")):
        assert [p.name for p, _ in expand_sources([spec])] == ["a.txt"]


def test_run_bytes_checked_before_reading(tmp_path, monkeypatch):
    import briefbook.config.limits as limits

    (tmp_path / "a.txt").write_text(BODY * 20)
    (tmp_path / "b.txt").write_text(BODY * 20)
    monkeypatch.setitem(
        limits.LIMITS, "run_bytes", limits.Limit("run_bytes", 1000, "bytes", "all", "split")
    )
    with pytest.raises(LimitError, match="limit run_bytes"):
        load_documents([str(tmp_path)])


def test_long_sentences_are_split_and_sentences_capped(tmp_path):
    cap = limit("sentence_chars")
    assert [len(p) for p in cap_length("x" * (2 * cap + 5), cap)] == [cap, cap, 5]
    words = cap_length("word " * cap, cap)
    assert all(len(p) <= cap for p in words) and all(not p.endswith(" wo") for p in words)
    path = tmp_path / "many.txt"
    path.write_text(" ".join(["Yes."] * (limit("source_sentences") + 50)))
    (doc,) = load_documents([path])
    assert len(doc.sentences) == limit("source_sentences")
    assert any("limit source_sentences" in w for w in doc.warnings)


def test_citation_marks_neutralised():
    text, n = neutralise_marks("(U) Troops moved [S1.2] and [S3.1; S4.2] overnight.")
    assert n == 3 and "[" not in text and text.startswith("\u201c(U)\u201d Troops")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("rein-\nforcements", "reinforcements"),
        ("east\u2010 ern", "eastern"),
        ("how\u2010\nitzers", "howitzers"),
        ("so-\ncalled", "so-called"),
        ("well\u2010\nknown", "well-known"),
        ("soft\u00adly", "softly"),
        ("Russian\u2010backed", "Russian\u2010backed"),
        ("cross-\ning", "crossing"),
        ("pro-\nRussian", "pro-\nRussian"),  # a capital after the break: not a broken word
    ],
)
def test_dehyphenate(raw, clean):
    assert dehyphenate(raw) == clean


def test_hidden_html_is_dropped():
    page = (
        "<html><head><style>.gone{display:none}</style></head><body>"
        "<p>Seen one.</p><p hidden>Hidden one.</p><template><p>Tpl.</p></template>"
        "<p class='gone'>Class.</p><p class='sr-only'>Reader.</p>"
        "<p style='font-size:0px'>Zero.</p><p style='color: white'>White.</p>"
        "<div style='background:#000'><p style='color:#fff'>White on black.</p></div>"
        "</body></html>"
    )
    seen = visible_html(page)
    assert seen.hidden == 6
    assert "Seen one" in seen.html and "White on black" in seen.html
    for gone in ("Hidden one", "Tpl.", "Class.", "Reader.", "Zero.", "White."):
        assert gone not in seen.html


def test_html_dates_only_from_metadata():
    page = (
        "<html><head><script>var d='2019-05-04'</script>"
        '<script type="application/ld+json">{"@graph":[{"datePublished":"2024-12-16"}]}'
        "</script></head><body><p>On 3 March 2021 it began.</p></body></html>"
    )
    assert visible_html(page).dates == ["2024-12-16"]
