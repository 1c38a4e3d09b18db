"""A capital named alone as who speaks is its state's government (trial23; invented
sentences): "Nairobi said ..." and "Kenyan officials said ..." are one origin, so the same
figure from both is no corroboration. A capital's own authority ("the Nairobi county
governor") and a joint originator stay origins of their own."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.build import assess
from briefbook.assessment.corroboration import corroborate
from briefbook.assessment.origins import merge_originators, origin_key


def _merged(*names: str) -> dict[str, str]:
    keys = {n: origin_key(n, "g", initials=True) for n in names}
    merged = merge_originators(keys.values())
    return {n: merged[k] for n, k in keys.items()}


def test_a_capital_alone_is_its_state() -> None:
    m = _merged("Nairobi", "Kenya", "Kenyan officials")
    assert m["Nairobi"] == m["Kenya"] == m["Kenyan officials"], m


def test_near_miss_a_capitals_own_authority_and_a_joint_originator() -> None:
    m = _merged("Nairobi", "Kenya", "Nairobi county governor Ana Sol", "Nairobi and Kampala")
    assert m["Nairobi county governor Ana Sol"] != m["Kenya"], m
    assert m["Nairobi and Kampala"] != m["Kenya"], m


def test_one_state_told_by_its_capital_and_its_officials_is_one_origin(tmp_path: Path) -> None:
    reports = [
        "Strikes on Wednesday killed 31 civilians in Varsk, according to Kenyan officials.",
        "Strikes on Wednesday killed 31 civilians in Varsk, Nairobi said.",
    ]
    paths = []
    for i, text in enumerate(reports):
        path = tmp_path / f"report{i}.txt"
        path.write_text(f"Title: R{i}\nPublished: 2031-05-08\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    rows = [
        r for r in corroborate(assess(paths, issue_date="2031-05-09")) if r["event"] == "killed"
    ]
    assert [r["status"] for r in rows] == ["unmatched"], rows
