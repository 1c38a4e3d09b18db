"""Claim kinds misread on last session's blind claim sets (round claims24; invented sentences
of the same shapes, no third-party text), each with a near miss that must not change:

* a toll whose own phrase names its cause, place and day at length before "has risen to N"
  (more than 100 characters from "toll" to its figure) still counts the dead;
* an attack noun with a time adjunct before the places it hit ("shootings during evening
  prayers at two chapels") struck them; a bare casualty figure after a count of places or
  things counts people, never chapels;
* a verb of passing a mark ("the toll has exceeded 40", "surpassed 2,000") is a lower bound;
* a bound or approximation before the first of two parallel figures ("at least 9 dead and 14
  injured", "about 60 percent of X and 30 percent of Y") bounds the second too; a second
  clause with a verb of its own ("were killed and 145 wounded") or a different counted thing
  ("more than 40 drones and 6 missiles") keeps the second exact.
"""

from __future__ import annotations

from briefbook.analysis.claims import find_claims


def _claims(text: str) -> list[tuple[object, object, object, str | None, str]]:
    return [(c.quantity, c.low, c.high, c.event, c.counts) for c in find_claims(text, "S1.1")]


def _by_value(text: str) -> dict[object, tuple[object, object, str | None, str]]:
    return {q: (low, high, event, counts) for q, low, high, event, counts in _claims(text)}


def test_a_long_toll_phrase_still_counts_the_dead() -> None:
    found = _by_value(
        "The death toll from the coordinated shootings during evening prayers at two chapels "
        "in the northern river town of Bessamor-Kettle has risen to 31, with another 40 people "
        "hurt, the regional police said."
    )
    assert found[31][2] == "killed", found
    assert found[2][2] == "struck", found


def test_near_miss_a_short_toll_phrase_is_unchanged() -> None:
    found = _by_value("The death toll from the shootings at two chapels has risen to 31.")
    assert found[31][2:] == ("killed", "people"), found
    assert found[2][2] == "struck", found


def test_an_attack_noun_past_a_time_adjunct_struck_its_places() -> None:
    assert (3, 3, 3, "struck", "villages") in _claims(
        "Raids overnight on three villages left 11 people dead."
    )


def test_near_miss_an_attack_in_a_place_is_no_count_of_targets() -> None:
    # the figure counts people; no attack noun governs it through "at"/"on"
    found = _by_value("Attacks in the district on Monday killed three farmers.")
    assert found[3][2:] == ("killed", "farmers"), found


def test_a_bare_toll_after_a_count_of_places_counts_people() -> None:
    found = _by_value("Gunmen stormed two villages and killed 17.")
    assert found[17][2:] == ("killed", "people"), found


def test_near_miss_a_bare_figure_after_a_count_of_people_keeps_them() -> None:
    found = _by_value("Troops killed 12 insurgents and wounded 30.")
    assert found[30][2:] == ("wounded", "insurgents"), found


def test_a_verb_of_passing_a_mark_is_a_lower_bound() -> None:
    found = _by_value("The confirmed death toll has exceeded 40 villagers.")
    assert found[40][:3] == (41, None, "killed"), found
    found = _by_value("The number of displaced people surpassed 2,000 on Friday.")
    assert found[2000][:2] == (2001, None), found


def test_near_miss_a_plain_toll_is_exact() -> None:
    found = _by_value("The confirmed death toll is 40 villagers.")
    assert found[40][:2] == (40, 40), found


def test_a_bound_before_two_parallel_counts_bounds_both() -> None:
    found = _by_value("The toll has risen to at least 9 dead and 14 injured, officials said.")
    assert found[9][:3] == (9, None, "killed"), found
    assert found[14][:3] == (14, None, "wounded"), found


def test_an_approximation_before_two_parallel_shares_covers_both() -> None:
    found = _by_value(
        "About 60 percent of the valley's grain and 30 percent of its fuel arrive through the pass."
    )
    assert found[60][:2] == (54, 66), found
    assert found[30][:2] == (27, 33), found


def test_near_miss_a_second_clause_keeps_its_figure_exact() -> None:
    found = _by_value("At least 60 people were killed and 145 wounded on Friday.")
    assert found[145][:2] == (145, 145), found
    found = _by_value("Karsia launched more than 40 drones and 6 missiles overnight.")
    assert found[6][:2] == (6, 6), found
    found = _by_value("About 30 percent of the roads were cut and 40 percent of the bridges fell.")
    assert found[40][:2] == (40, 40), found


