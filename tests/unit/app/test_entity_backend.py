"""The entity backend a run uses: the release wheel, verified, is unpacked and loaded by path; an
installed package is refused with exit 2 unless the override is set, which is then a warning
for the manifest; a model spaCy cannot load is one line, exit 2."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefbook.analysis import ner_verify
from briefbook.analysis.ner_verify import UnverifiedModelError
from briefbook.app.cli import main
from briefbook.app.run import Progress, entity_backend_meta, load_entity_backend
from briefbook.config.entities import EntitySettings
from briefbook.errors import InputError
from model_dists import (
    NAME,
    VERSION,
    fake_distribution,
    fake_wheel,
    release,
    sha256_of,
    spacy_pipeline,
)

INIT = b"""from pathlib import Path

import spacy


def load(**overrides):
    return spacy.load(Path(__file__).parent / "pipeline", **overrides)
"""


@pytest.fixture(autouse=True)
def _forget_the_model_package():
    """A test that imports the fake package by name leaves none behind for the next."""
    yield
    for module in [m for m in sys.modules if m == NAME or m.startswith(NAME + ".")]:
        del sys.modules[module]


def _brief(tmp_path: Path, entities: str, formats: str = "") -> Path:
    (tmp_path / "note.txt").write_text(
        "Border note\n\nTroops massed near the border on Monday.\n", encoding="utf-8"
    )
    params = tmp_path / "brief.yaml"
    params.write_text(
        f"title: Border\nsources: [note.txt]\n{formats}entities: {entities}\n", encoding="utf-8"
    )
    return params


def test_run_refuses_a_model_that_is_neither_a_wheel_nor_installed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    params = _brief(tmp_path, f"{{backend: {NAME}}}", "formats: [html]\n")
    assert main(["run", str(params), "--output-dir", str(tmp_path / "out"), "--quiet"]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if "error:" in line]
    assert len(errors) == 1
    assert f"entity model {NAME} refused: {NAME} is not installed" in errors[0]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("briefing.html"))


@pytest.fixture
def release_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A release wheel of NAME holding a real spaCy pipeline (an entity ruler, nothing
    downloaded) in ``tmp_path/dl``, published as the one known release."""
    pytest.importorskip("spacy")
    wheel = fake_wheel(tmp_path / "dl", spacy_pipeline(tmp_path))
    published = release(sha256_of(wheel))
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [published])
    return wheel


def test_the_release_wheel_loads_by_path_and_a_same_named_package_is_never_consulted(
    tmp_path: Path, release_wheel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shadow = tmp_path / "shadow"
    (shadow / NAME).mkdir(parents=True)
    (shadow / NAME / "__init__.py").write_text("raise SystemExit('shadow imported')\n")
    monkeypatch.syspath_prepend(str(shadow))
    monkeypatch.delitem(sys.modules, NAME, raising=False)
    progress = Progress(io.StringIO())
    settings = EntitySettings(NAME, wheel="dl/" + release_wheel.name, cache="cache")
    params = SimpleNamespace(entities=settings, base=tmp_path)  # paths relative to the params
    model = load_entity_backend(params, progress)
    assert progress.warnings == [] and NAME not in sys.modules
    assert [(e.text, e.label_) for e in model.nlp("Crowds cheered Ilmar Kask.").ents] == [
        ("Ilmar Kask", "PERSON")
    ]
    assert model.verification.model_dir == tmp_path / "cache" / sha256_of(release_wheel)
    meta = entity_backend_meta(params, model)
    assert meta["verified"] is True and meta["model"] == NAME and meta["source"] == "wheel"
    assert meta["wheel_sha256"] == sha256_of(release_wheel) and meta["load_s"] >= 0


def test_a_wheel_that_is_not_the_release_is_refused_even_with_the_override(
    tmp_path: Path, release_wheel: Path
) -> None:
    other = fake_wheel(tmp_path / "other", {"config.cfg": b"[nlp]\nlang = en\n"})
    settings = EntitySettings(NAME, allow_unverified=True, wheel=str(other), cache="cache")
    with pytest.raises(UnverifiedModelError, match="is not the published"):
        load_entity_backend(SimpleNamespace(entities=settings, base=tmp_path), Progress())


def test_a_model_spacy_cannot_load_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("spacy")
    wheel = fake_wheel(tmp_path / "dl", {"config.cfg": b"[nlp\nlang = en\n", "meta.json": b"{}"})
    published = release(sha256_of(wheel))
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [published])
    settings = EntitySettings(NAME, wheel=str(wheel), cache=str(tmp_path / "cache"))
    with pytest.raises(InputError) as caught:
        load_entity_backend(SimpleNamespace(entities=settings, base=tmp_path), Progress())
    assert caught.value.exit_code == 2 and type(caught.value) is InputError
    line = caught.value.line()
    assert "\n" not in line and line.startswith(f"entities.backend {NAME} could not be loaded: ")


