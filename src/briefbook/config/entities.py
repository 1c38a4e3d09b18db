"""The ``entities`` params key: which backend finds persons and places.

``entities: {backend: rules | <spaCy model package>, join: union | model, allow_unverified}``
(or just the backend name). ``rules`` (the default) needs no model and imports no model
library. A model name (``en_core_web_sm``) is used only when its installed distribution
verifies as an original release (:mod:`briefbook.analysis.ner_verify`); ``allow_unverified:
true`` uses it anyway and records a warning in the run manifest. ``join: union`` (the
default with a model) adds the model's spans to the rules' discovery, so they go through the
same merges, aliases, coreference and guards; ``join: model`` uses the model's spans alone
(for measuring). Every problem is a :class:`~briefbook.errors.ParamsError` (exit 2).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from briefbook.config.options import option_flag, option_mapping
from briefbook.errors import ParamsError

RULES = "rules"
JOINS = ("union", "model")
ENTITY_KEYS = ("backend", "join", "allow_unverified")
_PACKAGE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,99}$")


@dataclass(frozen=True)
class EntitySettings:
    """Validated ``entities`` params: ``backend`` is ``rules`` or a model package name."""

    backend: str = RULES
    join: str = "union"
    allow_unverified: bool = False

    @property
    def uses_model(self) -> bool:
        return self.backend != RULES

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_entities(value: Any, where: str = "") -> EntitySettings:
    """``value`` (a mapping, a backend name, or None) -> EntitySettings; ParamsError else."""
    value = option_mapping(
        value, "entities", ENTITY_KEYS, where, "e.g. entities: {backend: en_core_web_sm}"
    )
    if value is None:
        return EntitySettings()
    backend = str(value.get("backend") or RULES)
    if backend != RULES and not _PACKAGE.match(backend):
        raise ParamsError(
            f"key 'entities.backend'{where} must be 'rules' or a model package name "
            f"(letters, digits, _), got {backend!r}",
            key="entities.backend",
        )
    join = str(value.get("join") or "union")
    if join not in JOINS:
        raise ParamsError(
            f"key 'entities.join'{where} must be one of {', '.join(JOINS)}, got {join!r}",
            key="entities.join",
        )
    allow = option_flag(value, "entities", "allow_unverified", where)
    return EntitySettings(backend=backend, join=join, allow_unverified=allow)
