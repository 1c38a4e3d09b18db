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
