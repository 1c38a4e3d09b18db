"""Sentence-level gold for sections: matching by text, scores, training and CV."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from briefbook.errors import BriefbookError, SourceError
from briefbook.evaluation.section_training import (
    LABELS as GUIDE_LABELS,
)
from briefbook.evaluation.section_training import (
    _class_weights,
    class_offsets,
    cross_validate,
    fit_model,
    learn_offsets,
    load_extra,
    load_labelled,
    paired_difference,
    score_labels,
    shuffle_paragraphs,
)

ROOT = Path(__file__).resolve().parents[3]
PD_SET = ROOT / "tools" / "section_labels_pd.json"
PD_SET_2 = ROOT / "tools" / "section_labels_pd2.json"  # second set, not in the shipped weights
PD_SET_3 = ROOT / "tools" / "section_labels_pd3.json"  # third set, not in the shipped weights

ARTICLES = {
    "a.txt": [
        ["Rebels shelled the airport on Monday, the army said.", "Three soldiers were killed."],
        ["The rebels want to cut the city's supply line because they lack fuel."],
        ["The fighting will probably spread to the south next month."],
        ["John Roe is a senior fellow at the Centre for Defence Studies."],
    ],
    "b.txt": [
        ["Troops seized a bridge on Friday, officials said.", "The mayor fled the town."],
        ["The government acts because it fears losing the port and its revenue."],
        ["Talks could resume next week if the shelling stops."],
        ["Mary Poe is a research fellow at the Institute for Security."],
    ],
    "c.txt": [
        ["Drones hit a depot on Sunday, the governor said.", "Two guards died."],
        ["Rebel leaders seek leverage because they need a ceasefire on their terms."],
        ["The offensive will likely resume in the spring."],
        ["Ann Doe is a senior fellow at the Policy Institute."],
    ],
}
LABELS = ["context", "context", "factors", "outlook", "none"]


@pytest.fixture()
def labelled(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "labels").mkdir(parents=True)
    files = {}
    for name, paragraphs in ARTICLES.items():
        body = "\n\n".join(" ".join(p) for p in paragraphs)
        (corpus / name).write_text(f"Fighting in the north\n\n{body}\n")
        texts = [t for p in paragraphs for t in p]
        files[name] = [
            {"id": f"S1.{i}", "text": t, "label": lab}
            for i, (t, lab) in enumerate(zip(texts, LABELS, strict=True), 1)
        ]
    files["a.txt"][3]["also"] = "battlefield"
    path = corpus / "labels" / "sections.json"
    path.write_text(json.dumps({"labels": [], "files": files}))
    return load_labelled(path)


def test_gold_is_matched_by_text(labelled):
    assert [a.name for a in labelled] == ["a.txt", "b.txt", "c.txt"]
    a = labelled[0]
    assert len(a.document.sentences) == 5
    assert a.gold == LABELS
    assert a.also[3] == "battlefield"
    assert a.vectors.shape == (5, 256)
    assert all(s.heading is None for s in a.document.sentences)


def test_fit_and_cross_validate(labelled):
    model = fit_model(labelled, c=1.0)
    assert set(model.labels) == {"context", "factors", "outlook", "none"}
    assert model.meta["sentences"] == 15 and model.meta["sklearn"]
    cv = cross_validate(labelled, c=1.0)
    assert len(cv.gold) == len(cv.predicted) == len(cv.shuffled) == 15
    # features never depend on where a paragraph stands
    assert cv.shuffled == cv.predicted
    again = cross_validate(labelled, c=1.0)
    assert again.predicted == cv.predicted  # deterministic


def test_shuffle_paragraphs_moves_paragraphs_not_sentences(labelled):
    doc = labelled[0].document
    moved = shuffle_paragraphs(doc, seed=3)
    assert sorted(s.id for s in moved.sentences) == sorted(s.id for s in doc.sentences)
    paras = [s.paragraph for s in moved.sentences]
    assert all(paras.count(p) == sum(1 for q in paras if q == p) for p in paras)


def test_score_labels_strict_and_lenient():
    gold = ["context", "factors", "outlook", "none"]
    pred = ["context", "outlook", "outlook", "none"]
    strict = score_labels(gold, pred)
    rows = {r[0]: r for r in strict.rows}
    assert rows["factors"][3] == 0.0 and rows["outlook"][1] == 0.5
    assert strict.macro_f1 == pytest.approx((1 + 0 + 2 / 3 + 1) / 4)
    lenient = score_labels(gold, pred, also=[None, "outlook", None, None])
    assert lenient.macro_f1 == pytest.approx(1.0)
    assert np.isclose(score_labels(gold, gold).macro_f1, 1.0)


def test_learn_offsets_corrects_an_over_predicted_class():
    # invented log-probs: "battlefield" wins every close call, so half its predictions are wrong
    labels = ("battlefield", "context")
    gold = ["battlefield"] * 4 + ["context"] * 4
    logprob = np.log(
        np.array([[0.9, 0.1], [0.8, 0.2], [0.7, 0.3], [0.6, 0.4]] * 2)  # rows 4-7: context gold
    )
    logprob[4:] = np.log(np.array([[0.55, 0.45], [0.52, 0.48], [0.3, 0.7], [0.2, 0.8]]))
    before = score_labels(gold, [labels[k] for k in np.argmax(logprob, axis=1)]).macro_f1
    off = learn_offsets(gold, logprob, labels)
    after_pred = [labels[k] for k in np.argmax(logprob + [off[k] for k in labels], axis=1)]
    assert score_labels(gold, after_pred).macro_f1 > before
    assert off["battlefield"] < off["context"]
    assert sum(off.values()) == pytest.approx(0.0)


def test_calibrated_fit_records_offsets_in_the_intercept(labelled):
    plain = fit_model(labelled, c=1.0)
    offsets = class_offsets(labelled, c=1.0)
    assert set(offsets) == set(plain.labels)
    tuned = fit_model(labelled, c=1.0, calibrate=True)
    assert tuned.meta["class_offsets"] == {k: round(v, 3) for k, v in offsets.items()}
    np.testing.assert_allclose(
        tuned.intercept - plain.intercept, [offsets[k] for k in plain.labels], atol=1e-9
    )
    np.testing.assert_allclose(tuned.coef, plain.coef)


# an invented training set of the shape of tools/section_labels_pd.json: the only verdicts
EXTRA = {
    "sources": [
        {
            "id": "x1",
            "url": "https://example.gov/a",
            "title": "invented",
            "paragraphs": [
                [
                    {
                        "text": "The army moved two brigades to the river on Tuesday.",
                        "label": "context",
                    },
                    {"text": "In short, the offensive has failed.", "label": "conclusion"},
                ],
                [
                    {
                        "text": "Overall, the campaign was a strategic defeat.",
                        "label": "conclusion",
                        "also": "battlefield",
                    }
                ],
            ],
        }
    ]
}


@pytest.fixture()
def extra(tmp_path):
    path = tmp_path / "extra.json"
    path.write_text(json.dumps(EXTRA))
    return load_extra(path)


def test_extra_set_keeps_its_sentences_and_paragraphs(extra):
    (art,) = extra
    assert [s.text for s in art.document.sentences][1] == "In short, the offensive has failed."
    assert [s.paragraph for s in art.document.sentences] == [0, 0, 1]
    assert art.gold == ["context", "conclusion", "conclusion"]
    assert art.also == [None, None, "battlefield"]
    assert art.vectors.shape == (3, 256)


def test_extra_set_is_trained_on_in_every_fold(labelled, extra):
    model = fit_model(labelled, c=1.0, extra=extra)
    # "conclusion" occurs only in the extra set
    assert "conclusion" in model.labels and model.meta["extra_sentences"] == 3
    assert model.meta["sentences"] == 18
    cv = cross_validate(labelled, c=1.0, extra=extra)
    assert len(cv.gold) == 15  # the extra set is never scored
    assert cv.shuffled == cv.predicted


def test_class_weights_power():
    y = np.array(["a", "a", "a", "b"])
    w = np.ones(4)
    assert _class_weights(y, w, 0.0) == {"a": 1.0, "b": 1.0}
    balanced = _class_weights(y, w, 1.0)
    assert balanced["a"] == pytest.approx(4 / 6) and balanced["b"] == pytest.approx(2.0)
    half = _class_weights(y, w, 0.5)
    assert half["b"] == pytest.approx(2.0**0.5)


def test_bad_extra_file_is_a_source_error(tmp_path):
    with pytest.raises(SourceError):
        load_extra(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"sources": [{"paragraphs": [[{"label": "context"}]]}]}')
    with pytest.raises(SourceError):
        load_extra(bad)


def _well_formed_items(data: dict) -> list[dict]:
    """The labelled items of a public-domain set, after checking each source and item."""
    items = [i for s in data["sources"] for p in s["paragraphs"] for i in p]
    for source in data["sources"]:
        assert source["url"].startswith(("http://", "https://"))
        assert "public domain" in source["status"]
    for item in items:
        assert item["label"] in GUIDE_LABELS and item["text"].strip()
        assert item.get("also", item["label"]) in GUIDE_LABELS
        assert item.get("also") != item["label"]
    return items


def test_shipped_public_domain_set_is_well_formed():
    items = _well_formed_items(json.loads(PD_SET.read_text(encoding="utf-8")))
    assert len(items) >= 300
    counts = {k: sum(i["label"] == k for i in items) for k in GUIDE_LABELS}
    assert min(counts.values()) >= 20, counts


def test_public_domain_sentences_are_unique():
    # the same sentence twice would count twice in training; page boilerplate ("none") may repeat
    data = json.loads(PD_SET.read_text(encoding="utf-8"))
    items = [i for s in data["sources"] for p in s["paragraphs"] for i in p]
    texts = [i["text"].strip() for i in items if i["label"] != "none"]
    assert len(texts) == len(set(texts))
    urls = [s["url"] for s in data["sources"]]
    assert len(urls) == len(set(urls))


def test_second_public_domain_set_is_well_formed_and_adds_only_new_sentences():
    # tools/section_labels_pd2.json: every sentence of each passage labelled, none repeated from
    # tools/section_labels_pd.json (a repeat would count twice when both sets are trained on)
    first = json.loads(PD_SET.read_text(encoding="utf-8"))
    second = json.loads(PD_SET_2.read_text(encoding="utf-8"))
    old = {i["text"].strip() for s in first["sources"] for p in s["paragraphs"] for i in p}
    items = _well_formed_items(second)
    assert len(items) >= 600
    assert {i["label"] for i in items} == set(GUIDE_LABELS)
    texts = [i["text"].strip() for i in items]
    assert len(texts) == len(set(texts))
    assert not old & set(texts)
    ids = [s["id"] for s in first["sources"] + second["sources"]]
    assert len(ids) == len(set(ids))
    assert len(load_extra(PD_SET_2)) == len(second["sources"])


def test_third_public_domain_set_is_well_formed_and_adds_only_new_sentences():
    # tools/section_labels_pd3.json: every sentence of each passage labelled, none repeated from
    # the first two sets, no page used twice (a repeat would count twice when the sets are
    # trained on together)
    earlier = [json.loads(p.read_text(encoding="utf-8")) for p in (PD_SET, PD_SET_2)]
    third = json.loads(PD_SET_3.read_text(encoding="utf-8"))
    old = {
        i["text"].strip() for d in earlier for s in d["sources"] for p in s["paragraphs"] for i in p
    }
    items = _well_formed_items(third)
    assert len(items) >= 600
    assert {i["label"] for i in items} == set(GUIDE_LABELS)
    texts = [i["text"].strip() for i in items]
    assert len(texts) == len(set(texts))
    assert not old & set(texts)
    urls = [s["url"] for s in third["sources"]]
    assert len(urls) == len(set(urls))
    assert not set(urls) & {s["url"] for d in earlier for s in d["sources"]}
    ids = [s["id"] for d in [*earlier, third] for s in d["sources"]]
    assert len(ids) == len(set(ids))
    assert len(load_extra(PD_SET_3)) == len(third["sources"])


def test_shipped_weights_were_built_from_the_shipped_public_domain_set():
    # a changed training set with stale weights: rebuild with tools/train_sections.py
    from briefbook.assessment.section_model import load_section_model
    from briefbook.evaluation.section_training import labels_hash

    meta = load_section_model().meta
    assert meta["extra_sha256"] == labels_hash(PD_SET)
    data = json.loads(PD_SET.read_text(encoding="utf-8"))
    labelled = sum(
        i["label"] in GUIDE_LABELS for s in data["sources"] for p in s["paragraphs"] for i in p
    )
    assert meta["extra_sentences"] == labelled
    assert meta["extra_sources"] == len(data["sources"])


def test_gold_with_typographic_quotes_and_line_breaks_matches(tmp_path):
    # a label file that keeps a page's curly quotes, its line break inside a sentence and a
    # non-breaking space still labels the engine's sentences (which read ASCII quotes)
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x.txt").write_text(
        "The governor said \u201cthe convoy will\nnot pass\u201d on Monday.\n\n"
        "The army\u2019s supply line is\u00a0long because the roads are poor.\n",
        encoding="utf-8",
    )
    files = {
        "x.txt": [
            {
                "text": "The governor said \u201cthe convoy will\nnot pass\u201d on Monday.",
                "label": "context",
            },
            {
                "text": "The army\u2019s supply line is\u00a0long because the roads are poor.",
                "label": "factors",
            },
        ]
    }
    path = tmp_path / "sections.json"
    path.write_text(json.dumps({"labels": [], "files": files}), encoding="utf-8")
    (article,) = load_labelled(path, corpus=corpus)
    assert article.gold == ["context", "factors"]


def test_paired_difference_counts_articles_and_bounds_the_pooled_difference():
    # invented runs over four articles: B fixes one sentence of "x" and one of "y", breaks one
    # of "z", and leaves "w" as it was
    gold = {
        "x": ["context", "factors", "outlook"],
        "y": ["context", "battlefield"],
        "z": ["none", "context"],
        "w": ["context", "outlook"],
    }
    before = [
        ("x", gold["x"], ["context", "context", "outlook"]),
        ("y", gold["y"], ["context", "context"]),
        ("z", gold["z"], ["none", "context"]),
        ("w", gold["w"], ["context", "outlook"]),
    ]
    after = [
        ("w", gold["w"], ["context", "outlook"]),  # order does not matter: matched by name
        ("x", gold["x"], ["context", "factors", "outlook"]),
        ("y", gold["y"], ["context", "battlefield"]),
        ("z", gold["z"], ["context", "context"]),
    ]
    diff = paired_difference(before, after, draws=500)
    assert diff.articles == 4 and diff.better == 2 and diff.worse == 1
    per = [
        score_labels(g, p).macro_f1 - score_labels(g, q).macro_f1
        for (_, g, q), (_, _, p) in zip(sorted(before), sorted(after), strict=True)
    ]
    assert diff.mean == pytest.approx(float(np.mean(per)))
    pooled_before = score_labels(
        [x for _, g, _ in before for x in g], [x for _, _, p in before for x in p]
    ).macro_f1
    pooled_after = score_labels(
        [x for _, g, _ in sorted(after) for x in g], [x for _, _, p in sorted(after) for x in p]
    ).macro_f1
    assert diff.pooled == pytest.approx(pooled_after - pooled_before)
    assert diff.low <= diff.high
    assert "better on 2, worse on 1 of 4" in diff.format()
    # a run against itself: no difference, an interval of zero width
    same = paired_difference(before, before, draws=50)
    assert (same.mean, same.pooled, same.low, same.high, same.better) == (0.0, 0.0, 0.0, 0.0, 0)


def test_paired_difference_refuses_runs_of_other_articles_or_gold():
    run = [("x", ["context", "factors"], ["context", "context"])]
    with pytest.raises(BriefbookError):
        paired_difference(run, [("y", ["context"], ["context"])])
    with pytest.raises(BriefbookError):
        paired_difference(run, [("x", ["context", "outlook"], ["context", "context"])])


def test_features_are_computed_once_per_article(labelled, monkeypatch):
    import briefbook.evaluation.section_training as st

    calls = []
    real = st.document_features

    def counting(sentences, vectors):
        calls.append(len(sentences))
        return real(sentences, vectors)

    monkeypatch.setattr(st, "document_features", counting)
    cv = cross_validate(labelled, c=1.0)
    # each article's own rows once; its shuffled copy (other order) once per fold it is held out
    assert len(calls) == 2 * len(labelled)
    assert len(cv.predicted) == len(cv.shuffled)
