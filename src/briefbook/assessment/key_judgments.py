"""The bottom line up front: 3-5 key judgments picked from the section statements, with the
news of a report (its lede, claims of consequence) and its most corroborated claim lifted.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from briefbook.analysis.gazetteer import gazetteer
from briefbook.analysis.quantities import near_toll_interval, quantities_agree, read_quantity
from briefbook.analysis.scopes import scope_gap, scopes_compatible
from briefbook.analysis.topics import (
    claim_topic,
    counts_compatible,
    counts_key,
    normalise_event,
    toll_of_people,
)
from briefbook.assessment.occasions import irregular_past, occasion_day, predicate_events
from briefbook.assessment.params import JudgmentParams
from briefbook.assessment.paraphrase import Paraphrases
from briefbook.assessment.signals import (
    LONG_PAST_YEARS,
    RECORD_SIGNAL,
    KeySignal,
    dated_long_past,
    demand_and_act,
    is_framing,
    labour_dispute,
)
from briefbook.assessment.situation import is_indicator, is_schedule
from briefbook.assessment.supersession import same_subject
from briefbook.data import load_data
from briefbook.model import Claim, Sentence, Statement
from briefbook.text import alternation
from briefbook.tradecraft import CONSEQUENTIAL_EVENTS

if TYPE_CHECKING:
    from briefbook.assessment.corroboration import Scene

__all__ = [
    "agreement_of",
    "core_claim_sentences",
    "figure_mates",
    "figures_conflict",
    "news_bonus",
    "pick_key_judgments",
    "plain_shares",
    "rival_figures",
    "running_tolls",
    "rival_tolls",
    "revised_tolls",
    "same_agreements",
    "same_incidents",
    "same_source_events",
    "same_toll",
    "soft_opening",
    "toll_in_passing",
    "toll_scale",
]


def pick_key_judgments(
    built: Mapping[int, Statement],
    sentences: Sequence[Sentence],
    similar: Paraphrases,
    signals: Sequence[KeySignal],
    params: JudgmentParams,
    *,
    core: Sequence[int] = (),
    bonus: Mapping[int, float] | None = None,
    weights: Mapping[str, float] | None = None,
    claims_at: Mapping[int, Sequence[Claim]] | None = None,
    superseded: Mapping[int, int] | None = None,
    undated: Collection[str] = (),
    outcome_of: Mapping[int, Collection[str]] | None = None,
    overtaken: Collection[int] = (),
    published: Mapping[str, str] | None = None,
    wide: Collection[int] = (),
) -> list[Statement]:
    """3-5 key judgments: no section (no domain in the situation) takes more than a source
    may (``params.source_share`` of them, rounded up: 3 of 5), each source's
    best statement when possible (an analysis' best analytic statement, a news report's
    news), and one carrying the most corroborated claim of consequence (``core``) when one
    reads on its own and is good enough (at most ``params.salience_margin`` below the best
    candidate). A source over its share (``params.source_share``) gives way only to another
    source's candidate at most ``salience_margin`` below its own; a decisive event
    (:attr:`KeySignal.decisive`: an outcome in the present perfect, strikes carried out, a
    ship sunk, a town taken, a ceasefire signed, troops withdrawn) is lifted by
    ``params.decisive_bonus``, competes with each source's best statement by its value and
    is not held back by the cap per section and domain. A statement that needs the sentence
    before it (:attr:`KeySignal.context`: "However, she has now resigned.") is never chosen;
    two near-duplicates of which one tells of a demand and the other of the act it asks for
    (:func:`~briefbook.assessment.signals.demand_and_act`) are two judgments, and so are a
    state's decision and the event it answers (:attr:`KeySignal.decision`: "suspended the
    accord after the attack killed 31", "gunmen killed 31"), even when they give one figure. ``bonus`` (sentence index -> value) lifts the news of a report (its
    lead, its headline, its claims of consequence, its recency and grade); ``weights``
    (section key -> factor, from the outline) scales each section's statements in the
    measure that their source is analysis (:func:`plain_shares`; in a news report the
    situation is the news); ``claims_at`` (sentence index -> its claims): a statement that
    repeats a chosen one's figure (:func:`figures_repeat`) is the same judgment and is
    skipped. ``superseded`` (index -> the index of a later report of the same situation,
    :func:`briefbook.assessment.supersession.superseded_reports`): an earlier report never
    leads and is left out when the report that supersedes it is a judgment, which ranks at
    least as high as each report it supersedes. Dated
    statements (older than the issue's freshness limit), background ("The attack comes days
    after ..."), a writer's framing (:func:`~briefbook.assessment.signals.is_framing`: "It is
    noteworthy that ..."), superseded reports and plain quotations never lead: they come only after
    every other one, to reach three. ``undated`` (source ids): sources without a date of
    their own in an issue that has a freshness limit; not known to be of the issue's period,
    their statements rank level with dated ones (by value among them) when the judgments are
    chosen, never ahead of a report known to be current, and are not marked dated;
    ``overtaken`` (indices): schedules whose day passed before the issue date ("talks are
    scheduled to begin shortly" in a report of two weeks before) never lead either; in the
    order returned a dated statement comes after every undated one (stale material never
    leads). ``outcome_of`` (index -> the
    persons whose decisive outcome it reports, :func:`briefbook.assessment.signals.
    reports_outcome`): two statements reporting the fall of one person ("rebels have forced
    the president to resign and flee", "rebels announced they had ousted the president") are
    one judgment, however differently worded. ``published`` (source id -> its ISO date,
    "" when unknown): the decisive event of the newest dated report (the ceasefire that
    ends a war reported after its battles) takes a slot before the sources' best, whatever
    its value, and leads the judgments returned: the bottom line carries the latest turn of
    the situation first. ``wide`` (indices): statements of an event that a share of the
    independent sources report (:func:`briefbook.assessment.breadth.reach`): the best of
    them that is no record, reads on its own and is late for no other reason than its age
    takes a slot after the core fact, dated or not (shown after the current judgments): the
    principal event of the period is not left out because the freshest source is another's
    (round bluf24)."""
    undated = frozenset(undated)
    weights = weights or {}
    superseded = superseded or {}
    bonus = bonus or {}
    claims_at = claims_at or {}
    outcome_of = {i: frozenset(names) for i, names in (outcome_of or {}).items() if names}
    plain = plain_shares(sentences, signals)

    def weight(i: int) -> float:
        # the outline's weight of a section counts in the measure that its source is
        # analysis: in a news report the situation is the news, not a lesser section
        w = weights.get(built[i].section or "", 1.0)
        return w + (1.0 - w) * plain.get(sentences[i].source, 0.0)

    def vague(i: int) -> bool:  # only a diffuse effect: no figure of consequence beside it
        return signals[i].vague and not consequential(claims_at.get(i, ()))

    def null(i: int) -> bool:  # an act that did nothing ("fired missiles without effect")
        return signals[i].null_outcome and not _toll(claims_at.get(i, ()))

    value = {
        i: round(
            built[i].score * weight(i)
            + signals[i].value
            - signals[i].wordiness
            + bonus.get(i, 0.0)
            + (params.decisive_bonus if signals[i].decisive else 0.0)
            - (params.vague_penalty if vague(i) else 0.0)
            - (params.null_outcome_penalty if null(i) else 0.0),
            6,
        )
        for i in built
    }

    # the later report of one situation stands for it: it ranks at least as high as each
    # report it supersedes (an analysis' "captured the town on 9 December, only to withdraw on
    # 16 December" takes the place of the wire lede "rebels entered the town")
    def aged(i: int) -> bool:  # dated, or undated where the issue has a freshness limit
        return built[i].dated is not None or sentences[i].source in undated

    # old material gives way to reports known to be current; when there is none, the
    # statements are weighed by salience alone (and are still marked dated in the briefing)
    current = any(not aged(i) for i in built)

    def old(i: int) -> bool:
        return current and aged(i)

    own = dict(value)  # before a later report takes the value of those it supersedes
    for i, later in sorted(superseded.items()):
        if later in value and not old(later):
            value[later] = max(value[later], value[i])

    framing = {i for i in built if is_framing(sentences[i].text)}

    def late_besides_age(i: int) -> bool:  # background, superseded, quoted, unattributed
        return (
            signals[i].background
            or i in framing  # "It is noteworthy that ...": the writer's framing, no news
            or signals[i].quote
            or signals[i].unnamed_speaker
            or i in superseded
            or i in overtaken
        )

    def late(i: int) -> bool:  # ... or dated: never leads
        return old(i) or late_besides_age(i)

    pool = sorted(built, key=lambda i: (old(i), late(i), -value[i], i))
    chosen: list[int] = []
    per_part: dict[tuple[str, str], int] = {}
    # spread: no source takes more than its share of the judgments while another source has
    # a candidate of substance (neither late, a record nor only a diffuse effect) that is
    # good enough: at most ``salience_margin`` below the statement it would displace
    share = max(1, math.ceil(params.key_judgments * params.source_share))
    substance = {
        sentences[i].source for i in built if not late(i) and not signals[i].record and not vague(i)
    }
    per_source: dict[str, int] = {}

    def crowded(i: int, cap: int | None) -> bool:
        # its source has its share and another source, under its share, has a candidate of
        # substance, good enough, that take would accept (not one already merged into a
        # chosen judgment); a weak filler of another source does not displace a strong one
        source = sentences[i].source
        if per_source.get(source, 0) < share:
            return False
        floor = value[i] - params.salience_margin
        return any(
            sentences[j].source != source
            and value[j] >= floor
            and sentences[j].source in substance
            and per_source.get(sentences[j].source, 0) < share
            and not late(j)
            and not signals[j].record
            and not vague(j)
            and fits(j, cap)
            for j in built
        )

    def part(i: int) -> tuple[str, str]:
        # situation statements are capped per domain (military, humanitarian ...), so the
        # news of a report can fill the bottom line without one domain taking it all; the
        # cap is a source's share: a crisis fought out in one domain (an attack, the troops
        # sent after it, a border build-up) may lead with three of its reports
        return (built[i].section or "", built[i].domain or "")

    # each source's best statement (filled below, before the caps are applied to it)
    best_of: dict[str, int] = {}

    def fits(i: int, cap: int | None) -> bool:  # take's checks, the spread aside
        if i in chosen:
            return False
        # a decisive event (strikes carried out, a ship sunk, a city taken) is the news the
        # bottom line must carry: the cap per domain does not hold it back
        # ... nor a source's news that is a toll of the dead (``cap_free_tolls``): people
        # killed are the news too (a toll told in passing further down a report is not)
        if (
            cap is not None
            and per_part.get(part(i), 0) >= cap
            and not signals[i].decisive
            and not (best_of.get(sentences[i].source) == i and _deaths(claims_at.get(i, ())))
        ):
            return False
        if signals[i].context:
            return False  # "However, she has now resigned.": never a judgment as written
        if superseded.get(i) in chosen or any(superseded.get(j) == i for j in chosen):
            return False  # one situation, reported twice: only its latest report
        if any(
            similar.similarity(i, j) > params.redundancy
            and not demand_and_act(sentences[i].text, sentences[j].text)
            and signals[i].decision == signals[j].decision
            for j in chosen
        ):
            return False  # a near-duplicate, unless one is a demand and the other the act
        fallen = outcome_of.get(i)
        if fallen and any(fallen & outcome_of.get(j, frozenset()) for j in chosen):
            return False  # one person's fall, reported twice
        # a figure told again is one judgment, unless one tells a state's decision and the
        # other the event it answers (the decision names the attack's toll as its cause)
        mine = claims_at.get(i, ())
        return not (
            mine
            and any(
                figures_repeat(mine, claims_at.get(j, ()))
                and signals[i].decision == signals[j].decision
                for j in chosen
            )
        )

    def take(i: int, cap: int | None, spread: bool = True) -> bool:
        if not fits(i, cap) or (spread and crowded(i, cap)):
            return False
        key = part(i)
        chosen.append(i)
        per_part[key] = per_part.get(key, 0) + 1
        per_source[sentences[i].source] = per_source.get(sentences[i].source, 0) + 1
        return True

    # the core fact: the best statement carrying the most corroborated claim of consequence
    core_set = set(core)
    carriers = [i for i in pool if i in core_set and not signals[i].record and not late(i)]
    # ... when it is itself good enough: at most ``salience_margin`` below the best candidate
    # that leads (a corroborated toll of an earlier day does not take a slot ahead of news
    # that outweighs it; it still competes by its value)
    top = max((value[i] for i in pool if not late(i)), default=0.0)
    if carriers and params.key_judgments > 0 and value[carriers[0]] >= top - params.salience_margin:
        take(carriers[0], None)
    # the principal event of the period: the best statement of an event most independent
    # sources report, when late only by its age
    broad = sorted(
        (
            i
            for i in wide
            if i in built and not signals[i].record and not vague(i) and not late_besides_age(i)
        ),
        key=lambda i: (-value[i], i),
    )
    if params.key_judgments > 0 and not any(i in chosen for i in broad):
        for i in broad:
            if take(i, None):
                break
    # coverage: the best statement of each source (best sources first): for an analysis its
    # best analytic statement, for a news report (mostly plain sentences) its news, the lede
    # or a claim of consequence; never background, a record or a dated statement
    # (a source's best statement that a later report supersedes is stood for by that report)

    def latest(i: int) -> int | None:
        seen = {i}
        while i in superseded and superseded[i] not in seen:
            i = superseded[i]
            seen.add(i)
        return i if i in built else None

    # superseded reports in rank order, each by its own value: a later report that stands for
    # another source's news does not take its own source's turn with that value
    def unlate(i: int) -> tuple[bool, bool, float, int]:
        return (old(i), late(i) and i not in superseded, -own[i], i)

    for i in sorted(built, key=unlate):
        source = sentences[i].source
        if source in best_of or signals[i].record:
            continue
        stand = latest(i) if i in superseded and not old(i) else i
        if stand is None or late(stand) or signals[stand].record:
            continue
        # a decisive event is a source's news whatever its kind (a statement that announces
        # the strikes it made is no less news for its analytic prose), and so is a toll of
        # people (an attack's report that quotes a leader's condemnation at length)
        if (
            plain.get(source, 0.0) >= NEWS_SHARE
            or signals[i].analytic
            or signals[i].decisive
            or _toll(claims_at.get(i, ()))
        ):
            best_of[source] = stand

    # a decisive event that reads on its own and is not late competes with the sources' best
    # by its value: a second source's lede does not keep it out of the bottom line
    def _fresh_news(i: int) -> bool:  # an event told as past or present, of the situation
        text = sentences[i].text
        return (
            signals[i].event
            or signals[i].decisive
            or _toll(claims_at.get(i, ()))
            or built[i].domain is not None  # a Situation statement: what happened or is
        ) and not (is_schedule(text) or is_indicator(text))

    decisive = {i for i in built if signals[i].decisive and not late(i) and not signals[i].record}
    # ... and the newest of them (by its report's date) is the latest turn of the situation:
    # it takes a slot first (a ceasefire after weeks of strikes is the bottom line's news)
    dated = {i: (published or {}).get(sentences[i].source, "") for i in decisive}
    newest = max((d for d in dated.values() if d), default="")
    # ... while it is recent: a decisive event reported more than ``params.turn_days`` before
    # the newest report of the issue is no longer the latest state; that report's news of
    # what happened leads instead, when it tells an event (no schedule, forecast, threat or
    # proposal: ``_fresh_news``) (round front26)
    fresh = {
        i: (published or {}).get(sentences[i].source, "")
        for i in set(best_of.values())
        if not late(i) and not signals[i].record and not vague(i) and _fresh_news(i)
    }
    latest = max((d for d in (published or {}).values() if d), default="")
    if newest and latest and _days_apart(newest, latest) > params.turn_days:
        newest = ""
        order = [i for i in fresh if fresh[i] == latest]
    else:
        order = [i for i in decisive if dated[i] == newest] if newest else []
    turn: int | None = None
    if params.key_judgments > 0:
        for i in sorted(order, key=lambda i: (-value[i], i)):
            if take(i, None, spread=False):
                turn = i
                break
    # the newest report's news: the lede of the newest dated news report (its first
    # sentence, when it tells an event, reads on its own and is not late) is the latest state
    # of its line of events ("prosecutors ordered eight officials detained" a week after the
    # mayor's suspension): it takes the next slot, after the latest decisive turn when that is
    # recent, and leads when there is none (round front27)
    earliest = min((d for d in (published or {}).values() if d), default="")
    fresh_lede = (
        _newest_lede(
            [
                i
                for i in built
                if not late(i)
                and not signals[i].record
                and not vague(i)
                and _fresh_news(i)
                and not soft_opening(sentences[i].text, signals[i], claims_at.get(i, ()))
            ],
            sentences,
            published or {},
            latest,
            # a news report that carries a line of analysis after its lede ("... is likely to
            # open the road to the capital, analysts say") is still a news report here: its
            # lede, told plainly, is what happened; the analysis may follow (round front28)
            lambda source: plain.get(source, 0.0) >= NEWS_SHARE,
            claims_at,
            lambda i: (
                plain.get(sentences[i].source, 0.0) >= LEDE_NEWS_SHARE and not signals[i].analytic
            ),
        )
        if earliest and latest and _days_apart(earliest, latest) >= params.line_span_days
        else None
    )
    # ... but the newest state of a running toll keeps its place: the newest report's count
    # of the dead, when an earlier report of another source counted them too ("the toll has
    # risen to 927" after "213 killed"), takes its slot before the newest lede does, so a
    # lede of another line (protests in the capital) never displaces it (round revC27)
    if fresh_lede is not None and params.key_judgments > 1:
        toll_now = _newest_running_toll(
            [i for i in built if not late(i) and not signals[i].record and i != fresh_lede],
            sentences,
            published or {},
            claims_at,
        )
        if toll_now is not None and len(chosen) < params.key_judgments - 1:
            take(toll_now, None, spread=False)
    if (
        fresh_lede is not None
        and params.key_judgments > 0
        and len(chosen) < params.key_judgments
        and take(fresh_lede, None, spread=False)
        and turn is None
    ):
        turn = fresh_lede
    for i in sorted(set(best_of.values()) | decisive, key=lambda i: (-value[i], i)):
        if len(chosen) >= params.key_judgments:
            break
        take(i, share)
    # then the best of the rest, at most the share per section; the cap, then the spread, relaxed
    # while fewer than the configured number result and candidates are left; statements
    # that read as record (identity, legal language) only to reach 3
    for cap, spread in ((share, True), (None, True), (None, False)):
        for i in pool:
            if len(chosen) >= params.key_judgments:
                break
            if signals[i].value < RECORD_SIGNAL and len(chosen) >= 3:
                continue
            if late(i) and len(chosen) >= 3:
                continue  # dated, background or quoted material only to reach three
            take(i, cap, spread)
        if len(chosen) >= min(params.key_judgments, len(pool)):
            break
    # in the briefing's order, material known to be stale never leads: where nothing is known
    # to be current it is weighed level with undated sources, but shown after them
    # ... and the latest turn of the situation (the newest report's decisive event: the
    # ceasefire that ends weeks of strikes) leads the rest, whatever its value (round left20)
    # ... then the newest report's lede, the latest state of its line (round front27)
    chosen.sort(
        key=lambda i: (
            old(i),
            built[i].dated is not None,
            late(i),
            i != turn,
            i != fresh_lede,
            -value[i],
            i,
        )
    )
    return [built[i] for i in chosen]


def _newest_lede(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    published: Mapping[str, str],
    latest: str,
    news: Callable[[str], bool],
    claims_at: Mapping[int, Sequence[Claim]],
    plain_lede: Callable[[int], bool] | None = None,
) -> int | None:
    """Of ``candidates``, the first sentence of a news report (``news``: source id -> whether
    it is one) dated ``latest`` (ISO; the newest date of the issue's sources), when one of
    them is: its lede, the latest state of the line of events it reports (round front27).
    Not a lede that gives a figure an earlier report gave (the same number, kind and unit:
    "a staff-level agreement of about $2.9 billion" three days after "reached a preliminary
    $2.9 billion agreement"): that event is told already, no new state. ``plain_lede`` (index
    -> whether it is the plain lede of a report news enough for it: at least
    :data:`LEDE_NEWS_SHARE` of plain sentences, the lede itself not analytic): a report of
    fewer plain sentences than ``news`` asks (a lede, then "is likely to ..., analysts say")
    leads with such a lede too (round front28)."""
    if not latest:
        return None

    def key(c: Claim) -> tuple[str, str, float] | None:
        if not _numeric(c) or c.modality != "asserted":
            return None
        figure = float(c.quantity)  # the figure as read: "about $2.9 billion" is 2.9 billion
        if math.isnan(figure) or (c.kind == "count" and figure < 10):
            return None
        return (c.kind, (c.unit or "").lower(), figure)

    told = {
        k
        for j, cs in claims_at.items()
        if j < len(sentences) and published.get(sentences[j].source, latest) < latest
        for c in cs
        if (k := key(c)) is not None
    }

    def retold(i: int) -> bool:
        return any(key(c) in told for c in claims_at.get(i, ()) if key(c) is not None)

    first: dict[str, int] = {}
    for i, sentence in enumerate(sentences):
        first.setdefault(sentence.source, i)
    ledes = [
        i
        for i in candidates
        if first.get(sentences[i].source) == i
        and published.get(sentences[i].source, "") == latest
        and (news(sentences[i].source) or (plain_lede is not None and plain_lede(i)))
        and not retold(i)
    ]
    return min(ledes, default=None)


@cache
def _soft_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_data("judgments.yaml")["soft_openings"]
    fronted = re.compile(
        r"^((?:[\w'’-]+\s+){0,4}?)(?:"
        + alternation(str(w) for w in data["fronted"])
        + r")\b[^,]*,\s*",
        re.I,
    )
    irregular = {str(w).lower() for w in data["irregular_past"]} | irregular_past()
    done = re.compile(
        r"(?<![\w'’-])(?:[a-z][a-z'’-]{2,}(?<!e)ed"  # "gathered", "ordered" (not "need", "speed")
        r"|(?:has|have|had)\s+(?:\w+ly\s+)?[a-z]+"  # the perfect (a passive's "-ed" counts)
        r"|" + alternation(sorted(irregular, key=len, reverse=True)) + r")(?![\w'’-])"
    )
    return fronted, done


def soft_opening(text: str, signal: KeySignal, claims: Sequence[Claim]) -> bool:
    """Whether ``text``, a report's first sentence, is a soft or feature opening, no lede of
    news (round revC27): it tells no event (no event or decisive signal, no toll, no claim of
    consequence) and its main clause, after a fronted clause of time ("Twenty years after he
    fled the capital, ..."; ``soft_openings.fronted`` of data/judgments.yaml), tells nothing
    done: no verb in the past or the perfect ("Dorin Maleck finds his name again in
    international headlines"). "Protesters gathered outside parliament on Sunday" and
    "Prosecutors ordered the detention of eight officials" are news."""
    if signal.event or signal.decisive or _toll(claims) or consequential(claims):
        return False
    fronted, done = _soft_patterns()
    # the fronted clause's own words before its "after" count ("Troops withdrew after talks,
    # ..." tells an act); the clause itself does not ("Twenty years after he fled, ...")
    main = fronted.sub(r"\1", text, count=1)
    return not done.search(main.lower())


def _newest_running_toll(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    published: Mapping[str, str],
    claims_at: Mapping[int, Sequence[Claim]],
) -> int | None:
    """Of ``candidates``, the newest count of the dead of a toll counted before (round
    revC27): a statement asserting a toll of the dead (``cap_free_tolls``, a figure of at least
    ten) in the newest dated
    source that gives one, when a source of an earlier date gave one too (a running toll: "the
    toll has risen to 927" after "213 people had been killed"); the first such statement of
    that source. None when no earlier source counted the dead (a first toll is news the
    source's own rank decides)."""

    def counted(i: int) -> bool:  # the dead counted by a figure of at least ten
        return _deaths(claims_at.get(i, ())) and any(
            _numeric(c) and not c.part and c.modality == "asserted" and float(c.quantity) >= 10
            for c in claims_at.get(i, ())
        )

    dated = {
        i: published.get(sentences[i].source, "")
        for i in candidates
        if published.get(sentences[i].source, "") and counted(i)
    }
    if not dated:
        return None
    newest = max(dated.values())
    if not any(d < newest for d in dated.values()):
        return None
    return min(i for i, d in dated.items() if d == newest)


def _days_apart(earlier: str, later: str) -> int:
    """Days from the ISO date ``earlier`` to ``later`` (0 when either does not parse)."""
    try:
        return (dt.date.fromisoformat(later[:10]) - dt.date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 0


@cache
def _toll_events() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("judgments.yaml")["toll_events"])


def _toll(claims: Sequence[Claim]) -> bool:
    """Whether ``claims`` assert a toll of people (``toll_events`` of data/judgments.yaml:
    killed, wounded ...): an act that did this did something."""
    return any(
        c.modality == "asserted" and normalise_event(c.event) in _toll_events() for c in claims
    )


@cache
def _cap_free_tolls() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("judgments.yaml")["cap_free_tolls"])


def _deaths(claims: Sequence[Claim]) -> bool:
    """Whether ``claims`` assert a toll of the dead (``cap_free_tolls`` of data/judgments.yaml)
    as a whole, not a part of one ("two of them were Kestran"): such a statement, like a
    decisive event, is not held back by the cap per section and domain of the key judgments
    (the strikes of four reports do not keep the first deaths at sea out of the bottom line)."""
    return any(
        c.modality == "asserted"
        and not c.part
        and c.quantity not in (0, 0.0)
        and normalise_event(c.event) in _cap_free_tolls()
        for c in claims
    )


# a source with at least this share of plain (not analytic) sentences is a news report:
# its best statement is its news, whatever its kind
NEWS_SHARE = 0.75
# ... and a source with at least this share is news enough for its lede, told plainly (no
# analytic marker of its own), to stand as the newest report's news on the front page: a news
# report of three sentences whose second says "is likely to ..., analysts say" (round front28);
# an analysis piece (mostly analytic sentences) stays out even when it opens on an event
LEDE_NEWS_SHARE = 0.5


def plain_shares(sentences: Sequence[Sentence], signals: Sequence[KeySignal]) -> dict[str, float]:
    """Source id -> the share (0-1) of its sentences that are not analytic."""
    total: dict[str, int] = {}
    plain: dict[str, int] = {}
    for s, sig in zip(sentences, signals, strict=True):
        total[s.source] = total.get(s.source, 0) + 1
        plain[s.source] = plain.get(s.source, 0) + (not sig.analytic)
    return {src: plain[src] / n for src, n in total.items()}


CONSEQUENTIAL_EVENT_SET = frozenset(CONSEQUENTIAL_EVENTS)


def consequential(claims: Sequence[Claim]) -> bool:
    """Whether any of ``claims`` is a claim of consequence (killed, deployed, launched,
    sanctioned ... with a figure)."""
    events = {e for c in claims for e in (c.event, normalise_event(c.event))}
    return bool(events & (CONSEQUENTIAL_EVENT_SET | _NEWS_EVENTS))


def _claim_key(claim: Claim) -> tuple[str, str] | None:
    """(event, counted head noun) of a claim of consequence: ("deployed", "troop")."""
    if claim.event not in CONSEQUENTIAL_EVENT_SET:
        return None
    words = re.findall(r"[a-z]+", claim.counts.lower())
    if not words:
        return None
    head = words[-1]
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return (claim.event, head)


def claims_of(sentences: Sequence[Sentence], claims: Sequence[Claim] | None) -> list[Claim]:
    """``claims`` as given, or found again in ``sentences`` when None."""
    if claims is not None:
        return list(claims)
    from briefbook.analysis.claims import find_claims

    return [c for s in sentences for c in find_claims(s.text, s.id)]


def _figure(claim: Claim) -> tuple[float, float]:
    return read_quantity(claim.quantity, claim.text)[0]


def _same_figure(a: Claim, b: Claim) -> bool:
    # near counts of one toll are one figure ("770" and "773 killed": near_toll_interval)
    ia, ib = near_toll_interval(_figure(a), a.event), near_toll_interval(_figure(b), b.event)
    if math.isnan(ia[0]) or math.isnan(ib[0]):
        return str(a.quantity).lower().split() == str(b.quantity).lower().split()
    return quantities_agree(ia, ib)


def figures_conflict(statement: Sequence[Claim], other: Sequence[Claim]) -> bool:
    """Whether ``other`` (the claims of a candidate supporting sentence) contradicts
    ``statement`` (the claims of the statement's sentence): some claim of the statement has
    claims in ``other`` about the same event and a compatible counted thing
    (:func:`briefbook.corroborate.claim_topic`, :func:`~briefbook.corroborate.counts_compatible`)
    and no figure of theirs overlaps its own ("200 soldiers were killed" against "300
    soldiers were killed"; "more than 11,000 troops" does not conflict with "11,500 troops").
    Claims without an event are never in conflict: two numbers may count different things;
    nor are figures of different scopes (:mod:`briefbook.analysis.scopes`: "since Sunday",
    "since the war began", "nationwide").
    """
    for a in statement:
        event, key = claim_topic(a)
        if event is None:
            continue
        mates = [
            b
            for b in other
            if claim_topic(b)[0] == event
            and counts_compatible(key, claim_topic(b)[1])
            and scopes_compatible(a.scope, b.scope)
            and not scope_gap(a.scope, b.scope)
        ]
        if mates and not any(_same_figure(a, b) for b in mates):
            return True
    return False


def figures_repeat(statement: Sequence[Claim], other: Sequence[Claim]) -> bool:
    """Whether ``other`` reports a figure of ``statement`` again: a claim of each about the
    same event (not "other") and a compatible counted thing, with the same figure ("at
    least 13 peacekeepers were killed" and "13 peacekeepers ... dead", "two crew members were
    killed" and "the crew reports two fatalities"; not "at least 20" and "35", an updated
    toll). Two key judgments that repeat one figure are one judgment."""
    for a in statement:
        event, key = claim_topic(a)
        if event is None or event == "other":
            continue
        for b in other:
            other_event, other_key = claim_topic(b)
            if other_event != event:
                continue
            # a toll ("two fatalities") counts the people it names ("two crew members")
            if not (counts_compatible(key, other_key) or toll_of_people(key, other_key)):
                continue
            if a.low is not None and b.low is not None:
                if a.low == b.low:
                    return True
            elif str(a.quantity).lower().split() == str(b.quantity).lower().split():
                return True
    return False


# claim events that make the news of a report when they carry a figure
_NEWS_EVENTS = frozenset({"sanctioned"})


def news_bonus(
    sentences: Sequence[Sentence],
    signals: Sequence[KeySignal],
    claims_at: Mapping[int, Sequence[Claim]],
    params: JudgmentParams,
    groups: Mapping[str, str] | None = None,
) -> dict[int, float]:
    """Key-judgment bonus for the news of a report: its lede (first sentence; the rest of
    the lead paragraph half as much) and claims of consequence (killed, deployed, launched,
    sanctioned ... with a figure), scaled by the share of its sentences that are NOT
    analytic, so a press release leads with its news and an analysis with its judgments.
    ``groups`` (source id -> the id of the original it copies, see
    :func:`briefbook.assessment.reposts.independent_groups`): a copy's opening is no lede (a
    repost that starts in the original's second paragraph, "the militia's fighters entered
    the border town ...", has its lede in the original)."""
    groups = groups or {}
    rows_of: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        rows_of.setdefault(s.source, []).append(i)
    shares = plain_shares(sentences, signals)
    bonus: dict[int, float] = {}
    for source, rows in rows_of.items():
        plain = shares[source]
        lead = min(sentences[i].paragraph for i in rows)
        copy = groups.get(source, source) != source
        for i in rows:
            # the lede in full, the rest of the lead paragraph in half
            if copy:
                value = 0.0
            elif i == rows[0]:
                # a soft or feature opening ("Twenty years on, the exile finds his name in the
                # headlines again") is no lede: it tells nothing done (round revC27)
                soft = soft_opening(sentences[i].text, signals[i], claims_at.get(i, ()))
                value = 0.0 if soft else params.lead_bonus
            elif sentences[i].paragraph == lead:
                value = params.lead_bonus / 2
            else:
                value = 0.0
            if consequential(claims_at.get(i, ())):
                value += params.claim_bonus
            value *= plain
            # the size of a toll is consequence whatever the source's kind; not a toll of
            # the past ("killed 3,000 people in 1982", "over four decades") nor background
            if not signals[i].background and not _past_toll(
                sentences[i].text, claims_at.get(i, ())
            ):
                value += toll_scale(claims_at.get(i, ()), params)
            if value:
                bonus[i] = round(value, 6)
    return bonus


@cache
def _toll_span() -> re.Pattern[str]:
    data = load_data("judgments.yaml")
    spans = alternation(str(w) for w in data["toll_spans"])
    units = alternation(str(w) for w in data["toll_span_units"])
    return re.compile(
        r"(?<![\w-])(?:over|across|during|in|for|spanning)\s+(?:the\s+)?(?:past\s+|last\s+)?"
        rf"(?:(?:[\w-]+\s+)?(?:{spans})(?![\w'’-])"
        # "over a four-decade reign", "across a decades-long campaign" (not the age of a
        # thing the toll is told in: "in a century-old church", "a decade-old dispute")
        rf"|(?:an?\s+)?(?:[\w]+-)?(?:{units})(?:-long)?\s+[a-z])",
        re.I,
    )


def _past_toll(text: str, claims: Sequence[Claim]) -> bool:
    """Whether ``text`` tells its toll as one of the past: summed over decades ("has killed
    hundreds of Americans over four decades", ``toll_spans`` of data/judgments.yaml) or dated
    to a long-past year (:func:`~briefbook.assessment.signals.dated_long_past`, against its
    claims' publication year)."""
    if _toll_span().search(text):
        return True
    if _tolls_of_their_own_past(claims):
        return True
    years = [int(c.published[:4]) for c in claims if c.published and c.published[:4].isdigit()]
    return bool(years) and dated_long_past(text, max(years))


_YEAR_IN = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def _tolls_of_their_own_past(claims: Sequence[Claim]) -> bool:
    """Whether every toll of people among ``claims`` is dated by its own time to a year at
    least ``LONG_PAST_YEARS`` before its report's (round trialB26: "at peace since a 2018
    agreement ended a conflict ... which killed nearly 400,000 people" in a report of 2025,
    the toll's time "2018" from :func:`~briefbook.analysis.past_wars.ended_war_year`): a
    war's toll of the past, however the rest of the sentence reads, lends no weight of
    consequence."""
    tolls = [
        c for c in claims if c.modality == "asserted" and normalise_event(c.event) in _toll_events()
    ]
    if not tolls:
        return False
    for c in tolls:
        if c.scope:
            return False  # "the war that began in 2013 has killed": a toll up to now
        years = [int(y) for y in _YEAR_IN.findall(str(c.when or ""))]
        published = str(c.published or "")[:4]
        if not years or not published.isdigit():
            return False
        if max(years) > int(published) - LONG_PAST_YEARS:
            return False
    return True


def toll_scale(claims: Sequence[Claim], params: JudgmentParams) -> float:
    """The lift of the largest toll of people that ``claims`` assert (``toll_events`` of
    data/judgments.yaml: killed, wounded ...): ``params.toll_scale_bonus`` per order of
    magnitude above ``params.toll_scale_floor`` people, at most ``params.toll_scale_cap``;
    0.0 for no toll, a toll of ``toll_scale_floor`` or fewer, a negated, future or capacity
    claim, or a figure that is not a count (money, a percentage: "$386 million" is no
    casualty). "around 2,800 others were injured" -> 0.3 * log10(280) = 0.73."""
    largest = 0.0
    for c in claims:
        if c.modality != "asserted" or c.kind != "count":
            continue
        if normalise_event(c.event) not in _toll_events():
            continue
        low = c.low if c.low is not None else _figure(c)[0]
        if low is not None and math.isfinite(low):
            largest = max(largest, float(low))
    if largest <= params.toll_scale_floor:
        return 0.0
    lift = params.toll_scale_bonus * math.log10(largest / params.toll_scale_floor)
    return round(min(lift, params.toll_scale_cap), 6)


def core_claim_sentences(
    sentences: Sequence[Sentence],
    claims: Sequence[Claim] | None,
    groups: Mapping[str, str],
    background: Collection[int] = (),
) -> list[int]:
    """Indices of the sentences carrying the most corroborated claim of consequence: the
    (event, counted noun) stated in the most independent groups, at least two; none when
    no such claim is stated by two groups. Ties: more sentences, then the key's order.
    ``background`` (sentence indices, :func:`briefbook.assessment.signals.is_background`):
    sentences that set the news against a past event ("because of the 1982 massacre, with a
    death toll of 10,000"); their claims are of that past, they neither carry nor
    corroborate the claim of the news."""
    index = {s.id: i for i, s in enumerate(sentences)}
    claims = claims_of(sentences, claims)
    past = set(background)
    carriers: dict[tuple[str, str], set[int]] = {}
    for claim in claims:
        key = _claim_key(claim)
        rows = [index[e] for e in claim.evidence if e in index and index[e] not in past]
        if key is None or not rows:
            continue
        carriers.setdefault(key, set()).update(rows)
    best: tuple[int, int, tuple[str, str]] | None = None
    for key in sorted(carriers):
        rows = carriers[key]
        n_groups = len({groups.get(sentences[i].source, sentences[i].source) for i in rows})
        if n_groups < 2:
            continue
        rank = (n_groups, len(rows), key)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return sorted(carriers[best[2]]) if best else []


@cache
def _incident_events() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("judgments.yaml")["incident_events"])


def _incident_classes(sentence: Sentence, claims: Sequence[Claim]) -> frozenset[str]:
    """The incident event classes (``incident_events``) a sentence tells: its event verbs
    and the events of its claims."""
    if labour_dispute(sentence.text):
        return frozenset()
    events = set(predicate_events(sentence.text))
    events |= {e for c in claims for e in (c.event, normalise_event(c.event)) if e}
    return frozenset(events) & _incident_events()


@cache
def _kinds(key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    groups = load_data("judgments.yaml")[key]
    return tuple(
        (
            str(kind),
            re.compile(
                rf"(?<![\w-])(?:{'|'.join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))})(?![\w'’-])",
                re.I,
            ),
        )
        for kind, words in groups.items()
    )


def incident_kinds(text: str, key: str) -> frozenset[str]:
    """The kinds of ``key`` (``incident_means`` or ``incident_targets`` of
    data/judgments.yaml) that ``text`` names: {"missile", "depot"} for "A missile struck the
    fuel depot"."""
    return frozenset(kind for kind, pattern in _kinds(key) if pattern.search(text))


@cache
def _listed(key: str) -> re.Pattern[str]:
    """Any word of list ``key`` of data/judgments.yaml (``incident_apart``, ``rival_apart``),
    as a whole word, any case."""
    words = "|".join(re.escape(str(w)) for w in load_data("judgments.yaml")[key])
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w'’-])", re.I)


def one_incident(
    a: Sentence, b: Sentence, claims_a: Sequence[Claim], claims_b: Sequence[Claim]
) -> bool:
    """Whether two reports of one scene and day can tell one incident: each tells an event
    of ``incident_events`` (a launch toward a ship, the crew killed aboard it), neither calls
    itself another incident ("a separate drone strike"; ``incident_apart``), no figure
    conflicts (:func:`figures_conflict`), means and objects of a common kind where both name
    them (``incident_means``, ``incident_targets`` of data/judgments.yaml: "a missile" and
    "a drone", "the fuel depot" and "a school bus" are two incidents), and something ties
    them: a common kind of means or object, or a figure told again
    (:func:`figures_repeat`)."""
    if not (_incident_classes(a, claims_a) and _incident_classes(b, claims_b)):
        return False
    if _listed("incident_apart").search(a.text) or _listed("incident_apart").search(b.text):
        return False
    if figures_conflict(claims_a, claims_b) or figures_conflict(claims_b, claims_a):
        return False
    tied = figures_repeat(claims_a, claims_b)
    for key in ("incident_means", "incident_targets"):
        ka, kb = incident_kinds(a.text, key), incident_kinds(b.text, key)
        if ka and kb and not (ka & kb):
            return False
        tied = tied or bool(ka & kb)
    return tied


def rival_figures(statement: Sequence[Claim], other: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    """The first pair (a claim of ``statement``, a claim of ``other``) whose figures conflict
    (:func:`figures_conflict`: the same event and counted thing, no figure in common), or
    None."""
    for a in statement:
        for b in other:
            if figures_conflict([a], [b]):
                return a, b
    return None


def rival_tolls(
    a: Sentence, b: Sentence, claims_a: Sequence[Claim], claims_b: Sequence[Claim]
) -> bool:
    """Whether two reports of one scene and day are one incident told with rival figures
    ("Militants attacked a fuel convoy near Kayes on Tuesday, killing 12 soldiers" and
    "Gunmen ambushed a fuel convoy near Kayes on Tuesday, killing 20 soldiers"): each tells
    an event of ``incident_events``, neither calls itself another incident
    (``incident_apart``) nor names a second or earlier one beside its own (``rival_apart``:
    "a second fuel convoy", "in a similar attack in March"), their figures conflict (:func:`figures_conflict`: the same event
    and counted thing, no figure in common), means and objects of a common kind where both
    name them, and an object of a common kind named by both (``incident_targets``: the
    convoy, the checkpoint). A figure alone never ties them, nor does a means alone (one
    day's shelling of a town holds many strikes): the struck object does. The reports stay
    apart as corroboration; they are one event whose sources' figures differ."""
    if not (_incident_classes(a, claims_a) and _incident_classes(b, claims_b)):
        return False
    if any(
        p.search(t)
        for p in (_listed("incident_apart"), _listed("rival_apart"))
        for t in (a.text, b.text)
    ):
        return False
    if not (figures_conflict(claims_a, claims_b) or figures_conflict(claims_b, claims_a)):
        return False
    for key in ("incident_means", "incident_targets"):
        ka, kb = incident_kinds(a.text, key), incident_kinds(b.text, key)
        if ka and kb and not (ka & kb):
            return False
    return bool(
        incident_kinds(a.text, "incident_targets") & incident_kinds(b.text, "incident_targets")
    )


def same_incidents(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    named: Mapping[str, frozenset[str]],
    claims_at: Mapping[int, Sequence[Claim]],
    published: Mapping[str, dt.date | None],
    grade: Mapping[str, tuple[str, int]],
    value: Mapping[int, float],
    decisions: Collection[int] = (),
) -> dict[int, int]:
    """One incident told by two sources in different words: candidate index -> the index of
    the candidate that stands for its incident. Two candidates of different sources are one
    incident when they share a scene (a named place or vessel, not a wide place:
    :func:`~briefbook.assessment.supersession.same_subject`; when neither names a place or a
    vessel, a shared actor with an incident event class in common and a figure told again,
    :func:`figures_repeat`), each tells an event of
    ``incident_events`` (data/judgments.yaml; its verbs or its claims) and both name a day
    (:func:`~briefbook.assessment.occasions.occasion_day` from the source's date
    ``published``) at most a day apart, or, when one is of an undated source (no
    ``published``; two dated sources' reports that do not both name a day are never one
    incident), both give one toll of people (:func:`figures_repeat`, :func:`same_toll`), and neither is a state's decision answering the
    other (``decisions``: the candidates that tell one, :attr:`KeySignal.decision`), and
    they can be one incident (:func:`one_incident`: the same kind of event, means and object,
    no conflicting figure), or one incident told with rival figures at a named place
    (:func:`rival_tolls`: an object of a common kind, conflicting figures of one event).
    Reports never chain: each is one incident with every other of
    its group. The one that stands is the fuller (a figure of
    consequence), then the better graded (``grade``: source id -> (reliability, credibility),
    A1 best), then the higher ``value``."""
    decided = set(decisions)
    info: dict[int, tuple[frozenset[str], frozenset[str], tuple[dt.date, dt.date]]] = {}
    for i in sorted(candidates):
        s = sentences[i]
        events = _incident_classes(s, claims_at.get(i, ()))
        day = occasion_day(s.text, published.get(s.source))
        scene = named.get(s.id, frozenset())
        if events and scene:
            info[i] = (scene, events, day)

    def one(i: int, j: int) -> bool:
        if sentences[i].source == sentences[j].source:
            return False
        (scene_i, events_i, day_i), (scene_j, events_j, day_j) = info[i], info[j]
        subject = same_subject(scene_i, scene_j)
        if subject is None:
            return False
        claims_i, claims_j = claims_at.get(i, ()), claims_at.get(j, ())
        told_again = figures_repeat(claims_i, claims_j) or same_toll(claims_i, claims_j)
        if subject == "actor" and not (events_i & events_j and told_again):
            # neither names a place: the same actors, the same kind of event and a figure told
            # again tie them (one day's fighting between two sides holds many shellings)
            return False
        if day_i is None or day_j is None:
            # a report of an undated source (its day unknown): one incident only with a toll
            # told again, one figure of the dead of one scene; two dated sources' sentences
            # that do not both name their day may tell days a month apart
            undated = (
                published.get(sentences[i].source) is None
                or published.get(sentences[j].source) is None
            )
            if not (undated and told_again):
                return False
        elif _days_between(day_i, day_j) > 1:
            return False
        # a state's decision that names the attack it answers is no report of the attack
        if (i in decided) != (j in decided):
            return False
        a, b = sentences[i], sentences[j]
        claims_i, claims_j = claims_at.get(i, ()), claims_at.get(j, ())
        if one_incident(a, b, claims_i, claims_j):
            return True
        # one event with rival figures, at a named scene (not actors alone: the same sides
        # may fight twice a day), its figures set side by side in one judgment
        return subject == "place" and rival_tolls(a, b, claims_i, claims_j)

    # no chains: a report joins a group only when it is one incident with every member
    # (two incidents of one town a day apart never meet through a third report)
    clusters = {members[0]: members for members in _cliques(sorted(info), one)}

    def standing(i: int) -> tuple[bool, tuple[str, int], float, int]:
        full = consequential(claims_at.get(i, ()))
        return (not full, grade.get(sentences[i].source, ("F", 6)), -value.get(i, 0.0), i)

    out: dict[int, int] = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        best = min(members, key=standing)
        out.update({i: best for i in members if i != best})
    return out


@cache
def _generic_heads() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("judgments.yaml")["toll_generic_heads"])


def same_toll(a: Sequence[Claim], b: Sequence[Claim]) -> bool:
    """Whether two sentences' claims give one toll of people: an asserted toll
    (``toll_events``) in each, of the same event and the same figure (one interval), one of
    them counting people of no class (``toll_generic_heads`` of data/judgments.yaml: "11
    people were killed" and "the deaths of 11 suspected members")."""
    generic = _generic_heads()
    tolls = _toll_events()
    for x in a:
        event = normalise_event(x.event)
        if x.modality != "asserted" or event not in tolls:
            continue
        for y in b:
            if y.modality != "asserted" or normalise_event(y.event) != event:
                continue
            if not _exact_figure(x, y):
                continue
            heads = {counts_key(x.counts).head, counts_key(y.counts).head}
            if heads & generic:
                return True
    return False


@cache
def _event_anchor() -> re.Pattern[str]:
    data = load_data("judgments.yaml")
    links = "|".join(
        re.escape(str(w)) for w in sorted(data["event_anchor_links"], key=len, reverse=True)
    )
    words = "|".join(
        re.escape(str(w))
        for w in sorted(
            {w for ws in data["event_kinds"].values() for w in ws}, key=len, reverse=True
        )
    )
    return re.compile(
        rf"(?<![\w-])(?:{links})\s+(?:[\w'’-]+\s+){{0,4}}?(?:{words})(?![\w'’-])", re.I
    )


def event_kinds(text: str) -> frozenset[str]:
    """The kinds of event (``event_kinds`` of data/judgments.yaml: talks, strike, clash,
    attack) that ``text`` tells: {"talks"} for "The talks were held in the capital". An
    earlier event named as a time anchor ("arrived following a deadly attack";
    ``event_anchor_links``) is not told."""
    told = _event_anchor().sub(" ", text)
    return frozenset(kind for kind, pattern in _kinds("event_kinds") if pattern.search(told))


def same_source_events(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    similar: Paraphrases,
    claims_at: Mapping[int, Sequence[Claim]],
    published: Mapping[str, dt.date | None],
    value: Mapping[int, float],
    threshold: float,
    decisions: Collection[int] = (),
) -> dict[int, int]:
    """One event reported twice by one source in different words: candidate index -> the
    index of the candidate that stands for it. Two candidates of one source are one event
    when they tell an event of a common kind (:func:`event_kinds`: "the sides agreed to keep
    the truce" and "the talks were held over four days" are talks), are at least
    ``threshold`` close in meaning (``similar``: cosine 0-1), name no days more than one apart
    (:func:`~briefbook.assessment.occasions.occasion_day`; a sentence naming none may be of
    any day of its report), give no conflicting figure (:func:`figures_conflict`), and
    neither is a state's decision answering the other (``decisions``) nor a demand beside
    the act it asks for (:func:`~briefbook.assessment.signals.demand_and_act`). Reports
    never chain: each is one event with every other of its group. The one that stands has
    the higher ``value``, then the earlier place in the source."""
    decided = set(decisions)
    kinds = {i: event_kinds(sentences[i].text) for i in candidates}
    days = {
        i: occasion_day(sentences[i].text, published.get(sentences[i].source)) for i in candidates
    }

    def one(i: int, j: int) -> bool:
        a, b = sentences[i], sentences[j]
        if a.source != b.source or not (kinds[i] & kinds[j]):
            return False
        if (i in decided) != (j in decided) or demand_and_act(a.text, b.text):
            return False
        if similar.similarity(i, j) < threshold:
            return False
        day_i, day_j = days[i], days[j]
        if day_i is not None and day_j is not None and _days_between(day_i, day_j) > 1:
            return False
        ci, cj = claims_at.get(i, ()), claims_at.get(j, ())
        return not (figures_conflict(ci, cj) or figures_conflict(cj, ci))

    out: dict[int, int] = {}
    for members in _cliques(sorted(i for i in candidates if kinds[i]), one):
        if len(members) < 2:
            continue
        best = min(members, key=lambda i: (-value.get(i, 0.0), i))
        out.update({i: best for i in members if i != best})
    return out


def _cliques(rows: Sequence[int], one: Callable[[int, int], bool]) -> list[list[int]]:
    """``rows`` in groups, in order: a row joins the first group with every member of which
    it is ``one`` (no chains: two reports never meet through a third), else starts its own."""
    groups: list[list[int]] = []
    for i in rows:
        for members in groups:
            if all(one(m, i) for m in members):
                members.append(i)
                break
        else:
            groups.append([i])
    return groups


def _days_between(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two spans of days (0 when they overlap)."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def _exact_figure(a: Claim, b: Claim) -> bool:
    """Whether two claims give one figure: the same interval ("three", "3"), not two that
    only may agree ("11,000" and "thousands")."""
    if a.low is not None and b.low is not None:
        return a.low == b.low and a.high == b.high
    return str(a.quantity).lower().split() == str(b.quantity).lower().split()


def figure_mates(
    i: int,
    sentences: Sequence[Sentence],
    claims_at: Mapping[int, Sequence[Claim]],
    by_event: Mapping[str, Sequence[tuple[int, Claim]]],
    scenes: Callable[[Claim], Scene] | None = None,
) -> list[int]:
    """Sentences of other sources that report a figure of sentence ``i`` again for one
    event: a claim of each about the same event (not "other"), asserted, of compatible
    counted things, times and places (:func:`briefbook.assessment.corroboration.one_event`)
    and the same figure, not one that only may agree ("three crew members were killed" and
    "the crew reports three fatalities", a toll of people:
    :func:`briefbook.analysis.topics.toll_of_people`; not "11,000" and "thousands").
    ``by_event``: normalised event -> (sentence index, claim) of every claim; ``scenes``:
    what the claims' sentences tell of their scenes
    (:func:`briefbook.assessment.corroboration.claim_scenes`), None for as stated. In reading
    order."""
    from briefbook.assessment.corroboration import one_event

    found: set[int] = set()
    for a in claims_at.get(i, ()):
        event = normalise_event(a.event)
        if event in (None, "other") or a.modality != "asserted":
            continue
        for j, b in by_event.get(event, ()):
            if j in found or sentences[j].source == sentences[i].source:
                continue
            if b.modality != "asserted" or not _exact_figure(a, b):
                continue
            # a toll ("three fatalities") and the people it counts ("three crew members")
            # agree when their figures do: compared as one counted thing
            if toll_of_people(counts_key(a.counts), counts_key(b.counts)):
                b = replace(b, counts=a.counts)
            if one_event(a, b, *((scenes(a), scenes(b)) if scenes else ())):
                found.add(j)
    return sorted(found)


@cache
def _agreement_words() -> tuple[
    tuple[tuple[str, re.Pattern[str]], ...], tuple[tuple[str, re.Pattern[str]], ...], int
]:
    data = load_data("judgments.yaml")

    def words(ws: Sequence[str]) -> re.Pattern[str]:
        alt = "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))
        return re.compile(rf"(?<![\w'’-])(?:{alt})(?![\w'’-])", re.I)

    nouns = tuple((k, words(v)) for k, v in data["agreement_nouns"].items())
    # a phase word may close a compound ("a US-brokered ceasefire")
    phases = tuple(
        (k, re.compile(words(v).pattern.replace("(?<![\\w'’-])", "(?<![\\w'’])", 1), re.I))
        for k, v in data["agreement_phases"].items()
    )
    return nouns, phases, int(data["agreement_days"])


@cache
def _agreement_unsettled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The agreement a sentence names only as talked of ("ceasefire talks", "a proposal for a
    truce": ``agreement_talk_words`` of data/judgments.yaml), and the refusals that turn an
    agreed phase round ("refused to agree", "has not agreed": ``agreement_refusals``)
    (round revA25)."""
    data = load_data("judgments.yaml")
    nouns = "|".join(
        re.escape(str(w))
        for w in sorted(
            {w for ws in data["agreement_nouns"].values() for w in ws}, key=len, reverse=True
        )
    )
    talk = alternation(str(w) for w in data["agreement_talk_words"])
    talked = re.compile(
        rf"(?<![\w'’-])(?:(?:{nouns})\s+(?:{talk})"
        rf"|(?:{talk})\s+(?:on|for|toward|towards|over|about|of)\s+(?:an?\s+|the\s+)?"
        rf"(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}))(?![\w'’-])",
        re.I,
    )
    refusals = "|".join(str(w) for w in data["agreement_refusals"])
    refused = re.compile(rf"(?<![\w'’-])(?:{refusals})\s+(?:[\w'’-]+\s+){{0,2}}?$", re.I)
    return talked, refused


def agreement_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of agreement ``text`` tells (``agreement_nouns`` of data/judgments.yaml:
    "truce" for a ceasefire) and the phases its words name (``agreement_phases``: agreed,
    held, broken); empty kinds when it names none, or only as a time anchor ("since the
    truce", ``event_anchor_links``)."""
    nouns, phases, _ = _agreement_words()
    talked, refused = _agreement_unsettled()
    # an agreement only talked of ("ceasefire talks began", "rejected the truce proposal")
    # is none yet (round revA25)
    told = talked.sub(" ", _event_anchor().sub(" ", text))
    kinds = frozenset(k for k, p in nouns if p.search(told))
    if not kinds:
        return frozenset(), frozenset()
    out: set[str] = set()
    for k, p in phases:
        for m in p.finditer(told):
            if not refused.search(told, 0, m.start()):
                out.add(k)
            elif k == "agreed":
                out.add("refused")  # "refused to agree to a truce", "has not agreed"
            # ("a truce that has not been violated": no breach)
    return kinds, frozenset(out)


def _same_parties(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences' parties ("type:name") can be one agreement's: at least two
    shared, or the countries of one all among the other's ("India and Pakistan agreed" and
    "Indian officials said both nations agreed"), or one names none ("A ceasefire was agreed
    on Saturday": the issue's theatre)."""
    if len(a & b) >= 2 or not a or not b:
        return True  # a report naming no party is of the theatre
    ca = {p for p in a if p.startswith("country:")} or set(a)
    cb = {p for p in b if p.startswith("country:")} or set(b)
    return bool(ca and cb) and (ca <= cb or cb <= ca)


def same_agreements(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    parties: Mapping[int, frozenset[str]],
    published: Mapping[str, dt.date | None],
    value: Mapping[int, float],
) -> dict[int, int]:
    """One agreement told by several sources in different words (round front25): candidate
    index -> the index of the candidate that stands for it. Two candidates (of one source or
    of two) are one agreement when they tell an agreement of a common kind in the same
    phases (:func:`agreement_of`: "India and Pakistan had agreed to a cease-fire" and "An
    agreement has been reached for a ceasefire between India and Pakistan"; a truce agreed
    and a truce broken are two events), between the same ``parties`` (index -> the countries,
    bodies and forces it names: at least two shared, the countries of one all among the
    other's, or none named by one), on days at most
    ``agreement_days`` apart (the days they name,
    :func:`~briefbook.assessment.occasions.occasion_day`, else the dates of their sources,
    ``published``; two undated reports are never one). Reports never chain. The one that
    stands has the higher ``value``, then the earlier index."""
    _, _, most = _agreement_words()
    told: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
    for i in sorted(candidates):
        kinds, phases = agreement_of(sentences[i].text)
        if kinds and phases:
            told[i] = (kinds, phases)

    def span(i: int) -> tuple[dt.date, dt.date] | None:
        day = published.get(sentences[i].source)
        return occasion_day(sentences[i].text, day) or ((day, day) if day else None)

    def one(i: int, j: int) -> bool:
        (kinds_i, phases_i), (kinds_j, phases_j) = told[i], told[j]
        if not (kinds_i & kinds_j) or phases_i != phases_j:
            return False
        a, b = parties.get(i, frozenset()), parties.get(j, frozenset())
        if not _same_parties(a, b):
            return False
        day_i, day_j = span(i), span(j)
        return day_i is not None and day_j is not None and _days_between(day_i, day_j) <= most

    out: dict[int, int] = {}
    for members in _cliques(sorted(told), one):
        if len(members) < 2:
            continue
        best = min(members, key=lambda i: (-value.get(i, 0.0), i))
        out.update({i: best for i in members if i != best})
    return out


@cache
def _running_cues() -> re.Pattern[str]:
    cues = "|".join(str(w) for w in load_data("judgments.yaml")["running_toll_cues"])
    return re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])", re.I)


@cache
def _running_level() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a running count told as the level it has reached or as what a whole disaster has done,
    one day's count): ``running_toll_level_cues`` and ``running_toll_one_day`` of
    data/judgments.yaml (round front28)."""
    data = load_data("judgments.yaml")
    level = "|".join(str(w) for w in data["running_toll_level_cues"])
    day = "|".join(str(w) for w in data["running_toll_one_day"])
    return re.compile(rf"(?:{level})", re.I), re.compile(rf"(?:{day})")


@cache
def _passing_link() -> re.Pattern[str]:
    links = alternation(str(w) for w in load_data("judgments.yaml")["toll_in_passing_links"])
    return re.compile(rf"\b(?:{links})\b", re.I)


def toll_in_passing(text: str, claims: Sequence[Claim]) -> bool:
    """Whether every count of people in ``text`` (``running_count_events``) stands in a
    clause opened by a link of circumstance, no comma between them (``toll_in_passing_links``: "after protests that left nearly 300
    people dead", "following severe unrest, with over 300 people reported dead"): told in
    passing, the count is no report of its own (round front28)."""
    events = _running_events()
    counts = [
        c
        for c in claims
        if c.modality == "asserted" and normalise_event(c.event) in events and c.text
    ]
    links = [m.start() for m in _passing_link().finditer(text)]

    def passing(c: Claim) -> bool:
        # the nearest link before the count opens its clause: no comma between them ("After
        # weeks of protests, at least 300 people have been killed" is the main clause's)
        at = text.find(c.text)
        before = [k for k in links if k < at]
        return bool(before) and "," not in text[before[-1] : at]

    return bool(counts) and all(passing(c) for c in counts)


@cache
def _saying_tail() -> re.Pattern[str]:
    """Where a clause's attribution begins (", the city council said in a statement on
    Friday"): the day after it is the day of the saying, not of the count
    (``speaker_clause_verbs`` of data/judgments.yaml; round front28)."""
    verbs = alternation(str(w) for w in load_data("judgments.yaml")["speaker_clause_verbs"])
    return re.compile(rf",\s+(?:[\w'’.-]+\s+){{0,6}}?(?:{verbs})\b")


@cache
def _running_weak() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_data("judgments.yaml")
    cues = "|".join(str(w) for w in data["running_toll_weak_cues"])
    one = "|".join(str(w) for w in data["running_toll_one_attack"])
    return (
        re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])", re.I),
        re.compile(rf"(?<![\w-])(?:{one})", re.I),
    )


@cache
def _running_events() -> frozenset[str]:
    """The events of a running count: the tolls of people and the people displaced
    (``running_count_events`` of data/judgments.yaml; round front26)."""
    return frozenset(str(e) for e in load_data("judgments.yaml")["running_count_events"])


def _running_claims(text: str, claims: Sequence[Claim], events: Collection[str]) -> list[Claim]:
    """The claims of ``text`` that assert a running count of the war so far: a toll of
    people or a count of the displaced (``events``) in a sentence with a cue of the whole war
    (``running_toll_cues``), or a weak cue ("so far", "in total": ``running_toll_weak_cues``)
    in the clause of the count (clauses split at ";") that tells no one attack
    (``running_toll_one_attack``) and no one day (``running_toll_one_day``: "95 died across
    the country on Sunday"), or a cue of the level a count has reached or of a whole disaster's
    toll (``running_toll_level_cues``: "the death toll in Myanmar has risen to 1,644", "the
    earthquake has killed more than 3,700 people") in a clause that tells no one attack
    (rounds revA25, front26, front28)."""
    asserted = [
        c for c in claims if c.modality == "asserted" and normalise_event(c.event) in events
    ]
    if not asserted:
        return []
    if _running_cues().search(text):
        return asserted
    weak, one = _running_weak()
    level, day = _running_level()
    return [
        c
        for clause in re.split(r";", text)
        if not one.search(clause)
        and (
            (weak.search(clause) and not day.search(_saying_tail().split(clause)[0]))
            # the level a count has reached, or a whole disaster's toll (round front28)
            or level.search(clause)
        )
        for c in asserted
        if c.text and c.text in clause
    ]


@cache
def _local_scope() -> re.Pattern[str]:
    nouns = alternation(str(w) for w in load_data("judgments.yaml")["running_count_local_nouns"])
    return re.compile(rf"\b(?:in|across|around) the ({nouns})\b", re.I)


def _count_scope(claim: Claim, text: str) -> str:
    """The place a running count is of, when narrower than a country: its place as stated
    when that is no country ("Kelvo"), or the noun of a place the sentence names by
    description ("in the city": ``running_count_local_nouns``); "" for a country's count
    (round front26)."""
    where = re.sub(r"['’]s?$", "", (claim.where or "").strip())  # "Ukraine's": Ukraine
    if where and where not in gazetteer().countries_of:
        return where.lower()
    found = _local_scope().search(text)
    return found.group(1).lower() if found else ""


def _running(text: str, claims: Sequence[Claim], tolls: Collection[str]) -> bool:
    """Whether ``text`` asserts a running count of the war so far of one of ``tolls``
    (:func:`_running_claims`)."""
    return bool(_running_claims(text, claims, tolls))


def running_tolls(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    claims_at: Mapping[int, Sequence[Claim]],
    parties: Mapping[int, frozenset[str]],
    published: Mapping[str, dt.date | None],
) -> dict[int, int]:
    """A war's running count told again by a later report (rounds front25, front26):
    candidate index -> the index of the report that stands for it. A running count asserts
    a toll of people (``toll_events``) or a count of people displaced
    (``running_count_events`` of data/judgments.yaml) of the whole war so far
    (``running_toll_cues``: "since the start of the strikes", "since fighting began", "as the
    death toll rises"); two of them of the same country (``parties``: the same countries, at
    least one) and the same event (killed, displaced ...) from sources of different dates
    (``published``) are one count over time. The latest report stands for the line, unless
    its figure is lower than an earlier report's by another originator (a narrower count,
    "958 killed, says the doctors' union" after "more than 1,800 killed, according to
    ACLED"): a later lower figure of another counter never stands for the line; the latest
    report whose figure no earlier report of another originator exceeds does. A lower
    figure of the same originator later is its revision, and stands. A toll of one attack,
    or two of one day, are left to the other rules."""
    events = _running_events()
    counted: dict[int, list[Claim]] = {}
    for i in sorted(candidates):
        if not parties.get(i) or published.get(sentences[i].source) is None:
            continue
        found = _running_claims(sentences[i].text, claims_at.get(i, ()), events)
        if found:
            counted[i] = found
    # a figure of a running count told again without the cue, by its originator or by no
    # one named ("185 dead according to the UN" after "185 killed as the death toll rises,
    # according to the UN") is that count; a figure under ten is too common to tell
    told: dict[tuple[str | None, float], set[str]] = {}
    for found in counted.values():
        for c in found:
            if _figure(c)[0] >= 10:
                told.setdefault((normalise_event(c.event), _figure(c)[0]), set()).add(
                    (c.attributed_to or "").lower()
                )
    for i in sorted(candidates):
        if i in counted or not parties.get(i) or published.get(sentences[i].source) is None:
            continue
        again = [
            c
            for c in claims_at.get(i, ())
            if c.modality == "asserted"
            and (
                not c.attributed_to
                or c.attributed_to.lower()
                in told.get((normalise_event(c.event), _figure(c)[0]), set())
            )
            and (normalise_event(c.event), _figure(c)[0]) in told
        ]
        if again:
            counted[i] = again

    def kinds(i: int) -> frozenset[str]:
        # the event and the scope of the count: a country's count and one city's ("1,100
        # killed so far in the city", "in El Geneina") are two lines
        return frozenset(
            f"{normalise_event(c.event)}@{_count_scope(c, sentences[i].text)}" for c in counted[i]
        )

    def figure(i: int, kind: str) -> float:
        return max(
            (
                float(c.low if c.low is not None else _figure(c)[0])
                for c in counted[i]
                if f"{normalise_event(c.event)}@{_count_scope(c, sentences[i].text)}" == kind
            ),
            default=0.0,
        )

    def origin(i: int, kind: str) -> frozenset[str]:
        return frozenset(
            (c.attributed_to or sentences[i].source).lower()
            for c in counted[i]
            if f"{normalise_event(c.event)}@{_count_scope(c, sentences[i].text)}" == kind
        )

    def day(i: int) -> dt.date:
        return published[sentences[i].source]  # type: ignore[return-value]

    out: dict[int, int] = {}
    for i in counted:
        for kind in sorted(kinds(i)):
            line = [j for j in counted if parties[j] == parties[i] and kind in kinds(j)]
            if len(line) < 2:
                continue

            def undercut(j: int, kind: str = kind, line: list[int] = line) -> bool:
                # a lower figure than an earlier report's by another originator
                return any(
                    day(k) < day(j)
                    and not origin(k, kind) & origin(j, kind)
                    and figure(k, kind) > figure(j, kind)
                    for k in line
                )

            standing = [j for j in line if not undercut(j)]
            stand = max(standing or line, key=lambda j: (day(j), figure(j, kind), -j))
            if i != stand and (day(i) < day(stand) or undercut(i)):
                out.setdefault(i, stand)
    return out


@cache
def _revision_cue() -> re.Pattern[str]:
    cues = "|".join(str(w) for w in load_data("judgments.yaml")["toll_revision_cues"])
    return re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])", re.I)


def _revision_told(i: int, sentences: Sequence[Sentence]) -> bool:
    """Whether sentence ``i`` tells a revision of a count, or follows, in its source, a
    sentence that does ("The UN has revised its death toll." then "At least 3,958 people
    have died, according to the WHO."): ``toll_revision_cues`` of data/judgments.yaml."""
    cue = _revision_cue()
    if cue.search(sentences[i].text):
        return True
    return (
        i > 0
        and sentences[i - 1].source == sentences[i].source
        and bool(cue.search(sentences[i - 1].text))
    )


def _numeric(claim: Claim) -> bool:
    """Whether ``claim`` gives a number ("11,300", "at least 400"), not a vague word
    ("thousands", "dozens")."""
    return isinstance(claim.quantity, int | float) and not isinstance(claim.quantity, bool)


def revised_tolls(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    claims_at: Mapping[int, Sequence[Claim]],
    parties: Mapping[int, frozenset[str]],
    published: Mapping[str, dt.date | None],
) -> dict[int, int]:
    """A toll a later report says was revised (round front27): candidate index -> the index
    of the revision that stands for it. A revision asserts a count of people (a toll or the
    displaced: ``running_count_events``) of at least ten and tells the revision in its
    sentence or the sentence before it in its source (``toll_revision_cues``: "revised",
    "adjusting the numbers from a previous report", "down from"); its new figure is one no
    report of an earlier date gave (the figure it replaces, "a previous report that said
    11,300", is an old one). It stands for every earlier report's count of the same event in
    the same country (``parties``), higher or lower and whoever counted ("11,300 dead, says
    the Red Crescent" three days before "the UN revised the toll to 3,958, citing the WHO"),
    and for a report of any date that gives only a figure the revision replaced. Not a toll
    of one attack when the revision is not of that attack, nor one place's count when the
    revision is of another place.

    Why not one rule with :func:`running_tolls` (round front28): both map an earlier count to
    the later report that stands for it, over the same arguments, but they decide the one case
    they share in opposite ways, and each on evidence the other has not. A later LOWER figure
    by another counter: in a running count it is a narrower count ("958 killed, says the
    doctors' union" after "1,800, according to ACLED") and never stands; under a revision cue
    it is the correction ("the UN revised the toll to 3,958, citing the WHO" after "11,300,
    says the Red Crescent") and always stands. The revision also binds an old figure told
    again later, whatever its date, and needs no cue of a running count; the running count
    needs no revision cue, and a count of one place or one attack is kept apart by the scope
    of its own words. Merged, the one function would still branch on the revision cue at every
    step. The callers apply both with ``setdefault``: for the key judgments the revision
    first, so a revised line is the revision's and the running rule only links what no
    revision claimed (the Situation applies the running rule first)."""
    events = _running_events()
    _, one = _running_weak()

    def counts(i: int) -> list[Claim]:
        return [
            c
            for c in claims_at.get(i, ())
            if c.modality == "asserted"
            and not c.part
            and normalise_event(c.event) in events
            and not math.isnan(_figure(c)[0])
            and _figure(c)[0] >= 10
        ]

    def day(i: int) -> dt.date | None:
        return published.get(sentences[i].source)

    told: dict[tuple[str, float], list[dt.date]] = {}
    for i, sentence in enumerate(sentences):
        when = published.get(sentence.source)
        if when is None:
            continue
        for c in counts(i):
            told.setdefault((normalise_event(c.event) or "", _figure(c)[0]), []).append(when)

    # revision index -> (its new figures by event, the figures it replaces by event)
    revisions: dict[int, tuple[dict[str, set[float]], dict[str, set[float]]]] = {}
    for i in sorted(candidates):
        when = day(i)
        if when is None or not parties.get(i) or not counts(i) or not _revision_told(i, sentences):
            continue
        new: dict[str, set[float]] = {}
        old: dict[str, set[float]] = {}
        for c in counts(i):
            event, figure = normalise_event(c.event) or "", _figure(c)[0]
            earlier = any(d < when for d in told.get((event, figure), ()))
            (old if earlier else new).setdefault(event, set()).add(figure)
        if new:
            revisions[i] = (new, old)

    out: dict[int, int] = {}
    # the earlier counts first; the figures they gave are old ones too, so a later report
    # that only tells one of them again ("Earlier, officials said 1,200 had died") is that
    # old count
    for j in sorted(candidates, key=lambda j: (day(j) or dt.date.min, j)):
        mine = counts(j)
        when = day(j)
        if j in revisions or not mine or when is None or not parties.get(j):
            continue
        for i in sorted(revisions, key=lambda r: (day(r), r), reverse=True):
            if not parties[i] & parties[j]:
                continue
            new, old = revisions[i]
            single = bool(one.search(sentences[i].text))
            mine_events = {normalise_event(c.event) or "" for c in mine} & set(new)
            if not mine_events:
                continue
            figures = [(normalise_event(c.event) or "", _figure(c)[0]) for c in mine]
            # only figures the revision replaced, each a number ("thousands" is no one
            # count's figure): that count told again, whatever its date
            replaced = all(_numeric(c) for c in mine) and all(
                f in old.get(e, set()) for e, f in figures
            )
            earlier = day(i) is not None and when < day(i)  # type: ignore[operator]
            same_figure = any(f in new.get(e, set()) for e, f in figures)
            scope_i = {_count_scope(c, sentences[i].text) for c in counts(i)} - {""}
            scope_j = {_count_scope(c, sentences[j].text) for c in mine} - {""}
            other_place = bool(scope_i and scope_j and not scope_i & scope_j)
            if replaced or (
                earlier
                and not same_figure
                and not single
                and not one.search(sentences[j].text)
                and not other_place
            ):
                out[j] = i
                for c, (e, f) in zip(mine, figures, strict=True):
                    if e in new and _numeric(c):
                        old.setdefault(e, set()).add(f)
                break
    return out
