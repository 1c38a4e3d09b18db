"""The first word of a speaker's words after a transcript's speaker label opens a sentence
(trialA24; invented lines of the shape of a US government transcript): "Well" of "SECRETARY OF
DEFENSE ANA SOL: Well, thank you ..." is no place. Near miss: a name after the label's words
("... Well, Kelvo Tarrow told us ...") and a label-less sentence keep their spans.
"""

from __future__ import annotations

from briefbook.analysis.name_typer import candidates, shipped_name_typer


def test_the_word_after_a_speaker_label_is_an_opening_word() -> None:
    [c] = candidates(
        "SECRETARY OF DEFENCE ANA SOL: Well, thank you for joining us this morning.",
        opening=frozenset({"well"}),
    )
    assert c.words == ("SECRETARY", "OF", "DEFENCE", "ANA", "SOL")
    [spans] = shipped_name_typer().spans(
        ["SECRETARY OF DEFENCE ANA SOL: Well, thank you for joining us this morning."]
    )
    line = "SECRETARY OF DEFENCE ANA SOL: Well, thank you for joining us this morning."
    assert not any(line[s:e] == "Well" for s, e, _ in spans)


def test_near_miss_other_capitalised_words_stay_candidates() -> None:
    got = candidates(
        "GEN. TARVO: Well, Kelvo Tarrow told us the depot burned.", opening=frozenset({"well"})
    )
    assert ("Kelvo", "Tarrow") in [c.words for c in got]
    got = candidates("They drilled a Well near Varn.", opening=frozenset({"well"}))
    assert [(c.words, c.first) for c in got] == [
        (("They",), True),
        (("Well",), False),
        (("Varn",), False),
    ]
