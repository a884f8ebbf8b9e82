"""Korean report and news constructions nobody tuned for, each on an invented sentence.

Reports introduce a company by its city ("다낭의 ... 스타트업 X") and news tells a round, a
purchase or a spin-off in the words of a newsroom; see each test.
"""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_city_before_a_name_says_where_it_is_based(loader, tmp_path):
    got = facts(loader, tmp_path, "오사카의 재고 관리 AI 스타트업 미르텍스는 2025년 한빛벤처스로부터 40억 원을 유치했다.\n",
                locations=True)
    assert ("미르텍스", "BASED_IN", "Japan") in got
    assert ("한빛벤처스", "BASED_IN", "Japan") not in got


def test_a_headquarters_city_after_a_topic_says_where_it_is_based(loader, tmp_path):
    got = facts(loader, tmp_path, "라온캐피털은 뭄바이에 본사를 둔 벤처캐피털로, 2025년 보람AI에 투자했다.\n", locations=True)
    assert ("라온캐피털", "BASED_IN", "India") in got


def test_a_city_in_an_unrelated_phrase_places_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "서울의 한 행사장에서 미르텍스는 한빛벤처스로부터 40억 원을 유치했다고 밝혔다.\n",
                locations=True)
    assert not [f for f in got if f[1] == "BASED_IN"]


def test_the_investors_of_a_round_told_without_the_word_round(loader, tmp_path):
    got = facts(loader, tmp_path, "핀테크 스타트업 누리페이도 같은 날 80억 원 규모의 투자를 유치했다고 밝혔다. "
                                  "다온인베스트먼트가 투자를 주도했고 한빛벤처스가 참여했다.\n")
    assert ("다온인베스트먼트", "INVESTED_IN", "누리페이") in got
    assert ("한빛벤처스", "INVESTED_IN", "누리페이") in got


def test_a_round_described_by_who_led_it(loader, tmp_path):
    got = facts(loader, tmp_path, "핀테크 스타트업 누리페이는 5일 다온인베스트먼트가 주도한 시리즈B 라운드를 마무리했다고 밝혔다.\n")
    assert ("다온인베스트먼트", "INVESTED_IN", "누리페이") in got


def test_an_investor_topic_joining_the_round_before(loader, tmp_path):
    got = facts(loader, tmp_path, "로봇 스타트업 누리로보는 다온인베스트먼트가 주도한 시리즈 A에서 50억 원을 유치함. "
                                  "벤처캐피털 한빛벤처스는 기존 투자자로서 후속 투자에 참여함\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리로보") in got
    assert ("누리로보", "INVESTED_IN", "한빛벤처스") not in got


def test_this_company_is_the_company_not_the_investor_named_since(loader, tmp_path):
    got = facts(loader, tmp_path,
                "의료 AI 스타트업 누리헬스는 3월 다온인베스트먼트로부터 60억 원을 유치했다. "
                "벤처캐피털 한빛벤처스는 기존 투자자로서 후속 투자에 참여했다. "
                "이 회사는 같은 달 진단 모델 '누리-2'를 공개했다.\n")
    assert ("누리헬스", "DEVELOPS", "누리-2") in got
    assert ("한빛벤처스", "DEVELOPS", "누리-2") not in got


def test_the_company_side_speaks_for_the_company(loader, tmp_path):
    got = facts(loader, tmp_path,
                "반도체 스타트업 가온칩스는 17일 신규 투자를 유치했다. 회사 측은 이날 추론 칩 '가온-X2'도 공개했다.\n")
    assert ("가온칩스", "DEVELOPS", "가온-X2") in got
    assert not [f for f in got if "측" in f[0]]


def test_cofounders_named_with_their_c_level_titles(loader, tmp_path):
    got = facts(loader, tmp_path,
                "물류 스타트업 바람로직은 2022년 박준호 대표와 김서아 최고기술책임자(CTO)가 공동 창업했다.\n")
    assert ("박준호", "FOUNDED", "바람로직") in got
    assert ("김서아", "FOUNDED", "바람로직") in got


