"""The dateline a wire story opens with: where it was filed, when, and by which agency.

One pattern for the whole package: :func:`strip_dateline` cuts it from a lede shown as a
statement, :func:`match_dateline` gives the place for entity discovery. The agencies that
may stand between pipes without brackets are listed in ``data/text.yaml``
(``wire_agencies``); an agency code in capitals ("XNA", "AFP") needs no listing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from briefbook.data import load_data
from briefbook.text.normalise import alternation

__all__ = ["Dateline", "match_dateline", "strip_dateline"]


@dataclass(frozen=True)
class Dateline:
    """A dateline at the start of a paragraph.

    ``place``: the filing place as written ("GOMA", "NEW HARBOR", "Imphal"); ``agency``: the
    agency named in brackets or between pipes, or None; ``end``: the character offset where
    the text after the dateline starts; ``bare``: only a word in capitals and a dash or a
    pipe ("WASHINGTON —", but also "NATO — ..." or "NATO | ..."), a name in title case and
    a spaced dash or a colon, its country or state after a comma or not ("Geneva - ...",
    "Bhopal: ...", "Osaka, Japan: ...", but also "Hamas - The group
    ..." or "Update: ...") or a line of capitals
    alone ("HAKKARI"), no region, date or agency to confirm it: a place only when the
    gazetteer knows it; ``area``: the state or region in brackets after a city in title case
    ("Imphal (Manipur) :" -> "Manipur"), or None; ``within``: the country or state after a
    comma of a bare name in title case ("Osaka, Japan:" -> "Japan"), or None.
    """

    place: str
    agency: str | None
    end: int
    bare: bool
    area: str | None = None
    within: str | None = None


# a dash of any kind, or a pipe, ends the dateline; "| —" is one end
_END = r"\s*(?:\|\s*)?(?:[\u2014\u2013]|--?)\s*|\s*\|\s*"


@cache
def _pattern() -> re.Pattern[str]:
    names = load_data("text.yaml")["wire_agencies"]
    # between pipes: an agency code in capitals or a listed agency name
    agency = r"(?:[A-Z][A-Z&.-]{1,9}|" + alternation(str(n) for n in names) + r")"
    return re.compile(
        # "GOMA, Congo — ", "KYIV, Ukraine (AP) — ", "LONDON, March 3 (Reuters) - ",
        # "VENDRA, Ostland | XNA | — ", "KORVAL (Wirewire) | ": a city in capitals,
        # optionally its country or state and a day, then agencies in brackets or between
        # pipes, then a dash or a pipe
        # a hyphen inside the city only before a capital: "WAKAYAMA--Police" (two hyphens
        # for a dash) is the city "WAKAYAMA", "PORT-AU-PRINCE" one name
        r"^\W*(?P<city>[A-Z](?:[A-Z'’.]|-(?=[A-Z])){1,}(?:[ -][A-Z](?:[A-Z'’.]|-(?=[A-Z]))+){0,3})"
        r"(?P<region>,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
        # "WASHINGTON, Saturday, May 10, 2025 (WNP): ": the weekday before the day and the
        # year after it; after a day and an agency in brackets a colon ends it too, so
        # "WARNING, May 10: ..." or "NATO (Brussels): ..." is kept whole (round trialA28)
        r"(?P<day>,\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
        r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?(?!\d))?"
        r"(?:\s*\((?P<bracket>[A-Z][\w&.'’ -]{0,30})\)"
        r"|\s*\|\s*(?P<piped>" + agency + r")(?=\s*(?:\||[\u2014\u2013-])))?"
        r"(?P<end>" + _END + r"|(?(day)(?(bracket)\s*:\s+|(?!))|(?!)))(?=[A-Z\"“‘'])"
        # "Mogadishu (HOL) - ": a city in title case, an agency's code in capitals in
        # brackets and a dash (a state in brackets is in title case: "Imphal (Manipur) :")
        r"|^\W*(?P<tcity>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2})\s*\((?P<tagency>[A-Z][A-Z&.]{1,9})\)"
        r"(?:" + _END + r")(?=[A-Z\"“‘'])"
        # "Imphal (Manipur) : ": a city in title case before its state in brackets, a colon
        r"|^\W*(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*\((?P<state>[A-Z][A-Za-z. ]+)\)"
        r"\s*:\s*(?=[A-Z\"“‘'])"
        # "Geneva - Briefing the council, ...", "Bhopal: Maoists ...": a name in title case
        # and a spaced dash or a colon, a dateline only when the name is a known place
        # (``is_place`` of strip_dateline)
        # "ISLAMABAD: ...", "KABUL/KANDAHAR: ...": a name in capitals (or two joined by a
        # slash, the first the filing place) and a colon, a dateline only when the (first)
        # name is a known place (``is_place``), so "NOTE: ..." or "UPDATE: ..." is kept whole
        # "DUSHANBE, Tajikistan: ...": or its country or state after a comma, which confirms
        # it as the first alternative's region does (round audit10)
        r"|^\W*(?P<capped>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2})"
        r"(?:/[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2})?"
        r"(?:,\s*(?P<cregion>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?))?\s*:\s+(?=[A-Z\"“‘'])"
        # "Kelvo, Ostland: A fire ...": the name may have its country or state after a comma
        r"|^\W*(?P<plain>[A-Z][a-z'’]+(?:[ -](?:al-|el-)?[A-Z][a-z'’]+){0,2})"
        # "Kelvo, March 3: A fire ...": or the day it was filed (trialA23)
        # "Kelvo, 15 November 2025 - ...", "Ostland, March 3, 2025 – ...": or the whole date
        # it was filed, which confirms the dateline (round trialB27)
        r"(?:,\s*(?P<pdate>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
        r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})(?!\d)"
        r"|,\s*(?P<pday>[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?!\d)"
        r"|,\s*(?P<within>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?))?"
        # the dash spaced on both sides, or on one side only as sites glue it ("Kelvo– The
        # ...", "Kelvo -The ...", "Kelvo- The ..."; round trialB27), or a colon
        r"(?:\s*(?:[\u2014\u2013]|--?)\s+|\s+(?:[\u2014\u2013]|--?)|\s*:\s+)(?=[A-Z\"“‘'])"
        # "HAKKARI": a line of a name in capitals alone, the filing place of the story below
        r"|^\W*(?P<alone>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2})\s*$"
        # "October 29, 2025 (ADDIS ABABA) – ", "29 October 2025 (KHARTOUM) - ": the day
        # first, then the filing place in capitals in brackets and a dash; a dateline only
        # when the name is a known place (``is_place``), so "(AFP)" or "(UPDATE)" is kept
        r"|^\W*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+\d{4}"
        r"\s*\((?P<dated>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2})\)"
        r"(?:" + _END + r")(?=[A-Z\"“‘'])"
    )


def match_dateline(paragraph: str) -> Dateline | None:
    """The dateline ``paragraph`` opens with, or None."""
    m = _pattern().match(paragraph)
    if m is None:
        return None
    if m.group("titled"):
        return Dateline(m.group("titled"), None, m.end(), bare=False, area=m.group("state"))
    if m.group("tcity"):
        return Dateline(m.group("tcity"), m.group("tagency"), m.end(), bare=False)
    if m.group("capped") and m.group("cregion"):
        # a city in capitals and its country or state: a dateline, unless that second name
        # is a town too (``within``: "KYIV, Moscow: ..." opens with two towns)
        return Dateline(m.group("capped"), None, m.end(), bare=False, within=m.group("cregion"))
    if m.group("plain") and m.group("pdate"):
        # a name and the whole date it was filed: a dateline without the gazetteer's word
        return Dateline(m.group("plain"), None, m.end(), bare=False)
    if m.group("plain") or m.group("alone") or m.group("capped") or m.group("dated"):
        place = m.group("plain") or m.group("alone") or m.group("capped") or m.group("dated")
        return Dateline(place, None, m.end(), bare=True, within=m.group("within"))
    agency = m.group("bracket") or m.group("piped")
    bare = not (m.group("region") or m.group("day") or agency)
    return Dateline(m.group("city"), agency, m.end(), bare=bare)


def strip_dateline(
    paragraph: str,
    is_place: Callable[[str], bool] | None = None,
    is_town: Callable[[str], bool] | None = None,
) -> str:
    """``paragraph`` without the dateline a wire story opens with ("GOMA, Congo — Fighting
    ..." -> "Fighting ..."; "VENDRA, Ostland | XNA | — Shelling ..." -> "Shelling ...");
    unchanged when it has none. The city must be in capitals and followed by its region, a
    day, an agency or a pipe, so a sentence that opens with a name or an acronym and a dash
    ("Russia — which ...", "NATO — The alliance ...") is kept whole; a bare name and a dash
    ("WASHINGTON — ...", "Geneva - Briefing ...") is cut only when ``is_place`` (the
    gazetteer's test, from a layer above this one) says the name is a known place. A bare
    name with a second name after a comma ("Osaka, Japan: ...") is kept whole when
    ``is_town`` says that second name is a town, not a country or a state: "Kyiv, Moscow:
    The two capitals ..." opens with two towns, no dateline (round revA18). A
    paragraph that is only a dateline is never emptied."""
    found = match_dateline(paragraph)
    if found is None or found.end >= len(paragraph.rstrip()):
        return paragraph
    if found.bare and (is_place is None or not is_place(found.place)):
        return paragraph
    if found.within and is_town is not None and is_town(found.within):
        return paragraph
    return paragraph[found.end :]
