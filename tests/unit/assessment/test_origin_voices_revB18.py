"""Review revB18 of round left18: a source's declared publisher is one originator only with a
name of the same words (or its acronym), never with a name that merely contains it or that it
contains: two outlets ("The Independent", "The Kyiv Independent") or two ministries ("Ministry
of Defence", "Ministry of Defence of Ukraine") stay independent origins. Every sentence here
is invented."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.assessment.origins import merge_originators, origin_key
from briefbook.ingest import SourceSpec, load_documents


def _doc(publisher: str, text: str) -> str:
    return f"Publisher: {publisher}\nPublished: 2026-03-11\nTitle: Report\n\n{text}\n"


def _origins(tmp_path: Path, files: dict[str, str], figure: int) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = load_documents([SourceSpec(path=n) for n in files], base=tmp_path)
    a = assess_documents(docs, issue_date="2026-03-12")
    row = next(r for r in a.corroboration if any(q["quantity"] == figure for q in r["quantities"]))
    return row["origins"]


def _merged(*keys: str) -> set[str]:
    out = merge_originators(keys)
    return {out.get(k, k) for k in keys}


def test_two_outlets_whose_names_contain_one_another_are_two_origins(tmp_path: Path) -> None:
    files = {
        "a.txt": _doc(
            "The Independent", "Flooding destroyed 412 homes in the Tarn valley on Sunday."
        ),
        "b.txt": _doc(
            "The Kyiv Independent",
            "Water rose two metres in the town square before dawn and 412 homes were destroyed"
            " across the Tarn valley as rescuers used boats.",
        ),
    }
    assert len(_origins(tmp_path, files, 412)) == 2


def test_a_bare_ministry_and_another_states_ministry_are_two_origins(tmp_path: Path) -> None:
    files = {
        "a.txt": _doc(
            "Ministry of Defence",
            "Air defence units shot down 37 drones over the Vell region overnight.",
        ),
        "b.txt": _doc(
            "Lomira Evening Post",
            "Ukraine's anti-aircraft crews intercepted 37 drones launched at northern cities"
            " during the night, the Ukrainian defence ministry said.",
        ),
    }
    assert len(_origins(tmp_path, files, 37)) == 2


def test_publishers_keys_merge_only_with_the_same_words_or_their_acronym() -> None:
    times = origin_key(None, "S1", initials=True, voice="The Times")
    nyt = origin_key(None, "S2", initials=True, voice="The New York Times")
    india = origin_key(None, "S3", initials=True, voice="Times of India")
    assert len(_merged(times, nyt, india)) == 3
    # two states' ministries never meet through a generic name quoted by a third report
    ostland = origin_key(None, "S1", initials=True, voice="Ostland Ministry of Defence")
    vell = origin_key(None, "S2", initials=True, voice="Ministry of Defence of Vellmark")
    quoted = origin_key("the defence ministry", "S3", initials=True)
    merged = merge_originators([ostland, vell, quoted])
    assert merged[ostland] != merged[vell]
    # the same words, or the acronym of the publisher's name, are one originator
    state = origin_key(None, "S1", initials=True, voice="US Department of State")
    assert len(_merged(state, origin_key("the State Department", "S2", initials=True))) == 1
    ispr = origin_key(None, "S1", initials=True, voice="Inter-Services Public Relations")
    assert len(_merged(ispr, origin_key("the ISPR", "S2", initials=True))) == 1
