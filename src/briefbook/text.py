"""Text clean-up and a fast rule-based sentence splitter.

``normalise`` makes text from any source comparable: Unicode NFKC, ASCII quotes,
no zero-width or control characters, single spaces. ``split_sentences`` is a
regex splitter with an abbreviation list, tuned for news and government prose
("U.S.", "E.O. 13810", "Bradley T. Smith.", quotes that end in ``."``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "ABBREVIATIONS",
    "is_boilerplate",
    "normalise",
    "split_sentences",
    "strip_markdown",
    "word_tokens",
]

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
# zero-width and invisible format characters, soft hyphen, BOM
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# control characters except tab and newline (\r is folded to \n before)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


# English function words: ignored when texts are compared by their content words.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "these",
        "this",
        "those",
        "to",
        "was",
        "were",
        "will",
        "with",
        "would",
    ]
)


# Curly quotes folded to ASCII: the analysers match cue words on this form.
CURLY_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_URL = re.compile(r"\]\([^)]*\)|https?://\S+|www\.\S+")


def blank_urls(text: str) -> str:
    """URLs and markdown link targets replaced by spaces: offsets stay as they were."""
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, inner spaces matching any space."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in items)


def unique(items: Iterable[str]) -> list[str]:
    """``items`` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


def normalise(text: str) -> str:
    """NFKC, ASCII quotes, no invisible or control characters, single spaces, ``\\n`` lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


# ---------------------------------------------------------------------------
# markdown

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_BOLD = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_MD_EM = re.compile(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])")
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_FOOTNOTE = re.compile(r"\[(?:\^?\d+|[ivxlc]+)\]")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[]) +")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_MD_HIDDEN = re.compile("\ue000(\\d+)\ue001")
_STRAY_STARS = re.compile(r"^\*+\s*|\s*\*+$")


def strip_markdown(line: str) -> str:
    """Inline markdown to plain text: links to their text, images and emphasis dropped."""
    escaped: list[str] = []
    if "\\" in line:
        # backslash escapes ("\<", "\*") stand for the literal character: hide them first
        def hide(m: re.Match[str]) -> str:
            escaped.append(m.group(1))
            return f"\ue000{len(escaped) - 1}\ue001"

        line = _MD_ESCAPE.sub(hide, line)
    if "![" in line:
        line = _MD_IMAGE.sub("", line)
    if "[" in line:
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_REF_LINK.sub(r"\1", line)
        line = _MD_FOOTNOTE.sub(" ", line)
    if "`" in line:
        line = _MD_CODE.sub(r"\1", line)
    if "**" in line or "__" in line:
        # bold markers are often unbalanced or glued to words ("Bessent.**Given"):
        # a marker becomes a space, then spacing around punctuation is repaired
        line = _MD_BOLD.sub(" ", line)
    if "*" in line or "_" in line:
        line = _MD_EM.sub(r"\1", line)
    line = _STRAY_STARS.sub("", line)
    line = _SPACES.sub(" ", line)
    line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
    line = _SPACE_AFTER_OPEN.sub(r"\1", line)
    if escaped:
        line = _MD_HIDDEN.sub(lambda m: escaped[int(m.group(1))], line)
    return line.strip()


# ---------------------------------------------------------------------------
# sentences

#: Abbreviations after which a period does not end a sentence (lower case, no dot).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "messrs",
        "dr",
        "prof",
        "sen",
        "rep",
        "reps",
        "gov",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "cdr",
        "brig",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "rev",
        "hon",
        "pres",
        "supt",
        "insp",
        "det",
        "amb",
        "atty",
        "esq",
        "gens",
        "no",
        "nos",
        "art",
        "arts",
        "sec",
        "secs",
        "para",
        "paras",
        "vol",
        "vols",
        "fig",
        "figs",
        "pp",
        "p",
        "ch",
        "cf",
        "al",
        "approx",
        "ca",
        "est",
        "vs",
        "v",
        "viz",
        "e.g",
        "i.e",
        "etc",
        "dept",
        "govt",
        "univ",
        "assn",
        "bros",
        "ave",
        "blvd",
        "rd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)
# Abbreviations that are often the last word of a sentence: split only when a
# typical sentence opener follows.
_WEAK_ABBREVIATIONS = frozenset(["inc", "ltd", "co", "corp", "llc", "plc", "etc", "al", "bros"])
_OPENERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "as",
        "after",
        "before",
        "since",
        "during",
        "while",
        "when",
        "where",
        "if",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "however",
        "meanwhile",
        "moreover",
        "also",
        "still",
        "then",
        "there",
        "here",
        "some",
        "many",
        "most",
        "according",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "such",
        "other",
        "officials",
    ]
)

_BOUNDARY = re.compile(
    r"""
    (?P<end>[.!?]+|\.\.\.|\u2026)          # terminal punctuation
    (?P<close>["')\]]*)                     # closing quotes or brackets
    (?P<space>\s+)                          # whitespace
    (?=(?P<next>["'(\[]*[A-Za-z0-9]))       # next sentence opens with a letter or digit
    """,
    re.VERBOSE,
)
_MAX_QUOTED = 600  # characters: a longer run inside quotes is split anyway
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")  # U.S, E.O, P.L, U.S.A
_NEXT_WORD = re.compile(r"[\"'(\[]*([A-Za-z0-9]+)")


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences (a fast rule-based splitter)."""
    text = text.strip()
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    quotes = [i for i, ch in enumerate(text) if ch == '"'] if '"' in text else []
    for m in _BOUNDARY.finditer(text):
        if not _is_boundary(text, m):
            continue
        cut = m.start("space")
        if quotes:
            # a quotation of several sentences stays one sentence with its attribution,
            # unless the quote is never closed or runs very long
            before = bisect.bisect_left(quotes, cut)
            if before % 2 == 1 and before < len(quotes) and cut - start < _MAX_QUOTED:
                continue
        piece = text[start:cut].strip()
        if piece:
            sentences.append(piece)
        start = m.end("space")
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return _merge_fragments(sentences)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    end = m.group("end")
    close = m.group("close")
    if m.group("next")[-1:].islower():
        return _is_lower_boundary(text, m)
    if end != "." or any(q in close for q in "\"'"):
        return True  # "?", "!", "..." and a period inside closing quotes end the sentence
    before = _TOKEN_BEFORE.search(text, 0, m.start("end"))
    if before is None:
        return True
    token = before.group(1).lstrip("\"'([")
    word = token.lower()
    next_match = _NEXT_WORD.match(text, m.end("space"))
    next_word = next_match.group(1) if next_match else ""
    next_is_digit = next_word[:1].isdigit()
    if not token:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "Bradley T. Smith"
    if word in _WEAK_ABBREVIATIONS:
        # "Co., Ltd. (Limbach)" goes on; "... Trading LLC. Sibregiongaz is" ends
        return not text.startswith("(", m.end("space"))
    if word in ABBREVIATIONS:
        return False
    if _DOTTED.match(token):
        # "U.S." "E.O. 13810" "P.L. 116-92": a boundary only before a clear opener
        return not next_is_digit and next_word.lower() in _OPENERS
    return True


def _is_lower_boundary(text: str, m: re.Match[str]) -> bool:
    """A period then a lower-case word: a new sentence in careless news copy
    ("... three Rafale aircraft. he said at least 31 ..."), unless the period ends an
    abbreviation, an initial or a dotted form ("e.g. the", "U.S. officials", "p.m. local")."""
    if m.group("end") != "." or any(q in m.group("close") for q in "\"'"):
        return False
    before = _TOKEN_BEFORE.search(text, 0, m.start("end"))
    token = before.group(1).lstrip("\"'([") if before else ""
    word = token.lower()
    if len(token) < 2 or not token[-1].isalnum():
        return False
    if word in ABBREVIATIONS or word in _WEAK_ABBREVIATIONS or "." in token:
        return False
    if not re.match(r"[\"']?[a-z][a-z'-]+\b(?!\.\w)", text[m.end("space") :]):
        return False  # "(n.d.)", "e.g.": not a word opening a sentence
    return bool(re.fullmatch(r"[^\W_][\w'-]*", token))


def _merge_fragments(sentences: list[str]) -> list[str]:
    """Glue pieces that cannot stand alone (a lone number or bracket) to the previous one."""
    out: list[str] = []
    for s in sentences:
        if out and (len(s) < 3 or not any(c.isalpha() for c in s)):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


# ---------------------------------------------------------------------------
# boilerplate

_BOILERPLATE = re.compile(
    r"""^(?:
        (?:share|tweet|email|print|pin)(?:\s+(?:this|the))?(?:\s+(?:article|story|page|post|on\b.*))?
      | share\s+(?:on|via)\b.*
      | (?:follow|like|find|join)\s+us\b.*
      | (?:sign\s+up|subscribe|register)\b.*(?:newsletter|updates|alerts|email|free|today|now|here).*
      | (?:get|receive)\s+(?:our|the)\b.*newsletter.*
      | .*\bnewsletter\b.{0,40}(?:sign\s+up|subscribe|inbox).*
      | (?:related|recommended|popular|trending|more)\s+(?:articles?|stories|coverage|news|reading|from\b.*|on\s+this\b.*)
      | (?:read|see|watch)\s+(?:more|also|next|full\s+story)\b.*
      | advertisement | sponsored(?:\s+content)? | ad | skip\s+advert.*
      | click\s+here\b.*
      | (?:this\s+(?:web)?site|we)\s+uses?\s+cookies\b.*
      | .*\bcookies?\b.{0,80}\b(?:accept|consent|policy|settings|preferences|agree)\b.*
      | (?:accept|reject)\s+(?:all\s+)?cookies.*
      | (?:all\s+rights\s+reserved|copyright\s*(?:\d{4}|\u00a9|\(c\))|\(c\)\s*\d{4}|\u00a9).*
      | .*\ball\s+rights\s+reserved\b.*
      | (?:back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|jump\s+to)\b.*
      | (?:loading|comments?|leave\s+a\s+comment|\d+\s+comments?|show\s+comments)
      | (?:image|photo|video)\s*(?:source|credit)?\s*:?\s*(?:getty\s+images|reuters|ap|afp)?
      | (?:listen\s+to\s+(?:this\s+)?article|audio\s+version).*
      | (?:download\s+the\s+app|open\s+in\s+app)\b.*
      | \#{2,}
      | (?:watch|listen|video|photos?|gallery|graphic|interactive)\s*[|:].{0,200}
      | more\s*:? | keywords | tags | topics | \(?end\)? | -?30-
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | (?:reporting|writing|editing|additional\s+reporting|compiled|edited)\s+by\b.*
      | (?:our\s+standards|source\s*:).{0,80}
      | get\s+(?:daily|weekly|breaking|the\s+latest|our)\b.{0,60}
      | .{0,120}\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b.*
      | with\s+files\s+from\b.{0,120}
      | [^.!?]{0,40}\b\d{1,2}:\d{2}\b[^.!?]{0,30}\b(?:19|20)\d{2}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_boilerplate(line: str) -> bool:
    """True for a short web chrome line: share/follow prompts, cookie notices, ads, ..."""
    stripped = line.strip().strip("|-*>·•:").strip()
    if not stripped:
        return True
    if len(stripped) > 240:
        return False
    return bool(_BOILERPLATE.match(stripped))


_WORD = re.compile(r"[^\W_]+(?:['\-.][^\W_]+)*")


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; inner ' - . kept)."""
    return [t.lower() for t in _WORD.findall(normalise(text))]
