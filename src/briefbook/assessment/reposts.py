"""Reposts: sources that are copies of one text form one repost group.

Two sources whose normalised texts share most of their 5-word shingles (Jaccard >= 0.6, or
one >= 0.8 contained in the other), or have the same bytes, form one group, named by its
earliest-published source (the original; undated sources and ties in the order given). Linear in the number of sources for distinct texts: candidates come from an
index of each text's rarest shingles (prefix filtering), never from all pairs.

A source that is no copy as a whole may still carry another's sentences word for word (a wire
story rewritten under a new lede, "By Example News with Wirewire"): :func:`copied_sentences`
finds each sentence copied from a source published earlier, so that what the copy says in its
own voice there has the original's origin and never corroborates it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher

from briefbook.ids import sentence_key
from briefbook.model import Assessment, Document, known_published
from briefbook.text.normalise import fold_words

__all__ = ["assessment_groups", "copied_sentences", "group_texts", "independent_groups"]

SHINGLE = 5
JACCARD_MIN = 0.6
CONTAINMENT_MIN = 0.8


def _shingles(words: Sequence[str], size: int = SHINGLE) -> set[tuple[str, ...]]:
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _near_duplicates(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> bool:
    if not a or not b:
        return False
    common = len(a & b)
    if not common:
        return False
    jaccard = common / len(a | b)
    containment = common / min(len(a), len(b))
    return jaccard >= JACCARD_MIN or containment >= CONTAINMENT_MIN


def group_texts(
    items: Sequence[tuple[str, str, str | None]], published: Sequence[str | None] = ()
) -> dict[str, str]:
    """``(source id, text, sha256)`` in order -> source id -> id of its group's original:
    the source published first (``published``: ISO dates in the order of ``items``; an
    undated source after every dated one), ties and undated sources in the order given.

    Near-duplicates share at least ``JACCARD_MIN`` of the smaller shingle set (both criteria
    imply it), so a pair is a candidate only if the smaller set's prefix of its rarest
    ``|A| - ceil(0.6 |A|) + 1`` shingles meets the other set (prefix filtering): each text
    is probed once against an index of prefixes, and only candidates are compared.
    """
    shingles = [_shingles(fold_words(text)) for _, text, _ in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    dates = [str(d or "")[:10] for d in published] + [""] * (len(items) - len(published))

    def first(i: int) -> tuple[bool, str, int]:
        return (not dates[i], dates[i], i)

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            root, other = sorted((ri, rj), key=first)
            parent[other] = root  # the source published first names the group

    by_hash: dict[str, int] = {}
    for i, (_, _, sha) in enumerate(items):
        if sha:
            if sha in by_hash:
                union(by_hash[sha], i)
            else:
                by_hash[sha] = i
    frequency: dict[tuple[str, ...], int] = defaultdict(int)
    for s in shingles:
        for sh in s:
            frequency[sh] += 1
    prefix_index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(shingles):
        if not s:
            continue
        size = len(s) - math.ceil(JACCARD_MIN * len(s)) + 1
        for sh in sorted(s, key=lambda x: (frequency[x], x))[:size]:
            prefix_index[sh].append(i)
    for j, s in enumerate(shingles):
        candidates: set[int] = set()
        for sh in s:
            candidates.update(prefix_index.get(sh, ()))
        for i in sorted(candidates):
            if i != j and find(i) != find(j) and _near_duplicates(shingles[i], s):
                union(i, j)
    return {sid: items[find(i)][0] for i, (sid, _, _) in enumerate(items)}


# a copied sentence: at least this many words, and its words at least this similar to the
# original's (difflib ratio over the word lists: "Gangs already were estimated ..." and "Gangs
# already are estimated ..." are one sentence; two reports of one toll in their own words
# are not, nor is one clause given to two speakers, "The ministry said that ..." and "Doctors
# at the hospital said that ..."); a short sentence ("Trams stopped running on Saturday.")
# may be said alike twice
COPY_MIN_WORDS = 10
COPY_MIN_RATIO = 0.9
# or made of one source's sentences, each held whole (COPY_HELD_SHARE of its words, in
# order) in it, and together COPY_JOINED_SHARE of its words: a quote joining a statement's
# sentences (a very short one, "Cholera is spreading.", may go unfound); an outlet's own
# sentence that only begins with a statement's clause is no copy
COPY_HELD_SHARE = 0.95
COPY_JOINED_SHARE = 0.8
# candidates share a word 4-gram; a 4-gram in more sentences than this is a stock phrase and
# proposes none, so the comparisons stay linear in the number of sentences
_COPY_GRAM = 4
_COPY_GRAM_POSTINGS = 32


def _copies(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether sentence ``b`` repeats sentence ``a`` near word for word."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= COPY_MIN_RATIO


def _held(a: Sequence[str], b: Sequence[str]) -> int:
    """The number of ``a``'s words when ``a`` is held whole, in order, in ``b``, else 0."""
    if len(a) >= len(b):
        return 0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    held = sum(block.size for block in matcher.get_matching_blocks())
    return len(a) if held >= COPY_HELD_SHARE * len(a) else 0


