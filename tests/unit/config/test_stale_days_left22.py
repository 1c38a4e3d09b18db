"""The freshness limit of issue 10 ("stale material: older than the window or than a
setting, default 90 days before the issue date") as a params key an analyst can set,
``stale_days``: validated (a bad value is one error line and exit 2), and a source older
than it is marked dated and never leads the key judgments (round left22)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefbook.app.run import Progress, build_assessment
from briefbook.config.params import MAX_STALE_DAYS, load_params
from briefbook.errors import ParamsError
from builders import run_cli

FRESH = (
    "Insurers raised war-risk premiums for ships calling at the port of Varnel this week.\n\n"
    "Exporters rerouted grain cargoes through the northern canal, the port authority said "
    "on Tuesday.\n\n"
    "Analysts judge that the premiums reflect a lasting rise in risk, which means higher "
    "costs for importers are likely to persist.\n"
)
OLDER = (
    "Militia drones struck the grain terminal at Varnel, killing 14 dock workers and "
    "destroying two cranes.\n\n"
    "The port was closed for three days after the strike, the harbour master said.\n"
)


def _params(tmp_path: Path, extra: str = "", overrides: list[str] | None = None):
    (tmp_path / "fresh.txt").write_text(FRESH, encoding="utf-8")
    (tmp_path / "older.txt").write_text(OLDER, encoding="utf-8")
    path = tmp_path / "brief.yaml"
    path.write_text(
        "title: Varnel port\ndate: 2024-12-01\nsources:\n"
        "  - {path: fresh.txt, published: 2024-11-28}\n"
        "  - {path: older.txt, published: 2024-10-20}\n" + extra,
        encoding="utf-8",
    )
    return load_params(path, overrides)


def test_the_default_is_ninety_days(tmp_path):
    params = _params(tmp_path)
    assert params.stale_days == 90 and params.to_dict()["stale_days"] == 90


def test_the_key_and_an_override_set_it(tmp_path):
    assert _params(tmp_path, "stale_days: 30\n").stale_days == 30
    assert _params(tmp_path, "stale_days: 30\n", ["stale_days=7"]).stale_days == 7


@pytest.mark.parametrize("value", ["0", "-5", "ninety", "2.5", "true", f"{MAX_STALE_DAYS + 1}"])
def test_a_bad_value_is_a_params_error_naming_the_key(tmp_path, value):
    with pytest.raises(ParamsError) as caught:
        _params(tmp_path, f"stale_days: {value}\n")
    assert caught.value.key == "stale_days" and caught.value.exit_code == 2
    assert "stale_days" in caught.value.message


def test_a_bad_value_ends_check_with_one_line_and_exit_2(tmp_path):
    _params(tmp_path)
    done = run_cli("check", "brief.yaml", "-p", "stale_days=0", cwd=tmp_path, timeout=120)
    assert done.returncode == 2
    errors = [ln for ln in done.stderr.splitlines() if "error" in ln.lower()]
    assert len(errors) == 1 and "stale_days" in errors[0], done.stderr


def _assessed(params):
    assessment, _ = build_assessment(params, Progress(io.StringIO(), quiet=True))
    every = [s for sec in assessment.sections for s in sec.statements]
    return assessment, every + assessment.key_judgments


def test_a_source_older_than_the_setting_is_dated_and_never_leads(tmp_path):
    assessment, every = _assessed(_params(tmp_path, "stale_days: 30\n"))
    older = [s for s in every if s.evidence[0].startswith("S2.")]
    assert older and all(s.dated == "2024-10-20" for s in older)
    assert all(s.dated is None for s in every if s.evidence[0].startswith("S1."))
    assert assessment.key_judgments[0].dated is None
    fresh = [k for k in assessment.key_judgments if k.dated is None]
    assert assessment.key_judgments[: len(fresh)] == fresh


def test_near_miss_the_same_source_within_the_default_is_not_dated(tmp_path):
    _, every = _assessed(_params(tmp_path))
    assert all(s.dated is None for s in every)
