"""A statistical typer of capitalised spans: person, place, organisation or force, or none.

Issue 12: on unseen text most missed people and places are capitalised spans the rules see but
leave untyped, often with no cue at all ("Silvio Berlusconi said", "fighting near Kadugli").
This model types such a span from features that do not depend on the rules' lists:

- the span's WordLlama embedding (the mean of its sub-word token vectors, 256-d,
  :func:`briefbook.analysis.embeddings.embed`);
- character 2-5-grams of each lower-cased word with word boundaries (name morphology:
  "-ović", "-abad", "-pur", "al-", "-sson"), hashed into :data:`NGRAM_BUCKETS` buckets;
- the two words before and after the span, lower-cased, and the span's length and shape,
  hashed into :data:`CONTEXT_BUCKETS` buckets.

It is a multinomial logistic regression predicted with numpy only. Its weights are
``briefbook/data/models/name_typer.npz``, written by ``tools/build_name_typer.py`` from the
package's own lists and the repository's entity gold (the file's ``meta`` names them, with
their sha256). :class:`NameTyper` offers the ``spans(texts)`` method of an entity model
(:mod:`briefbook.analysis.ner_model`), so its spans join the rules' discovery through
:func:`~briefbook.analysis.ner_model.join_model_spans`: the rules' and the gazetteer's types win.

A span is a person or a place when that class is the most probable at the weights' threshold
for it; a span whose context cues a place (a locative or movement word before it, "the town
of", a place noun after it or in an apposition, a known place beside it in a list: the data
of ``data/typer_place_cues.yaml``, :func:`place_cued`) is a place at the lower threshold of
that file when a place is likelier than a person or a body (round typer27: unseen towns the
model leans towards at 0.4-0.95 were lost under one threshold of 0.95). Thresholds were
chosen by leave-one-set-out over the development entity gold (benchmarks/RESULTS.md).
It is not used unless a caller passes it to :func:`~briefbook.analysis.entities.find_entities`.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from briefbook.analysis.speaker_turns import speaker_label
from briefbook.errors import BriefbookError

__all__ = [
    "CLASSES",
    "CONTEXT_BUCKETS",
    "NGRAM_BUCKETS",
    "WEIGHTS_NAME",
    "Candidate",
    "NameTyper",
    "NameTyperError",
    "candidates",
    "features",
    "load_name_typer",
    "save_name_typer",
    "not_person_heads",
    "skip_words",
]

WEIGHTS_NAME = "name_typer.npz"
CLASSES = ("person", "place", "organisation", "none")
NGRAM_BUCKETS = 1 << 14
CONTEXT_BUCKETS = 1 << 12
_LABELS = {"person": "PERSON", "place": "GPE", "organisation": "ORG"}
# a word of a name: letters, inner apostrophes and hyphens ("O'Neill", "al-Sadr", "d'Ivoire")
_WORD = re.compile(r"[^\W\d_](?:[\w'\u2019-]*\w)?")
# an adjective compound: "US-based", "BJP-led", "Russian-born", "Turkic-speaking"
_LOWER_PART = re.compile(r"-[a-z]+$")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


class NameTyperError(BriefbookError):
    """The typer's weights are missing, truncated or do not match their recorded hash."""


@dataclass(frozen=True)
class Candidate:
    """A capitalised span of a sentence: ``start``/``end`` in characters (end exclusive),
    ``words`` its words, ``before``/``after`` up to two lower-cased words either side
    (nearest first), ``first`` whether it opens the sentence."""

    start: int
    end: int
    words: tuple[str, ...]
    before: tuple[str, ...]
    after: tuple[str, ...]
    first: bool

    @property
    def text(self) -> str:
        return " ".join(self.words)


