"""The sentence splitter, normalisation, markdown stripping and the boilerplate filter."""

from __future__ import annotations

import pytest

from briefbook.text import (
    is_boilerplate,
    match_dateline,
    normalise,
    split_sentences,
    strip_dateline,
    strip_markdown,
    word_tokens,
)

CASES = [
    (
        "The U.S. Department of the Treasury acted today. It named nine people.",
        ["The U.S. Department of the Treasury acted today.", "It named nine people."],
    ),
    (
        "Choe is being designated pursuant to E.O. 13382 for his role. Kim was named too.",
        ["Choe is being designated pursuant to E.O. 13382 for his role.", "Kim was named too."],
    ),
    (
        "The act, P.L. 116-92, applies here. It was passed in 2019.",
        ["The act, P.L. 116-92, applies here.", "It was passed in 2019."],
    ),
    (
        "Ri Chang Ho (Ri) is the head of the RGB. Ri has raised funds.",
        ["Ri Chang Ho (Ri) is the head of the RGB.", "Ri has raised funds."],
    ),
    (
        '"We act now," said Acting Under Secretary Bradley T. Smith. The order took effect.',
        ['"We act now," said Acting Under Secretary Bradley T. Smith.', "The order took effect."],
    ),
    (
        'He said "the attack will not stop." Then he left the podium.',
        ['He said "the attack will not stop."', "Then he left the podium."],
    ),
    (
        "Output fell 3.5 percent, ranking No. 5 in Jan. 2024 among peers. Prices rose.",
        ["Output fell 3.5 percent, ranking No. 5 in Jan. 2024 among peers.", "Prices rose."],
    ),
    (
        "Dr. Kim met Mr. Lee and Gen. Park at 5 p.m. on Friday. They spoke for an hour.",
        ["Dr. Kim met Mr. Lee and Gen. Park at 5 p.m. on Friday.", "They spoke for an hour."],
    ),
    (
        "Sanctions hit the U.S. The next day, Beijing responded.",
        ["Sanctions hit the U.S.", "The next day, Beijing responded."],
    ),
    (
        "It is based on GTB's Executive Order (E.O.) 13810 listing. The bank denied it.",
        ["It is based on GTB's Executive Order (E.O.) 13810 listing.", "The bank denied it."],
    ),
    (
        "Xiamen Limbach Aircraft Engine Co., Ltd. (Limbach), based in the PRC, makes engines.",
        ["Xiamen Limbach Aircraft Engine Co., Ltd. (Limbach), based in the PRC, makes engines."],
    ),
    (
        "The parent is Novosibirskoblgaz LLC. Sibregiongaz is its owner.",
        ["The parent is Novosibirskoblgaz LLC.", "Sibregiongaz is its owner."],
    ),
    ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    (
        '"We will respond. Nobody wins," he said. Talks ended.',
        ['"We will respond. Nobody wins," he said.', "Talks ended."],
    ),
    (
        'He said: "It is over. We go home." Then the doors closed.',
        ['He said: "It is over. We go home."', "Then the doors closed."],
    ),
    (
        '"This quote never closes. It runs on. The paragraph ends.',
        ['"This quote never closes.', "It runs on.", "The paragraph ends."],
    ),
    (
        "Officials in Washington, D.C. said nothing.",
        ["Officials in Washington, D.C. said nothing."],
    ),
    (
        "It shot down five jets, including three Rafale aircraft. he said at least 31 died.",
        ["It shot down five jets, including three Rafale aircraft.", "he said at least 31 died."],
    ),
    (
        "Costs rose approx. ten percent, e.g. the fuel bill. U.S. officials met at 3 p.m. local "
        "time. Smith et al. found less.",
        [
            "Costs rose approx. ten percent, e.g. the fuel bill.",
            "U.S. officials met at 3 p.m. local time.",
            "Smith et al. found less.",
        ],
    ),
    ("Rosstat. (n.d.). Gross product.", ["Rosstat. (n.d.).", "Gross product."]),
    ("no final punctuation here", ["no final punctuation here"]),
    # a given name's short form ("Ma." for Maria) goes on before the rest of the name, and a
    # surname so spelt ends its sentence before an opener
    (
        "Ministry spokesperson Ma. Luisa Ferrer denied it. Talks resume.",
        ["Ministry spokesperson Ma. Luisa Ferrer denied it.", "Talks resume."],
    ),
    (
        "The firm was founded by Lin Ma. The company grew.",
        ["The firm was founded by Lin Ma.", "The company grew."],
    ),
    # after a given name, "Ma." is a surname even before another given name
    (
        "The depot was run by Marco Ma. Elena Brill later sold it.",
        ["The depot was run by Marco Ma.", "Elena Brill later sold it."],
    ),
    # a surname, a state code or a name's short form before anything but a given name ends
    # its sentence, whatever word opens the next
    (
        "The bank was set up by Wei Ma. Orlen stock slid.",
        ["The bank was set up by Wei Ma.", "Orlen stock slid."],
    ),
    (
        "He met Deputy Minister Ma. Tarvia later denied it.",
        ["He met Deputy Minister Ma.", "Tarvia later denied it."],
    ),
    (
        "The plant is in Salem, MA. Local crews said it burned.",
        ["The plant is in Salem, MA.", "Local crews said it burned."],
    ),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_split_is_lossless_for_words() -> None:
    text = " ".join(t for t, _ in CASES)
    assert " ".join(split_sentences(text)).split() == text.split()


def test_normalise() -> None:
    raw = "\ufeff\u201cKyiv\u2019s\u201d\u00a0air\u200b defence\r\nsaid\x00 \ufb01ve  drones.\t"
    assert normalise(raw) == '"Kyiv\'s" air defence\nsaid five drones.'


@pytest.mark.parametrize(
    "mark", ["\u00b4", "\u02bc", "\u02bb", "\u02be", "\u02bf", "\u02b9", "`", "\u2032"]
)
def test_a_mark_written_for_an_apostrophe_inside_a_word_is_one(mark: str) -> None:
    # transliterated names: "Hay\u00b4at Vendra", "Dar\u02bcan": NFKC alone split the acute
    # accent off as a space, so one name read as two words
    assert normalise(f"Fighters of Hay{mark}at Vendra took Dar{mark}an.") == (
        "Fighters of Hay'at Vendra took Dar'an."
    )
    # outside a word the mark is no apostrophe: left as it was, a code span too
    assert "'" not in normalise(f"a {mark} b") and normalise("a `code` span") == "a `code` span"


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        (
            "Today's action targets **Rosneft** and** Lukoil** (** Lukoil**).",
            "Today's action targets Rosneft and Lukoil (Lukoil).",
        ),
        (
            '"Stop the killing,"**said Secretary Bessent.**"Given that"',
            '"Stop the killing," said Secretary Bessent. "Given that"',
        ),
        ("see [OFAC's FAQ 897](https://ofac.example/faqs/897).", "see OFAC's FAQ 897."),
        ("![chart](img.png) _By An Author_", "By An Author"),
        (
            "a `code` span and an *emphasis* and snake_case_name",
            "a code span and an emphasis and snake_case_name",
        ),
        (r"escaped \<b\> and \*stars\*", "escaped <b> and *stars*"),
    ],
)
def test_strip_markdown(line: str, plain: str) -> None:
    assert strip_markdown(line) == plain


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Follow us on Twitter",
        "Advertisement",
        "Sign up for our newsletter",
        "Related articles",
        "Click here for more information on the individuals designated today.",
        "This site uses cookies to improve your experience.",
        "© 2024 Example Media. All rights reserved.",
        "Reporting by A. Writer; Editing by B. Editor",
        "kokobj@example.co.kr",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said it would share intelligence with its allies.",
        "Troops will follow up with a second offensive, officials said.",
        "Copyright disputes are not at issue in this case.",
        "The attack began at 10:30 p.m. local time.",
        "More than 200 soldiers were killed.",
    ],
)
def test_content_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_word_tokens() -> None:
    assert word_tokens("The U.S. isn't \u201cready\u201d \u2014 2,000 troops") == [
        "the",
        "u.s",
        "isn't",
        "ready",
        "2",
        "000",
        "troops",
    ]


