"""The ``entities`` params key: which backend finds persons and places.

``entities: {backend: rules | <spaCy model package>, wheel, cache, join: union | model,
allow_unverified}`` (or just the backend name). ``rules`` (the default; ``none`` says the same,
in any case) needs no model and imports no model library. A model (``en_core_web_sm``) is
used when ``wheel`` is the path of its original release wheel and the wheel verifies
(:mod:`briefbook.analysis.ner_verify`); its pipeline is unpacked into ``cache`` (a folder;
default the user's cache folder). Without ``wheel``, the installed package of that name is
used only with ``allow_unverified: true``, recorded as a warning in the run manifest. Paths
are relative to the params file's folder. ``join: union`` (the
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
OFF = ("rules", "none")  # backends that mean the rules alone, in any case
JOINS = ("union", "model")
ENTITY_KEYS = ("backend", "wheel", "cache", "join", "allow_unverified")
_PACKAGE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,99}$")


@dataclass(frozen=True)
class EntitySettings:
    """Validated ``entities`` params: ``backend`` is ``rules`` or a model package name;
    ``wheel`` the path of its release wheel and ``cache`` the folder to unpack it into (as
    given, relative to the params file's folder; None = not given)."""

    backend: str = RULES
    join: str = "union"
    allow_unverified: bool = False
    wheel: str | None = None
    cache: str | None = None

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
    backend = str(value.get("backend") or RULES).strip()
    if backend.lower() in OFF:
        backend = RULES
    elif not _PACKAGE.match(backend):
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
    wheel, cache = (_path(value, k, where) for k in ("wheel", "cache"))
    if wheel is not None and backend == RULES:
        raise ParamsError(
            f"key 'entities.wheel'{where} needs entities.backend, the model's name",
            key="entities.backend",
            hint="e.g. entities: {backend: en_core_web_sm, wheel: en_core_web_sm-3.8.0-py3-none-any.whl}",
        )
    return EntitySettings(
        backend=backend, join=join, allow_unverified=allow, wheel=wheel, cache=cache
    )


def _path(value: dict[str, Any], name: str, where: str) -> str | None:
    """The path option ``name`` (a non-empty string) or None when absent."""
    path = value.get(name)
    if path is None:
        return None
    if not isinstance(path, str) or not path.strip():
        raise ParamsError(
            f"key 'entities.{name}'{where} must be a path, got {path!r}", key=f"entities.{name}"
        )
    return path.strip()
