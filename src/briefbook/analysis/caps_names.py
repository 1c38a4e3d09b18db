"""People named in capitals in running text: "police named the suspect as JOHN SMITH, 34".

Police and court reports, and some wire services, write a person's name in capitals inside
a sentence in mixed case. The person rules read title case only (a word in capitals is an
acronym to them), so such a name is missed or typed as something else. A run of two to
four words in capitals is read again written in title case, in the same sentence: when the
rules then find a person exactly there, the run is that person, named as the text writes
it ("JOHN SMITH"; "Smith" alone later is that person too) -- only when the run opens with
a known given name (``data/given_names.yaml``) or has a person's sign: a title as its first
word or right before it ("COLONEL ANNA KOVAL", "commander TARIK OSMAN"; a title opening the
run is left out of the name: "ADMINISTRATOR SAMANTHA POWER" is "Samantha Power"), an age after it
("MARY JONES, 52,") or "named ... as" before it; words in capitals for emphasis ("Residents
said FUEL PRICES doubled", "MASKED GUNMEN") are no person. Left alone: a sentence with as
many capitals as lower-case letters (a heading, a shouted line), a byline or a wire's
credit ("By ANNA KOVAL", "Reporting by ANNA KOVAL; Editing by ..."), one word in capitals
(mostly an acronym), and runs holding a word the sources also write in lower case ("POLICE
SAID"), a stop word, a gazetteer name ("NATO", "US") or a word without a vowel ("SDF").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.names import Found, Tok, tokenize

__all__ = ["caps_people"]

_MIN_WORDS, _MAX_WORDS = 2, 4  # one word in capitals is mostly an acronym ("LTTE")
_CAPS_PAIR = re.compile(r"(?<![\w'-])[A-Z][A-Z'-]*[A-Z] [A-Z][A-Z'-]*[A-Z](?![\w'-])")
# a byline or a wire's credit: "By ANNA KOVAL", "Reporting by X; Editing by Y"
_BYLINE = re.compile(
    r"(?:^|\n|[;|])\W*(?:(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
    r"[Ww]ritten|[Pp]hotos?|[Ii]llustrations?)\s+)?(?:By|BY|by)\s+$"
)

# a transcript's speaker label: words in capitals opening the line, then a colon
_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){1,5}:\s+")
_AGE_AFTER = re.compile(r"^,\s*(?:aged\s+)?\d{1,3}\s*[,;.)]")
_NAMED_AS = re.compile(r"\b(?:named|names|identified|identifies|listed|lists)\b.*\bas\s+$")

# classify(run, text) -> typed spans: names.classify bound to the rules and the lexicons
Classify = Callable[[list[Tok], str], list[Found]]


def _caps_word(tok: Tok, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]) -> bool:
    """Whether ``tok`` may be a word of a name in capitals: letters only (an apostrophe or a
    hyphen inside), two or more, a vowel among them, no stop word, lower-case word of the
    sources or gazetteer name."""
    word = tok.text
    letters = word.replace("'", "").replace("-", "")
    return (
        len(letters) >= 2
        and letters.isalpha()
        and letters.isupper()
        and any(c in "AEIOUY" for c in letters)
        and tok.low not in rules.stop
        and tok.low not in lower_vocab
        and word not in gaz.surfaces
    )


def _person_signed(run: list[Tok], toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether the run in capitals ``run`` of the sentence ``text`` (its words ``toks``)
    opens with a known given name or has a person's sign (module doc)."""
    titles = rules.titles | rules.core_titles | rules.roles
    if run[0].low in rules.given or run[0].low in titles:
        return True
    i = toks.index(run[0])
    if i and toks[i - 1].low.strip(",") in titles:
        return True
    return bool(_AGE_AFTER.match(text[run[-1].end :]) or _NAMED_AS.search(text, 0, run[0].start))


def _runs(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[list[Tok]]:
    """The runs of two to four words in capitals (:func:`_caps_word`) joined by single
    spaces, with no capitalised word right before or after them."""
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    for tok in [*toks, None]:
        if (
            tok is not None
            and _caps_word(tok, rules, gaz, lower_vocab)
            and (not cur or text[cur[-1].end : tok.start] == " ")
        ):
            cur.append(tok)
            continue
        if _MIN_WORDS <= len(cur) <= _MAX_WORDS:
            runs.append(cur)
        cur = [tok] if tok is not None and _caps_word(tok, rules, gaz, lower_vocab) else []
    out = []
    for run in runs:
        i = toks.index(run[0])
        j = i + len(run)
        before = toks[i - 1] if i else None
        after = toks[j] if j < len(toks) else None
        if before is not None and before.text.isupper() and text[before.end : run[0].start] == " ":
            continue  # part of a longer line in capitals
        if (
            after is not None
            and after.text[:1].isupper()
            and text[run[-1].end : after.start] == " "
        ):
            continue
        if _BYLINE.search(text, 0, run[0].start):
            continue  # "By ANNA KOVAL": a byline
        if not _person_signed(run, toks, text, rules):
            continue  # "FUEL PRICES doubled": capitals for emphasis
        out.append(run)
    return out


def caps_people(
    text: str,
    toks: list[Tok],
    rules: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    classify: Classify,
    cap_runs: Callable[[list[Tok], str], list[list[Tok]]],
) -> tuple[str, list[Tok], list[tuple[str, str]]]:
    """The sentence ``text`` (its words ``toks``) with each name of a person in capitals
    (module doc) written in title case, its words, and the (name in capitals, name in title
    case) pairs; ``text`` and ``toks`` themselves when there is none.

    ``classify`` types one capitalised run of a sentence and ``cap_runs`` finds those runs
    (:func:`briefbook.analysis.names.classify` and :func:`~briefbook.analysis.names.cap_runs`
    bound to the rules); the title-case text has the length and offsets of ``text``."""
    if not _CAPS_PAIR.search(text):
        return text, toks, []  # no two words in capitals side by side
    # a transcript's speaker label in capitals ("SECRETARY ANTONY BLINKEN: Good morning.")
    # does not make its line a shouted one: the ratio is the words' after it
    body = text[m.end() :] if (m := _SPEAKER_LABEL.match(text)) else text
    if sum(map(str.isupper, body)) * 2 >= sum(map(str.isalpha, body)):
        return text, toks, []  # a heading or a line in capitals
    runs = _runs(toks, text, rules, gaz, lower_vocab)
    if not runs:
        return text, toks, []
    pairs: list[tuple[str, str]] = []
    out = text
    titles = rules.titles | rules.core_titles | rules.roles
    for run in runs:
        start, end = run[0].start, run[-1].end
        titled = text[:start] + text[start:end].title() + text[end:]
        found = [
            f
            for seq in cap_runs(tokenize(titled), titled)
            if seq[0].start <= start and seq[-1].end >= end
            for f in classify(seq, titled)
        ]
        # a title in capitals opening the run is no part of the name: "ADMINISTRATOR
        # SAMANTHA POWER" names "Samantha Power" (round trial21); at least two words stay
        lead = 0
        while lead < len(run) - 2 and run[lead].low in titles:
            lead += 1
        if lead and any(
            f.type == "person" and f.start == run[lead].start and f.end == end for f in found
        ):
            start = run[lead].start
        if any(f.type == "person" and f.start == start and f.end == end for f in found):
            out = out[:start] + titled[start:end] + out[end:]
            pairs.append((" ".join(text[start:end].split()), " ".join(titled[start:end].split())))
    if not pairs:
        return text, toks, []
    return out, tokenize(out), pairs
