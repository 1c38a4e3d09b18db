"""Property: random bytes, random YAML and random Unicode in every params value end in a
params error (a BriefbookError, one line) or valid params, never an internal error."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefbook.config.limits import reset_limits
from briefbook.config.params import PARAMS, load_params
from briefbook.errors import BriefbookError

KEYS = [p.key for p in PARAMS]
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.dates().map(str),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
YAML_SHAPES = st.text(alphabet="[]{}:&*!-?|>'\"#\n ,.a1%@`\\\t~", max_size=200)


def attempt(text: str | bytes, overrides: list[str] | None = None) -> None:
    """Load ``text`` as a params file; anything but a BriefbookError fails the property."""
    reset_limits()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.yaml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            params = load_params(path, overrides)
        except BriefbookError as exc:
            line = exc.line()
            assert "\n" not in line and "\r" not in line
            return
        params.to_dict()  # what the manifest records can be built
    reset_limits()


@SETTINGS
@given(st.binary(max_size=600))
def test_random_bytes(data):
    attempt(data)


@SETTINGS
@given(YAML_SHAPES)
def test_random_yaml_syntax(text):
    attempt("title: T\nsources: [a.txt]\n" + text)
    attempt(text)


@SETTINGS
@given(st.dictionaries(st.sampled_from([*KEYS, "x"]), VALUES, max_size=len(KEYS)))
def test_random_values_under_every_key(data):
    attempt(yaml.safe_dump({"title": "T", "sources": ["a.txt"], **data}, allow_unicode=True))


@SETTINGS
@given(st.sampled_from(KEYS), st.text(max_size=60))
def test_random_unicode_in_every_value_and_override(key, text):
    data = {"title": "T", "sources": ["a.txt"], key: text}
    attempt(yaml.safe_dump(data, allow_unicode=True))
    attempt("title: T\nsources: [a.txt]\n", [f"{key}={text}"])
    attempt("title: T\nsources: [a.txt]\n", [f"{text}"])
