"""Precision and recall of the entity table per type, on hand-annotated gold.

Run: ``python benchmarks/eval_entities.py [--errors SPLIT] [--skip SPLIT] [--load]
[--scale N] [--gold FILE --corpus DIR] [--backend MODEL [--wheel WHEEL] [--join union|model]
[--allow-unverified]]``. Prints figures; asserts nothing.

Gold: ``tests/fixtures/eval/entities.yaml`` (entity names, types and aliases of the news
articles of ``../shared/corpus/news``, some HTML pages and analysis articles, and the
repository's example sources; some sources are annotated for people and places only). Each
split says how it was used: ``tune`` and ``dev2`` were read while writing rules; each
``heldout*`` split was annotated before the rule changes it measures and scored once with the
rules frozen (``benchmarks/RESULTS.md`` gives those first scores; after that its errors were
read).
``--errors SPLIT`` lists the misses and false positives of a split (``all`` for every one);
``--skip SPLIT`` leaves a split out, to keep it unseen while tuning. ``--load`` measures the
time and memory of loading the lexicons and the city and area indexes; ``--scale N`` times entity
finding on N synthetic sources of 40 sentences each, built from the corpus sentences.
``--gold FILE --corpus DIR`` scores another gold file whose ``corpus:`` paths are relative
to DIR (a held-out set kept outside the repository, as article text may not be committed).
``--backend MODEL`` scores a spaCy model (``pip install "briefbook[ner]"``; ``--wheel`` the
path of its original release wheel, see the README) joined with the rules (``--join union``)
or alone (``--join model``), and prints its load time and its milliseconds per sentence;
``--allow-unverified`` without ``--wheel`` uses the installed package of that name, which
cannot be verified, and the output says so.
"""

from __future__ import annotations

import argparse
import copy
import resource
import sys
import time
from pathlib import Path
from typing import Any

from briefbook.analysis.entities import find_entities
from briefbook.evaluation.entities import load_entity_gold, score_entities, summarise
from briefbook.ingest import load_documents
from briefbook.model import ENTITY_TYPES, Document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "tests" / "fixtures" / "eval" / "entities.yaml"


_MODEL: dict[str, Any] = {}  # the entity model of --backend, and its join


def _find(path: Path) -> list:
    return find_entities(
        load_documents([path]), model=_MODEL.get("model"), join=_MODEL.get("join", "union")
    )


def _use_backend(backend: str, join: str, allow_unverified: bool, wheel: str | None) -> None:
    """Load the model ``backend`` names (from its verified release ``wheel``, else the
    installed package with ``allow_unverified``) for ``_find``."""
    if backend == "rules":
        print("backend: rules")
        return
    from briefbook.analysis.ner_model import load_entity_model
    from briefbook.config.entities import EntitySettings

    model = load_entity_model(EntitySettings(backend, join, allow_unverified, wheel))
    _MODEL.update(model=model, join=join)
    v = model.verification
    state = "verified original release" if v and v.verified else "UNVERIFIED"
    print(f"backend: {backend} {model.version} ({state}), join {join}")
    if v and not v.verified:
        print(f"  not verified: {'; '.join(v.problems)}")
    print(f"  model load {model.load_s:.2f} s")


def _use_typer(weights: str) -> None:
    """Join the name typer of ``weights`` ("shipped" or a path) to the rules for ``_find``."""
    from briefbook.analysis.name_typer import load_name_typer

    typer = load_name_typer(None if weights == "shipped" else Path(weights))
    _MODEL.update(model=typer, join="union")
    print(f"name typer {weights}: thresholds {typer.thresholds}, load {typer.load_s:.2f} s")


def _model_speed() -> None:
    model = _MODEL.get("model")
    if model is not None:
        print(
            f"\nmodel time: {model.ms_per_sentence:.2f} ms per sentence "
            f"({model.sentences} sentences, {model.seconds:.2f} s)"
        )


