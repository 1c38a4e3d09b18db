"""A source written in capitals throughout (a cable, a telex) is read poorly, since names,
places and speakers are found by their capitals: the user is warned (round robust19: an
all-capitals live page gave the force "HERZI HALEVI TOLD TROOPS" and the body "SAYS HEALTH
MINISTRY" without a word of warning)."""

from pathlib import Path

from briefbook.ingest import load_documents

BODY = (
    "Velan air strikes on the Orvan coast have killed more than 40 people since Monday, the "
    "regional health office said. General Ana Ruiz told troops that the offensive would go "
    "on. Some 9,000 people have fled Ostvik this week, aid agencies said on Tuesday, and the "
    "road to the port stays closed."
)


def _warnings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "source.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = load_documents([path])
    return doc.warnings


def test_a_source_in_capitals_is_warned(tmp_path: Path) -> None:
    assert any("capitals" in w for w in _warnings(tmp_path, BODY.upper()))


def test_near_miss_a_capitals_headline_and_acronyms_are_no_warning(tmp_path: Path) -> None:
    text = "VELAN STRIKES HIT ORVAN COAST\n\n" + BODY.replace("regional", "UN OCHA and WHO")
    assert not any("capitals" in w for w in _warnings(tmp_path, text))
