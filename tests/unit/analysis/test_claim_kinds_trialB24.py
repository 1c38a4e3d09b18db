"""Claim kinds misread in a new-analyst trial on maritime strikes (invented sentences of the
same shapes; no third-party text).

A counted phrase written in quotation marks right after its numeral (two "precision
strikes", three 'deadly raids') is still what the numeral counts: the quote mark no longer
leaves the figure bare, so a bare "two" next to "executed" is no longer two people killed.
Near misses: a quotation that opens with a verb or a preposition after a figure ("12 "in
cold blood"") still counts nothing of its own, and the unquoted phrase reads as before.

A participle used as the adjective of another noun after the counted one ("five boats
operated by designated smuggling groups", "four tankers run by sanctioned firms") describes
that other noun: the boats were not designated or sanctioned. Near misses: the same verb as
the counted thing's own verb ("five boats were designated", "the ministry designated five
groups") stays a sanction.
"""

from __future__ import annotations

from briefbook.analysis.claims import find_claims


def _rows(text: str) -> list[tuple[object, str, str | None]]:
    return [(c.quantity, c.counts, c.event) for c in find_claims(text, "S1.1")]


def test_a_quoted_counted_phrase_is_what_the_numeral_counts() -> None:
    rows = _rows(
        'The minister said the raid, consisting of two "precision strikes," was executed at night.'
    )
    assert rows == [(2, "precision strikes", "struck")], rows


def test_a_single_quoted_counted_phrase_is_what_the_numeral_counts() -> None:
    rows = _rows("Colonel Varo said three 'deadly raids' hit the harbour of Oskel.")
    assert rows and rows[0][:2] == (3, "deadly raids"), rows
    assert all(event != "killed" for _, _, event in rows), rows


def test_near_miss_the_unquoted_phrase_reads_as_before() -> None:
    rows = _rows(
        "The minister said the raid, consisting of two precision strikes, was executed at night."
    )
    assert rows == [(2, "precision strikes", "struck")], rows


def test_near_miss_a_quotation_opening_with_a_preposition_counts_nothing_new() -> None:
    rows = _rows('Gunmen executed 12 "in cold blood" in the square of Velk, the mayor said.')
    assert rows and rows[0][:1] == (12,) and rows[0][2] == "killed", rows


def test_near_miss_executed_prisoners_stay_killed() -> None:
    assert _rows("The council said three prisoners were executed at dawn.") == [
        (3, "prisoners", "killed")
    ]


def test_a_participle_of_another_noun_is_no_event_of_the_count() -> None:
    rows = _rows(
        "The navy said it stopped five boats operated by designated smuggling groups in the strait."
    )
    assert rows and rows[0][:2] == (5, "boats"), rows
    assert rows[0][2] != "sanctioned", rows
    rows = _rows("Patrols tracked four tankers run by sanctioned shipping firms near Oskel.")
    assert rows and rows[0][:2] == (4, "tankers"), rows
    assert rows[0][2] != "sanctioned", rows


def test_near_miss_the_counts_own_designation_stays_a_sanction() -> None:
    assert _rows("The ministry designated five groups as terrorist organisations.") == [
        (5, "groups", "sanctioned")
    ]
    assert _rows("Five boats were designated as smuggling vessels by the ministry.") == [
        (5, "boats", "sanctioned")
    ]


def test_near_miss_the_participle_as_a_noun_before_its_verb_keeps_its_event() -> None:
    rows = _rows(
        "The minister of Tarvo confirmed the toll, saying that the number of injured "
        "ranged between 310 and 340."
    )
    assert rows and rows[0][2] == "wounded", rows


def test_a_designated_name_after_a_preposition_makes_no_sanction_of_the_count() -> None:
    rows = _rows(
        "The targets were identified as five boats operated by Designated Smuggling Groups "
        "(DSG) carrying fuel in the strait."
    )
    assert rows and rows[0][:2] == (5, "boats"), rows
    assert rows[0][2] != "sanctioned", rows


def test_near_miss_targets_beside_a_real_designation_stay_a_sanction() -> None:
    rows = _rows("The ministry designated the firms and identified five boats as targets.")
    assert (5, "boats", "sanctioned") in rows, rows


def _wheres(text: str) -> list[tuple[object, str | None]]:
    return [(c.quantity, c.where) for c in find_claims(text, "S1.1")]


def test_a_toll_in_two_coordinated_places_is_placed_in_both() -> None:
    assert _wheres("The navy has killed roughly 40 people in the Arafura Sea and Timor Sea.") == [
        (40, "the Arafura Sea and Timor Sea")
    ]
    assert _wheres("Shelling killed 12 people in Kharkiv and Sumy on Sunday.") == [
        (12, "Kharkiv and Sumy")
    ]


def test_near_miss_a_second_clause_or_a_speaker_after_and_keeps_one_place() -> None:
    assert _wheres("Shelling killed 12 people in Kharkiv and wounded 30 in Sumy.") == [
        (12, "Kharkiv"),
        (30, "Sumy"),
    ]
    assert _wheres("Shelling killed 12 people in Kharkiv and Ana Sol said more died.")[0] == (
        12,
        "Kharkiv",
    )
