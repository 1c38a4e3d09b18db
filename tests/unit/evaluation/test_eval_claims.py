"""Scoring claims against gold (briefbook.evaluation.claims)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefbook.evaluation.claims import evaluate_claims, score_claims, split_files, split_rounds


def _gold() -> dict:
    return {
        "a.txt": {
            "claims": [
                {
                    "id": "S1.1",
                    "text": "Rebels fired 12 rockets.",
                    "low": 12,
                    "high": 12,
                    "event": "launched",
                    "attributed_to": None,
                    "quantity_as_stated": "12",
                },
                {
                    "id": "S1.2",
                    "text": "About 40 homes burned, the mayor said.",
                    "low": 36,
                    "high": 44,
                    "event": "destroyed",
                    "attributed_to": "the mayor",
                    "quantity_as_stated": "About 40",
                },
            ],
            "must_not_claim": [{"id": "S1.3", "text": "In 2019 it rained.", "number": "2019"}],
        }
    }


def test_score_counts_matches_events_originators_and_must_not() -> None:
    predicted = {
        "a.txt": [
            {
                "sentence": "Rebels fired 12 rockets.",
                "low": 12,
                "high": 12,
                "event": "launched",
                "originator": None,
                "text": "12 rockets",
            },
            {
                "sentence": "About 40 homes burned, the mayor said.",
                "low": 36,
                "high": 44,
                "event": "other",
                "originator": "mayor",
                "text": "About 40 homes",
            },
            {
                "sentence": "In 2019 it rained.",
                "low": 2019,
                "high": 2019,
                "event": "other",
                "originator": None,
                "text": "2019",
            },
        ]
    }
    s = score_claims(_gold(), predicted)
    assert (s.gold, s.matched, s.predicted) == (2, 2, 3)
    assert s.event_right == 1 and s.originator_right == 2
    assert s.must_not_hits == 1
    assert s.recall == 1.0 and s.precision == pytest.approx(2 / 3)


def test_wrong_interval_is_a_miss() -> None:
    predicted = {
        "a.txt": [
            {
                "sentence": "Rebels fired 12 rockets.",
                "low": 13,
                "high": None,
                "event": "launched",
                "originator": None,
                "text": "12",
            }
        ]
    }
    s = score_claims(_gold(), predicted)
    assert s.matched == 0 and len(s.misses) == 2


def test_split_is_fixed_by_name_hash() -> None:
    names = [f"n{i}.txt" for i in range(13)]
    dev, held = split_files(names)
    assert len(held) == 4 and len(dev) == 9
    assert split_files(list(reversed(names))) == (dev, held)


def test_rounds_hold_out_the_next_four_and_tune_on_the_rest() -> None:
    names = [f"n{i}.txt" for i in range(13)]
    tuning, held, old = split_rounds(names)
    dev1, held1 = split_files(names)
    assert old == held1 and len(held) == 4 and not set(held) & set(held1)
    assert set(held) <= set(dev1)
    assert sorted(tuning + held) == sorted(names) and set(old) <= set(tuning)
    assert split_rounds(list(reversed(names))) == (tuning, held, old)


def test_score_lists_wrong_events_and_originators() -> None:
    predicted = {
        "a.txt": [
            {
                "sentence": "About 40 homes burned, the mayor said.",
                "low": 36,
                "high": 44,
                "event": "other",
                "originator": "the governor",
                "text": "About 40 homes",
            }
        ]
    }
    s = score_claims(_gold(), predicted)
    assert s.wrong_event == [("a.txt", "S1.2", "About 40", "other", "destroyed")]
    assert s.wrong_originator == [("a.txt", "S1.2", "About 40", "the governor", "the mayor")]


@pytest.mark.corpus
def test_engine_on_the_labelled_corpus(shared_dir: Path) -> None:
    report = evaluate_claims(shared_dir / "corpus" / "labels" / "claims.json")
    assert report.pooled.gold >= 140
    assert report.pooled.recall >= 0.85
    assert report.pooled.precision >= 0.85


def test_an_outside_set_is_scored_whole_as_held_out_and_its_errors_never_listed(
    tmp_path: Path,
) -> None:
    """``unseen=True``: a fresh set annotated by the same guide, kept outside the repository,
    is one held-out group; its misses are not printed even with ``verbose``."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(
        "Drones over Vendra\n\nAir defences shot down 14 drones over Vendra, the mayor said. "
        "The mayor said it was quiet.\n",
        encoding="utf-8",
    )
    sentence = "Air defences shot down 14 drones over Vendra, the mayor said."
    gold = {
        "news/a.txt": {
            "claims": [
                {
                    "id": "S1.1",
                    "text": sentence,
                    "quantity_as_stated": "14",
                    "low": 14,
                    "high": 14,
                    "counts": "drones",
                    "event": "intercepted",
                    "attributed_to": "the mayor",
                    "note": None,
                },
                {
                    "id": "S1.1",
                    "text": sentence,
                    "quantity_as_stated": "7",
                    "low": 7,
                    "high": 7,
                    "counts": "an invented miss",
                    "event": "other",
                    "attributed_to": None,
                    "note": None,
                },
            ],
            "must_not_claim": [],
        }
    }
    labels = tmp_path / "labels" / "claims.json"
    labels.parent.mkdir()
    labels.write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_claims(labels, tmp_path, unseen=True)
    assert (report.pooled.gold, report.pooled.matched) == (2, 1)
    assert report.held_out.recall == report.pooled.recall == 0.5
    text = report.format(verbose=True)
    assert "held-out  recall 0.500" in text and "miss" not in text


def test_a_space_before_a_closing_mark_is_folded() -> None:
    gold = {
        "a.txt": {
            "claims": [
                {
                    "id": "S1.1",
                    "text": "Police seized 12 rifles, the minister wrote .",
                    "low": 12,
                    "high": 12,
                    "event": "captured",
                    "attributed_to": "the minister",
                    "quantity_as_stated": "12",
                }
            ],
            "must_not_claim": [],
        }
    }
    predicted = {
        "a.txt": [
            {
                "sentence": "Police seized 12 rifles, the minister wrote.",
                "low": 12,
                "high": 12,
                "event": "captured",
                "originator": "minister",
                "text": "12 rifles",
            }
        ]
    }
    assert score_claims(gold, predicted).matched == 1
    # another sentence is still another sentence
    predicted["a.txt"][0]["sentence"] = "Police seized 12 rifles, the mayor wrote."
    assert score_claims(gold, predicted).matched == 0
