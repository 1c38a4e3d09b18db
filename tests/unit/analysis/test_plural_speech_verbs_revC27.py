"""The plural present of a second clause's speech verb (round revC27; invented sentences):
"while the rebels claim that 70 soldiers died" gives the 70 to the rebels, as "claims" does
for one speaker (round claims27)."""

from __future__ import annotations

import pytest

from briefbook.analysis.pipeline import analyse
from briefbook.ingest import read_document


def _doc(tmp_path, body: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text("Clashes in the border district\n\n" + body + "\n", encoding="utf-8")
    return [(c.text, c.attributed_to) for c in analyse([read_document(path, "S1")]).claims]


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            "The ministry said 12 soldiers were killed, while the rebels claim that 70 "
            "soldiers died.",
            "70 soldiers",
            "rebels",
        ),
        (
            "While the army reports 18 dead, local officials declare that 40 people were killed.",
            "40 people",
            "local officials",
        ),
        (
            "While the government reports 120 arrests, activists maintain that 600 people "
            "were detained.",
            "600 people",
            "activists",
        ),
        (
            "The opposition says 400 people were arrested, while the police insist that 90 "
            "were held.",
            "90",
            "police",
        ),
    ],
)
def test_a_plural_speaker_of_a_second_clause_tells_its_figure(
    tmp_path, text: str, figure: str, speaker: str
) -> None:
    found = _doc(tmp_path, text)
    assert any(t == figure and (who or "").endswith(speaker) for t, who in found), found


def test_near_miss_a_claim_as_a_noun_names_no_second_speaker(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "The ministry said 12 soldiers were killed, but the claim was denied by the rebels.",
    )
    assert ("12 soldiers", "ministry") in found, found


def test_near_miss_a_while_clause_without_speech_keeps_the_one_speaker(tmp_path) -> None:
    found = _doc(
        tmp_path, "The ministry said 12 soldiers were killed while the talks continued in Velm."
    )
    assert ("12 soldiers", "ministry") in found, found
