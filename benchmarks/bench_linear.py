"""Growth of the paths that were quadratic (issue 14): attribution on one long word, and
corroboration with derived credibility over many small sources.

Prints seconds per size and the ratio between sizes (about 2 when linear for a doubled size,
about 4 when quadratic). Synthetic inputs, generated here; nothing is read from disk.

    .venv/bin/python benchmarks/bench_linear.py
"""

from __future__ import annotations

import random
import time

from briefbook.analysis.attribution import originators
from briefbook.analysis.claims import find_claims
from briefbook.analysis.hedges import attribution
from briefbook.assessment.corroboration import apply_corroboration
from briefbook.model import Assessment, Sentence

_PLACES = ["Norvik", "Alda", "Brenn", "Calder", "Dunmore", "Estra", "Falk", "Garron"]
_WORDS = [
    "river",
    "bridge",
    "market",
    "depot",
    "school",
    "station",
    "harbour",
    "tower",
    "field",
    "mill",
]


def _timed(fn, *args) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def long_word(sizes: tuple[int, ...] = (25_000, 50_000, 100_000)) -> list[tuple[int, float]]:
    """Seconds to attribute and extract claims from one word of ``size`` letters."""
    out = []
    for size in sizes:
        word = "x" * size
        seconds = _timed(attribution, word)
        seconds += _timed(find_claims, word, "S1.1")
        seconds += _timed(originators, [("S1.1", word, 0)])
        out.append((size, seconds))
    return out


def _source(i: int, rng: random.Random) -> list[str]:
    place = rng.choice(_PLACES)
    thing = rng.choice(_WORDS)
    return [
        f"Officials in {place} said {rng.randint(2, 60)} people were killed near the {thing} "
        f"number {i} on Monday.",
        f"The {rng.choice(_WORDS)} of district {i} was damaged and {rng.randint(3, 90)} homes burned.",
        f"Report {i}: the {thing} {rng.choice(_WORDS)} {rng.choice(_WORDS)} reopened.",
    ]


def _assessment(n: int) -> Assessment:
    rng = random.Random(n)
    sources, sentences, claims = [], [], []
    for i in range(1, n + 1):
        sid = f"S{i}"
        sources.append({"id": sid, "title": sid, "sha256": f"{i:064x}", "published": "2026-01-05"})
        for k, text in enumerate(_source(i, rng), 1):
            sentences.append(Sentence(id=f"{sid}.{k}", source=sid, text=text))
            claims += find_claims(text, f"{sid}.{k}", published="2026-01-05")
    return Assessment(
        title="bench",
        schema_name="default",
        sources=sources,
        sentences=sentences,
        sections=[],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=claims,
    )


def many_sources(sizes: tuple[int, ...] = (1000, 2000, 4000)) -> list[tuple[int, float]]:
    """Seconds for corroboration and derived credibility over ``size`` small sources."""
    out = []
    for size in sizes:
        assessment = _assessment(size)
        out.append((size, _timed(apply_corroboration, assessment)))
    return out


def _report(name: str, rows: list[tuple[int, float]]) -> None:
    print(name)
    previous = None
    for size, seconds in rows:
        ratio = f"  x{seconds / previous:.1f} for x2" if previous else ""
        print(f"  {size:>7}: {seconds:7.3f} s{ratio}")
        previous = seconds


def main() -> None:
    _report("one long word (characters): attribution + claims + originators", long_word())
    _report("small sources: corroboration + derived credibility", many_sources())


if __name__ == "__main__":
    main()
