"""A note's number glued to a sentence's end ("... the Gulf of Aden.2 To date, ..."), as a
copied superscript becomes in plain text, ends the sentence and is dropped (round robust19:
think-tank briefs with numbered notes ran two sentences into one)."""

from briefbook.text.sentences import split_sentences


def test_note_number_after_a_stop_ends_the_sentence():
    text = (
        "Since March the Velan militia has mounted more than 20 raids on the Orvan coast.2 "
        "To date, none of the raids has reached the port.3 The navy says it is ready.4"
    )
    assert split_sentences(text) == [
        "Since March the Velan militia has mounted more than 20 raids on the Orvan coast.",
        "To date, none of the raids has reached the port.",
        "The navy says it is ready.",
    ]


def test_note_number_after_a_closing_quote():
    assert split_sentences('The envoy called it "a dead end."12 Talks resumed in May.') == [
        'The envoy called it "a dead end."',
        "Talks resumed in May.",
    ]


def test_near_miss_decimal_and_abbreviation_keep_their_numbers():
    # a number after a digit is a decimal's, after a dotted abbreviation a name's: no note
    assert split_sentences("Prices rose 3.5 The next month they fell.") == [
        "Prices rose 3.5 The next month they fell."
    ]
    assert split_sentences("The U.S.2 plan was shelved in Velan.") == [
        "The U.S.2 plan was shelved in Velan."
    ]
    # a lower-case word after it: no new sentence, the text stays as written
    assert split_sentences("They were defeated.3 the rest fled.") == [
        "They were defeated.3 the rest fled."
    ]
