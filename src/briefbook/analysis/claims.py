"""Quantitative claims: numbers that count something in the world, with event and hedges.

Rules over the lexicons of ``data/claims.yaml``. Not claims: years, dates, times, ids of
laws and documents (E.O. 13810, P.L. 116-92, UNSCR 1718), percentages (all of them: a share
is not a count), ordinals, ages, units of time and distance. Money amounts ARE claims; their
``counts`` is the currency ("US dollars").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefbook.analysis.hedges import find_cues
from briefbook.data import load_data
from briefbook.model import Claim
from briefbook.text import CURLY_QUOTES, alternation, blank_urls, unique

_SMALL = "one|two|three|four|five|six|seven|eight|nine"
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w'&/]+(?:[-.][\w'&/]+)*|[^\w\s]")


def _alts(words: list[str] | dict[str, object]) -> str:
    return alternation(str(w).lower() for w in words)


@dataclass(frozen=True)
class _Lexicon:
    quantity: re.Pattern[str]
    events: re.Pattern[str]
    event_of: dict[str, str]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    currencies: dict[str, str]
    currency_words: frozenset[str]
    np_stop: frozenset[str]
    not_counted: frozenset[str]
    count_nouns: frozenset[str]
    of_units: frozenset[str]
    anaphoric: frozenset[str]
    id_prefixes: frozenset[str]
    months: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    data = load_data("claims.yaml")
    words = {k.lower(): int(v) for k, v in data["number_words"].items()}
    mults = {k.lower(): int(v) for k, v in data["multipliers"].items()}
    long_mults = "|".join(k for k in mults if len(k) > 2)
    currencies = {k.lower(): v for k, v in data["currencies"].items()}
    cur = _alts(currencies)
    quantity = re.compile(
        rf"""(?<![\w.,/:$€£-])
        (?P<qual>(?:{_alts(data["qualifiers"])})\s+)?
        (?:
          (?P<cur>(?:{cur})\s?)?
          (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
          (?P<mult>\s*(?:{long_mults})s?\b|(?:m|bn|mn|k)\b)?
          (?![\w%]|[.,:/]\d|-\w)
        | (?P<vague>{_alts(data["vague"])})(?![\w-])
        | (?P<word>{_alts(words)}|{_alts([w for w in words if words[w] >= 20])}[-\s](?:{_SMALL}))
          (?P<wmult>(?:\s+(?:{long_mults}))*)(?![\w-])
        )""",
        re.IGNORECASE | re.VERBOSE,
    )
    event_of: dict[str, str] = {}
    for event, cues in data["events"].items():
        for cue in cues:
            event_of.setdefault(" ".join(cue.lower().split()), event)
    events = re.compile(rf"(?<![\w-])(?:{_alts(event_of)})(?![\w-])", re.IGNORECASE)
    low = lambda key: frozenset(str(w).lower() for w in data[key])  # noqa: E731
    return _Lexicon(
        quantity=quantity,
        events=events,
        event_of=event_of,
        number_words=words,
        multipliers=mults,
        currencies=currencies,
        currency_words=low("currency_words"),
        np_stop=low("np_stop"),
        not_counted=low("not_counted"),
        count_nouns=low("count_nouns"),
        of_units=low("of_units"),
        anaphoric=low("anaphoric"),
        id_prefixes=low("id_prefixes"),
        months=low("months"),
    )


def _word_value(text: str, lex: _Lexicon) -> int | None:
    parts = re.split(r"[-\s]+", text.lower())
    total = 0
    i = 0
    while i < len(parts):
        two = " ".join(parts[i : i + 2])
        three = " ".join(parts[i : i + 3])
        if three in lex.number_words:
            total += lex.number_words[three]
            i += 3
        elif two in lex.number_words:
            total += lex.number_words[two]
            i += 2
        elif parts[i] in lex.number_words:
            total += lex.number_words[parts[i]]
            i += 1
        else:
            return None
    return total


def _quantity(m: re.Match[str], lex: _Lexicon) -> int | float | str | None:
    if m.group("vague"):
        return " ".join(m.group("vague").lower().split())
    if m.group("num"):
        raw = m.group("num").replace(",", "")
        value: int | float = float(raw) if "." in raw else int(raw)
        mult = (m.group("mult") or "").strip().lower().rstrip("s") or None
        if mult:
            factor = lex.multipliers.get(mult) or lex.multipliers.get(mult + "s") or 1
            value = value * factor
            if isinstance(value, float) and value.is_integer():
                value = int(value)
        return value
    value = _word_value(m.group("word"), lex)
    if value is None:
        return None
    for mult in (m.group("wmult") or "").lower().split():
        value *= lex.multipliers.get(mult, 1)
    return value


def _prev_tokens(text: str, pos: int, n: int = 2) -> list[str]:
    return _TOKEN.findall(text[max(0, pos - 40) : pos])[-n:]


def _is_identifier_or_date(text: str, m: re.Match[str], lex: _Lexicon) -> bool:
    """A year, date, time, percentage, law/document id or ordinal: not a count."""
    start = m.start("num") if m.group("num") else m.start()
    prev = _prev_tokens(text, m.start(), 2)
    prev_low = [p.lower() for p in prev]
    following = text[m.end() : m.end() + 12].lower()
    if m.group("num") and not m.group("cur"):
        raw = m.group("num")
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", raw) and not m.group("mult"):
            return True  # a year
        if re.match(r"\s*(?:[-–]\s*\d[\d,.]*\s*)?(?:%|per\s?cent|percent|pct)", following):
            return True
        if re.match(r"\s*(?:[:.]\d|a\.m\.|p\.m\.|am\b|pm\b|gmt|utc|hrs\b)", following):
            return True
        if text[:start].rstrip().endswith((":", "#", "§", "-", "/")):
            return True
        if prev_low and (prev_low[-1] in lex.months or prev_low[-1] in lex.id_prefixes):
            return True
        nxt = _TOKEN.findall(text[m.end() : m.end() + 20])[:1]
        if nxt and nxt[0].lower() in lex.months:
            return True
        if prev and prev[-1] == ")":
            return True  # "(UNSCR) 1718", "(FAQs) 1146"
        if prev and re.fullmatch(r"[A-Z][\w.'&-]*", prev[-1]) and not m.group("qual"):
            # "Office 39", "Resolution 2231": a capitalised word names the number
            sentence_start = text[: m.start()].strip() == prev[-1]
            if not sentence_start:
                return True
    return bool(m.group("qual") is None and prev_low and prev_low[-1] in lex.id_prefixes)


@dataclass
class _Found:
    start: int
    end: int
    quantity: int | float | str
    counts: str
    implicit: bool
    money: bool = False


def _counted_phrase(text: str, pos: int, lex: _Lexicon) -> tuple[list[str], int]:
    """The noun phrase after a quantity: tokens and the end offset."""
    tokens = [(t.group(0), t.end()) for t in _TOKEN.finditer(text, pos)][:12]
    words: list[tuple[str, int]] = []
    i = 1 if tokens and tokens[0][0].lower() == "of" else 0
    while i < len(tokens) and len(words) < 6:
        tok, end = tokens[i]
        low = tok.lower()
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if not re.match(r"[\w$€£]", tok) or re.fullmatch(r"\d[\d,.]*", tok):
            break
        if low == "and":
            if words and words[-1][0][:1].isupper() and nxt[:1].isupper():
                words.append((tok, end))
                i += 1
                continue
            break
        if low == "of" and words and words[-1][0].lower() in lex.of_units:
            words.append((tok, end))
            i += 1
            continue
        if low in lex.np_stop:
            break
        words.append((tok, end))
        i += 1
        # a counted noun ends the phrase unless a compound or "of" complement continues it
        if low in lex.count_nouns and not (
            nxt.lower() in lex.count_nouns or (nxt.lower() == "of" and low in lex.of_units)
        ):
            break
    while words and words[-1][0].lower() in {"and", "of"}:
        words.pop()
    return [w for w, _ in words], (words[-1][1] if words else pos)


def _find_quantities(text: str, lex: _Lexicon) -> list[_Found]:
    found: list[_Found] = []
    for m in lex.quantity.finditer(text):
        if _is_identifier_or_date(text, m, lex):
            continue
        quantity = _quantity(m, lex)
        if quantity is None:
            continue
        words, end = _counted_phrase(text, m.end(), lex)
        implicit = False
        prev_low = [p.lower() for p in _prev_tokens(text, m.start(), 1)]
        is_small_word = bool(m.group("word")) and isinstance(quantity, int) and quantity <= 10
        if is_small_word and prev_low and prev_low[0] in lex.anaphoric and not m.group("qual"):
            continue
        currency = None
        if m.group("cur"):
            currency = lex.currencies.get(m.group("cur").strip().lower())
        elif words and words[0].lower().rstrip(".") in lex.currency_words:
            currency = None  # "500 dollars": the phrase names it
        if currency:
            counts = currency
            end = m.end()
        elif words:
            head = words[-1].lower().strip("'")
            if head in lex.not_counted or words[0].lower() in lex.months:
                continue
            if words[0].lower() in lex.not_counted:
                continue
            plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
            if quantity == 1 and head not in lex.count_nouns:
                continue
            if not (plural or head in lex.count_nouns or isinstance(quantity, str)):
                continue
            counts = " ".join(words)
        else:
            if isinstance(quantity, int) and quantity == 1:
                continue
            counts = ""
            implicit = True
            end = m.end()
        found.append(_Found(m.start(), end, quantity, counts, implicit, bool(currency)))
    return found


_CASUALTY = frozenset({"killed", "wounded", "casualties", "captured", "missing", "detained"})


_CLAUSE_BREAK = re.compile(
    r"[;:—(]|(?<![A-Z])\.\s|,\s(?!including\b|such as\b|among them\b|mostly\b|mainly\b)"
    r"|\b(?:that|which|who|whom|whose|where|but|while)\b"
)


def _event_for(
    text: str, span: tuple[int, int], cues: list[tuple[int, int, str]]
) -> tuple[str | None, int]:
    """The event cue nearest the claim in its clause, and its distance in characters."""
    start, end = span
    for cs, ce, event in cues:
        if cs >= start and ce <= end:
            return event, 0
    best: tuple[int, int, str] | None = None
    for cs, ce, event in cues:
        if ce <= start:
            dist = start - ce
            if dist <= 90 and not _CLAUSE_BREAK.search(text, ce, start):
                key = (dist, 0, event)
                best = key if best is None or key < best else best
        elif cs >= end:
            dist = cs - end
            if dist <= 60 and not _CLAUSE_BREAK.search(text, end, cs):
                key = (dist, 1, event)
                best = key if best is None or key < best else best
    return (best[2], best[0]) if best else (None, 999)


def _near(text: str, found: _Found, start: int, end: int) -> bool:
    """Whether a hedge cue at start..end is close to the claim, in the same clause."""
    if end <= found.start:
        return found.start - end <= 50 and not _CLAUSE_BREAK.search(text, end, found.start)
    if start >= found.end:
        return start - found.end <= 50 and not _CLAUSE_BREAK.search(text, found.end, start)
    return True


def find_claims(
    text: str,
    sentence_id: str,
    *,
    attributed_to: str | None = None,
    published: str | None = None,
) -> list[Claim]:
    """The quantitative claims of one sentence."""
    lex = _lexicon()
    clean = blank_urls(text.translate(CURLY_QUOTES))
    found = _find_quantities(clean, lex)
    if not found:
        return []
    event_cues = [
        (m.start(), m.end(), lex.event_of[" ".join(m.group(0).lower().split())])
        for m in lex.events.finditer(clean)
    ]
    hedge_cues = find_cues(clean, "hedges")
    sentence_level = {c for _, _, c in find_cues(clean, "sentence_hedges")}
    claims: list[Claim] = []
    previous: Claim | None = None
    previous_end = 0
    for f in found:
        event, distance = _event_for(clean, (f.start, f.end), event_cues)
        if f.quantity == 1 and not f.money and event is None:
            continue  # "one member of the delegation said": a person, not a count
        counts = f.counts
        if f.implicit:
            if previous is not None and f.start - previous_end <= 60:
                # elliptic: "26 people died in the strikes and five from shelling"
                counts = previous.counts
                if distance > 2:
                    event = previous.event or event
            elif event in _CASUALTY:
                counts = "people"
            else:
                continue
        hedges = [
            cue for cs, ce, cue in hedge_cues if cue in sentence_level or _near(clean, f, cs, ce)
        ]
        hedges = unique(hedges)
        claim = Claim(
            text=text[f.start : f.end].strip(),
            quantity=f.quantity,
            counts=counts,
            event=event,
            attributed_to=attributed_to,
            hedged=bool(hedges),
            evidence=[sentence_id],
            hedges=hedges,
            published=published,
        )
        claims.append(claim)
        previous = claim
        previous_end = f.end
    return claims
