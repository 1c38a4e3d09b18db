"""Compiled templates shared between processes: the same output, and never the code of an
environment of other options."""

from __future__ import annotations

import jinja2

from briefbook.resources import template_bytecode_cache


def _env(folder, **options):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), **options)
    env.bytecode_cache = template_bytecode_cache(env)
    return env


def test_bytecode_cache_gives_the_same_output_and_keeps_options_apart(tmp_path):
    (tmp_path / "t.j2").write_text(
        "{% for x in items %}\n  <b>{{ x }}</b>\n{% endfor %}\n", encoding="utf-8"
    )
    items = ["<a>", "b & c"]
    plain = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(tmp_path)), autoescape=True, trim_blocks=True
    )
    expected = plain.get_template("t.j2").render(items=items)
    first = _env(tmp_path, autoescape=True, trim_blocks=True)
    assert first.bytecode_cache is not None
    assert first.get_template("t.j2").render(items=items) == expected
    again = _env(tmp_path, autoescape=True, trim_blocks=True)  # a later process: loads it
    assert again.bytecode_cache is first.bytecode_cache
    assert again.get_template("t.j2").render(items=items) == expected

    # other options compile other code: never served the code cached above
    other = _env(tmp_path, autoescape=False, trim_blocks=False)
    assert other.bytecode_cache is not first.bytecode_cache
    unescaped = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    assert other.get_template("t.j2").render(items=items) == unescaped.get_template("t.j2").render(
        items=items
    )
    assert "<b><a></b>" in other.get_template("t.j2").render(items=items)


def test_an_edited_template_is_compiled_afresh(tmp_path):
    template = tmp_path / "t.j2"
    template.write_text("one {{ x }}", encoding="utf-8")
    assert _env(tmp_path, autoescape=True).get_template("t.j2").render(x=1) == "one 1"
    template.write_text("two {{ x }}", encoding="utf-8")
    assert _env(tmp_path, autoescape=True).get_template("t.j2").render(x=1) == "two 1"
