"""Verification of an entity model against its original release (briefbook.analysis.ner_verify):
the release wheel's digest first, then its members against its own RECORD; small fake wheels
built in temporary folders, with a fake release table."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from briefbook.analysis import ner_verify
from briefbook.analysis.ner_verify import (
    UnverifiedModelError,
    installed_model,
    known_releases,
    require_installed,
    require_wheel,
    verify_wheel,
)
from briefbook.errors import EXIT_BAD_INPUT, InputError
from model_dists import (
    DIST_INFO,
    NAME,
    PIPELINE,
    PIPELINE_FILES,
    URL,
    VERSION,
    fake_distribution,
    fake_wheel,
    record_hash,
    release,
    sha256_of,
)


@pytest.fixture
def published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Make the table's one release NAME with the digest of the wheel given."""

    def publish(wheel: Path) -> str:
        sha = sha256_of(wheel)
        monkeypatch.setattr(ner_verify, "known_releases", lambda: [release(sha)])
        return sha

    return publish


def test_the_table_holds_the_original_release_with_its_published_digest() -> None:
    (sm,) = [r for r in known_releases() if r.name == "en_core_web_sm"]
    assert sm.version == "3.8.0"
    assert sm.url.startswith("https://github.com/explosion/spacy-models/releases/download/")
    assert sm.sha256 == "1932429db727d4bff3deed6b34cfc05df17794f4a52eeb26cf8928f7c1a0fb85"
    assert sm.pipeline == "en_core_web_sm/en_core_web_sm-3.8.0"


def test_the_release_wheel_verifies_and_only_its_pipeline_is_unpacked(
    tmp_path: Path, published
) -> None:
    sha = published(fake_wheel(tmp_path / "dl"))
    wheel = tmp_path / "dl" / f"{NAME}-{VERSION}-py3-none-any.whl"
    checked = verify_wheel(NAME, wheel)
    assert checked.problems == [] and checked.model_dir is None
    assert checked.files == 5 and checked.version == VERSION and checked.sha256 == sha
    result = require_wheel(NAME, wheel, tmp_path / "cache")
    assert result.model_dir == tmp_path / "cache" / sha
    found = {p.relative_to(result.model_dir).as_posix() for p in result.model_dir.rglob("*")}
    assert found - {"ner"} == set(PIPELINE_FILES)  # no __init__.py: no code of the package
    assert (result.model_dir / "ner" / "model").read_bytes() == PIPELINE_FILES["ner/model"]
    assert result.manifest()["wheel_sha256"] == sha and result.manifest()["source"] == "wheel"


def test_an_offline_copy_under_any_name_verifies_by_its_digest(tmp_path: Path, published) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    published(wheel)
    copy = tmp_path / "usb" / "model.whl"
    copy.parent.mkdir()
    copy.write_bytes(wheel.read_bytes())
    assert verify_wheel(NAME, copy).verified


def test_a_wheel_of_another_digest_is_refused_before_it_is_opened(
    tmp_path: Path, published
) -> None:
    sha = published(fake_wheel(tmp_path / "release"))
    other = tmp_path / "reupload.whl"
    other.write_bytes(b"not even a zip file")
    with pytest.raises(UnverifiedModelError) as caught:
        require_wheel(NAME, other, tmp_path / "cache")
    assert caught.value.problems == [
        f"wheel sha256 {sha256_of(other)} is not the published {sha} ({VERSION})"
    ]
    assert not (tmp_path / "cache").exists()


def test_a_changed_file_with_its_record_line_rehashed_changes_the_wheels_digest(
    tmp_path: Path, published
) -> None:
    published(fake_wheel(tmp_path / "release"))
    tampered = fake_wheel(tmp_path / "tampered", PIPELINE_FILES | {"ner/model": b"\xff" * 128})
    result = verify_wheel(NAME, tampered, tmp_path / "cache")
    assert not result.verified and result.problems[0].startswith("wheel sha256 ")
    assert result.model_dir is None and not (tmp_path / "cache").exists()


