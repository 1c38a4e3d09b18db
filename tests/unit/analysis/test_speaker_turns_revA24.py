"""Speaker labels, review revA24 (invented lines): a piece's own section heading in capitals
("TIMELINE:", "READOUT:", "SPECIAL REPORT:"), an analyst's abbreviation ("BLUF:",
"SITREP:", "OSINT:") or an ordinary word's plural ("CASUALTIES:",
"RECOMMENDATIONS:") names no speaker; near misses: a titled name ("GEN. TARVO:", "MR.
LIND:") and a bare surname ("KELVANI:") stay speaker labels."""

from __future__ import annotations

import pytest

from briefbook.analysis.speaker_turns import speaker_label, turn_speakers


@pytest.mark.parametrize(
    "text",
    [
        "TIMELINE: How the siege of Velk unfolded.",
        "READOUT: The secretary spoke with his Karsian counterpart.",
        "SPECIAL REPORT: Inside the siege of Velk.",
        "CASUALTIES: At least 12 people were killed in Orsk.",
        "RECOMMENDATIONS: Donors should fund the appeal.",
        "BLUF: Karsia will likely renew its offensive near Velk.",
        "SITREP: Fighting continued near Velk overnight.",
        "OSINT: Footage shows the strike on the depot.",
    ],
)
def test_a_heading_in_capitals_names_no_speaker(text: str) -> None:
    assert speaker_label(text) is None


def test_a_heading_opens_no_turn() -> None:
    assert turn_speakers(
        ["CASUALTIES: At least 12 people were killed.", "Drones struck the depot."]
    ) == [None, None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GEN. TARVO: We struck the depot.", "Tarvo"),
        ("MR. LIND: Thank you.", "Lind"),
        ("KELVANI: We will hold the pass.", "Kelvani"),
    ],
)
def test_near_miss_a_speakers_label_stays(text: str, name: str) -> None:
    found = speaker_label(text)
    assert found is not None and found[1] == name, found
