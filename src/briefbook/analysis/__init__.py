"""Offline analysis of ingested documents: entities, quantitative claims, hedges, attribution."""

from __future__ import annotations

from briefbook.analysis.pipeline import Analysis, SentenceFacts, analyse

__all__ = ["Analysis", "SentenceFacts", "analyse"]
