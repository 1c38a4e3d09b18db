"""What a newcomer reads first: `run --help` with defaults, `check` listed."""

from __future__ import annotations

import pytest

from briefbook.app.cli import build_parser


def help_text(capsys, *args: str) -> str:
    with pytest.raises(SystemExit):
        build_parser().parse_args([*args, "--help"])
    return capsys.readouterr().out


def test_run_help_shows_defaults(capsys):
    text = help_text(capsys, "run")
    assert "(default: conflict)" in text  # schema
    assert "(default: html, pdf)" in text  # formats
    assert "(default: 600)" in text  # timeout
    assert "--replace" in text and "--draft" in text and "analyst_file" in text


def test_check_is_a_command(capsys):
    assert "check" in help_text(capsys)
    assert "stale anchor" in help_text(capsys, "check")
