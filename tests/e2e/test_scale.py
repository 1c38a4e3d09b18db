"""Linear cost through the CLI: a folder of many short reports and one long source finish
under a generous timeout and an address-space cap (``builders.bounded_cli``), so a path
that turns quadratic again fails the test (TimeoutExpired, MemoryError) instead of hanging
it. No wall-clock assertion: the timeout is many times what the linear engine needs.
Invented reports only."""

from __future__ import annotations

import json
import random

import pytest

from builders import bounded_cli

pytestmark = pytest.mark.e2e

PLACES = ["Norvik", "Alda", "Brennhal", "Calderon", "Dunmore", "Estravik", "Falkenried"]
PEOPLE = ["General Ivo Marek", "Minister Lena Kowal", "Colonel Petr Basso"]


def _sentence(rng: random.Random) -> str:
    place, person = rng.choice(PLACES), rng.choice(PEOPLE)
    return rng.choice(
        [
            f"{person} said {rng.randint(2, 300)} soldiers were killed near {place}.",
            f"About {rng.randint(2, 90)} drones struck the depot in {place} overnight.",
            f"The council of {place} will likely ask for aid after {person} visits.",
            f"Officials in {place} reported that {rng.randint(1, 40)} trains left on Monday.",
        ]
    )


def test_a_folder_of_many_short_reports_finishes_bounded(tmp_path) -> None:
    rng = random.Random(5)
    folder = tmp_path / "reports"
    folder.mkdir()
    files = 300
    for k in range(files):
        body = " ".join(_sentence(rng) for _ in range(3 + k % 3))
        (folder / f"r{k:04d}.txt").write_text(f"Report {k}\n\n{body}\n")
    result = bounded_cli(
        "assess", "reports", "--json", "out.json", cwd=tmp_path, memory_mb=3000, timeout=1500
    )
    assert result.returncode == 0, result.stderr[-500:]
    data = json.loads((tmp_path / "out.json").read_text())
    assert len(data["sources"]) == files
    assert data["corroboration"] and data["key_judgments"]


def test_one_source_of_many_sentences_finishes_bounded(tmp_path) -> None:
    rng = random.Random(6)
    sentences = 6_000
    paragraphs = [" ".join(_sentence(rng) for _ in range(6)) for _ in range(sentences // 6)]
    (tmp_path / "long.txt").write_text("A long report\n\n" + "\n\n".join(paragraphs) + "\n")
    (tmp_path / "p.yaml").write_text(
        "title: Long\nsources: [long.txt]\nformats: []\n"
        f"limits: {{source_sentences: {sentences + 10}}}\n"
    )
    result = bounded_cli("run", "p.yaml", cwd=tmp_path, memory_mb=3000, timeout=1500)
    assert result.returncode == 0, result.stderr[-500:]
    # a progress line per stage, each with its time
    for stage in ("ingest", "analyse", "execute"):
        assert f"] {stage} done in " in result.stderr, stage
    assessment = next(tmp_path.glob("reports/*/*/assessment.json"))
    data = json.loads(assessment.read_text())
    assert len(data["sentences"]) >= sentences
