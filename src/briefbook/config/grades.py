"""Admiralty grades as written in params and analyst files: ``grade: B2``, or split as
``reliability: B`` and ``credibility: 2``."""

from __future__ import annotations

import re
from typing import Any

from briefbook.errors import ParamsError
from briefbook.tradecraft import ADMIRALTY_CREDIBILITY, ADMIRALTY_RELIABILITY

_GRADE = re.compile(r"^\s*([A-Fa-f])\s*-?\s*([1-6])\s*$")
HOW = "write grade: B2, or split it as reliability: B and credibility: 2"


def parse_grade(item: dict[str, Any], where: str, *, key: str) -> tuple[str | None, int | None]:
    """(reliability A-F or None, credibility 1-6 or None) of a mapping with ``grade`` and/or
    ``reliability`` / ``credibility``. Raises ParamsError naming ``key`` otherwise."""
    reliability = item.get("reliability")
    credibility = item.get("credibility")
    grade = item.get("grade")
    if grade is not None:
        m = _GRADE.match(str(grade))
        if not m:
            raise ParamsError(
                f"{key}.grade{where} must be an Admiralty grade such as B2 (A-F then 1-6), got {grade!r}",
                key=f"{key}.grade",
                hint=HOW,
            )
        if reliability is not None or credibility is not None:
            raise ParamsError(
                f"{key}{where} gives 'grade' and also 'reliability' or 'credibility'",
                key=key,
                hint="give one of the two forms: " + HOW,
            )
        return m.group(1).upper(), int(m.group(2))
    if reliability is not None:
        text = str(reliability).strip().upper()
        if text not in ADMIRALTY_RELIABILITY:
            raise ParamsError(
                f"{key}.reliability{where} must be an Admiralty reliability A-F, got {reliability!r}",
                key=f"{key}.reliability",
                hint=HOW
                if _GRADE.match(text)
                else "A (completely reliable) to F (cannot be judged)",
            )
        reliability = text
    if credibility is not None:
        if isinstance(credibility, str) and credibility.strip().isdigit():
            credibility = int(credibility)
        if (
            isinstance(credibility, bool)
            or not isinstance(credibility, int)
            or credibility not in ADMIRALTY_CREDIBILITY
        ):
            raise ParamsError(
                f"{key}.credibility{where} must be an Admiralty credibility 1-6, got {credibility!r}",
                key=f"{key}.credibility",
                hint=HOW
                if _GRADE.match(str(credibility))
                else "1 (confirmed) to 6 (cannot be judged)",
            )
    return reliability, credibility
