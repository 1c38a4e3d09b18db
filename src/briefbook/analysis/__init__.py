"""Offline analysis of ingested documents: entities, quantitative claims, hedges, attribution.

``analyse``, ``Analysis`` and ``SentenceFacts`` (from :mod:`briefbook.analysis.pipeline`) are
imported on first use: a module that needs one analyser (the briefing notebook's kernel
reads :mod:`briefbook.analysis.quantities`) does not pay for loading every one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefbook.analysis.pipeline import Analysis, SentenceFacts, analyse

__all__ = ["Analysis", "SentenceFacts", "analyse"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from briefbook.analysis import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