def test_a_unit_set_up_under_a_name_with_its_parent_and_a_place(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 스타트업 가온칩스는 지난 3월 독일 뮌헨에 100% 자회사 가온칩스 GmbH를 세웠다.\n")
    assert ("가온칩스 GmbH", "SUBSIDIARY_OF", "가온칩스") in got


def test_a_unit_set_up_with_a_latin_gloss_by_the_passage_topic(loader, tmp_path):
    got = facts(loader, tmp_path,
                "물류 스타트업 바람로직은 2025년 시리즈 B에서 100억 원을 유치했다. 조달 자금은 해외 진출에 쓰이며, 10월에는 하노이에 "
                "100% 현지 자회사 바람로직 베트남(Baram Logic Vietnam)을 설립함\n")
    assert ("바람로직 베트남", "SUBSIDIARY_OF", "바람로직") in got


def test_a_dedicated_subsidiary_launched_by_a_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "국부펀드 노을투자공사는 2025년 AI 전담 자회사 새벽AI를 출범시켰다.\n")
    assert ("새벽AI", "SUBSIDIARY_OF", "노을투자공사") in got


def test_a_possessive_subsidiary_with_what_it_does(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛홀딩스의 클라우드 자회사 한빛클라우드는 2025년 가온칩스와 공급 계약을 체결했다.\n")
    assert ("한빛클라우드", "SUBSIDIARY_OF", "한빛홀딩스") in got


def test_buying_the_whole_stake_of_a_company_acquires_it(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 스타트업 가온칩스는 컴파일러 스타트업 누리소프트의 지분 100%를 약 50억 원에 사들였다.\n")
    assert ("가온칩스", "ACQUIRED", "누리소프트") in got


def test_buying_a_minority_stake_acquires_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 스타트업 가온칩스는 컴파일러 스타트업 누리소프트의 지분 20%를 약 10억 원에 사들였다.\n")
    assert ("가온칩스", "ACQUIRED", "누리소프트") not in got


def test_joining_a_companys_financing_invests_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "국부펀드 노을투자공사는 2024년 설립된 기관으로, 2025년에는 반도체 스타트업 가온칩스의 "
                                  "대규모 자금 조달에 참여했다.\n")
    assert ("노을투자공사", "INVESTED_IN", "가온칩스") in got


def test_an_export_control_kept_on_a_company_far_before_the_cue(loader, tmp_path):
    got = facts(loader, tmp_path, "다만 미국 상무부는 화웨이에 대한 첨단 칩 수출에 건별 허가를 요구하는 수출 통제를 유지했다.\n")
    assert ("US Department of Commerce", "REGULATES", "Huawei") in got


def test_a_control_urged_on_others_is_not_kept(loader, tmp_path):
    got = facts(loader, tmp_path, "미국은 이에 대응하여 화웨이에 대한 수출 통제를 강화하도록 압박해 왔다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]


def test_a_partnership_title_with_a_latin_gloss_is_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "국부펀드 노을투자공사는 2025년 3월 「새벽 AI 파트너십(Saebyeok AI Partnership)」을 발표함\n")
    assert ("노을투자공사", "LAUNCHED", "Saebyeok AI Partnership") in got


def test_support_received_from_a_public_foundation(loader, tmp_path):
    got = facts(loader, tmp_path, "이 중 로봇 스타트업 누리로보는 국가로봇재단의 해양 로봇 과제에도 선정되어 30억 원을 별도로 지원받음\n")
    assert ("국가로봇재단", "FUNDS", "누리로보") in got


def test_a_share_of_a_budget_allocated_to_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "과기정통부는 이 사업에 2028년까지 총 300억 원을 투입하며, 이 가운데 70억 원이 "
                                  "반도체 스타트업 가온칩스에 배정됐다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "가온칩스") in got


def test_a_spin_off_from_a_laboratory_of_a_university(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 스타트업 가온칩스는 2022년 카이스트 전기전자공학부 연구실에서 분사한 회사로 칩을 만든다.\n")
    assert ("KAIST", "FOUNDED", "가온칩스") in got


def test_a_flow_told_as_what_one_countrys_investors_put_into_anothers(loader, tmp_path):
    got = facts(loader, tmp_path, "통계청 집계에 따르면 2025년 일본 투자자가 베트남 AI 기업에 투자한 금액은 약 9억 달러로 늘었다.\n")
    assert ("Japan", "VC_FLOW", "Vietnam") in got


def test_members_listed_as_dash_items_under_a_heading(loader, tmp_path):
    got = facts(loader, tmp_path,
                "□ 과기정통부는 2025년 6월 「AI 도약 프로그램(AI Leap Programme)」을 출범함\n"
                "  ○ 1차 선정 기업(2025년 8월 발표)은 다음과 같음\n"
                "   - 가온로보틱스(Gaon Robotics): 물류 로봇\n"
                "   - 누리 랩스(Nuri Labs): 의료 기록 요약\n"
                "  ○ 2차 선정은 2026년 진행될 예정임\n"
                "   - 한빛 랩스(Hanbit Labs): 데이터 라벨링\n")
    members = {f[0] for f in got if f[1] == "PARTICIPATES_IN"}
    assert members == {"가온로보틱스", "누리 랩스"}


def test_starting_up_a_dedicated_company_founds_it(loader, tmp_path):
    got = facts(loader, tmp_path, "국부펀드 노을투자공사는 2025년 5월 AI 전담 자회사 새벽AI를 출범시켰다.\n")
    assert ("노을투자공사", "FOUNDED", "새벽AI") in got


def test_members_included_in_the_selection_of_the_programme_before(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 과기정통부는 2025년 「AI 도약 프로그램(AI Leap Programme)」을 출범함\n"
                                  "○ 1차 선정 기업에는 가온로보틱스와 누리 랩스 등 12개사가 포함됨\n")
    assert ("가온로보틱스", "PARTICIPATES_IN", "AI 도약 프로그램") in got
    assert ("누리 랩스", "PARTICIPATES_IN", "AI 도약 프로그램") in got


def test_a_partner_set_up_with_founds_the_joint_venture_and_is_not_founded(loader, tmp_path):
    got = facts(loader, tmp_path, "국부펀드 노을투자공사는 2025년 12월 국영 에너지 기업 가온에너지와 함께 합작법인 새벽파워를 설립함\n")
    assert ("가온에너지", "FOUNDED", "새벽파워") in got
    assert ("노을투자공사", "FOUNDED", "새벽파워") in got
    assert ("노을투자공사", "FOUNDED", "가온에너지") not in got


def test_a_name_before_a_known_one_and_a_count_of_companies_is_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "누리벤처스는 지난달 가온엣지와 다솜로보틱스 2개사에 각각 20억 원을 투자했다.\n")
    assert ("누리벤처스", "INVESTED_IN", "가온엣지") in got
    assert ("누리벤처스", "INVESTED_IN", "다솜로보틱스") in got


def test_an_operator_company_is_introduced_by_what_it_runs(loader, tmp_path):
    got = facts(loader, tmp_path, "데이터센터 운영사 가람디씨는 지난해 누리벤처스로부터 50억 원을 투자받았다.\n")
    assert ("누리벤처스", "INVESTED_IN", "가람디씨") in got


def test_a_hangul_name_glossed_with_a_silicon_company_is_one_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 설계 기업 오르텐 실리콘(Orten Silicon)은 이달 반도체 스타트업 가온칩에 300만 달러를 투자했다.\n")
    assert ("오르텐 실리콘", "INVESTED_IN", "가온칩") in got


def test_a_company_joining_anothers_round_and_who_led_it(loader, tmp_path):
    got = facts(loader, tmp_path, "전자 기업 가온전자는 또한 일본 오사카의 물류 AI 스타트업 미르텍스(Mirtex)의 3,000만 달러 규모 "
                                  "시리즈A에 전략적 투자자로 참여했다. 이번 라운드는 벤처캐피털 한빛벤처스가 주도했다.\n")
    assert ("가온전자", "INVESTED_IN", "미르텍스") in got
    assert ("한빛벤처스", "INVESTED_IN", "미르텍스") in got
    assert ("한빛벤처스", "INVESTED_IN", "가온전자") not in got


def test_ntt_data_is_not_its_parent(loader, tmp_path):
    got = facts(loader, tmp_path, "NTT데이터는 2025년 가온AI에 50억 원을 투자했다.\n")
    assert ("NTT Data", "INVESTED_IN", "가온AI") in got


def test_the_founders_of_an_investor_do_not_lead_its_round(loader, tmp_path):
    got = facts(loader, tmp_path, "투자회사 누리캐피털은 가온그룹과 다솜은행이 2023년 공동으로 설립한 곳으로, 지난해 현지 "
                                  "스타트업 미르텍스의 시리즈A를 주도했다.\n")
    assert ("누리캐피털", "INVESTED_IN", "미르텍스") in got
    assert not [f for f in got if f[1] == "INVESTED_IN" and f[0] != "누리캐피털"]


def test_companies_counted_as_selected_join_the_programme_the_release_announced(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부, 「스마트 물류 로봇 실증사업」 선정 결과 발표\n\n"
                                  "□ 선정 결과\n ○ 산업통상자원부는 가온로보틱스, 다솜로보틱스 2개사를 선정하여 "
                                  "물류센터 자동화를 지원한다.\n"
                                  " ○ 한빛모빌리티와 미르로보틱스 2개사가 추가로 선정되었다.\n")
    programme = "스마트 물류 로봇 실증사업"
    for company in ("가온로보틱스", "다솜로보틱스", "한빛모빌리티", "미르로보틱스"):
        assert (company, "PARTICIPATES_IN", programme) in got
    assert ("Ministry of Trade, Industry and Energy", "FUNDS", "가온로보틱스") in got
    assert not [f for f in got if f[1] == "FUNDS" and f[2] in ("한빛모빌리티", "미르로보틱스")]


def test_a_field_label_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "○ (물류 자동화 분야) 산업통상자원부는 가온로보틱스에 20억 원을 지원한다.\n")
    assert not [f for f in got if f[2] == "물류 자동화"]


