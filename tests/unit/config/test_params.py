"""The params file is validated before anything runs; every error names its key."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefbook.config.params import PARAMS, load_params, parse_override, slugify, validate_params
from briefbook.errors import ParamsError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_params_load(repo_root):
    params = load_params(repo_root / "params" / "example.yaml")
    assert params.title == "North Korean troops in Russia's war"
    assert params.series == "dprk-russia"
    assert [s.reliability for s in params.sources] == ["A", "C"]
    assert params.formats == ["html", "pdf"]
    assert params.base == repo_root / "params"
    assert params.date == dt.date.today().isoformat()


def test_defaults_and_overrides(tmp_path):
    path = write(tmp_path, "title: Weekly DPRK\nsources: [a.txt]\n")
    params = load_params(
        path, ["date=2024-12-20", "formats=[html]", "analyst=J. Doe", "title=2024"]
    )
    assert params.series == "2024" and params.slug == "2024"  # derived after overrides
    assert params.date == "2024-12-20"
    assert params.formats == ["html"]
    assert params.title == "2024"
    assert params.schema == "conflict" and params.classification == "UNCLASSIFIED"


def test_formats_given_with_p_as_comma_separated_words(tmp_path):
    path = write(tmp_path, "title: T\nsources: [a.txt]\n")
    assert load_params(path, ["formats=html, docx"]).formats == ["html", "docx"]
    assert load_params(path, ["formats=pdf"]).formats == ["pdf"]
    with pytest.raises(ParamsError, match="unknown format"):
        load_params(path, ["formats=html,rtf"])
    # a source path may hold a comma: a plain string is never split into two sources
    with pytest.raises(ParamsError, match="must be a list"):
        load_params(path, ["sources=reports, 2024/a.txt"])


@pytest.mark.parametrize(
    ("text", "key", "fragment"),
    [
        ("title: T\nsources: [a.txt]\ncolour: red\n", "colour", "unknown key 'colour'"),
        ("title: [1, 2]\nsources: [a.txt]\n", "title", "must be a string"),
        ("title: T\nsources: a.txt\n", "sources", "must be a list"),
        ("title: T\nsources: []\n", "sources", "at least one source"),
        ("sources: [a.txt]\n", "title", "required"),
        ("title: T\nsources: [a.txt]\ndate: 20-12-2024\n", "date", "YYYY-MM-DD"),
        ("title: T\nsources: [a.txt]\nformats: [odt]\n", "formats", "unknown format"),
        ("title: T\nsources: [a.txt]\nseries: ../escape\n", "series", "plain folder name"),
        ("title: T\nsources: [a.txt]\nseries: /etc\n", "series", "plain folder name"),
        ("title: T\nsources: [a.txt]\nslug: a/b\n", "slug", "plain folder name"),
        ("title: T\nsources: [{path: a.txt, reliability: G}]\n", "sources[1].reliability", "A-F"),
        ("title: T\nsources: [{path: a.txt, credibility: 9}]\n", "sources[1].credibility", "1-6"),
        ("title: T\nsources: [{label: x}]\n", "sources[1].path", "needs a 'path'"),
        ("title: T\nsources: [{path: a.txt, colour: red}]\n", "sources[1].colour", "unknown key"),
        ("title: T\nsources: [a.txt]\ntimeout: yes\n", "timeout", "whole number"),
        ("title: T\nsources: [a.txt]\npage_size: A3\n", "page_size", "A4, Letter"),
    ],
)
def test_bad_params_name_the_key(tmp_path, text, key, fragment):
    with pytest.raises(ParamsError) as info:
        load_params(write(tmp_path, text))
    assert info.value.key == key
    assert fragment in info.value.line()
    assert "\n" not in info.value.line()


def test_malformed_yaml_names_the_line(tmp_path):
    with pytest.raises(ParamsError) as info:
        load_params(write(tmp_path, "title: T\nsources: [a.txt\n  bad: : :\n"))
    assert "not valid YAML at line" in info.value.line()


def test_not_a_mapping(tmp_path):
    with pytest.raises(ParamsError, match="must be a mapping"):
        load_params(write(tmp_path, "- a\n- b\n"))


def test_missing_params_file(tmp_path):
    with pytest.raises(ParamsError, match="not found"):
        load_params(tmp_path / "nope.yaml")


def test_override_needs_equals():
    with pytest.raises(ParamsError, match="KEY=VALUE"):
        parse_override("date")


def test_every_param_is_documented():
    assert all(p.help for p in PARAMS)
    assert slugify("North Korean troops in Russia's war") == "north-korean-troops-in-russia-s-war"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("title: T\nsources: [a.txt]\ndate: 2024-02-30\n", "date"),
        ("title: T\nsources: [a.txt]\ndate: 2024-13-45\n", "date"),
        ("title: T\nsources: [{path: a.txt, published: 2024-02-30}]\n", "sources[1].published"),
        ("title: T\nsources: [a.txt]\nwindow: {since: 2024-99-01}\n", "window"),
        ("title: T\nsources: [a.txt]\nwindow: fortnight\n", "window"),
    ],
)
def test_impossible_dates_and_windows_name_the_key(tmp_path, text, key):
    with pytest.raises(ParamsError) as info:
        load_params(write(tmp_path, text))
    assert info.value.key == key


def test_impossible_date_override(tmp_path):
    path = write(tmp_path, "title: T\nsources: [a.txt]\n")
    with pytest.raises(ParamsError) as info:
        load_params(path, ["date=2024-13-45"])
    assert info.value.key == "date"


def test_override_errors_name_the_override(tmp_path):
    path = write(tmp_path, "title: T\nsources: [a.txt]\n")
    with pytest.raises(ParamsError, match="'date' given with -p"):
        load_params(path, ["date=2024-13-01"])
    with pytest.raises(ParamsError, match="'title' given with -p is required"):
        load_params(path, ["title="])


def test_empty_marking_is_refused_not_downgraded(tmp_path):
    with pytest.raises(ParamsError) as info:
        load_params(write(tmp_path, 'title: T\nsources: [a.txt]\nclassification: " "\n'))
    assert info.value.key == "classification"


def test_key_given_twice(tmp_path):
    with pytest.raises(ParamsError, match="'title' is given twice") as info:
        load_params(write(tmp_path, "title: T\nsources: [a.txt]\ntitle: U\n"))
    assert info.value.key == "title"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Война в Украине: обзор", "voina-v-ukraine-obzor"),
        ("Ελληνικά νέα", "ellenika-nea"),
        ("Café crème, Zürich", "cafe-creme-zurich"),
    ],
)
def test_titles_in_any_script_transliterate_to_ascii_folder_names(title, slug):
    assert slugify(title) == slug


def test_unrelated_non_latin_titles_never_share_a_series_folder(tmp_path):
    titles = ["Обзор обстановки", "北朝鮮軍のロシア派遣", "🚀🔥", "🛰️📡", "…"]
    slugs = [slugify(t) for t in titles]
    assert len(set(slugs)) == len(titles), slugs
    for s in slugs:
        assert s != "briefing" and re.fullmatch(r"[a-z0-9][a-z0-9-]*", s), s
    assert slugify("🚀🔥") == slugify("🚀🔥")  # stable: the same title, the same folder
    assert re.fullmatch(r"briefing-[0-9a-f]{8}", slugify("🚀🔥"))
    # the params give series and slug from the title, and the series key stays the authority
    p = validate_params({"title": titles[1], "sources": ["a.txt"]}, base=tmp_path)
    assert p.series == p.slug == slugs[1]
    p = validate_params({"title": titles[1], "sources": ["a.txt"], "series": "dprk"}, base=tmp_path)
    assert p.series == "dprk" and p.slug == slugs[1]
