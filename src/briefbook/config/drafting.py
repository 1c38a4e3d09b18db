"""The ``drafting`` params key: which language model, if any, drafts analysis.

``drafting: {backend: none|openai|llama_cpp, endpoint, model, api_key_env, model_path,
timeout_s, allow_remote}``. The default backend is ``none``: the briefing stays extractive
and needs no model. Every problem is a :class:`~briefbook.errors.ParamsError` naming the
key (exit 2). An ``openai`` endpoint off the loopback interface is refused unless
``allow_remote: true``, because the sources may be sensitive.
"""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

from briefbook.config.options import option_flag, option_mapping
from briefbook.errors import ParamsError

BACKENDS = ("none", "openai", "llama_cpp")
DRAFTING_KEYS = (
    "backend",
    "endpoint",
    "model",
    "api_key_env",
    "model_path",
    "timeout_s",
    "allow_remote",
    "seed",
)
DEFAULT_ENDPOINT = "http://127.0.0.1:8080/v1"
LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


@dataclass(frozen=True)
class DraftingSettings:
    """Validated drafting params. ``timeout_s`` is seconds per request; ``seed`` is sent
    with temperature 0 so that a server that honours it answers the same way twice."""

    backend: str = "none"
    endpoint: str = DEFAULT_ENDPOINT
    model: str = ""
    api_key_env: str = ""
    model_path: str = ""
    timeout_s: float = 120.0
    allow_remote: bool = False
    seed: int = 0

    @property
    def enabled(self) -> bool:
        return self.backend != "none"

    @property
    def host(self) -> str:
        """Where the text goes: the endpoint's host (openai) or ``local`` (llama_cpp)."""
        if self.backend == "openai":
            return urlsplit(self.endpoint).hostname or ""
        return "local" if self.backend == "llama_cpp" else ""

    @property
    def remote(self) -> bool:
        return self.backend == "openai" and not is_loopback(self.host)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_drafting(value: Any, where: str = "") -> DraftingSettings:
    """``value`` (a mapping, a backend name, or None) -> DraftingSettings; ParamsError else."""
    value = option_mapping(value, "drafting", DRAFTING_KEYS, where, _hint())
    if value is None:
        return DraftingSettings()
    backend = str(value.get("backend") or "none").lower()
    if backend not in BACKENDS:
        raise ParamsError(
            f"key 'drafting.backend'{where} must be one of {', '.join(BACKENDS)}, got {backend!r}",
            key="drafting.backend",
        )
    text = {k: value.get(k) for k in ("endpoint", "model", "api_key_env", "model_path")}
    for k, v in text.items():
        if v is not None and not isinstance(v, str):
            raise ParamsError(f"key 'drafting.{k}'{where} must be a string", key=f"drafting.{k}")
    timeout = value.get("timeout_s", 120)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ParamsError(
            f"key 'drafting.timeout_s'{where} must be a positive number of seconds, got {timeout!r}",
            key="drafting.timeout_s",
        )
    allow_remote = option_flag(value, "drafting", "allow_remote", where)
    seed = value.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ParamsError(f"key 'drafting.seed'{where} must be a whole number", key="drafting.seed")
    settings = DraftingSettings(
        backend=backend,
        endpoint=(text["endpoint"] or DEFAULT_ENDPOINT).rstrip("/"),
        model=text["model"] or "",
        api_key_env=text["api_key_env"] or "",
        model_path=text["model_path"] or "",
        timeout_s=float(timeout),
        allow_remote=allow_remote,
        seed=seed,
    )
    if backend == "openai":
        parts = urlsplit(settings.endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ParamsError(
                f"key 'drafting.endpoint'{where} must be an http(s) URL, got {settings.endpoint!r}",
                key="drafting.endpoint",
                hint="e.g. http://127.0.0.1:8080/v1 (a llama.cpp or vLLM server)",
            )
        if settings.remote and not allow_remote:
            raise ParamsError(
                f"key 'drafting.endpoint'{where} is not on this machine ({parts.hostname}): "
                "the sources would be sent there",
                key="drafting.endpoint",
                hint="set drafting.allow_remote: true to send them, or use a local server",
            )
    if backend == "llama_cpp" and not settings.model_path:
        raise ParamsError(
            f"key 'drafting.model_path'{where} is required with backend llama_cpp",
            key="drafting.model_path",
            hint="the path of a GGUF file you have (briefbook never downloads weights)",
        )
    return settings


def _hint() -> str:
    return "e.g. drafting: {backend: openai, endpoint: http://127.0.0.1:8080/v1, model: NAME}"
