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
    # news of the sources: a statement close to its source's headline (cosine >= this) is
    # lifted like the lede; the best-graded and the most recent sources lift theirs a little
    headline_similarity: float = 0.6
    # the source's grade (Admiralty): reliability A-B lifts its statements by grade_bonus,
    # credibility 1-2 by credibility_bonus (C-F and 3-6 by nothing); more than the analytic
    # signal's count of evaluative words can give
    grade_bonus: float = 0.3
    credibility_bonus: float = 0.15
    recency_bonus: float = 0.1
    # the lede of a report with a date of its own, inside the freshness limit, is
    # its news whatever its kind: lifted by this much besides the news bonus
    current_lede_bonus: float = 0.2
    # a key-judgment candidate whose only content is a diffuse effect ("could influence the
    # landscape", "raises concerns") and no figure of consequence loses this much
    vague_penalty: float = 0.6
    # ... and one reporting an act that did nothing ("fired missiles without effect",
    # ``null_outcomes`` of data/judgments.yaml) and no figure of consequence loses this much
    null_outcome_penalty: float = 0.6
    # no source takes more than this share of the key judgments (rounded up) while another
    # source has a candidate that is neither dated, background nor a fact of record
    source_share: float = 0.5
    # ... and only while that candidate is good enough: its value at most this much below
    # the crowded source's statement (else the slot stays with the better statement); the
    # carrier of the most corroborated claim takes its slot first only when at most this
    # much below the best candidate
    salience_margin: float = 0.75
    # a decisive event told in the present perfect ("the regime has fallen") is news of
    # consequence: lifted by this much
    decisive_bonus: float = 0.5
    # a toll of people weighs by its size (round kj20): an attack that killed or wounded
    # hundreds or thousands is consequence a money figure or a handful of casualties is not;
    # lifted by this much per order of magnitude above ``toll_scale_floor`` people, up to
    # ``toll_scale_cap`` (100 -> 0.3, 2,800 -> 0.73, 100,000 and more -> 1.0)
    toll_scale_bonus: float = 0.3
    toll_scale_floor: int = 10
    toll_scale_cap: float = 1.0
    # an event reported by this share of the independent sources, and by at least
    # ``wide_min_sources`` of them (its statement's evidence, or a named operation they all
    # name), is the principal event of the period: it takes a slot of the key judgments
    # even when its reports are older than the freshness limit (shown dated, after the
    # current ones): the freshest source does not take the whole bottom line (round bluf24)
    wide_share: float = 0.5
    wide_min_sources: int = 3
    # statements from sources published this many days before the issue date (or before the
    # issue's window) are dated: shown as such, never leading the key judgments
    stale_days: int = 90
    # a schedule that names no time ("the envoy is scheduled to meet the ministers") looks to
    # the days right after its report: from a source published more than this many days
    # before the issue date, it is overtaken (never a key judgment nor an indicator)
    schedule_days: int = 14
    # the newest decisive event leads the bottom line only while it is recent: reported at most
    # this many days before the newest report of the issue; when it is older, the newest
    # report's news of what happened leads instead (the latest state of the situation, not a
    # city's fall of two months before; round front26)
    turn_days: int = 14
    # the newest news report's lede is the latest state of its line of events, and takes a
    # slot of the bottom line (leading it when no decisive turn does), in an issue whose
    # dated sources span at least this many days: a crisis reported over weeks (round front27)
    line_span_days: int = 7
    # two sentences that each name the day they report (a date, or "on Monday", "over the
    # weekend" counted from their source's date) more than this many days apart report two
    # occasions: neither supports the other
    occasion_days: int = 7
    # two key-judgment candidates naming one place or actor, about one domain and at least
    # this close in meaning report one situation: the later-dated source's supersedes
    supersede_similarity: float = 0.5
    # ... or this close when only an actor (no place) links them: one leader or army takes
    # part in many situations
    supersede_actor_similarity: float = 0.65
    # an entity named by more than this share of the sources, and by at least
    # ``setting_min_sources`` of them, is the setting (the war's theatre or its
    # party: "Hezbollah" in every report of a war on Hezbollah): like a country, it tells no
    # two situations apart, so it links no report to a later one (round left20)
    setting_share: float = 0.5
    setting_min_sources: int = 4
    # two key-judgment candidates of one source telling an event of one kind (talks, a
    # strike ...: event_kinds of data/judgments.yaml) at least this close in meaning are one
    # event reported twice: one key judgment
    same_event_similarity: float = 0.55
    # the situation: at most this many statements per domain (military, political, ...)
    per_domain: int = 2
    # an empty analytic section lists this many situation statements to reason from
    evidence_to_weigh: int = 3
