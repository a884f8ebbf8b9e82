"""Constructions that recur across samples by different writers (third round), each on an invented sentence.

A construction earns a rule here only when documents of at least three samples use it; each
rule has a near miss beside it that must not fire.
"""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_round_another_company_raised_and_the_subject_led(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 지난해 모레아랩스가 유치한 300억 원 규모 시리즈B 투자를 주도했다. "
                                  "로뎀캐피탈과 한빛벤처스도 이 라운드에 이름을 올렸다.\n")
    assert ("로뎀캐피탈", "INVESTED_IN", "모레아랩스") in got
    assert ("한빛벤처스", "INVESTED_IN", "모레아랩스") in got
    assert ("로뎀캐피탈", "INVESTED_IN", "Kakao") not in got


def test_one_more_investor_along_with_the_others_in_the_round_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "로뎀전자의 투자 자회사인 로뎀벤처스는 이달 초 모레아랩스에 300억 원을 넣었습니다. "
                                  "로봇 제어 모델을 만드는 곳입니다. 이번 라운드엔 한빛벤처스도 함께했습니다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "모레아랩스") in got
    assert ("한빛벤처스", "INVESTED_IN", "로뎀벤처스") not in got


def test_being_there_with_others_outside_a_round_is_no_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "모레아랩스는 어제 시리즈A 투자를 유치했다. 지난 행사에는 한빛전자도 함께했다.\n")
    assert not [f for f in got if f[0] == "한빛전자"]


def test_joining_as_a_co_investor_right_after_a_round(loader, tmp_path):
    got = facts(loader, tmp_path, "다온전자는 이스라엘 반도체 기업 케레넷에 2000만달러를 넣었다. "
                                  "현지 벤처캐피털 로뎀파트너스가 공동 투자자로 이름을 올렸다.\n")
    assert ("로뎀파트너스", "INVESTED_IN", "케레넷") in got
    got = facts(loader, tmp_path, "AI 스타트업 케레넷은 다온캐피탈로부터 2000만달러 규모 시리즈A 투자를 유치했다. "
                                  "로뎀파트너스가 공동 투자자로 참여했다.\n")
    assert ("로뎀파트너스", "INVESTED_IN", "케레넷") in got


def test_joining_a_programme_as_an_investor_is_not_the_round(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 케레넷은 다온캐피탈로부터 2000만달러 규모 시리즈A 투자를 유치했다. "
                                  "로뎀파트너스는 정부의 '스마트 AI 펀드' 사업에 투자자로 참여했다.\n")
    assert ("로뎀파트너스", "INVESTED_IN", "케레넷") not in got


def test_co_investors_who_also_invested_in_the_round_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. Hanbit Ventures and "
                                  "the Daon Fund, a municipal fund, also invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got
    assert ("Daon Fund", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. Hanbit Ventures invested too.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got


def test_an_amount_invested_unsaid_or_a_round_reported_further_back(loader, tmp_path):
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. It did not say how "
                                  "much Hanbit Ventures had invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") not in got
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. It has 40 staff. "
                                  "The team is in Oslo. Hanbit Ventures also invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") not in got


def test_a_co_lead_leads_with_its_co_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "Rodem Capital co-led the $3 million seed round in Morea Labs with Hanbit Ventures.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Morea Labs raised $40 million. Rodem Capital co-led the round with Hanbit Ventures.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got


def test_a_co_lead_with_money_of_its_own_names_no_co_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "Rodem Capital co-led the $3 million seed round in Morea Labs with $2 million of its own.\n")
    assert got == {("Rodem Capital", "INVESTED_IN", "Morea Labs")}


def test_investors_joining_along_with_a_counted_list_of_backers(loader, tmp_path):
    got = facts(loader, tmp_path, "Morea Labs raised $80 million in a Series B round led by Rodem Capital. Daon Capital "
                                  "joined, along with two foreign backers: US firm Hanbit Ventures and South Korea's Hallasan Capital.\n")
    assert {("Daon Capital", "INVESTED_IN", "Morea Labs"), ("Hanbit Ventures", "INVESTED_IN", "Morea Labs"),
            ("Hallasan Capital", "INVESTED_IN", "Morea Labs")} <= got
    assert not [f for f in got if f[2] == "United States" or f[0] == "United States"]


