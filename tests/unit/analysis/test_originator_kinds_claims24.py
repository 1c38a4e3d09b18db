"""Originator kinds of round claims24 (invented sentences, no third-party text):

* a second clause told with "stated" ("..., while the Varsk-based Monitor for Rights stated at
  least 19 were killed") gives its figures to its own speaker, not to the body the first
  clause cited; near miss: a sentence with one speaker keeps it;
* a body set off by a long appositive that has documented or identified the dead ("The Delta
  Front, a rebel militia fighting in the west, has identified 26 villagers among the
  deceased") originates them, not the body of the sentence before; near miss: a body that
  seized something after its appositive tells no figure.
"""

from __future__ import annotations

from briefbook.analysis.pipeline import analyse
from briefbook.ingest import read_document


def _claims(tmp_path, text: str) -> list[tuple[object, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text("A report\n\n" + text + "\n", encoding="utf-8")
    result = analyse([read_document(path, "S1")])
    return [(c.quantity, c.attributed_to) for c in result.claims]


def test_a_second_clause_told_with_stated_is_its_speakers(tmp_path) -> None:
    found = dict(
        _claims(
            tmp_path,
            "A car bomb hit a market in Tarvo on Sunday. The state news agency, citing the "
            "Health Ministry, reported the death toll, while the Varsk-based Monitor for Rights "
            "stated at least 19 were killed.",
        )
    )
    assert "Monitor for Rights" in str(found[19]), found


def test_near_miss_one_speaker_keeps_the_figures(tmp_path) -> None:
    found = dict(_claims(tmp_path, "The Health Ministry stated at least 19 were killed in Tarvo."))
    assert "Health Ministry" in str(found[19]), found


def test_a_body_after_a_long_appositive_that_identified_the_dead_tells_them(tmp_path) -> None:
    found = dict(
        _claims(
            tmp_path,
            "The Exile Council confirmed that the death toll has exceeded 40 civilians. The "
            "Delta Front, a powerful rebel militia fighting in the west, has identified 26 "
            "villagers among the deceased and documented 12 others who sustained injuries.",
        )
    )
    assert "Delta Front" in str(found[26]), found
    assert "Delta Front" in str(found[12]), found


def test_near_miss_a_body_that_seized_a_town_tells_no_figure(tmp_path) -> None:
    found = dict(
        _claims(
            tmp_path,
            "The Delta Front, a powerful rebel militia fighting in the west, has seized 3 "
            "bridges near Tarvo.",
        )
    )
    assert found[3] is None, found


def test_a_quotation_run_on_into_the_next_paragraph_keeps_its_speaker(tmp_path) -> None:
    found = dict(
        _claims(
            tmp_path,
            'Floods hit Varsk on Monday. "We pulled 14 bodies from the river. The search goes '
            'on.\n\n"At least 30 people are missing," Governor Ana Petrovic said.',
        )
    )
    assert "Petrovic" in str(found[14]), found
    assert "Petrovic" in str(found[30]), found


def test_near_miss_a_closed_quotation_gets_no_later_speaker(tmp_path) -> None:
    found = dict(
        _claims(
            tmp_path,
            'Floods hit Varsk on Monday. "We pulled 14 bodies from the river." The rain '
            'stopped.\n\n"At least 30 people are missing," Governor Ana Petrovic said.',
        )
    )
    assert found[14] is None, found


def test_the_agent_of_a_tolls_revision_tells_the_toll(tmp_path) -> None:
    found = dict(
        _claims(
            tmp_path,
            "Blasts on Sunday rocked Karsia, killing at least 212 people (death toll revised "
            "down from 290 by the authorities).",
        )
    )
    assert "authorities" in str(found[212]), found
    assert "authorities" in str(found[290]), found


def test_near_miss_a_toll_with_no_revision_is_the_writers(tmp_path) -> None:
    found = dict(_claims(tmp_path, "Blasts on Sunday rocked Karsia, killing at least 212 people."))
    assert found[212] is None, found
