"""Plain text and markdown sources: front matter, headings, lists, tables, hard-wrapped
prose, bylines and a date line at the top.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data
from briefbook.errors import NoTextError
from briefbook.ingest.blocks import Block, Parsed
from briefbook.ingest.dates import iso_date
from briefbook.ingest.decode import decode_bytes
from briefbook.ingest.subtitles import unwrap_subtitles
from briefbook.text import alternation, match_dateline, normalise, strip_markdown
from briefbook.text.hyphens import join_hyphenated

# text and markdown

_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^(?:[-*+\u2022\u25aa\u25cf]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
_BULLET = re.compile(r"^[-*+\u2022\u25aa\u25cf]\s+")
_MD_RULE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_MD_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_MD_WHOLE_BOLD = re.compile(r"^(?:\*\*|__)([^*_].*?)(?:\*\*|__)$")
_BYLINE = re.compile(r"^(?:by|written by|author:)\s+(.{2,120})$", re.IGNORECASE)
# "Anna Morris, Assistant Secretary for ... (Acting)": a person's name, a comma, a job title
_NAME_TITLE = re.compile(
    r"""^(?P<name>[A-Z][a-z'-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'-]+|van|von|de|der|da|del|al|bin))*
        \s+[A-Z][A-Za-z'-]+)
    ,\s+(?P<title>[A-Z(][^,]{2,110})$""",
    re.VERBOSE,
)
_JOB_WORD = re.compile(
    r"\b(?:secretary|director|minister|analyst|fellow|professor|correspondent|reporter|"
    r"editor|chief|president|officer|adviser|advisor|head|researcher|economist|associate|"
    r"deputy|assistant|chair|chairman|chairwoman|commissioner|ambassador|envoy|spokesperson|"
    r"spokesman|spokeswoman|lecturer|scholar|manager|coordinator|specialist|expert|"
    r"consultant|writer|founder|partner|lead|staff|counsel|undersecretary|under secretary)\b",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:date|dated|published|posted|updated|released)\s*(?:on)?\s*[:\-]?\s*(.{6,60})$",
    re.IGNORECASE,
)
# a byline that dates the piece: "Example News, 7 January 2025", "By Ana Sol | Nov. 12, 2024"
_BYLINE_DATE = re.compile(
    r"^(?P<by>by\s+)?(?P<who>[A-Z][^,|–—]{1,60}?)\s*(?:,|\||–|—|\s-)\s*"
    r"(?P<date>[^,|]{6,30}(?:,\s*\d{4})?)$",
    re.IGNORECASE,
)
# the same byline with its date first: "October 30, 2025 | Example Journal", "7 January 2025 -
# Example News" (a comma would split the date: only a bar or a dash parts them)
_DATE_BYLINE = re.compile(
    r"^(?P<date>[^|–—]{6,30}?)\s*(?:\||–|—|\s-\s)\s*(?P<who>[A-Z][^|–—]{1,60})$"
)
_OUTLET_WORD = re.compile(r"^(?:[A-Z0-9][\w.'’&-]*|of|the|and|for|on|de|al|&|-)$")
_TERMINAL = tuple(".!?:;\"')]")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def read_text(data: bytes, shown: str) -> Parsed:
    return parse_plain(decoded(data, shown), markdown=False, shown=shown)


def read_markdown(data: bytes, shown: str) -> Parsed:
    return parse_plain(decoded(data, shown), markdown=True, shown=shown)


def decoded(data: bytes, shown: str) -> tuple[str, list[str]]:
    text, warning = decode_bytes(data, shown)
    return text, [warning] if warning else []


def parse_plain(decoded: tuple[str, list[str]], *, markdown: bool, shown: str) -> Parsed:
    raw, warnings = decoded
    # subtitles saved as text: their speech, never cue numbers or timecodes
    text = unwrap_subtitles(normalise(raw))
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        meta = _front_matter(front.group(1))
        text = text[front.end() :]
    else:
        meta, text = header_lines(text)
    if not text.strip():
        raise NoTextError(
            f"source holds only whitespace: {shown}",
            reason="only whitespace",
            path=shown,
            hint="fill it, or leave it out of the sources",
        )
    raw_blocks = [b.split("\n") for b in re.split(r"\n\s*\n", text.strip("\n"))]
    raw_blocks = _take_header_lines(raw_blocks, meta)
    raw_blocks, stamped = _take_date_lines(raw_blocks)
    blocks: list[Block] = []
    for lines in raw_blocks:
        blocks.extend(_parse_block([ln for ln in lines if ln.strip()], markdown))
    parsed = Parsed(blocks=blocks, warnings=warnings)
    parsed.title = meta.get("title")
    parsed.author = meta.get("author")
    parsed.url = meta.get("url")
    parsed.publisher = meta.get("publisher")
    if meta.get("date"):
        parsed.offer("header", iso_date(meta["date"]))
    parsed.offer("dateline", stamped)
    # a first heading/headline (a short single line followed by a blank line) is the title;
    # a dated byline on the first line ("October 30, 2025 | Example Journal") is none: the
    # headline under it is, and the byline dates the piece (front_lines)
    lead = 0
    if (
        blocks
        and len(raw_blocks) > 1
        and len(raw_blocks[0]) == 1
        and blocks[0].level is None
        and dated_byline(blocks[0].text, outlet_only=True)
    ):
        lead = 1
        raw_blocks = raw_blocks[1:]
    if len(blocks) > lead:
        first = blocks[lead]
        headline = (
            not markdown
            and first.plain
            and len(raw_blocks) > 1
            and len(raw_blocks[0]) == 1
            and _headline(first)
        )
        declared = meta.get("title")
        if (first.level == 1 or headline) and not declared:
            # the first heading is the title when the front matter gives none; a title the
            # front matter declares wins, and the heading stays in the text as a heading
            parsed.title = first.text
            blocks.pop(lead)
            # a site's label ("Press Releases", "World"; ``site_labels`` of data/text.yaml)
            # over a headline standing alone: the headline is the title
            if (
                headline
                and site_label(first.text)
                and len(raw_blocks) > 2
                and len(raw_blocks[1]) == 1
                and len(blocks) > lead
                and blocks[lead].plain
                and len(blocks[lead].text.split()) >= 3
                and _headline(blocks[lead])
            ):
                parsed.title = blocks.pop(lead).text
        elif first.level == 1 and _same_words(first.text, declared or ""):
            blocks.pop(lead)  # the declared title repeated as the first heading
    front_lines(parsed)
    return parsed


DATE_LINE_BLOCKS = 3  # a date line under a headline stands in the first few paragraphs
_UPDATED = re.compile(r"^updated\b", re.IGNORECASE)
_LAST = re.compile(r"^last\s+", re.IGNORECASE)
_DATE_PARTS = re.compile(r"\s+\|\s+|\s+[–—]\s+")


def date_line(line: str) -> str | None:
    """The ISO date of a line that only dates the piece ("Published: 2025-03-04", "Updated
    4 March 2025", "Posted on 4 March 2025 | Updated 5 March 2025": the publication date
    before an update's), else None: a line with more than a date after its word ("Updated
    figures came on 4 March 2025") is prose."""
    found: list[tuple[bool, str]] = []
    for part in _DATE_PARTS.split(line.strip()):
        part = _LAST.sub("", part.strip())
        m = _DATE_LINE.match(part)
        iso = iso_date(m.group(1).strip(" ."), strict=True) if m else None
        if not iso:
            return None
        found.append((bool(_UPDATED.match(part)), iso))
    return min(found)[1] if found else None


def _take_date_lines(raw_blocks: list[list[str]]) -> tuple[list[list[str]], str | None]:
    """Lines that only date the piece ("Published: 2025-03-04", "Updated 5 March 2025")
    inside the first paragraphs, under a headline or a byline, are no text: they are taken
    out (the date they give is returned; a publication date wins over an update's), and
    the lines on either side of them become separate paragraphs, so that a headline over
    a date line stays a headline standing alone. A date line that is a paragraph on its
    own is left to :func:`front_lines`."""
    out: list[list[str]] = []
    dates: list[tuple[bool, str]] = []
    for i, lines in enumerate(raw_blocks):
        if i >= DATE_LINE_BLOCKS or len(lines) < 2:
            out.append(lines)
            continue
        run: list[str] = []
        for line in lines:
            iso = date_line(line) if line.strip() else None
            if iso is None:
                run.append(line)
                continue
            dates.append((bool(_UPDATED.match(_LAST.sub("", line.strip()))), iso))
            if run:
                out.append(run)
            run = []
        if run:
            out.append(run)
    return out, min(dates)[1] if dates else None


@cache
def _site_labels() -> frozenset[str]:
    return frozenset(
        " ".join(str(w).lower().split()) for w in load_data("text.yaml")["site_labels"]
    )


def site_label(text: str) -> bool:
    """Whether ``text`` is a site's section label (``site_labels`` of data/text.yaml)."""
    return " ".join(re.findall(r"[\w'’&-]+", text.lower())) in _site_labels()


def _same_words(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are the same words, case and punctuation aside."""
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


# a line that ends as a sentence does ("... left 17 people dead on Monday."), not with an
# initialism ("... in the U.S."): a lede standing alone, not a headline
_SENTENCE_END = re.compile(r"(?:[a-z0-9%)]|[a-z][\"'’”])\.[\"'’”]?$")


def _headline(block: Block) -> bool:
    """Whether a first single-line block is a headline: short, not ending as a sentence, and
    not a wire lede ("BAMAKO, Mali (Wirewire) - Militants attacked ... on Tuesday", its full
    stop lost: a dateline with its region, day or agency opens a story, never a headline)."""
    words = block.text.split()
    return (
        0 < len(words) <= 30
        and len(block.text) <= 250
        and not block.text.endswith(",")
        and not _SENTENCE_END.search(block.text.rstrip())
        and not wire_lede(block.text)
    )


@cache
def _banners() -> frozenset[str]:
    return frozenset(" ".join(str(w).lower().split()) for w in load_data("text.yaml")["banners"])


def wire_lede(text: str) -> bool:
    """Whether ``text`` opens with a dateline that names its region, day or agency and goes
    on with a clause in sentence case (a bare "WASHINGTON -" or "Mali:" may open a headline;
    so may a clause in capitals, "GAZA, PALESTINE — STRIKES HIT ...", and a page's banner
    in the city's place is no dateline, "BREAKING NEWS, LIVE UPDATES - ...": ``banners`` and
    ``site_labels`` of data/text.yaml)."""
    found = match_dateline(text)
    if found is None or found.bare:
        return False
    clause = text[found.end :]
    if len(clause.split()) < 3 or not re.search(r"[a-z]", clause):
        return False
    place = " ".join(re.findall(r"[\w'’&-]+", found.place.lower()))
    return place not in _banners() and not site_label(found.place)


#: Front matter keys and header line names -> the metadata they give.
_META_KEYS = {
    "title": "title",
    "author": "author",
    "by": "author",
    "date": "date",
    "published": "date",
    "publication date": "date",
    "source_url": "url",
    "source url": "url",
    "url": "url",
    "link": "url",
    "publisher": "publisher",
    "source": "source",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _]{1,20}):\s*(\S.{0,400})$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


# keys a header line under a headline may give ("Title:" is taken out of the text but the
# headline the reader sees stays the title); a date line is left to _take_date_lines (its
# date origin stays "dateline")
_UNDER_HEADLINE_KEYS = frozenset({"author", "url", "publisher", "source", "title"})
_HEADER_VALUE_WORDS = 12  # a publisher's or author's name, never a sentence of prose
# lower-case words inside a name ("Ministry of the Interior", "Vendra Daily (via Example
# Wire)", "Omar van Dijk")
_NAME_LINKS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "at",
        "by",
        "via",
        "de",
        "du",
        "des",
        "la",
        "le",
        "al",
        "el",
        "van",
        "von",
        "der",
        "den",
        "da",
        "del",
        "di",
        "bin",
        "y",
        "e",
        "und",
        "&",
        "-",
    ]
)


def _header_value(name: str, value: str) -> bool:
    """Whether ``value`` reads as what a header line of ``name`` gives, not prose: at most a
    dozen words, no sentence's end after a lower-case word; for an
    author, a publisher or a source that is no URL, a name: its first word capitalised (or a
    domain, "gov.uk") and no more lower-case words, name links aside, than capitalised ones
    ("Ministry of Defence press office" is a name; "officials say the talks collapsed",
    "a senior official who ..." are prose)."""
    if len(value.split()) > _HEADER_VALUE_WORDS or re.search(r"[a-z]{2}[.!?]$", value):
        return False
    if name in ("url", "title") or (name == "source" and _URL.match(value)):
        return True  # a "URL:" line that gives no URL is taken, its value dropped (_set_meta)
    words = [w.strip("()[],;:\"'’“”") for w in value.split()]
    words = [w for w in words if w]
    if not words:
        return False

    def named(w: str) -> bool:
        return w[:1].isupper() or w[:1].isdigit() or bool(re.search(r"\w[./@]\w", w))

    if not named(words[0]):
        return False
    lower = sum(1 for w in words if not named(w) and w.lower() not in _NAME_LINKS)
    return lower <= sum(1 for w in words if named(w))


def _under_headline_meta(line: str) -> tuple[str, str] | None:
    """(name, value) of a ``Publisher:``/``Author:``/``Source:``/``URL:``/``Title:`` line
    that may stand under a headline, else None: a value of prose (:func:`_header_value`)
    is text."""
    m = _HEADER_LINE.match(line.strip())
    name = _META_KEYS.get(m.group(1).strip().lower()) if m else None
    if m is None or name not in _UNDER_HEADLINE_KEYS:
        return None
    value = m.group(2).strip()
    return (name, value) if _header_value(name, value) else None


def _take_header_lines(raw_blocks: list[list[str]], meta: dict[str, str]) -> list[list[str]]:
    """Header lines (``Publisher:``, ``Author:``, ``Source:``, ``URL:``, ``Title:``) standing
    under a first-line headline, among date lines or not, fill the metadata as they do at the
    very top of the text and are no text: "Rebels take the crossing / Published: 2025-03-04 /
    Publisher: Example News" (rounds trialA27 and trialB27, one reader since revA27: the
    publisher was a sentence of the appendix, "Source: https://..." a sentence).

    The header is the run of such lines right under the headline: in the headline's own
    paragraph, or as a paragraph of nothing else after a headline standing alone (a
    paragraph that goes on with prose, "Source: a senior official said ...", is text). In
    the headline's paragraph, a run that prose follows without a blank line is a header
    only when it holds two lines or more (a block of labels: "Published: ..." /
    "Publisher: ..."); one label glued to prose ("Source: Example Wire" / "The militia
    captured ...") stays text. The run must name more than a date: a headline over a lone
    "Published:" line is left to :func:`_take_date_lines`, which takes date lines here too
    (the date's origin stays "dateline"). A headline written as a header line with a known
    name ("Source: ...", "Title: ...") is none; one written "Place: words" ("Ostland: the
    militia takes ...") is. A ``Title:`` line is taken out but the headline stays the title
    (it is what the reader sees first). Metadata already given at the top wins
    (:func:`_set_meta`)."""
    if not raw_blocks or not raw_blocks[0]:
        return raw_blocks
    first = _HEADER_LINE.match(raw_blocks[0][0].strip())
    if first and first.group(1).strip().lower() in _META_KEYS:
        return raw_blocks
    if len(raw_blocks[0]) > 1:
        at, lines = 0, raw_blocks[0][1:]
    elif len(raw_blocks) > 1:
        at, lines = 1, raw_blocks[1]
    else:
        return raw_blocks
    run = 0
    while run < len(lines) and (_under_headline_meta(lines[run]) or date_line(lines[run])):
        run += 1
    if run < len(lines) and (at == 1 or run < 2):
        return raw_blocks  # a header paragraph is all header; one label on prose is text
    found = [(i, got) for i in range(run) if (got := _under_headline_meta(lines[i]))]
    if not found:
        return raw_blocks
    for _, (name, value) in found:
        if name != "title":
            _set_meta(meta, name, value)
    taken = {i for i, _ in found}
    kept = [ln for i, ln in enumerate(lines) if i not in taken]
    # the headline stands alone above what is left (date lines, prose): a headline still
    out = [[raw_blocks[0][0]], kept, *raw_blocks[1:]] if at == 0 else [raw_blocks[0], kept]
    if at == 1:
        out += raw_blocks[2:]
    return [list(b) for b in out if b]


def _front_matter(body: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in body.split("\n"):
        key, sep, value = line.partition(":")
        name = _META_KEYS.get(key.strip().lower())
        if sep and name:
            value = value.strip().strip("'\"")
            if value:
                _set_meta(meta, name, value)
    return meta


def _set_meta(meta: dict[str, str], name: str, value: str) -> None:
    if name == "source":  # "Source: <url>" is the URL, "Source: Agency" the publisher
        name = "url" if _URL.match(value) else "publisher"
    if name == "url" and not _URL.match(value):
        return
    meta.setdefault(name, value)


def header_lines(text: str) -> tuple[dict[str, str], str]:
    """``Source:``, ``URL:``, ``Published:``/``Date:``, ``Title:``, ``Author:`` and
    ``Publisher:`` lines at the very top of a text (before any other line) -> metadata,
    and the text without them. Other ``Name: value`` lines end the header."""
    meta: dict[str, str] = {}
    lines = text.lstrip("\n").split("\n", 12)
    used = 0
    for line in lines[:12]:
        m = _HEADER_LINE.match(line.strip())
        if not m:
            break
        name = _META_KEYS.get(m.group(1).strip().lower())
        if name is None:
            break
        if name in _UNDER_HEADLINE_KEYS - {"title"} and not _header_value(name, m.group(2).strip()):
            break  # "Source: officials say the talks collapsed": a headline, or prose
        _set_meta(meta, name, m.group(2).strip())
        used += 1
    if not meta or (used == 1 and set(meta) <= {"author", "date"}):
        return {}, text  # a single "Date:" or "By:" line is left to the dateline rules
    return meta, "\n".join(lines[used:])


_NAME_WORD = re.compile(r"^(?:[^\W\d_]|['’.-])+$")  # letters of any script, ' ’ . -
# particles of names ("Omar van Dijk", "Ali bin Said"), lower case inside a name; a particle
# joined by a hyphen or an apostrophe ("al-Rashid", "d'Arcy") starts a name too
_NAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "das",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "ter",
        "d",
    }
)
_JOINED_PARTICLE = re.compile(r"^([^\W\d_]+)[-'’](?=[^\W\d_])(.*)$")


@cache
def _byline_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``not_byline_words`` and ``function_words`` of ``data/text.yaml``; the weekdays and
    months of ``data/numbers.yaml``; all lower case."""
    text = load_data("text.yaml")
    numbers = load_data("numbers.yaml")
    return (
        frozenset(str(w).lower() for w in text["not_byline_words"]),
        frozenset(str(w).lower() for w in text["function_words"]),
        frozenset(str(w).lower() for w in [*numbers["weekdays"], *numbers["months"]]),
    )


def byline_names(who: str) -> bool:
    """True when ``who``, the words after a byline's "By", begins with a name (optionally
    after "the"): capitalised words, initials, name particles ("van Dijk", "al-Rashid"),
    whatever follows them ("Ana Sol in Dravno", "Ana Sol for the Vendra Times", "the
    Associated Press", "Ana Sol (Reuters)", "Ana Sol 7 January 2025", "Contrast Media
    staff"). False for the opening of an order or a sentence: a lower case first word
    ("order of the Governor", "comparison, the north"), a number, a run of capitalised
    words that ends with a word of ``not_byline_words`` (``data/text.yaml``) and is not
    followed by another name ("Order of the Governor", "Royal Decree, ...", "Contrast,
    ..."), or a run of days and months alone ("Tuesday, the convoy")."""
    words = re.findall(r"[^\s,|–—()·]+|[,|–—()·]", who.strip())
    if words and words[0] == "the":
        words = words[1:]  # "By the Associated Press"; "By the time ..." fails below
    not_names, function_words, calendar = _byline_lexicon()
    run = _name_run(words, function_words)
    if not run:
        return False
    if _clause_after(words[len(run) :], who):
        return False  # "By Nightfall, rebels had entered the town.": a sentence's opening
    if _reckoning(run, words[len(run) :]) or _comma_clause(who):
        return False  # "By Ostland's count, ...", "By Western estimates, the army lacks ..."
    if run[-1].lower().strip(".") in not_names:
        return False  # "By Order of ...", "By Royal Decree, ...", "By Contrast, ..."
    return not all(word.lower().strip(".") in calendar for word in run)  # "By Tuesday, ..."


@cache
def _finite() -> re.Pattern[str]:
    """A finite verb of a clause: one of ``finite_verbs`` (``data/text.yaml``: "had",
    "fell") or a regular past tense ("crossed")."""
    words = alternation(str(w).lower() for w in load_data("text.yaml")["finite_verbs"])
    return re.compile(rf"(?:{words}|[a-z]{{3,}}ed)$")


def _clause_after(rest: list[str], who: str) -> bool:
    """Whether ``rest``, the words after a byline's run of capitalised words, go on as a
    sentence: lower case words (after a comma or not) with a finite verb, ended by a full stop
    ("By Nightfall, rebels had entered the town.", "By Noon the bridge was down."). What
    follows a name in a byline is an outlet, a place, a date or a title, not a clause."""
    if rest and rest[0] == ",":
        rest = rest[1:]
    lowered = [w.strip(".!?;:") for w in rest]
    return (
        len(lowered) >= 3
        and rest[0][:1].islower()
        and who.rstrip().endswith((".", "!", "?"))
        and any(_finite().match(w) for w in lowered)
    )


@cache
def _reckoning_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("text.yaml")["reckoning_nouns"])


def _reckoning(run: list[str], rest: list[str]) -> bool:
    """Whether a byline's run of capitalised words is whose reckoning a sentence opens with:
    a possessive ("By Ostland's count", "By Kyiv’s own account") or a run before a noun of
    reckoning (``reckoning_nouns`` of ``data/text.yaml``: "By U.N. estimates", "By Western
    estimates")."""
    if run[-1].endswith(("'s", "’s", "s'", "s’")):
        return True
    return bool(rest) and rest[0].lower().strip(".,") in _reckoning_nouns()


_COMMA_CLAUSE = re.compile(r",\s+(?:the|a|an|its|their|some|most|about|over|nearly|\d[\d,.]*)\s")


def _comma_clause(who: str) -> bool:
    """Whether the words after a byline's "By" go on after a comma as a clause ending a
    sentence: an article, a determiner or a figure opening at least four more words and a
    full stop ("..., the army lacks shells and fuel.", "..., 3 million people need food
    aid."); an outlet, a place or a date after the comma is capitalised or a number alone
    ("By Ana Sol, Reuters", "By Ana Sol, 7 January 2025")."""
    m = _COMMA_CLAUSE.search(who)
    return bool(m) and who.rstrip().endswith((".", "!", "?")) and len(who[m.end() :].split()) >= 3


def _name_run(words: list[str], function_words: frozenset[str]) -> list[str]:
    """The leading capitalised words of ``words`` (name particles inside them allowed, up to
    a function word after the first: "ORDER" of "ORDER OF THE GOVERNOR"); empty when the
    first word is no name."""
    run: list[str] = []
    for i, word in enumerate(words):
        if i and word.lower() in function_words:
            break
        if _capitalised(word):
            run.append(word)
            continue
        joined = _JOINED_PARTICLE.match(word)
        if joined and joined[1].lower() in _NAME_PARTICLES and _capitalised(joined[2]):
            run.append(word)  # "al-Rashid", "d'Arcy"
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _NAME_PARTICLES and _capitalised(following):
            run.append(word)  # "van Dijk", "bin Said"
            continue
        break
    return run


# the opener of a byline line: "By Ana Sol", "Written by ...", "Reporting by ...; Editing by ..."
_BYLINE_OPENER = re.compile(
    r"^\s*(?:by|written\s+by|reporting\s+by|editing\s+by)\s+(?P<who>\S.*)$", re.I | re.S
)
BYLINE_MAX_WORDS = 16  # a byline is a short line: names, an outlet, a place, a date


def is_byline(line: str) -> bool:
    """Whether ``line`` (one line or sentence of text) is a byline: "By", "Written by",
    "Reporting by" or "Editing by" at its start, then a person's or an outlet's name
    (:func:`byline_names`), optionally with an outlet, a place, a date or a credit after it
    ("By Ana Sol and Mark Dorn, Reuters, 7 January 2025", "By Jim Dorn, DOD News",
    "Reporting by Ana Sol; Editing by Mark Dorn"), in a short line (at most
    ``BYLINE_MAX_WORDS`` words). False for a sentence that opens with "By" and a capital:
    a time or a number ("By Tuesday, troops had ...", "By 2030 the army ..."), a connective
    ("By contrast, ..."), or capitalised words that a clause goes on from (a lower case
    finite verb after them, ``finite_verbs`` of ``data/text.yaml`` or a past tense in -ed:
    "By Ukrainian estimates, Russia lost 1,000 troops", "By Nightfall the rebels held the
    bridge"); "edited by" before a name is a credit, not a clause."""
    m = _BYLINE_OPENER.match(line)
    if m is None or len(line.split()) > BYLINE_MAX_WORDS:
        return False
    who = m["who"]
    if not byline_names(who):
        return False
    words = re.findall(r"[^\s,|–—()·;]+", who.strip())
    if words and words[0] == "the":
        words = words[1:]
    rest = words[len(_name_run(words, _byline_lexicon()[1])) :]
    for i, word in enumerate(rest):
        bare = word.strip(".!?:'\"’”")
        credit = i + 1 < len(rest) and rest[i + 1].lower() == "by"  # "edited by Mark Dorn"
        if bare[:1].islower() and not credit and _finite().match(bare):
            return False
    return True


def _capitalised(word: str) -> bool:
    return bool(_NAME_WORD.match(word)) and word[0].isupper()


def byline_name(line: str) -> str | None:
    """The person of a byline "Name Surname, Job Title" (author metadata), else None."""
    m = _NAME_TITLE.match(line.strip())
    if not m or len(line.split()) > 20:
        return None
    title = m.group("title").rstrip()
    if title.endswith((".", "!", "?", ":", ";")) and not title.endswith(".)"):
        return None
    if not _JOB_WORD.search(title):
        return None
    return " ".join(m.group("name").split())


def dated_byline(text: str, *, outlet_only: bool = False) -> tuple[str, str, bool] | None:
    """``(ISO date, who, opened by "By")`` of a short line that dates the piece and names its
    outlet, author or place: "Example News, 7 January 2025", "By Ana Sol | Nov. 12, 2024",
    "October 30, 2025 | Example Journal", "GENEVA, 7 January 2025"; else None. A line that is
    a date alone ("Monday, 7 January 2025") is no byline. ``outlet_only``: the words beside
    the date must read as an outlet's name (``_outlet_name``), as on a piece's first line,
    where a headline with a date would otherwise be taken; after a date that opens the line
    they must wherever it stands (a timeline's entry, "3 January 2025 – Rebels enter Osk")."""
    if len(text) > 160 or iso_date(text, strict=True):
        return None
    found: tuple[str, str, bool] | None = None
    dated = _BYLINE_DATE.match(text)
    if dated and (not dated["by"] or byline_names(dated["who"])):
        iso = iso_date(dated["date"].strip(), strict=True)
        if iso:
            found = (iso, dated["who"].strip(), bool(dated["by"]))
    date_first = False
    if found is None:
        first = _DATE_BYLINE.match(text)
        iso = iso_date(first["date"].strip(), strict=True) if first else None
        if first and iso and not _SENTENCE_END.search(first["who"].rstrip()):
            found = (iso, first["who"].strip(), False)
            date_first = True
    if found is None or len(found[1].split()) > 6:
        return None
    # the date first opens a timeline's entry as well ("3 January 2025 – Rebels enter Osk"):
    # anywhere, the words after it must read as an outlet's name
    if (outlet_only or date_first) and not found[2] and not _outlet_name(found[1]):
        return None
    return found


@cache
def _outlets() -> tuple[frozenset[str], frozenset[str]]:
    """The listed organisations' names and aliases with the wire agencies (lower case, an
    opening "the" dropped), and the last words of an outlet's name (``outlet_endings``)."""
    text = load_data("text.yaml")
    names = {str(w) for w in text["wire_agencies"]}
    for name, aliases, *_ in load_data("gazetteer.yaml")["organisations"]:
        names.update([str(name), *map(str, aliases)])
    known = frozenset(re.sub(r"^the\s+", "", " ".join(n.lower().split())) for n in names)
    return known, frozenset(str(w).lower() for w in text["outlet_endings"])


def _outlet_name(who: str) -> bool:
    """Whether the words beside a date on a piece's first line read as its outlet's name:
    each capitalised or a linking word, and in capitals ("OSK", "AFP"), a listed organisation
    or wire agency ("Al Jazeera", "Reuters") or ending as an outlet's name does ("Example
    News", "The Osk Observer"); a Title-Case headline, "Ceasefire Talks Resume", is none."""
    words = who.split()
    if not all(_OUTLET_WORD.match(w) for w in words):
        return False
    known, endings = _outlets()
    return (
        who.isupper()
        or re.sub(r"^the\s+", "", " ".join(who.lower().split())) in known
        or words[-1].strip(".'’&-").lower() in endings
    )


def front_lines(parsed: Parsed) -> None:
    """Take bylines and a date line from the first few paragraphs (a byline with a date,
    "Example News, 7 January 2025", gives the date and the publisher; "By Ana Sol, ..." the
    author)."""
    keep: list[Block] = []
    authors: list[str] = []
    for i, block in enumerate(parsed.blocks):
        if i < 6 and block.level is None and len(block.text) <= 160:
            dated = dated_byline(block.text) if "dateline" not in parsed.dates else None
            if dated:
                iso, who, by = dated
                parsed.offer("dateline", iso)
                if by and parsed.author is None:
                    parsed.author = who
                elif not by and not who.isupper() and parsed.publisher is None:
                    parsed.publisher = who  # "GENEVA, 7 January 2025" names a place
                continue
            m = _BYLINE.match(block.text)
            if (
                m
                and parsed.author is None
                and not authors
                and len(m.group(1).split()) <= 12
                and byline_names(m.group(1))  # not "By order of the Governor, ..."
            ):
                parsed.author = m.group(1).strip(" .,")
                continue
            name = byline_name(block.text)
            if name and parsed.author is None:
                if name not in authors:
                    authors.append(name)
                continue
            m = _DATE_LINE.match(block.text)
            candidate = m.group(1) if m else block.text if len(block.text) <= 40 else None
            if candidate and "dateline" not in parsed.dates:
                iso = iso_date(candidate, strict=True)
                if iso:
                    parsed.offer("dateline", iso)
                    continue
        keep.append(block)
    parsed.blocks = keep
    if authors:
        parsed.author = ", ".join(authors)


def _parse_block(lines: list[str], markdown: bool) -> list[Block]:
    """One blank-line separated block to paragraphs and headings."""
    out: list[Block] = []
    run: list[str] = []
    bulleted = False  # the run holds a bulleted item: a list, never a heading

    def flush() -> None:
        nonlocal bulleted
        if run:
            blocks = _paragraphs_from_lines(run, markdown)
            if bulleted:
                blocks = [Block(b.text, b.level) for b in blocks]
            out.extend(blocks)
            run.clear()
        bulleted = False

    for line in _split_adjacent_links(lines):
        if line is None:
            flush()
            continue
        stripped = line.strip()
        if stripped.startswith(">"):
            stripped = re.sub(r"^(?:>\s?)+", "", stripped)
        m = _MD_HEADING.match(stripped)
        if m and (markdown or m.group(1).startswith("##") or m.group(2)):
            flush()
            heading = strip_markdown(m.group(2)).strip()
            if heading:
                out.append(Block(heading, level=len(m.group(1))))
            continue
        if _MD_RULE.match(stripped) or _MD_TABLE_SEP.match(stripped):
            flush()
            continue
        if stripped.startswith("|") and stripped.endswith("|"):
            flush()
            cells = [strip_markdown(c.strip()) for c in stripped.strip("|").split("|")]
            row = "; ".join(c for c in cells if c)
            if row:
                out.append(Block(row))
            continue
        if _MD_LIST.match(stripped):
            flush()
            run.append(_MD_LIST.sub("", stripped, count=1))
            # "● Sergei Ivanov" before a paragraph is the last item of a list; a numbered
            # line ("1. Introduction") may still be a heading
            bulleted = bool(_BULLET.match(stripped))
            continue
        bold = _MD_WHOLE_BOLD.match(stripped)
        if bold and len(lines) == 1 and len(bold.group(1).split()) <= 12:
            flush()
            out.append(Block(strip_markdown(bold.group(1)), plain=True))
            continue
        run.append(stripped)
    flush()
    return out


_ADJACENT_LINK = re.compile(r"(?<=\]\()([^()\s]*)\)(?=\[[^\]]+\]\()")


def _split_adjacent_links(lines: list[str]) -> list[str | None]:
    """Two markdown links glued together ("...](u1)[Click here](u2)") are two paragraphs."""
    out: list[str | None] = []
    for line in lines:
        if ")[" not in line:
            out.append(line)
            continue
        parts = _ADJACENT_LINK.sub(lambda m: m.group(1) + ")\0", line).split("\0")
        for i, part in enumerate(parts):
            if i:
                out.append(None)
            out.append(part)
    return out


def _paragraphs_from_lines(lines: list[str], markdown: bool) -> list[Block]:
    cleaned = [strip_markdown(ln) for ln in lines]
    cleaned = [c for c in cleaned if c and not _PAGE_NUMBER.match(c)]
    if not cleaned:
        return []
    if len(cleaned) == 1:
        return [Block(cleaned[0], plain=True)]
    if markdown:
        return [Block(join_lines(cleaned))]
    width = max(len(c) for c in cleaned)
    wrapped = width <= 110 and sum(len(c) >= 0.6 * width for c in cleaned[:-1]) >= 0.7 * (
        len(cleaned) - 1
    )
    if not wrapped:
        # one paragraph per line, except a line that plainly continues the previous one
        out: list[Block] = []
        for c in cleaned:
            if out and not out[-1].text.endswith(_TERMINAL) and c[:1].islower():
                out[-1] = Block(f"{out[-1].text} {c}", plain=False)
            else:
                out.append(Block(c, plain=True))
        return out
    # hard-wrapped prose: a paragraph ends on a short line that ends a sentence
    out = []
    current: list[str] = []
    for c in cleaned:
        current.append(c)
        if c.endswith(_TERMINAL) and len(c) < 0.75 * width:
            out.append(Block(join_lines(current)))
            current = []
    if current:
        out.append(Block(join_lines(current)))
    return out


def join_lines(lines: list[str]) -> str:
    text = lines[0]
    for ln in lines[1:]:
        if text.endswith("-") and not text.endswith(" -") and ln[:1].islower():
            # de-hyphenate "infra-" + "structure", keep "so-" + "called"
            head = re.search(r"(\w+)-$", text)
            tail = re.match(r"\w+", ln)
            if head and tail:
                word = join_hyphenated(head.group(1), tail.group(0))
                text = text[: head.start()] + word + ln[tail.end() :]
            else:
                text = text[:-1] + ln
        else:
            text = f"{text} {ln}"
    return text
