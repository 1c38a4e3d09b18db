"""The name typer (issue 12): its weights load and are checked, its build is deterministic,
and invented sentences with names that have no cue are typed by the model alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefbook.analysis.name_typer import (
    CLASSES,
    NameTyperError,
    candidates,
    load_name_typer,
    shipped_name_typer,
)
from briefbook.analysis.pipeline import analyse
from briefbook.ingest import load_documents

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus"
WEIGHTS = ROOT / "src" / "briefbook" / "data" / "models" / "name_typer.npz"


def test_the_shipped_weights_load_with_their_thresholds():
    typer = shipped_name_typer()
    assert typer.coef.shape[0] == len(CLASSES)
    assert set(typer.thresholds) == {"person", "place"}
    assert all(0.5 < v <= 1.0 for v in typer.thresholds.values())
    assert typer.meta["inputs"]["gold"]  # the training gold's sha256 is recorded


def test_weights_that_were_edited_or_are_missing_raise(tmp_path):
    with np.load(WEIGHTS) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["intercept"] = arrays["intercept"] + 1.0
    edited = tmp_path / "edited.npz"
    np.savez(edited, **arrays)
    with pytest.raises(NameTyperError, match="sha256"):
        load_name_typer(edited)
    with pytest.raises(NameTyperError):
        load_name_typer(tmp_path / "missing.npz")
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(WEIGHTS.read_bytes()[:1000])
    with pytest.raises(NameTyperError):
        load_name_typer(truncated)


def test_candidates_cut_titles_opening_words_and_possessives():
    typer = shipped_name_typer()
    found = candidates(
        "Police said President Arvo Kessel's convoy reached the Ministry of the Interior.",
        typer.skip,
        typer.opening,
    )
    assert [c.text for c in found] == ["Arvo Kessel", "Ministry of the Interior"]
    assert found[0].before == ("president", "said")
    assert found[0].after == ("convoy", "reached")


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Talvi Roskanen said the talks had failed.", "Talvi Roskanen", "person"),
        ("Ahmed Kalvani told reporters the convoy was hit.", "Ahmed Kalvani", "person"),
        ("Fighting continued near Dhurnavabad on Tuesday.", "Dhurnavabad", "place"),
        ("Troops moved towards Kelvipur overnight.", "Kelvipur", "place"),
        ("Gunmen attacked a checkpoint outside Sarbanpur late on Sunday.", "Sarbanpur", "place"),
        ("Police in Tskhalbani arrested two men.", "Tskhalbani", "place"),
        (
            "The Ministry of the Interior said the curfew would stay.",
            "Ministry of the Interior",
            "organisation",
        ),
        ("Fighting continued near Dhurnavabad on Tuesday.", "Tuesday", "none"),
    ],
)
def test_cue_less_names_are_typed_by_the_model_alone(sentence, name, expected):
    [row] = shipped_name_typer().type_spans([sentence])
    typed = {c.text: cls for c, cls, _ in row}
    assert typed[name] == expected


def test_only_confident_people_and_places_become_spans():
    typer = shipped_name_typer()
    texts = [
        "Talvi Roskanen said the talks had failed.",
        "The Ministry of the Interior said the curfew would stay.",
        "Children and US-based monitors reported India-Pakistan shelling.",
    ]
    spans = typer.spans(texts)
    assert [(texts[0][s:e], label) for s, e, label in spans[0]] == [("Talvi Roskanen", "PERSON")]
    assert spans[1] == []  # an organisation adds nothing
    assert spans[2] == []  # ordinary words, an adjective compound, a pair of countries


def test_analyse_joins_the_typer_by_default_and_not_when_told(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(
        "Clashes in the north\n\nFighting continued near Dhurnavabad on Tuesday, "
        "residents said. Talvi Roskanen said the talks had failed.\n",
        encoding="utf-8",
    )
    typer = shipped_name_typer()
    before = typer.sentences
    on = {(e.name, e.type) for e in analyse(load_documents([path])).entities}
    assert typer.sentences > before  # the typer read the sentences
    seen = typer.sentences
    off = {(e.name, e.type) for e in analyse(load_documents([path]), name_typer=False).entities}
    assert typer.sentences == seen  # the rules alone
    assert ("Talvi Roskanen", "person") in on
    assert on >= off


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_two_builds_give_the_same_bytes(tmp_path):
    outs = [tmp_path / "a.npz", tmp_path / "b.npz"]
    for out in outs:
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "build_name_typer.py"), "--out", str(out)],
            check=True,
            capture_output=True,
        )
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_the_shipped_weights_were_built_from_the_data_lists_of_this_tree():
    # the weights record the sha256 of every list and of the gold they were fitted on; a
    # list edited since (a new place, person or ordinary word) leaves the weights stale:
    # rebuild them with `python tools/build_name_typer.py`
    import hashlib

    inputs = shipped_name_typer().meta["inputs"]
    data = ROOT / "src" / "briefbook" / "data"
    paths = {
        name: ROOT / "tests" / "fixtures" / "eval" / "entities.yaml"
        if name == "gold"
        else data / name
        for name in inputs
    }
    stale = [n for n, p in paths.items() if hashlib.sha256(p.read_bytes()).hexdigest() != inputs[n]]
    assert not stale, f"name typer weights are stale for {stale}: run tools/build_name_typer.py"
