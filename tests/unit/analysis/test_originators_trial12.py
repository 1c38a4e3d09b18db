"""A body named with its seat speaks, not the place that locates it (invented sentences of
the shape a new-analyst trial misread: "The British Embassy in X confirmed ...")."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import attribution


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Vendran Embassy in Dorvia confirmed the deaths of two sailors.", "Vendran Embassy"),
        (
            "The Vendran Embassy in Dorvia initially confirmed the deaths of two sailors.",
            "Vendran Embassy",
        ),
        ("The Maritime Office at Port Kesh said three ships turned back.", "Maritime Office"),
        # no body's head before "in": the place stays part of who speaks
        ("Residents in Dorvia said two sailors died.", "Residents in Dorvia"),
    ],
)
def test_a_body_in_its_seat_is_the_speaker(text: str, speaker: str) -> None:
    assert attribution(text)[0] == speaker
