"""Drafting against a stub chat server on 127.0.0.1: only checked sentences reach the
assessment, every prompt, reply and reason is kept, a failing model changes nothing."""

from __future__ import annotations

import copy
import json

import pytest

from briefbook.config.drafting import DraftingSettings
from briefbook.contract import validate_assessment
from briefbook.drafting import (
    DraftOutcome,
    Replay,
    draft_assessment,
    make_backend,
    read_drafts,
    write_drafts,
)
from builders import StubChatServer, crafted_reply, fixture_assessment


def backend_for(server: StubChatServer, **kw):
    return make_backend(
        DraftingSettings(backend="openai", endpoint=server.endpoint, model="stub", **kw)
    )


def all_statements(assessment):
    found = [st for sec in assessment.sections for st in sec.statements]
    return found + assessment.key_judgments + assessment.indicators


@pytest.fixture(scope="module")
def drafted():
    assessment = fixture_assessment()
    with StubChatServer(crafted_reply) as server:
        outcome = draft_assessment(assessment, backend_for(server, seed=7))
    return assessment, outcome, server


def test_only_supported_sentences_reach_the_assessment(drafted):
    assessment, outcome, _ = drafted
    shown = [st for st in all_statements(assessment) if st.drafted]
    assert shown, "the supported lines should be kept"
    assert outcome.status == "partial"  # the indicators reply was not text
    for st in shown:
        assert "987654" not in st.text
        assert "Venezuela" not in st.text
        assert "S99.1" not in st.evidence
        assert not (st.likelihood and st.confidence)
    # two supported lines per answered part, none from the indicators part
    answered = [r for r in outcome.records if r["response"] is not None]
    assert len(shown) == 2 * len(answered) == outcome.accepted
    assert not any(st.drafted for st in assessment.indicators)
    assert validate_assessment(assessment.to_dict()) == []


def test_every_rejected_line_is_recorded_with_its_reason(drafted):
    _, outcome, _ = drafted
    reasons = [
        "; ".join(line["reasons"])
        for r in outcome.records
        for line in r["lines"]
        if not line["accepted"]
    ]
    assert outcome.rejected == len(reasons)
    for kind in (
        "number '987654' not in",
        "'Venezuela' not in",
        "citation outside the evidence: S99.1",
        "no citation",
        "a likelihood and a confidence in the same sentence",
    ):
        answered = sum(1 for r in outcome.records if r["response"] is not None)
        assert sum(kind in r for r in reasons) == answered, kind
    indicators = next(r for r in outcome.records if r["part"] == "indicators")
    assert indicators["error"] == "the reply's content is not text"
    assert "indicators" in outcome.warning


def test_the_model_sees_only_the_offered_sentences_at_temperature_zero(drafted):
    assessment, outcome, server = drafted
    assert len(server.requests) == len(outcome.records)
    for body, record in zip(server.requests, outcome.records, strict=True):
        assert body["temperature"] == 0 and body["seed"] == 7
        assert body["messages"][1]["content"] == record["prompt"]
        prompt_ids = {i for i in record["offered"]}
        assert prompt_ids and all(f"[{i}]" in record["prompt"] for i in prompt_ids)
        others = {s.id for s in fixture_assessment().sentences} - prompt_ids
        assert not any(f"[{i}]" in record["prompt"] for i in others)


def test_key_judgments_carry_a_confidence(drafted):
    assessment, _, _ = drafted
    drafted_kjs = [st for st in assessment.key_judgments if st.drafted]
    assert drafted_kjs and all(st.confidence == "moderate" for st in drafted_kjs)
    assert len(assessment.key_judgments) <= 5


def test_saved_drafts_replay_to_the_same_assessment(drafted, tmp_path):
    assessment, outcome, _ = drafted
    path = write_drafts(tmp_path / "drafts.jsonl", outcome.records)
    again = fixture_assessment()
    replayed = draft_assessment(again, Replay(read_drafts(path)))
    assert again.to_json() == assessment.to_json()
    write_drafts(tmp_path / "again.jsonl", replayed.records)
    assert (tmp_path / "again.jsonl").read_bytes() == path.read_bytes()


def test_server_down_leaves_the_assessment_extractive():
    assessment = fixture_assessment()
    before = assessment.to_json()
    with StubChatServer(crafted_reply) as server:
        backend = backend_for(server)
    outcome = draft_assessment(assessment, backend)  # the server is shut down now
    assert isinstance(outcome, DraftOutcome) and outcome.status == "failed"
    assert outcome.warning.startswith("drafting failed (cannot reach")
    assert "\n" not in outcome.warning
    assert assessment.to_json() == before


def test_a_timeout_is_a_failure_not_a_hang():
    import time

    def slow(system, prompt):
        time.sleep(2)
        return "late [S1.1]"

    assessment = fixture_assessment()
    before = assessment.to_json()
    with StubChatServer(slow) as server:
        outcome = draft_assessment(assessment, backend_for(server, timeout_s=0.3))
    assert outcome.status == "failed" and "did not answer within 0.3 s" in outcome.errors[0]
    assert assessment.to_json() == before


@pytest.mark.parametrize(
    "raw", [b"\x89PNG\r\n\x1a\n\x00\x00", b'{"choices": []}', b'{"choices": [{"message": {}}]}']
)
def test_malformed_replies_keep_the_part_extractive(raw):
    assessment = fixture_assessment()
    before = copy.deepcopy(assessment)
    with StubChatServer(lambda s, p: raw) as server:
        outcome = draft_assessment(assessment, backend_for(server))
    assert outcome.status == "partial" and outcome.accepted == 0
    assert assessment.to_json() == before.to_json()
    assert all(r["error"] for r in outcome.records)


def test_the_api_key_is_sent_but_written_nowhere(monkeypatch, tmp_path):
    monkeypatch.setenv("STUB_KEY", "sk-secret-123")
    assessment = fixture_assessment()
    with StubChatServer(crafted_reply) as server:
        outcome = draft_assessment(assessment, backend_for(server, api_key_env="STUB_KEY"))
    assert server.requests[0]["authorization"] == "Bearer sk-secret-123"
    path = write_drafts(tmp_path / "drafts.jsonl", outcome.records)
    assert "sk-secret-123" not in path.read_text()
    assert "sk-secret-123" not in assessment.to_json()
    assert "sk-secret-123" not in json.dumps(outcome.manifest())


def test_issues_are_compared_without_drafts(drafted):
    from briefbook.drafting import without_drafts

    assessment, _, _ = drafted
    plain = without_drafts(assessment)
    assert not any(st.drafted for st in all_statements(plain))
    assert any(st.drafted for st in all_statements(assessment))  # the original is untouched
    engine = [st.text for st in all_statements(assessment) if not st.drafted]
    assert [st.text for st in all_statements(plain)] == engine