@pytest.mark.parametrize(
    ("kw", "problem"),
    [
        (
            {"unlisted": {f"{PIPELINE}/extra.py": b"import os\n"}},
            "extra.py is not listed in RECORD",
        ),
        (
            {"unlisted": {f"{NAME}/__pycache__/__init__.cpython-311.pyc": b"\x00"}},
            "__init__.cpython-311.pyc is not listed in RECORD",
        ),
        ({"record": {f"{PIPELINE}/ner/model": ""}}, f"{PIPELINE}/ner/model has no hash in RECORD"),
        (
            {"record": {f"{PIPELINE}/ner/model": record_hash(b"other")}},
            f"{PIPELINE}/ner/model does not match its hash in RECORD",
        ),
        (
            {"record": {f"{PIPELINE}/vocab/strings.json": record_hash(b"[]")}},
            f"{PIPELINE}/vocab/strings.json listed in RECORD is not in the wheel",
        ),
        ({"unlisted": {f"{NAME}/../../evil.cfg": b"x"}}, "is not a plain path inside the wheel"),
        (
            {"pipeline": {"meta.json": b"{}"}},
            f"the wheel's pipeline folder has no config.cfg ({PIPELINE}/config.cfg)",
        ),
    ],
)
def test_a_release_whose_files_disagree_with_its_record_is_refused_and_not_unpacked(
    tmp_path: Path, published, kw: dict, problem: str
) -> None:
    """Even with the published digest (a release table entry for a bad wheel), every member
    must be listed with a sha256 hash that matches."""
    wheel = fake_wheel(tmp_path / "dl", kw.pop("pipeline", None), **kw)
    published(wheel)
    result = verify_wheel(NAME, wheel, tmp_path / "cache")
    assert any(problem in p for p in result.problems), result.problems
    assert result.model_dir is None
    assert not (tmp_path / "cache" / result.sha256).exists()


def test_an_unpacked_folder_changed_later_is_unpacked_again(tmp_path: Path, published) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    published(wheel)
    first = require_wheel(NAME, wheel, tmp_path / "cache").model_dir
    (first / "ner" / "model").write_bytes(b"\xff" * 128)
    (first / "__pycache__").mkdir()
    (first / "__pycache__" / "planted.pyc").write_bytes(b"\x00")
    again = require_wheel(NAME, wheel, tmp_path / "cache").model_dir
    assert again == first
    assert (again / "ner" / "model").read_bytes() == PIPELINE_FILES["ner/model"]
    assert not (again / "__pycache__").exists()
    left = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert left == sorted([first.name, f".{first.name}.lock"])  # no temporary folders left


def test_a_model_not_in_the_table_or_an_unreadable_wheel_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [])
    assert "not a known original release" in verify_wheel(NAME, wheel).problems[0]
    published = release(sha256_of(wheel))
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [published])
    missing = verify_wheel(NAME, tmp_path / "nowhere.whl").problems
    assert missing[0].startswith(f"the wheel {tmp_path / 'nowhere.whl'} cannot be read")


def test_a_wheel_refusal_is_one_line_naming_the_release_once(tmp_path: Path, published) -> None:
    sha = published(fake_wheel(tmp_path / "release"))
    bad = tmp_path / "bad.whl"
    bad.write_bytes(b"x")
    with pytest.raises(UnverifiedModelError) as caught:
        require_wheel(NAME, bad)
    error = caught.value
    assert error.exit_code == EXIT_BAD_INPUT and error.model == NAME
    line = error.line()
    assert "\n" not in line and line.startswith(f"entity model {NAME} refused: wheel sha256")
    assert line.count(URL) == 1 and line.count(sha) == 1 and "entities.wheel" in line
    assert "allow_unverified" not in line  # a wrong wheel is never used


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site folder on sys.path, and the known releases: NAME's release only."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [release("ab" * 32)])
    return folder


