"""Originator kinds found reading a briefing on an unseen theatre (invented sentences of the
same shape): a speaker named in its own sentence by capitalised words before a common noun
("The United Nations migration agency said"), a name opened by a particle ("al-Dalo
stated"), a body named in a later paragraph of the writer's own analysis, and an "It" of
extraposition ("It remains unclear whether ...")."""

from __future__ import annotations

from builders import names_word as _has
from builders import originators_of as _run


def test_a_common_noun_after_a_name_is_the_speaker_named_in_the_sentence() -> None:
    got = _run(
        "The Northern Front said it had taken the port of Vendra.",
        "The United Nations migration agency said on Monday that 26,000 people had fled.",
        "The UN refugee agency estimated that 9,000 crossed the border.",
    )
    assert _has(got[1], "migration agency") and _has(got[1], "United Nations")
    assert _has(got[2], "refugee agency")
    assert not _has(got[1], "Front") and not _has(got[2], "Front")


def test_a_clause_opener_is_no_part_of_the_speakers_name() -> None:
    got = _run(("While the army said the road was open, 40 trucks waited at the crossing.",))
    assert got[0] is None or not _has(got[0], "While")


def test_a_name_opened_by_a_particle_is_a_speaker() -> None:
    got = _run(
        "In a televised address, al-Dalo stated that 300 soldiers had left the port.",
        "Council Leader Omar al-Dalo has said that the army had left the port.",
        "The Chairman of the Council, Omar al-Dalo announced on Monday that the army is "
        "leaving the port, citing killings by the Northern Front [NF], who had earlier "
        "declared control of the port.",
    )
    assert all(_has(g, "al-Dalo") for g in got), got


def test_a_body_named_in_the_writers_own_later_paragraph_is_not_its_speaker() -> None:
    got = _run(
        (
            "The rebels seized the port on Sunday.",
            "The army claimed to have repelled the first assault and killed 40 rebels.",
        ),
        (
            "The loss of the port will likely push the army to defend the capital.",
            "It remains unclear whether foreign backers will cut their support.",
        ),
    )
    assert _has(got[1], "army")
    assert got[2] is None and got[3] is None, got
