"""A weekly series through `briefbook run`: windows, changes since the last issue, index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from builders import ROOT, run_cli

pytestmark = pytest.mark.e2e
WEEKLY = ROOT / "tests" / "fixtures" / "series" / "weekly"
PARAMS = """\
title: DPRK forces in the Kursk fighting
series: kursk-weekly
slug: kursk
window: 7d
formats: [html]
sources:
  - incoming/
  - path: official/treasury-dprk-troops-russia-sanctions-2024-12.txt
    reliability: A
    published: 2024-12-16
  - path: official/whitehouse-statement-russia-christmas-aerial-attack-2024-12.txt
    reliability: A
    published: 2024-12-25
"""


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    work = tmp_path_factory.mktemp("series")
    (work / "incoming").mkdir()
    (work / "official").mkdir()
    for path in sorted(WEEKLY.glob("*.txt")):
        folder = "official" if path.name.startswith(("treasury", "whitehouse")) else "incoming"
        shutil.copy(path, work / folder / path.name)
    (work / "weekly.yaml").write_text(PARAMS)
    folders = []
    for date in ("2024-12-14", "2024-12-21", "2024-12-28"):
        result = run_cli("run", "weekly.yaml", "-p", f"date={date}", cwd=work)
        assert result.returncode == 0, result.stderr
        folders.append(Path(result.stdout.strip().splitlines()[-1]))
    return work, folders


def load(folder: Path, name: str) -> dict:
    return json.loads((folder / name).read_text())


def kept_titles(folder: Path) -> list[str]:
    return [s["title"] for s in load(folder, "assessment.json")["sources"]]


def test_each_issue_keeps_only_its_window(series):
    _, (first, second, third) = series
    assert kept_titles(first) == ["Frontline Bulletin: North Korean Units Enter Combat in Kursk"]
    assert len(kept_titles(second)) == 3  # Treasury 12-16, bulletin 12-20, wire repost 12-21
    assert any("Losses Mount" in t for t in kept_titles(second))
    assert len(kept_titles(third)) == 2  # White House 12-25, energy monitor 12-27
    manifest = load(first, "manifest.json")
    reasons = {Path(e["path"]).name: e["reason"] for e in manifest["excluded_sources"]}
    assert "before the window" in reasons["frontline-bulletin-2024-12-02.txt"]
    assert "after the window" in reasons["treasury-dprk-troops-russia-sanctions-2024-12.txt"]
    assert [s["id"] for s in load(second, "assessment.json")["sources"]] == ["S1", "S2", "S3"]


def test_changes_against_previous_issue(series):
    _, (first, second, third) = series
    assert load(first, "assessment.json")["changes"]["first_issue"] is True
    changes = load(second, "assessment.json")["changes"]
    assert changes["previous_date"] == "2024-12-14"
    numbers = json.dumps(changes["changed_numbers"])
    assert "200" in numbers and "300" in numbers
    assert changes["new_sources"]
    html = (second / "briefing.html").read_text()
    assert "Changes since 2024-12-14" in html
    assert load(third, "assessment.json")["changes"]["previous_date"] == "2024-12-21"


def test_repost_counts_once(series):
    _, (_, second, _) = series
    rows = load(second, "assessment.json")["corroboration"]
    killed = [
        r for r in rows if r.get("event") == "killed" and "300" in json.dumps(r["quantities"])
    ]
    assert killed and all(r["status"] == "unmatched" for r in killed)


def test_index_lists_issues_newest_first(series):
    work, folders = series
    index = (work / "reports" / "kursk-weekly" / "index.html").read_text()
    positions = [index.index(f"{folder.name}/briefing.html") for folder in reversed(folders)]
    assert positions == sorted(positions)
    assert "http" not in index.split("<body", 1)[1].replace("http-equiv", "")
