"""Entity kinds misread in a new-analyst trial on US maritime strikes (invented sentences of
the same shapes; no third-party text):

* the US defence department under its secondary name ("Department of War", "War
  Department", as its releases have styled it since September 2025) is the one body that
  "Department of Defense" and "Pentagon" name: one row, not three. Near miss: another
  country's "Ministry of War" stays apart;
* a military command named before "area of responsibility" ("in the U.S. Central Command
  area of responsibility") is the command, a force, never a place, and is the same body as
  its bare name ("Central Command") in that source. Near miss: a place before the same
  words ("the Arafura Sea area of responsibility") stays a place.
"""

from __future__ import annotations

from pathlib import Path

from builders import note_entities


def _rows(tmp_path: Path, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {e.name: (e.type, tuple(e.aliases)) for e in note_entities(tmp_path, text)}


def test_the_department_of_war_is_the_us_defence_department(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "The Department of War said the strike was lawful, and a War Department spokesman "
        "added that the Pentagon would release video.",
    )
    defence = [name for name in rows if "Defense" in name or "War" in name]
    assert defence == ["US Department of Defense"], rows
    assert {"Department of War", "War Department", "Pentagon"} <= set(
        rows["US Department of Defense"][1]
    ), rows


def test_near_miss_another_countrys_ministry_of_war_stays_apart(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "The Tarvonian Ministry of War said the Pentagon was informed.")
    assert "US Department of Defense" in rows, rows
    assert "Ministry of War" not in rows["US Department of Defense"][1], rows


def test_a_command_before_its_area_of_responsibility_is_a_force(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "General Ana Sol visited sailors in the U.S. Central Command area of responsibility "
        "last week. Central Command said the patrol ended without incident.",
    )
    commands = {name: kind for name, (kind, _) in rows.items() if "Command" in name}
    assert len(commands) == 1 and set(commands.values()) == {"force"}, rows


def test_near_miss_a_sea_before_area_of_responsibility_stays_a_place(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "The frigate patrolled the Arafura Sea area of responsibility in May.")
    assert rows.get("Arafura Sea", ("",))[0] == "place", rows


def test_a_task_force_named_after_its_head_is_a_force(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "Joint Task Force Amber Gate led the raid on the smugglers' camp, and the boats were "
        "escorted by Task Force Kelvo.",
    )
    assert rows.get("Joint Task Force Amber Gate", ("",))[0] == "force", rows
    assert rows.get("Task Force Kelvo", ("",))[0] == "force", rows


def test_near_miss_a_numbered_task_force_and_a_lower_case_one_read_as_before(
    tmp_path: Path,
) -> None:
    rows = _rows(
        tmp_path, "Commanders of Combined Task Force 151 met a Tarvonian task force in Manama."
    )
    assert rows.get("Combined Task Force 151", ("",))[0] == "force", rows
    assert not any("task force" in name for name in rows), rows
