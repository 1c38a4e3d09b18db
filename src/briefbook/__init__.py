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
    "assess": "briefbook.assess",
    "assess_documents": "briefbook.assess",
    "load_documents": "briefbook.ingest",
    "SourceSpec": "briefbook.ingest",
    "analyse": "briefbook.analyse",
    "load_params": "briefbook.params",
    "run_briefing": "briefbook.run",
    "render_html": "briefbook.render",
    "render_pdf": "briefbook.render",
    "Assessment": "briefbook.model",
    "Document": "briefbook.model",
    "Statement": "briefbook.model",
    "BriefbookError": "briefbook.errors",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'briefbook' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
