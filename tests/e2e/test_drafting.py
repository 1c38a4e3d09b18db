"""`briefbook run` with drafting on, against a stub chat server on 127.0.0.1: drafted
sentences marked in the briefing, every prompt and reply in drafts.jsonl, --reuse-drafts
renders the same bytes again, and a server that is down costs one warning line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from builders import ROOT, StubChatServer, crafted_reply, run_cli

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    work = tmp_path_factory.mktemp("drafting")
    shutil.copytree(ROOT / "params", work / "params")
    shutil.copytree(ROOT / "sources" / "examples", work / "sources" / "examples")
    return work


def drafting_args(endpoint: str) -> list[str]:
    return [
        "-p",
        "drafting.backend=openai",
        "-p",
        f"drafting.endpoint={endpoint}",
        "-p",
        "drafting.model=stub-model",
        "-p",
        "formats=[html,docx]",
    ]


@pytest.fixture(scope="module")
def drafted_run(work):
    with StubChatServer(crafted_reply) as server:
        result = run_cli(
            "run",
            "params/example.yaml",
            "--output-dir",
            "out",
            *drafting_args(server.endpoint),
            cwd=work,
        )
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1]), result


def test_drafted_sentences_are_marked_and_audited(drafted_run):
    folder, result = drafted_run
    assessment = json.loads((folder / "assessment.json").read_text())
    statements = [st for sec in assessment["sections"] for st in sec["statements"]]
    statements += assessment["key_judgments"] + assessment["indicators"]
    drafted = [st for st in statements if st.get("drafted")]
    assert drafted
    html = (folder / "briefing.html").read_text()
    assert html.count('class="drafted-mark"') == len(drafted)
    assert "stub-model (openai backend, host 127.0.0.1)" in html
    records = [json.loads(line) for line in (folder / "drafts.jsonl").read_text().splitlines()]
    assert {r["part"] for r in records} >= {"key_judgments", "factors"}
    assert all(r["prompt"] and r["system"] for r in records)
    rejected = [ln for r in records for ln in r["lines"] if not ln["accepted"]]
    assert not any(ln["text"] in html for ln in rejected if "987654" in ln["text"])
    assert "987654" not in html and "Venezuela" not in html
    import docx

    paragraphs = [p.text for p in docx.Document(str(folder / "briefing.docx")).paragraphs]
    assert sum(p.count("[Drafted]") for p in paragraphs) == len(drafted)
    assert any("stub-model (openai backend, host 127.0.0.1)" in p for p in paragraphs)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["drafting"]["status"] == "partial"  # indicators: not text
    assert manifest["drafting"]["accepted"] == len(drafted)
    assert manifest["outputs"]["drafts.jsonl"]
    warnings = [ln for ln in result.stderr.splitlines() if "warning" in ln]
    assert len(warnings) == 1 and "indicators" in warnings[0]


def test_reuse_drafts_renders_the_same_bytes(work, drafted_run):
    folder, _ = drafted_run
    shutil.copytree(folder, work / "saved")
    result = run_cli(
        "run",
        "params/example.yaml",
        "--output-dir",
        "again",
        "--reuse-drafts",
        str(work / "saved" / "drafts.jsonl"),
        "-p",
        "formats=[html]",
        cwd=work,
    )
    assert result.returncode == 0, result.stderr
    again = Path(result.stdout.strip().splitlines()[-1])
    for name in ("assessment.json", "briefing.html", "drafts.jsonl"):
        assert (again / name).read_bytes() == (work / "saved" / name).read_bytes(), name


def test_server_down_gives_the_extractive_briefing_and_one_warning(work):
    with StubChatServer(crafted_reply) as server:
        endpoint = server.endpoint
    result = run_cli(
        "run", "params/example.yaml", "--output-dir", "down", *drafting_args(endpoint), cwd=work
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [ln for ln in result.stderr.splitlines() if "warning" in ln]
    assert len(warnings) == 1 and "drafting failed (cannot reach" in warnings[0]
    folder = Path(result.stdout.strip().splitlines()[-1])
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["drafting"]["status"] == "failed"
    assessment = json.loads((folder / "assessment.json").read_text())
    assert not any(st.get("drafted") for sec in assessment["sections"] for st in sec["statements"])
    assert 'class="drafted-mark"' not in (folder / "briefing.html").read_text()
