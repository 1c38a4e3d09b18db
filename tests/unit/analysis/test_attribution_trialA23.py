"""Who a claim comes from, when the claim follows its claimant with "of" and a gerund
(trialA23; invented sentences): "claims from Dorvia of downing five Kestran jets" come from
Dorvia, never from "Dorvia of downing five Kestran jets". A body whose name holds "of" and
a capitalised word ("the Ministry of Mining") keeps its name.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.attribution import originators


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Since Wednesday, the fighting has intensified, prompting claims from Dorvia of "
            "downing five Kestran jets.",
            "Dorvia",
        ),
        ("The raid drew claims from the Dorvian army of killing 40 fighters.", "Dorvian army"),
        (
            "The raid drew claims from the Dorvian army of having shelled the town.",
            "Dorvian army",
        ),
        # near misses: a name with "of" and a capitalised word; a claim told with "that"
        ("According to data from the Ministry of Mining, 40 workers died.", "Ministry of Mining"),
        ("The raid drew claims from the Dorvian army that it killed 40 fighters.", "Dorvian army"),
    ],
)
def test_a_claim_after_of_and_a_gerund_is_no_part_of_the_name(text: str, source: str) -> None:
    assert originators([("S1.1", text, 0)]) == {"S1.1": source}
