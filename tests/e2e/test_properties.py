"""Property tests: the engine survives arbitrary text and keeps its citations sound."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefbook.assessment.build import assess_documents
from briefbook.ingest import load_documents

WORDS = st.sampled_from(
    [
        "Russia",
        "Ukraine",
        "troops",
        "may",
        "could",
        "likely",
        "sanctions",
        "drones",
        "front",
        "said",
        "will",
        "monitor",
        "the",
        "a",
        "of",
        "in",
        "2024",
        "1,000",
        "Kyiv",
        "Moscow",
        "North",
        "Korea",
        "allies",
        "missile",
        "strike",
        "warned",
        "unlikely",
        "expand",
    ]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=25).map(lambda ws: " ".join(ws) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)
PROSE = st.lists(PARAGRAPH, min_size=1, max_size=8).map("\n\n".join)
TEXT = st.one_of(PROSE, st.text(min_size=1, max_size=400).filter(lambda t: t.strip()))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(TEXT, min_size=1, max_size=3))
def test_assess_arbitrary_text(texts):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"source-{i}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        try:
            documents = load_documents(paths)
        except Exception as exc:  # the ingester may refuse a source with no usable text
            from briefbook.errors import SourceError

            assert isinstance(exc, SourceError)
            return
        assessment = assess_documents(documents)
    ids = [s.id for s in assessment.sentences]
    assert len(ids) == len(set(ids))
    known = set(ids)
    statements = [x for sec in assessment.sections for x in sec.statements]
    for statement in statements + assessment.key_judgments + assessment.indicators:
        assert statement.evidence and set(statement.evidence) <= known
    assert len(assessment.key_judgments) <= 5
