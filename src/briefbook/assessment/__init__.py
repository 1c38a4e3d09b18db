"""The briefing engine: the assessment of a set of documents (sections, statements, key judgments,
grading, corroboration)."""

from __future__ import annotations

from briefbook.assessment.build import assess, assess_documents

__all__ = ["assess", "assess_documents"]