def test_a_unit_named_after_its_owner_and_a_few_words_of_what_it_does(loader, tmp_path):
    got = facts(loader, tmp_path, "로뎀전자의 기술 스타트업 투자 조직 로뎀벤처스는 모레아랩스에 후속 투자했다.\n")
    assert ("로뎀벤처스", "SUBSIDIARY_OF", "로뎀전자") in got
    got = facts(loader, tmp_path, "로뎀전자의 AI 싱크탱크인 로뎀연구소는 모레아랩스와 협약을 맺었다.\n")
    assert ("로뎀연구소", "SUBSIDIARY_OF", "로뎀전자") in got
    got = facts(loader, tmp_path, "Morea Labs invests through its venture arm, Morea Ventures.\n")
    assert ("Morea Ventures", "SUBSIDIARY_OF", "Morea Labs") in got


def test_a_country_before_a_unit_noun_owns_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "미국의 대표 AI 싱크탱크인 로뎀연구소는 모레아랩스와 협약을 맺었다.\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]
    got = facts(loader, tmp_path, "Morea Labs sold its robotics arm to Hanbit Robotics.\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]


def test_a_bare_fund_picking_its_first_investee(loader, tmp_path):
    got = facts(loader, tmp_path, "충북도는 500억원 규모의 '충북 AI 혁신펀드'를 결성했다. 펀드는 첫 투자처로 AI 신약개발 "
                                  "스타트업 뉴로핀을 택하고 30억원을 투자했다.\n")
    assert ("충북 AI 혁신펀드", "INVESTED_IN", "뉴로핀") in got
    got = facts(loader, tmp_path, "충북도는 500억원 규모의 '충북 AI 혁신펀드'를 결성했다. 이 펀드는 첫 투자처로 AI 스타트업 뉴로핀을 낙점했다.\n")
    assert ("충북 AI 혁신펀드", "INVESTED_IN", "뉴로핀") in got
    got = facts(loader, tmp_path, "로뎀인베스트먼트는 지난해 'AI 딥테크 1호 펀드'를 결성했다. 모레아랩스는 펀드의 첫 번째 투자처다.\n")
    assert ("AI 딥테크 1호 펀드", "INVESTED_IN", "모레아랩스") in got


def test_a_company_picked_for_something_else_or_a_qualified_fund_is_no_investee(loader, tmp_path):
    got = facts(loader, tmp_path, "충북도는 500억원 규모의 '충북 AI 혁신펀드'를 결성했다. 이 펀드는 올해의 기업으로 AI 스타트업 뉴로핀을 골랐다.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]
    got = facts(loader, tmp_path, "충북도는 500억원 규모의 '충북 AI 혁신펀드'를 결성했다. 벤처 펀드는 뉴로핀에 30억원을 투자했다.\n")
    assert ("충북 AI 혁신펀드", "INVESTED_IN", "뉴로핀") not in got


def test_a_fund_of_funds_named_last_is_not_what_a_bare_fund_means(loader, tmp_path):
    got = facts(loader, tmp_path, "충북도는 '충북 AI 혁신펀드'를 결성했다. 한빛벤처투자가 운용하는 모태펀드가 200억원을 출자했다. "
                                  "펀드는 첫 투자처로 AI 스타트업 뉴로핀을 택하고 30억원을 투자했다.\n")
    assert not [f for f in got if f[0] in ("모태펀드", "Korea Fund of Funds") and f[2] == "뉴로핀"]


def test_its_first_cheque_went_to_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Rodem Capital closed its third fund. Its first investment was a seed cheque in Morea Labs.\n")
    assert ("Rodem Capital", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Rodem Capital launched a $500 million fund on Thursday. Its first cheque went to Morea Labs.\n")
    assert ("Rodem Capital", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Morea Labs raised $5 million. Its first customer went to court.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN" and f[2] == "court"]


def test_venture_money_from_one_countrys_investors_to_anothers_startups(loader, tmp_path):
    got = relationships(loader, tmp_path, "Investors from Japan put about US$1.3 billion into Indian startups in 2025.\n")
    assert ("Japan", "VC_FLOW", "India") in got
    got = relationships(loader, tmp_path, "American VC firms invested $1.2 billion in Chinese AI companies in 2025.\n")
    assert ("United States", "VC_FLOW", "China") in got


def test_a_countrys_firms_investing_abroad_are_no_venture_flow(loader, tmp_path):
    got = relationships(loader, tmp_path, "American firms invested $2 billion in Chinese companies.\n")
    assert not [f for f in got if f[1] == "VC_FLOW"]
