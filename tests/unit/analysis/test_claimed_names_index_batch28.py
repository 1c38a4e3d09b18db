"""The claimants' names and their places' names are read from one pass over the gazetteer's
surfaces (round batch28: a scan of every surface for each key cost the forkserver's serial
warm-up about 0.08 CPU-s); the pairs and their patterns are those of the scan."""

from __future__ import annotations

import dataclasses

from briefbook.analysis.claimed_names import _pairs, joined_claims
from briefbook.analysis.gazetteer import Target, gazetteer


def _scanned(gaz):
    """The pairs as the scan built them: (claim, place, claim names, place names)."""

    def names(key):
        return [s for s, targets in gaz.surfaces.items() if any(t.key == key for t in targets)]

    return [
        (claim, place, names(claim), names(place))
        for claim, place in sorted(gaz.claimed.items())
        if names(claim) and names(place)
    ]


def _as_patterns(pairs):
    return [(c, p, c_rx.pattern, p_rx.pattern) for c, p, c_rx, p_rx in pairs]


def _patterns_of(scanned):
    import re

    def pattern(names):
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return rf"(?<![\w-])(?:{alternation})(?![\w-])"

    return [(c, p, pattern(cn), pattern(pn)) for c, p, cn, pn in scanned]


def _invented():
    """A gazetteer of invented features: a surface naming two keys counts for both; a
    claimant whose place has no surface, and one with no surface of its own, make no pair."""
    loc = "LOC"
    surfaces = {
        "Kelvan Reef": [Target("kelvan-reef", loc, False)],
        "Kelvan Shoal": [Target("kelvan-reef", loc, True)],
        "Tamsa Jiao": [Target("tamsa-jiao", loc, False)],
        "Tamsa": [Target("tamsa-jiao", loc, True), Target("tamsa-town", loc, False)],
        "Orvel Bank": [Target("orvel-bank", loc, False)],
        "Dunmere Cay": [Target("dunmere-cay", loc, False)],
    }
    claimed = {
        "tamsa-jiao": "kelvan-reef",
        "orvel-bank": "no-such-place",
        "ghost-name": "dunmere-cay",
    }
    return dataclasses.replace(gazetteer(), surfaces=surfaces, claimed=claimed)


def test_an_invented_gazetteer_gives_the_scans_pairs():
    gaz = _invented()
    pairs = _pairs(gaz)
    assert [(c, p) for c, p, _, _ in pairs] == [("tamsa-jiao", "kelvan-reef")]
    assert _as_patterns(pairs) == _patterns_of(_scanned(gaz))
    _, _, claim_rx, place_rx = pairs[0]
    assert claim_rx.search("the Tamsa Jiao outpost") and claim_rx.search("near Tamsa")
    assert place_rx.search("at Kelvan Shoal") and not place_rx.search("Tamsa Jiao")


def test_a_surface_of_two_keys_counts_for_each():
    gaz = _invented()
    gaz = dataclasses.replace(gaz, claimed={"tamsa-town": "kelvan-reef"})
    (pair,) = _pairs(gaz)
    # "Tamsa Jiao" names the other key only
    assert pair[0] == "tamsa-town" and pair[2].pattern == r"(?<![\w-])(?:Tamsa)(?![\w-])"


def test_the_packaged_gazetteer_gives_the_scans_pairs():
    gaz = dataclasses.replace(gazetteer())  # a fresh copy: nothing derived yet
    assert gaz.claimed
    assert _as_patterns(_pairs(gaz)) == _patterns_of(_scanned(gaz))


def test_joined_claims_still_joins_an_aside_and_keeps_a_list_apart():
    gaz = _invented()
    joined = joined_claims([["Kelvan Reef, known in Varsk as Tamsa Jiao, lies east."]], gaz)
    assert joined == {"tamsa-jiao": "kelvan-reef"}
    apart = joined_claims([["Kelvan Reef and Tamsa Jiao were both patrolled."]], gaz)
    assert apart == {}
