"""A relative clause in the subject before "also" may hold a figure with a thousands comma
("The army, which has 40,000 troops in the region, also said ..."): the comma is the
figure's, not the clause's end (review revE19 of round trial21, a gap of its rule)."""

from __future__ import annotations

from briefbook.assessment.readability import refers_back


def test_a_figure_in_the_relative_clause_keeps_also_referring_back() -> None:
    assert refers_back(
        "The Velan army, which has 40,000 troops near Ostvik, also said it would withdraw."
    )


def test_near_miss_a_figure_in_the_relative_clause_with_no_also_stands_alone() -> None:
    assert not refers_back(
        "The Velan army, which has 40,000 troops near Ostvik, said it would withdraw."
    )