def copied_sentences(
    sentences: Iterable[tuple[str, str, str]],
    groups: Mapping[str, str],
    published: Mapping[str, str | None] | None = None,
) -> dict[str, str]:
    """Sentence id -> the repost group of the source it was copied from, for every sentence
    (``(sentence id, source id, text)`` in reading order) that repeats, near word for word, a
    sentence of another repost group published before it (``published``: source id -> ISO
    date; an undated source after every dated one, ties in the order given). The original's
    sentences are not listed, nor are sentences of one group."""
    items = [(sid, src, fold_words(text)) for sid, src, text in sentences]
    published = published or {}
    order: dict[str, int] = {}
    for _sid, src, _w in items:
        order.setdefault(src, len(order))

    def first(src: str) -> tuple[bool, str, int]:
        date = str(published.get(src) or "")[:10]
        return (not date, date, order.get(src, 0))

    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, (_sid, _src, words) in enumerate(items):
        # a short sentence is found too: a quote may join it to others (held below)
        for gram in {tuple(words[i : i + _COPY_GRAM]) for i in range(len(words) - _COPY_GRAM + 1)}:
            postings[gram].append(k)
    out: dict[str, str] = {}
    for sid, src, words in items:
        if len(words) < COPY_MIN_WORDS:
            continue
        group = groups.get(src, src)
        candidates: set[int] = set()
        for i in range(len(words) - _COPY_GRAM + 1):
            posting = postings.get(tuple(words[i : i + _COPY_GRAM]), ())
            if len(posting) <= _COPY_GRAM_POSTINGS:
                candidates.update(posting)
        originals = []
        held: dict[str, int] = defaultdict(int)
        for j in sorted(candidates):
            other = items[j][1]
            if groups.get(other, other) == group or first(other) >= first(src):
                continue
            if len(items[j][2]) >= COPY_MIN_WORDS and _copies(items[j][2], words):
                originals.append(other)
            else:
                held[other] += _held(items[j][2], words)
        # a quote that joins several of one source's sentences into one ('"Over half a
        # million people have been displaced. ... nearly five million face hunger."'): the
        # original's sentences make up nearly all of it
        originals += [o for o, n in held.items() if n >= COPY_JOINED_SHARE * len(words)]
        if originals:
            original = min(originals, key=first)
            out[sid] = groups.get(original, original)
    return out


def independent_groups(documents: Sequence[Document]) -> dict[str, str]:
    """Source id -> group id; reposts of one text share the id of the one published first."""
    return group_texts(
        [(d.id, d.text, d.sha256 or None) for d in documents],
        [known_published(d) for d in documents],  # a file time is no date
    )


def assessment_groups(assessment: Assessment) -> dict[str, str]:
    texts: dict[str, list[str]] = {}
    for s in assessment.sentences:
        texts.setdefault(s.source, []).append(s.text)
    items: list[tuple[str, str, str | None]] = []
    dates: list[str | None] = []
    seen: set[str] = set()
    for rec in assessment.sources:
        sid = str(rec.get("id"))
        seen.add(sid)
        items.append((sid, " ".join(texts.get(sid, [])), rec.get("sha256") or None))
        dates.append(known_published(rec))
    for sid in sorted(set(texts) - seen, key=sentence_key):
        items.append((sid, " ".join(texts[sid]), None))
        dates.append(None)
    return group_texts(items, dates)