@cache
def place_cues() -> tuple[frozenset[str], frozenset[str]]:
    """``place_before`` and ``place_nouns`` of data/typer_place_cues.yaml: the lower-case
    words that tell of a place before a span or around it (see the file)."""
    from briefbook.data import load_data

    data = load_data("typer_place_cues.yaml")
    return (
        frozenset(str(w) for w in data["place_before"]),
        frozenset(str(w) for w in data["place_nouns"]),
    )


# a list's joint between two spans: ", ", " and ", ", and ", " or ", " through "
_JOINT = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|through|&)\s+)$")
# "<span>, a town ...", "<span>, the capital of ...": an apposition naming a place noun
_APPOSED = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?([a-z]+)\b")


@cache
def _demonyms() -> frozenset[str]:
    """The demonyms of the gazetteer's countries and places (data/gazetteer.yaml)."""
    from briefbook.data import load_data

    gaz = load_data("gazetteer.yaml")
    return frozenset(
        [str(w) for row in gaz["countries"] for w in row[1]]
        + [str(w) for row in gaz["places"] for w in row[2]]
    )


@cache
def _adjective_endings() -> tuple[str, ...]:
    """``adjective_endings`` of data/typer_place_cues.yaml."""
    from briefbook.data import load_data

    return tuple(str(e) for e in load_data("typer_place_cues.yaml")["adjective_endings"])


def _adjectival(c: Candidate) -> bool:
    """Whether ``c`` is one word that is a demonym or ends like an adjective or a people's
    name (:func:`_adjective_endings`): "Kurdish", "Iraqi"."""
    if len(c.words) != 1:
        return False
    word = c.words[0]
    return word in _demonyms() or word.lower().endswith(_adjective_endings())


