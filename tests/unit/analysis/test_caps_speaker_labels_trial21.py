"""A transcript's speaker label in capitals (invented lines of the shape of US government
transcripts met in a new-analyst trial; no third-party text): "ADMINISTRATOR MIRA
KESSELDORF: Thank you all ..." names the person after the title, and a short reply after a
label is no shouted line. Near misses: a label that is a role alone ("MODERATOR:",
"QUESTION:") or a banner in capitals names nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ADMINISTRATOR MIRA KESSELDORF: Thank you all for joining us here today.", "MIRA KESSELDORF"),
        ("AMBASSADOR KELVO TARROW: Hello, everyone.", "KELVO TARROW"),
        ("SECRETARY KELVO TARROW: Good morning, everyone.", "KELVO TARROW"),
        ("Then ADMINISTRATOR MIRA KESSELDORF spoke to the crowd about the aid.", "MIRA KESSELDORF"),
    ],
)  # fmt: skip
def test_a_title_in_capitals_before_a_name_is_no_part_of_it(tmp_path: Path, text, name) -> None:
    found = entities_of(tmp_path, text)
    assert ("person", name) in found
    assert not any(n.startswith(("ADMINISTRATOR", "AMBASSADOR", "SECRETARY")) for _, n in found)


@pytest.mark.parametrize(
    "text",
    [
        "MODERATOR: Next question, please.",
        "QUESTION: Will the talks resume on Friday?",
        "BREAKING NEWS: FIGHTING IN THE CAPITAL.",
        "Residents said FUEL PRICES doubled overnight.",
    ],
)
def test_near_miss_a_role_label_or_a_banner_names_nobody(tmp_path: Path, text) -> None:
    assert not [n for t, n in entities_of(tmp_path, text) if t == "person"]
