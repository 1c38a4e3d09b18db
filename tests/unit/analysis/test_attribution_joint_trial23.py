"""A joint originator is no fuller name of one of its parties (trial23; invented sentences):
after "Tarsk and Varn accused one another of launching drone attacks", a later "Varn has
denied any attacks and accused Karsian forces of killing two civilians" is Varn's word alone,
never both capitals'. A person named in full before still lends the full name to a surname
alone."""

from __future__ import annotations

from tests.builders import originators_of


def test_one_party_of_a_joint_originator_speaks_alone() -> None:
    found = originators_of(
        (
            "Early on Friday, Tarsk and Varn accused one another of launching drone attacks.",
            "Varn has denied any attacks and accused Karsian forces of killing at least two "
            "civilians.",
        )
    )
    assert found[1] == "Varn", found


def test_near_miss_a_surname_alone_takes_the_full_name_before() -> None:
    found = originators_of(
        (
            "Police chief Ana Sol said 12 people were killed in the blast.",
            "Later, Sol said the toll had risen to 14.",
        )
    )
    assert found[1] == "Ana Sol", found
