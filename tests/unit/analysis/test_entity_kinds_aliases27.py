"""Side-aware aliases, city and region, police bodies and organisations missed blind
(issue 12, round aliases27), by kind, in invented sentences, each with near misses that
keep their old reading:

* a built-in short form (of a service, an organisation or a force) that a source defines
  for a body of its own binds to the source's body there, also when the long form spells it
  with more words than its letters ("Multinational Security Support Mission (MSS)") or when
  the built-in body's names spell no such letters ("Federal Savings Bank (FSB)"); a
  briefing that never names the built-in body reads the bare short form of its other sources
  as the defined body, one that names it keeps the built-in reading there, and the two are
  never one entity; a variant of the built-in name and a long form in the short form's own
  language stay the built-in body;
* a town whose name an area of another name carries ("the Tskhinvali region", a name of
  South Ossetia) stays a place apart from the area, in its source and across the briefing;
* "X Police Service", "X Police Department" are forces (an armed head noun), while a
  police academy or commission stays an organisation; a force named after its country is
  one force with the country's name or its demonym ("China Coast Guard", "Chinese Coast
  Guard") and with or without the police's second head ("Nigeria Police Force"), while two
  countries' coast guards stay two;
* a known body joined to another by "and the" ("Nato and the European Union") is two
  bodies; a known short form written in title case ("Nato", "Unicef") is the body; a firm
  named by "Management" or a Nordic company form ("Stena AB") is an organisation.
"""

from __future__ import annotations

import pytest

from builders import entities_by_name, source_entities


@pytest.mark.parametrize(
    ("text", "local", "known"),
    [
        (
            "The Kelvan-led Multinational Security Support Mission (MSS) deployed 200 officers "
            "to Dorvia. The MSS said its patrols reached the port.",
            "Multinational Security Support Mission",
            "Ministry of State Security",
        ),
        (
            "The Federal Savings Bank (FSB) froze the accounts on Monday. The FSB said the "
            "funds were stolen.",
            "Federal Savings Bank",
            "FSB",
        ),
        (
            "The Institute for Strategic Inquiry (ISI) released a survey. ISI researchers "
            "polled 2,000 people in Tarvo.",
            "Institute for Strategic Inquiry",
            "Inter-Services Intelligence",
        ),
    ],
)
def test_a_source_s_own_definition_wins_over_the_built_in_short_form(
    tmp_path, text, local, known
) -> None:
    found = entities_by_name(source_entities(tmp_path, text))
    assert known not in found, found
    assert "S1.2" in found[local][2]


def test_a_definition_written_before_its_head_noun_binds_to_its_own_body(tmp_path) -> None:
    found = entities_by_name(
        source_entities(
            tmp_path,
            "The Kelvo-led Multinational Security Support (MSS) Mission will end in June. The "
            "MSS thanked Dorvia for its support.",
        )
    )
    assert "Ministry of State Security" not in found
    assert found["Multinational Security Support"][0] == "organisation"
    assert "S1.2" in found["Multinational Security Support"][2]


def test_a_briefing_s_bare_short_form_is_its_own_definition_unless_it_names_the_known_body(
    tmp_path,
) -> None:
    defined = (
        "The Multinational Security Support Mission (MSS) sent 200 officers to Dorvia. The "
        "MSS said patrols began."
    )
    bare = "Gangs attacked a base in Tarvo on Sunday. MSS officers repelled the attack."
    spy = (
        "China's Ministry of State Security detained a consultant. The MSS said he passed "
        "secrets abroad."
    )
    found = entities_by_name(source_entities(tmp_path, defined, bare))
    assert "S2.2" in found["Multinational Security Support Mission"][2]
    assert "Ministry of State Security" not in found
    # near miss: a briefing that names the known body keeps it for the undefined source
    found = entities_by_name(source_entities(tmp_path, defined, bare, spy))
    mission = found["Multinational Security Support Mission"]
    ministry = found["Ministry of State Security"]
    assert "S1.2" in mission[2] and "S2.2" not in mission[2]
    assert {"S2.2", "S3.2"} <= set(ministry[2])
    assert "Multinational Security Support Mission" not in ministry[1]


