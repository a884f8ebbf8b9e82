"""English habits of wires, newsletters and government releases, each on an invented sentence.

Deal items in headline grammar ("X (City): $9M seed from A and B"), fronted "Besides X," adjuncts,
active awards ("Y awarded €3 million to X"), work-with and joint-lab partnerships, and the long
official names of state funds and public bodies.
"""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_deal_item_names_its_backers_after_from(loader, tmp_path):
    got = facts(loader, tmp_path, "Smaller deals\n- Brightwell Labs (Leeds): $4M seed from Foundry North and Halden "
                                  "Ventures.\n- Orrinmark (Porto): $2M from Arbelo Capital for speech models in "
                                  "Basque and Galician.\n")
    assert ("Foundry North", "INVESTED_IN", "Brightwell Labs") in got
    assert ("Halden Ventures", "INVESTED_IN", "Brightwell Labs") in got
    assert ("Arbelo Capital", "INVESTED_IN", "Orrinmark") in got
    assert not [f for f in got if f[0] in ("Basque", "Galician")]


def test_a_deal_item_with_a_led_round_names_its_lead(loader, tmp_path):
    got = relationships(loader, tmp_path, "They include:\n  * Quarrow Systems (Tralee) - €3 million equity investment, "
                                          "alongside a $20 million Series A led by Boston-based Pellham Ventures;\n")
    assert ("Pellham Ventures", "INVESTED_IN", "Quarrow Systems") in got
    # the item's first sum is the agency's ticket, not the lead's round
    assert "amount" not in got[("Pellham Ventures", "INVESTED_IN", "Quarrow Systems")]


def test_a_sentence_that_only_opens_with_a_name_is_no_deal_item(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightwell Labs: a year of growth from Foundry North customers.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_a_fronted_besides_adds_an_object_and_is_no_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "The Varden Growth Fund was launched in March with 2 billion euros.\n\n"
                                  "Besides Orlis Robotics, the fund has invested in Tallow Systems, a chip-design "
                                  "startup.\n")
    assert ("Varden Growth Fund", "INVESTED_IN", "Tallow Systems") in got
    assert ("Varden Growth Fund", "INVESTED_IN", "Orlis Robotics") in got
    assert ("Orlis Robotics", "INVESTED_IN", "Tallow Systems") not in got


def test_an_active_award_funds_the_name_after_to(loader, tmp_path):
    got = facts(loader, tmp_path, "The Varenne Programme awarded €3 million to Paris-based Lumiq Labs to build a "
                                  "speech model.\n")
    assert ("Varenne Programme", "FUNDS", "Lumiq Labs") in got


def test_a_passive_award_keeps_its_receiver(loader, tmp_path):
    got = facts(loader, tmp_path, "Lumiq Labs was awarded €3 million by the Varenne Programme.\n")
    assert ("Lumiq Labs", "FUNDS", "Varenne Programme") not in got


def test_working_with_and_a_joint_lab_are_partnerships(loader, tmp_path):
    got = facts(loader, tmp_path, "Halcyon Compute will work with Brightmoor Systems on inference research.\n"
                                  "Dorval Systems has agreed to form a joint research lab with Ostend University.\n")
    partners = {frozenset((a, b)) for a, kind, b in got if kind == "PARTNERS_WITH"}
    assert frozenset(("Halcyon Compute", "Brightmoor Systems")) in partners
    assert frozenset(("Dorval Systems", "Ostend University")) in partners


def test_a_long_official_fund_name_is_one_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Torvik Labs has raised 2 billion crowns in a round led by the National Applied "
                                  "Machine Intelligence Industry Investment Fund, the company said.\n")
    assert ("National Applied Machine Intelligence Industry Investment Fund", "INVESTED_IN", "Torvik Labs") in got


def test_a_documents_own_acronym_wins_over_a_known_one(loader, tmp_path):
    got = facts(loader, tmp_path, "The Irish Institute for Trustworthy AI (IITAI) was incorporated today.\n\n"
                                  "Halvorsen Group has signed a five-year partnership with IITAI covering researcher "
                                  "exchanges.\n")
    partners = {frozenset((a, b)) for a, kind, b in got if kind == "PARTNERS_WITH"}
    assert frozenset(("Halvorsen Group", "Irish Institute for Trustworthy AI")) in partners
    assert not [f for f in got if "Indian Institute of Technology" in f]


