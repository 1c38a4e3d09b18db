"""``briefbook assess --stale-days``: the stale-source setting of ``briefbook run``'s params
(``stale_days``) on the command that prints the assessment alone, validated by the same
rule (a bad value is one error line and exit 2, before any source is read), and a source
older than it before ``--date`` marked dated (round left23)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefbook.app.cli import main
from briefbook.config.params import MAX_STALE_DAYS
from builders import run_cli

# invented reporting: a fresh note and one six weeks older than the issue date
FRESH = (
    "---\npublished: 2025-03-28\n---\n\n"
    "Ferry crews on the Dorvan lake resumed night crossings this week, the port office said.\n"
)
OLDER = (
    "---\npublished: 2025-02-15\n---\n\n"
    "Gunmen seized two fishing boats near the Dorvan pier, killing three crew members.\n"
)


def _sources(tmp_path: Path) -> None:
    (tmp_path / "fresh.md").write_text(FRESH, encoding="utf-8")
    (tmp_path / "older.md").write_text(OLDER, encoding="utf-8")


@pytest.mark.parametrize("value", ["0", "-5", "ninety", "2.5", "", f"{MAX_STALE_DAYS + 1}"])
def test_a_bad_value_is_one_error_line_and_exit_2(tmp_path, monkeypatch, capsys, value):
    _sources(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main(["assess", "fresh.md", "--date", "2025-04-01", "--stale-days", value])
    err = capsys.readouterr().err
    assert code == 2, err
    errors = [ln for ln in err.splitlines() if ln.startswith("briefbook: error:")]
    assert len(errors) == 1 and "--stale-days" in errors[0], err
    assert f"1 to {MAX_STALE_DAYS:,}" in errors[0]
    assert "Traceback" not in err


def test_the_setting_dates_an_older_source_and_its_near_miss_does_not(tmp_path):
    _sources(tmp_path)
    base = ("assess", "fresh.md", "older.md", "--date", "2025-04-01", "--json", "-")
    shorter = run_cli(*base, "--stale-days", "30", cwd=tmp_path)
    assert shorter.returncode == 0, shorter.stderr
    default = run_cli(*base, cwd=tmp_path)  # 90 days: the older note (45 days) is fresh
    assert default.returncode == 0, default.stderr

    def dated(out: str) -> dict[str, set]:
        data = json.loads(out)
        statements = [s for sec in data["sections"] for s in sec["statements"]]
        by_source: dict[str, set] = {"S1": set(), "S2": set()}
        for s in statements + data["key_judgments"]:
            by_source[s["evidence"][0].split(".")[0]].add(s.get("dated"))
        return by_source

    assert dated(shorter.stdout) == {"S1": {None}, "S2": {"2025-02-15"}}
    assert dated(default.stdout) == {"S1": {None}, "S2": {None}}