def test_variants_and_translations_of_a_built_in_name_stay_the_built_in_body(tmp_path) -> None:
    found = entities_by_name(
        source_entities(
            tmp_path,
            "The Federal Security Service (FSB) arrested two men in Kelvo. FSB officers "
            "searched their flats.",
            "The Partiya Karkeren Kurdistane (PKK) claimed the ambush. PKK fighters withdrew.",
            "The Central Intelligence Agency (CIA) declined to comment. CIA analysts said the "
            "report was wrong.",
        )
    )
    assert "S1.2" in found["FSB"][2]
    assert "S2.2" in found["Kurdistan Workers' Party"][2]
    assert "S3.2" in found["Central Intelligence Agency"][2]


def test_a_town_named_in_another_area_s_name_stays_apart(tmp_path) -> None:
    region = (
        "Officials said troops had massed near the Tskhinvali region. Residents of Tskhinvali "
        "said shops were closed. In South Ossetia, leaders called for calm."
    )
    town = "Shells hit Tskhinvali overnight. Residents of Tskhinvali fled to the hills."
    found = entities_by_name(source_entities(tmp_path, region))
    assert found["Tskhinvali"][0] == "place"
    assert "Tskhinvali" not in found["South Ossetia"][1]
    assert "S1.2" in found["Tskhinvali"][2] and "S1.2" not in found["South Ossetia"][2]
    found = entities_by_name(source_entities(tmp_path, town, region))
    assert {"S1.1", "S2.2"} <= set(found["Tskhinvali"][2])
    assert "S1.1" not in found["South Ossetia"][2]


def test_city_and_region_pairs_stay_apart(tmp_path) -> None:
    # near misses of the kind: pairs that were apart and stay so
    found = entities_by_name(
        source_entities(
            tmp_path,
            "Artillery hit the city of Donetsk. Fighting went on in the Donetsk region. A drone "
            "struck a market in Kherson, and the Kherson region lost power.",
            "Police in Srinagar detained 20 protesters as Kashmir stayed under curfew. In "
            "Darfur, fighters besieged El Fasher.",
        )
    )
    for city, area in [
        ("Donetsk", "Donetsk Oblast"),
        ("Kherson", "Kherson Oblast"),
        ("Srinagar", "Kashmir"),
        ("El Fasher", "Darfur"),
    ]:
        assert found[city][0] == found[area][0] == "place"
        assert city not in found[area][1]


@pytest.mark.parametrize(
    "name",
    [
        "Kelvania Police Service",
        "Solmark National Police Service",
        "Tarvo Police Department",
        "Morvan Police Force",
        "National Police of Tarsland",
        "Dorvia Gendarmerie",
        "Velsh Coast Guard",
    ],
)
def test_police_bodies_are_forces_found_whole(tmp_path, name) -> None:
    found = entities_by_name(
        source_entities(tmp_path, f"The {name} said two officers were wounded on Friday.")
    )
    assert found[name][0] == "force", found


def test_a_defined_police_service_is_a_force(tmp_path) -> None:
    found = entities_by_name(
        source_entities(
            tmp_path,
            "The Kelvo Police Service (KPS) denied the claims. KPS officers were not involved.",
        )
    )
    assert found["Kelvo Police Service"][0] == "force"
    assert "S1.2" in found["Kelvo Police Service"][2]


@pytest.mark.parametrize(
    "name",
    [
        "Kelvo Police Academy",
        "National Police Service Commission",
        "Morvan Police Commission",
        "Tarvo Fire Service",
        "Kelvo Civil Service",
    ],
)
def test_a_police_s_civil_body_and_other_services_stay_organisations(tmp_path, name) -> None:
    found = entities_by_name(source_entities(tmp_path, f"The {name} met on Friday in Tarvo."))
    assert found[name][0] == "organisation", found