@pytest.mark.parametrize(
    ("paragraph", "lede"),
    [
        ("VENDRA, Ostland — Shelling hit the port overnight.", "Shelling hit the port overnight."),
        ("KORVAL, Ostland (AP) — The army said ...", "The army said ..."),
        ("NEW HARBOR (Wirewire) - Talks resumed.", "Talks resumed."),
        ("LONDON, March 3 (Reuters) - Britain said it would act.", "Britain said it would act."),
        # pipes around an agency code or a listed agency, a pipe ending the dateline
        ("VENDRA, Ostland | XNA | — Shelling hit the port.", "Shelling hit the port."),
        ("VENDRA, Ostland | Xinhua | — Shelling hit the port.", "Shelling hit the port."),
        ("KORVAL (Wirewire) | Talks resumed on Monday.", "Talks resumed on Monday."),
        ("NEW HARBOR, Ostland | Talks resumed.", "Talks resumed."),
        ("Tarvos (Kalapur) : Two men were killed.", "Two men were killed."),
        # a name or an acronym and a dash opening a sentence is no dateline
        ("Ostland — which denies it — said so.", "Ostland — which denies it — said so."),
        ("NATO — The alliance met on Monday.", "NATO — The alliance met on Monday."),
        ("The army said 40 drones were shot down.", "The army said 40 drones were shot down."),
        ("NATO | The alliance met on Monday.", "NATO | The alliance met on Monday."),
    ],
)
def test_a_wire_dateline_is_cut_from_the_lede(paragraph: str, lede: str) -> None:
    assert strip_dateline(paragraph) == lede


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("VENDRA, Ostland | XNA | — Shelling hit the port.", "VENDRA", "XNA"),
        ("KORVAL (Wirewire) | Talks resumed.", "KORVAL", "Wirewire"),
        ("WASHINGTON — The council met.", "WASHINGTON", None),
        ("Tarvos (Kalapur) : Two men were killed.", "Tarvos", None),
    ],
)
def test_one_dateline_pattern_gives_the_place_and_agency(paragraph, place, agency) -> None:
    found = match_dateline(paragraph)
    assert found is not None and (found.place, found.agency) == (place, agency)
    assert match_dateline("The council met in Washington on Monday.") is None


