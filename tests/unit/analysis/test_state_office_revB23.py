"""A head of state's office by its common noun (review revB23; invented sentences): only
"the presidency" itself is the presidency of the country the source names most; a
presidency qualified by another body or a rotation ("The EU's rotating presidency said",
"The council presidency said") is no country's head of state."""

from __future__ import annotations

import pytest

from briefbook.analysis.attribution import originators


def _last_speaker(*texts: str) -> str | None:
    out = originators([(f"S1.{i}", t, i) for i, t in enumerate(texts, 1)])
    return out[f"S1.{len(texts)}"]


@pytest.mark.parametrize(
    "said",
    [
        "The EU's rotating presidency said 14 states backed the plan.",
        "The rotating presidency said 14 states backed the plan.",
        "The council presidency said 14 members had voted.",
    ],
)
def test_a_qualified_presidency_is_no_countrys(said: str) -> None:
    got = _last_speaker(
        "Varnish officials criticised the plan on Tuesday.",
        "Hungary's government rejected the plan.",
        said,
    )
    assert got is None or "Hungary" not in got, got


def test_the_presidency_is_the_countrys() -> None:
    got = _last_speaker(
        "Hungary's government rejected the plan on Tuesday.",
        "The presidency said 14 ministers had signed it.",
    )
    assert got == "Hungary presidency", got
