"""The mention regex in two parts (the gazetteer's surfaces, compiled once per process, and
a briefing's own) finds what one regex of all the surfaces found: the leftmost mention, the
longest of those starting there, then the next after it (invented names and sentences)."""

from __future__ import annotations

import re

import pytest

from briefbook.analysis.gazetteer import trie_pattern
from briefbook.analysis.mentions import MentionRegex, _surfaces_regex


def _one_regex(words: list[str]) -> re.Pattern[str]:
    """The mention regex as it was: one trie of every surface."""
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(words)})(?![\w]|-[A-Z])")


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


SHARED = ["Veloria", "Veloria City", "Port Amsel", "Amsel", "Karth", "Karth Valley", "Drun"]
OWN = [
    "Veloria City Council",  # longer than a shared surface at the same start
    "Port",  # shorter than a shared surface at the same start
    "Amsel Brigade",  # starts inside a shared mention ("Port Amsel Brigade")
    "Valley Guard",  # starts inside one ("Karth Valley Guard")
    "Drunes",  # a shared surface is a prefix of it, inside a word
    "Osk  Tarn",  # inner spaces match any space
]
SENTENCES = [
    "The Veloria City Council met in Veloria City and later in Veloria.",
    "Ships left Port Amsel Brigade quarters; the Port was closed and Amsel stayed calm.",
    "The Karth Valley Guard patrolled Karth Valley, Karth and the Drunes near Drun.",
    "Officials of Osk Tarn and Osk   Tarn spoke; Veloria-Karth talks and Veloria-based firms.",
    "Pre-Veloria maps, Velorian tea, Karthian art and Drun-Karth roads.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_two_regexes_find_what_one_regex_of_all_surfaces_found(text):
    split = MentionRegex(_surfaces_regex(frozenset(SHARED)), _surfaces_regex(frozenset(OWN)))
    assert _spans(split.finditer(text)) == _spans(_one_regex(SHARED + OWN).finditer(text))


def test_the_longest_surface_at_a_position_wins_whichever_part_holds_it():
    split = MentionRegex(_surfaces_regex(frozenset(SHARED)), _surfaces_regex(frozenset(OWN)))
    text = "The Veloria City Council and Port Amsel Brigade."
    assert [m.group(0) for m in split.finditer(text)] == [
        "Veloria City Council",  # the briefing's own, longer than "Veloria City"
        "Port Amsel",  # the gazetteer's, longer than "Port"; "Amsel Brigade" overlaps it
    ]


def test_a_briefing_with_no_surfaces_of_its_own_matches_the_gazetteer_alone():
    # near miss: one part only (no own surfaces): exactly the shared regex's matches
    shared = _surfaces_regex(frozenset(SHARED))
    split = MentionRegex(shared, _surfaces_regex(frozenset()))
    text = SENTENCES[0] + " " + SENTENCES[2]
    assert _surfaces_regex(frozenset()) is None
    assert _spans(split.finditer(text)) == _spans(shared.finditer(text))


def test_the_gazetteer_regex_is_compiled_once_and_shared():
    words = frozenset(SHARED)
    assert _surfaces_regex(words) is _surfaces_regex(frozenset(SHARED))


def test_two_regexes_agree_with_one_on_random_surfaces_and_texts():
    # invented syllables: surfaces sharing prefixes, spaces and hyphens, in both parts
    import random

    rng = random.Random(20)
    syllables = ["Ka", "ka", "Ro", "ro", "n", "s", " ", "-", "Ka Ro"]
    for _ in range(300):
        words = {
            "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))).strip(" -")
            for _ in range(rng.randint(2, 8))
        } - {""}
        words = sorted(words)
        cut = rng.randint(0, len(words))
        shared, own = words[:cut], words[cut:]
        text = "".join(rng.choice(syllables + [".", ", "]) for _ in range(rng.randint(0, 30)))
        split = MentionRegex(_surfaces_regex(frozenset(shared)), _surfaces_regex(frozenset(own)))
        expected = _spans(_one_regex(words).finditer(text)) if words else []
        assert _spans(split.finditer(text)) == expected, (shared, own, text)


# invented surfaces a briefing may add beside the real gazetteer's: a gazetteer name
# lengthened ("Kyiv City Guard"), a first word of one ("New"), names of its own
GAZ_SENTENCES = [
    "The Kyiv City Guard met envoys from New Delhi and New Caledonia in Kyiv on Monday.",
    "Ould Tahar Brigade fighters crossed from Mali into Niger, said Ould Tahar.",
    "Minh Khoa Front units shelled Hanoi-backed posts; the Sahel Watch counted 12 dead.",
    "Officials in Beirut, Damascus and Tel Aviv said the Lebanon-Israel talks would resume.",
]


def test_two_regexes_agree_with_one_over_the_real_gazetteer():
    from briefbook.analysis.gazetteer import gazetteer

    known = frozenset(gazetteer().surfaces)
    own = ["Kyiv City Guard", "New", "Ould Tahar", "Ould Tahar Brigade", "Minh Khoa Front"]
    own += ["Sahel Watch", "Tel", "Aviv said"]
    own = sorted(s for s in own if s not in known)
    split = MentionRegex(_surfaces_regex(known), _surfaces_regex(frozenset(own)))
    whole = _one_regex([*known, *own])
    for text in GAZ_SENTENCES:
        assert _spans(split.finditer(text)) == _spans(whole.finditer(text)), text


def test_a_briefing_after_another_finds_what_a_fresh_process_finds(tmp_path):
    # the regexes kept between briefings (the gazetteer's, each briefing's own) change
    # nothing: two briefings with different names of their own, in both orders, find what
    # each finds alone with nothing kept
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    texts = {
        "a": "Colonel Ould Tahar said the Azawad Liberation Front took Kidal. Ould Tahar "
        "later met Mali's envoy in Bamako.",
        "b": "Nguyen Minh Khoa of the Minh Khoa Front said his fighters held Kidal Ridge. "
        "Minh Khoa denied it.",
    }
    paths = {}
    for key, text in texts.items():
        paths[key] = tmp_path / f"{key}.txt"
        paths[key].write_text(f"Note {key}\n\n{text}\n", encoding="utf-8")

    def found(key: str) -> list[tuple[str, str, int, list[str]]]:
        entities = find_entities(load_documents([paths[key]]))
        return [(e.name, e.type, e.mentions, sorted(e.aliases)) for e in entities]

    fresh = {}
    for key in texts:
        _surfaces_regex.cache_clear()
        fresh[key] = found(key)
    assert {"Azawad Liberation Front", "Kidal"} <= {e[0] for e in fresh["a"]}
    assert ("Minh Khoa Front", "organisation") in {e[:2] for e in fresh["b"]}
    assert "Kidal Ridge" in {e[0] for e in fresh["b"]}  # b's own, not a's "Kidal"
    for order in ("ab", "ba"):
        _surfaces_regex.cache_clear()
        assert [found(key) for key in order] == [fresh[key] for key in order]