def test_a_country_s_force_is_one_with_its_name_or_demonym(tmp_path) -> None:
    found = entities_by_name(
        source_entities(
            tmp_path,
            "The China Coast Guard fired water cannon at the boat. The Chinese Coast Guard "
            "said it acted lawfully. The Philippine Coast Guard filed a protest.",
            "The Haiti National Police said two officers died. The Haitian National Police "
            "raised the toll. The Nigeria Police arrested the men, and the Nigeria Police Force "
            "said they would be charged.",
        )
    )
    coast = [n for n in found if n in {"China Coast Guard", "Chinese Coast Guard"}]
    assert len(coast) == 1 and {"S1.1", "S1.2"} <= set(found[coast[0]][2])
    assert "S1.3" in found["Philippine Coast Guard"][2]
    assert "S1.3" not in found[coast[0]][2]
    haiti = [n for n in found if n in {"Haiti National Police", "Haitian National Police"}]
    assert len(haiti) == 1
    nigeria = [n for n in found if n in {"Nigeria Police", "Nigeria Police Force"}]
    assert len(nigeria) == 1 and found[nigeria[0]][0] == "force"


def test_a_known_body_and_the_other_are_two_bodies(tmp_path) -> None:
    found = entities_by_name(
        source_entities(
            tmp_path,
            "Nato and the European Union issued demands for restraint. Interpol and the World "
            "Bank signed a pact. The Kelvo Trade and the Economy Ministry did not comment.",
        )
    )
    assert found["European Union"][0] == "organisation"
    assert found["NATO"][0] == "organisation" and "Nato" in found["NATO"][1]
    assert found["World Bank"][0] == "organisation"
    assert not any(" and the " in n for n in found if n.startswith(("Nato", "Interpol")))


def test_title_case_short_forms_name_their_bodies(tmp_path) -> None:
    found = entities_by_name(
        source_entities(
            tmp_path,
            "Sadc leaders met in Harare. Unicef said 20 children died. Ecowas troops arrived. "
            "Care workers and Iris Banda of Tarvo helped.",
        )
    )
    assert "Sadc" in found["Southern African Development Community"][1]
    assert "Unicef" in found["UNICEF"][1]
    assert "Ecowas" in found["Economic Community of West African States"][1]
    assert "CARE" not in found


@pytest.mark.parametrize(
    "name", ["Northern Kelvo Management", "Tarvo Asset Management", "Stena Kelvo AB", "Orvik ASA"]
)
def test_firms_by_their_head_or_company_form(tmp_path, name) -> None:
    found = entities_by_name(
        source_entities(tmp_path, f"{name} said the tanker was heading north on Friday.")
    )
    assert found[name][0] == "organisation", found


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("The political editor of the Sunday Times said a meeting was held.", "Sunday Times"),
        ("The Sunday Telegraph reported the deal on Friday.", "Sunday Telegraph"),
        ("A reporter for the Sunday Kelvo Mail was held.", None),
    ],
)
def test_a_paper_named_for_its_day_is_an_organisation(tmp_path, text, paper) -> None:
    found = entities_by_name(source_entities(tmp_path, text))
    if paper:
        assert found[paper][0] == "organisation", found
    else:
        assert not any(n.startswith("Sunday") for n in found), found


def test_a_weekday_before_a_place_is_no_paper(tmp_path) -> None:
    found = entities_by_name(
        source_entities(tmp_path, "Reporters met on Sunday. On Sunday Times Square was empty.")
    )
    assert not any(n.startswith("Sunday") for n in found), found


@pytest.mark.parametrize(
    "party", ["Social Democrats", "Free Democrats", "Kelvo Democrats", "Tarvo Republicans"]
)
def test_a_party_named_by_its_members_is_an_organisation(tmp_path, party) -> None:
    found = entities_by_name(
        source_entities(tmp_path, f"The opposition {party} voted against the bill on Friday.")
    )
    assert found[party][0] == "organisation", found
    assert not any(etype == "person" for etype, _, _ in found.values()), found


def test_a_country_s_people_are_no_party(tmp_path) -> None:
    # near miss: a country's name before the plural is its people ("Niger Republicans")
    found = entities_by_name(
        source_entities(tmp_path, "The spokesman said Niger Republicans had voted on Friday.")
    )
    assert "Niger Republicans" not in found, found
    assert found["Niger"][0] == "country"
