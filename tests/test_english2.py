"""English habits of news and releases, each on an invented sentence (not from any document):
standing holdings ("X owns 12% of Y"), products owned by the company in focus ("the company's
X assistant"), agencies named after their country ("Enterprise Ireland"), repeated prepositions
("in A and in B"), subjectless participial openings and products named after their maker."""

from __future__ import annotations

from tests.reading import facts


def test_a_standing_holding_is_an_investment_and_a_majority_a_subsidiary(loader, tmp_path):
    got = facts(loader, tmp_path, "Kestrel Partners owns 12% of Norvale Labs after leading its Series A in 2023. "
                                  "Halvorsen Group holds a 9% stake in Quillmoor AI, and Orbis Capital's stake in "
                                  "Vantrel Robotics is small. Brask Industries owns 70% of Tervo Systems.\n")
    assert {("Kestrel Partners", "INVESTED_IN", "Norvale Labs"), ("Halvorsen Group", "INVESTED_IN", "Quillmoor AI"),
            ("Orbis Capital", "INVESTED_IN", "Vantrel Robotics"), ("Tervo Systems", "SUBSIDIARY_OF", "Brask Industries")} <= got
    # the possessive owner of the second stake is no company held by the first owner
    assert ("Halvorsen Group", "INVESTED_IN", "Orbis Capital") not in got
    assert ("Brask Industries", "INVESTED_IN", "Tervo Systems") not in got


def test_the_company_s_named_assistant_or_its_named_model_is_what_the_story_s_company_develops(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale Labs raised a seed round from Kestrel Partners. The company's Norva-Chat "
                                  "assistant runs on phones. Its Qilin Vision model is open.\n")
    assert {("Norvale Labs", "DEVELOPS", "Norva-Chat"), ("Norvale Labs", "DEVELOPS", "Qilin Vision")} <= got
    # the product is no company: "it" never means it
    assert not [f for f in got if f[0] in ("Norva-Chat", "Qilin Vision")]


def test_an_agency_named_after_its_country_is_one_name_and_the_country_stays_a_country(loader, tmp_path):
    got = facts(loader, tmp_path, "Enterprise Ireland said it had backed Norvale Labs. Innovate UK backed Tervo "
                                  "Systems. Ireland's government launched the Quillon Programme.\n")
    assert ("Enterprise Ireland", "FUNDS", "Norvale Labs") in got
    assert ("Innovate UK", "FUNDS", "Tervo Systems") in got
    assert ("Ireland government", "LAUNCHED", "Quillon Programme") in got
    assert not [f for f in got if f[0] in ("Ireland", "United Kingdom")]


def test_a_region_or_a_headline_word_before_a_country_makes_no_agency(loader, tmp_path):
    got = facts(loader, tmp_path, "Why Ireland's government backed the Quillon Programme. Northern Ireland has a new "
                                  "fund, and Norway's government launched the Kestrel Programme.\n")
    assert ("Ireland government", "LAUNCHED", "Quillon Programme") in got or (
        "Ireland government", "FUNDS", "Quillon Programme") in got
    assert not [f for f in got if f[0].startswith(("Why", "Northern"))]


def test_a_conjunct_repeating_its_preposition_takes_the_same_role(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group has invested in Norvale Labs and in Quillmoor AI. Tervo Systems "
                                  "signed partnerships with Kestrel Systems and with Orbis Robotics.\n")
    assert {("Halvorsen Group", "INVESTED_IN", "Norvale Labs"), ("Halvorsen Group", "INVESTED_IN", "Quillmoor AI")} <= got
    assert {("Kestrel Systems", "PARTNERS_WITH", "Tervo Systems"), ("Orbis Robotics", "PARTNERS_WITH", "Tervo Systems")} <= got


def test_a_product_named_after_a_known_maker_or_model_is_a_model_and_the_maker_develops_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Anthropic shipped a public beta of Claude for Chrome in May. Humain, a Riyadh "
                                  "company, launched its Arabic chat assistant Humain Chat 2 last week.\n")
    assert ("Anthropic", "DEVELOPS", "Claude for Chrome") in got
    assert ("HUMAIN", "DEVELOPS", "Humain Chat 2") in got
    assert not [f for f in got if f[2] == "Claude"]


def test_a_product_named_after_the_company_in_the_sentence_is_its_own(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale Labs filed for a listing. Tervo Systems and Brask Labs are the "
                                  "sponsors of the deal. The Norvale-Drive assistant is installed in cars made by Kestrel "
                                  "Motors, with which Norvale signed a supply deal.\n")
    assert ("Norvale Labs", "DEVELOPS", "Norvale-Drive") in got
    assert not [f for f in got if f[1] == "DEVELOPS" and f[0] in ("Tervo Systems", "Brask Labs")]


