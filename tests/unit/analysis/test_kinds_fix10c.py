"""Defect kinds of the review of round 10, on invented sentences: the other names given to a
place are whole names, never an owner, a country, a day or a common word, also for a place of
one word; a pinyin head ("Jiao", "Dao") makes a place only with a cue of the sea or a naming
aside, never after a title or before a speech verb; a Vietnamese family name that is also a
particle ("Le", "Do") reads after the trailing day is trimmed, and a street or a hospital
named after such a person is a place; numbers spelt out in several words are one figure, a
vague wording before a scale is scaled, and a cue before a spelt figure hedges it."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.quantities import read_quantity
from builders import note_entities


def _by_name(tmp_path: Path, text: str) -> dict[str, tuple[str, set[str], int]]:
    return {e.name: (e.type, set(e.aliases), e.mentions) for e in note_entities(tmp_path, text)}


# --- 2. the other names of a place ---------------------------------------------------------


def test_an_owner_after_known_as_is_no_other_name_and_the_country_stays(tmp_path: Path) -> None:
    text = (
        "Ostlandic patrol boats circled Merin Island, known as Japan's southern gate, on "
        "Tuesday. Japan's navy said Japan's frigates stayed in Japan's waters."
    )
    found = _by_name(tmp_path, text)
    assert "Japan's" not in found.get("Merin Island", ("", set(), 0))[1], found
    assert found.get("Japan", ("", set(), 0))[0] == "country", found
    assert found["Japan"][2] >= 4, found


@pytest.mark.parametrize(
    "text",
    [
        "Fishing boats anchored off Kesto Island, called Thursday a provocation by Ostland.",
        "Troops shelled Varna Valley, known as March the cruellest month, at dawn.",
        "Boats anchored near Telmo Reef, known as Harbour by the crews, on Sunday.",
        "Troops entered Dorin Valley, which Karsia calls Russia, on Sunday.",
    ],
)
def test_a_day_a_month_a_common_word_or_a_country_is_no_other_name(
    tmp_path: Path, text: str
) -> None:
    places = {n: a for n, (t, a, _) in _by_name(tmp_path, text).items() if t == "place"}
    aliases = set().union(*places.values()) if places else set()
    assert not aliases & {"Thursday", "March", "Harbour", "Russia"}, places


def test_a_place_of_one_word_takes_its_other_names(tmp_path: Path) -> None:
    text = (
        "Fighting reached the town of Velkoro, which Karsia calls Ostragrad, on Monday. "
        "Shells fell on Ostragrad overnight."
    )
    found = _by_name(tmp_path, text)
    assert "Ostragrad" in found.get("Velkoro", ("", set(), 0))[1], found


def test_a_gazetteer_place_of_one_word_takes_its_other_names(tmp_path: Path) -> None:
    text = "Troops entered Kherson (also called Khersonsk) on Monday. Khersonsk was quiet."
    found = _by_name(tmp_path, text)
    assert "Khersonsk" in found.get("Kherson", ("", set(), 0))[1], found


def test_the_other_names_still_read_whole_names_and_lists(tmp_path: Path) -> None:
    # precision guard: a list of names, each with who uses it, and a name closing the aside
    text = (
        "Pelin Reef, known as Ostra Reef to Ostland and Telin Jiao to Karsia, is disputed. "
        "Karsian boats circled Telin Jiao on Monday."
    )
    found = _by_name(tmp_path, text)
    assert found.get("Pelin Reef", ("", set(), 0))[1] >= {"Ostra Reef", "Telin Jiao"}, found
    assert "Ostland and Telin Jiao" not in found, found


# --- 5. pinyin heads that are also given names ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The ministry spokesperson Liu Jiao said the talks had failed.", "Liu Jiao"),
        ("Provincial official Pham Thi Dao said the boats had left the harbour.", "Pham Thi Dao"),
        ("Captain Vu Van Dao said his ships would stay.", "Vu Van Dao"),
        ("Chen Jiao told reporters the vessels were safe.", "Chen Jiao"),
    ],
)
def test_a_pinyin_head_after_a_role_or_before_a_speech_verb_is_a_person(
    tmp_path: Path, text: str, person: str
) -> None:
    found = _by_name(tmp_path, text)
    assert found.get(person, ("",))[0] == "person", found


def test_a_pinyin_head_with_a_cue_of_the_sea_is_a_place(tmp_path: Path) -> None:
    # precision guard: a naming aside, or boats and a reef in the sentence
    text = (
        "Karsian boats blockaded the atoll, which Beijing calls Huilan Jiao, for a week. "
        "Fishing boats sheltered near Qiming Dao on Monday."
    )
    found = _by_name(tmp_path, text)
    assert found.get("Huilan Jiao", ("",))[0] == "place", found
    assert found.get("Qiming Dao", ("",))[0] == "place", found


# --- 6. Vietnamese family names that are also particles ------------------------------------


def test_a_particle_family_name_drops_a_trailing_day(tmp_path: Path) -> None:
    text = "Vice Minister Do Quang Minh Tuesday said the talks had failed."
    found = _by_name(tmp_path, text)
    assert found.get("Do Quang Minh", ("",))[0] == "person", found
    assert "Do Quang Minh Tuesday" not in found, found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Protesters marched along Le Van Tam Street at dawn.", "Le Van Tam Street", "place"),
        (
            "The wounded were taken to Ho Thi Lan Hospital overnight.",
            "Ho Thi Lan Hospital",
            "place",
        ),
        (
            "Workers at Do Van Phuc Company said they were unpaid.",
            "Do Van Phuc Company",
            "organisation",
        ),
    ],
)
def test_a_place_or_body_named_after_such_a_person_is_one_by_its_head(
    tmp_path: Path, text: str, name: str, kind: str
) -> None:
    found = _by_name(tmp_path, text)
    assert found.get(name, ("",))[0] == kind, found


def test_two_such_people_coordinated_are_both_people(tmp_path: Path) -> None:
    text = "Deputy Minister Le Van Hoa and Colonel Do Quang Tien met the envoys."
    found = _by_name(tmp_path, text)
    assert found.get("Le Van Hoa", ("",))[0] == "person", found
    assert found.get("Do Quang Tien", ("",))[0] == "person", found


# --- 12. quantities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Two hundred and thirty people were killed in the raid.", 230, 230),
        ("One thousand four hundred people were displaced by the floods.", 1400, 1400),
        ("Three hundred and fifty thousand people fled the province.", 350_000, 350_000),
        ("A few hundred thousand people fled the city.", 200_000, 499_999),
        ("About a million people fled the region.", 900_000, 1_100_000),
    ],
)
def test_a_number_spelt_in_several_words_is_one_claim(text: str, low: float, high: float) -> None:
    frames = [f for f in find_frames(text) if f.counts and "people" in f.counts]
    assert [(f.low, f.high, f.counts) for f in frames] == [(low, high, "people")], frames


def test_two_numbers_joined_by_and_stay_two() -> None:
    # precision guard: "between two hundred and five hundred" is a range, not 700 or 20,500
    frames = find_frames("Between two hundred and five hundred people were detained.")
    assert [(f.low, f.high) for f in frames] == [(200, 500)], frames


@pytest.mark.parametrize(
    ("figure", "low", "high"),
    [
        ("nearly three dozen", 36 * 0.9, 36 * 1.1),
        ("about a million", 900_000, 1_100_000),
        ("one hundred and twenty", 120, 120),
        ("a few hundred thousand", 100_000, 999_999),
    ],
)
def test_read_quantity_of_a_cued_or_spelt_figure(figure: str, low: float, high: float) -> None:
    (lo, hi), _ = read_quantity(figure)
    assert math.isclose(lo, low) and math.isclose(hi, high), (lo, hi)


def test_a_cue_is_shown_once() -> None:
    assert read_quantity("nearly three dozen")[1] == "nearly three dozen"