def test_founding_members_found_the_body_that_its_points_to(loader, tmp_path):
    got = facts(loader, tmp_path, "The Halvard Institute for Applied AI was incorporated this morning. Its founding "
                                  "members are Ostend University and the University of Brill.\n")
    assert ("Ostend University", "FOUNDED", "Halvard Institute for Applied AI") in got
    assert ("University of Brill", "FOUNDED", "Halvard Institute for Applied AI") in got


def test_a_place_in_brackets_makes_an_opening_word_a_name(loader, tmp_path):
    got = facts(loader, tmp_path, "- Vantelly (Austin) was acquired by Halvorsen Group.\n")
    assert ("Halvorsen Group", "ACQUIRED", "Vantelly") in got


def test_a_language_is_no_organisation(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group launched its Arabic chat assistant last week.\n"
                                  "- Orrinmark (Porto): $2M from Arbelo Capital for triage models in Yoruba.\n")
    assert not [f for f in got if "Arabic" in f or "Yoruba" in f]


def test_a_sentence_opening_with_its_stays_about_the_same_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Lyon-based model developer Orvane Labs has raised 90 million euros, the company said.\n\n"
                                  "Its Orvane-3 model family competes with Halvorsen Group and Pellow Systems in "
                                  "benchmarks.\n\nThe startup said it had signed a multi-year agreement with Tarnwick "
                                  "Compute.\n")
    partners = {frozenset((a, b)) for a, kind, b in got if kind == "PARTNERS_WITH"}
    assert frozenset(("Orvane Labs", "Tarnwick Compute")) in partners
    assert not [p for p in partners if "Tarnwick Compute" in p and ("Halvorsen Group" in p or "Pellow Systems" in p)]


def test_a_described_lab_raises_with_participants_after_a_bracketed_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "DEALS\n\nOrvane Reasoning raises $85M\nThe verification-focused model lab out of "
                                  "Lyon raised an $85 million Series A led by Tarn Capital, with Pellow Ventures "
                                  "(Halvorsen's venture arm) and Lyon-based Ardent Ventures joining.\n")
    assert ("Tarn Capital", "INVESTED_IN", "Orvane Reasoning") in got
    assert ("Pellow Ventures", "INVESTED_IN", "Orvane Reasoning") in got
    assert ("Ardent Ventures", "INVESTED_IN", "Orvane Reasoning") in got
    assert ("Pellow Ventures", "SUBSIDIARY_OF", "Halvorsen") in got
    assert ("Halvorsen", "INVESTED_IN", "Orvane Reasoning") not in got


def test_as_did_adds_a_subject_to_the_clause_before(loader, tmp_path):
    got = facts(loader, tmp_path, "Orvane Labs raised 3 billion euros in a round led by Tarn Capital. Halvorsen Group "
                                  "and Pellow Holdings also took part in the round, as did the Varden AI Guidance Fund, "
                                  "a vehicle set up last year.\n")
    assert ("Varden AI Guidance Fund", "INVESTED_IN", "Orvane Labs") in got
    assert ("Halvorsen Group", "INVESTED_IN", "Orvane Labs") in got


def test_a_fund_set_up_by_a_company_is_launched_by_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The Corvina Fund was founded by Ardent Capital in 2020.\n")
    assert ("Ardent Capital", "LAUNCHED", "Corvina Fund") in got


def test_putting_out_a_model_develops_it(loader, tmp_path):
    got = facts(loader, tmp_path, "LAUNCHES\n\n- Orvane AI (see above) put out Orvane-7, a 7B open-weight model.\n")
    assert ("Orvane AI", "DEVELOPS", "Orvane-7") in got
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_a_description_before_a_listed_name_is_not_the_previous_names_place(loader, tmp_path):
    got = facts(loader, tmp_path, "Orvane has lined up cornerstone investors including Tarn Investment, the Abu Dhabi "
                                  "sovereign fund Ardent Holdings and Pellow Capital.\n", locations=True)
    assert ("Tarn Investment", "BASED_IN", "United Arab Emirates") not in got


def test_the_startup_behind_a_product_develops_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group closed its acquisition of Tarnwick, the 40-person startup behind the "
                                  "Quillo code-review agent.\n")
    assert ("Tarnwick", "DEVELOPS", "Quillo") in got
    assert ("Halvorsen Group", "ACQUIRED", "Tarnwick") in got
