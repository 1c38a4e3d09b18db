"""The Situation by domain and the indicators (round audit10; invented sentences of the
shapes seen on unseen pages): a blast reported as the event is military ("a wave of
explosions occurred within pagers used by the militia"), not ungrouped; a forward modal of a
diffuse effect with a longer phrase before its noun ("may have the most far-reaching
effects") names no observable act and is no indicator. Near misses: an economic "boom" or a
figure of speech is no blast, a modal before an act ("will have three brigades ready by
Friday") stays an indicator."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import domain_of, is_indicator, names_vague_effect


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday afternoon, a wave of explosions occurred within radios used by Varn "
        "militia operatives across Ostland.",
        "A blast tore through the Kelvo bus station on Monday.",
        "Two devices detonated near the Lanmouth checkpoint overnight.",
    ],
)
def test_a_blast_is_a_military_event(text):
    assert domain_of(text) == "military"


@pytest.mark.parametrize(
    "text",
    [
        "Grain prices rose by a fifth in Lanmouth markets after the harvest failed.",
        "The minister met the Varn envoy in Kelvo on Monday.",
    ],
)
def test_other_domains_keep_theirs(text):
    assert domain_of(text) != "military"


@pytest.mark.parametrize(
    "text",
    [
        "The psychological aspect may have the most far-reaching effects, potentially "
        "outweighing the direct harm to the militia's fighters.",
        "The vote will have a decisive bearing on the coalition.",
    ],
)
def test_a_diffuse_effect_is_no_indicator(text):
    assert names_vague_effect(text)
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ostland army will have three brigades ready on the Amsel by Friday.",
        "The militia may attack the Kelvo depot again next week.",
    ],
)
def test_an_act_ahead_stays_an_indicator(text):
    assert not names_vague_effect(text)
    assert is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        # the date right after the verb dates the speaking: a report of words, nothing to watch
        "The Varn militia announced on May 12, 2025, that it would disband and end its armed "
        "struggle against Ostland, following a congress held in the hills from May 5-7, 2025.",
        "The militia said on Monday that it would disarm.",
        "The junta declared last week that it would leave the regional bloc.",
    ],
)
def test_the_date_of_the_speaking_makes_no_indicator(text):
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        # a time of what the words report stays one, after the speaking's date or without it
        "The militia said on Monday it would hold talks with Kelvo by March.",
        "The ministry said it would reopen the crossing on Friday.",
        "The army said it would stay in the town for two weeks.",
    ],
)
def test_a_time_of_what_is_reported_keeps_the_indicator(text):
    assert is_indicator(text)
