"""Features of a sentence for the section classifier: what it says, never where it stands.

Per sentence, in this order (``feature_layout`` gives the block names and sizes):

- ``embedding``: its sentence embedding (unit row, 256 floats for WordLlama);
- ``lexical``: log(1 + matches) of each phrase group of ``data/section_cues.yaml`` (tense and
  modality, causal and consequence connectives, attribution, evaluative words, boilerplate
  shapes) followed by a few shape flags (length, quotes, byline, bio, figure or date line; the
  byline flag is :func:`briefbook.ingest.plain.is_byline`, "By <name>" opening a short line,
  never "By Tuesday, troops had ..." or "By contrast, ...");
- ``paragraph_lexical``: the mean lexical features of its paragraph;
- ``function``: log(1 + matches) of each discourse pattern of ``data/section_patterns.yaml``
  (prescriptive modals, forward time, hedged modal + verb, verdict phrases, reported past-tense
  events, figures, present perfect, purpose, cause, capability, motive, implication verbs),
  then its cosine similarity to the prototype sentences of each label of
  ``data/section_prototypes.yaml`` (written from the labelling guide's definitions; the highest
  and the mean per label);
- ``paragraph_function``: the mean ``function`` features of its paragraph;
- ``frame``: its verb frame, how it is built rather than what it is about: log(1 + matches) of
  each pattern of ``data/section_frames.yaml`` (a sentence about a previous one, a view
  reported as analysts' or officials', a report closed by its source, past / present / modal
  auxiliaries, a copula with an evaluation, the author's own assessment), then the shares of
  the past, present and modal auxiliaries among them (0 when it has none). A dummy "it" ("It
  is unclear whether ..."), a copula filing a place under a noun of geography ("It is a
  mountainous province", "X is a major port city") and a quoted "we believe" (a pattern
  marked ``outside_quotes`` reads the sentence without its direct quotes,
  :func:`briefbook.text.quotes.unquoted`) read as no frame;
- ``paragraph_frame``: the mean ``frame`` features of its paragraph.

Two blocks were dropped: the paragraph embedding (under leave-one-article-out it carried the
topic of the training articles more than the function of the sentence) and the document's mean
lexical features (with 20 training articles they told the articles apart: one byline among nine
invented sentences made a whole document "battlefield").

Every block depends on the sentence, its paragraph and its document as sets, so shuffling
the paragraphs of a document changes no feature of any sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from briefbook.data import load_data
from briefbook.ingest.plain import is_byline
from briefbook.model import Sentence
from briefbook.text.normalise import alternation
from briefbook.text.quotes import unquoted

__all__ = [
    "FEATURE_BLOCKS",
    "document_features",
    "feature_layout",
    "frame_features",
    "frame_names",
    "function_features",
    "function_names",
    "lexical_features",
    "lexical_names",
]

FEATURE_BLOCKS = (
    "embedding",
    "lexical",
    "paragraph_lexical",
    "function",
    "paragraph_function",
    "frame",
    "paragraph_frame",
)
# the auxiliary patterns of data/section_frames.yaml whose shares are features too
_TENSES = ("past_aux", "present_aux", "modal_aux")

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SHAPES: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    ("length", None),
    ("short", None),
    ("no_final_stop", None),
    ("ends_colon", None),
    ("title_case", None),
    ("past_ed", None),
    ("starts_quote", re.compile(r"^\s*[\"“‘']")),
    ("has_quote", re.compile(r"[\"“”]")),
    ("url_or_email", re.compile(r"https?:|www\.|\.(?:com|org|gov|net)\b|@\w")),
    ("year", re.compile(r"\b(?:19|20)\d\d\b")),
    (
        "date_line",
        re.compile(
            r"^\s*\(?(?:(?:january|february|march|april|may|june|july|august|september|october"
            r"|november|december)\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\)?\.?\s*$",
            re.I,
        ),
    ),
    ("number", re.compile(r"\d")),
    ("money_or_share", re.compile(r"%|\bpercent\b|\$|€|£|\bbillion\b|\bmillion\b")),
    (
        "bio",
        re.compile(
            r"^(?:[A-Z][\w'.-]+\s){1,3}(?:is|was|has been|serves as)\s(?:a|an|the)?\s?"
            r"(?:former\s|senior\s|independent\s)?[\w -]*(?:fellow|director|analyst|professor"
            r"|researcher|consultant|minister|editor|correspondent|member|head|chair)"
        ),
    ),
    (
        "pronoun_bio",
        re.compile(
            r"^(?:He|She|They)\s(?:is|was|has|also|previously|now|heads|served|holds|co-led"
            r"|focuses)\b"
        ),
    ),
    (
        "starts_connective",
        re.compile(
            r"^\s*(?:However|But|Yet|Still|Moreover|Furthermore|Meanwhile|Thus|Therefore"
            r"|Consequently|Hence|Instead|Nevertheless|Nonetheless|Also|Additionally"
            r"|In addition)\b"
        ),
    ),
    ("starts_pronoun", re.compile(r"^\s*(?:This|These|That|Those|It|They|He|She|Such)\b")),
    ("question", re.compile(r"\?")),
    ("figure_line", re.compile(r"^\s*(?:▲|Figure|Fig\.|Table|Chart|Map|Sources?:|Note:)")),
    ("byline", None),  # ingest's byline test: "By <name>" opening a short line
    ("name_start", re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+,? ")),
)


@cache
def _groups() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_data("section_cues.yaml")
    out = []
    for name, spec in data.items():
        phrases = sorted({str(p).lower() for p in spec["phrases"]}, key=lambda p: (-len(p), p))
        pattern = r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])"
        out.append((str(name), re.compile(pattern)))
    return tuple(out)


def lexical_names() -> list[str]:
    """The names of the lexical features, in column order."""
    return [f"cue:{name}" for name, _ in _groups()] + [f"shape:{n}" for n, _ in _SHAPES]


def lexical_features(texts: Sequence[str]) -> np.ndarray:
    """Lexical features of each text -> array (n, len(lexical_names())) of floats."""
    groups = _groups()
    rows = np.zeros((len(texts), len(groups) + len(_SHAPES)), dtype=np.float64)
    for i, text in enumerate(texts):
        low = text.lower().replace("’", "'")
        words = _WORD.findall(text)
        n = max(len(words), 1)
        for j, (_, pattern) in enumerate(groups):
            rows[i, j] = np.log1p(len(pattern.findall(low)))
        for k, (name, pattern) in enumerate(_SHAPES, start=len(groups)):
            if pattern is not None:
                rows[i, k] = float(bool(pattern.search(text)))
            elif name == "length":
                rows[i, k] = np.log1p(n) / 4
            elif name == "short":
                rows[i, k] = float(n <= 6)
            elif name == "no_final_stop":
                rows[i, k] = float(not re.search(r"[.!?\"”')]\s*$", text))
            elif name == "ends_colon":
                rows[i, k] = float(text.rstrip().endswith(":"))
            elif name == "title_case":
                rows[i, k] = sum(w[0].isupper() for w in words) / n
            elif name == "byline":
                rows[i, k] = float(is_byline(text))
            elif name == "past_ed":
                rows[i, k] = 5 * sum(w.lower().endswith("ed") for w in words) / n
    return rows


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_data("section_patterns.yaml")
    return tuple((str(name), re.compile(str(rx), re.I)) for name, rx in data.items())


@cache
def _prototypes() -> tuple[tuple[str, np.ndarray], ...]:
    """(label, unit embeddings (m, dim) of its prototype sentences), in the YAML's order."""
    from briefbook.analysis.embeddings import embed

    data = load_data("section_prototypes.yaml")
    return tuple((str(label), embed([str(t) for t in texts])) for label, texts in data.items())