def place_cue_threshold() -> float:
    """``threshold`` of data/typer_place_cues.yaml: the probability at which a cued span
    (:func:`place_cued`) is taken as a place."""
    from briefbook.data import load_data

    return float(load_data("typer_place_cues.yaml")["threshold"])


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country or place (not by a demonym), or the
    city index or the first-level areas hold it."""
    from briefbook.analysis.gazetteer import gazetteer
    from briefbook.analysis.places import area_index, city_index, place_key

    if name in _demonyms():
        return False
    if any(t.type in {"place", "country"} for t in gazetteer().surfaces.get(name, ())):
        return True
    key = place_key(name)
    return key in city_index() or key in area_index()


def place_cued(
    text: str, cands: list[Candidate], k: int, places: frozenset[int] = frozenset()
) -> bool:
    """Whether the sentence ``text`` gives a place cue around its candidate ``cands[k]``:
    a ``place_before`` word right before it, "<place noun> of" before it, a place noun right
    after it or in an apposition after it, or a place beside it in a list: a known place
    (:func:`_known_place`) or a candidate whose index is in ``places`` (those already typed
    place) (:func:`place_cues`; :data:`_JOINT`)."""
    before, nouns = place_cues()
    c = cands[k]
    if _adjectival(c):
        return False
    if c.before and c.before[0] in before and text[: c.start].rstrip().endswith(c.before[0]):
        return True
    if len(c.before) == 2 and c.before[0] == "of" and c.before[1] in nouns:
        return True
    rest = text[c.end :]
    if c.after and c.after[0] in nouns and re.match(r"\s+[a-z]", rest):
        return True
    m = _APPOSED.match(rest)
    if m and m.group(1) in nouns:
        return True
    for j in (k - 1, k + 1):
        if not 0 <= j < len(cands):
            continue
        a, b = (cands[j], c) if j < k else (c, cands[j])
        if _JOINT.match(text[a.end : b.start]) and (j in places or _known_place(cands[j].text)):
            return True
    return False


@cache
def _inner() -> frozenset[str]:
    """``inner_words`` of data/name_typer.yaml: particles inside one span ("del", "al")."""
    from briefbook.data import load_data

    return frozenset(str(w) for w in load_data("name_typer.yaml")["inner_words"])


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def candidates(
    text: str, skip: frozenset[str] = frozenset(), opening: frozenset[str] = frozenset()
) -> list[Candidate]:
    """The maximal runs of capitalised words of ``text`` (lower-case name particles inside a
    run kept, a possessive "'s" cut and ending the run), less leading words in ``skip``
    (lower-cased titles: "President", "The"), at the sentence's start also those in
    ``opening`` (ordinary and stop words: "Police", "Later"), and trailing particles."""
    toks = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    # the speaker's words after a transcript's speaker label ("GEN. TARVO: Well, ...") open
    # a sentence of their own: their first word is an opening word too
    opens = {0}
    if speaker_label(text) is not None:
        colon = text.index(":")
        opens.add(next((k for k, t in enumerate(toks) if t[1] > colon), 0))
    out: list[Candidate] = []
    i = 0
    while i < len(toks):
        if not _capitalised(toks[i][0]):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and not _POSSESSIVE.search(toks[j][0]):
            gap = text[toks[j][2] : toks[j + 1][1]]
            if gap.strip():
                break
            if _capitalised(toks[j + 1][0]):
                j += 1
                continue
            # up to two particles and a capitalised word: "Ministry of the Interior"
            k = j + 1
            while k < len(toks) and k - j <= 2 and toks[k][0].lower() in _inner():
                k += 1
            if k > j + 1 and k < len(toks) and _capitalised(toks[k][0]):
                if not text[toks[j][2] : toks[k][1]].replace(" ", "").isalpha():
                    break
                j = k
                continue
            break
        run = list(range(i, j + 1))
        while run and (
            toks[run[0]][0].lower().rstrip(".") in skip
            or (run[0] in opens and toks[run[0]][0].lower() in opening)
            or not _capitalised(toks[run[0]][0])
        ):
            run.pop(0)
        while run and not _capitalised(toks[run[-1]][0]):
            run.pop()
        if run:
            words = [toks[k][0] for k in run]
            words[-1] = _POSSESSIVE.sub("", words[-1])
            a, b = run[0], run[-1]
            end = toks[b][1] + len(words[-1])
            out.append(
                Candidate(
                    start=toks[a][1],
                    end=end,
                    words=tuple(w for w in words if w),
                    before=tuple(toks[k][0].lower() for k in range(a - 1, max(a - 3, -1), -1)),
                    after=tuple(toks[k][0].lower() for k in range(b + 1, min(b + 3, len(toks)))),
                    first=a in opens,
                )
            )
        i = j + 1
    return [c for c in out if c.words]


def _bucket(key: str, size: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % size


@lru_cache(maxsize=65536)  # a name's words recur across its mentions: hash them once
def _word_buckets(word: str) -> tuple[int, ...]:
    """The hashed whole-word and 2- to 5-gram feature indices of one ``word``, in order."""
    low = f"^{word.lower()}$"
    grams = [f"w:{low}"]
    for n in (2, 3, 4, 5):
        grams.extend(f"{n}:{low[k : k + n]}" for k in range(len(low) - n + 1))
    return tuple(_bucket(g, NGRAM_BUCKETS) for g in grams)


def _sparse_keys(c: Candidate) -> tuple[list[int], list[int]]:
    """Hashed n-gram and context feature indices of ``c`` (duplicates kept: counts)."""
    ctx = [f"b{k}:{w}" for k, w in enumerate(c.before, 1)]
    ctx += [f"a{k}:{w}" for k, w in enumerate(c.after, 1)]
    ctx.append(f"n:{min(len(c.words), 4)}")
    if c.first:
        ctx.append("first")
    if all(w.isupper() for w in c.words if len(w) > 1):
        ctx.append("caps")
    if any(not w.isascii() for w in c.words):
        ctx.append("diacritic")
    if any("-" in w for w in c.words):
        ctx.append("hyphen")
    return (
        [b for word in c.words for b in _word_buckets(word)],
        [_bucket(k, CONTEXT_BUCKETS) for k in ctx],
    )


def features(
    cands: list[Candidate], vectors: np.ndarray | None = None
) -> tuple[list[tuple[np.ndarray, np.ndarray]], np.ndarray]:
    """The features of ``cands``: per candidate the column indices and values of its sparse
    part (n-gram counts in the first :data:`NGRAM_BUCKETS` columns, scaled to unit length;
    context indicators in the next :data:`CONTEXT_BUCKETS`), and the dense part, each span's
    L2-normalised WordLlama vector -> (n, 256) float32 (``vectors``; embedded when None),
    in the last 256 columns."""
    from briefbook.analysis.embeddings import MODEL_DIM, embed

    rows = []
    for c in cands:
        grams, ctx = _sparse_keys(c)
        # the sorted distinct indices and their counts (np.unique's result, without its
        # overhead on a few dozen numbers)
        counted = Counter(grams)
        order = sorted(counted)
        idx = np.array(order, dtype=np.int64)
        vals = np.array([counted[g] for g in order], dtype=np.float32)
        vals /= float(np.linalg.norm(vals)) or 1.0
        cidx = np.array(sorted(set(ctx)), dtype=np.int64) + NGRAM_BUCKETS
        rows.append(
            (np.concatenate([idx, cidx]), np.concatenate([vals, np.ones(len(cidx), np.float32)]))
        )
    if vectors is None:
        vectors = embed([c.text for c in cands]) if cands else np.zeros((0, MODEL_DIM), np.float32)
    return rows, np.asarray(vectors, dtype=np.float32)


def _digest(arrays: dict[str, np.ndarray]) -> str:
    h = hashlib.sha256()
    for name in sorted(arrays):
        a = np.ascontiguousarray(arrays[name])
        h.update(name.encode())
        h.update(str(a.dtype).encode())
        h.update(str(a.shape).encode())
        h.update(a.tobytes())
    return h.hexdigest()


@dataclass
class NameTyper:
    """A loaded typer: ``coef`` (C, F) float32, ``intercept`` (C,), ``thresholds`` the
    lowest probability at which a span is given a type (person, place; others add nothing),
    ``skip`` the lower-cased words cut from a run's start (titles, ordinary words),
    ``not_person`` the lower-cased last words that make a name no person's (the rules' heads
    of a team, body, force, unit or place: "United", "Group", "Brigade", "Oblast";
    :func:`not_person_heads`)."""

    coef: np.ndarray
    intercept: np.ndarray
    thresholds: dict[str, float]
    meta: dict[str, Any]
    skip: frozenset[str] = frozenset()
    opening: frozenset[str] = frozenset()
    not_person: frozenset[str] = frozenset()
    place_cue: float | None = None
    name: str = "name-typer"
    version: str | None = None
    load_s: float = 0.0
    verification: None = None
    sentences: int = field(default=0, init=False)
    seconds: float = field(default=0.0, init=False)

    def predict_proba(
        self, rows: list[tuple[np.ndarray, np.ndarray]], dense: np.ndarray
    ) -> np.ndarray:
        """Class probabilities (n, 4) of the features of :func:`features`, in
        :data:`CLASSES` order; rows sum to 1."""
        width = NGRAM_BUCKETS + CONTEXT_BUCKETS
        z = dense @ self.coef[:, width:].T + self.intercept
        for r, (idx, vals) in enumerate(rows):
            z[r] += self.coef[:, idx] @ vals
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def type_spans(self, texts: list[str]) -> list[list[tuple[Candidate, str, float]]]:
        """Every candidate of each text with its most probable class and that probability."""
        return [
            [(c, CLASSES[int(np.argmax(p))], float(np.max(p))) for c, p in row]
            for row in self._probabilities(texts)
        ]

    def _probabilities(self, texts: list[str]) -> list[list[tuple[Candidate, np.ndarray]]]:
        """Every candidate of each text with its class probabilities (:data:`CLASSES`)."""
        per = [candidates(t, self.skip, self.opening) for t in texts]
        flat = [c for cs in per for c in cs]
        probs = self.predict_proba(*features(flat)) if flat else np.zeros((0, len(CLASSES)))
        out: list[list[tuple[Candidate, np.ndarray]]] = []
        k = 0
        for cs in per:
            out.append([(c, probs[k + i]) for i, c in enumerate(cs)])
            k += len(cs)
        return out

    def _decide(self, text: str, row: list[tuple[Candidate, np.ndarray]]) -> list[tuple[int, str]]:
        """The candidates of ``row`` (of the sentence ``text``) given a type, as (index,
        class): the most probable class at its threshold; or a place at the lower
        ``place_cue`` threshold when the sentence cues a place around it
        (:func:`place_cued`) and a place is likelier than a person or a body."""
        typed: dict[int, str] = {}
        for k, (_, p) in enumerate(row):
            cls = CLASSES[int(np.argmax(p))]
            if cls in self.thresholds and p.max() >= self.thresholds[cls]:
                typed[k] = cls
        cue = self.place_cue
        if cue is not None:
            cands = [c for c, _ in row]
            place, person, org = (CLASSES.index(k) for k in ("place", "person", "organisation"))
            likely = [
                k
                for k, (_, p) in enumerate(row)
                if k not in typed and p[place] >= cue and p[place] > max(p[person], p[org])
            ]
            # a place cued by a place of the list beside it cues the next one in turn
            # ("in Gajapur, Nandvali and Sorbhat"): until nothing changes
            changed = True
            while changed:
                changed = False
                places = frozenset(k for k, cls in typed.items() if cls == "place")
                for k in likely:
                    if k not in typed and place_cued(text, cands, k, places):
                        typed[k] = "place"
                        changed = True
        return sorted(typed.items())

    def spans(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Entity spans of each text, ``(start, end, label)`` with spaCy's labels (PERSON,
        GPE): a candidate whose most probable class is a person or a place at a probability
        of at least that class's threshold, or a place likelier than a person or a body at
        the lower ``place_cue`` threshold where the sentence cues a place around it
        (:meth:`_decide`, :func:`place_cued`), unless its words are all ordinary or stop words
        ("Children", "States"), a word holds a digit (a model's designation: "Samad-2"), a
        place is one adjective or demonym ("Kurdish": :func:`_adjectival`), it ends in a compound adjective ("US-based") or it is a
        hyphenated pair of known names ("India-Pakistan")."""
        start = time.perf_counter()
        out = [
            [
                (c.start, c.end, _LABELS[cls])
                for c, cls in ((row[k][0], cls) for k, cls in self._decide(text, row))
                if not all(w.lower() in self.opening for w in c.words)
                and not any(ch.isdigit() for w in c.words for ch in w)
                and not _LOWER_PART.search(c.words[-1])
                and not self._known_compound(c)
                and not (cls == "person" and self._not_person(c))
                and not (cls == "place" and _adjectival(c))
            ]
            for text, row in zip(texts, self._probabilities(texts), strict=True)
        ]
        self.seconds += time.perf_counter() - start
        self.sentences += len(texts)
        return out

    def _not_person(self, c: Candidate) -> bool:
        """Whether ``c`` of two words or more ends in a head that makes a name no person's
        (``not_person``: "Manchester United", "Lazarus Group", "Kherson Oblast"): a team, a
        body or a place the rules type by that head, never a person of the model's."""
        if len(c.words) < 2:
            return False
        last = c.words[-1].lower().removesuffix("'s").removesuffix("’s")
        return last in self.not_person

    def _known_compound(self, c: Candidate) -> bool:
        """Whether ``c`` is one hyphenated word with a part the gazetteer knows: a pair of
        sides or partners ("India-Pakistan", "Russian-Ukrainian", "US-Philippine"), no
        place of its own."""
        if len(c.words) != 1 or "-" not in c.words[0]:
            return False
        from briefbook.analysis.gazetteer import gazetteer

        surfaces = gazetteer().surfaces
        return any(part in surfaces for part in c.words[0].split("-"))

    @property
    def ms_per_sentence(self) -> float:
        """Milliseconds of typing per sentence so far (0.0 before any)."""
        return 1000 * self.seconds / self.sentences if self.sentences else 0.0


