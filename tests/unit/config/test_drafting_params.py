"""The drafting params: off by default, a remote endpoint refused unless allowed."""

from __future__ import annotations

import pytest

from briefbook.config.drafting import is_loopback, parse_drafting
from briefbook.config.params import load_params
from briefbook.errors import ParamsError

BASE = "title: T\nsources: [a.txt]\n"


def write(tmp_path, extra: str = ""):
    path = tmp_path / "p.yaml"
    path.write_text(BASE + extra)
    return path


def test_drafting_is_off_by_default(tmp_path):
    params = load_params(write(tmp_path))
    assert params.drafting.backend == "none" and not params.drafting.enabled
    assert params.to_dict()["drafting"]["backend"] == "none"


def test_a_file_turns_it_on_and_an_override_turns_it_off(tmp_path):
    path = write(tmp_path, "drafting: {backend: openai, model: qwen, timeout_s: 30}\n")
    on = load_params(path)
    assert on.drafting.enabled and on.drafting.model == "qwen" and on.drafting.timeout_s == 30
    assert on.drafting.host == "127.0.0.1"
    off = load_params(path, ["drafting.backend=none"])
    assert not off.drafting.enabled and off.drafting.model == "qwen"


@pytest.mark.parametrize(
    "extra, key, fragment",
    [
        ("drafting: {backend: gpt}\n", "drafting.backend", "must be one of"),
        (
            "drafting: {backend: openai, endpoint: 'https://api.example.com/v1'}\n",
            "drafting.endpoint",
            "not on this machine (api.example.com)",
        ),
        (
            "drafting: {backend: openai, endpoint: 'ftp://127.0.0.1'}\n",
            "drafting.endpoint",
            "http(s) URL",
        ),
        ("drafting: {backend: llama_cpp}\n", "drafting.model_path", "is required"),
        ("drafting: {backend: openai, timeout_s: 0}\n", "drafting.timeout_s", "positive"),
        ("drafting: {backend: openai, temperature: 1}\n", "drafting.temperature", "unknown key"),
        ("drafting: [openai]\n", "drafting", "must be"),
    ],
)
def test_bad_drafting_params_name_the_key(tmp_path, extra, key, fragment):
    with pytest.raises(ParamsError) as info:
        load_params(write(tmp_path, extra))
    assert info.value.data["key"] == key
    assert fragment in info.value.message


def test_a_remote_endpoint_needs_allow_remote():
    settings = parse_drafting(
        {"backend": "openai", "endpoint": "https://api.example.com/v1", "allow_remote": True}
    )
    assert settings.remote and settings.host == "api.example.com"


@pytest.mark.parametrize(
    "host, loopback",
    [
        ("127.0.0.1", True),
        ("127.8.0.2", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("10.0.0.1", False),
        ("example.com", False),
        ("0.0.0.0", False),
    ],
)
def test_loopback(host, loopback):
    assert is_loopback(host) is loopback
