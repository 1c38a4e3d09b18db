"""A bare figure with a verb of its own right after it takes its own clause's event, also
one the clause names after it, not the figure's before it (round robust19: "more than 70,000
have been killed ..., while one million have become refugees and millions displaced" counted
one million killed, and the briefing set that million against other tolls)."""

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[float, str]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


def test_bare_figure_with_its_own_clause_is_no_share_of_the_toll():
    text = (
        "More than 9,000 have been killed in Ostvik, while one million have become refugees "
        "and thousands displaced."
    )
    events = _events(text)
    assert events[0] == (9000, "killed")
    assert events[1] == (1000000, "displaced")


def test_near_miss_bare_figures_without_a_verb_share_the_toll():
    # no verb of its own: the figure counts more of the same
    assert _events("Twelve were killed in Ostvik on Monday and 40 on Tuesday.") == [
        (12, "killed"),
        (40, "killed"),
    ]
    # a verb of its own that names no event keeps the toll's ("five more were found")
    assert _events("At least 26 died in the Ostvik shelling and five more were found later.") == [
        (26, "killed"),
        (5, "killed"),
    ]
