"""The drafting checker on invented sentences, and on the labelled set of benchmarks/."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefbook.drafting.check import check_line, parse_line, reply_lines
from builders import ROOT

OFFERED = {
    "S1.1": "The Northland ministry said 4,250 volunteers reached Port Arlen on March 3, 2031.",
    "S1.2": "Convoys from Eastmarch carried fuel and spare parts to the Arlen garrison.",
    "S1.3": "The ministry did not say how long the volunteers would stay.",
}


@pytest.mark.parametrize(
    "line, text, ids",
    [
        ("Arlen is held [S1.1]", "Arlen is held.", ["S1.1"]),
        ("- Arlen is held. [S1.1, S1.2].", "Arlen is held.", ["S1.1", "S1.2"]),
        ("2. Arlen is held (S1.1; S1.2)", "Arlen is held.", ["S1.1", "S1.2"]),
        ("Arlen is held.", "Arlen is held.", []),
        ("Arlen [S1.1] is held.", "Arlen [S1.1] is held.", []),
    ],
)
def test_parse_line(line, text, ids):
    assert parse_line(line) == (text, ids)


def test_reply_lines_skip_blanks_and_fences():
    assert reply_lines("```\nA [S1.1]\n\n  B [S1.2]  \n```") == ["A [S1.1]", "B [S1.2]"]


def test_a_supported_interpretation_passes():
    v = check_line(
        "More than 4,000 volunteers reaching Port Arlen points to a lasting "
        "commitment to the garrison [S1.1, S1.2]",
        OFFERED,
    )
    assert v.accepted, v.reasons
    assert v.evidence == ["S1.1", "S1.2"] and v.text.endswith("garrison.")


@pytest.mark.parametrize(
    "line, reason",
    [
        (
            "Some 9,000 Northland volunteers reached Port Arlen, a lasting commitment [S1.1]",
            "number",
        ),
        ("Northland volunteers reached Port Arlen in April, a lasting commitment [S1.1]", "April"),
        ("Northland volunteers trained by Westvale reached Port Arlen [S1.1]", "Westvale"),
        (
            "Northland volunteers reached Port Arlen, a lasting commitment [S1.4]",
            "citation outside the evidence: S1.4",
        ),
        ("Northland volunteers reached Port Arlen, a lasting commitment.", "no citation"),
        ("Convoys from Eastmarch did not carry fuel to the Arlen garrison [S1.2]", "negation"),
        (
            "Convoys from Eastmarch will probably keep supplying the Arlen garrison [S1.2]",
            "not an ICD 203",
        ),
        (
            "We assess with high confidence that convoys from Eastmarch will likely keep "
            "supplying the Arlen garrison [S1.2]",
            "likelihood and a confidence",
        ),
    ],
)
def test_unsupported_lines_are_rejected_with_a_reason(line, reason):
    v = check_line(line, OFFERED)
    assert not v.accepted
    assert any(reason in r for r in v.reasons), v.reasons


def test_a_sentence_may_open_with_a_capital_article():
    v = check_line("A convoy from Eastmarch carried fuel to the Arlen garrison [S1.2]", OFFERED)
    assert v.accepted, v.reasons


def test_key_judgments_need_a_term_or_a_confidence():
    line = "Convoys from Eastmarch will keep supplying the Arlen garrison [S1.2]"
    assert "key judgment without" in "; ".join(check_line(line, OFFERED, judgment=True).reasons)
    v = check_line(line.replace("will keep", "will likely keep"), OFFERED, judgment=True)
    assert v.accepted and v.likelihood == "likely" and v.confidence is None
    v = check_line("We assess with low confidence that c" + line[1:], OFFERED, judgment=True)
    assert v.accepted and v.confidence == "low" and v.likelihood is None


def test_an_unrelated_sentence_fails_on_support():
    v = check_line("Bread prices in the capital rose sharply over the winter [S1.1]", OFFERED)
    assert not v.accepted and any(r.startswith("support ") for r in v.reasons)


@pytest.mark.corpus
def test_labelled_set_meets_the_bar(shared_dir):
    """benchmarks/eval_drafts.py on the labelled drafts: >= 95% of the unsupported rejected
    and >= 80% of the supported kept, on the held-out half and on all."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "eval_drafts.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    import re

    for name in ("held-out (even items)", "all items"):
        m = re.search(
            rf"{re.escape(name)}: unsupported rejected ([\d.]+)% of \d+, supported kept ([\d.]+)%",
            out,
        )
        assert m, out
        assert float(m.group(1)) >= 95.0 and float(m.group(2)) >= 80.0, out
