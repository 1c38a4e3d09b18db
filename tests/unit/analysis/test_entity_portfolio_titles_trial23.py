"""A minister's portfolio before the title is part of the title, never a person (trial23;
every sentence here is invented): after a demonym, "Indian External Affairs Minister Lena
Orsk" names one person, Lena Orsk, and no person "External Affairs". A ministry named by
its portfolio stays an organisation, "Home" alone is no title, and a body whose name ends in
"Affairs" keeps its name."""

from __future__ import annotations

from pathlib import Path

from tests.builders import entities_of, people_of


def test_external_affairs_before_a_minister_is_no_person(tmp_path: Path) -> None:
    people = people_of(
        tmp_path, "Tom Hale spoke today with Indian External Affairs Minister Lena Orsk."
    )
    assert people == {"Tom Hale", "Lena Orsk"}, people


def test_near_miss_a_ministry_and_a_surname_keep_their_types(tmp_path: Path) -> None:
    # near miss: the portfolio inside a ministry's name, and "Home" as a surname
    found = entities_of(
        tmp_path,
        "The Ministry of Home Affairs said Sir Henry Home would visit Varsk. The Home Office "
        "said so too.",
    )
    assert ("organisation", "Ministry of Home Affairs") in found, found
    assert ("person", "Henry Home") in found, found
    assert ("organisation", "Home Office") in found, found


def test_near_miss_a_body_ending_in_affairs(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "Director General of Inter-Services Strategic Affairs (ISSA) Lieutenant General Odrin "
        "Maleh said Tarsk fired missiles.",
    )
    assert ("organisation", "Inter-Services Strategic Affairs") in found, found
