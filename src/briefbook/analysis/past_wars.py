"""The toll of a war a dated deal ended: a figure of that war's time, not of the report's
(round trialB26).

"... a 2018 peace deal that ended a five-year civil war between X and Y that cost nearly
400,000 lives" and "at peace since a 2018 agreement ended a five-year conflict ... which
killed nearly 400,000 people" give the toll of a war over by 2018, in a report of 2025. With
no time of its own the figure took its report's year, and corroboration set it beside this
week's toll ("more than 21 killed" at Nasir "or nearly 400,000"), while the two reports of
the one war's toll stayed apart.

:func:`ended_war_year` reads the year: a year, then within the clause a verb that ends
(``end_verbs`` of ``past_war_toll`` in ``data/claims.yaml``) a war noun (``war_nouns``),
then "that" or "which" and a verb of a toll (``toll_verbs``) right before the figure. A
figure of an ongoing war ("the war that began in 2013 has killed ...") and a toll with no
ending ("a 2025 offensive that killed 40") keep their time.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data
from briefbook.text.normalise import alternation

__all__ = ["ended_war_year"]


@cache
def _pattern() -> re.Pattern[str]:
    data = load_data("claims.yaml")["past_war_toll"]
    ends, wars, tolls = (
        alternation(str(w) for w in data[k]) for k in ("end_verbs", "war_nouns", "toll_verbs")
    )
    return re.compile(
        rf"(?<![\w-])(?P<year>(?:19|20)\d\d)(?![\w-])[^.;:]{{0,80}}?"
        rf"(?<![\w-])(?:{ends})\s+(?:(?:a|an|the|its|their|this|that)\s+)?"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{wars})(?![\w-])[^.;:]{{0,120}}?"
        rf"(?<![\w-])(?:that|which)\s+(?:had\s+)?(?:{tolls})\s+$",
        re.IGNORECASE,
    )


def ended_war_year(text: str, start: int) -> str | None:
    """The year of the deal that ended the war whose toll is the figure at ``start`` of
    ``text`` ("a 2018 peace deal that ended a five-year civil war ... that cost" before
    "nearly 400,000 lives": "2018"), else None."""
    found = _pattern().search(text[max(0, start - 300) : start])
    return found.group("year") if found else None
