"""Report folders appear whole or not at all, never over an earlier one."""

from __future__ import annotations

import threading

import pytest

from briefbook.app import outputs
from briefbook.errors import OutputError


def test_publish_never_overwrites_and_moves_latest(tmp_path):
    series = outputs.series_folder(tmp_path, "s")
    names = []
    for i in range(3):
        staging = outputs.staging_folder(series, "2024-12-20-x")
        (staging / "file.txt").write_text(str(i))
        names.append(outputs.publish(staging, series, "2024-12-20-x").name)
    assert names == ["2024-12-20-x", "2024-12-20-x-2", "2024-12-20-x-3"]
    assert (series / "2024-12-20-x" / "file.txt").read_text() == "0"
    assert (series / "latest").resolve() == (series / "2024-12-20-x-3").resolve()
    assert not [p for p in series.iterdir() if p.name.startswith(outputs.STAGING_PREFIX)]


def test_concurrent_publish_gets_distinct_folders(tmp_path):
    series = outputs.series_folder(tmp_path, "s")
    stagings = [outputs.staging_folder(series, "d") for _ in range(8)]
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda s=s: results.append(outputs.publish(s, series, "d").name))
        for s in stagings
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == sorted(["d"] + [f"d-{n}" for n in range(2, 9)])


def test_failed_publish_does_not_move_latest(tmp_path):
    series = outputs.series_folder(tmp_path, "s")
    good = outputs.publish(outputs.staging_folder(series, "a"), series, "a")
    outputs.publish(outputs.staging_folder(series, "a"), series, "a-failed", latest=False)
    assert (series / "latest").resolve() == good.resolve()


@pytest.mark.parametrize("series", ["..", "../x", "/abs"])
def test_series_cannot_leave_reports(tmp_path, series):
    with pytest.raises(OutputError, match="would leave"):
        outputs.series_folder(tmp_path / "reports", series)


def test_unwritable_reports_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OutputError, match="cannot write reports"):
        outputs.series_folder(blocker, "s")


def test_backfilled_issue_does_not_take_latest(tmp_path):
    series = outputs.series_folder(tmp_path, "s")
    newer = outputs.publish(outputs.staging_folder(series, "n"), series, "2024-12-29-weekly")
    outputs.publish(outputs.staging_folder(series, "o"), series, "2024-12-18-weekly")
    assert (series / "latest").resolve() == newer.resolve()
    same_day = outputs.publish(outputs.staging_folder(series, "r"), series, "2024-12-29-weekly")
    assert (series / "latest").resolve() == same_day.resolve()


def test_publish_replace_takes_the_newest_issue_of_the_day(tmp_path):
    series = outputs.series_folder(tmp_path, "s")
    for i in range(2):
        staging = outputs.staging_folder(series, "2024-12-20-x")
        (staging / "file.txt").write_text(f"old {i}")
        outputs.publish(staging, series, "2024-12-20-x")
    staging = outputs.staging_folder(series, "2024-12-20-x")
    (staging / "file.txt").write_text("new")
    folder = outputs.publish(staging, series, "2024-12-20-x", replace=True)
    assert folder.name == "2024-12-20-x-2"
    assert (folder / "file.txt").read_text() == "new"
    assert (series / "2024-12-20-x" / "file.txt").read_text() == "old 0"
    names = sorted(p.name for p in series.iterdir() if not p.name.startswith("."))
    assert names == ["2024-12-20-x", "2024-12-20-x-2", "latest"]
    assert (series / "latest").resolve() == folder.resolve()


def test_publish_replace_without_an_issue_adds_one(tmp_path):
    series = outputs.series_folder(tmp_path, "s")
    staging = outputs.staging_folder(series, "2024-12-21-x")
    folder = outputs.publish(staging, series, "2024-12-21-x", replace=True)
    assert folder.name == "2024-12-21-x"