def test_money_put_into_a_companys_shares_is_invested_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "전자 기업 가온전자는 지난해 5월 한빛반도체 보통주에 3억 달러를 투자했다.\n")
    assert ("가온전자", "INVESTED_IN", "한빛반도체") in got


def test_a_quoted_name_after_a_chip_word_is_the_makers_product(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 스타트업 가온칩스는 자사 NPU '누리(NURI)'를 데이터센터 실증에 투입한다.\n")
    assert ("가온칩스", "DEVELOPS", "누리") in got


def test_a_partner_of_an_earlier_clause_is_not_the_next_topics(loader, tmp_path):
    got = facts(loader, tmp_path, "클라우드 기업 가온클라우드는 지난해 데이터 기업 한빛데이터와 5년간 GPU 공급 계약을 맺었고, "
                                  "소프트웨어 기업 누리소프트는 10월 다솜AI에 서버를 공급하는 클라우드 계약을 체결했다.\n")
    assert ("가온클라우드", "PARTNERS_WITH", "한빛데이터") in got
    assert ("누리소프트", "PARTNERS_WITH", "한빛데이터") not in got
    assert ("한빛데이터", "PARTNERS_WITH", "누리소프트") not in got


def test_a_deal_table_with_a_kind_column_says_which_deals_were_purchases(loader, tmp_path):
    got = relationships(loader, tmp_path, "표3. 주요 로봇 업계 거래\n(단위: 억 달러)\n"
                                          "시기\t인수·투자 주체\t대상\t유형\t금액\n"
                                          "2025.04\t가온그룹\t다솜로보틱스\t인수\t12\n"
                                          "2025.06\t누리벤처스\t한빛모빌리티\t지분투자\t0.5\n"
                                          "2025.08\t미르클라우드\t별빛데이터\t서버 공급계약\t30\n")
    assert got[("가온그룹", "ACQUIRED", "다솜로보틱스")]["amount_usd"] == 1_200_000_000
    assert ("누리벤처스", "INVESTED_IN", "한빛모빌리티") in got
    assert not [k for k in got if k[0] == "미르클라우드"]


def test_support_a_ministrys_press_release_states_passively_is_the_ministrys(loader, tmp_path):
    release = ("산업통상자원부 보도자료\n\n"
               "산업통상자원부는 올해 로봇 실증사업을 추진한다.\n"
               " - 가온로보틱스에는 12억 원, 다솜로보틱스에는 9억 원이 지원된다.\n")
    got = facts(loader, tmp_path, release)
    assert ("Ministry of Trade, Industry and Energy", "FUNDS", "가온로보틱스") in got
    assert ("Ministry of Trade, Industry and Energy", "FUNDS", "다솜로보틱스") in got
    selected = facts(loader, tmp_path, "산업통상자원부 보도자료\n\n ○ '스마트항만 물류 컨소시엄'이 선정되었으며, "
                                       "3년간 총 90억 원이 지원된다.\n")
    assert ("Ministry of Trade, Industry and Energy", "FUNDS", "스마트항만 물류 컨소시엄") in selected
    news = facts(loader, tmp_path, release.replace("산업통상자원부 보도자료", "로봇 업계 소식"))
    assert not [f for f in news if f[1] == "FUNDS" and f[2] in ("가온로보틱스", "다솜로보틱스")]


def test_the_agency_that_runs_a_programme_takes_part_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부는 「스마트 물류 로봇 실증사업」을 올해 출범시켰다. 정부는 3년간 이 사업에 "
                                  "200억 원을 투입하며, 사업 전담기관은 한국산업기술진흥원(KIAT)이 맡는다.\n")
    assert ("Korea Institute for Advancement of Technology", "PARTICIPATES_IN", "스마트 물류 로봇 실증사업") in got


