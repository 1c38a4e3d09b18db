"""Drafted statements are marked, and the method note says who drafted and where."""

from __future__ import annotations

import copy

from briefbook.model import Statement
from briefbook.presentation.parts import bluf_part, method_part
from briefbook.presentation.show import render_part_html
from builders import fixture_briefing


def drafting_meta(**kw):
    meta = {
        "backend": "openai",
        "model": "qwen-7b",
        "host": "127.0.0.1",
        "remote": False,
        "status": "ok",
        "accepted": 3,
        "rejected": 2,
    }
    return meta | kw


def test_a_drafted_statement_is_marked_and_an_extractive_one_is_not():
    b = fixture_briefing()
    first = b.assessment.key_judgments[0]
    drafted = Statement(
        text="Invented <b>interpretation</b> of the first judgment.",
        evidence=list(first.evidence),
        confidence="moderate",
        drafted=True,
    )
    b.assessment.key_judgments = [drafted, *b.assessment.key_judgments[1:]]
    html = render_part_html(bluf_part(b))
    assert html.count('class="drafted-mark"') == 1
    assert "&lt;b&gt;interpretation&lt;/b&gt;" in html  # text stays data
    assert html.index("drafted-mark") < html.index("Invented")


def test_method_note_names_backend_model_and_host():
    b = fixture_briefing()
    b.assessment.meta["drafting"] = drafting_meta()
    html = render_part_html(method_part(b))
    assert "qwen-7b (openai backend, host 127.0.0.1)" in html
    assert "3 drafted sentences passed and 2 were rejected" in html
    assert "ran on this machine" in html


def test_method_note_says_where_text_was_sent():
    b = fixture_briefing()
    b.assessment.meta["drafting"] = drafting_meta(host="llm.example.org", remote=True)
    html = render_part_html(method_part(b))
    assert "were sent to llm.example.org, outside this machine" in html


def test_no_drafting_no_note_and_a_failed_one_says_so():
    b = fixture_briefing()
    assert "drafting-note" not in render_part_html(method_part(b))
    failed = copy.deepcopy(b)
    failed.assessment.meta["drafting"] = drafting_meta(status="failed", accepted=0)
    html = render_part_html(method_part(failed))
    assert "failed; every statement here is extractive" in html
