"""Verification of an installed entity model against its original release
(briefbook.analysis.ner_verify), on fake distributions built in a temporary site folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefbook.analysis import ner_verify
from briefbook.analysis.ner_verify import (
    KnownRelease,
    UnverifiedModelError,
    known_releases,
    require_verified,
    verify_model,
)
from briefbook.errors import EXIT_BAD_INPUT
from model_dists import NAME, URL, VERSION, WHEEL_SHA, fake_distribution


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site folder on sys.path, and the known releases: NAME's release only."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    release = KnownRelease(NAME, VERSION, URL, WHEEL_SHA)
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [release])
    return folder


def test_the_table_holds_the_original_release_with_its_published_digest() -> None:
    (sm,) = [r for r in known_releases() if r.name == "en_core_web_sm"]
    assert sm.version == "3.8.0"
    assert sm.url.startswith("https://github.com/explosion/spacy-models/releases/download/")
    assert sm.sha256 == "1932429db727d4bff3deed6b34cfc05df17794f4a52eeb26cf8928f7c1a0fb85"
    assert sm.pip_url == f"{sm.url}#sha256={sm.sha256}"


def test_an_original_release_verifies(site: Path) -> None:
    fake_distribution(site)
    result = verify_model(NAME)
    assert result.problems == []
    assert result.verified and result.version == VERSION and result.files == 2
    assert require_verified(NAME).verified


def test_a_file_changed_after_install_fails_its_record_hash(site: Path) -> None:
    fake_distribution(site)
    (site / NAME / "model" / "weights.bin").write_bytes(b"\x00\x02" * 64)
    result = verify_model(NAME)
    assert result.problems == [f"{NAME}/model/weights.bin does not match its hash in RECORD"]


def test_a_file_missing_or_added_fails(site: Path) -> None:
    fake_distribution(site)
    (site / NAME / "model" / "weights.bin").unlink()
    (site / NAME / "model" / "extra.py").write_text("import os\n", encoding="utf-8")
    problems = verify_model(NAME).problems
    assert f"{NAME}/model/weights.bin listed in RECORD is missing" in problems
    assert f"{NAME}/model/extra.py is not listed in RECORD" in problems


def test_a_wheel_of_another_digest_fails(site: Path) -> None:
    other = hashlib.sha256(b"a re-upload").hexdigest()
    fake_distribution(site, sha256=other)
    assert verify_model(NAME).problems == [f"wheel sha256 {other} is not the published {WHEEL_SHA}"]


def test_another_url_or_no_digest_fails(site: Path) -> None:
    fake_distribution(site, url="https://mirror.example.net/model.whl", sha256=None)
    problems = verify_model(NAME).problems
    assert problems[0].startswith("installed from https://mirror.example.net/model.whl, not from")
    assert "records no sha256" in problems[1]


def test_no_direct_url_is_refused_with_one_line_and_its_data(site: Path) -> None:
    fake_distribution(site, direct_url=False)
    with pytest.raises(UnverifiedModelError) as caught:
        require_verified(NAME)
    error = caught.value
    assert error.exit_code == EXIT_BAD_INPUT
    assert error.model == NAME and error.version == VERSION
    assert error.data["problems"] == error.problems
    assert "no direct_url.json" in error.problems[0]
    line = error.line()
    assert "\n" not in line and line.startswith(f"entity model {NAME} {VERSION} refused:")
    assert f"{URL}#sha256={WHEEL_SHA}" in line  # the install command of the original


def test_a_model_not_in_the_table_is_refused(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_distribution(site)
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [])
    with pytest.raises(UnverifiedModelError, match="not a known original release"):
        require_verified(NAME)


def test_the_override_returns_the_problems_and_a_missing_model_is_refused_even_then(
    site: Path,
) -> None:
    fake_distribution(site, direct_url=False)
    result = require_verified(NAME, allow_unverified=True)
    assert not result.verified and "no direct_url.json" in result.problems[0]
    assert result.manifest()["verified"] is False
    with pytest.raises(UnverifiedModelError, match="not installed"):
        require_verified("no_such_model_pkg", allow_unverified=True)


def test_a_missing_file_is_found_with_the_backports_distribution_too(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The importlib_metadata backport's ``files`` leaves out missing files: the RECORD is
    read directly, whichever finder answers."""
    backport = pytest.importorskip("importlib_metadata")
    import importlib.metadata

    fake_distribution(site)
    (site / NAME / "model" / "weights.bin").unlink()
    monkeypatch.setattr(importlib.metadata, "distribution", backport.distribution)
    problems = verify_model(NAME).problems
    assert f"{NAME}/model/weights.bin listed in RECORD is missing" in problems
