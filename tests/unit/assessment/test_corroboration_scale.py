"""Corroboration at scale: the indexed grouping gives what comparing every pair gives.

Random claims (invented words: places, times, qualifiers, figures) are grouped by the
indexed first-fit of :func:`_event_clusters` and by the plain loop it replaced (each item
against every member of every cluster), and one origin's figures are checked for
inconsistency linearly and over all pairs: the answers must be identical.
"""

from __future__ import annotations

import math
import random

import pytest

from briefbook.analysis.topics import counts_key
from briefbook.assessment.corroboration import (
    _agree,
    _event_clusters,
    _interval,
    _Item,
    _same_event,
    _scene_fits,
    _self_inconsistent,
)
from briefbook.model import Claim

PLACES = [None, "", "Norvik", "north of Norvik", "Alda", "Alda district", "the Brenn valley"]
TIMES = [None, "on Monday", "Monday night", "last night", "in March", "on 3 March", "March"]
COUNTS = ["soldiers", "Varnian soldiers", "wounded soldiers", "Varnian wounded soldiers", "x"]
FIGURES = [3, 5, 12, 12.5, "dozens", "hundreds", "more than 10", "about 40"]


def _item(rng: random.Random, n: int) -> _Item:
    quantity = rng.choice(FIGURES)
    low = high = None
    if isinstance(quantity, (int, float)):
        low, high = (quantity, quantity) if rng.random() < 0.7 else (quantity, quantity * 2)
    claim = Claim(
        text=f"claim {n}",
        quantity=quantity,
        counts=rng.choice(COUNTS),
        event="killed",
        attributed_to=None,
        hedged=False,
        evidence=[f"S{n}.1"],
        published=rng.choice([None, "2026-03-01", "2026-03-02"]),
        low=low,
        high=high,
        when=rng.choice(TIMES),
        where=rng.choice(PLACES),
    )
    return _Item(
        claim=claim,
        source=f"S{n}",
        group=f"S{n}",
        origin=f"src:S{rng.randrange(4)}",
        interval=_interval(claim),
        figure=str(quantity),
        first=f"S{n}.1",
        published=claim.published,
        key=counts_key(claim.counts),
    )


def _naive_clusters(members: list[_Item], event: str | None) -> list[list[_Item]]:
    clusters: list[list[_Item]] = []
    for item in members:
        for cluster in clusters:
            if _same_event(cluster[0], item, event) and all(
                _scene_fits(m, item, event) for m in cluster[1:]
            ):
                cluster.append(item)
                break
        else:
            clusters.append([item])
    return clusters


@pytest.mark.parametrize("event", ["killed", "launched", None])
@pytest.mark.parametrize("seed", range(6))
def test_indexed_clusters_equal_the_pairwise_first_fit(seed: int, event: str | None) -> None:
    rng = random.Random(seed)
    members = [_item(rng, n) for n in range(300)]
    indexed = _event_clusters(members, event)
    naive = _naive_clusters(members, event)
    assert [[id(i) for i in c] for c in indexed] == [[id(i) for i in c] for c in naive]
    assert 1 < len(naive) < len(members)  # the case has both merges and separate events


@pytest.mark.parametrize("seed", range(40))
def test_linear_inconsistency_equals_the_pairwise_check(seed: int) -> None:
    rng = random.Random(seed)
    own = [_item(rng, n) for n in range(rng.randrange(0, 7))]
    if seed % 3 == 0:  # a figure twice, or one figure only: consistent unless intervals differ
        own = [own[0]] * 3 if own else own
    pairwise = any(not _agree(a, b) for k, a in enumerate(own) for b in own[k + 1 :])
    assert _self_inconsistent(own) is pairwise


def test_an_open_interval_overlaps_everything_above_its_low() -> None:
    rng = random.Random(1)
    a, b = _item(rng, 1), _item(rng, 2)
    a.interval, b.interval = (10.0, math.inf), (20.0, 20.0)
    assert not _self_inconsistent([a, b])
    b.interval = (5.0, 8.0)
    assert _self_inconsistent([a, b])
