"""A params key that takes a mapping of options, or just its backend's name."""

from __future__ import annotations

from typing import Any

from briefbook.errors import ParamsError


def option_mapping(
    value: Any, key: str, known: tuple[str, ...], where: str = "", hint: str = ""
) -> dict[str, Any] | None:
    """``value`` of params key ``key`` as a mapping: None when unset (None or ""), a name
    alone as ``{"backend": name}``. Raises ParamsError for any other type and for an option
    not in ``known`` (naming it as ``key.option``)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = {"backend": value}
    if not isinstance(value, dict):
        raise ParamsError(f"key {key!r}{where} must be a mapping", key=key, hint=hint or None)
    for k in value:
        if k not in known:
            raise ParamsError(
                f"unknown key {k!r} in {key}{where}",
                key=f"{key}.{k}",
                hint=f"known: {', '.join(known)}",
            )
    return value


def option_flag(options: dict[str, Any], key: str, name: str, where: str = "") -> bool:
    """The true/false option ``name`` of params key ``key`` (false when absent); ParamsError
    naming ``key.name`` for anything else."""
    flag = options.get(name, False)
    if not isinstance(flag, bool):
        raise ParamsError(f"key '{key}.{name}'{where} must be true or false", key=f"{key}.{name}")
    return flag
