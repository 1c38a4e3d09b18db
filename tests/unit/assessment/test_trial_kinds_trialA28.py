"""Four kinds a new analyst met in a briefing on a South Asian crisis (round trialA28; sentences
invented, of the shape of wire and national reporting; real towns only where the city index
must know them):

* a wire story's dateline of a town in capitals and a colon ("QUETTA: Air defences shot down
  ...") is no transcript speaker: the lede's later sentences are the report's own, never
  "Quetta said";
* a dateline with the weekday, the whole date and the agency in brackets before a colon
  ("WASHINGTON, Saturday, May 10, 2025 (WNP): ...") is cut from a lede shown as a statement;
* a body a source defines with a known short form but another head noun ("National Security
  Committee (NSC)") is that source's committee, not the known National Security Council;
* "Ghana's army spokesman, Gen X, said" and "Ghana's military said" in another outlet are
  one origin: no corroboration; "the army stated" after "Ghana's military said" is Ghana's
  military, not the other side's army named a sentence before (a country's services speak
  as one military only for a country the gazetteer knows: real countries here).

Near misses stay as they were: a transcript's speaker labels, "WARNING, May 10: ...", "NATO
(Brussels): ...", a "National Security Council (NSC)" defined as such, a spokesman of a body
the row does not hold, two bodies reporting one figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.speaker_turns import turn_speakers
from briefbook.assessment import assess_documents
from briefbook.ingest import SourceSpec, load_documents
from briefbook.text.dateline import strip_dateline


def _assess(tmp_path: Path, texts: dict[str, str], issue: str = "2025-05-12"):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = load_documents([SourceSpec(path=name) for name in texts], base=tmp_path)
    return assess_documents(docs, issue_date=issue)


# --- a town's dateline is no speaker ------------------------------------------------------


@pytest.mark.parametrize("town", ["QUETTA", "PESHAWAR", "MULTAN"])
def test_a_towns_dateline_opens_no_turn(town: str) -> None:
    lede = f"{town}: Air defences shot down nine drones overnight, officials said on Thursday."
    rest = [
        "Meanwhile, thousands of people were evacuated from villages near the frontier.",
        "The incidents could not be independently verified.",
    ]
    assert turn_speakers([lede, *rest]) == [None, None, None]


def test_a_transcripts_labels_still_open_turns() -> None:
    # near miss: a label opening several turns is a speaker, whatever town shares its name
    texts = [
        "MOORE: We struck the depot last night.",
        "Q: Were civilians hurt?",
        "MOORE: We have no reports of that.",
        "The operation is over.",
    ]
    assert turn_speakers(texts) == ["Moore", None, "Moore", "Moore"]


def test_a_label_later_in_the_source_is_a_speaker() -> None:
    # near miss: a town's name as a label past the lede is no dateline
    texts = [
        "The minister spoke to reporters on Friday.",
        "Questions followed.",
        "PESHAWAR: Nothing more will be said today.",
    ]
    assert turn_speakers(texts)[2] == "Peshawar"


def test_the_ledes_later_sentences_are_the_reports_own(tmp_path: Path) -> None:
    text = """Drones downed near the frontier
Published: 2025-05-08

QUETTA: Ostland's air defences shot down nine drones overnight, officials said on Thursday.

Meanwhile, thousands of people were evacuated from villages near the frontier.

Gunmen killed 26 people at a meadow near Vardo on April 22, mostly tourists.
"""
    a = _assess(tmp_path, {"wire.txt": text})
    said = {s.id: s.attributed_to for s in a.sentences}
    assert said["S1.2"] is None and said["S1.3"] is None
    assert not any(c.attributed_to == "Quetta" for c in a.claims)


# --- a dateline with the weekday, the year and an agency before a colon ---------------------


def _place(name: str) -> bool:
    return name in {"WASHINGTON", "ISLAMABAD", "NEW DELHI"}


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        (
            "WASHINGTON, Saturday, May 10, 2025 (WNP): The envoy announced a truce.",
            "The envoy announced",
        ),
        ("ISLAMABAD, May 10 (APP): The army said the border was calm.", "The army said"),
        ("NEW DELHI, Friday, May 9, 2025 (PTI) - Talks began.", "Talks began."),
        ("KELVO, Monday, March 3, 2025 (XNA): Shelling resumed.", "Shelling resumed."),
    ],
)
def test_a_dated_dateline_ending_in_a_colon_is_cut(text: str, stripped: str) -> None:
    assert strip_dateline(text, _place).startswith(stripped)


@pytest.mark.parametrize(
    "text",
    [
        "WARNING, May 10: Shelters must stay open.",  # no agency: a heading's word
        "NATO (Brussels): The alliance met on Friday.",  # no day: a body and its seat
        "LONDON, May 10, 2025: the figure was revised.",  # no agency, lower case after
    ],
)
def test_a_colon_without_day_and_agency_keeps_the_sentence(text: str) -> None:
    assert strip_dateline(text, _place) == text


# --- a defined body with another head noun is no known body ---------------------------------

_COMMITTEE = """Ostland warns over the river
Published: 2025-04-25

