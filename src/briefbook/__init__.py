"""briefbook: offline, cited intelligence assessments rendered as periodic briefings.

The public surface, imported lazily so that ``briefbook --help`` stays fast::

    from briefbook import assess, load_documents, load_params, run_briefing, Assessment

    assessment = assess(["report.html", "statement.txt"])   # Assessment, JSON-serialisable
    print(assessment.key_judgments[0].text, assessment.key_judgments[0].evidence)
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "assess": "briefbook.assessment",
    "assess_documents": "briefbook.assessment",
    "load_documents": "briefbook.ingest",
    "SourceSpec": "briefbook.ingest",
    "analyse": "briefbook.analysis",
    "load_params": "briefbook.config.params",
    "run_briefing": "briefbook.app.run",
    "render_html": "briefbook.render.notebook",
    "render_pdf": "briefbook.render.notebook",
    "Assessment": "briefbook.model",
    "Document": "briefbook.model",
    "Statement": "briefbook.model",
    "BriefbookError": "briefbook.errors",
}
__all__ = ["__version__", *_EXPORTS]


# Modules of the flat layout that analysts' own notebooks import (``from briefbook import
# display, charts, tables``): kept for one release, with a DeprecationWarning.
_DEPRECATED_MODULES = {
    "display": "briefbook.presentation",
    "charts": "briefbook.presentation",
    "tables": "briefbook.presentation",
}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED_MODULES:
        import warnings

        target = _DEPRECATED_MODULES[name]
        warnings.warn(
            f"'from briefbook import {name}' is deprecated; use 'from briefbook import "
            f"presentation' ({target}), which holds the same functions",
            DeprecationWarning,
            stacklevel=2,
        )
        return import_module(target)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'briefbook' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
