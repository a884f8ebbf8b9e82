"""Habits of news articles, each on an invented text: a new name ending in the copula, an
investor's own vehicle after "through its", a verb inside a quotation, a headline's capitalised
verb, buying from a supplier, "이 회사의" after a partner, a field of AI before a descriptor.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_name_introduced_with_the_copula_is_found_without_it(loader, tmp_path):
    text = ("첫 투자처는 판교 소재 AI 반도체 스타트업 루미바톤이다. 루미바톤은 이날 300억원 규모의 시리즈B 투자를 유치했다고 밝혔다. "
            "이번 라운드는 한빛인베스트먼트가 주도했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("한빛인베스트먼트", "INVESTED_IN", "루미바톤") in got
    assert not [f for f in got if f[0].endswith("이다") or f[2].endswith("이다")]


def test_a_quoted_name_still_ends_at_its_particle(loader, tmp_path):
    got = facts(loader, tmp_path, "벤처캐피털 한빛인베스트먼트는 AI 스타트업 '솔바크'에 50억원을 투자했다.\n")
    assert ("한빛인베스트먼트", "INVESTED_IN", "솔바크") in got


_ROUND = ("Quarrel Labs has raised $900 million in a round led by Tamberlane Capital. "
          "Oakmoor Holdings committed $200 million through its Oakmoor Ventures. "
          "Penwick Ventures and Solace Partners also took part.\n")


def test_an_investor_s_own_vehicle_is_no_target(loader, tmp_path):
    got = facts(loader, tmp_path, _ROUND)
    assert ("Oakmoor Holdings", "INVESTED_IN", "Quarrel Labs") in got
    assert ("Oakmoor Ventures", "SUBSIDIARY_OF", "Oakmoor Holdings") in got
    assert ("Oakmoor Holdings", "INVESTED_IN", "Oakmoor Ventures") not in got
    # the co-investors after it join the round, not the vehicle
    assert ("Penwick Ventures", "INVESTED_IN", "Quarrel Labs") in got
    assert not [f for f in got if f[2] == "Oakmoor Ventures" and f[1] == "INVESTED_IN"]


def test_money_put_in_through_a_named_fund_still_reaches_its_target(loader, tmp_path):
    got = facts(loader, tmp_path, "Oakmoor Holdings invested $20 million in Quarrel Labs through the Oakmoor Ventures.\n")
    assert ("Oakmoor Holdings", "INVESTED_IN", "Quarrel Labs") in got


def test_a_quoted_verb_takes_no_object_after_the_quote(loader, tmp_path):
    text = ("Wendy Arkwright, an analyst at Telford Research, said Brisco was \"buying a seat at the table\" "
            "as Halvard Semiconductor's customers look elsewhere.\n")
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if f[1] == "ACQUIRED"]


def test_a_headline_verb_ends_no_name(loader, tmp_path):
    text = "Quarrel Labs Raises $40 Million, With Much of It Earmarked for Halvard Cloud\n\nQuarrel Labs said the money would fund hiring.\n"
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if "Raises" in f[0] or "Raises" in f[2]]
    assert ("Quarrel Labs", "INVESTED_IN", "Halvard Cloud") not in got  # the money's use, not an investment


def test_a_headline_partner_is_no_investor(loader, tmp_path):
    text = ("Quarrel Labs Raises $40 Million Series B, Announces Strategic Partnership with Halvard Cloud\n\n"
            "The round was led by Tamberlane Capital.\n")
    got = facts(loader, tmp_path, text)
    assert ("Halvard Cloud", "INVESTED_IN", "Quarrel Labs") not in got


def test_buying_capacity_from_a_supplier_is_no_takeover(loader, tmp_path):
    got = facts(loader, tmp_path, "Quarrel Labs signed an agreement to buy $2 billion of computing capacity from Halvard Cloud.\n")
    assert ("Quarrel Labs", "ACQUIRED", "Halvard Cloud") not in got
    assert {("Quarrel Labs", "PARTNERS_WITH", "Halvard Cloud"), ("Halvard Cloud", "PARTNERS_WITH", "Quarrel Labs")} & got
    # a company bought from its owner is still bought
    got = facts(loader, tmp_path, "Quarrel Labs acquired Brisco Robotics from Tamberlane Capital for $80 million.\n")
    assert ("Quarrel Labs", "ACQUIRED", "Brisco Robotics") in got


def test_this_company_s_after_a_partner_is_the_partner_s(loader, tmp_path):
    text = ("AI 반도체 스타트업 루미바톤은 데이터센터용 칩을 만든다. "
            "지난달에는 한빛테크놀로지와 손잡고 이 회사의 AI 모델 '한빛GPT'에 칩을 공급하기로 계약했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("루미바톤", "DEVELOPS", "한빛GPT") not in got
    assert {("루미바톤", "PARTNERS_WITH", "한빛테크놀로지"), ("한빛테크놀로지", "PARTNERS_WITH", "루미바톤")} & got
    # the topic's own, when no partner stands before
    got = facts(loader, tmp_path, "AI 스타트업 루미바톤은 이 회사의 AI 모델 '루미GPT'를 공개했다.\n")
    assert ("루미바톤", "DEVELOPS", "루미GPT") in got or ("루미바톤", "LAUNCHED", "루미GPT") in got


def test_a_field_of_ai_before_a_descriptor_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "메디루마AI는 지난달 서울 소재 교육AI 기업 한빛에듀에 인수됐다.\n", locations=True)
    assert not [f for f in got if "교육AI" in (f[0], f[2])]
    assert ("한빛에듀", "ACQUIRED", "메디루마AI") in got


def test_names_joining_after_a_round_is_announced_invested_in_it(loader, tmp_path):
    text = ("AI 반도체 스타트업 루미바톤은 이날 500억원 규모의 시리즈B 투자를 유치했다고 밝혔다. 이번 라운드는 한빛인베스트먼트가 주도했다. "
            "국내에서는 솔모루벤처스와 청람파트너스가 새로 이름을 올렸으며 기존 투자자인 다온캐피탈도 후속 투자에 나섰다.\n")
    got = facts(loader, tmp_path, text)
    assert ("솔모루벤처스", "INVESTED_IN", "루미바톤") in got
    assert ("청람파트너스", "INVESTED_IN", "루미바톤") in got
    assert not [f for f in got if f[1] == "PARTICIPATES_IN"]


def test_names_joining_a_named_programme_after_a_round_take_part_in_it(loader, tmp_path):
    text = ("AI 반도체 스타트업 루미바톤은 이날 500억원 규모의 시리즈B 투자를 유치했다고 밝혔다. "
            "솔모루벤처스는 '한빛 AI 반도체 얼라이언스'에 이름을 올렸으며 후속 투자도 검토하고 있다.\n")
    got = facts(loader, tmp_path, text)
    assert ("솔모루벤처스", "PARTICIPATES_IN", "한빛 AI 반도체 얼라이언스") in got