The Ostland cabinet's {name} ({short}) warned on Thursday that any move to divert the river would be an act of war.

The {short} convened on Thursday in Vendra and rejected the decision.
"""


def _entity_names(tmp_path: Path, name: str, short: str) -> set[str]:
    a = _assess(tmp_path, {"nsc.txt": _COMMITTEE.format(name=name, short=short)})
    return {e.name for e in a.entities}


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("National Security Committee", "NSC"),
        ("National Security Commission", "NSC"),
        ("Federal Security Board", "FSB"),
    ],
)
def test_a_defined_body_of_another_head_is_its_own(tmp_path: Path, name: str, short: str) -> None:
    names = _entity_names(tmp_path, name, short)
    assert name in names
    assert "National Security Council" not in names
    assert "Federal Security Service" not in names


def test_the_known_body_defined_by_its_own_name_stays(tmp_path: Path) -> None:
    # near miss: the known council, defined as such, is the gazetteer's council
    names = _entity_names(tmp_path, "National Security Council", "NSC")
    assert "National Security Council" in names


# --- a body's spokesman and the body are one origin -----------------------------------------

_SPOKESMAN = """Ghana says drones downed
Published: 2025-05-08
Publisher: Example Wire

Ghana's army spokesman, Lt Gen Arvo Kessel, said a Togolese drone wounded four soldiers near Vendra overnight.
"""

_BODY = """Drones over Ghana
Published: 2025-05-08
Publisher: Example Agency

The Togolese army further confirmed that one of its soldiers died in shelling near Tolvo on Wednesday.

Meanwhile, Ghana's military said Thursday that it had shot down 25 Togolese drones.

The army stated that four Ghanaian soldiers were wounded near Vendra in the incidents.
"""


def _row_of(a, evidence: str):
    return next(r for r in a.corroboration if evidence in r["evidence"])


def test_the_army_stated_is_the_military_that_spoke_last(tmp_path: Path) -> None:
    a = _assess(tmp_path, {"body.txt": _BODY})
    said = {s.id: s.attributed_to for s in a.sentences}
    assert said["S1.3"] == said["S1.2"]
    assert "Togo" not in str(said["S1.3"])


def test_a_spokesmans_figure_and_his_bodys_are_one_origin(tmp_path: Path) -> None:
    a = _assess(tmp_path, {"a.txt": _SPOKESMAN, "b.txt": _BODY})
    row = _row_of(a, "S1.1")
    assert "S2.3" in row["evidence"]
    assert row["independent_sources"] == 1
    assert row["status"] != "corroborated"


_OTHER_BODY = _BODY.replace("Ghana's military said", "Togo's military said").replace(
    "The army stated", "Ghana's border police stated"
)


def test_a_spokesman_of_a_body_the_row_lacks_keeps_his_origin(tmp_path: Path) -> None:
    # near miss: another body's figure of the same wounded is independent of the spokesman
    a = _assess(tmp_path, {"a.txt": _SPOKESMAN, "b.txt": _OTHER_BODY})
    row = _row_of(a, "S1.1")
    assert row["independent_sources"] == 2
    assert row["status"] == "corroborated"


# --- a place opening a treaty's name is no mention of the place ------------------------------

_TREATIES = """Accords in question
Published: 2025-04-23

Ostland suspended the Indus Waters Treaty on Wednesday, citing the Oslo Accords.

Karsia said the Minsk Agreements and the Paris Agreement were dead.
"""

_PLACES = """Talks in the region
Published: 2025-04-23

The Indus flows through both countries, and talks were held in Oslo.

Envoys met in Minsk, where a Minsk agreement was thought possible, and then in Paris.
"""


def _place_mentions(tmp_path: Path, text: str) -> dict[str, int]:
    a = _assess(tmp_path, {"t.txt": text})
    return {e.name: e.mentions for e in a.entities if e.type == "place"}


def test_a_place_opening_a_treatys_name_is_no_place(tmp_path: Path) -> None:
    places = _place_mentions(tmp_path, _TREATIES)
    assert not {"Indus", "Oslo", "Minsk", "Paris"} & set(places)


def test_the_places_themselves_still_count(tmp_path: Path) -> None:
    # near miss: the river and the towns named as such, and a lower-case "agreement"
    places = _place_mentions(tmp_path, _PLACES)
    assert {"Indus", "Oslo", "Minsk", "Paris"} <= set(places)
    assert places["Minsk"] == 2