def _table(totals: dict) -> None:
    for split in [*sorted(s for s in totals if s != "all"), "all"]:
        print(f"\n{split}:")
        print(f"  {'type':13s} {'precision':>9s} {'recall':>7s} {'tp':>4s} {'fp':>4s} {'fn':>4s}")
        for etype in [*ENTITY_TYPES, "pooled"]:
            s = totals[split][etype]
            if s.tp + s.fp + s.fn == 0:
                continue
            print(f"  {etype:13s} {s.precision:9.2f} {s.recall:7.2f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")


def _load() -> None:
    from briefbook.analysis.gazetteer import gazetteer, rules
    from briefbook.analysis.places import area_index, city_index

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    rules()
    gazetteer()
    lexicons = time.perf_counter() - start
    start = time.perf_counter()
    cities = city_index()
    areas = area_index()
    city_time = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"lexicons: {lexicons:.2f} s; city and area indexes: {len(cities)} + {len(areas)} keys"
        f" in {city_time:.2f} s"
    )
    print(f"peak memory grew by {(after - before) / 1024:.0f} MB (max RSS {after / 1024:.0f} MB)")


def _scale(n: int) -> None:
    files = sorted(CORPUS.glob("news/*.txt")) + sorted(CORPUS.glob("analysis/*.md"))
    docs = load_documents(files)
    pool = [s for d in docs for s in d.sentences]
    synthetic: list[Document] = []
    for i in range(n):
        doc = copy.copy(docs[i % len(docs)])
        doc.id = f"S{i + 1}"
        doc.sentences = []
        for k in range(40):
            s = copy.copy(pool[(i * 40 + k) % len(pool)])
            s.id, s.source = f"S{i + 1}.{k + 1}", doc.id
            doc.sentences.append(s)
        synthetic.append(doc)
    find_entities(synthetic[:1])  # lexicons loaded once, outside the timing
    start = time.perf_counter()
    found = find_entities(synthetic)
    took = time.perf_counter() - start
    print(f"{n} sources, {40 * n} sentences: {took:.1f} s, {len(found)} entities")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", metavar="SPLIT", help="a split name, or all")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="SPLIT",
        help="leave a split out (one kept unseen while tuning)",
    )
    parser.add_argument("--load", action="store_true")
    parser.add_argument("--scale", type=int, default=0)
    parser.add_argument("--gold", type=Path, default=GOLD, help="an entity gold file")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="the folder of its corpus: paths"
    )
    parser.add_argument(
        "--backend",
        default="rules",
        help="entity backend: rules (default) or an installed spaCy model package",
    )
    parser.add_argument(
        "--join",
        choices=("union", "model"),
        default="union",
        help="with a model: its spans added to the rules' (union) or alone (model)",
    )
    parser.add_argument("--wheel", help="with a model: the path of its original release wheel")
    parser.add_argument(
        "--allow-unverified",
        action="store_true",
        help="use a model that fails verification (the figures then say so)",
    )
    parser.add_argument(
        "--typer",
        metavar="WEIGHTS",
        default="shipped",
        help="the name typer joined to the rules (analysis/name_typer.py), as `briefbook run` "
        "does by default: 'shipped' (the default; not with --backend), the path of its "
        "weights, or 'none' for the rules alone",
    )
    args = parser.parse_args(argv)
    _use_backend(args.backend, args.join, args.allow_unverified, args.wheel)
    if args.typer != "none" and not (args.backend != "rules" and args.typer == "shipped"):
        _use_typer(args.typer)
    elif args.backend == "rules":
        print("name typer: none (rules alone)")
    if args.load:
        _load()
        return 0
    if args.scale:
        _scale(args.scale)
        return 0
    corpus = args.corpus
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 1
    golds = [g for g in load_entity_gold(args.gold) if g.split not in args.skip]
    _table(summarise(golds, _find, corpus, ROOT))
    _model_speed()
    if args.errors:
        for gold in golds:
            if args.errors not in {gold.split, "all"}:
                continue
            _, errors = score_entities(_find(gold.resolve(corpus, ROOT)), gold)
            print(f"\n{gold.path}")
            for kind, etype, name in errors:
                print(f"  {kind:3s} {etype:12s} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
