"""A number after a short form in brackets and quotes is the identifier of what precedes
('Executive Order ("E.O.") 14024', as law firms write it), no count (round robust19: the
order's number was read as 14,024 persons sanctioned)."""

from briefbook.analysis.claims import find_claims


def _counts(text: str) -> list[float]:
    return [c.quantity for c in find_claims(text, "S1.1")]


def test_number_after_a_quoted_short_form_is_an_identifier():
    text = 'Velan designated 70 persons pursuant to Executive Order ("E.O.") 14024.'
    assert _counts(text) == [70]
    assert _counts("Under Resolution (“UNSCR”) 2231, Ostland listed 12 entities.") == [12]


def test_near_miss_count_after_a_quoted_aside_in_brackets_stays():
    # a quotation in brackets, no short form: the figure after it is a count
    assert _counts('Ostland said ("we warned them twice") 40 troops crossed the border.') == [40]
    assert _counts("Velan designated 70 persons on Monday (local time), and 12 firms.") == [70, 12]
