"""A later, higher toll from another origin that tells no rise is a rival count, not a
revision (review round revB15; invented reports): "3 killed", the army said; the next day
"30 killed", the health office said, contradict. The same origin raising its own toll, or a
later report that tells the toll as risen ("rose to 19"), stays a revision."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.corroboration import corroborate
from builders import claims_assessment, dated_reports, originators_of

_FIRST = (
    "2026-03-10",
    "A missile strike on the bus depot in Orvia killed 3 civilians, the army said.",
)


def _killed(tmp_path: Path, later: tuple[str, str]) -> list[dict]:
    docs = dated_reports(tmp_path, [_FIRST, later])
    claims = [
        c
        for d in docs
        for s in d.sentences
        for c in find_claims(
            s.text, s.id, published=d.published, attributed_to=originators_of(s.text)[0]
        )
    ]
    rows = corroborate(claims_assessment(docs, claims))
    return [r for r in rows if r["event"] == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "A missile strike on the bus depot in Orvia killed 30 civilians, the health office said.",
        "The health office said the missile strike on the bus depot in Orvia killed 11 civilians.",
    ],
)
def test_another_origins_higher_count_without_a_rise_contradicts(tmp_path: Path, text: str) -> None:
    (row,) = _killed(tmp_path, ("2026-03-11", text))
    assert row["status"] == "contradicted", row


@pytest.mark.parametrize(
    "text",
    [
        "The number of civilians killed in the missile strike on the bus depot in Orvia rose "
        "to 30, the health office said.",
        "The army said the missile strike on the bus depot in Orvia killed 5 civilians.",
    ],
)
def test_a_told_rise_or_the_same_origin_is_a_revision(tmp_path: Path, text: str) -> None:
    (row,) = _killed(tmp_path, ("2026-03-11", text))
    assert row["status"] == "revised", row
