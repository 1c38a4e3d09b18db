"""Pick the statements that matter, grade them, and draw key judgments and indicators.

For each section the candidate sentences are scored (centrality to the section and the
document by embeddings, entity and quantitative-claim density, topic-sentence position,
support from other sources) and picked greedily with maximal marginal relevance, so that
near-duplicates are not picked twice. Each statement is a source sentence, verbatim; its
evidence is its own id plus the ids of sentences in OTHER sources that say nearly the same.

Grades follow two small rules, documented in the method note:
:func:`likelihood_for_evidence` (ICD 203 term, only for probabilistic evidence) and
:func:`confidence_for_evidence` (low, moderate, high from the sources behind it).

Which sentences a section shows (the situation by domain and date, the facts an empty
analytic section lists) is :mod:`briefbook.assessment.picks`; this module scores them once,
builds the graded statements and draws key judgments and indicators.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy as np

from briefbook.analysis.embeddings import embed, normalise_rows
from briefbook.analysis.events import normalise_event
from briefbook.analysis.gazetteer import gazetteer
from briefbook.analysis.hedges import attribution, has_speech_verb
from briefbook.analysis.speaker_turns import speaker_label, turn_speakers
from briefbook.analysis.variants import is_dateline_place, is_dateline_town
from briefbook.assessment.breadth import named_events, opening_of, reach, release_boilerplate
from briefbook.assessment.corroboration import claim_scenes, independent_groups
from briefbook.assessment.deadlines import deadline_due, names_deadline
from briefbook.assessment.grading import (
    grade_statement,
    likelihood_from_hedges,
    sourcing_doubt,
)
from briefbook.assessment.key_judgments import (
    claims_of,
    core_claim_sentences,
    figure_mates,
    figures_conflict,
    news_bonus,
    pick_key_judgments,
    plain_shares,
    revised_tolls,
    rival_figures,
    running_tolls,
    same_agreements,
    same_incidents,
    same_source_events,
    toll_in_passing,
)
from briefbook.assessment.occasions import (
    looked_ahead_day,
    names_no_time,
    occasion_day,
    open_horizon_day,
    same_occasion,
    sentence_time,
)
from briefbook.assessment.origins import (
    declared_voice,
    merge_originators,
    origin_key,
    source_voices,
)
from briefbook.assessment.params import JudgmentParams
from briefbook.assessment.paraphrase import SETTING_SOURCES, Paraphrases
from briefbook.assessment.picks import (
    closest,
    facts_to_weigh,
    latest_reports,
    lead_standalone,
    newest_first,
    pick_section,
    pick_situation,
)
from briefbook.assessment.readability import find_short_forms
from briefbook.assessment.referents import name_descriptions, name_operations
from briefbook.assessment.relative_days import absolute_days, spell_date
from briefbook.assessment.sections import none_prototypes
from briefbook.assessment.signals import (
    KeySignal,
    confirmed_thing,
    confirmers,
    dated_before_window,
    dated_long_past,
    decision_domain,
    decisive_domain,
    demand_and_act,
    first_person_voice,
    headline_decisive,
    is_decision,
    key_signal,
    names_time,
    outcome_persons,
    title_speaker,
    told_in_history,
)
from briefbook.assessment.situation import (
    dated_sources,
    domain_of,
    is_commitment,
    is_fixed_schedule,
    is_indicator,
    is_schedule,
    parse_iso,
    statement_hedges,
)
from briefbook.assessment.supersession import named_in, setting_of, superseded_reports
from briefbook.config.outline import AssessmentSchema
from briefbook.data import load_data
from briefbook.model import Claim, Document, Entity, Sentence, Statement, known_published
from briefbook.text import alternation, strip_dateline
from briefbook.text.cross_references import strip_cross_references

__all__ = ["JudgmentParams", "Judgments", "draw_judgments", "lead_standalone"]


@dataclass
class Judgments:
    sections: dict[str, list[Statement]] = field(default_factory=dict)
    key_judgments: list[Statement] = field(default_factory=list)
    indicators: list[Statement] = field(default_factory=list)
    # section key -> situation statements to reason from, for analytic sections left empty
    evidence_to_weigh: dict[str, list[Statement]] = field(default_factory=dict)


# key-judgment candidates whose support is searched, per key judgment asked for
_SHORTLIST = 12
# at most this many carriers of the most corroborated claim compete for its key judgment
_CORE_CAP = 200
# at most this many sentences that report a statement's figure again join its evidence
_MATES = 3


# ---------------------------------------------------------------------------
# selection


def names_speaker(text: str) -> bool:
    """Whether ``text`` itself shows that someone speaks: names the speaker ("X said",
    "according to X", "it added"), holds a speech verb ("..., saying"), or quotes (a
    quotation whose speaker the next sentence names reads as a quotation)."""
    source, pronoun = attribution(text)
    return source is not None or pronoun or has_speech_verb(text) or bool(_QUOTE_MARK.search(text))


_QUOTE_MARK = re.compile('["“”]')


def facts_value(facts: Any, name: str, default: Any) -> Any:
    return getattr(facts, name, default) if facts is not None else default


def draw_judgments(
    documents: Sequence[Document],
    sections: Mapping[str, str | None],
    schema: AssessmentSchema,
    *,
    facts: Mapping[str, Any] | None = None,
    entities: Sequence[Entity] = (),
    params: JudgmentParams | None = None,
    groups: Mapping[str, str] | None = None,
    claims: Sequence[Claim] | None = None,
    vectors: np.ndarray | None = None,
    issue_date: str | None = None,
    fresh_since: str | None = None,
) -> Judgments:
    """Statements per section, key judgments and indicators, all graded and cited.

    ``groups`` maps source id -> independent group id (reposts and near-copies share one,
    see :func:`briefbook.corroborate.independent_groups`, the default): support and
    confidence count independent groups, never sources of one group. ``claims`` are the
    quantitative claims of :func:`briefbook.analyse.analyse` (found again when None): key
    judgments include a statement carrying the most corroborated claim of consequence.
    Statements that do not read on their own (:func:`needs_context`) are never key
    judgments or indicators and fill a section only when nothing else does.

    What a section does comes from its outline ``role`` (never its key): ``situation``
    statements are grouped by domain (``data/judgments.yaml``), newest source first;
    ``outlook`` sections feed the indicators first; an empty ``analysis`` or ``verdict``
    section lists the situation statements closest to its description
    (``Section.evidence_to_weigh``). ``issue_date`` (ISO) dates the issue: statements from
    sources published before ``fresh_since`` (the window's first day) or, without a window,
    ``params.stale_days`` before the issue date are marked ``dated`` and never lead; of two
    reports of one situation (:mod:`briefbook.assessment.supersession`) the later-dated
    source's supersedes the earlier, which never leads (a demand and the act it asks for are
    two events, neither supersedes the other). A statement's evidence holds, besides the
    sentences of other sources that say nearly the same, those that report one of its figures
    again for the same event (:func:`~briefbook.assessment.key_judgments.figure_mates`): an
    independent origin in other words raises its confidence as the grades allow, and the
    rationale names them. One incident told by two sources in different words
    (:func:`~briefbook.assessment.key_judgments.same_incidents`) is one key judgment, the
    fuller and better-graded report, with the others as its evidence; when they give rival
    figures of it (:func:`~briefbook.assessment.key_judgments.rival_tolls`) they corroborate
    nothing, and the judgment ends by saying the sources' figures differ, each with its
    originator and source, citing them.
    """
    params = params or JudgmentParams()
    facts = facts or {}
    sentences: list[Sentence] = [s for d in documents for s in d.sentences]
    result = Judgments(sections={k: [] for k in schema.keys})
    if not sentences:
        return result
    docs = {d.id: d for d in documents}
    index = {s.id: i for i, s in enumerate(sentences)}
    if vectors is None:  # the embeddings of every sentence, in reading order
        vectors = embed([s.text for s in sentences])
    vectors = vectors.astype(np.float64)
    # cosine, or an anchored paraphrase; the briefing's places and countries may be its setting
    places = [n for e in entities if e.type in {"place", "country"} for n in (e.name, *e.aliases)]
    known_date = {d.id: parse_iso(known_published(d)) for d in documents}
    people = [n for e in entities if e.type == "person" for n in (e.name, *e.aliases)]
    bodies = [
        n for e in entities if e.type in {"organisation", "force"} for n in (e.name, *e.aliases)
    ]
    # a body as many sources name as the setting needs, counted by its entity (its
    # spellings one): a party to the conflict, no anchor of one report (round trialA26)
    floor = max(SETTING_SOURCES, (len(documents) + 1) // 2)
    parties = [
        n
        for e in entities
        if e.type in {"organisation", "force"}
        and len({sid.split(".")[0] for sid in e.evidence}) >= floor
        for n in (e.name, *e.aliases)
    ]
    similar = Paraphrases(
        sentences,
        vectors,
        places,
        known_date,
        params.occasion_days,
        people=people,
        bodies=bodies,
        parties=parties,
    )
    number_of = {key: n for n, key in enumerate(sorted(docs))}
    source_of = np.array([number_of.get(s.source, -1) for s in sentences])
    if groups is None:
        groups = independent_groups(documents)
    voices = source_voices(
        ((d.id, declared_voice(d.publisher, d.author)) for d in documents), groups
    )
    mentions = _entity_mentions(entities)
    base = _base_scores(sentences, vectors, sections, facts, mentions)
    base -= params.boilerplate_penalty * _boilerplate(vectors, schema)

    # modal or estimative language marks the source's own judgment (it ranks as analysis);
    # only estimative language gives a likelihood (:func:`likelihood_for_evidence`)
    estimative = [
        bool(facts_value(facts.get(s.id), "probabilistic", False))
        or likelihood_from_hedges(s.text) is not None
        for s in sentences
    ]
    analytic_keys = set(schema.keys) - set(schema.keys_of("situation"))
    # a subject that is a short form its document defined ("Kim" for "Kim Myong Jin")
    short_forms = {d.id: find_short_forms(" ".join(s.text for s in d.sentences)) for d in documents}
    signals = [
        key_signal(
            s.text,
            sections.get(s.id) in analytic_keys,
            estimative[i],
            short_forms.get(s.source, ()),
        )
        for i, s in enumerate(sentences)
    ]
    # a lede that tells in its own words the decisive act its title reports ("Rebels sink
    # cargo ship with missile") is that act, the report's news
    # (a headline telling a state's decision, "India suspends river treaty", makes its lede
    # that decision: of the decision's domain, and apart from the event it answers)
    headline_domain: dict[int, str] = {}
    for doc in documents:
        if doc.sentences:
            i = index[doc.sentences[0].id]
            if not signals[i].context and headline_decisive(doc.title, sentences[i].text):
                signals[i] = replace(signals[i], decisive=True)
                if is_decision(doc.title or ""):
                    signals[i] = replace(signals[i], decision=True)
                    domain = decision_domain(doc.title or "")
                    if domain is not None:
                        headline_domain[i] = domain
    issue_day = parse_iso(issue_date)
    # the first day of the issue's window (its freshness limit), when known
    window_start = parse_iso(fresh_since) or (
        issue_day - dt.timedelta(days=params.stale_days) if issue_day else None
    )
    history: set[int] = set()  # sentences dated long before their report
    # a principal's own statement in the first person ("Today, at my direction, our forces
    # struck ..."): sentence index -> the speaker its title names, to attribute it as a key
    # judgment (a title that names no speaker leaves the sentence as written)
    speaker_of = {d.id: title_speaker(d.title) for d in documents}
    voice: dict[int, str] = {}
    # a transcript's words, its speaker's ("We devastated the program." in the turn of
    # "SECRETARY ... ANA SOL:"): sentence index -> the turn's speaker, so that
    # the briefing says who speaks ('Ana Sol said: "We devastated the program."')
    turn_voice: dict[int, str] = {}
    by_source: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        by_source.setdefault(s.source, []).append(i)
    for rows in by_source.values():
        turns = turn_speakers([sentences[i].text for i in rows])
        for i, turn in zip(rows, turns, strict=True):
            said_by = facts_value(facts.get(sentences[i].id), "attributed_to", None)
            # the turn's own speaker (not one the sentence names: "President X said ...")
            if turn is not None and said_by and said_by.split()[-1] == turn.split()[-1]:
                turn_voice[i] = said_by
    for i, s in enumerate(sentences):
        # a party's words that the sentence itself does not attribute
        said_by = facts_value(facts.get(s.id), "attributed_to", None)
        if said_by and not names_speaker(s.text):
            signals[i] = replace(signals[i], unnamed_speaker=True)
        elif not said_by and not signals[i].analytic and first_person_voice(s.text):
            speaker = speaker_of.get(s.source)
            if speaker:
                voice[i] = speaker
        # history dated by its year, long before the report's own ("signed the treaty in
        # 1960"): background that explains the news, never the news nor a sign to watch
        own_day = known_date.get(s.source) or issue_day
        # (an event dated so is history too, never decisive news: "the garrison surrendered
        # in 1945"; so is a decisive event dated to a year before the issue's window: "the
        # two sides agreed to a ceasefire in 2023" in an issue of late 2024)
        if (own_day is not None and dated_long_past(s.text, own_day.year)) or (
            signals[i].decisive
            and window_start is not None
            and dated_before_window(s.text, window_start)
        ):
            signals[i] = replace(signals[i], background=True, decisive=False)
            history.add(i)
    # a paragraph of history (dated sentences all long past, none of the news's time): its
    # sentences with no time of their own are told in that past too ("Later, the smaller
    # state complained to the council." after "... closed the canal in 1949.")
    paragraph_of: dict[tuple[str, int], list[int]] = {}
    for i, s in enumerate(sentences):
        paragraph_of.setdefault((s.source, s.paragraph), []).append(i)
    for members in paragraph_of.values():
        if not history & set(members) or any(
            i not in history and names_time(sentences[i].text) for i in members
        ):
            continue
        for i in members:
            if i not in history and told_in_history(sentences[i].text):
                signals[i] = replace(signals[i], background=True, decisive=False)
                history.add(i)
    claims = claims_of(sentences, claims)
    claims_at: dict[int, list[Claim]] = {}
    for claim in claims:
        for sid in claim.evidence:
            if sid in index:
                claims_at.setdefault(index[sid], []).append(claim)
    rank = base + params.signal_weight * np.array([sig.value for sig in signals])
    members_of: dict[str, list[int]] = {key: [] for key in schema.keys}
    situation = set(schema.keys_of("situation"))
    # a decisive act told in the past or the perfect as its sentence's own news, in a
    # sentence the outline's forward-looking section took for its time words ("Under the
    # deal reached today, effective tomorrow, the fighting will end"): what happened on its
    # report's day, reported in the situation (its first section); not an estimate
    ahead = set(schema.keys_of("outlook"))
    now = next((k for k in schema.keys if k in situation), None)
    for i, s in enumerate(sentences):
        key = sections.get(s.id)
        if key in ahead and now is not None and signals[i].decisive and not estimative[i]:
            key = now
        if key in members_of:
            members_of[key].append(i)
    # a state's decision is of the domain of the decision ("suspended the river accord":
    # political), not of the event it answers ("after the attack killed 31": military)
    domain_at = {
        i: decision_domain(sentences[i].text)
        or headline_domain.get(i)
        or decisive_domain(sentences[i].text)
        or domain_of(sentences[i].text)
        for key in situation
        for i in members_of[key]
    }
    dated_source = dated_sources(documents, issue_date, fresh_since, params.stale_days)
    # where the issue has a freshness limit, a source without a date of its own is not
    # known to be of the issue's period: it leads no more than a dated one (nor is it marked)
    undated = (
        {d.id for d in documents if known_published(d) is None}
        if parse_iso(fresh_since) or parse_iso(issue_date)
        else set()
    )
    # an undated source (a file's modification time is no date) sorts after the dated
    published = {d.id: known_published(d) or "" for d in documents}
    # known_date (above): publication dates to place a sentence in time (a file's
    # modification time is none)
    # the statements that assert a toll of people: consequence, a Situation domain's news
    toll_events = _toll_events()
    tolls = {
        i
        for i, found in claims_at.items()
        if any(c.modality == "asserted" and normalise_event(c.event) in toll_events for c in found)
    }
    # a report's news confirmed, in the report itself, by named originators ("The sinking
    # was confirmed by the government", "the maritime agency separately confirmed the
    # sinking"): lede index -> (sentence index, confirmer) of each, an origin of its own;
    # in the situation such a confirmation is the evidence of its report's news, no item
    confirmed_by = _confirmations(documents, sentences, index)
    confirming = {j for found in confirmed_by.values() for j, _ in found}
    picked: dict[str, list[int]] = {}
    for key in schema.keys:
        if key in situation:
            picked[key] = pick_situation(
                [i for i in members_of[key] if i not in confirming],
                domain_at,
                signals,
                rank,
                similar,
                params,
                sentences,
                published,
                tolls,
                stale=set(dated_source),
            )
        else:
            picked[key] = pick_section(members_of[key], signals, rank, similar, params)

    # every claim by its event, to find the sentences of other sources reporting a figure again
    by_event: dict[str, list[tuple[int, Claim]]] = {}
    for i in sorted(claims_at):
        for claim in claims_at[i]:
            event = normalise_event(claim.event)
            if event not in (None, "other"):
                by_event.setdefault(event, []).append((i, claim))

    scenes = claim_scenes(sentences)  # what each claim's sentences tell of its scene
    # the sentences that open a paragraph: a wire dateline opens the lede, which need not be
    # its source's first paragraph (a picture's caption, a byline or teaser lines before it)
    opens_paragraph: set[str] = set()
    seen_paragraphs: set[tuple[str, int]] = set()
    for s in sentences:
        if (s.source, s.paragraph) not in seen_paragraphs:
            seen_paragraphs.add((s.source, s.paragraph))
            opens_paragraph.add(s.id)

    def make(i: int, section: str | None, incident: Sequence[int] = ()) -> Statement:
        s = sentences[i]
        # a sentence that gives another figure for the same event and thing contradicts the
        # statement: it is not its evidence and never counts as a source behind it
        # nor is a sentence of another occasion: dated far from it, or another predicate
        # ("has besieged and attacked" a year before "has captured")
        # nor is a description of what something is ("The reef is one of several disputed
        # features") for a report of what happened there, or the other way round;
        # nor a sentence left out of every section (a photo caption, a byline: boilerplate
        # is no report)
        # besides the sentences that say nearly the same: those of other sources that report a
        # figure of the statement again for one event (independent corroboration in other
        # words) and, for a key judgment, the other reports of its incident (``incident``)
        close = _support(i, similar, source_of, params.support_similarity)
        mates = [
            j for j in figure_mates(i, sentences, claims_at, by_event, scenes) if j not in close
        ][:_MATES]
        # the other reports of its incident: of other sources than the statement's own, and
        # not contradicting it (another figure, a demand and its act, another identity)
        told = [
            j
            for j in incident
            if j not in close
            and j not in mates
            and sentences[j].source != s.source
            and not demand_and_act(s.text, sentences[j].text)
            and not figures_conflict(claims_at.get(i, ()), claims_at.get(j, ()))
            and signals[i].identity == signals[j].identity
        ]
        support = [
            j
            for j in [*close, *mates]
            if sections.get(sentences[j].id) is not None
            # a demand and the act it asks for are two events ("called on Ostland to
            # withdraw", "Ostland has begun withdrawing")
            and not demand_and_act(s.text, sentences[j].text)
            and not figures_conflict(claims_at.get(i, ()), claims_at.get(j, ()))
            and signals[i].identity == signals[j].identity
            and (
                same_occasion(
                    s.text,
                    known_date.get(s.source),
                    sentences[j].text,
                    known_date.get(sentences[j].source),
                    params.stale_days,
                    params.occasion_days,
                )
                # a figure told again may sit beside another verb ("three crew were killed",
                # "the missile struck the ship, and the crew reports three fatalities"): the
                # claims' event is one, their days must be
                or (j in mates and _same_days(s, sentences[j], known_date, params))
            )
        ]
        support += [j for j in told if sections.get(sentences[j].id) is not None]
        # the other reports of its incident that give another figure of it (rival tolls of
        # one clash, :func:`rival_tolls`): no corroboration, but the judgment says the
        # sources' figures differ and cites them
        rivals = [
            (j, pair)
            for j in incident
            if sentences[j].source != s.source
            and j not in support
            and (pair := rival_figures(claims_at.get(i, ()), claims_at.get(j, ()))) is not None
        ]
        # the originators the report itself names as confirming its news
        named_by: dict[int, list[str]] = {}
        for j, who in confirmed_by.get(i, ()):
            # a confirmation of another figure ("confirmed the deaths of two" for a toll of
            # three) does not confirm the statement
            if not figures_conflict(claims_at.get(i, ()), claims_at.get(j, ())):
                named_by.setdefault(j, []).append(who)
        support += [j for j in named_by if j not in support]
        evidence = [s.id] + [sentences[j].id for j in support]

        def key_of(who: str | None, k: int) -> str:
            group = groups.get(sentences[k].source, sentences[k].source)
            return origin_key(who, group, initials=True, voice=voices.get(group))

        def said_by(k: int) -> str | None:
            return facts_value(facts.get(sentences[k].id), "attributed_to", None)

        # outlets quoting one originator are one origin, and so are an originator's own
        # statement and a report quoting it ("the State Department said"): names of one
        # originator merged (:func:`~briefbook.assessment.origins.merge_originators`)
        merged = merge_originators(
            [key_of(said_by(k), k) for k in [i, *support]]
            + [key_of(who, k) for k, names in named_by.items() for who in names]
        )

        def origin(k: int) -> str:
            key = key_of(said_by(k), k)
            return merged.get(key, key)

        def origins(k: int) -> list[str]:  # a confirmation: each confirmer it names
            if k in named_by:
                return [merged.get(key, key) for key in (key_of(w, k) for w in named_by[k])]
            return [origin(k)]

        own_origin = origin(i)
        other_groups = sorted({g for j in support for g in origins(j)} - {own_origin})
        fact = facts.get(s.id)
        hedges = statement_hedges(s.text, list(facts_value(fact, "hedges", [])))
        attributed = facts_value(fact, "attributed_to", None)
        doubted = sourcing_doubt(s.text)
        grade_by_group: dict[str, tuple[str | None, int | None]] = {}
        for sid in evidence:
            doc = docs.get(sentences[index[sid]].source)
            if doc is None:
                continue
            cand = (doc.reliability, doc.credibility)
            for g in origins(index[sid]):
                if g not in grade_by_group or _grade_rank(cand) < _grade_rank(grade_by_group[g]):
                    grade_by_group[g] = cand
        grades = [grade_by_group[g] for g in sorted(grade_by_group)]
        grade = grade_statement(
            [s.text],
            grades=grades,
            hedged=bool(hedges) or doubted,
            attributed_to=attributed,
            doubted=doubted,
            corroborating_origins=len(other_groups),
        )
        # the reason shown: which origins came in by reporting the same figure or incident
        by_figure = sorted(
            {origin(j) for j in support if j in mates or j in told}
            - {origin(j) for j in support if j in close}
            - {own_origin}
        )
        rationale = grade.rationale
        if by_figure and grade.confidence is not None:
            cited = ", ".join(sentences[j].id for j in support if j in mates or j in told)
            note = (
                f"{len(by_figure)} independent origin{'s' if len(by_figure) != 1 else ''} "
                f"reporting the same figure or incident in other words ({cited})"
            )
            head, arrow, tail = rationale.rpartition(" -> ")
            rationale = f"{head}; {note}{arrow}{tail}" if arrow else f"{rationale}; {note}"
        text = (
            strip_dateline(s.text, is_dateline_place, is_dateline_town)
            if s.id in opens_paragraph
            else s.text
        )
        # a pointer to the source's own figure or table ("(see Figure 1)") stays there
        text = strip_cross_references(text)
        if i in turn_voice:
            text = _said(_unlabelled(text), turn_voice[i], known_date.get(s.source))
        elif i not in voice:
            # a day named relative to the source's date ("Treasury today sanctioned") is
            # written as that date: the briefing is read after its sources (round bluf24); a
            # principal's first-person words stay as said, dated when attributed (_attributed)
            text = absolute_days(text, known_date.get(s.source))
        if rivals:
            # a lede whose full stop was lost ends before the figures' sentence
            stop = "" if re.search(r"[.!?][\"'’”)]*$", text.rstrip()) else "."
            text = f"{text.rstrip()}{stop} {_figures_differ(i, rivals, sentences, facts)}"
            rationale = f"{rationale}; figures differ in " + ", ".join(
                sentences[j].id for j, _ in rivals
            )
            evidence = evidence + [sentences[j].id for j, _ in rivals]
        return Statement(
            text=text,
            evidence=evidence,
            likelihood=grade.likelihood,
            confidence=grade.confidence,
            rationale=rationale,
            source_estimate=grade.source_estimate,
            section=section,
            hedged=bool(hedges) or doubted,
            attributed_to=attributed,
            score=round(float(base[i] + 0.5 * math.log1p(len(other_groups))), 4),
            dated=dated_source.get(s.source),
            domain=domain_at.get(i),
        )

    built: dict[int, Statement] = {}
    for key in schema.keys:
        for i in picked[key]:
            built[i] = make(i, key)
        result.sections[key] = [built[i] for i in picked[key]]

    # an analytic section the sources say nothing about: the reported facts to reason from,
    # each listed under one such section (the first whose description it is closest to)
    # while unlisted facts remain; a gap in the reporting ("it is unclear whether ...") is
    # no fact to reason from
    # a copy's sentence that its original holds too is the original's to state: the copy
    # would only move the citation to the later outlet
    rows_of: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        rows_of.setdefault(s.source, []).append(i)

    def held_by_original(i: int) -> bool:
        source = sentences[i].source
        original = groups.get(source, source)
        return original != source and any(
            similar.similarity(i, j) > params.redundancy for j in rows_of.get(original, ())
        )

    weighable = facts_to_weigh(
        [
            i
            for key in schema.keys_of("situation")
            for i in members_of[key]
            if not held_by_original(i)
        ],
        sentences,
        signals,
        # of another period: a stale source's, or history dated long before its report
        {i for i, s in enumerate(sentences) if s.source in dated_source} | history,
    )
    listed: set[int] = set()
    for spec in schema.sections:
        if spec.role in ("analysis", "verdict") and not result.sections[spec.key]:
            fresh = [
                i
                for i in weighable
                if i not in listed
                and not any(similar.similarity(i, j) > params.redundancy for j in listed)
            ]
            weigh = closest(fresh, vectors, spec, params.evidence_to_weigh, similar, params)
            if not weigh:  # every fact is listed already: the closest of them once more
                weigh = closest(sorted(listed) or weighable, vectors, spec, 1)
            listed.update(weigh)
            result.evidence_to_weigh[spec.key] = [
                built[i] if i in built else make(i, sections.get(sentences[i].id)) for i in weigh
            ]

    # key judgments: from the sentences with a section that read on their own, the best by
    # rank (a section's pick by centrality must not hide a judgment); the shortlist keeps
    # the support search linear in the number of sentences
    keys = set(schema.keys)
    core = core_claim_sentences(
        sentences, claims, groups, {i for i, sig in enumerate(signals) if sig.background}
    )
    news = news_bonus(sentences, signals, claims_at, params, groups)
    salience = _salience(
        documents,
        sentences,
        vectors,
        params,
        issue_date,
        dated_source,
        plain_shares(sentences, signals),
    )
    lift = {i: round(news.get(i, 0.0) + salience.get(i, 0.0), 6) for i in set(news) | set(salience)}
    eligible = [
        i
        for i, s in enumerate(sentences)
        if sections.get(s.id) in keys
        and not signals[i].procedural
        and not signals[i].context
        and not signals[i].unknown
        # a press release's boilerplate: its body's remit, its contact lines
        and not release_boilerplate(s.text)
    ]
    eligible = [i for i in eligible if not held_by_original(i)]
    # a key judgment stands alone: one pointing back inside ("... fuel these launches") only
    # when no other is there (fewer key judgments read better than one that needs its source)
    standalone = [i for i in eligible if not signals[i].leans_back]
    if standalone:
        eligible = standalone
    eligible_set = set(eligible)
    order = lambda i: (-(rank[i] + lift.get(i, 0.0)), i)  # noqa: E731
    shortlist = sorted(eligible, key=order)
    shortlist = set(shortlist[: _SHORTLIST * max(1, params.key_judgments)]) | set(built)
    # the carriers of the core claim grow with the sources: the best _CORE_CAP of them by
    # rank (each costs one pass over all sentences for its support)
    core = sorted((i for i in core if i in eligible_set), key=order)[:_CORE_CAP]
    shortlist |= set(core)
    candidates = {
        i: built[i] if i in built else make(i, sections.get(sentences[i].id))
        for i in sorted(shortlist)
        if i in eligible_set
    }
    weights = {spec.key: spec.weight for spec in schema.sections}
    named = named_in(entities)
    sides_at: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type in _PARTY_TYPES:
            for sid in entity.evidence:
                sides_at.setdefault(sid, set()).add(f"{entity.type}:{entity.name}")
    superseded = superseded_reports(
        candidates,
        sentences,
        published,
        named,
        similar,
        params.supersede_similarity,
        params.supersede_actor_similarity,
        # the theatre or party every report is set in links no two of them
        setting_of(named, len(documents), params.setting_share, params.setting_min_sources),
    )
    # a demand and the act it asks for are two events: the act does not supersede the demand
    # ("called on Ostland to withdraw", later "Ostland has begun withdrawing"), nor the other
    # way round
    # nor is a sentence that only looks back at the event a later report of it: a quotation
    # ("Two weeks after the shrine attack, Karsia has taken no step"), background or a
    # sentence that does not read on its own tells no later state of the situation
    superseded = {
        i: later
        for i, later in superseded.items()
        if not demand_and_act(sentences[i].text, sentences[later].text)
        and signals[i].decision == signals[later].decision
        and not _looks_back(signals[later])
    }
    # a war's running count told again later (the toll since the fighting began, the people
    # it displaced) is one situation too: the Situation shows the latest report of it, not
    # the first week's toll (round front26)
    home = source_countries(sentences)
    parties_at = {
        i: frozenset(_countries_in(sentences[i].text)) or home.get(sentences[i].source, frozenset())
        for i in candidates
    }

    # (not a decisive event's report that gives the toll in passing: "has resigned and fled,
    # after protests that left nearly 300 people dead" is the fall's news, not the count's;
    # round front28)
    def passing(i: int) -> bool:
        return signals[i].decisive and toll_in_passing(sentences[i].text, claims_at.get(i, ()))

    running = running_tolls(
        [i for i in candidates if not signals[i].record and not passing(i)],
        sentences,
        claims_at,
        parties_at,
        known_date,
    )
    for i, later in running.items():
        superseded.setdefault(i, later)
    # ... and a count a later report says was revised, down or up: the revision (round front27)
    revised = revised_tolls(
        [i for i in candidates if not signals[i].record],
        sentences,
        claims_at,
        parties_at,
        known_date,
    )
    for i, later in revised.items():
        superseded.setdefault(i, later)
    # the situation reports the latest state: a statement superseded by a later report of
    # the same situation gives its place to that report ("entered the town" on the 9th to
    # "captured the town on 9 December, only to withdraw on 16 December")
    for key in situation:
        latest = latest_reports(picked[key], superseded, members_of[key], dated_source, sentences)
        if latest != picked[key]:
            for i in latest:
                if i not in built:
                    built[i] = candidates[i]
            picked[key] = newest_first(
                latest, domain_at, sentences, published, stale=set(dated_source)
            )
            result.sections[key] = [built[i] for i in picked[key]]
    # one incident told by two sources in different words (a launch toward a named ship, the
    # crew killed aboard it that day): one key judgment, the fuller and better graded report,
    # with the other as its corroboration; the other never takes a slot of its own
    grade_of = {d.id: _grade_rank((d.reliability, d.credibility)) for d in documents}
    # (reports that lead: not background, a quotation, a record or a superseded report)
    incidents = same_incidents(
        [
            i
            for i in candidates
            if i not in superseded
            and not (
                signals[i].background
                or signals[i].quote
                or signals[i].unnamed_speaker
                or signals[i].record
            )
        ],
        sentences,
        named,
        claims_at,
        known_date,
        grade_of,
        {i: float(rank[i] + lift.get(i, 0.0)) for i in candidates},
        decisions={i for i in candidates if signals[i].decision},
    )
    told_by: dict[int, list[int]] = {}
    for i, stands in sorted(incidents.items()):
        told_by.setdefault(stands, []).append(i)
    for stands, others in told_by.items():
        candidates[stands] = make(stands, candidates[stands].section, others)
    kj_superseded = dict(superseded)
    for i, stands in incidents.items():
        kj_superseded.setdefault(i, stands)
    # one event told twice by one source ("the sides agreed to keep the truce", "the talks
    # were held over four days"): one key judgment, the better; the freed slot goes to
    # another event
    for i, stands in same_source_events(
        [
            i
            for i in candidates
            if i not in kj_superseded
            and not (signals[i].background or signals[i].quote or signals[i].record)
        ],
        sentences,
        similar,
        claims_at,
        known_date,
        {i: float(rank[i] + lift.get(i, 0.0)) for i in candidates},
        params.same_event_similarity,
        decisions={i for i in candidates if signals[i].decision},
    ).items():
        kj_superseded.setdefault(i, stands)
    # one agreement told by several sources ("India and Pakistan had agreed to a cease-fire",
    # "An agreement has been reached for a ceasefire between India and Pakistan"): one key
    # judgment, the others its evidence; the freed slot goes to another event (round front25)
    agreed = same_agreements(
        [
            i
            for i in candidates
            if i not in kj_superseded
            and not (signals[i].background or signals[i].quote or signals[i].record)
        ],
        sentences,
        {i: parties_of(sentences[i], sides_at) for i in candidates},
        known_date,
        {i: float(rank[i] + lift.get(i, 0.0)) for i in candidates},
    )
    told_by = {}
    for i, stands in sorted(agreed.items()):
        told_by.setdefault(stands, []).append(i)
        kj_superseded.setdefault(i, stands)
    for stands, others in told_by.items():
        candidates[stands] = make(stands, candidates[stands].section, others)
    # a war's running toll told again by a later report with its own figure: the later
    # report's; the earlier never takes a slot of its own (round front25)
    for i, later in revised.items():
        kj_superseded.setdefault(i, later)
    for i, later in running_tolls(
        [
            i
            for i in candidates
            if i not in kj_superseded and not signals[i].record and not passing(i)
        ],
        sentences,
        claims_at,
        # a sentence naming no country counts for the country its report is about ("More
        # than 1,800 people have been killed since battles began" in a report on Sudan;
        # round front26)
        parties_at,
        known_date,
    ).items():
        kj_superseded.setdefault(i, later)
        running.setdefault(i, later)
    # the war's opening strikes told twice ("Chad launched Operation Desert Hammer, an air
    # assault on Niger", "The war began when Chad struck Niger"): one key judgment, the
    # better; the others its evidence (round front25)
    # (an operation a sentence telling the opening names is that opening: "India conducted
    # Operation Sindoor, striking nine targets" beside "India initiated Operation Sindoor, a
    # series of air strikes on Pakistan")
    opened_by: dict[str, str] = {}
    for sentence in sentences:
        key = opening_of(sentence.text)
        if key is not None:
            for name in named_events(sentence.text):
                opened_by.setdefault(name, key)
    openings: dict[str, list[int]] = {}
    for i in sorted(candidates):
        if i in kj_superseded or signals[i].record:
            continue
        key = opening_of(sentences[i].text) or next(
            (opened_by[n] for n in sorted(named_events(sentences[i].text)) if n in opened_by),
            None,
        )
        if key is not None:
            openings.setdefault(key, []).append(i)
    for members in openings.values():
        if len(members) < 2:
            continue
        # a report of the issue's period before a stale one, then the better
        best = min(
            members,
            key=lambda i: (
                sentences[i].source in dated_source,
                -float(rank[i] + lift.get(i, 0.0)),
                i,
            ),
        )
        others = [i for i in members if i != best]
        for i in others:
            kj_superseded.setdefault(i, best)
        candidates[best] = make(best, candidates[best].section, others)

    # a judgment names what it speaks of: a place its sentence names only by description ("a
    # key eastern city") is named from the sentence nearby that names it, cited and checked;
    # a candidate whose place has no name near it is no key judgment (round kj21)
    named_now, nameless = name_descriptions(
        candidates,
        sentences,
        [n for e in entities if e.type == "place" for n in (e.name, *e.aliases)],
        # countries and their peoples: the briefing's and the gazetteer's ("Russian")
        [n for e in entities if e.type == "country" for n in (e.name, *e.aliases)]
        + list(gazetteer().countries_of),
        lambda i: _neighbours(i, sentences, rows_of),
    )
    candidates.update(named_now)
    # ... and an operation it calls only "the operation" or "the offensive" is named from the
    # sentence before it in its source that names it (round front26)
    candidates.update(name_operations(candidates, sentences))
    kj_signals = [
        replace(sig, context=True) if i in nameless else sig for i, sig in enumerate(signals)
    ]

    source_texts: dict[str, list[str]] = {}
    for sentence in sentences:
        source_texts.setdefault(sentence.source, []).append(sentence.text)

    def overtaken(s: Sentence) -> bool:  # the day it looks to passed before the issue date
        published_day = known_date.get(s.source)
        day = looked_ahead_day(s.text, published_day)
        if issue_day is not None and day is not None and day < issue_day:
            return True
        # an ultimatum or deadline whose term ran out ("sent an ultimatum to the junta" in a
        # report whose communique gives it one week; round front27)
        due = deadline_due(s.text, source_texts.get(s.source, ()), published_day)
        if issue_day is not None and due is not None and due < issue_day:
            return True
        # an open near-future time that ran out before the issue date ("agreed to hold
        # meetings in the coming days" in a report of two months ago; round trialA26)
        horizon = open_horizon_day(s.text, published_day) if day is None else None
        if issue_day is not None and horizon is not None and horizon < issue_day:
            return True
        # a schedule naming no time looks to the days after its report: a month-old "is
        # scheduled to meet" is overtaken as surely as one with last month's date
        return (
            day is None
            and issue_day is not None
            and published_day is not None
            and (issue_day - published_day).days > params.schedule_days
            and is_fixed_schedule(s.text)
            and names_no_time(s.text)
        )

    # the Outlook looks ahead of the issue: a schedule or deadline whose day passed before the
    # issue date ("The commanders are expected to meet on May 12" in an issue of May 13) is
    # no longer ahead and is not shown there as if it were (round front25)
    for key in schema.keys_of("outlook"):
        result.sections[key] = [
            st
            for st in result.sections[key]
            if st.evidence[0] not in index or not overtaken(sentences[index[st.evidence[0]]])
        ]

    # a schedule as its news ("are scheduled to begin talks shortly") whose day passed, or an
    # ultimatum or deadline whose term ran out (round front27); not a decisive act told in the
    # past or the perfect with the day it takes effect ("Under the deal reached today,
    # effective tomorrow, the fighting will end"): the deal is the news of its report's day
    passed = {
        i
        for i in candidates
        if (is_schedule(sentences[i].text) or names_deadline(sentences[i].text))
        and overtaken(sentences[i])
        and not signals[i].decisive
    }

    # ... marked as of the past where they are shown, as is a count a later report revised
    # (round front27)
    marks = {
        i: f"Past: looked ahead from a report of {known_date[sentences[i].source]}; its time "
        "ran out before this issue."
        for i in passed
        if known_date.get(sentences[i].source) is not None
    }
    marks.update(
        {i: f"Revised by a later report [{sentences[later].id}]." for i, later in revised.items()}
    )
    # ... and an earlier state of a running count, where it is still shown: the later count
    # stands for it (round front28)
    for i, later in running.items():
        marks.setdefault(i, f"Superseded by a later count [{sentences[later].id}].")
    for i, note in marks.items():
        if i in candidates:
            candidates[i] = replace(candidates[i], marked=note)
    for key, statements in result.sections.items():
        result.sections[key] = [
            replace(st, marked=marks[index[st.evidence[0]]])
            if index.get(st.evidence[0]) in marks
            else st
            for st in statements
        ]

    # the principal events of the period: reported by a share of the independent sources
    # (round bluf24)
    independent = len({groups.get(d.id, d.id) for d in documents})
    need = max(params.wide_min_sources, math.ceil(params.wide_share * independent))
    widths = reach({i: c.evidence for i, c in candidates.items()}, sentences, groups)
    result.key_judgments = pick_key_judgments(
        candidates,
        sentences,
        similar,
        kj_signals,
        params,
        core=core,
        bonus=lift,
        weights=weights,
        claims_at=claims_at,
        superseded=kj_superseded,
        undated=undated,
        # the persons whose own fall a candidate reports (its subject or object, not a
        # person named beside it): two reports of one person's fall are one judgment
        outcome_of={i: _fallen(sentences[i], named) for i in candidates},
        overtaken=passed,
        published=published,
        wide={i for i, n in widths.items() if n >= need},
    )
    # a key judgment reads in the third person: a principal's first-person words attributed
    result.key_judgments = [
        _attributed(
            k,
            voice[index[k.evidence[0]]],
            known_date.get(sentences[index[k.evidence[0]]].source),
        )
        if index.get(k.evidence[0]) in voice and index[k.evidence[0]] not in turn_voice
        else k
        for k in result.key_judgments
    ]

    # indicators: forward-looking and observable (a future or conditional development),
    # never a recommendation, background or a quote about the present, nor what the issue's
    # date has overtaken ("Today will see the commanders meet" in a report of a week ago);
    # outlook sections first
    outlook = set(schema.keys_of("outlook"))
    forward = [
        i
        for i, s in enumerate(sentences)
        if facts_value(facts.get(s.id), "forward", False)
        and not signals[i].procedural
        and not signals[i].context
        and not signals[i].unknown
        and not signals[i].background
        and sections.get(s.id) is not None
        and is_indicator(s.text)
        and not overtaken(s)
    ]
    watch = re.compile(r"(?<!\w)(monitor|watch|expand|expansion|could|may|might|will|warn)", re.I)

    def indicator_rank(i: int) -> tuple[bool, bool, float, int]:
        # a named actor's commitment to act ("Malaysia will coordinate an ASEAN observer
        # team") is what will happen next, outlook material wherever the classifier put it:
        # it is not crowded out by an analysis' hedged forecasts
        text = sentences[i].text
        bonus = 1.0 if sections.get(sentences[i].id) in outlook or is_commitment(text) else 0.0
        bonus += 0.5 if watch.search(sentences[i].text) else 0.0
        return (
            dated_source.get(sentences[i].source) is not None,
            signals[i].record,
            -(base[i] + bonus),
            i,
        )

    ranked = sorted(forward, key=indicator_rank)
    picks: list[int] = []
    for i in ranked:
        if len(picks) >= params.indicators:
            break
        if any(similar.similarity(i, j) > params.redundancy for j in picks):
            continue
        picks.append(i)
    result.indicators = [
        built[i] if i in built else make(i, sections.get(sentences[i].id)) for i in picks
    ]
    return result


_NEAR = 2  # the sentences either side of a key judgment that may name its place

# the entities that can be a party to an agreement (same_agreements): not a person, who
# announces or brokers it, nor a place
_PARTY_TYPES = frozenset({"country", "organisation", "force"})


def source_countries(sentences: Sequence[Sentence]) -> dict[str, frozenset[str]]:
    """Source id -> the country its sentences that name none are about (round front26): of
    the countries it names (:func:`_countries_in`), the one the most sources name (the
    issue's theatre: a report on talks that names the mediator more often than the war's
    country is still about the war), then the one it names most; none when it names none."""
    counts: dict[str, Counter[str]] = {}
    for sentence in sentences:
        counts.setdefault(sentence.source, Counter()).update(_countries_in(sentence.text))
    reach: Counter[str] = Counter(c for counter in counts.values() for c in counter)
    return {
        source: frozenset(
            [max(counter, key=lambda c: (reach[c], counter[c], c))] if counter else []
        )
        for source, counter in counts.items()
    }


def _countries_in(text: str) -> set[str]:
    """The countries the gazetteer knows by a word or two of ``text`` ("country:India")."""
    countries = gazetteer().countries_of
    words = [w for w in re.findall(r"[\w'’.]+", text) if w[:1].isupper()]
    spans = [*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))]
    return {
        countries[w]
        for span in spans
        for w in (span, span.rstrip("."), re.sub(r"['’]s$", "", span))
        if w in countries
    }


@cache
def _broker() -> re.Pattern[str]:
    verbs = alternation(str(w) for w in load_data("judgments.yaml")["agreement_brokers"])
    name = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}"
    return re.compile(
        rf"(?<![\w'’.-]){name}-(?:{verbs})(?![\w-])"
        rf"|(?<![\w-])(?:{verbs})\s+by\s+(?:the\s+)?{name}(?:\s+and\s+(?:the\s+)?{name})?"
    )


def parties_of(sentence: Sentence, sides_at: Mapping[str, set[str]]) -> frozenset[str]:
    """The parties ``sentence`` names: its countries, bodies and forces (``sides_at``:
    sentence id -> "type:name"), and the countries the gazetteer knows by a word of its
    text ("Indian", "Pakistan" -> "country:India", "country:Pakistan"); a broker is none
    ("a US-brokered ceasefire", "mediated by the United States": ``agreement_brokers`` of
    data/judgments.yaml)."""
    # a broker is no party: "a US-brokered ceasefire", "talks mediated by the US"
    found = _countries_in(_broker().sub(" ", sentence.text))
    brokers = _countries_in(" ".join(m.group(0) for m in _broker().finditer(sentence.text)))
    return frozenset((sides_at.get(sentence.id, set()) - (brokers - found)) | found)


def _neighbours(
    i: int, sentences: Sequence[Sentence], rows_of: Mapping[str, list[int]]
) -> list[int]:
    """The sentences near sentence ``i`` in its source, nearest first: its paragraph's and
    those up to ``_NEAR`` sentences either side (the earlier first of two as near)."""
    rows = rows_of.get(sentences[i].source, [])
    at = rows.index(i) if i in rows else -1
    near = [
        j
        for k, j in enumerate(rows)
        if j != i and (abs(k - at) <= _NEAR or sentences[j].paragraph == sentences[i].paragraph)
    ]
    return sorted(near, key=lambda j: (abs(rows.index(j) - at), rows.index(j) > at))


def _figures_differ(
    i: int,
    rivals: Sequence[tuple[int, tuple[Claim, Claim]]],
    sentences: Sequence[Sentence],
    facts: Mapping[str, Any],
) -> str:
    """The sentence a key judgment ends with when other reports of its incident give other
    figures: "The sources' figures differ: 12 soldiers (army, S1), 20 soldiers (local
    official, S2)." Each figure as its report gives it, with its originator when the report
    names one and its source id."""

    def told(k: int, claim: Claim) -> str:
        who = facts_value(facts.get(sentences[k].id), "attributed_to", None)
        src = sentences[k].source
        return f"{claim.text} ({who}, {src})" if who else f"{claim.text} ({src})"

    own = told(i, rivals[0][1][0])
    others = [told(j, pair[1]) for j, pair in rivals]
    return "The sources' figures differ: " + ", ".join([own, *others]) + "."


def _same_days(
    a: Sentence, b: Sentence, known_date: Mapping[str, dt.date | None], params: JudgmentParams
) -> bool:
    """Whether two sentences may tell of the same days: their times (when stated) within
    ``params.stale_days`` and the days they name within ``params.occasion_days``; a sentence
    that names no day tells of the days of its report (the ``occasion_days`` before its
    source's date), so "two fatalities" in a report of 4 March is not a toll of 9 January."""
    pa, pb = known_date.get(a.source), known_date.get(b.source)
    ta, tb = sentence_time(a.text, pa), sentence_time(b.text, pb)
    if ta is not None and tb is not None and _days_apart(ta, tb) > params.stale_days:
        return False
    window = dt.timedelta(days=params.occasion_days)

    def days(text: str, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
        named = occasion_day(text, published)
        if named is None and published is not None:
            return (published - window, published)
        return named

    da, db = days(a.text, pa), days(b.text, pb)
    return da is None or db is None or _days_apart(da, db) <= params.occasion_days


def _days_apart(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (four letters or more, not function words of
    data/stopwords.yaml), lower case."""
    stop = frozenset(load_data("stopwords.yaml")["stopwords"]["en"])
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in stop}


def _shares_stem(a: set[str], b: set[str]) -> bool:
    """Whether a word of ``a`` and one of ``b`` are one word in two forms: they share their
    first four letters or more and differ in at most one letter of the shorter beyond
    them ("sink", "sinking"; "sinks", "sinking")."""
    return any(_one_word(x, y) for x in a for y in b)


def _one_word(x: str, y: str) -> bool:
    common = len(os.path.commonprefix([x, y]))
    return common >= 4 and common >= min(len(x), len(y)) - 1


def _confirmations(
    documents: Sequence[Document], sentences: Sequence[Sentence], index: Mapping[str, int]
) -> dict[int, list[tuple[int, str]]]:
    """Lede index -> (sentence index, confirmer) for each originator that a later sentence
    of the same report names as confirming its news (:func:`~briefbook.assessment.signals.
    confirmers`: "The sinking was confirmed by both Yemen's government and ...", "The
    maritime agency separately confirmed the sinking"): what it confirms
    (:func:`~briefbook.assessment.signals.confirmed_thing`) shares a content word with the
    lede or the report's title ("sinking", "sink"); "confirmed that he spoke with ..." tells
    the speaker's own news, no confirmation of the report's. An outlet that reports
    two authorities confirming its news reports two more origins."""
    out: dict[int, list[tuple[int, str]]] = {}
    for d in documents:
        rows = [index[s.id] for s in d.sentences if s.id in index]
        if len(rows) < 2:
            continue
        lede = rows[0]
        news = _stems(sentences[lede].text) | _stems(d.title or "")
        for j in rows[1:]:
            names = confirmers(sentences[j].text)
            thing = confirmed_thing(sentences[j].text)
            if names and _shares_stem(_stems(thing), news):
                out.setdefault(lede, []).extend((j, who) for who in names)
    return out


@cache
def _toll_events() -> frozenset[str]:
    """The claim events of a toll of people (``toll_events`` of data/judgments.yaml)."""
    return frozenset(str(w) for w in load_data("judgments.yaml")["toll_events"])


def _said(text: str, speaker: str, published: dt.date | None = None) -> str:
    """``text`` quoted as ``speaker``'s words: 'Ana Sol said: "..."'; words that name a day
    relative to their source's date ``published`` ("Today") stay as said, and the
    attribution carries the date ('Ana Sol said on 16 December 2024: "Today, ..."')."""
    who = speaker[:1].upper() + speaker[1:]
    words = text.strip()
    when = ""
    if published is not None and absolute_days(words, published) != words:
        when = f" on {spell_date(published)}"
    return f'{who} said{when}: "{words}"'


def _unlabelled(text: str) -> str:
    """``text`` without the transcript speaker label opening it ("GEN. TARVO: Thank you."
    -> "Thank you.")."""
    label = speaker_label(text)
    if label is None:
        return text
    return text.split(":", 1)[1].lstrip() if ":" in text else text


def _attributed(statement: Statement, speaker: str, published: dt.date | None = None) -> Statement:
    """``statement`` (a principal's own words in the first person) as a key judgment reads:
    attributed to ``speaker`` and quoted ('President Ana Sol said: "Today, at my direction,
    our forces struck ..."'), with ``attributed_to`` set; words that name a day relative to
    their source's date ``published`` ("Today") stay as said, and the attribution carries
    the date ('President Ana Sol said on 16 December 2024: "Today, ..."').
    """
    return replace(statement, text=_said(statement.text, speaker, published), attributed_to=speaker)


def _looks_back(signal: KeySignal) -> bool:
    """Whether a sentence with ``signal`` only tells an event again in passing (a quotation,
    background, an unnamed speaker, a fact of record or a sentence that needs the one before
    it): no later report that could supersede the report of the event."""
    return (
        signal.quote
        or signal.background
        or signal.unnamed_speaker
        or signal.record
        or signal.context
    )


def _fallen(sentence: Sentence, named: Mapping[str, frozenset[str]]) -> list[str]:
    """The persons ("person:name", of ``named``: sentence id -> its entities) whose own
    decisive outcome ``sentence`` reports (:func:`outcome_persons`)."""
    people = {n[len("person:") :]: n for n in named.get(sentence.id, ()) if n.startswith("person:")}
    if not people:
        return []
    return sorted(people[n] for n in outcome_persons(sentence.text, list(people)))


def _salience(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    params: JudgmentParams,
    issue_date: str | None,
    dated_source: Mapping[str, str] | None = None,
    plain: Mapping[str, float] | None = None,
) -> dict[int, float]:
    """Key-judgment lift (sentence index -> value) for the news of the sources beyond their
    lede: a sentence that says what its source's headline says, the grade of its source
    (``grade_bonus`` for reliability A-B, ``credibility_bonus`` for credibility 1-2; nothing
    for C-F, 3-6 or no grade), the most recent sources, and the lede (first sentence) of a
    source with a date of its own that ``dated_source`` (source id -> date, the sources
    older than the issue's freshness limit) does not hold: a current report's news, lifted by
    ``current_lede_bonus`` and, whatever the source's kind, the lede bonus that
    :func:`~briefbook.assessment.key_judgments.news_bonus` gives in the measure ``plain``
    (source id -> share of plain sentences, 0-1) says it is news."""
    dated_source = dated_source or {}
    plain = plain or {}
    titled = [d for d in documents if d.title and d.sentences]
    heads = embed([d.title for d in titled]).astype(np.float64) if titled else None
    head_of = {d.id: heads[n] for n, d in enumerate(titled)} if heads is not None else {}
    grade = {
        d.id: params.grade_bonus * ((d.reliability or "F") in {"A", "B"})
        + params.credibility_bonus * ((d.credibility or 6) <= 2)
        for d in documents
    }
    ledes = {
        d.sentences[0].id
        for d in documents
        if d.sentences and known_published(d) is not None and d.id not in dated_source
    }
    # recency ranks the dated sources; an undated one (a file's modification time is no
    # date) neither wins nor loses by it: it gets the dated sources' mean
    day_of = {d.id: known_published(d) for d in documents}
    dates = sorted({day for day in day_of.values() if parse_iso(day)})
    position = {date: n for n, date in enumerate(dates, 1)}
    recency = {
        sid: position[day] / len(dates)
        for sid, day in day_of.items()
        if day in position and len(dates) > 1
    }
    if recency:
        middle = sum(recency.values()) / len(recency)
        recency.update({sid: middle for sid, day in day_of.items() if day not in position})
    out: dict[int, float] = {}
    for i, s in enumerate(sentences):
        value = 0.0
        head = head_of.get(s.source)
        if head is not None and float(vectors[i] @ head) >= params.headline_similarity:
            value += params.lead_bonus
        value += grade.get(s.source, 0.0)
        if s.id in ledes:
            value += params.current_lede_bonus
            value += params.lead_bonus * (1.0 - plain.get(s.source, 1.0))
        value += params.recency_bonus * recency.get(s.source, 0.0)
        if value:
            out[i] = round(value, 6)
    return out


def _boilerplate(vectors: np.ndarray, schema: AssessmentSchema) -> np.ndarray:
    """How much each sentence looks like boilerplate (z-score above the mean, else 0)."""
    sims = (vectors @ none_prototypes(schema).T.astype(np.float64)).max(axis=1)
    if len(sims) < 2:
        return np.zeros(len(sims))
    sd = float(sims.std())
    return np.maximum((sims - sims.mean()) / (sd if sd > 1e-9 else 1.0), 0.0)


def _grade_rank(grade: tuple[str | None, int | None]) -> tuple[str, int]:
    return (grade[0] or "F", grade[1] or 6)


def _entity_mentions(entities: Sequence[Entity]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in entities:
        for sid in e.evidence:
            counts[sid] = counts.get(sid, 0) + 1
    return counts


def _base_scores(
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    sections: Mapping[str, str | None],
    facts: Mapping[str, Any],
    mentions: Mapping[str, int],
) -> np.ndarray:
    """Importance of every sentence, before corroboration."""
    n = len(sentences)
    doc_rows: dict[str, list[int]] = {}
    sec_rows: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        doc_rows.setdefault(s.source, []).append(i)
        key = sections.get(s.id)
        if key:
            sec_rows.setdefault(key, []).append(i)
    doc_centroid = {
        key: normalise_rows(vectors[rows].mean(axis=0, keepdims=True))[0]
        for key, rows in sorted(doc_rows.items())
    }
    sec_centroid = {
        key: normalise_rows(vectors[rows].mean(axis=0, keepdims=True))[0]
        for key, rows in sorted(sec_rows.items())
    }
    scores = np.zeros(n)
    first_in_paragraph = True
    for i, s in enumerate(sentences):
        first_in_paragraph = i == 0 or (
            sentences[i - 1].paragraph != s.paragraph or sentences[i - 1].source != s.source
        )
        sec = sections.get(s.id)
        central_doc = float(vectors[i] @ doc_centroid[s.source])
        central_sec = float(vectors[i] @ sec_centroid[sec]) if sec in sec_centroid else central_doc
        fact = facts.get(s.id)
        words = len(s.text.split())
        score = 1.5 * central_sec + 1.0 * central_doc
        score += 0.3 * math.log1p(mentions.get(s.id, 0))
        score += 0.3 * math.log1p(int(facts_value(fact, "quantities", 0)))
        score += 0.2 if first_in_paragraph else 0.0
        if words < 8:
            score -= 0.5
        elif words > 60:
            score -= 0.3
        scores[i] = score
    return scores


def _support(i: int, similar: Paraphrases, source_of: np.ndarray, threshold: float) -> list[int]:
    """Sentences of OTHER sources that say nearly the same as sentence ``i`` (best first),
    anchored paraphrases included."""
    sims = similar.row(i)
    mask = (source_of != source_of[i]) & (sims >= threshold)
    found = np.flatnonzero(mask)
    order = sorted(found.tolist(), key=lambda j: (-round(float(sims[j]), 6), j))
    return order[:5]
