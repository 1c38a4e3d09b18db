"""The runs of capitalised words of a sentence are found once, though the entity finder asks
for them two or three times (its discovery, the names written with an initial, the full names
of lone surnames); each call gets its own tokens back, and a sentence read with other tokens
(or other text) gets its own runs (invented names and sentences)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from briefbook.analysis import names
from briefbook.analysis.gazetteer import rules
from briefbook.analysis.names import Tok, cap_runs, tokenize
from builders import entities_of

TEXT = (
    "Dela R. Varnik met Osko Talmar of the Kelvo Harbour Authority in Tarnwick on Monday. "
    "Varnik said the Tarnwick Relief Office had opened. Talmar said Dela R. would return."
)


def test_each_sentence_is_read_for_runs_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    seen: Counter = Counter()
    real = names.nickname_tokens  # called once each time the runs are found

    def counted(tokens, text, rules=None):
        seen[text] += 1
        return real(tokens, text, rules)

    monkeypatch.setattr(names, "nickname_tokens", counted)
    found = entities_of(tmp_path, TEXT)
    assert ("person", "Osko Talmar") in found
    assert seen and max(seen.values()) == 1, seen


def test_the_runs_are_the_callers_tokens_and_follow_the_tokens_given():
    text = "Ambassador Kelvo Tarn of the Varn Relief Office spoke."
    first, again = tokenize(text), tokenize(text)
    runs = cap_runs(first, text, rules())
    assert [[t.text for t in run] for run in runs] == [
        ["Ambassador", "Kelvo", "Tarn", "of", "the", "Varn", "Relief", "Office"]
    ]
    repeat = cap_runs(again, text, rules())
    assert all(t is u for t, u in zip(repeat[0], again[:8], strict=True))  # the caller's own
    assert repeat[0] is not runs[0]
    # near miss: the same text with other tokens (a word left out) has runs of its own
    fewer = [t for t in tokenize(text) if t.text != "of"]
    assert [[t.text for t in run] for run in cap_runs(fewer, text, rules())] == [
        ["Ambassador", "Kelvo", "Tarn"],
        ["Varn", "Relief", "Office"],
    ]
    # and other text with the same words' offsets is read again
    lower = "ambassador Kelvo Tarn of the varn relief office spoke."
    assert [[t.text for t in run] for run in cap_runs(tokenize(lower), lower, rules())] == [
        ["Kelvo", "Tarn"]
    ]
    assert isinstance(runs[0][0], Tok)