def test_members_of_the_group_of_the_dead_were_killed() -> None:
    found = _by_value(
        "The group of the deceased includes a major, a corporal and seven border guards, "
        "the provincial office said."
    )
    assert found[7][2] == "killed", found
    found = _by_value("The clinic counted 14 herders among the deceased.")
    assert found[14][2] == "killed", found


def test_people_who_sustained_injuries_were_wounded() -> None:
    found = _by_value("Medics treated 23 people who sustained injuries.")
    assert found[23][2] == "wounded", found


def test_near_miss_survivors_and_people_unhurt_are_no_casualties() -> None:
    found = _by_value("Rescuers found 14 herders among the survivors.")
    assert found[14][2] != "killed", found
    found = _by_value("Police detained 12 men who suffered no injuries.")
    assert found[12][2] == "detained", found


def test_munitions_as_the_subject_of_their_impact_struck() -> None:
    found = _by_value("Two rockets struck the ferry terminal, killing at least 8 people.")
    assert found[2][2] == "struck", found
    found = _by_value("At least 5 people died as three guided missiles hit the northern town.")
    assert found[3][2] == "struck", found


def test_near_miss_munitions_fired_or_used_were_launched() -> None:
    assert _by_value("Karsia fired three missiles at the port.")[3][2] == "launched"
    assert _by_value("The army used 40 drones in the raid.")[40][2] == "launched"


def test_near_miss_a_bound_on_a_named_count_stays_with_it() -> None:
    found = _by_value("A spokesman cited at least 9 soldiers killed and 30 wounded.")
    assert found[30][:2] == (30, 30), found


def test_a_part_with_its_own_verb_of_no_event_is_no_share_of_the_arrest() -> None:
    found = _by_value("Police detained 140 marchers, at least six of whom were tortured.")
    assert found[140][2] == "detained", found
    assert found[6][2] == "other", found


def test_near_miss_a_breakdown_of_the_whole_keeps_its_event() -> None:
    found = _by_value("Police detained 140 marchers, at least six of whom were women.")
    assert found[6][2] == "detained", found


def test_people_present_at_an_occasion_are_a_size_not_a_toll() -> None:
    found = _by_value("The attack occurred during a wedding attended by about 400 guests.")
    assert found[400][2] == "other", found


def test_near_miss_guests_killed_at_an_occasion_are_a_toll() -> None:
    found = _by_value("The blast tore through a wedding and killed 40 guests.")
    assert found[40][2] == "killed", found


def test_fighters_as_the_subject_of_an_assault_were_deployed() -> None:
    found = _claims("Footage showed dozens of militants overrunning the checkpoint.")
    assert [event for *_, event, _ in found] == ["deployed"], found
    found = _by_value("About 60 gunmen stormed the barracks at dawn.")
    assert found[60][2] == "deployed", found


def test_near_miss_fighters_captured_or_attacked_are_no_attackers() -> None:
    assert _by_value("Troops captured 40 insurgents in the raid.")[40][2] == "captured"
    assert _by_value("Troops attacked 40 militants near the post.")[40][2] != "deployed"


def test_a_split_verb_before_a_partitive_is_the_acts_toll() -> None:
    found = find_claims("Raiders rounded up 30 herders and shot 11 of them dead.", "S1.1")
    eleven = next(c for c in found if c.quantity == 11)
    assert (eleven.event, eleven.part) == ("killed", False)


def test_near_miss_a_partitive_subject_is_a_part_of_the_group() -> None:
    found = find_claims("Raiders rounded up 30 herders; 11 of them were later shot dead.", "S1.1")
    eleven = next(c for c in found if c.quantity == 11)
    assert (eleven.event, eleven.part) == ("killed", True)


def test_bodies_named_as_the_parties_of_a_joint_act_are_no_toll() -> None:
    assert _claims("The two bodies held a joint press conference in Velk on Tuesday.") == []
    assert _claims("The three agencies jointly appealed for help.") == []


def test_near_miss_bodies_found_near_a_joint_post_are_a_toll() -> None:
    found = _by_value("Police found two bodies near the joint border post.")
    assert found[2][2] == "killed", found
