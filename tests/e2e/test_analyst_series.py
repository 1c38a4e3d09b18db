"""The analyst's hand over a three-issue series, through the CLI as an analyst uses it.

Issue 1: the analyst adds a judgment citing two sentences by anchor. Issue 2: a new source
arrives first in the list (every S-id of the old one shifts); the analyst excludes one
sentence and moves another; the judgment still applies. Then an unsupported judgment (a
number not in its evidence) stops the run, and ``--draft --replace`` marks it instead and
replaces the issue in place. Issue 3: the source is updated and a cited sentence is gone:
the stale anchors are reported. The DOCX and the CSV files carry what the HTML shows.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from builders import KESSEL_A, Page, kessel_sources, run_cli

pytestmark = pytest.mark.e2e

PARAMS = """\
title: Norland in the Kessel valley
series: kessel
slug: kessel
analyst_file: kessel.analyst.yaml
formats: {formats}
sources:
{sources}
"""
JUDGMENT = """\
judgments:
  - id: troops
    text: More than 11,000 Norland troops are in the Kessel valley, with artillery and drones.
    cite: [{troops}, {arms}]
    confidence: moderate
"""


def write_params(work: Path, sources: list[str], formats: str = "[html]") -> None:
    lines = "\n".join(f"  - {s}" for s in sources)
    (work / "kessel.yaml").write_text(PARAMS.format(formats=formats, sources=lines))


def anchors(work: Path, *paths: str) -> dict[str, str]:
    """First three words of each sentence -> its anchor, read as an analyst would (assess --json)."""
    result = run_cli("assess", *paths, "--json", "-", cwd=work)
    assert result.returncode == 0, result.stderr
    return {
        " ".join(s["text"].split()[:3]): s["anchor"] for s in json.loads(result.stdout)["sentences"]
    }


def run(work: Path, date: str, *extra: str):
    return run_cli("run", "kessel.yaml", "-p", f"date={date}", "--quiet", *extra, cwd=work)


def folder_of(result) -> Path:
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1])


def load(folder: Path) -> dict:
    return json.loads((folder / "assessment.json").read_text())


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    work = tmp_path_factory.mktemp("kessel")
    kessel_sources(work / "src")
    a = anchors(work, "src/report-a.txt")
    out: dict[str, object] = {"work": work, "anchors": a}
    judgment = JUDGMENT.format(troops=a["Officials in Vardia"], arms=a["The Vardian defence"])
    analyst = work / "kessel.analyst.yaml"

    # issue 1: one source, the analyst's judgment
    write_params(work, ["src/report-a.txt"])
    analyst.write_text(judgment)
    out["issue1"] = folder_of(run(work, "2025-03-03"))

    # issue 2: a new source comes first; exclude and move by anchor
    write_params(work, ["src/report-b.txt", "src/report-a.txt"], "[html, docx]")
    silent = a["Norland's foreign ministry"]
    overrides = (
        f"exclude: [{silent}]\n"
        f"move:\n  - {{sentence: {a['The council will']}, section: conclusion}}\n"
    )
    analyst.write_text(judgment + overrides)
    out["check2"] = run_cli("check", "kessel.yaml", "-p", "date=2025-03-10", cwd=work)
    out["issue2"] = folder_of(run(work, "2025-03-10"))
    out["issue2_json"] = load(out["issue2"])
    out["issue2_first"] = shutil.copytree(out["issue2"], work / "issue2-first")  # before --replace

    # an unsupported judgment stops the run; --draft marks it; --replace keeps one issue
    inflated = judgment + (
        "  - id: inflated\n"
        "    text: More than 12,000 Norland troops crossed into the Kessel valley.\n"
        f"    cite: [{a['Officials in Vardia']}]\n"
    )
    analyst.write_text(inflated + overrides)
    out["unsupported"] = run(work, "2025-03-10")
    write_params(work, ["src/report-b.txt", "src/report-a.txt"])
    out["draft"] = folder_of(run(work, "2025-03-10", "--draft", "--replace"))

    # issue 3: the source is updated; a cited sentence is gone
    analyst.write_text(judgment + overrides)
    updated = KESSEL_A.replace(
        " The Vardian defence ministry said the troops brought artillery and drones.", ""
    )
    assert updated != KESSEL_A
    (work / "src" / "report-a.txt").write_text(updated)
    out["check3"] = run_cli("check", "kessel.yaml", "-p", "date=2025-03-17", cwd=work)
    result3 = run(work, "2025-03-17")
    out["issue3_stderr"] = result3.stderr
    out["issue3"] = folder_of(result3)
    return out


def analyst_judgments(data: dict) -> list[dict]:
    return [s for s in data["key_judgments"] if s.get("analyst")]


def test_issue1_carries_the_analysts_judgment(series):
    data = load(series["issue1"])
    (judgment,) = analyst_judgments(data)
    assert judgment["evidence"] == ["S1.1", "S1.2"]
    assert data["meta"]["analyst"]["judgments"][0]["status"] == "supported"
    html = (series["issue1"] / "briefing.html").read_text()
    assert 'class="analyst-mark"' in html and "The analyst's part" in html
    # the appendix shows each cited sentence's stable anchor beside its id
    assert series["anchors"]["Officials in Vardia"] in html


def test_issue2_overrides_survive_new_sources(series):
    data = series["issue2_json"]
    (judgment,) = analyst_judgments(data)
    assert judgment["evidence"] == ["S2.1", "S2.2"]  # the same sentences, new ids
    ids = [s["id"] for s in data["sentences"]]
    assert "S2.3" not in ids  # excluded
    conclusion = next(s for s in data["sections"] if s["key"] == "conclusion")
    assert [s["evidence"][0] for s in conclusion["statements"]] == ["S2.6"]
    by_id = {s["id"]: s for s in data["sentences"]}
    assert by_id["S2.1"]["anchor"] == series["anchors"]["Officials in Vardia"]
    assert series["check2"].returncode == 0, series["check2"].stderr
    listing = series["check2"].stdout
    assert "2 read, 2 selected" in listing and "report-b.txt" in listing and "ok" in listing


def test_unsupported_judgment_stops_the_run(series):
    result = series["unsupported"]
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "'inflated'" in lines[0] and "12,000" in lines[0]


def test_draft_marks_it_and_replace_keeps_one_issue(series):
    folder = series["draft"]
    assert folder == series["issue2"]
    data = load(folder)
    inflated = [s for s in analyst_judgments(data) if "12,000" in s["text"]]
    assert inflated and inflated[0]["unsupported"] == ["More than 12,000"]
    assert 'class="unsupported"' in (folder / "briefing.html").read_text()
    series_dir = folder.parent
    assert not (series_dir / f"{folder.name}-2").exists()
    index = (series_dir / "index.html").read_text()
    assert index.count(f'href="{folder.name}/briefing.html"') == 1


def test_issue3_reports_the_stale_anchor(series):
    stale = series["anchors"]["The Vardian defence"]
    assert stale in series["issue3_stderr"] and "stale" in series["issue3_stderr"]
    data = load(series["issue3"])
    assert stale in [s["ref"] for s in data["meta"]["analyst"]["stale"]]
    assert not analyst_judgments(data)
    manifest = json.loads((series["issue3"] / "manifest.json").read_text())
    assert any(stale in w for w in manifest["warnings"])
    assert stale in (series["issue3"] / "briefing.html").read_text()
    check = series["check3"]
    assert check.returncode == 2 and stale in check.stderr


def docx_content(path: Path):
    import docx

    document = docx.Document(str(path))
    paragraphs = [(p.style.name, " ".join(p.text.split())) for p in document.paragraphs]
    tables = [
        [[" ".join(c.text.split()) for c in row.cells] for row in t.rows] for t in document.tables
    ]
    header = document.sections[0].header.paragraphs[0].text
    footer = document.sections[0].footer.paragraphs[0].text
    return paragraphs, tables, header, footer


def html_tables(text: str) -> list[list[list[str]]]:
    """Rows of cell texts of every data table of the page (a small second parser)."""
    import html.parser

    class Tables(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.tables: list[list[list[str]]] = []
            self.cell: list[str] | None = None

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                self.tables.append([])
            elif tag == "tr" and self.tables:
                self.tables[-1].append([])
            elif tag in ("td", "th") and self.tables:
                self.cell = []

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.cell is not None:
                self.tables[-1][-1].append(" ".join("".join(self.cell).split()))
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell.append(data)

    parser = Tables()
    parser.feed(text)
    return parser.tables


def test_docx_carries_what_the_html_shows(series):
    folder = series["issue2_first"]
    paragraphs, tables, header, footer = docx_content(folder / "briefing.docx")
    html = (folder / "briefing.html").read_text()
    page = Page(html)
    assert header == footer == "UNCLASSIFIED"
    headings = [t for style, t in paragraphs if style == "Heading 1"]
    html_h2 = [t for tag, t in page.headings if tag == "h2" and t != "Contents"]
    assert [h for h in html_h2 if h in headings] == html_h2
    text = "\n".join(t for _, t in paragraphs)
    for kj in series["issue2_json"]["key_judgments"]:
        assert " ".join(kj["text"].split()) in text
        assert " ".join(f"[{e}]" for e in kj["evidence"]) in text
    assert "[Analyst] More than 11,000" in text
    # every HTML data table is a Word table with the same cells (citations as [S1.2])
    for rows in html_tables(html):
        assert rows in tables
    assert any("S2.1" in t for _, t in paragraphs if "11,500" in t)  # appendix


def test_csv_tables_hold_all_rows_in_the_html_order(series):
    folder = series["issue2_first"]
    data = load(folder)
    html = (folder / "briefing.html").read_text()
    tables = html_tables(html)

    def read(name: str) -> list[dict[str, str]]:
        with open(folder / name, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    sentences = read("sentences.csv")
    assert [r["id"] for r in sentences] == [s["id"] for s in data["sentences"]]
    assert [r["anchor"] for r in sentences] == [s["anchor"] for s in data["sentences"]]
    assert len(read("corroboration.csv")) == len(data["corroboration"])
    claims = read("claims.csv")
    assert len(claims) == len(data["claims"])
    html_claims = next(t for t in tables if t and t[0][:2] == ["Quantity", "Counts"])
    assert [r[0] for r in html_claims[1:]] == [
        c["quantity"] for c in claims[: len(html_claims) - 1]
    ]
    entities = read("entities.csv")
    assert len(entities) == len(data["entities"])
    html_entities = next(t for t in tables if t and t[0][:2] == ["Name", "Type"])
    assert [r[0] for r in html_entities[1:]] == [
        e["name"] for e in entities[: len(html_entities) - 1]
    ]
