"""Language-model backends: one chat request in, the reply's text out.

``make_backend(settings)`` gives an object with ``name``, ``model``, ``host`` and
``complete(system, user) -> str``. Every failure (server down, timeout, HTTP error, a
reply that is not chat-completions JSON with text content, llama-cpp-python missing) is
a :class:`DraftingError` with one line; the caller then keeps the extractive briefing.
Requests use temperature 0 and a fixed seed. The API key is read from the environment
variable the params name, sent as a bearer token, and written nowhere.

``openai`` speaks the OpenAI chat-completions protocol (``POST {endpoint}/chat/completions``)
with the standard library's HTTP client: one JSON POST needs no extra dependency.
``llama_cpp`` runs a GGUF file in-process through the optional ``llama-cpp-python``
(``pip install briefbook[local]``); briefbook never downloads weights.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from briefbook.config.drafting import DraftingSettings
from briefbook.errors import BriefbookError

MAX_TOKENS = 700
TEMPERATURE = 0.0


class DraftingError(BriefbookError):
    """The model did not answer with text (one line): that part stays extractive."""


class UnreachableError(DraftingError):
    """The model cannot be asked at all (server down, timeout, HTTP error, no key, no
    llama-cpp-python): drafting stops for the whole run."""


class Backend(Protocol):
    name: str
    model: str
    host: str

    def complete(self, system: str, user: str) -> str: ...


@dataclass
class OpenAIBackend:
    """Any OpenAI-compatible ``/v1/chat/completions`` server (llama.cpp, vLLM, Ollama, ...)."""

    endpoint: str
    model: str
    timeout_s: float
    seed: int = 0
    api_key_env: str = ""
    name: str = "openai"

    @property
    def host(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.endpoint).hostname or ""

    def complete(self, system: str, user: str) -> str:
        body = {
            "model": self.model or "default",
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            "temperature": TEMPERATURE,
            "seed": self.seed,
            "max_tokens": MAX_TOKENS,
            "stream": False,
        }
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key_env:
            key = os.environ.get(self.api_key_env, "")
            if not key:
                raise UnreachableError(f"the environment variable {self.api_key_env} is not set")
            headers["Authorization"] = f"Bearer {key}"
        url = f"{self.endpoint.rstrip('/')}/chat/completions"
        request = urllib.request.Request(
            url, data=json.dumps(body).encode("utf-8"), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:  # noqa: S310
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raise UnreachableError(f"{self.host} answered HTTP {exc.code} {exc.reason}") from None
        except TimeoutError:
            raise UnreachableError(
                f"{self.host} did not answer within {self.timeout_s:g} s"
            ) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise UnreachableError(
                    f"{self.host} did not answer within {self.timeout_s:g} s"
                ) from None
            raise UnreachableError(f"cannot reach {url}: {reason}") from None
        except OSError as exc:
            raise UnreachableError(f"cannot reach {url}: {exc}") from None
        return reply_text(raw)


def reply_text(raw: bytes) -> str:
    """The text of a chat-completions reply body; DraftingError when it has none."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DraftingError("the reply is not chat-completions JSON") from None
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise DraftingError("the reply has no choices[0].message.content") from None
    if not isinstance(content, str) or not content.strip():
        raise DraftingError("the reply's content is not text")
    if "\x00" in content or sum(not (c.isprintable() or c in "\n\t") for c in content) > 2:
        raise DraftingError("the reply's content is not text")
    return content


@dataclass
class LlamaCppBackend:
    """A GGUF model run in-process by llama-cpp-python (the ``[local]`` extra)."""

    model_path: str
    seed: int = 0
    timeout_s: float = 120.0
    name: str = "llama_cpp"
    host: str = "local"

    @property
    def model(self) -> str:
        return Path(self.model_path).name

    def complete(self, system: str, user: str) -> str:
        llm = _load_llama(self.model_path, self.seed)
        try:
            out: Any = llm.create_chat_completion(
                messages=[
                    {"role": "system", "content": system},
                    {"role": "user", "content": user},
                ],
                temperature=TEMPERATURE,
                seed=self.seed,
                max_tokens=MAX_TOKENS,
            )
        except Exception as exc:  # llama.cpp raises bare errors on bad prompts/models
            raise UnreachableError(f"llama.cpp failed: {str(exc).splitlines()[0][:160]}") from None
        return reply_text(json.dumps(out).encode("utf-8"))


@cache
def _load_llama(model_path: str, seed: int) -> Any:
    try:
        from llama_cpp import Llama
    except ImportError:
        raise UnreachableError(
            "llama-cpp-python is not installed (pip install 'briefbook[local]')"
        ) from None
    path = Path(model_path).expanduser()
    if not path.is_file():
        raise UnreachableError(f"no GGUF model at {model_path}")
    try:
        return Llama(model_path=str(path), n_ctx=4096, seed=seed, verbose=False)
    except Exception as exc:  # a corrupt or unsupported file
        raise UnreachableError(
            f"cannot load {path.name}: {str(exc).splitlines()[0][:160]}"
        ) from None


def make_backend(settings: DraftingSettings) -> Backend:
    """The backend ``settings`` name; ValueError for ``none`` (drafting is off)."""
    if settings.backend == "openai":
        return OpenAIBackend(
            endpoint=settings.endpoint,
            model=settings.model,
            timeout_s=settings.timeout_s,
            seed=settings.seed,
            api_key_env=settings.api_key_env,
        )
    if settings.backend == "llama_cpp":
        return LlamaCppBackend(
            model_path=settings.model_path, seed=settings.seed, timeout_s=settings.timeout_s
        )
    raise ValueError(f"drafting backend {settings.backend!r} drafts nothing")


__all__ = [
    "Backend",
    "DraftingError",
    "LlamaCppBackend",
    "OpenAIBackend",
    "UnreachableError",
    "make_backend",
    "reply_text",
]
