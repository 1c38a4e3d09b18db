"""A fast rule-based sentence splitter, tuned for news and government prose.

Handles "U.S.", "E.O. 13810", "Bradley T. Smith.", quotes that end in ``."``, and a
quotation of several sentences, in double or single quotes, with its attribution. The abbreviation
and sentence-opener lists are data (``data/text.yaml``).
"""

from __future__ import annotations

import bisect
import re

from briefbook.data import load_data

_WORDS = load_data("text.yaml")
#: Abbreviations after which a period does not end a sentence (lower case, no dot).
ABBREVIATIONS = frozenset(_WORDS["abbreviations"])
# Abbreviations that are often the last word of a sentence: split only when a
# typical sentence opener follows.
_WEAK_ABBREVIATIONS = frozenset(_WORDS["weak_abbreviations"])
_NAME_ABBREVIATIONS = frozenset(_WORDS["name_abbreviations"])
# given names (data/given_names.yaml): after a given name's short form ("Ma."), only one of
# these keeps the sentence going ("Ma. Luisa Ferrer")
_GIVEN_NAMES = frozenset(str(w).lower() for w in load_data("given_names.yaml")["given_names"])
_OPENERS = frozenset(_WORDS["sentence_openers"])
# a platform named by one letter ("X", ``platforms`` of data/cues.yaml) after "on" or "via"
# ends its sentence when a period follows it: "the military wrote on X. He added" (round
# trialB28), never an initial
LETTER_PLATFORMS = frozenset(
    str(p) for p in load_data("cues.yaml")["platforms"] if len(str(p)) == 1
)
_PLATFORM_BEFORE = re.compile(r"(?<![\w'’-])(?:on|via)\s+$", re.I)
# the capitalised word right before a token ("Jack" of "Jack Ma.")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+)\s+$")

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
# a quotation in single quotes: an opening mark before a capital or a digit, at the start or
# after a space or a bracket, up to a closing mark right after its last sentence's
# punctuation ("'We fled at night. We left everything,' she said."); a mark between two
# letters is an apostrophe ("I'm", "don't") and goes on, a mark after a letter ("the
# soldiers' homes") closes nothing
_SINGLE_QUOTED = re.compile(
    rf"(?<![^\s(\[])'(?=[A-Z0-9])(?:[^'\n]|(?<=\w)'(?=\w)){{0,{_MAX_QUOTED}}}?[,.!?]'(?!\w)"
)


def _token_before(text: str, end: int) -> str | None:
    """The run of non-space characters that ends at ``end`` (at most 200 characters back:
    the splitter stays linear), or None when a space stands right before ``end``."""
    start = end
    low = max(0, end - 200)
    while start > low and not text[start - 1].isspace():
        start -= 1
    return text[start:end] or None


_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")  # U.S, E.O, P.L, U.S.A
# a note's number glued to a sentence's end, as a superscript becomes in copied text ("... of
# the designation.1", "... the Gulf of Aden.2 To date, ..."): after a word of three letters or
# more and the sentence's stop (and a closing quote or bracket), before the next sentence's
# capital or the paragraph's end; dropped so the stop ends the sentence. A number after a
# digit ("rose 3.5 To") or an abbreviation's letter ("U.S.2") is no note.
_NOTE_MARK = re.compile(r"(?<=[^\W\d_]{3})([.!?][\"'”’)\]]*)\d{1,3}(?=\s+[\"“'‘(\[]*[A-Z]|\s*$)")
_NEXT_WORD = re.compile(r"[\"'(\[]*([A-Za-z0-9]+)")


def _drop_note(m: re.Match[str]) -> str:
    """The stop of a note mark's match without the note's number, unless the word before the
    stop is an abbreviation that takes a number ("No.1 Brigade", "art.12 The")."""
    text, start = m.string, m.start()
    word = re.search(r"[A-Za-z]+$", text[max(0, start - 20) : start])
    if word and word.group(0).lower() in ABBREVIATIONS:
        return m.group(0)
    return m.group(1)