def test_an_installed_package_is_never_verified_even_with_the_releases_records(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-upload installed by name can write the release's URL and digest into its own
    direct_url.json and re-hash its RECORD: nothing it records of itself counts."""
    monkeypatch.delitem(sys.modules, NAME, raising=False)
    fake_distribution(site, url=URL, sha256="ab" * 32)
    result = installed_model(NAME)
    assert not result.verified and result.version == VERSION and result.source == "installed"
    assert "cannot be verified" in result.problems[0]
    with pytest.raises(UnverifiedModelError) as caught:
        require_installed(NAME)
    line = caught.value.line()
    assert line.count(URL) == 1 and line.count("pip install") == 0
    assert "entities.wheel" in line and "allow_unverified" in line
    allowed = require_installed(NAME, allow_unverified=True)
    assert allowed.manifest()["verified"] is False and allowed.manifest()["source"] == "installed"
    assert NAME not in sys.modules  # nothing of the package was imported to say so


def test_a_package_not_installed_is_refused_even_with_the_override(site: Path) -> None:
    with pytest.raises(UnverifiedModelError) as caught:
        require_installed(NAME, allow_unverified=True)
    assert caught.value.problems == [f"{NAME} is not installed and no entities.wheel is given"]
    assert caught.value.line().count(URL) == 1


def test_the_dist_info_is_checked_like_every_other_member(tmp_path: Path, published) -> None:
    wheel = fake_wheel(tmp_path / "dl", record={f"{DIST_INFO}/METADATA": ""})
    published(wheel)
    assert verify_wheel(NAME, wheel).problems == [f"{DIST_INFO}/METADATA has no hash in RECORD"]


def test_a_refusal_without_the_digest_in_its_problem_gives_it_in_the_hint(
    tmp_path: Path, published
) -> None:
    wheel = fake_wheel(tmp_path / "dl", record={f"{PIPELINE}/ner/model": ""})
    sha = published(wheel)
    with pytest.raises(UnverifiedModelError) as caught:
        require_wheel(NAME, wheel)
    line = caught.value.line()
    assert line.count(URL) == 1 and f"once (sha256 {sha})" in line


def test_a_cache_that_cannot_be_written_is_one_line_about_the_cache(
    tmp_path: Path, published
) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    published(wheel)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot be unpacked into") as caught:
        verify_wheel(NAME, wheel, blocked / "cache")
    assert not isinstance(caught.value, UnverifiedModelError)
    assert "entities.cache" in caught.value.line()


def _unpack_at_once(wheel: Path, cache: Path, barrier: Any, out: Any) -> None:
    """One of several processes: verify ``wheel`` into ``cache`` once all are ready, then
    read every file of the folder it was given (as spaCy would); the outcome goes to ``out``."""
    try:
        barrier.wait(10)
        result = verify_wheel(NAME, wheel, cache)
        if result.problems or result.model_dir is None:
            out.put(f"refused: {result.problems[:1]}")
            return
        files = {}
        for path in sorted(result.model_dir.rglob("*")):
            if path.is_file():
                files[path.relative_to(result.model_dir).as_posix()] = path.read_bytes()
        out.put(files)
    except Exception as exc:  # noqa: BLE001 - the outcome of the process, whatever it is
        out.put(f"{type(exc).__name__}: {exc}")


def test_processes_unpacking_one_wheel_into_an_empty_cache_at_once_all_get_the_whole_folder(
    tmp_path: Path, published
) -> None:
    """Runs started together on an empty cache (or one holding a half-written folder) each
    unpack the pipeline: none may remove the folder another one was given, and each gets
    every file of it."""
    pipeline = PIPELINE_FILES | {f"part{i}/weights.bin": bytes([i]) * 4096 for i in range(120)}
    wheel = fake_wheel(tmp_path / "dl", pipeline)
    sha = published(wheel)
    context = multiprocessing.get_context("fork")  # the patched release table is inherited
    for round_ in range(3):
        cache = tmp_path / f"cache{round_}"
        if round_ == 2:  # a folder left half-written (by a killed run): replaced once, whole
            (cache / sha).mkdir(parents=True)
            (cache / sha / "config.cfg").write_bytes(PIPELINE_FILES["config.cfg"])
        barrier = context.Barrier(5)
        out = context.Queue()
        workers = [
            context.Process(target=_unpack_at_once, args=(wheel, cache, barrier, out))
            for _ in range(5)
        ]
        for worker in workers:
            worker.start()
        outcomes = [out.get(timeout=30) for _ in workers]
        for worker in workers:
            worker.join(10)
        assert all(outcome == pipeline for outcome in outcomes), [
            o if isinstance(o, str) else f"{len(o)} files" for o in outcomes
        ]
        assert [p.name for p in cache.iterdir() if not p.name.endswith(".lock")] == [sha]


def test_a_path_the_system_refuses_is_one_line_about_the_wheel_or_the_cache(
    tmp_path: Path, published
) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    published(wheel)
    with pytest.raises(UnverifiedModelError) as caught:
        require_wheel(NAME, tmp_path / "a\0b.whl", tmp_path / "cache")
    line = caught.value.line()
    assert caught.value.exit_code == EXIT_BAD_INPUT and "\n" not in line and "\0" not in line
    assert "cannot be read: embedded null byte" in line and "a\\x00b.whl" in line
    with pytest.raises(InputError, match="cannot be unpacked into") as refused:
        verify_wheel(NAME, wheel, tmp_path / "c\0d")
    assert not isinstance(refused.value, UnverifiedModelError)
    assert "\0" not in refused.value.line() and "entities.cache" in refused.value.line()


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every wheel hashed in full (the first step of a full verification), by path."""
    seen: list[str] = []
    full = ner_verify._copy_hashed

    def counting(wheel: Path, copy: Any) -> str:
        seen.append(str(wheel))
        return full(wheel, copy)

    monkeypatch.setattr(ner_verify, "_copy_hashed", counting)
    return seen


def test_a_wheel_is_verified_once_per_process_while_it_stays_the_same(
    tmp_path: Path, published, hashed: list[str]
) -> None:
    """A batch worker's briefings after the first reuse the verification of an unchanged
    wheel and pipeline folder: the wheel is not hashed again."""
    wheel = fake_wheel(tmp_path / "dl")
    published(wheel)
    results = [require_wheel(NAME, wheel, tmp_path / "cache") for _ in range(4)]
    assert len(hashed) == 1
    assert all(r.verified and r.model_dir == results[0].model_dir for r in results)
    assert results[1].manifest() == results[0].manifest()
    results[1].problems.append("a caller's change")  # a copy: the kept result is untouched
    assert require_wheel(NAME, wheel, tmp_path / "cache").problems == []
    assert len(hashed) == 1


def _touched(wheel: Path) -> None:
    stat = wheel.stat()
    os.utime(wheel, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def _copied_over(wheel: Path) -> None:  # same bytes, a new inode
    data = wheel.read_bytes()
    wheel.unlink()
    wheel.write_bytes(data)


@pytest.mark.parametrize("change", [_touched, _copied_over])
def test_a_wheel_touched_or_replaced_by_a_copy_is_verified_again(
    tmp_path: Path, published, hashed: list[str], change
) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    published(wheel)
    require_wheel(NAME, wheel, tmp_path / "cache")
    change(wheel)
    assert require_wheel(NAME, wheel, tmp_path / "cache").verified
    assert len(hashed) == 2
    require_wheel(NAME, wheel, tmp_path / "cache")
    assert len(hashed) == 2  # and then kept again


def test_a_wheel_tampered_after_it_was_verified_is_refused(
    tmp_path: Path, published, hashed: list[str]
) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    sha = published(wheel)
    require_wheel(NAME, wheel, tmp_path / "cache")
    # the same size, its time set back: still a changed file (its ctime moved)
    stat = wheel.stat()
    data = bytearray(wheel.read_bytes())
    data[-1] ^= 0xFF
    wheel.write_bytes(bytes(data))
    os.utime(wheel, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    for _ in range(2):  # a refusal is never kept: refused each time
        with pytest.raises(UnverifiedModelError) as caught:
            require_wheel(NAME, wheel, tmp_path / "cache")
        assert caught.value.problems[0].startswith(f"wheel sha256 {sha256_of(wheel)} ")
    assert sha256_of(wheel) != sha and len(hashed) == 3


def test_a_pipeline_folder_changed_after_it_was_verified_is_checked_again(
    tmp_path: Path, published, hashed: list[str]
) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    published(wheel)
    folder = require_wheel(NAME, wheel, tmp_path / "cache").model_dir
    size = len(PIPELINE_FILES["ner/model"])
    (folder / "ner" / "model").write_bytes(b"\xff" * size)  # the same size
    again = require_wheel(NAME, wheel, tmp_path / "cache")
    assert len(hashed) == 2
    assert (again.model_dir / "ner" / "model").read_bytes() == PIPELINE_FILES["ner/model"]


def test_another_release_table_is_another_verification(
    tmp_path: Path, published, monkeypatch: pytest.MonkeyPatch, hashed: list[str]
) -> None:
    wheel = fake_wheel(tmp_path / "dl")
    published(wheel)
    assert verify_wheel(NAME, wheel).verified
    monkeypatch.setattr(ner_verify, "known_releases", lambda: [release("0" * 64)])
    assert not verify_wheel(NAME, wheel).verified
