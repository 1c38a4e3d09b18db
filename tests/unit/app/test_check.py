"""`briefbook check`: every source listed with its date, grade, sentences and selection."""

from __future__ import annotations

import io

from briefbook.app.check import check_params
from builders import kessel_sources


def run_check(tmp_path, params: str, analyst: str | None = None):
    kessel_sources(tmp_path / "src")
    (tmp_path / "p.yaml").write_text(params)
    if analyst is not None:
        (tmp_path / "a.yaml").write_text(analyst)
    out, err = io.StringIO(), io.StringIO()
    code = check_params(tmp_path / "p.yaml", out=out, err=err)
    return code, out.getvalue(), err.getvalue()


PARAMS = """\
title: Kessel
date: 2025-03-09
window: 7d
sources:
  - path: src/report-a.txt
    grade: C3
  - src/report-b.txt
"""


def test_lists_every_source_and_the_windows_selection(tmp_path):
    code, out, err = run_check(tmp_path, PARAMS)
    assert code == 0 and err == "" and out.rstrip().endswith("ok")
    lines = {line.split()[-1]: line for line in out.splitlines() if line.startswith("  ")}
    a, b = lines["src/report-a.txt"], lines["src/report-b.txt"]
    assert "2025-03-01" in a and "C3" in a and "left out:" in a and "before the window" in a
    assert b.split()[0] == "S1" and "2025-03-08" in b and "selected" in b
    assert "4 sentences" in b


def test_problems_exit_2_with_one_line_each(tmp_path):
    analyst = """\
judgments:
  - id: wrong
    text: Vardia said 400 Norland soldiers were killed.
    cite: [S1.2]
exclude: [a0000000000]
"""
    code, out, err = run_check(tmp_path, PARAMS + "analyst_file: a.yaml\n", analyst)
    assert code == 2
    problems = err.strip().splitlines()
    assert len(problems) == 2
    assert "a0000000000" in problems[0] and "stale" in problems[0]
    assert "'wrong'" in problems[1] and "'400'" in problems[1]
    assert "2 problems" in out