def split_sentences(text: str, limit: int | None = None) -> list[str]:
    """Split one paragraph into sentences (a fast rule-based splitter), linear in its length.

    ``limit``: stop once more than ``limit`` sentences are certain (the result then holds
    more than ``limit`` sentences and the rest of the text is not split: the caller that
    keeps ``limit`` knows text was dropped).
    """
    text = text.strip()
    if not text:
        return []
    text = _NOTE_MARK.sub(_drop_note, text)
    sentences: list[str] = []
    start = 0
    quotes = [i for i, ch in enumerate(text) if ch == '"'] if '"' in text else []
    singles = [m.span() for m in _SINGLE_QUOTED.finditer(text)] if "'" in text else []
    check_at = 2 * limit + 2 if limit is not None else None
    for m in _BOUNDARY.finditer(text):
        if check_at is not None and len(sentences) > check_at:
            merged = _merge_fragments(sentences)
            if limit is not None and len(merged) > limit:
                return merged
            check_at *= 2  # checked at doubling sizes: linear in all
        if not _is_boundary(text, m):
            continue
        cut = m.start("space")
        if quotes:
            # a quotation of several sentences stays one sentence with its attribution,
            # unless the quote is never closed or runs very long
            before = bisect.bisect_left(quotes, cut)
            if before % 2 == 1 and before < len(quotes) and cut - start < _MAX_QUOTED:
                continue
        if singles and cut - start < _MAX_QUOTED:
            # likewise a quotation of several sentences in single quotes
            k = bisect.bisect_right(singles, (cut, len(text))) - 1
            if k >= 0 and singles[k][0] < cut < singles[k][1]:
                continue
        piece = text[start:cut].strip()
        if piece:
            sentences.append(piece)
        start = m.end("space")
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return _merge_fragments(sentences)


# a quotation's attribution after its closing mark: '"... security!" Ana Sol declared to
# applause.' is one sentence (the name, a speech verb, and the sentence's end soon after)
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+\s+(?:also\s+)?(?:said|says|told|added|declared|"
    r"asked|wrote|warned|insisted|stated|explained|replied|shouted|exclaimed|noted|continued|"
    r"concluded|tweeted|posted)\b[^.!?\"“”]{0,80}[.!?](?:\s|$)"
)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    end = m.group("end")
    close = m.group("close")
    if m.group("next")[-1:].islower():
        return _is_lower_boundary(text, m)
    if any(q in close for q in "\"'") and _ATTRIBUTION_AFTER_QUOTE.match(text, m.end("space")):
        return False
    if end != "." or any(q in close for q in "\"'"):
        return True  # "?", "!", "..." and a period inside closing quotes end the sentence
    before = _token_before(text, m.start("end"))
    if before is None:
        return True
    token = before.lstrip("\"'([")
    word = token.lower()
    next_match = _NEXT_WORD.match(text, m.end("space"))
    next_word = next_match.group(1) if next_match else ""
    next_is_digit = next_word[:1].isdigit()
    if not token:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        start = m.start("end") - len(token)
        # an initial ("Bradley T. Smith"), unless a platform's letter ends the sentence:
        # "wrote on X. He added" ("relied on X. Perel", a surname after it, goes on)
        return bool(
            token in LETTER_PLATFORMS
            and (next_word.lower() in _OPENERS or m.group("next")[:1] in "\"'“")
            and _PLATFORM_BEFORE.search(text, max(0, start - 8), start)
        )
    if word in _WEAK_ABBREVIATIONS:
        # "Co., Ltd. (Limbach)" goes on; "... Trading LLC. Sibregiongaz is" ends
        return not text.startswith("(", m.end("space"))
    if word in ABBREVIATIONS:
        return False
    if word in _NAME_ABBREVIATIONS and token[:1].isupper():
        # "spokesperson Ma. Luisa Ferrer" goes on: a short form written as a given name
        # ("Ma.", not the state code "MA.") before a capitalised given name; "founded by
        # Jack Ma. Alibaba shares fell", "Boston, MA. Local officials" end
        goes_on = (
            token[1:].islower() and next_word[:1].isupper() and next_word.lower() in _GIVEN_NAMES
        )
        # after a given name it is a surname: "founded by Jack Ma. Daniel Zhang later ran it"
        start = m.start("end") - len(token)
        prev = _WORD_BEFORE.search(text, max(0, start - 40), start)
        surname = prev is not None and prev.group(1).lower() in _GIVEN_NAMES
        return surname or not goes_on
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
    before = _token_before(text, m.start("end"))
    token = before.lstrip("\"'([") if before else ""
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
