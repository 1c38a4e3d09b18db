"""The backends' edges: llama_cpp without the extra, with a stand-in module; bad replies."""

from __future__ import annotations

import json
import sys
import types

import pytest

from briefbook.config.drafting import DraftingSettings
from briefbook.drafting.backends import (
    DraftingError,
    UnreachableError,
    _load_llama,
    make_backend,
    reply_text,
)


@pytest.fixture(autouse=True)
def fresh_loader():
    _load_llama.cache_clear()
    yield
    _load_llama.cache_clear()


def test_llama_cpp_missing_is_one_clear_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # import fails
    backend = make_backend(DraftingSettings(backend="llama_cpp", model_path=str(tmp_path)))
    with pytest.raises(UnreachableError, match=r"pip install 'briefbook\[local\]'"):
        backend.complete("system", "prompt")


def test_llama_cpp_runs_the_given_file_at_temperature_zero(monkeypatch, tmp_path):
    calls = {}

    class Llama:
        def __init__(self, model_path, n_ctx, seed, verbose):
            calls["init"] = (model_path, seed)

        def create_chat_completion(self, messages, temperature, seed, max_tokens):
            calls["ask"] = (messages[1]["content"], temperature, seed)
            return {"choices": [{"message": {"role": "assistant", "content": "ok [S1.1]"}}]}

    monkeypatch.setitem(sys.modules, "llama_cpp", types.SimpleNamespace(Llama=Llama))
    gguf = tmp_path / "tiny.gguf"
    gguf.write_bytes(b"GGUF")
    backend = make_backend(DraftingSettings(backend="llama_cpp", model_path=str(gguf), seed=3))
    assert backend.complete("system", "the prompt") == "ok [S1.1]"
    assert calls == {"init": (str(gguf), 3), "ask": ("the prompt", 0.0, 3)}
    assert backend.model == "tiny.gguf" and backend.host == "local"


def test_llama_cpp_missing_file(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "llama_cpp", types.SimpleNamespace(Llama=object))
    backend = make_backend(
        DraftingSettings(backend="llama_cpp", model_path=str(tmp_path / "none.gguf"))
    )
    with pytest.raises(UnreachableError, match="no GGUF model at"):
        backend.complete("s", "p")


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        json.dumps({"choices": [{"message": {"content": None}}]}).encode(),
        json.dumps({"choices": [{"message": {"content": ["a", "list"]}}]}).encode(),
        json.dumps({"choices": [{"message": {"content": "\x00\x01\x02\x03 binary"}}]}).encode(),
        json.dumps({"error": "overloaded"}).encode(),
    ],
)
def test_replies_that_are_not_text(body):
    with pytest.raises(DraftingError) as info:
        reply_text(body)
    assert not isinstance(info.value, UnreachableError)


def test_missing_api_key_variable(monkeypatch):
    monkeypatch.delenv("NO_SUCH_KEY_VAR", raising=False)
    backend = make_backend(DraftingSettings(backend="openai", api_key_env="NO_SUCH_KEY_VAR"))
    with pytest.raises(UnreachableError, match="NO_SUCH_KEY_VAR is not set"):
        backend.complete("s", "p")
