"""Params and outline YAML is bounded: alias bombs, deep nesting, huge files and odd keys are
one-line errors naming the limit or the line, never a hang, MemoryError or TypeError.

These run in-process; the same cases through the CLI under a timeout and a memory cap are in
tests/e2e/test_limits.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefbook.config.controls import clean_line
from briefbook.config.limits import LIMITS, LimitError, limit, limits_table, set_limits
from briefbook.config.params import load_params
from briefbook.config.safe_yaml import read_yaml_text
from briefbook.errors import InputError, ParamsError, escape_controls

BASE = "title: T\nsources: [a.txt]\n"


def bomb(levels: int = 9, fan: int = 9) -> str:
    """The "billion laughs" shape: each anchor a list of ``fan`` aliases of the one before."""
    lines = [f"a0: &a0 [{', '.join(['lol'] * fan)}]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * fan)}]")
    return "\n".join(lines) + "\n"


def bomb_params(tmp_path: Path, key_line: str) -> Path:
    """A params file whose anchors sit under an unknown-looking holder key ``x-bomb`` would be
    refused as an unknown key; so the bomb is written inline under the key it attacks."""
    path = tmp_path / "p.yaml"
    path.write_text(key_line, encoding="utf-8")
    return path


def inline_bomb(levels: int = 9, fan: int = 9) -> str:
    """A flow-style bomb usable as one value: ``&a0 [..]`` nested by aliases."""
    value = f"&a0 [{', '.join(['lol'] * fan)}]"
    for i in range(1, levels):
        value = f"[{value}, &a{i} [{', '.join([f'*a{i - 1}'] * fan)}]]"
    return value


KEYS_UNDER_ATTACK = {
    "title": "title: {b}\nsources: [a.txt]\n",
    "sources": "title: T\nsources: {b}\n",
    "date": "title: T\nsources: [a.txt]\ndate: {b}\n",
    "formats": "title: T\nsources: [a.txt]\nformats: {b}\n",
    "window": "title: T\nsources: [a.txt]\nwindow: {{since: {b}}}\n",
    "grades": "title: T\nsources: [{{path: a.txt, reliability: {b}, credibility: {b2}}}]\n",
}


@pytest.mark.parametrize("key", sorted(KEYS_UNDER_ATTACK))
def test_alias_bomb_refused_under_every_key(tmp_path, key):
    text = KEYS_UNDER_ATTACK[key].format(b=inline_bomb(), b2="*a3")
    with pytest.raises(LimitError) as info:
        load_params(bomb_params(tmp_path, text))
    assert info.value.limit in {"yaml_nodes", "yaml_aliases"}
    assert "raise it with" in info.value.line()


def test_block_style_bomb_refused_by_expanded_size():
    with pytest.raises(LimitError) as info:
        read_yaml_text(bomb(levels=6, fan=9))  # 9**5 values from 45 aliases
    assert info.value.limit == "yaml_nodes"


def test_many_aliases_refused():
    text = "a: &a x\nb: [" + ", ".join(["*a"] * (limit("yaml_aliases") + 1)) + "]\n"
    with pytest.raises(LimitError) as info:
        read_yaml_text(text)
    assert info.value.limit == "yaml_aliases"


def test_deep_nesting_refused_before_recursion():
    for text in ("[" * 5000 + "]" * 5000, "a:\n" + "".join(f"{' ' * i}b:\n" for i in range(1, 60))):
        with pytest.raises(LimitError) as info:
            read_yaml_text(text)
        assert info.value.limit == "yaml_depth"


def test_recursive_alias_is_a_yaml_error(tmp_path):
    with pytest.raises(ParamsError, match="recursive alias"):
        load_params(bomb_params(tmp_path, "title: &t [*t]\nsources: [a.txt]\n"))


@pytest.mark.parametrize(
    "text",
    [
        "? [a, b]\n: 1\n" + BASE,
        "? {a: 1}\n: 1\n" + BASE,
        "title: T\nsources: [{? [x] : 1, path: a.txt}]\n",
        "{[1]: 2}\n",
    ],
)
def test_list_or_mapping_as_key_is_one_line_params_error(tmp_path, text):
    with pytest.raises(ParamsError) as info:
        load_params(bomb_params(tmp_path, text))
    assert "cannot be a key" in info.value.line()
    assert "line 1" in info.value.line() or "line" in info.value.line()


def test_raising_a_limit_lets_a_larger_file_through(tmp_path):
    text = "title: T\nsources: [" + ", ".join(f"f{i}.txt" for i in range(60)) + "]\n"
    set_limits({"yaml_nodes": 50})
    with pytest.raises(LimitError):
        load_params(bomb_params(tmp_path, text))
    set_limits({"yaml_nodes": 500})
    assert len(load_params(bomb_params(tmp_path, text)).sources) == 60


def test_limits_key_is_validated_and_applied(tmp_path):
    params = load_params(bomb_params(tmp_path, BASE + "limits: {window_days: 9000}\n"))
    assert params.limits == {"window_days": 9000} and limit("window_days") == 9000
    for bad in ("{nope: 3}", "{window_days: -1}", "{window_days: x}", "{window_days: true}"):
        with pytest.raises(ParamsError, match="limit"):
            load_params(bomb_params(tmp_path, BASE + f"limits: {bad}\n"))


def test_huge_schema_refused_by_size_before_parsing(tmp_path):
    big = tmp_path / "big.yaml"
    with open(big, "w") as handle:  # valid YAML, far over the limit
        handle.write("sections:\n")
        for i in range(limit("yaml_bytes") // 40 + 10):
            handle.write(f"  - {{key: k{i}, title: section number {i}}}\n")
    with pytest.raises(LimitError) as info:
        load_params(bomb_params(tmp_path, BASE + "schema: big.yaml\n"))
    assert info.value.limit == "yaml_bytes"


def test_schema_alias_bomb_refused(tmp_path):
    (tmp_path / "o.yaml").write_text(bomb() + "sections: [{key: a, title: A, cues: *a8}]\n")
    with pytest.raises(LimitError):
        load_params(bomb_params(tmp_path, BASE + "schema: o.yaml\n"))


def test_schema_resolves_from_params_folder_and_is_checked_at_params_time(
    tmp_path, monkeypatch, repo_root
):
    folder = tmp_path / "params"
    folder.mkdir()
    outline = (repo_root / "templates" / "assessment" / "conflict.yaml").read_text()
    (folder / "mine.yaml").write_text(outline)
    path = folder / "p.yaml"
    path.write_text(BASE + "schema: mine.yaml\n")
    monkeypatch.chdir(tmp_path)  # not the params folder
    assert load_params(path).schema == str(folder / "mine.yaml")
    path.write_text(BASE + "schema: missing.yaml\n")
    with pytest.raises(ParamsError, match=r"key 'schema' in p.yaml.*not found"):
        load_params(path)
    (folder / "bad.yaml").write_text("- just\n- a list\n")
    path.write_text(BASE + "schema: bad.yaml\n")
    with pytest.raises(ParamsError, match="sections"):
        load_params(path)


@pytest.mark.parametrize(
    ("override", "key"),
    [
        ("date=31-12-2024", "date"),
        ("formats=[rtf]", "formats"),
        ("window=banana", "window"),
        ("timeout=-3", "timeout"),
        ("page_size=A3", "page_size"),
        ("sources=[{path: a.txt, reliability: Z}]", "sources"),
        ("series=a/b", "series"),
        ("classification= ", "classification"),
        ("limits={yaml_nodes: 0}", "limits"),
    ],
)
def test_errors_in_overrides_say_they_came_from_p(tmp_path, override, key):
    with pytest.raises(ParamsError) as info:
        load_params(bomb_params(tmp_path, BASE), [override])
    assert "given with -p" in info.value.line() and "in p.yaml" not in info.value.line()


@pytest.mark.parametrize(
    ("extra", "limit_or_key"),
    [
        ("window: 100000d\n", "window_days"),
        ("window: 4000m\n", "window_days"),
        ("window: {since: 0001-01-01, until: 9999-12-31}\n", "window_days"),
        ('date: "0001-01-01"\nwindow: 7d\n', "window"),
        ('date: "0001-01-01"\nwindow: 1m\n', "window"),
    ],
)
def test_window_and_date_range_are_params_errors(tmp_path, extra, limit_or_key):
    with pytest.raises(InputError) as info:
        load_params(bomb_params(tmp_path, BASE + extra))
    found = getattr(info.value, "limit", None) or info.value.key
    assert found == limit_or_key


def test_control_characters_in_params_values(tmp_path):
    text = (
        'title: "Weekly\\u2029brief\\a\\x1b[2J"\n'
        'classification: "UNCLAS\\u202eSIFIED\\u2066"\n'
        'analyst: "J.\\u2028Doe\\x85"\n'
        'sources: [{path: a.txt, label: "wire\\r\\ncopy\\x9b"}]\n'
    )
    params = load_params(bomb_params(tmp_path, text))
    assert params.title == "Weekly brief[2J"
    assert params.classification == "UNCLASSIFIED"
    assert params.analyst == "J. Doe"
    assert params.sources[0].label == "wire copy"
    assert params.to_dict()["classification"] == "UNCLASSIFIED"


def test_clean_line_and_escape_controls():
    assert clean_line("a\u2028b\u2029c\td\x00e\x7f\x9f\u202ef\ud800") == "a b c def\ufffd"
    shown = escape_controls("name\r\x1b]0;forged\x07\u202e.txt")
    assert "\r" not in shown and "\x1b" not in shown and "\u202e" not in shown
    assert shown == "name\\r\\x1b]0;forged\\x07\\u202e.txt"


def test_limits_table_lists_every_limit(repo_root):
    table = limits_table()
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    for key in LIMITS:
        assert key in table
        assert f"`{key}`" in readme, f"README's limits table lacks {key}"


def test_far_dates_in_window_mapping(tmp_path):
    params = load_params(
        bomb_params(tmp_path, BASE + "date: 2024-12-20\nwindow: {since: 2024-12-01}\n")
    )
    assert (
        params.window == {"since": "2024-12-01"}
        and params.date == dt.date(2024, 12, 20).isoformat()
    )
