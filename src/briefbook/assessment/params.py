"""The few weights of statement selection and key judgments (shared by judgments and key_judgments)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["JudgmentParams"]


@dataclass(frozen=True)
class JudgmentParams:
    per_section: int = 4  # statements per section, at most
    key_judgments: int = 5  # at most; at least 3 when there are 3 statements to draw on
    indicators: int = 5  # at most
    support_similarity: float = 0.82  # cosine above which a sentence of another source supports
    redundancy: float = 0.85  # cosine above which a candidate repeats a picked statement
    mmr_lambda: float = 0.75  # weight of the score against redundancy in the greedy pick
    boilerplate_penalty: float = 0.5  # per standard deviation of likeness to boilerplate
    signal_weight: float = 1.0  # weight of the analytic signal in a section's ranking
    record_fill: int = 2  # records (identity, legal) only fill a section up to this many
    # bottom line up front for news (documents with little analysis): the lead paragraph and
    # claims of consequence with a figure, scaled by the share of non-analytic sentences
    lead_bonus: float = 0.35
    claim_bonus: float = 0.35
    # section preference for the bottom line up front (others 1.0)
    key_preference: tuple[tuple[str, float], ...] = (("context", 0.6), ("outlook", 0.85))