def test_the_override_loads_an_installed_package_and_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed package cannot be verified, even one whose direct_url.json names the
    release: it runs only with allow_unverified, and the warning says so."""
    pytest.importorskip("spacy")
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [release("ab" * 32)])
    files = {"__init__.py": INIT}
    files |= {f"pipeline/{rel}": data for rel, data in spacy_pipeline(tmp_path).items()}
    fake_distribution(site, files, sha256="ab" * 32)
    params = SimpleNamespace(entities=EntitySettings(NAME), base=tmp_path)
    with pytest.raises(UnverifiedModelError, match="cannot be verified"):
        load_entity_backend(params, Progress(io.StringIO()))
    progress = Progress(io.StringIO())
    params = SimpleNamespace(entities=EntitySettings(NAME, allow_unverified=True), base=tmp_path)
    model = load_entity_backend(params, progress)
    assert len(progress.warnings) == 1
    assert f"entity model {NAME} {VERSION} is used UNVERIFIED" in progress.warnings[0]
    assert "cannot be verified" in progress.warnings[0]
    meta = entity_backend_meta(params, model)
    assert meta["verified"] is False and meta["source"] == "installed"


def test_the_rules_need_no_model() -> None:
    params = SimpleNamespace(entities=EntitySettings())
    assert load_entity_backend(params, Progress(io.StringIO())) is None
    assert entity_backend_meta(params, None) == {"backend": "rules"}


def test_a_wheel_or_cache_path_the_system_refuses_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings made in code (not read from a params file, which drops control characters)
    can hold a path the system refuses: still one line, exit 2, never a raw ValueError."""
    wheel = fake_wheel(tmp_path / "dl")
    published = release(sha256_of(wheel))
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [published])
    for settings, said in [
        (EntitySettings(NAME, wheel="a\0b.whl", cache="cache"), "cannot be read"),
        (EntitySettings(NAME, wheel=f"dl/{wheel.name}", cache="c\0d"), "cannot be unpacked"),
    ]:
        with pytest.raises(InputError) as caught:
            load_entity_backend(SimpleNamespace(entities=settings, base=tmp_path), Progress())
        line = caught.value.line()
        assert caught.value.exit_code == 2 and "\n" not in line and "\0" not in line
        assert said in line and "embedded null byte" in line


@pytest.mark.parametrize("entities", ["none", "None", "RULES", "rules", "{backend: NONE}", "''"])
def test_check_takes_none_and_rules_in_any_case_as_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entities: str
) -> None:
    assert main(["check", str(_brief(tmp_path, entities))]) == 0
    captured = capsys.readouterr()
    assert "entity" not in captured.err and "entity backend" not in captured.out


def test_check_names_a_model_that_would_be_refused_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(_brief(tmp_path, f"{{backend: {NAME}}}"))]) == 2
    captured = capsys.readouterr()
    assert f"entity backend: {NAME} (installed package, not verifiable)" in captured.out
    (line,) = [x for x in captured.err.splitlines() if "entity model" in x]
    assert f"problem: entity model {NAME} refused: {NAME} is not installed" in line
    assert line.count("allow_unverified") == 1 and "pip install" not in line


def test_check_verifies_the_wheel_without_unpacking_it(
    tmp_path: Path, release_wheel: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entities = f"{{backend: {NAME}, wheel: dl/{release_wheel.name}, cache: cache}}"
    assert main(["check", str(_brief(tmp_path, entities))]) == 0
    assert (
        f"entity backend: {NAME} {VERSION} (verified original release)" in capsys.readouterr().out
    )
    assert not (tmp_path / "cache").exists()
    release_wheel.write_bytes(release_wheel.read_bytes() + b"\x00")
    assert main(["check", str(_brief(tmp_path, entities))]) == 2
    assert "is not the published" in capsys.readouterr().err