def save_name_typer(path: Path, coef: np.ndarray, intercept: np.ndarray, meta: dict) -> None:
    """Write the weights (coef as float16, compressed) with the sha256 of the arrays in
    ``meta['sha256']``; the same inputs give the same bytes."""
    arrays = {
        "coef": np.asarray(coef, dtype=np.float16),
        "intercept": np.asarray(intercept, dtype=np.float32),
    }
    meta = {**meta, "sha256": _digest(arrays), "classes": list(CLASSES)}
    blob = np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8)
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, arr in [*arrays.items(), ("meta", blob)]:
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            one = io.BytesIO()
            np.lib.format.write_array(one, arr, allow_pickle=False)
            zf.writestr(info, one.getvalue())
    path.write_bytes(buf.getvalue())


def skip_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words cut from a run's start: titles and roles anywhere (and "the"); at a sentence's
    start also stop words and ordinary words (``data/ordinary_words.yaml``)."""
    from briefbook.analysis.gazetteer import rules
    from briefbook.data import load_data

    r = rules()
    ordinary = frozenset(str(w) for w in load_data("ordinary_words.yaml")["words"])
    return r.titles | r.roles | {"the"}, r.stop | ordinary


def not_person_heads() -> frozenset[str]:
    """Lower-cased last words of a name that is no person's: the rules' heads of a team or
    a site (``non_person_heads``), a body (``org_heads``, ``org_suffixes``), an armed group
    or force (``group_nouns``, ``force_heads``) and a place (``place_heads``,
    ``admin_nouns``) of ``data/entity_rules.yaml`` and ``data/gazetteer.yaml``
    (:func:`briefbook.analysis.gazetteer.rules`)."""
    from briefbook.analysis.gazetteer import rules

    r = rules()
    return (
        r.non_person_heads
        | r.org_heads
        | r.org_suffixes
        | r.group_nouns
        | r.force_heads
        | r.place_heads
        | r.admin_nouns
    )


def load_name_typer(path: Path | None = None) -> NameTyper:
    """The typer of ``path`` (default: the shipped ``data/models/name_typer.npz``).
    Raises NameTyperError when the file is missing, unreadable or its arrays do not match
    the sha256 recorded in it."""
    start = time.perf_counter()
    try:
        if path is None:
            ref = resources.files("briefbook.data") / "models" / WEIGHTS_NAME
            with resources.as_file(ref) as p:
                return _load(Path(p), start)
        return _load(path, start)
    except NameTyperError:
        raise
    except Exception as exc:  # noqa: BLE001 - any unreadable file: one error of ours
        raise NameTyperError(f"name typer weights unreadable: {exc}") from exc


def _load(path: Path, start: float) -> NameTyper:
    with np.load(path, allow_pickle=False) as z:
        arrays = {"coef": z["coef"], "intercept": z["intercept"]}
        meta = json.loads(z["meta"].tobytes().decode())
    skip = skip_words()
    if meta.get("sha256") != _digest(arrays):
        raise NameTyperError(f"name typer weights {path.name} do not match their sha256")
    return NameTyper(
        coef=arrays["coef"].astype(np.float32),
        intercept=arrays["intercept"].astype(np.float32),
        thresholds={k: float(v) for k, v in meta.get("thresholds", {}).items()},
        meta=meta,
        skip=skip[0],
        opening=skip[1],
        not_person=not_person_heads(),
        place_cue=place_cue_threshold(),
        version=meta.get("version"),
        load_s=time.perf_counter() - start,
    )


@cache
def shipped_name_typer() -> NameTyper:
    """The shipped typer, loaded once per process."""
    return load_name_typer()