@pytest.mark.parametrize(
    ("paragraph", "place", "end"),
    [
        # a name in title case and a spaced dash: bare, a place only if the gazetteer knows it
        ("Tarvos - Briefing the council, the envoy spoke.", "Tarvos", "Briefing"),
        ("Port Vendra - Four traders were shot.", "Port Vendra", "Four"),
        # a line of capitals alone: a heading above the lede
        ("KORVAL", "KORVAL", ""),
    ],
)
def test_bare_datelines_in_title_case_and_alone(paragraph: str, place: str, end: str) -> None:
    found = match_dateline(paragraph)
    assert found is not None and found.bare and found.place == place
    assert paragraph[found.end :].startswith(end)
    assert match_dateline("Ostland - which denies it - said so.") is None


def test_a_bare_dateline_is_cut_only_when_the_test_says_it_is_a_place() -> None:
    known = {"Tarvos", "WASHINGTON"}.__contains__
    assert strip_dateline("Tarvos - Briefing the council.", known) == "Briefing the council."
    assert strip_dateline("WASHINGTON — The council met.", known) == "The council met."
    assert strip_dateline("Hamas - The group said so.", known) == "Hamas - The group said so."
    assert strip_dateline("Tarvos - Briefing the council.") == "Tarvos - Briefing the council."
    assert strip_dateline("KORVAL", {"KORVAL"}.__contains__) == "KORVAL"  # never emptied


def test_a_quotation_keeps_its_attribution_after_the_closing_mark() -> None:
    """'"... security!" Ana Sol declared to applause.' is one sentence: the name and speech
    verb after a closing quotation mark attribute it; "The minister said ..." (a lower-case
    role) or a sentence with no speech verb after it starts anew."""
    assert split_sentences(
        '"The first task is security!" Ana Sol declared to applause from the crowd. '
        "The council met later."
    ) == [
        '"The first task is security!" Ana Sol declared to applause from the crowd.',
        "The council met later.",
    ]
    assert split_sentences('"We will hold the bridge." General Piet Varga said. He left.') == [
        '"We will hold the bridge." General Piet Varga said.',
        "He left.",
    ]
    assert split_sentences('He shouted "Stop!" The minister said nothing. Then he left.') == [
        'He shouted "Stop!"',
        "The minister said nothing.",
        "Then he left.",
    ]
    assert split_sentences('"We leave now." Ana Sol crossed the bridge on Monday.') == [
        '"We leave now."',
        "Ana Sol crossed the bridge on Monday.",
    ]
