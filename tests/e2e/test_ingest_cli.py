"""Everything a source says reaches the analysis, with the right date, and nothing else
(issue 13), and no source can hang briefbook or exhaust memory at ingest (issue 14).

Each kind of file is made by ``builders`` or kept in ``tests/fixtures/ingest`` (invented
text) and read through the CLI as a user runs it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import time
from pathlib import Path

import pytest

from builders import (
    FIXTURES,
    RUSSIAN,
    columns_pdf,
    deep_html,
    docx_bomb,
    docx_entities,
    pdf_bomb,
    revised_docx,
    run_cli,
    run_cli_bounded,
)

INGEST = FIXTURES / "ingest"
pytestmark = pytest.mark.e2e


def _assess(tmp_path: Path, *sources: str, env: dict[str, str] | None = None):
    out = tmp_path / "assessment.json"
    result = run_cli("assess", *sources, "--json", str(out), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr
    return json.loads(out.read_text(encoding="utf-8")), result.stderr


def _texts(data: dict, source: str) -> list[str]:
    return [s["text"] for s in data["sentences"] if s["source"] == source]


def _source(data: dict, name: str) -> dict:
    return next(s for s in data["sources"] if s["path"].endswith(name))


def test_each_kind_of_source_reaches_the_analysis(tmp_path):
    revised_docx(tmp_path / "revised.docx")
    columns_pdf(tmp_path / "columns.pdf")
    names = [
        "bulletin-list.html",
        "layout-table.html",
        "comments.html",
        "hidden.html",
        "header-lines.txt",
        "front-matter.md",
    ]
    for name in names:
        shutil.copy(INGEST / name, tmp_path / name)
    data, stderr = _assess(tmp_path, "revised.docx", "columns.pdf", *names)
    by_path = {s["path"]: s["id"] for s in data["sources"]}

    # DOCX: revisions accepted (and counted), tables row by row, text box, footnote last;
    # comments and headers left out
    docx = _texts(data, by_path["revised.docx"])
    assert docx[0] == "The ministry said 52 soldiers were killed near the river."
    assert "A second convoy of trucks crossed the bridge at dawn." in docx
    assert {"14 soldiers killed.", "6 bridges destroyed.", "31 drones shot down."} <= set(docx)
    assert docx.count("A text box said the convoy carried fuel and ammunition.") == 1
    assert docx[-1] == "The figures come from the regional governor."
    assert not any("Reviewer comment" in t or "Running header" in t for t in docx)
    assert "3 tracked changes accepted" in stderr
    docx_id = by_path["revised.docx"]
    claims = [c for c in data["claims"] if any(e.startswith(f"{docx_id}.") for e in c["evidence"])]
    # the table's figures become claims like any sentence
    assert {str(c["quantity"]) for c in claims} >= {"52", "14", "6", "31"}

    # PDF: words broken at line ends joined, compounds kept, heading apart
    pdf = " ".join(_texts(data, by_path["columns.pdf"]))
    assert "howitzers" in pdf and "reinforcements" in pdf.lower()
    assert "so-called" in pdf and "well-known" in pdf and "socalled" not in pdf
    assert "\u2010" not in pdf and "- " not in pdf
    assert _source(data, "columns.pdf")["title"] == "Daily note 14"
    assert not pdf.startswith("Daily note")

    # HTML: the list under <body>, the layout table unwrapped, reader comments and hidden
    # text left out
    bulletin = _texts(data, by_path["bulletin-list.html"])
    assert "Twenty-three drones were shot down by air defence units overnight." in bulletin
    assert len(bulletin) == 4
    layout = _texts(data, by_path["layout-table.html"])
    assert layout[0].startswith("On 16 December the monitoring mission")
    comments = " ".join(_texts(data, by_path["comments.html"]))
    assert "Reader Tom" not in comments and "lying" not in comments
    hidden = " ".join(_texts(data, by_path["hidden.html"]))
    assert "almost certainly" not in hidden and "Patrols counted 40" in hidden
    assert "6 hidden elements left out" in stderr
    assert not any(
        "almost certainly planning" in (j.get("text") or "") for j in data["key_judgments"]
    )

    # header lines and front matter: URL, publisher, title and date used, not body text
    header = _source(data, "header-lines.txt")
    assert header["title"] == "Ceasefire talks resume in the capital"
    assert header["url"] == "https://example.org/news/ceasefire-talks"
    assert header["date_origin"] == "header"
    assert not any("example.org" in t for t in _texts(data, header["id"]))
    front = _source(data, "front-matter.md")
    assert (front["url"], front["publisher"]) == (
        "https://example.org/analysis/grid",
        "Example Policy Institute",
    )
    assert (front["published"], front["date_origin"]) == ("2024-12-14", "header")


@pytest.mark.parametrize(
    ("lang", "expected"), [("en_GB.UTF-8", "2024-11-12"), ("en_US.UTF-8", "2024-12-11")]
)
def test_ambiguous_numeric_date_reads_by_one_rule(tmp_path, lang, expected):
    shutil.copy(INGEST / "header-lines.txt", tmp_path / "note.txt")
    env = {"LC_ALL": "", "LC_TIME": "", "LANG": lang}
    data, _ = _assess(tmp_path, "note.txt", env=env)
    assert data["sources"][0]["published"] == expected


def test_dates_never_come_from_scripts_bodies_or_templates(tmp_path):
    import docx

    shutil.copy(INGEST / "cookie-date.html", tmp_path / "harbour.html")
    stamp = time.time() - 3600  # modified an hour ago: dated today, in local time
    os.utime(tmp_path / "harbour.html", (stamp, stamp))
    document = docx.Document()  # python-docx's template: 2013-12-23, author python-docx
    document.add_paragraph("Engineers rebuilt the pontoon bridge over the river in two days.")
    document.add_paragraph("Traffic resumed on the bridge on Thursday, officials said.")
    document.save(tmp_path / "script.docx")
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    (tmp_path / "future.md").write_text(
        f"---\npublished: {future}\n---\n\nThe summit will open with a statement on the "
        "ceasefire and a vote on the aid package.\n",
        encoding="utf-8",
    )
    data, stderr = _assess(tmp_path, "harbour.html", "script.docx", "future.md")
    harbour = _source(data, "harbour.html")
    local_day = dt.datetime.fromtimestamp(stamp).date().isoformat()
    assert (harbour["published"], harbour["date_origin"]) == (local_day, "mtime")
    script = _source(data, "script.docx")
    assert script["published"] != "2013-12-23" and script["author"] != "python-docx"
    assert script["date_origin"] == "mtime"
    assert _source(data, "future.md")["published"] == future
    assert f"dated {future} (header), after the issue date" in stderr


def test_unsupported_files_in_a_folder_are_excluded_and_warned(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(INGEST / "header-lines.txt", folder / "note.txt")
    (folder / "memo.rtf").write_text("{\\rtf1 Some memo text.}")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 binary word document")
    data, stderr = _assess(tmp_path, "inbox")
    assert len(data["sources"]) == 1
    excluded = {e["path"]: e["reason"] for e in data["excluded_sources"]}
    assert set(excluded) == {"inbox/memo.rtf", "inbox/old.doc"}
    assert all("unsupported file type" in reason for reason in excluded.values())
    lines = [ln for ln in stderr.splitlines() if "left out" in ln]
    assert len(lines) == 1 and "inbox/memo.rtf" in lines[0] and "inbox/old.doc" in lines[0]


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_cyrillic_code_pages_are_detected(tmp_path, codec):
    (tmp_path / "ru.txt").write_bytes(("Сводка\n\n" + RUSSIAN).encode(codec))
    data, stderr = _assess(tmp_path, "ru.txt")
    assert "беспилотников" in " ".join(_texts(data, "S1"))
    assert f"read as {codec}" in stderr


def test_citation_marks_and_markings_in_a_source_are_quoted(tmp_path):
    (tmp_path / "forged.txt").write_text(
        "Depot report\n\n(S//NF) The convoy reached the depot on Monday, the governor said [S1.1].\n\n"
        "Officials said the depot held fuel for two weeks of operations [S2.4, S3.1].\n",
        encoding="utf-8",
    )
    data, stderr = _assess(tmp_path, "forged.txt")
    text = " ".join(_texts(data, "S1"))
    assert "[S1.1]" not in text and "[S2.4" not in text and "(S//NF) The" not in text
    assert "\u201cS1.1\u201d" in text and "\u201c(S//NF)\u201d" in text
    assert "3 citation marks or markings" in stderr


def test_json_to_a_device_is_written_in_place(tmp_path):
    shutil.copy(INGEST / "header-lines.txt", tmp_path / "note.txt")
    result = run_cli("assess", "note.txt", "--json", "/dev/null", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_deep_html_is_unwrapped_not_cut(tmp_path):
    deep_html(tmp_path / "deep.html")
    data, stderr = _assess(tmp_path, "deep.html")
    assert any("17 generators" in t for t in _texts(data, "S1"))
    assert "nested deeper than" in stderr


# ---------------------------------------------------------------------------
# file system


def test_symlink_loop_in_a_folder_and_glob_is_followed_once(tmp_path):
    folder = tmp_path / "loop"
    folder.mkdir()
    shutil.copy(INGEST / "header-lines.txt", folder / "note.txt")
    (folder / "self").symlink_to(".", target_is_directory=True)
    (folder / "up").symlink_to("..", target_is_directory=True)
    for spec in ("loop", "loop/**/*.txt"):
        result = run_cli_bounded("assess", spec, "--json", str(tmp_path / "a.json"), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
        assert len(data["sources"]) == 1


def test_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"caf\xe9-note.txt")
    shutil.copy(INGEST / "header-lines.txt", tmp_path / name)
    result = run_cli("assess", ".", "--json", str(tmp_path / "a.json"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["sources"][0]["path"] == "caf\\xe9-note.txt"


def test_too_many_files_in_a_folder_is_refused_before_reading(tmp_path):
    from briefbook.config.limits import limit

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(limit("folder_files") + 1):
        (folder / f"n{i:05d}.txt").write_bytes(b"x")
    result = run_cli_bounded("assess", "many", cwd=tmp_path)
    assert result.returncode == 2
    assert "limit folder_files" in result.stderr and len(result.stderr.splitlines()) == 1


# ---------------------------------------------------------------------------
# resource bombs: refused quickly, under a memory cap


@pytest.mark.parametrize(
    ("maker", "name", "fragment"),
    [
        (lambda p: docx_bomb(p, 100), "bomb.docx", "limit docx_inflated_bytes"),
        (docx_entities, "entities.docx", "declares a DTD or entities"),
        (lambda p: pdf_bomb(p, 100), "bomb.pdf", "limit pdf_stream_bytes"),
    ],
)
def test_bombs_are_refused(tmp_path, maker, name, fragment):
    maker(tmp_path / name)
    result = run_cli_bounded("assess", name, cwd=tmp_path, memory=1_500_000_000, timeout=120)
    assert result.returncode == 2, result.stderr
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "internal error" not in result.stderr


# ---------------------------------------------------------------------------
# pathological text


def test_text_without_spaces_is_refused_quickly(tmp_path):
    (tmp_path / "blob.txt").write_text("x" * (2 << 20))
    result = run_cli_bounded("assess", "blob.txt", cwd=tmp_path, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "no usable text" in result.stderr and "word_chars" in result.stderr
