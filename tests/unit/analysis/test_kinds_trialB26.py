"""Kinds misread in a new-analyst trial on a 2025 crisis (invented sentences of the same
shapes; no third-party text):

* a one-word model span that is the surname of a person the rules named in full in the
  same source is that person, even when the person was first named in an earlier source
  ("Nyandeng cited ..." in the second of two reports naming "Tarek Nyandeng"), never a
  place. Near miss: a town in a source that names no such person stays a place;
* an office's portfolio after "Director of", "Head of", "Minister of" ("Defence Public
  Information", "Public Affairs") is no person. Near misses: the person in apposition, a
  body after the same words ("Head of Kelvo Holdings") and an office's body already typed
  ("Director of Military Intelligence") keep their reading;
* a name before an apposition of an armed label with a person's post after it ("X, a
  militia leader", "X, the rebel group's spokesman") is a person, never the armed group.
  Near miss: "X, a militia active in ..." stays the armed group (typed by its name,
  armed26's rule: an organisation without an armed head noun);
* the toll of a war a dated deal ended ("a 2018 peace deal that ended a five-year civil war
  ... that cost nearly 400,000 lives") is a figure of that year, not of the report's. Near
  misses: a toll with no ending ("a 2025 offensive that killed 40"), a war that goes on
  ("the war that began in 2013 has killed 14,000").
"""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.claims import find_claims
from briefbook.analysis.entities import find_entities
from briefbook.analysis.name_typer import shipped_name_typer
from briefbook.ingest import load_documents
from builders import note_entities


def _two_reports(tmp_path: Path, first: str, second: str) -> dict[str, tuple[str, list[str]]]:
    paths = []
    for i, text in enumerate((first, second)):
        path = tmp_path / f"report{i}.txt"
        path.write_text(f"Report {i}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    found = find_entities(load_documents(paths), model=shipped_name_typer(), join="union")
    return {e.name: (e.type, list(e.evidence)) for e in found}


def test_a_surname_in_a_second_report_naming_the_person_is_that_person(tmp_path: Path) -> None:
    rows = _two_reports(
        tmp_path,
        "In a press conference, Information Minister Tarek Nyandeng stated that the general "
        "was trapped in a tank. Nyandeng called on the rebels to respect the accord.",
        "Government Spokesperson Tarek Nyandeng has confirmed the arrest of the vice "
        "president. Nyandeng cited the outbreak of violence in Kelvo, where armed youth "
        "overran an army garrison. Mr. Nyandeng urged the people to remain calm.",
    )
    assert "Nyandeng" not in rows, rows
    kind, evidence = rows["Tarek Nyandeng"]
    assert kind == "person" and len(evidence) == 5, rows


def test_near_miss_a_town_of_a_report_naming_no_such_person_stays_a_place(tmp_path: Path) -> None:
    rows = _two_reports(
        tmp_path,
        "Minister Tarek Olumba said the talks failed.",
        "Gunmen overran Wathlel on Sunday, and residents of Wathlel fled to the river.",
    )
    assert rows.get("Wathlel", ("",))[0] == "place", rows


def _types(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


def test_an_offices_portfolio_is_no_person(tmp_path: Path) -> None:
    for text, person in [
        (
            "The Director of Defence Public Information, Major General Felix Odaro, says "
            "that the deployment is at the invitation of the government.",
            "Felix Odaro",
        ),
        ("The head of Public Affairs, Colonel Ana Sol, said the convoy was delayed.", "Ana Sol"),
        ("The Minister of Home Affairs, Karl Benn, said the border was closed.", "Karl Benn"),
    ]:
        rows = _types(tmp_path, text)
        assert rows.get(person) == "person", rows
        assert not [n for n, t in rows.items() if t == "person" and n != person], rows


def test_near_miss_a_body_after_an_office_noun_keeps_its_reading(tmp_path: Path) -> None:
    rows = _types(tmp_path, "The Head of Kelvo Holdings, Ana Sol, said the deal was off.")
    assert rows.get("Kelvo Holdings") == "organisation" and rows.get("Ana Sol") == "person"
    rows = _types(
        tmp_path,
        "The Director of Military Intelligence, Brigadier Tomas Vell, said the unit left.",
    )
    assert rows.get("Military Intelligence") == "organisation", rows


def test_a_name_apposed_to_an_armed_groups_post_is_a_person(tmp_path: Path) -> None:
    for text, name in [
        (
            "Tovo Brannik, a militia leader in Kelvo, told reporters the troops fled.",
            "Tovo Brannik",
        ),
        ("Karo Vessin, a militia commander, said the garrison had fallen.", "Karo Vessin"),
        ("Dara Ulvek, the rebel group's spokesman, said the garrison had fallen.", "Dara Ulvek"),
    ]:
        assert _types(tmp_path, text).get(name) == "person", text


def test_near_miss_a_name_apposed_to_an_armed_label_alone_stays_the_group(
    tmp_path: Path,
) -> None:
    # the armed group, typed by the one rule of armed26 (the name decides: no armed head
    # noun in "Mbeli Nkoro", an organisation; review revA26), never a person
    rows = _types(tmp_path, "Mbeli Nkoro, a militia active in Kelvo, said the garrison fell.")
    assert rows.get("Mbeli Nkoro") == "organisation", rows
    rows = _types(tmp_path, "The Mbeli Brigade, a militia active in Kelvo, said the post fell.")
    assert rows.get("Mbeli Brigade") == "force", rows


def _tolls(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.when) for c in find_claims(text, "S1.1") if c.event == "killed"]


def test_the_toll_of_a_war_a_dated_deal_ended_is_of_that_year() -> None:
    assert _tolls(
        "The arrests are seen as jeopardising a 2018 peace deal that ended a five-year "
        "civil war between forces loyal to Tarvo and Kesh that cost nearly 400,000 lives."
    ) == [("nearly 400,000 lives", "2018")]
    assert _tolls(
        "Ostland has been formally at peace since a 2016 agreement ended a six-year "
        "conflict between the two leaders, which killed nearly 90,000 people."
    ) == [("nearly 90,000 people", "2016")]
    assert _tolls(
        "A 2009 accord that halted the insurgency in the north, which claimed 12,000 lives, "
        "is fraying."
    ) == [("12,000 lives", "2009")]


def test_near_miss_a_toll_with_no_ending_keeps_its_time() -> None:
    assert _tolls("A 2025 offensive that killed 40 people was the deadliest.") == [
        ("40 people", None)
    ]
    assert _tolls("The war that began in 2013 has killed 14,000 people.") == [
        ("14,000 people", "in 2013")
    ]
