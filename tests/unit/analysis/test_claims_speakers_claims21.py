"""Who a figure belongs to (round claims21; invented sentences, no third-party text).

1. A main clause followed by ", with X saying ..." and telling no speech of its own is the
   writer's: only the figures after the participle are X's. Near miss: a main clause with
   its own speaker keeps that speaker.
2. A body that revises, updates, lowers or corrects a toll tells it: it is the figures'
   originator. Near misses: a body revising something else, and an event that raises a toll,
   tell none.
"""

from __future__ import annotations

from briefbook.analysis.pipeline import analyse
from briefbook.evaluation.corroboration import _document


def _claims(text: str) -> dict[str, str | None]:
    doc = _document("S1", text, "2031-02-03")
    return {c.text: c.attributed_to for c in analyse([doc]).claims}


def test_a_main_clause_before_a_trailing_with_saying_is_the_writers() -> None:
    got = _claims(
        "Three rockets struck the fuel depot in Tarvo on Monday, with the regional governor "
        "saying at least four people were hurt."
    )
    assert got["Three rockets"] is None
    assert "governor" in str(got["at least four people"])


def test_near_miss_a_main_clause_with_its_own_speaker_keeps_it() -> None:
    got = _claims(
        "Three rockets struck the fuel depot in Tarvo on Monday, the army said, with the "
        "regional governor saying at least four people were hurt."
    )
    assert got["Three rockets"] == "army"


def test_a_body_that_revises_a_toll_tells_it() -> None:
    got = _claims(
        "After the meeting, the ministry revised the death toll to 12 civilians and four "
        "police officers."
    )
    assert got["12 civilians"] == "ministry"
    assert got["four police officers"] == "ministry"
    assert _claims("Officials in Varsk updated the toll to 9 after a recount.")["9"] is not None


def test_near_miss_revising_something_else_tells_no_toll() -> None:
    got = _claims("The army revised its plans after 30 soldiers were killed near Varsk.")
    assert got["30 soldiers"] is None


def _figures(text: str) -> dict[str, tuple[float | None, str]]:
    doc = _document("S1", text, "2031-02-03")
    return {c.text: (c.low, c.counts) for c in analyse([doc]).claims}


def test_a_list_of_earlier_figures_ending_respectively_keeps_its_last_figure() -> None:
    # 3. "up from 10 and three respectively": "respectively" is no counted noun
    got = _figures(
        "The ministry revised the death toll to 12 civilians and four police officers, up "
        "from 10 and three respectively."
    )
    assert got["10"][0] == 10 and got["three"][0] == 3


def test_near_miss_a_counted_noun_before_respectively_stays_counted() -> None:
    got = _figures("Shelling killed 5 and 7 people respectively in Varsk and Tarvo.")
    assert got["7 people"] == (7, "people")
