"""Measure the entity table against hand-annotated gold: precision and recall per type.

Gold (``tests/fixtures/eval/entities.yaml``) lists, per source, the entities a careful
analyst would put in the table: ``[name, type, [aliases]]``, plus ``optional`` entries that
are neither rewarded nor penalised (headline-only names, generic nouns, a capital standing
for its government). Each source is analysed on its own.

Matching, per source and type: an entity found matches a gold entity when any of its names
(name or alias) equals any of the gold entity's names after :func:`name_key` (case, accents,
punctuation, a leading "the" and a possessive "'s" ignored). The first match of a gold entity
is a true positive; a second entity matching the same gold entity is a false positive (an
unmerged duplicate: "Putin" next to "Vladimir Putin"); an entity matching only an optional
entry, or matching a gold name of another type, is ignored for precision (the gold entity of
the other type still counts as missed); anything else is a false positive. Unmatched gold
entities are false negatives. A type added after most gold was annotated (:data:`LATER_TYPES`:
named vessels) is scored only in a source whose gold lists one of that type or whose scope
names it: elsewhere the ships found are neither rewarded nor penalised, and a gold entity
found only as a ship still counts as missed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefbook.errors import SourceError
from briefbook.model import ENTITY_TYPES, Entity

__all__ = [
    "LATER_TYPES",
    "EntityGold",
    "TypeScore",
    "load_entity_gold",
    "name_key",
    "score_entities",
    "summarise",
]


# entity types the gold written before them does not annotate: scored only where it does
LATER_TYPES = frozenset({"vessel"})


@dataclass
class EntityGold:
    """The gold of one source: ``path`` is ``corpus:<relative path>`` (the shared corpus)
    or ``repo:<relative path>`` (the repository); ``split`` names the split (``tune``,
    ``heldout`` ...); ``scope`` is the types annotated (``None``: all), so entities found
    of another type are neither rewarded nor penalised."""

    path: str
    split: str
    entities: list[tuple[str, str, list[str]]]
    optional: list[tuple[str, str]] = field(default_factory=list)
    scope: tuple[str, ...] | None = None

    def resolve(self, corpus: Path, repo: Path) -> Path:
        """The file of this source."""
        kind, _, rel = self.path.partition(":")
        return (corpus if kind == "corpus" else repo) / rel


@dataclass
class TypeScore:
    """Counts of one entity type; precision and recall are 0.0 when undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def add(self, other: TypeScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def name_key(name: str) -> str:
    """The comparison key of a name: "The Hague" = "Hague", "Türk" = "Turk",
    "Russia's Ministry of Defense" = "Russia Ministry of Defense"."""
    text = unicodedata.normalize("NFKD", name.replace("\u00ad", ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def load_entity_gold(path: Path) -> list[EntityGold]:
    """The gold file at ``path`` -> one :class:`EntityGold` per source.

    Raises ``SourceError`` for a missing file, a type outside ``ENTITY_TYPES`` or a row
    that is not ``[name, type, [aliases]]``."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceError(f"cannot read entity gold {path}: {exc.strerror or exc}") from exc
    out = []
    for doc in data.get("documents") or []:
        entities = []
        for row in doc.get("entities") or []:
            if len(row) != 3 or row[1] not in ENTITY_TYPES or not isinstance(row[2], list):
                raise SourceError(f"{path}: {doc.get('path')}: bad gold row {row!r}")
            entities.append((str(row[0]), str(row[1]), [str(a) for a in row[2]]))
        optional = []
        for row in doc.get("optional") or []:
            if len(row) < 2 or row[1] not in ENTITY_TYPES:
                raise SourceError(f"{path}: {doc.get('path')}: bad optional row {row!r}")
            optional.append((str(row[0]), str(row[1])))
        scope = doc.get("scope")
        if scope is not None and (
            not isinstance(scope, list) or any(t not in ENTITY_TYPES for t in scope)
        ):
            raise SourceError(f"{path}: {doc.get('path')}: bad scope {scope!r}")
        if scope is not None and any(etype not in scope for _, etype, _ in entities):
            raise SourceError(f"{path}: {doc.get('path')}: a gold row outside its scope")
        out.append(
            EntityGold(
                str(doc["path"]),
                str(doc["split"]),
                entities,
                optional,
                tuple(scope) if scope is not None else None,
            )
        )
    return out


def score_entities(
    found: Sequence[Entity], gold: EntityGold
) -> tuple[dict[str, TypeScore], list[tuple[str, str, str]]]:
    """Scores per type of ``found`` against ``gold``, and the errors as
    ``(kind, type, name)`` rows, kind one of ``fp``, ``dup``, ``fn``."""
    scores = {t: TypeScore() for t in ENTITY_TYPES}
    keys = [(etype, {name_key(n), *map(name_key, aliases)}) for n, etype, aliases in gold.entities]
    optional = {name_key(n) for n, _ in gold.optional}
    any_gold = set().union(*(k for _, k in keys)) if keys else set()
    matched: set[int] = set()
    errors: list[tuple[str, str, str]] = []
    annotated = {etype for _, etype, _ in gold.entities} | {etype for _, etype in gold.optional}
    unscored = LATER_TYPES - annotated if gold.scope is None else frozenset()
    for entity in sorted(found, key=lambda e: (-e.mentions, e.name)):
        if gold.scope is not None and entity.type not in gold.scope:
            continue
        if entity.type in unscored:
            continue  # ships in a source whose gold was written before they were a type
        names = {name_key(entity.name), *map(name_key, entity.aliases)}
        own = name_key(entity.name)
        candidates = [i for i, (etype, k) in enumerate(keys) if etype == entity.type and names & k]
        candidates.sort(key=lambda i: own not in keys[i][1])
        free = [i for i in candidates if i not in matched]
        score = scores.setdefault(entity.type, TypeScore())
        if free:
            matched.add(free[0])
            score.tp += 1
        elif candidates:
            score.fp += 1
            errors.append(("dup", entity.type, entity.name))
        elif names & optional or own in any_gold:
            continue
        else:
            score.fp += 1
            errors.append(("fp", entity.type, entity.name))
    for i, (name, etype, _) in enumerate(gold.entities):
        if i not in matched:
            scores[etype].fn += 1
            errors.append(("fn", etype, name))
    return scores, errors


def summarise(
    golds: Iterable[EntityGold],
    find: Callable[[Path], Sequence[Entity]],
    corpus: Path,
    repo: Path,
) -> dict[str, dict[str, TypeScore]]:
    """Scores per split (each gold split, and ``all``) and type, plus ``pooled`` over
    the types, with ``find(path)`` giving the entities of one source."""
    totals: dict[str, dict[str, TypeScore]] = {}
    for gold in golds:
        scores, _ = score_entities(find(gold.resolve(corpus, repo)), gold)
        for split in (gold.split, "all"):
            table = totals.setdefault(split, {t: TypeScore() for t in [*ENTITY_TYPES, "pooled"]})
            for etype, score in scores.items():
                table[etype].add(score)
                table["pooled"].add(score)
    return totals