def test_an_investment_company_is_no_subsidiary_and_its_founders_no_investors(loader, tmp_path):
    got = facts(loader, tmp_path, "서울의 AI 투자회사 노을파트너스는 한빛캐피털과 다온벤처스가 2023년 공동으로 설립한 곳으로, "
                                  "지난해 스타트업 미르텍스의 시리즈A 300억 원을 주도했다.\n")
    assert ("노을파트너스", "INVESTED_IN", "미르텍스") in got
    assert ("한빛캐피털", "FOUNDED", "노을파트너스") in got
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF" or f[2] == "노을파트너스" and f[1] == "INVESTED_IN"]


def test_a_company_left_unnamed_after_the_indefinite_han(loader, tmp_path):
    got = facts(loader, tmp_path, "한 일본 시장조사업체 분석에 따르면 AI 스타트업 미르텍스는 지난해 한빛벤처스로부터 40억 원을 유치했다.\n",
                locations=True)
    assert ("한빛벤처스", "INVESTED_IN", "미르텍스") in got
    assert not [f for f in got if "분석" in f[0] or "분석" in f[2]]


def test_a_venture_arm_described_as_a_subsidiary_before_its_name(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 미르텍스의 시리즈A에는 제조 기업 다온중공업의 벤처캐피털 자회사인 다온벤처스가 참여했다.\n")
    assert ("다온벤처스", "SUBSIDIARY_OF", "다온중공업") in got
    assert not [f for f in got if "자회사" in f[0] or "자회사" in f[2]]


def test_a_company_introduced_with_do_is_what_this_company_means_next(loader, tmp_path):
    got = facts(loader, tmp_path, "제조 기업 다온중공업은 지난해 새 공장을 열었다. "
                                  "부산의 물류 AI 스타트업 보람 인텔리전스(Boram Intelligence)도 주목받는다. "
                                  "이 회사는 지난해 한빛벤처스로부터 40억 원의 시드 투자를 받았다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "보람 인텔리전스") in got
    assert ("한빛벤처스", "INVESTED_IN", "다온중공업") not in got


def test_a_consortium_its_lead_and_its_members(loader, tmp_path):
    got = facts(loader, tmp_path, " ○ 클라우드 기업 가온클라우드가 주관기관을 맡은 '스마트항만 물류 컨소시엄'이 선정되었다.\n"
                                  "  - 참여기관은 다솜로보틱스, 한국대학교 물류연구원, 미르데이터랩으로, 부산항에 실증 설비를 구축한다.\n")
    consortium = "스마트항만 물류 컨소시엄"
    assert ("가온클라우드", "PARTICIPATES_IN", consortium) in got
    assert ("다솜로보틱스", "PARTICIPATES_IN", consortium) in got
    assert ("미르데이터랩", "PARTICIPATES_IN", consortium) in got
    assert ("한국대학교", "PARTICIPATES_IN", consortium) not in got


def test_a_latin_name_a_making_clause_describes_is_the_makers_product(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 기업 가온메모리가 개발한 16단 GXM5는 대역폭이 전 세대의 두 배다.\n")
    assert ("가온메모리", "DEVELOPS", "GXM5") in got