def function_names() -> list[str]:
    """The names of the ``function`` block's columns, in order."""
    protos = [f"proto:{label}:{kind}" for label, _ in _prototypes() for kind in ("max", "mean")]
    return [f"pattern:{name}" for name, _ in _patterns()] + protos


def function_features(texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
    """The ``function`` block of each text -> array (n, len(function_names())).

    ``vectors``: the texts' unit embeddings (n, dim) (cosine = dot product).
    """
    patterns = _patterns()
    protos = _prototypes()
    n = len(texts)
    rows = np.zeros((n, len(patterns) + 2 * len(protos)), dtype=np.float64)
    for i, text in enumerate(texts):
        t = text.replace("’", "'")
        for j, (_, pattern) in enumerate(patterns):
            rows[i, j] = np.log1p(len(pattern.findall(t)))
    if n:
        v = np.asarray(vectors, dtype=np.float64).reshape(n, -1)
        col = len(patterns)
        for _, p in protos:
            sims = v @ p.T.astype(np.float64)
            rows[:, col] = sims.max(axis=1)
            rows[:, col + 1] = sims.mean(axis=1)
            col += 2
    return rows


@dataclass(frozen=True)
class _Frame:
    """One pattern of ``data/section_frames.yaml``; ``outside_quotes``: matched on the
    sentence without its direct quotes (:func:`briefbook.text.quotes.unquoted`)."""

    name: str
    pattern: re.Pattern[str]
    outside_quotes: bool = False

    def count(self, text: str) -> int:
        """The number of matches in ``text`` (apostrophes already straight)."""
        return len(self.pattern.findall(unquoted(text) if self.outside_quotes else text))


_SLOT = re.compile(r"\{([a-z_]+)\}")


@cache
def _frames() -> tuple[_Frame, ...]:
    data = load_data("section_frames.yaml")
    vocabulary = {
        str(name): alternation(str(w) for w in words)
        for name, words in (data.get("vocabulary") or {}).items()
    }

    def splice(rx: str) -> str:
        # ``{name}`` of the vocabulary -> its alternation; a quantifier ("{0,3}") is left as is
        return _SLOT.sub(lambda m: vocabulary.get(m.group(1), m.group(0)), rx)

    out = []
    for name, spec in data["frames"].items():
        rx, outside = (
            (spec["pattern"], bool(spec.get("outside_quotes")))
            if isinstance(spec, dict)
            else (spec, False)
        )
        out.append(_Frame(str(name), re.compile(splice(str(rx))), outside))
    return tuple(out)


def frame_names() -> list[str]:
    """The names of the ``frame`` block's columns, in order."""
    return [f"frame:{f.name}" for f in _frames()] + [f"frame:share:{t}" for t in _TENSES]


def frame_features(texts: Sequence[str]) -> np.ndarray:
    """The ``frame`` block of each text -> array (n, len(frame_names())): log(1 + matches) of
    each pattern, then the share of each of ``_TENSES`` among their matches (rows sum to 1,
    or 0 without any)."""
    frames = _frames()
    names = [f.name for f in frames]
    tense_cols = [names.index(t) for t in _TENSES]
    rows = np.zeros((len(texts), len(frames) + len(_TENSES)), dtype=np.float64)
    for i, text in enumerate(texts):
        t = text.replace("’", "'")
        for j, frame in enumerate(frames):
            rows[i, j] = np.log1p(frame.count(t))
        tenses = rows[i, tense_cols]
        total = tenses.sum()
        if total:
            rows[i, len(frames) :] = tenses / total
    return rows


def feature_layout(dim: int) -> list[tuple[str, int]]:
    """(block name, width) of each block of ``document_features`` for embeddings of ``dim``."""
    lex = len(lexical_names())
    fun = len(function_names())
    frm = len(frame_names())
    widths = {
        "embedding": dim,
        "function": fun,
        "paragraph_function": fun,
        "frame": frm,
        "paragraph_frame": frm,
    }
    return [(b, widths.get(b, lex)) for b in FEATURE_BLOCKS]


def document_features(sentences: Sequence[Sentence], vectors: np.ndarray) -> np.ndarray:
    """Features of the sentences of ONE document -> array (n, sum of ``feature_layout``).

    ``vectors``: their embeddings (n, dim), in the same order. Paragraphs are told apart by
    ``Sentence.paragraph``; their order plays no part.
    """
    n = len(sentences)
    vectors = np.asarray(vectors, dtype=np.float64).reshape(n, -1)
    lex = lexical_features([s.text for s in sentences])
    fun = function_features([s.text for s in sentences], vectors)
    frm = frame_features([s.text for s in sentences])
    para_fun = np.zeros_like(fun)
    para_lex = np.zeros_like(lex)
    para_frm = np.zeros_like(frm)
    # each paragraph's rows, in reading order (a stable sort, not a mask per paragraph:
    # linear in a long document's paragraphs)
    paragraphs = np.array([s.paragraph for s in sentences])
    order = np.argsort(paragraphs, kind="stable")
    for rows in np.split(order, np.flatnonzero(np.diff(paragraphs[order])) + 1):
        if len(rows):
            para_lex[rows] = lex[rows].mean(axis=0)
            para_fun[rows] = fun[rows].mean(axis=0)
            para_frm[rows] = frm[rows].mean(axis=0)
    return np.hstack([vectors, lex, para_lex, fun, para_fun, frm, para_frm])
