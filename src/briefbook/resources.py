"""Where briefbook's data folders are: ``templates/`` and ``notebooks/``.

In a source checkout (and an editable install) they are the repository's top-level
folders; a wheel carries them as ``briefbook/_data/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    bundled = _PACKAGE / "_data"
    if (bundled / "templates").is_dir():
        return bundled
    checkout = _PACKAGE.parent.parent
    if (checkout / "templates").is_dir():
        return checkout
    raise FileNotFoundError(
        "briefbook's templates/ folder was not found next to the package or in the checkout"
    )


def templates_dir() -> Path:
    return data_root() / "templates"


def notebooks_dir() -> Path:
    return data_root() / "notebooks"


def briefing_notebook() -> Path:
    return notebooks_dir() / "briefing.ipynb"


def assessment_schema_path() -> Path:
    """JSON Schema of the ``briefbook.assessment/1`` contract."""
    return _PACKAGE / "schemas" / "assessment.schema.json"
