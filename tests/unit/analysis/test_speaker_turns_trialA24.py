"""A transcript's speaker turns (trialA24; invented lines of the shape of US government press
conference transcripts, no third-party text): after "SECRETARY OF DEFENSE ANA SOL:" every
sentence to the next label is the secretary's, "We struck the depot" and "The operation was
flawless" included; a questioner's label ("Q:") ends the turn. Near misses: a dateline in
capitals ("KESTRA CITY:" of a place), a heading's word ("UPDATE:") or a sentence with no
label leave the source's own voice as it was; a sentence that names its own speaker keeps
that speaker.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.attribution import originators
from briefbook.analysis.speaker_turns import speaker_label, turn_speakers


def _origins(*lines: tuple[str, int]) -> list[str | None]:
    out = originators([(f"S1.{i + 1}", text, p) for i, (text, p) in enumerate(lines)])
    return [out[f"S1.{i + 1}"] for i in range(len(lines))]


def test_the_sentences_of_a_turn_are_the_speakers() -> None:
    got = _origins(
        ("SECRETARY OF DEFENSE ANA SOL: Thank you for joining us this morning.", 0),
        ("Last night our forces struck two fuel depots near Varn.", 0),
        ("The operation was flawless and the depots are destroyed.", 0),
        ("We will not hesitate to strike again.", 1),
    )
    assert got == ["Ana Sol"] * 4


def test_a_second_label_opens_the_next_speakers_turn() -> None:
    got = _origins(
        ("SECRETARY OF DEFENSE ANA SOL: The order was clear.", 0),
        ("Our pilots performed superbly.", 0),
        ("GEN. TARVO KESSEL: Thank you, Madam Secretary.", 1),
        ("Initial assessments indicate that both depots sustained severe damage.", 1),
    )
    assert got == ["Ana Sol", "Ana Sol", "Tarvo Kessel", "Tarvo Kessel"]


def test_a_surname_label_is_the_speaker_named_in_full_before() -> None:
    got = _origins(
        ("SECRETARY OF DEFENSE ANA SOL: The order was clear.", 0),
        ("Q: Madam Secretary, how many depots were hit?", 1),
        ("SECRETARY SOL: Two depots were hit.", 2),
    )
    assert got[0] == "Ana Sol" and got[2] == "Ana Sol"


def test_a_questioners_turn_is_not_the_previous_speakers() -> None:
    got = _origins(
        ("GEN. TARVO KESSEL: The depots are gone.", 0),
        ("Q: Were civilians killed in the strikes?", 1),
        ("The fire spread to nearby homes overnight.", 1),
    )
    assert got[0] == "Tarvo Kessel"
    assert got[1:] == [None, None]


def test_a_sentence_naming_its_own_speaker_keeps_it() -> None:
    got = _origins(
        ("SECRETARY OF DEFENSE ANA SOL: Thank you.", 0),
        ("President Mira Dalen said the strikes would continue.", 0),
    )
    assert got == ["Ana Sol", "Mira Dalen"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("SECRETARY OF DEFENSE ANA SOL: Thank you.", ("SECRETARY OF DEFENSE ANA SOL", "Ana Sol")),
        ("GEN. TARVO: Thank you.", ("GEN. TARVO", "Tarvo")),
        ("MR. KESSEL: Good afternoon.", ("MR. KESSEL", "Kessel")),
        ("THE PRESIDENT: Thank you very much.", ("THE PRESIDENT", "President")),
        ("Q: How many?", ("Q", None)),
        ("QUESTION: Sir, one more?", ("QUESTION", None)),
    ],
)
def test_speaker_labels(text: str, label: tuple[str, str | None]) -> None:
    assert speaker_label(text) == label


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The council met again on Friday.",
        "BREAKING NEWS: Two depots burn near Varn.",
        "KYIV: Officials said two depots burned.",
        "WHAT WE KNOW: The strike hit two depots.",
        "Note: figures are provisional.",
        "The strike hit two depots: one in Varn and one in Tarsk.",
    ],
)
def test_near_miss_no_speaker_label(text: str) -> None:
    assert speaker_label(text) is None


def test_near_miss_a_dateline_or_heading_word_leaves_the_writers_voice() -> None:
    got = _origins(
        ("UPDATE: Two fuel depots near Varn burned overnight.", 0),
        ("The operation was described as flawless.", 0),
    )
    assert got == [None, None]
    assert turn_speakers(["No label here.", "Nor here."]) == [None, None]
