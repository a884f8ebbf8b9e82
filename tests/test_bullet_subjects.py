"""Subjects given by the structure of a briefing: label bullets, "actor: event" bullets.

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts, relationships

# A deal table introduces the startup's name, as a monthly's comment section follows its table.
_TABLE = "기업\t분야\t투자자\t금액\n다온칩스\tAI 반도체\t키움인베스트먼트\t200억 원\n"


def test_a_label_bullet_is_the_subject_of_the_bullets_under_it(loader, tmp_path):
    got = facts(loader, tmp_path, _TABLE + "■ 코멘트\n- 다온칩스\n"
                "  · 2021년 부산대 출신 오세훈 대표가 설립, 엣지용 NPU 개발\n"
                "  · 3월 중 KT클라우드와 서버 공급계약 체결\n")
    assert ("오세훈", "FOUNDED", "다온칩스") in got
    assert {("다온칩스", "PARTNERS_WITH", "KT Cloud"), ("KT Cloud", "PARTNERS_WITH", "다온칩스")} & got


def test_a_tag_before_the_label_is_no_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 펀드 결성\n- (CVC) LG테크놀로지벤처스\n"
                "  · 계열사 출자로 1억 달러 규모 \"LG 그린 펀드\" 신규 조성\n")
    assert ("LG Technology Ventures", "LAUNCHED", "LG 그린 펀드") in got
    assert not [f for f in got if f[0] == "LP" or f[0] == "CVC"]


def test_a_bullet_saying_more_than_a_name_labels_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "- KT클라우드 관련 동향\n  · 3월 중 네이버와 서버 공급계약 체결\n")
    assert not {("KT Cloud", "PARTNERS_WITH", "Naver"), ("Naver", "PARTNERS_WITH", "KT Cloud")} & got


def test_an_actor_before_a_colon_is_the_topic_of_its_item(loader, tmp_path):
    got = facts(loader, tmp_path, "■ M&A\n- 카카오: 번역 스타트업 \"말결\" 지분 100% 인수 완료(2/3)\n"
                "- 엔씨소프트: 게임 QA 개발사 \"테스트봇\" 인수. 2/20 거래 종결\n")
    assert ("Kakao", "ACQUIRED", "말결") in got
    assert ("NCSOFT", "ACQUIRED", "테스트봇") in got


def test_a_minority_stake_named_without_case_is_no_takeover(loader, tmp_path):
    got = facts(loader, tmp_path, "- 카카오: 번역 스타트업 \"말결\" 지분 20% 인수\n")
    assert ("Kakao", "ACQUIRED", "말결") not in got


def test_acts_in_nominal_clauses_under_a_label_are_the_labels(loader, tmp_path):
    got = facts(loader, tmp_path, _TABLE + "- 다온칩스\n"
                "  · 2021년 오세훈 대표가 설립, 엣지용 추론 칩 \"DX-7\" 개발\n"
                "  · 라운드 직후 미국 소재 모델 평가 스타트업 \"벤치웰\" 인수(금액 비공개)\n")
    assert ("오세훈", "FOUNDED", "다온칩스") in got
    assert ("다온칩스", "DEVELOPS", "DX-7") in got
    assert ("다온칩스", "ACQUIRED", "벤치웰") in got
    assert ("오세훈", "DEVELOPS", "DX-7") not in got


def test_a_fund_formed_at_a_size_is_launched_by_the_label(loader, tmp_path):
    got = facts(loader, tmp_path, "- (GP) 키움인베스트먼트\n  · \"키움 딥테크 펀드\" 900억 원 규모로 1차 결성(3/12)\n")
    assert ("Kiwoom Investment", "LAUNCHED", "키움 딥테크 펀드") in got


def test_a_group_name_glued_to_an_investment_suffix_is_its_own_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "한결AI는 지난해 시리즈A에서 코메트캐피탈과 미쓰비시UFJ캐피탈로부터 20억 엔을 유치한 바 있다.\n")
    # The gazetteer knows the capital arm by its English name; what matters is that it, not its group, invested.
    assert ("Mitsubishi UFJ Capital", "INVESTED_IN", "한결AI") in got
    assert ("코메트캐피탈", "INVESTED_IN", "한결AI") in got


def test_a_group_affiliated_vc_is_the_groups(loader, tmp_path):
    got = facts(loader, tmp_path, "이번 라운드를 이끈 카카오벤처스는 카카오 계열의 벤처캐피털로, 투자를 늘려 왔다.\n")
    assert ("Kakao Ventures", "SUBSIDIARY_OF", "Kakao") in got
    assert not [f for f in got if "계열" in f[0] or "계열" in f[2]]


def test_companies_picked_as_supported_firms_take_part(loader, tmp_path):
    got = facts(loader, tmp_path, "과기정통부는 올해 신설한 '딥테크 도약 프로그램'의 첫 지원 기업으로 한결AI를 비롯해 "
                "소라랩스, 누비로보틱스 등 4개사를 선정했다고 밝혔다.\n")
    for member in ("한결AI", "소라랩스", "누비로보틱스"):
        assert (member, "PARTICIPATES_IN", "딥테크 도약 프로그램") in got


def test_the_body_a_programme_job_falls_to_takes_part(loader, tmp_path):
    got = facts(loader, tmp_path, "과기정통부는 올해 '딥테크 도약 프로그램'을 신설하고 300억 원을 편성했다. "
                "사업 운영은 정보통신산업진흥원이 맡는다.\n")
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", "딥테크 도약 프로그램") in got


def test_the_lps_listed_under_a_fund_invest_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "- (GP) 키움인베스트먼트\n  · \"키움 딥테크 펀드\" 900억 원 규모로 1차 결성(3/12)\n"
                "  · 주요 LP: KDB산업은행, 한빛생명, 삼성생명\n")
    for lp in ("한빛생명", "Samsung Life Insurance"):
        assert (lp, "INVESTED_IN", "키움 딥테크 펀드") in got
    assert ("Korea Development Bank", "FUNDS", "키움 딥테크 펀드") in got  # a state bank's money funds it
    assert not [f for f in got if f[0] == "LP"]


def test_a_fund_set_up_with_affiliates_money_is_theirs_too(loader, tmp_path):
    got = facts(loader, tmp_path, "- (CVC) LG테크놀로지벤처스\n"
                "  · LG전자·LG화학 등 계열사 출자로 1억 달러 규모 \"LG 그린 펀드\" 신규 조성\n")
    assert ("LG Electronics", "INVESTED_IN", "LG 그린 펀드") in got
    assert ("LG Chem", "INVESTED_IN", "LG 그린 펀드") in got


def test_a_company_named_with_its_division_takes_the_divisions_particle(loader, tmp_path):
    got = facts(loader, tmp_path, "한결AI는 저전력 칩을 개발했다. 지난해 삼성전자 파운드리사업부와 생산 계약을 맺었다.\n")
    assert {("한결AI", "PARTNERS_WITH", "Samsung Electronics"), ("Samsung Electronics", "PARTNERS_WITH", "한결AI")} & got


def test_each_firm_selected_gets_the_amount_from_the_label(loader, tmp_path):
    got = relationships(loader, tmp_path, "- (LP) 한국성장금융\n"
                        "  · 운용사로 키움인베스트먼트, 스마일게이트인베스트먼트 선정, 각 200억 원 출자 (총 400억 원)\n")
    for gp in ("Kiwoom Investment", "Smilegate Investment"):
        assert got[("Korea Growth Investment Corp.", "FUNDS", gp)]["amount"] == 200


def test_a_takeover_aimed_at_is_not_done(loader, tmp_path):
    got = facts(loader, tmp_path, "- SK텔레콤: 스타트업 \"쿨넷\" 인수 위한 우선협상대상자 지정. 본계약은 미체결\n")
    assert ("SK Telecom", "ACQUIRED", "쿨넷") not in got


def test_firms_chosen_after_their_role_take_part_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "- (LP) 한국성장금융\n  · 「딥테크 성장 출자사업」 결과 발표\n"
                "  · 운용사로 키움인베스트먼트, 스마일게이트인베스트먼트 선정\n")
    assert ("Kiwoom Investment", "PARTICIPATES_IN", "딥테크 성장 출자사업") in got
    assert ("Smilegate Investment", "PARTICIPATES_IN", "딥테크 성장 출자사업") in got


def test_money_received_through_a_ministrys_programme_is_the_ministrys(loader, tmp_path):
    got = relationships(loader, tmp_path, "한결AI는 2023년 도쿄에서 설립됐으며, 일본 경제산업성(METI)의 생성형 AI 개발 "
                        "지원사업 'GENIAC'에 참여해 GPU 이용료 5억 엔을 지원받았다.\n")
    assert got[("Ministry of Economy, Trade and Industry", "FUNDS", "한결AI")]["amount"] == 5


def test_supplying_a_customers_product_is_a_tie_with_the_customer(loader, tmp_path):
    got = facts(loader, tmp_path, "한결AI는 저전력 칩을 개발했다. 현재 LG전자의 공기청정기 신모델에 칩을 공급하고 있다.\n")
    assert {("한결AI", "PARTNERS_WITH", "LG Electronics"), ("LG Electronics", "PARTNERS_WITH", "한결AI")} & got


def test_investment_arranged_for_others_is_not_the_arrangers(loader, tmp_path):
    got = facts(loader, tmp_path, "한국성장금융은 선정 기업에 투자하는 민간 VC에 모태펀드 매칭 출자를 연계한다.\n"
                "한국성장금융은 모태펀드 매칭 출자를 연계한다.\n")
    assert not [f for f in got if f[0] == "Korea Growth Investment Corp." and f[1] in ("INVESTED_IN", "FUNDS")]
