"""English business-news habits, each on an invented text (not from any document).

A headline joins two deals with a comma ("A buys into a start-up, signs B pact"); a stake is
taken in a company described before its name ("a 9 per cent stake in Dutch drone maker X"), and
the others of that round "also took part" in the next sentence; an investor co-invests "in B's
round alongside C", and a fronted comparative ("Closer to home,") is no company.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_headline_comma_before_a_verb_opens_a_new_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital buys into Danish drone start-up, signs Velmora cloud pact\n\n"
                "Harrowgate Capital is an investment firm based in Oslo.\n")
    assert ("Harrowgate Capital", "INVESTED_IN", "Velmora") not in got


def test_a_stake_in_a_described_company_and_the_others_in_its_round(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital has taken a 9 per cent stake in Dutch drone maker Skelda Robotics "
                "for €50 million. Brightwater Ventures and Fenmoor Partners also took part.\n")
    assert {("Harrowgate Capital", "INVESTED_IN", "Skelda Robotics"), ("Brightwater Ventures", "INVESTED_IN", "Skelda Robotics"),
            ("Fenmoor Partners", "INVESTED_IN", "Skelda Robotics")} <= got


def test_co_investing_in_a_named_round_alongside_others(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital holds a 2 per cent stake in Paris-based Lumetra AI. "
                "Harrowgate Capital co-invested in Quorvia's $80 million round in May alongside Brightwater Ventures "
                "and Fenmoor Partners, which led it.\n")
    assert {("Harrowgate Capital", "INVESTED_IN", "Lumetra AI"), ("Harrowgate Capital", "INVESTED_IN", "Quorvia"),
            ("Brightwater Ventures", "INVESTED_IN", "Quorvia"), ("Fenmoor Partners", "INVESTED_IN", "Quorvia")} <= got
    assert ("Fenmoor Partners", "INVESTED_IN", "Lumetra AI") not in got


def test_a_fronted_comparative_is_no_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital invested in Skelda Robotics in 2024. "
                "Closer to home, it completed the acquisition of Oslo-based analytics firm Tindra Data last month.\n")
    assert not any(subject == "Closer" for subject, _, _ in got)


def test_a_headlines_short_name_stands_for_the_full_name_of_the_lead(loader, tmp_path):
    got = facts(loader, tmp_path, "Qasr AI eyes robotics deals\n\n"
                "Qasr AI Holding, Oman's state technology vehicle, was set up in 2024. "
                "Qasr took a 5 per cent stake in Lisbon-based Tervale Labs in March.\n")
    assert ("Qasr AI Holding", "INVESTED_IN", "Tervale Labs") in got
    assert ("Qasr AI", "INVESTED_IN", "Tervale Labs") not in got


def test_a_name_modifying_the_appositives_noun_is_no_list_member(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvane AI, the Halden University spin-off behind the Brisk models, raised "
                "2 billion yuan from Tenmoor Capital.\n")
    assert ("Tenmoor Capital", "INVESTED_IN", "Corvane AI") in got
    assert not any(obj == "Halden University" for _, rel, obj in got if rel in ("FUNDS", "INVESTED_IN"))


def test_where_a_described_company_is_based(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital bought Norway-based Arabic speech-technology firm Tindra Data in May. "
                "Oracle will build the site, while Kuwaiti telecoms operator Velnet will provide connectivity.\n", locations=True)
    assert {("Tindra Data", "BASED_IN", "Norway"), ("Velnet", "BASED_IN", "Kuwait")} <= got


def test_a_fronted_founder_glossed_with_a_spelling_and_an_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, "Tenmoor Capital led the round. Founded in 2022 by Wei Lanfang (魏兰芳), a former "
                "researcher at Baidu's research lab, Corvane Robotics counts no foreign investors.\n")
    assert ("Wei Lanfang", "FOUNDED", "Corvane Robotics") in got
    assert ("Wei Lanfang", "FOUNDED", "Baidu") not in got


def test_the_arm_of_a_giant_described_before_its_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Brackwell Capital, the venture arm of food-delivery giant Tenmoor, invested in "
                "Corvane Robotics in May.\n")
    assert ("Brackwell Capital", "SUBSIDIARY_OF", "Tenmoor") in got
