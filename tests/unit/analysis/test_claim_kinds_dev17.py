"""Claim kinds found on a development set of short reports (invented sentences, no
third-party text):

* a noun that names what befell the counted people, right before "of" and the figure ("the
  deaths of at least 12 villagers", "the bodies of six hostages were recovered"), decides the
  figure's event over a later cue of the sentence or the counted noun's own event;
* a sentence right after a toll that confirms it ("This was confirmed by the police", "The
  governor confirmed the figures") names the toll's originator;
* the whole a part is taken from ("one of the five gunmen was arrested") is not arrested or
  captured itself, as it is neither killed nor wounded;
* a stoppage of work ("on strike", "striking workers") is no attack: its count is "other";
* what gunmen "opened fire inside/on" is a target attacked ("struck"), not rounds launched.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.attribution import originators
from briefbook.analysis.claims import find_claims
from builders import originators_of


def _claims(text: str) -> list:
    """The claims of ``text`` as the pipeline reads them: with the sentence's originator."""
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


def _event_of(text: str, figure: str) -> str | None:
    claims = [c for c in _claims(text) if figure in c.text]
    assert claims, [c.text for c in _claims(text)]
    return claims[0].event


# 1. a fate noun before "of" and the figure names the figure's event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        (
            "A string of raids on two towns resulted in the death of at least 15 people, "
            "including nine policemen, with several others wounded.",
            "15",
            "killed",
        ),
        (
            "Rescuers said the bodies of six hostages were recovered when troops stormed the "
            "farmhouse.",
            "six",
            "killed",
        ),
        (
            "The clashes led to the death of 30 people and left scores of others wounded.",
            "30",
            "killed",
        ),
        (
            "Police found the remains of four farmers who had been abducted in May.",
            "four",
            "killed",
        ),
    ],
)
def test_a_fate_noun_before_the_figure_names_its_event(text: str, figure: str, event: str) -> None:
    assert _event_of(text, figure) == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # near misses: no fate noun right before "of" and the figure
        ("Gunmen seized six hostages and wounded two guards.", "six", "captured"),
        ("The blast wounded 14 people near the station.", "14", "wounded"),
        ("Five hostages were freed after the deaths of the kidnappers.", "Five", "exchanged"),
        ("Firefighters searched the remains of two houses after the blaze.", "two", "other"),
        ("The bodies of 40 soldiers were handed over at the border.", "40", "exchanged"),
        (
            "The blasts left 30 people dead and the bodies of the victims were buried.",
            "30",
            "killed",
        ),
        ("Medics treated 20 people for injuries after the death of a guard.", "20", "wounded"),
    ],
)
def test_no_fate_noun_keeps_the_event(text: str, figure: str, event: str) -> None:
    assert _event_of(text, figure) == event


# 2. a confirmation in the next sentence names the originator of the toll before it


def _first_two(*texts: str) -> list[str | None]:
    found = originators([(f"S1.{k + 1}", t, 0) for k, t in enumerate(texts)])
    return [found["S1.1"], found["S1.2"]]


@pytest.mark.parametrize(
    ("first", "second", "who"),
    [
        (
            "Raids on two border posts left at least 14 people dead, including six guards.",
            "This was confirmed by the police at a briefing on Tuesday.",
            "police",
        ),
        (
            "Clashes in the valley killed nine miners and wounded 30 others.",
            "The figures were later confirmed by the regional governor in a radio interview.",
            "governor",
        ),
        (
            "Floods swept away 40 homes and left 12 people missing.",
            "The provincial disaster agency confirmed the toll on Friday.",
            "agency",
        ),
    ],
)
def test_a_confirmation_after_a_toll_names_its_originator(
    first: str, second: str, who: str
) -> None:
    toll, confirming = _first_two(first, second)
    assert toll is not None and who in toll.lower()
    assert confirming is not None and who in confirming.lower()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # near misses: no figure before, or the next sentence confirms something else
        ("The rebels withdrew from the town at dawn.", "This was confirmed by the police."),
        (
            "Raids on two border posts left 14 people dead.",
            "The police confirmed the arrest of a suspect on Tuesday.",
        ),
        (
            "Raids on two border posts left 14 people dead.",
            "The mayor said this was a sad day for the town.",
        ),
        ('"We lost 14 men," a guard said.', "This was confirmed by the police."),
        (
            "Raids on two border posts left 14 people dead.",
            "It has not been confirmed by the police.",
        ),
    ],
)
def test_no_confirmation_leaves_the_writer_voice(first: str, second: str) -> None:
    toll, _ = _first_two(first, second)
    assert toll is None or "guard" in toll


# 3. the whole of a part that was arrested or captured keeps no such event


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("One of the five gunmen was arrested and the others fled.", "five"),
        ("Police said one of the three suspects was captured near the border.", "three"),
        ("Police detained one of the 20 men questioned.", "20"),
    ],
)
def test_the_whole_of_an_arrested_part_is_no_arrest(text: str, whole: str) -> None:
    assert _event_of(text, whole) == "other"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # near misses: the figure is the part, or no whole follows it
        ("One of the five gunmen was arrested and the others fled.", "One", "detained"),
        ("Troops captured 30 rebels and detained two of their leaders.", "30", "captured"),
        ("Six people were arrested, one of them a minor.", "Six", "detained"),
        ("Police arrested 12 of the 40 protesters.", "12", "detained"),
        ("Rebels seized 15 soldiers at the checkpoint.", "15", "captured"),
    ],
)
def test_the_part_itself_keeps_its_arrest(text: str, figure: str, event: str) -> None:
    assert _event_of(text, figure) == event


# 4. a labour strike is no attack


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Workers at more than 300 textile mills are on strike, demanding higher pay.", "300"),
        ("About 4,000 dockers went on strike on Monday over unpaid wages.", "4,000"),
        ("Police fired tear gas at 2,000 striking workers outside the plant.", "2,000"),
    ],
)
def test_a_labour_strike_is_no_attack(text: str, figure: str) -> None:
    assert _event_of(text, figure) == "other"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # near misses: strikes that are attacks
        ("Airstrikes hit 12 villages on Monday.", "12", "struck"),
        ("A drone strike killed three militants.", "three", "killed"),
        ("The army said it carried out 40 strikes on rebel positions.", "40", "struck"),
        ("Rebels launched a strike on two bases, killing 9 soldiers.", "two", "struck"),
        ("Jets were striking 15 targets on the coast.", "15", "struck"),
    ],
)
def test_an_attack_strike_keeps_its_event(text: str, figure: str, event: str) -> None:
    assert _event_of(text, figure) == event


# 5. what was opened fire on is a target struck


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The gunmen opened fire inside two banks in the city centre.", "two"),
        ("Masked men opened fire on four police stations before dawn.", "four"),
    ],
)
def test_what_was_opened_fire_on_was_struck(text: str, figure: str) -> None:
    assert _event_of(text, figure) == "struck"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # near misses: rounds fired, or a figure the opening of fire does not govern
        ("Troops fired 30 rounds at the compound.", "30", "launched"),
        ("Rebels fired 12 rockets into the town.", "12", "launched"),
        ("The gunmen opened fire, wounding five people.", "five", "wounded"),
        ("Police opened fire and arrested 14 suspects.", "14", "detained"),
        ("Soldiers opened fire on the crowd, killing two people.", "two", "killed"),
    ],
)
def test_fired_rounds_and_other_figures_keep_their_event(
    text: str, figure: str, event: str
) -> None:
    assert _event_of(text, figure) == event
