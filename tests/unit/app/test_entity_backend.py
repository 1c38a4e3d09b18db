"""The entity backend a run uses: a verified model is loaded, an unverified one is refused with
exit 2 unless the override is set, which is then a warning for the manifest."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefbook.analysis import ner_verify
from briefbook.analysis.ner_verify import KnownRelease, UnverifiedModelError
from briefbook.app.cli import main
from briefbook.app.run import Progress, entity_backend_meta, load_entity_backend
from briefbook.config.entities import EntitySettings
from model_dists import NAME, URL, VERSION, WHEEL_SHA, fake_distribution

INIT = b"""from pathlib import Path

import spacy


def load(**overrides):
    return spacy.load(Path(__file__).parent / "pipeline", **overrides)
"""


def test_run_refuses_a_model_that_is_not_an_original_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "note.txt").write_text(
        "Border note\n\nTroops massed near the border on Monday.\n", encoding="utf-8"
    )
    params = tmp_path / "brief.yaml"
    params.write_text(
        f"title: Border\nsources: [note.txt]\nformats: [html]\nentities: {{backend: {NAME}}}\n",
        encoding="utf-8",
    )
    assert main(["run", str(params), "--output-dir", str(tmp_path / "out"), "--quiet"]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if "error:" in line]
    assert len(errors) == 1
    assert f"entity model {NAME} refused: {NAME} is not installed" in errors[0]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("briefing.html"))


@pytest.fixture
def model_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A site folder on sys.path and NAME as the one known release; returns a function that
    installs NAME there as a real spaCy package (an entity ruler, no download)."""
    spacy = pytest.importorskip("spacy")
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(
        ner_verify, "known_releases", lambda: [KnownRelease(NAME, VERSION, URL, WHEEL_SHA)]
    )

    def install(**kw):
        nlp = spacy.blank("en")
        nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Ilmar Kask"}])
        saved = tmp_path / "saved"
        nlp.to_disk(saved)
        files = {"__init__.py": INIT}
        files |= {
            f"pipeline/{p.relative_to(saved).as_posix()}": p.read_bytes()
            for p in sorted(saved.rglob("*"))
            if p.is_file()
        }
        fake_distribution(site, files, **kw)

    yield install


def test_a_verified_model_loads_without_warning(model_site) -> None:
    model_site()
    progress = Progress(io.StringIO())
    params = SimpleNamespace(entities=EntitySettings(NAME))
    model = load_entity_backend(params, progress)
    assert progress.warnings == []
    assert [(e.text, e.label_) for e in model.nlp("Crowds cheered Ilmar Kask.").ents] == [
        ("Ilmar Kask", "PERSON")
    ]
    meta = entity_backend_meta(params, model)
    assert meta["verified"] is True and meta["model"] == NAME and meta["load_s"] >= 0


def test_the_override_loads_an_unverified_model_and_warns(model_site) -> None:
    model_site(direct_url=False)
    params = SimpleNamespace(entities=EntitySettings(NAME))
    with pytest.raises(UnverifiedModelError, match="no direct_url.json"):
        load_entity_backend(params, Progress(io.StringIO()))
    progress = Progress(io.StringIO())
    params = SimpleNamespace(entities=EntitySettings(NAME, allow_unverified=True))
    model = load_entity_backend(params, progress)
    assert len(progress.warnings) == 1
    assert f"entity model {NAME} {VERSION} is used UNVERIFIED" in progress.warnings[0]
    assert "no direct_url.json" in progress.warnings[0]
    assert entity_backend_meta(params, model)["verified"] is False


def test_the_rules_need_no_model() -> None:
    params = SimpleNamespace(entities=EntitySettings())
    assert load_entity_backend(params, Progress(io.StringIO())) is None
    assert entity_backend_meta(params, None) == {"backend": "rules"}


def test_check_names_a_model_that_would_be_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "note.txt").write_text("Border note\n\nTroops massed.\n", encoding="utf-8")
    params = tmp_path / "brief.yaml"
    params.write_text(
        f"title: Border\nsources: [note.txt]\nentities: {{backend: {NAME}}}\n", encoding="utf-8"
    )
    assert main(["check", str(params)]) == 2
    captured = capsys.readouterr()
    assert f"entity backend: {NAME} (NOT verified)" in captured.out
    assert f"problem: entity model {NAME} refused: {NAME} is not installed" in captured.err
