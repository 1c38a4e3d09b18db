"""Who a toll's people were is no toll (trialA21; every sentence here is invented):

"Those killed included two Kestran and one Dorvian sailor" names the nationalities of a toll's
dead, so its figures are parts of that toll (``Claim.part``), never tolls of their own: a
part never corroborates another report's whole ("two presumed fatalities") nor makes its own
report "inconsistent" with its toll of three. The heads, determiners and verbs are data
(``toll_members`` of data/claims.yaml).

Near misses: a verb that kills or wounds its figure ("The missile killed two Kestran sailors"),
and "included" of a thing that is no toll ("The cargo included two tanks"), keep their figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.build import assess
from briefbook.assessment.corroboration import corroborate


def _claims(text: str) -> list[tuple[str, str, bool]]:
    return [(c.text, c.event, c.part) for c in find_claims(text, "S1.1", published="2026-03-10")]


@pytest.mark.parametrize(
    "text",
    [
        "Those killed included two Kestran and one Dorvian sailor, the shipping firm said.",
        "The dead include three children and a nurse, according to the clinic.",
        "Among the wounded were four soldiers and two reporters.",
        "The people killed in the attack included five Dorvian fishermen.",
        "Among those killed were three Kestran sailors, the ministry said.",
    ],
)
def test_who_a_tolls_people_were_is_a_part(text: str) -> None:
    found = [c for c in _claims(text) if c[1] in {"killed", "wounded"}]
    assert found, _claims(text)
    assert all(part for _, _, part in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The missile killed two Kestran sailors and one Dorvian deckhand.",
        "Those killed were mourned by 300 people at the harbour.",
        "Two Kestran crew members were killed, the owners said.",
    ],
)
def test_near_miss_a_toll_of_its_own_stays_whole(text: str) -> None:
    found = [c for c in _claims(text) if c[1] == "killed"]
    assert found, _claims(text)
    assert not any(part for _, _, part in found), found


def test_near_miss_a_cargo_that_included_things_is_untouched() -> None:
    found = _claims("The cargo included two tanks and 40 rifles.")
    assert not any(part for _, _, part in found), found


def test_a_part_does_not_corroborate_another_reports_whole(tmp_path: Path) -> None:
    first = tmp_path / "command.txt"
    first.write_text(
        "Title: Command release\nPublisher: Kestral Command\nPublished: 2026-03-06\n\n"
        "A missile struck the bulk carrier Ostra Dawn and the crew reports two presumed "
        "fatalities and six injuries.\n",
        encoding="utf-8",
    )
    second = tmp_path / "magazine.txt"
    second.write_text(
        "Title: Magazine\nPublisher: Harbour Weekly\nPublished: 2026-03-07\n\n"
        "Three civilian sailors died when a missile hit the bulk carrier Ostra Dawn.\n\n"
        "Those killed included two Kestran and one Dorvian crew members, the shipping firm "
        "said.\n",
        encoding="utf-8",
    )
    rows = corroborate(assess([first, second], issue_date="2026-03-08"))
    command = [r for r in rows if any("S1.1" in q["evidence"] for q in r["quantities"])]
    killed = [r for r in command if r["event"] == "killed"]
    assert killed, rows
    for row in killed:
        # the magazine's "two Kestran" is no second report of the command's two
        assert all("S2.2" not in q["evidence"] for q in row["quantities"]), row
        assert row["status"] != "corroborated", row
    assert not any(r.get("inconsistent") for r in rows), rows
