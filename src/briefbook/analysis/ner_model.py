"""An optional statistical entity model (spaCy), and how its spans join the rules.

Used only when the params say ``entities: {backend: <model>, wheel: <release wheel>}``; spaCy
is imported only then (``pip install "briefbook[ner]"``). :func:`load_entity_model` verifies
the release wheel first (:mod:`briefbook.analysis.ner_verify`), loads its unpacked pipeline by
path, and never downloads anything.

Labels map to briefbook's types: PERSON -> person; GPE, LOC, FAC -> place (a name the
gazetteer knows keeps the gazetteer's type, so countries stay countries); ORG -> organisation,
or force when its words are a force's (``data/entity_rules.yaml`` heads). NORP (demonyms,
"Russian") adds nothing: the gazetteer already counts a demonym as its country.

:func:`join_model_spans` adds a document's spans to the rules' discovery (the ``union``
join): a surface the rules or the gazetteer already type keeps their type, and the rest
goes through the same merges, aliases, surname coreference and mention counting as a
rule-found name. :func:`model_entities` is the model alone (the ``model`` join, for
measuring): one entity per name and type, with the spans of that name as its mentions.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefbook.analysis.gazetteer import Gazetteer, Rules, gazetteer
from briefbook.analysis.mentions import Discovery, ErrorHandler, entity_key, language_service
from briefbook.analysis.names import civil_unit, faith_words_only, fold, tokenize
from briefbook.analysis.office_portfolios import office_portfolio
from briefbook.analysis.place_names import body_people_from, known_area, ordinary_words
from briefbook.errors import InputError
from briefbook.model import Document, Entity

if TYPE_CHECKING:
    from briefbook.analysis.ner_verify import Verification
    from briefbook.config.entities import EntitySettings

__all__ = [
    "LABELS",
    "EntityModel",
    "Span",
    "join_model_spans",
    "load_entity_model",
    "model_cache",
    "model_entities",
]

# spaCy's OntoNotes labels -> briefbook types; a label not here adds nothing
LABELS = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organisation",
}
# pipeline parts the entity recogniser does not need (excluded at load: faster, smaller)
_UNUSED = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer")
_LEAD = re.compile(r"^(?:(?:the|The|THE)\s+)+")
_TAIL = re.compile(r"(?:['\u2019]s?|[\s,.;:!?\"'()\[\]-])+$")

Span = tuple[int, int, str]  # start, end (characters of the sentence), model label


@dataclass
class EntityModel:
    """A loaded spaCy pipeline that finds entities. ``nlp`` is any ``spacy.Language`` with an
    ``ner`` or ``entity_ruler`` (tests build one with ``spacy.blank``); ``load_s`` is the
    seconds loading took; ``verification`` is None for a pipeline built in code."""

    nlp: Any
    name: str
    version: str | None = None
    load_s: float = 0.0
    verification: Verification | None = None
    sentences: int = field(default=0, init=False)
    seconds: float = field(default=0.0, init=False)

    def spans(self, texts: list[str]) -> list[list[Span]]:
        """Entity spans of each text: ``(start, end, label)`` in characters of that text."""
        start = time.perf_counter()
        out = [
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in self.nlp.pipe(texts, batch_size=64)
        ]
        self.seconds += time.perf_counter() - start
        self.sentences += len(texts)
        return out

    @property
    def ms_per_sentence(self) -> float:
        """Milliseconds of model time per sentence so far (0.0 before any)."""
        return 1000 * self.seconds / self.sentences if self.sentences else 0.0


def model_cache(settings: EntitySettings, base: Path) -> Path:
    """The folder verified pipelines are unpacked into: ``settings.cache`` (relative to
    ``base``), else ``models`` in the user's cache folder. Raises InputError when neither
    can be had."""
    if settings.cache:
        return base / settings.cache
    from briefbook.resources import user_cache_dir

    folder = user_cache_dir()
    if folder is None:
        raise InputError(
            "no cache folder to unpack the entity model into",
            hint="give a writable folder with entities.cache",
        )
    return folder / "models"


def load_entity_model(settings: EntitySettings, base: Path = Path(".")) -> EntityModel:
    """The model ``settings.backend`` names, verified and loaded with spaCy.

    With ``settings.wheel`` (a path relative to ``base``): the wheel must be the original
    release (:func:`~briefbook.analysis.ner_verify.require_wheel`); its pipeline is unpacked
    into :func:`model_cache` and spaCy loads that folder by its path (no Python code of the
    package is imported). Without it, the installed package of that name is loaded only with
    ``settings.allow_unverified`` (the returned model's ``verification.problems`` say it is
    unverified; the caller records them as a warning).

    Raises :class:`~briefbook.analysis.ner_verify.UnverifiedModelError` (exit 2) for a model
    refused, and :class:`~briefbook.errors.InputError` (exit 2) when spaCy is not installed
    or cannot load the model (any error of spaCy's, one line)."""
    # the verifier (zip, hashing, locks) is loaded only when a model is asked for
    from briefbook.analysis.ner_verify import require_installed, require_wheel

    if settings.wheel:
        verification = require_wheel(
            settings.backend, base / settings.wheel, model_cache(settings, base)
        )
        if verification.model_dir is None:  # require_wheel with a cache always unpacks
            raise InputError(f"entity model {settings.backend}: the wheel was not unpacked")
        target: str | Path = verification.model_dir
    else:
        verification = require_installed(
            settings.backend, allow_unverified=settings.allow_unverified
        )
        target = settings.backend
    try:
        import spacy
    except ImportError as exc:
        raise InputError(
            f"entities.backend {settings.backend} needs spaCy, which is not installed",
            hint='pip install "briefbook[ner]"',
        ) from exc
    start = time.perf_counter()
    try:
        nlp = spacy.load(target, exclude=list(_UNUSED))
    except Exception as exc:  # noqa: BLE001 - any failure of the model's config or files: one line
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise InputError(
            f"entities.backend {settings.backend} could not be loaded: {first}",
            hint="check the model's version against spaCy's (briefbook[ner])",
        ) from exc
    return EntityModel(
        nlp,
        settings.backend,
        verification.version,
        time.perf_counter() - start,
        verification,
    )


def _surface(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a leading "the" and trailing possessive or punctuation."""
    piece = text[start:end]
    lead = _LEAD.match(piece)
    if lead:
        start += lead.end()
    tail = _TAIL.search(text[start:end])
    if tail:
        end = start + tail.start()
    return start, end


def _trim(name: str, rules_: Rules, lower_vocab: frozenset[str]) -> str:
    """The name inside a model span: leading titles and capitalised ordinary words cut
    ("Wrote Padrino Lopez", "Spokesman Tarvo Ilk"), and trailing lower-case words cut
    ("Vendra district" is Vendra: the rules decide when a district is a place of its own)."""
    words = name.split()
    while words and (
        words[0].lower().rstrip(".") in rules_.titles
        or words[0].lower() in rules_.roles
        or words[0].lower() in lower_vocab
        or words[0].lower() in rules_.stop
    ):
        words.pop(0)
    while words and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


def _plausible(name: str, etype: str, rules_: Rules, lower_vocab: frozenset[str]) -> bool:
    """A name the rules would accept as one: opens with a capital, no digit, not an ordinary
    word, not a short form in capitals; a person has at least two names (one name alone is
    the rules' surname coreference's to resolve: a tribe or a town read as a person is the
    model's commonest error)."""
    words = name.split()
    if not words or not name[:1].isupper() or len(name) < 2:
        return False
    if any(w[:1].isdigit() for w in words):
        return False
    if any(w.isupper() and len(w) > 1 for w in words) and (etype == "person" or len(words) == 1):
        return False  # a short form: the rules bind it to its definition ("KP", "CP")
    if etype == "person" and len(words) < 2:
        return False
    return not (len(words) == 1 and (name.lower() in lower_vocab or name.lower() in rules_.stop))


def _typed(label: str, name: str, rules_: Rules) -> str | None:
    """briefbook's type of a model span, or None when it adds nothing."""
    etype = LABELS.get(label)
    lows = [t.bare for t in tokenize(name)]
    if etype == "organisation" and any(low in rules_.force_heads for low in lows):
        # "the Financial Intelligence Unit": a unit of a body that bears no arms stays one
        return "organisation" if civil_unit(lows) else "force"
    if etype == "person" and any(
        low in rules_.org_heads or low in rules_.force_heads for low in lows
    ):
        return None  # "Wagner Group" read as a person
    return etype


def _grams(name: str) -> set[str]:
    """Every run of whole words of ``name``."""
    words = name.split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def _extents(text: str, surfaces: Iterable[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the rules' ``surfaces`` of several words are written, as whole
    words."""
    found = []
    for surface in surfaces:
        if " " not in surface or surface not in text:
            continue
        pattern = rf"(?<![\w-]){re.escape(surface)}(?![\w-])"
        found += [m.span() for m in re.finditer(pattern, text)]
    return found


def join_model_spans(
    text_spans: list[tuple[str, list[Span]]],
    d: int,
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: Discovery,
    recent: list[str] | None = None,
) -> None:
    """Add the spans of document ``d`` (each sentence's text with its spans) to ``state``.

    A span adds nothing when the gazetteer or the rules already know a name inside it or
    around it: a surface the rules typed keeps their type and their extent ("Orthodox Church
    of St Anne" when the rules found "Church of St Anne"; "Seifu Rezgan" when they found
    "Seifu Rezgan Yakub"). ``recent`` are the surfaces the rules found in this document.
    A person the rules named in this document and first in an earlier one counts as
    found here too (round trialB26): "Makuei cited ..." in the second of two reports naming
    "Michael Makuei" is his surname, never a place the model guessed."""
    named_here = [
        surface
        for surface, key in state.discovered.items()
        if state.types.get(key) == "person" and d in state.person_docs.get(key, ())
    ]
    inside = set().union(*(_grams(s) for s in [*(recent or ()), *named_here]))
    for text, spans in text_spans:
        taken = _extents(text, recent or ())
        for start, end, label in spans:
            s, e = _surface(text, start, end)
            if any(s < te and ts < e for ts, te in taken):
                continue  # "Southern Borno" across the rules' "Borno state": their extent wins
            etype = _typed(label, text[s:e], rules_)
            if etype is None or language_service(text, s):
                continue  # "CNN en Español": the service's language, no place
            name = _trim(" ".join(text[s:e].split()), rules_, lower_vocab)
            if not _plausible(name, etype, rules_, lower_vocab) or name in inside:
                continue
            if etype in {"person", "place"} and faith_words_only(tokenize(name), gaz):
                continue  # "a coalition of Sunni Muslim countries": a faith's words, no one
            if etype == "place" and " " not in name and name.lower() in ordinary_words():
                continue  # "leading up to Christmas": an ordinary word or a holiday, no town
            if etype == "place" and body_people_from(s, text):
                continue  # "pupils from Harvard": a school's people, as the rules read it
            if etype == "person" and office_portfolio(name, s, text):
                continue  # "the Head of Public Affairs said": an office's field, no one
            grams = _grams(name)
            if any(g in gaz.surfaces or g in state.discovered for g in grams):
                continue
            key = entity_key(etype, name)
            if etype == "place":
                key = known_area(name, rules_, gaz) or key
            state.add(name, key, etype, d)
            inside |= grams


def model_entities(
    documents: list[Document],
    texts: list[list[str]],
    model: EntityModel,
    on_error: ErrorHandler | None = None,
) -> list[Entity]:
    """The model's entities alone (no rules), most mentioned first: one per type and folded
    name; a name the gazetteer knows as a country is typed country, as the rules type it.
    ``texts`` are the sentence texts per document, in the order of ``documents``. When the
    model raises on a document, ``on_error(its first sentence id, exception)`` is called and
    that document adds nothing; without ``on_error`` the exception propagates."""
    gaz = gazetteer()
    flat: list[str] = []
    ids: list[str] = []
    spans: list[list[Span]] = []
    for doc, doc_texts in zip(documents, texts, strict=True):
        if not doc_texts:
            continue
        try:
            found = model.spans(doc_texts)
        except Exception as exc:  # noqa: BLE001 - a model failing on one source: it adds nothing
            if on_error is None:
                raise
            on_error(doc.sentences[0].id, exc)
            continue
        flat += doc_texts
        ids += [s.id for s in doc.sentences]
        spans += found
    names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    evidence: dict[tuple[str, str], list[str]] = defaultdict(list)
    for text, sid, found in zip(flat, ids, spans, strict=True):
        for start, end, label in found:
            etype = LABELS.get(label)
            if etype is None:
                continue
            s, e = _surface(text, start, end)
            name = " ".join(text[s:e].split())
            if not name:
                continue
            targets = gaz.surfaces.get(name) or []
            if etype == "place" and any(t.type == "country" for t in targets):
                etype = "country"
                name = gaz.names.get(targets[0].key, (name, ""))[0]
            key = (etype, fold(name))
            names[key][name] += 1
            if sid not in evidence[key]:
                evidence[key].append(sid)
    out = [
        Entity(
            name=surfaces.most_common(1)[0][0],
            type=etype,  # type: ignore[arg-type]
            aliases=sorted(surfaces),
            mentions=sum(surfaces.values()),
            evidence=evidence[(etype, folded)],
        )
        for (etype, folded), surfaces in names.items()
    ]
    return sorted(out, key=lambda e: (-e.mentions, e.name))
