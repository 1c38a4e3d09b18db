"""Kinds of figures misread in a new-analyst trial on a border war between two neighbours
(invented sentences of the same shapes; no third-party text): a death told in the idiom of
martyrdom, and a count of an armed movement's members written with the movement's name
("40 Shabaab were neutralised")."""

import pytest

from briefbook.analysis.claims import find_claims


def events(text: str) -> dict[object, tuple[str, str | None]]:
    return {c.quantity: (c.counts, c.event) for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At least 14 border guards embraced martyrdom in the night raid, the army said.", 14),
        ("Nine policemen were martyred when the convoy was ambushed near the pass.", 9),
        (
            "During the fighting, 11 valiant sons of the nation embraced shahadat, the army said.",
            11,
        ),
        (
            "In this incident, three players (Ali, Omar and Saif) alongside 5 other fellow "
            "villagers from the district were martyred, and seven others were injured.",
            5,
        ),
        (
            "During the fighting, 23 brave sons of Ostland embraced shahadat while 29 soldiers "
            "sustained injuries.",
            23,
        ),
    ],
)
def test_a_death_told_as_martyrdom_is_a_killing(text, figure) -> None:
    counts, event = events(text)[figure]
    assert event == "killed", (counts, event)
    assert "martyr" not in counts and "shahadat" not in counts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("More than 40 Shabaab and allied gunmen were neutralised in the raid, the army said.", 40),
        ("The ministry said 25 Taliban were neutralised overnight.", 25),
        ("Soldiers neutralised 17 Taliban near the crossing, the statement said.", 17),
    ],
)
def test_members_counted_by_their_movement_s_name_and_neutralised_were_killed(text, figure) -> None:
    assert events(text)[figure][1] == "killed"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # near misses main reads right: a drone neutralised is intercepted; troops with no
        # cue of death stay deployed; a movement's attacks are attacks, not its members
        ("Air defence units neutralised 30 drones over the coast.", 30, "intercepted"),
        ("The army said 25 soldiers were killed in the raid.", 25, "killed"),
        ("The brigade deployed 300 troops to the border.", 300, "deployed"),
        ("The Taliban carried out 40 attacks on border posts last month.", 40, "struck"),
        ("The Martyrs Brigade said it fired 12 rockets at the base.", 12, "launched"),
    ],
)
def test_near_misses_keep_their_event(text, figure, event) -> None:
    assert events(text)[figure][1] == event


@pytest.mark.parametrize(
    ("text", "figure", "counts"),
    [
        # near misses main reads right: a cue of several words inside a name stays in it
        ("20 prisoners of war were freed.", 20, "prisoners"),
        ("Ten residents of Korval were killed in the shelling.", 10, "residents"),
    ],
)
def test_a_counted_phrase_keeps_its_words(text, figure, counts) -> None:
    assert events(text)[figure][0] == counts
