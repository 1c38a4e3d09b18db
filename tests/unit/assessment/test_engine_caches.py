"""Round speed18: readings cached per sentence answer as the uncached rules did."""

from __future__ import annotations

import numpy as np

from briefbook.analysis import name_typer as nt
from briefbook.analysis.hedges import attribution
from briefbook.assessment.readability import needs_context


def test_short_forms_are_part_of_the_cached_answer() -> None:
    text = "Since 2021, Orlan has led the harbour commission."
    # the document that defined "Orlan" as a short form: the subject needs its definition
    assert needs_context(text, ["Orlan"]) is True
    assert needs_context(text, {"Orlan"}) is True
    # near miss: the same sentence in a document with no such short form reads alone
    assert needs_context(text) is False
    assert needs_context(text, ("Tessaly",)) is False


def test_attribution_asked_twice_gives_one_answer() -> None:
    text = '"The bridge will reopen in May," said Mara Velt.'
    assert attribution(text) == ("Mara Velt", False)
    assert attribution(text) == ("Mara Velt", False)
    assert attribution("The bridge will reopen in May.") == (None, False)


def _unique_rows(cands: list[nt.Candidate]) -> list[tuple[np.ndarray, np.ndarray]]:
    """The sparse rows as np.unique computed them before the round."""
    rows = []
    for c in cands:
        grams, ctx = nt._sparse_keys(c)
        idx, counts = np.unique(np.asarray(grams, dtype=np.int64), return_counts=True)
        vals = counts.astype(np.float32)
        vals /= float(np.linalg.norm(vals)) or 1.0
        cidx = np.unique(np.asarray(ctx, dtype=np.int64)) + nt.NGRAM_BUCKETS
        rows.append(
            (np.concatenate([idx, cidx]), np.concatenate([vals, np.ones(len(cidx), np.float32)]))
        )
    return rows


def test_name_typer_rows_match_the_unique_counts() -> None:
    text = "Anna Anna Annalise Petrov met the Orvan Harbour Authority in Vell-Tarn on Monday."
    cands = nt.candidates(text)
    assert len(cands) >= 2
    rows, _ = nt.features(cands, vectors=np.zeros((len(cands), 256), np.float32))
    for (idx, vals), (want_idx, want_vals) in zip(rows, _unique_rows(cands), strict=True):
        assert idx.dtype == want_idx.dtype and vals.dtype == want_vals.dtype
        assert idx.tobytes() == want_idx.tobytes()
        assert vals.tobytes() == want_vals.tobytes()
