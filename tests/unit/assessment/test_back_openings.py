"""An opening that names its event only as following the one before ("In the ensuing
fighting, ...") does not read on its own (invented sentences of a border-crisis trial)."""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import needs_context


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("In the ensuing fighting near the bridge, four militiamen were killed.", True),
        ("The resulting blast destroyed two homes in Ostra.", True),
        ("Subsequent raids on the depot left five guards wounded.", True),
        ("During the aforementioned standoff, police sealed the border crossing.", True),
        # the event named in the sentence itself: reads on its own
        ("Militia fighters killed four guards near the Ostra bridge on Friday.", False),
        ("Fighting ensued near the bridge after the convoy was stopped.", False),
    ],
)
def test_an_opening_that_follows_the_event_before_needs_context(text, needs) -> None:
    assert needs_context(text) is needs


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("Sure, the minister could play to his base with complaints about the border.", True),
        ("Granted, the militia could still shell the port of Ostra.", True),
        ("Admittedly, the army has pulled some units back from the border.", True),
        ("Of course, the council may yet vote against the mission.", True),
        # the word inside a name or not as a concession reads on its own
        ("Sure Foods said its depot in Ostra was looted.", False),
        ("The minister said he was sure the convoy would reach Ostra.", False),
    ],
)
def test_a_concession_opening_sets_up_the_next_sentence(text, needs) -> None:
    assert needs_context(text) is needs
