"""A speech verb in -s after a subject holding "and" is the plural noun ("Northern and Orvan
states later impose ...") only when the subject is no one speaker (review revE19 of round
robust19: "Bosnia and Herzegovina states that ..." and "The Red Cross and Red Crescent
Movement states that ..." had lost their speaker)."""

import pytest

from briefbook.analysis.hedges import attribution


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a speech complement after the verb
        (
            "The Velan Red Cross and Red Crescent Society states that 12 people died.",
            "Velan Red Cross and Red Crescent Society",
        ),
        (
            "The Ministry of Labour and Social Policy reports that 40 families fled.",
            "Ministry of Labour and Social Policy",
        ),
        # one country named with "and"
        ("Bosnia and Herzegovina states that it will comply.", "Bosnia and Herzegovina"),
        ("Trinidad and Tobago claims the vessel.", "Trinidad and Tobago"),
    ],
)
def test_one_speaker_named_with_and_keeps_its_speech(text, speaker):
    assert attribution(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # near misses: states in the plural, a plural verb after them
        "Northern and Orvan states later impose a curfew on the border towns.",
        "Velan and Ostland claims differ on the toll.",
    ],
)
def test_a_coordination_of_states_stays_the_noun(text):
    assert attribution(text)[0] is None