def test_a_known_investor_with_a_region_after_it_is_its_regional_vehicle(loader, tmp_path):
    got = facts(loader, tmp_path, "- Norvale Health (Nairobi): $6M from Partech Africa for triage models.\n")
    assert ("Partech Africa", "INVESTED_IN", "Norvale Health") in got
    assert ("Partech", "INVESTED_IN", "Norvale Health") not in got


def test_a_founding_fragment_standing_alone_is_said_of_the_start_up_in_focus(loader, tmp_path):
    got = facts(loader, tmp_path, "Kestrel Partners led a $30 million round in Norvale Labs, a Lisbon startup. Orbis Capital "
                                  "also put money in. Founded in 2023 by two ex-Brask Systems engineers, Marta Quillon "
                                  "and Jonas Bredekamp.\n")
    assert {("Marta Quillon", "FOUNDED", "Norvale Labs"), ("Jonas Bredekamp", "FOUNDED", "Norvale Labs")} <= got
    # the employer only describes the founders; the investor who was the last subject founded nothing
    assert not [f for f in got if f[1] == "FOUNDED" and f[0] in ("Brask Systems", "Orbis Capital")]


def test_people_named_after_a_plural_role_are_people(loader, tmp_path):
    got = facts(loader, tmp_path, "Founded in 2021 by ex-Brask researchers, Ilse Varga and Tomas Reddel, Quillmoor AI "
                                  "builds chips.\n")
    assert {("Ilse Varga", "FOUNDED", "Quillmoor AI"), ("Tomas Reddel", "FOUNDED", "Quillmoor AI")} <= got


def test_backers_of_a_fronted_participle_back_the_main_clause_s_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "Backed by Orbis Ventures and Halden Capital, Tervo Robotics plans to expand.\n")
    assert {("Orbis Ventures", "INVESTED_IN", "Tervo Robotics"), ("Halden Capital", "INVESTED_IN", "Tervo Robotics")} <= got


def test_a_founding_fragment_before_a_described_subject_is_said_of_what_the_description_means(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale Labs raised a seed round. Founded in 2024 by two ex-Brask researchers, Marta "
                                  "Quillon and Jonas Bredekamp, the company sells invoice software.\n")
    assert {("Marta Quillon", "FOUNDED", "Norvale Labs"), ("Jonas Bredekamp", "FOUNDED", "Norvale Labs")} <= got


def test_a_maker_s_possessive_before_a_model_is_its_developer(loader, tmp_path):
    got = facts(loader, tmp_path, "Its Quill-3 model competes with Moonshot AI's Kimi and Google's new Gemini.\n")
    assert {("Moonshot AI", "DEVELOPS", "Kimi"), ("Google", "DEVELOPS", "Gemini")} <= got


def test_a_programme_glossed_as_one_keeps_its_country_and_it_is_the_programme_the_sentence_before_opened_with(
        loader, tmp_path):
    got = facts(loader, tmp_path, "The minister today launched AI Norway Onward, the Government's national programme "
                                  "to build compute. The programme commits NOK 2 billion of Treasury funding. It will "
                                  "be delivered together with Research Norway, Innovate Norway and Kestrel University.\n")
    assert {("Research Norway", "PARTICIPATES_IN", "AI Norway Onward"), ("Innovate Norway", "PARTICIPATES_IN", "AI Norway Onward"),
            ("Kestrel University", "PARTICIPATES_IN", "AI Norway Onward")} <= got
    # whose money it is names no recipient
    assert not [f for f in got if f[2] == "Treasury"]


def test_a_release_s_capitalised_company_owns_the_product_it_glosses(loader, tmp_path):
    got = facts(loader, tmp_path, "Cobalt Reach Labs raised a seed round. Its engineers built Atlas 2, the Company's new "
                                  "reasoning engine.\n")
    assert ("Cobalt Reach Labs", "DEVELOPS", "Atlas 2") in got


def test_a_name_with_a_post_of_an_organisation_after_it_is_a_person_and_the_post_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Ilse Varga, co-founder of Quillmoor AI, said the round closed. Dr Tomas Reddel, CEO of "
                                  "Norvale Labs, said Kestrel Partners invested in Norvale Labs.\n")
    assert ("Kestrel Partners", "INVESTED_IN", "Norvale Labs") in got
    assert not [f for f in got if "CEO" in f[0] or "CEO" in f[2] or f[0] in ("Ilse Varga", "Tomas Reddel", "Dr Tomas Reddel")
                and f[1] != "FOUNDED"]


def test_a_verb_with_its_object_after_an_appositive_is_the_main_clause_s(loader, tmp_path):
    got = facts(loader, tmp_path, "Marta Quillon, a former computer science professor at Kestrel University, founded "
                                  "Norvale Labs in 2023.\n")
    assert ("Marta Quillon", "FOUNDED", "Norvale Labs") in got
    assert ("Kestrel University", "FOUNDED", "Norvale Labs") not in got
