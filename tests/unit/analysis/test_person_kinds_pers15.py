"""Persons missed on unseen reporting, by kind, in invented sentences:

* lists of people: one-word names and names with "ul"/"ud" after a plural noun of people,
  "identified as", "the bodies of", "his associates" ("the arrested men included A B, C, D
  and E", "the slain policemen, A, B and C", "the nine men are A B, 70; C D @ E F, 64"), a
  single name and a full name joined by "and", a rank before each of two names;
* single names by their cue: "identified by the authorities as X", "his grandmother, X",
  "a man known as 'X'", a lower-case rank ("constable X"), the possessive before what only
  a person owns ("Morano's dictatorship"), "a rival, X Y,";
* the shape of a name: a nickname in quotes inside it ("Kelvin 'Bunny' Thomas"), initials
  without periods after a title ("IG MK Lodhi"), a middle initial without its period, a
  regnal numeral ("Rashid Kiram III"), the surnames "De" and "Das", a demonym before it
  ("Australian Omar Fareedi");
* titles missing from the lexicon: naval ranks, ranks abbreviated without a period,
  enlisted ranks, South Asian police offices, Malay and Fijian honorifics, church titles;
* people kept apart: a father's full name inside his son's ("Yusuf Maro Deni" and "Hamat
  Yusuf Maro Deni"), a well-known man's short name as a word of another man's name ("Abbas
  Kareemi", and "Abbas" alone in that source).

Each with guards that must stay no person: places in lists, peoples and faiths, group
nouns after a list, participles before a comma, quoted titles, acronyms, numbered wars and
phases, a day's or a town's possessive, a word shared by two people's names, and buildings
and streets named after a titled person ("the Queen Alexandra Barracks", "Bishop Street").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import people_of

_people = people_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one-word names in a list of the arrested, after a plural noun of people
        (
            "The arrested men included Tariq Hassan, Shahzeb, Nadeem and Farhan, police said.",
            {"Tariq Hassan", "Shahzeb", "Nadeem", "Farhan"},
        ),
        (
            "The slain guards were Hamid Ali, Yousaf, Sher Khan and Jalal.",
            {"Hamid Ali", "Yousaf", "Sher Khan", "Jalal"},
        ),
        # a list of one-word names only, set off after a plural noun of people, or after
        # "the bodies of"
        (
            "The slain policemen, Asif, Bilal and Naeem, were buried on Friday.",
            {"Asif", "Bilal", "Naeem"},
        ),
        (
            "Those killed were identified as Kamran, Nadeem, Shabbir and Amjad.",
            {"Kamran", "Nadeem", "Shabbir", "Amjad"},
        ),
        (
            "Rescuers recovered the bodies of Ramesh, Suresh and Dinesh from the river.",
            {"Ramesh", "Suresh", "Dinesh"},
        ),
        # after "his associates", and "the bodies of"/"named as" lists ending on a surname
        # that is a particle
        (
            "He was held with his associates Shakeel, Imran and Waqas.",
            {"Shakeel", "Imran", "Waqas"},
        ),
        (
            "The attackers killed three, named as Bimal, Sujit and Mohan Das.",
            {"Bimal", "Sujit", "Mohan Das"},
        ),
        # a rank before each of two names joined by "and", one of them a single name
        (
            "Among the dead were Havildar Sher Ali, Naik Umar and Sepoy Zafar Iqbal.",
            {"Sher Ali", "Umar", "Zafar Iqbal"},
        ),
        # a rank in lower case before a man known by one name
        ("The gunmen shot constable Rustam and fled.", {"Rustam"}),
        # a name joined by the particle "ul" in a list of the dead
        (
            "The dead constables were identified as Bashir Ahmed, Noor ul Haq, Karim, "
            "Sher Ali and Yousaf.",
            {"Bashir Ahmed", "Noor ul Haq", "Karim", "Sher Ali", "Yousaf"},
        ),
        ("The district police chief, Zia ud Din, said two men were held.", {"Zia ud Din"}),
        # a nickname in quotes between the given name and the surname
        ("Police named the victim as Kelvin 'Bunny' Thomas, 25.", {"Kelvin 'Bunny' Thomas"}),
        (
            "The dead were Marlon 'Shorty' Baptiste, 22, and Keron James, 19.",
            {"Marlon 'Shorty' Baptiste", "Keron James"},
        ),
        # initials without periods as the given name, after a title
        ("The Sindh IG MK Lodhi told reporters that the gunmen had fled.", {"MK Lodhi"}),
        ("Deputy Commissioner RS Malhi visited the site.", {"RS Malhi"}),
        ("The provincial IG AS Durrani said the attackers were known.", {"AS Durrani"}),
        # a middle initial without its period in a three-word name, any given name
        ("The IG (Operations), Tavil V Morkar, told reporters.", {"Tavil V Morkar"}),
        # more South Asian police offices and Malay honorifics are titles
        ("Two men shot SDPO Ch Ravan in March.", {"Ch Ravan"}),
        ("Prime Minister Datuk Seri Amran Tazli visited the town.", {"Amran Tazli"}),
        # two-word names in a list opened by a plural noun of people
        (
            "The nine men are Julok Radin, 70; Vero Nemar Patu @ Mohd Alam Patu, 53; Sabri "
            "Akmal Udin, 64.",
            {"Julok Radin", "Vero Nemar Patu", "Sabri Akmal Udin"},
        ),
        # "identified by the authorities as X"
        (
            "A driver identified by the Chinese authorities as Usmar Hasir drove into the crowd.",
            {"Usmar Hasir"},
        ),
        # one name after a kin noun beyond the nuclear family, and "a man known as 'X'"
        ("Speaking to reporters, his grandmother, Marisa, said he had left.", {"Marisa"}),
        (
            "Those killed are Tomas Reid, 50, and a man known as 'Dread'.",
            {"Tomas Reid", "Dread"},
        ),
        # a father's full name inside his son's is a person of its own
        (
            "Rebels killed President Yusuf Maro Deni in April. His son General Hamat Yusuf "
            "Maro Deni took power.",
            {"Yusuf Maro Deni", "Hamat Yusuf Maro Deni"},
        ),
        # a one-word name in the possessive before what only a person owns
        ("At the time, Morano's dictatorship was nearly 30 years old.", {"Morano"}),
        ("Tavira's young widow left the city.", {"Tavira"}),
        # a church title, and a rival in an apposition
        ("A figure of the party, Evangelist Tamsun, was killed by soldiers.", {"Tamsun"}),
        ("He had a dispute over land with a rival, Gulzar Mand, and others.", {"Gulzar Mand"}),
        # ranks abbreviated without a period, and enlisted ranks
        ("Capt Tomas Reed and Rifleman Kiran Thapa were wounded.", {"Tomas Reed", "Kiran Thapa"}),
        # a well-known man's short name as the given name of another, after a role
        ("Trader Abbas Kareemi said prices rose.", {"Abbas Kareemi"}),
        # naval and air ranks are titles, not words of the name
        ("Commodore Tevita Ralulu addressed the troops on Friday.", {"Tevita Ralulu"}),
        ("Ensign Marta Quiroga was among the crew.", {"Marta Quiroga"}),
        # a regnal numeral closes the name
        ("The self-proclaimed Sultan Rashid Kiram III died in 2013.", {"Rashid Kiram III"}),
        ("Rashid Kiram III said the men would stay.", {"Rashid Kiram III"}),
        # the surname "De" is no particle at the end of a name
        (
            '"They fled at night," said Tapan De, officer-in-charge of the Bally police station.',
            {"Tapan De"},
        ),
        # a demonym before each of two names joined by "and"
        (
            "The Treasury named Australian Omar Fareedi and Thai Somchai Vongsa as key actors.",
            {"Omar Fareedi", "Somchai Vongsa"},
        ),
    ],
)
def test_person_kinds(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert expected <= _people(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a name with "ul" is not cut to its first word
        ("The district police chief, Zia ud Din, said two men were held.", {"Zia"}),
        ("Police named the victim as Kelvin 'Bunny' Thomas, 25.", {"Kelvin", "Thomas"}),
        # a well-known person's given name opening another name is that other person
        ("The Treasury named Australian Abbas Kareemi as a key actor.", {"Mahmoud Abbas"}),
        ("Commodore Tevita Ralulu addressed the troops on Friday.", {"Commodore Tevita Ralulu"}),
        # the short name alone, in a source that never names the well-known man, is the
        # source's own man
        (
            "Abbas Kareemi, a trader, said prices rose. Abbas added that the road was shut.",
            {"Mahmoud Abbas"},
        ),
        ("Trader Abbas Kareemi said prices rose.", {"Mahmoud Abbas"}),
        ("Prime Minister Datuk Seri Amran Tazli visited the town.", {"Seri Amran Tazli"}),
    ],
)
def test_person_kind_parts_left_out(tmp_path: Path, text: str, absent: set[str]) -> None:
    assert not absent & _people(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        # peoples, and words qualifying a group noun after the list, are no one-word names
        "The victims, Sikhs and Hindus, lived nearby.",
        "The attackers, Lashkar and Jaish members, fled.",
        # a participle before a comma opens no list
        "Asked whether the leader was among those killed, Tarvel said this was unknown.",
        "The soldiers, Kabul police said, were ambushed near Gardez and Khost.",
        # a day's or a town's possessive, and a title before a street's head, name nobody
        "The killing came after Wednesday's assassination in the port.",
        "Kabul's young widows marched on Bishop Street.",
        # one word of two people's names in the possessive names neither alone
        "Rebels killed Yusuf Maro Deni. Maro's son Hamat Yusuf Maro Deni took power.",
        "His friends Lahore and Karachi visited.",
        # places in a list after a plural noun of places or a locative
        "The villages attacked included Marwat, Shahzeba and Tanda.",
        "Raids were carried out in Marwat, Gandal and Tanda on Monday.",
        # a quoted title or slogan is no nickname
        "He read 'Animal Farm' twice, Rana Gul's sister said.",
        # acronyms after a title-like word are no initials
        "The PTI Karachi chapter met the UN team.",
        # numbered wars and phases are no regnal names
        "The town was bombed in World War II and rebuilt in Phase III.",
        # a building named after a titled person is no person
        "Command changed at the Queen Alexandra Barracks in Nabua.",
        "The Treasury named the Kings Romans Casino a hub of crime.",
    ],
)
def test_person_kind_guards(tmp_path: Path, text: str) -> None:
    people = _people(tmp_path, text)
    allowed = {"Rana Gul", "Yusuf Maro Deni", "Hamat Yusuf Maro Deni"}
    assert people <= allowed, people
