"""Korean investments: who invested in whom (rounds, leads, co-investors, deal lists and cards), and the
wordings that state no investment. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts, relationships


def test_investors_named_by_who_led_right_after_a_round_closed(loader, tmp_path):
    text = ("모바일 결제 스타트업 페이담은 30억원 규모 프리A 라운드를 마쳤다. "
            "한결벤처스가 주도하고 다온파트너스, 새솔인베스트먼트가 참여했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("다온파트너스", "INVESTED_IN", "페이담") in got
    assert ("새솔인베스트먼트", "INVESTED_IN", "페이담") in got


def test_a_lead_verb_with_no_round_in_view_names_no_investment(loader, tmp_path):
    text = "모바일 결제 스타트업 페이담은 서울에 본사를 두고 있다. 한결벤처스가 주도하고 다온파트너스가 참여했다.\n"
    got = facts(loader, tmp_path, text)
    assert not any(f[1] == "INVESTED_IN" for f in got)


def test_a_sole_investor_of_the_round_just_announced(loader, tmp_path):
    # "에이전트 스타트업 X(Cargo Agent)": the descriptor makes it a startup, though "Agent" may end a model's name.
    text = ("물류 에이전트 스타트업 카고에이전트(Cargo Agent)는 20억원 규모 시드 투자를 받았다. "
            "다온파트너스가 단독으로 투자했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("다온파트너스", "INVESTED_IN", "카고에이전트") in got


def test_the_title_after_a_heading_colon_is_no_act_of_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, "■ LG유플러스: 국내 첫 대형 AI 데이터센터 투자\n- 목표주가 유지\n")
    assert not [f for f in got if f[0] == "LG Uplus" and f[1] == "INVESTED_IN"]


def test_a_heading_name_may_carry_its_gloss_before_the_colon(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 다온칩스(Daon Chips): 시리즈B 500억원\n"
                "- 이번 시리즈B는 키움인베스트먼트가 리드했고, 카카오벤처스가 참여\n")
    daon = {"다온칩스", "Daon Chips"}
    assert {(s, r, o) for s, r, o in got if r == "INVESTED_IN" and o in daon and s == "Kiwoom Investment"}


def test_a_bullet_wrapped_by_a_line_break_keeps_the_heading_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 다온칩스(Daon Chips): 매수 유지\n"
                "- 반도체 설계 인력 중심의 추론용 NPU 스타트업.\n"
                "이번 시리즈B는 키움인베스트먼트가 리드했고,\n"
                "카카오벤처스가 참여\n")
    assert {("Kiwoom Investment", "INVESTED_IN", "다온칩스"), ("Kiwoom Investment", "INVESTED_IN", "Daon Chips")} & got


def test_money_put_into_a_company_is_an_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "구글은 지난해 앤트로픽에 20억 달러를 넣었다.\n")
    assert ("Google", "INVESTED_IN", "Anthropic") in got


def test_putting_something_other_than_money_is_no_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "구글은 앤트로픽의 모델을 자사 클라우드에 넣었다.\n")
    assert not [f for f in got if f[1] in ("INVESTED_IN", "FUNDS")]


def test_a_firms_money_poured_into_a_startup_is_a_stake(loader, tmp_path):
    got = facts(loader, tmp_path, "소프트뱅크는 지난해 미국 AI 스타트업 오픈AI에 30억 달러를 투입하며 최대 주주로 올라섰다.\n")
    assert ("SoftBank", "INVESTED_IN", "OpenAI") in got
    assert ("SoftBank", "FUNDS", "OpenAI") not in got


def test_a_round_word_after_the_comma_is_no_list_member(loader, tmp_path):
    got = facts(loader, tmp_path, "5월 ▲ 가람AI, 시리즈B 300억원 … 누리벤처스 주도\n")
    assert not [f for f in got if f[0].startswith("시리즈") or f[2].startswith("시리즈")]
    assert ("누리벤처스", "INVESTED_IN", "가람AI") in got


def test_a_round_item_names_its_lead_and_participants(loader, tmp_path):
    got = facts(loader, tmp_path, "5월 ▲ 가람AI, 시리즈B 300억원 … 스톤브릿지벤처스 주도, IMM인베스트먼트·카카오벤처스 참여\n")
    assert {("스톤브릿지벤처스", "INVESTED_IN", "가람AI"), ("Stonebridge Ventures", "INVESTED_IN", "가람AI")} & got
    assert ("IMM Investment", "INVESTED_IN", "가람AI") in got
    assert ("Kakao Ventures", "INVESTED_IN", "가람AI") in got
    assert not [f for f in got if f[0] == "가람AI" and f[1] == "INVESTED_IN"]


def test_a_round_item_lists_its_backers_in_parentheses(loader, tmp_path):
    got = facts(loader, tmp_path, "8월 ▲ 전직 연구원 3명, AI 스타트업 '하람랩스' 창업 … 시드 30억원(카카오벤처스·프라이머)\n")
    assert ("Kakao Ventures", "INVESTED_IN", "하람랩스") in got


def test_a_gloss_after_a_backer_names_no_backer(loader, tmp_path):
    got = facts(loader, tmp_path, "▲ 다온로보틱스, 프리IPO 500억원 … 카카오벤처스, 사나빌인베스트먼트(사우디 PIF 자회사) 공동 투자\n")
    assert ("Kakao Ventures", "INVESTED_IN", "다온로보틱스") in got
    assert not [f for f in got if f[0] == "Public Investment Fund" and f[1] == "INVESTED_IN"]


def test_bullets_under_a_round_item_name_its_backers(loader, tmp_path):
    got = facts(loader, tmp_path, "9월 ▲ 누리로직스, 시리즈C 900억원 … 국내 최대 규모\n"
                "      - 한국투자파트너스·스톤브릿지벤처스 주도, 삼성전자 전략적 투자(SI)로 참여\n")
    assert ("Korea Investment Partners", "INVESTED_IN", "누리로직스") in got
    assert ("Samsung Electronics", "INVESTED_IN", "누리로직스") in got
    assert not [f for f in got if f[0] == "SI" or f[2] == "SI"]


def test_a_reports_own_sentence_under_a_company_names_no_backers_of_it(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 카카오는 2025년 스타트업 가온AI에 100억원을 투자함\n"
                "  - 이 라운드에는 스톤브릿지벤처스와 한국투자파트너스도 참여하였음\n")
    assert ("Korea Investment Partners", "INVESTED_IN", "Kakao") not in got


def test_a_company_shown_as_the_maker_of_a_product_is_what_this_company_means(loader, tmp_path):
    got = facts(loader, tmp_path, "스타트업 다온웍스가 만든 회계용 AI 비서, '다온원'입니다.\n"
                "이 회사가 어제 300억 원 규모의 시리즈A 투자 유치를 마무리했습니다.\n"
                "투자는 한빛벤처스가 이끌었습니다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "다온웍스") in got


def test_a_deal_cards_backers_invest_in_the_company_named_alone_on_its_line(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n① 이번 주 딜\n누리랩스\n→ 시리즈A 200억 유치\n"
                "리드: 한빛벤처스\n참여: 가온인베스트먼트(가온그룹 CVC), 소리파트너스\n\n[3/3]\n끝\n")
    assert {("한빛벤처스", "INVESTED_IN", "누리랩스"), ("가온인베스트먼트", "INVESTED_IN", "누리랩스"),
            ("소리파트너스", "INVESTED_IN", "누리랩스")} <= got
    assert not [f for f in got if f[0] == "가온그룹" and f[1] == "INVESTED_IN"]


def test_a_card_arrow_points_from_the_investor_to_the_quoted_company(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n해외 딜\n한빛벤처스 → 佛 '뤼미에르AI'\n시리즈B €50M 리드\n"
                "가온인베스트먼트·소리파트너스 참여\n\n[3/3]\n끝\n")
    assert {("한빛벤처스", "INVESTED_IN", "뤼미에르AI"), ("가온인베스트먼트", "INVESTED_IN", "뤼미에르AI"),
            ("소리파트너스", "INVESTED_IN", "뤼미에르AI")} <= got


def test_a_card_without_a_round_says_no_one_invested(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n누리랩스\n→ 물류 재고 예측 AI\n참여: 한빛벤처스\n\n[3/3]\n끝\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_an_investors_card_lists_its_new_investees_after_arrows(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n한빛벤처스\n이번 달 2곳 신규 투자\n→ 세무버디 (AI 세무)\n"
                "→ 잡음제로 (음성 잡음 제거)\n\n[3/3]\n끝\n")
    assert {("한빛벤처스", "INVESTED_IN", "세무버디"), ("한빛벤처스", "INVESTED_IN", "잡음제로")} <= got


def test_cards_are_read_only_in_a_deck(loader, tmp_path):
    got = facts(loader, tmp_path, "누리랩스\n시리즈A 200억\n참여: 한빛벤처스\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리랩스") not in got


def test_a_one_line_item_opening_on_a_name_and_a_comma(loader, tmp_path):
    text = "⚡ 짧게\n· 퓨처플레이, 물류 AI '짐꾼로보' 시드 투자… 금액 비공개\n· 카카오벤처스, 교육 AI 스타트업 '배움결'에 프리A 투자\n"
    got = facts(loader, tmp_path, text)
    assert ("FuturePlay", "INVESTED_IN", "짐꾼로보") in got
    assert ("Kakao Ventures", "INVESTED_IN", "배움결") in got


def test_a_company_introduced_by_a_descriptor_as_a_copula(loader, tmp_path):
    text = "가. (UAE) MGX는 2026년 7월 국내 AI 데이터센터 개발사인 누리하이퍼스케일(SK에코플랜트 자회사)에 5억 달러를 투자하였다.\n"
    got = facts(loader, tmp_path, text)
    assert ("MGX", "INVESTED_IN", "누리하이퍼스케일") in got
    assert ("누리하이퍼스케일", "SUBSIDIARY_OF", "SK ecoplant") in got


def test_names_joining_after_a_round_is_announced_invested_in_it(loader, tmp_path):
    text = ("AI 반도체 스타트업 루미바톤은 이날 500억원 규모의 시리즈B 투자를 유치했다고 밝혔다. 이번 라운드는 한빛인베스트먼트가 주도했다. "
            "국내에서는 솔모루벤처스와 청람파트너스가 새로 이름을 올렸으며 기존 투자자인 다온캐피탈도 후속 투자에 나섰다.\n")
    got = facts(loader, tmp_path, text)
    assert ("솔모루벤처스", "INVESTED_IN", "루미바톤") in got
    assert ("청람파트너스", "INVESTED_IN", "루미바톤") in got
    assert not [f for f in got if f[1] == "PARTICIPATES_IN"]


_FUND = ("한누리벤처스와 다온캐피탈이 결성한 '그린 AI 펀드'에는 한누리벤처스가 300억 원, 다온캐피탈이 200억 원을 "
         "각각 출자한다.\n\n펀드 운용은 다온캐피탈과 한누리홀딩스의 투자 자회사 한누리벤처스가 함께 맡는다.\n")


def test_each_backer_pays_into_the_fund_with_the_verb_said_once(loader, tmp_path):
    got = relationships(loader, tmp_path, _FUND)
    assert ("한누리벤처스", "INVESTED_IN", "그린 AI 펀드") in got  # the first of the gapped pair
    assert ("다온캐피탈", "INVESTED_IN", "그린 AI 펀드") in got
    # private LPs invest; only public money (a state bank, a sovereign fund) funds a fund
    assert ("다온캐피탈", "FUNDS", "그린 AI 펀드") not in got


def test_a_job_shared_in_the_fund_is_taking_part_not_a_partnership(loader, tmp_path):
    got = facts(loader, tmp_path, _FUND)
    assert ("다온캐피탈", "PARTICIPATES_IN", "그린 AI 펀드") in got  # listed before the described unit
    assert ("한누리벤처스", "PARTICIPATES_IN", "그린 AI 펀드") in got
    assert ("다온캐피탈", "PARTNERS_WITH", "한누리벤처스") not in got
    assert ("한누리벤처스", "PARTNERS_WITH", "다온캐피탈") not in got


def test_people_founding_in_a_relative_clause_are_not_the_topic(loader, tmp_path):
    got = facts(loader, tmp_path, "다온캐피탈은 지난달 판교에서 국내 연구원들이 세운 AI 보안 스타트업 시큐리움의 "
                                  "시드 라운드에 참여했다.\n")
    assert ("다온캐피탈", "INVESTED_IN", "시큐리움") in got
    assert ("다온캐피탈", "FOUNDED", "시큐리움") not in got


def test_a_dash_headed_item_names_its_investors_in_notes(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 이번 주 짧은 딜\n\n"
                "· 벨로닉스 — 공장용 비전 검사 솔루션. 시드 20억원. 한솔파트너스 주도, 마루벤처스 참여.\n"
                "· 테라뮤즈 — 디지털 휴먼 스타트업. 시리즈A 80억원(가람인베스트먼트·누리캐피탈 공동 주도, 솔빛벤처스 참여).\n")
    for investor in ("한솔파트너스", "마루벤처스"):
        assert (investor, "INVESTED_IN", "벨로닉스") in got
    for investor in ("가람인베스트먼트", "누리캐피탈", "솔빛벤처스"):
        assert (investor, "INVESTED_IN", "테라뮤즈") in got
    assert not any(obj == "벨로닉스" and subject in ("가람인베스트먼트", "누리캐피탈") for subject, _, obj in got)


def test_a_lead_clause_shares_the_subject_that_put_money_in(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 로봇 스타트업 벨로닉스(Velonix)가 시리즈B 라운드로 200억원을 조달했다.\n"
                "한솔파트너스와 마루벤처스가 각각 80억원씩 넣으며 공동 리드를 맡았다.\n")
    assert ("한솔파트너스", "INVESTED_IN", "벨로닉스") in got
    assert ("마루벤처스", "INVESTED_IN", "벨로닉스") in got


def test_the_investment_as_topic_is_the_round_just_told_of(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 반도체 스타트업 '누리온칩스'입니다.\n"
                "이번 주 시리즈A 투자로 300억 원을 확보했습니다.\n"
                "투자는 한빛벤처스가 이끌었고,\n"
                "가람인베스트먼트와 싱가포르 국부펀드 테마섹이 뒤를 받쳤습니다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리온칩스") in got
    assert ("가람인베스트먼트", "INVESTED_IN", "누리온칩스") in got
    assert ("Temasek", "INVESTED_IN", "누리온칩스") in got
    assert not any(s == "GIC" for s, _, _ in got)


def test_who_led_and_joined_a_round_just_announced(loader, tmp_path):
    got = facts(loader, tmp_path, "핀테크 스타트업 누리페이는 지난달 80억 원을 조달했다. "
                                  "다온인베스트먼트가 주도했고 한빛벤처스와 가람파트너스가 참여했다.\n")
    assert ("다온인베스트먼트", "INVESTED_IN", "누리페이") in got
    assert ("한빛벤처스", "INVESTED_IN", "누리페이") in got
    assert ("가람파트너스", "INVESTED_IN", "누리페이") in got


def test_a_programme_someone_leads_is_no_round_just_announced(loader, tmp_path):
    got = facts(loader, tmp_path, "핀테크 스타트업 누리페이는 지난달 80억 원을 유치했다. "
                                  "중소벤처기업부가 주도하는 ‘글로벌 도약 바우처’ 사업에도 참여했다.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN" and f[0] == "Ministry of SMEs and Startups"]


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


def test_joining_a_round_together_makes_no_partners(loader: DocumentLoader, tmp_path: Path):
    text = ("로보틱스 스타트업 누리봇은 지난해 카카오벤처스가 이끈 50억원 규모 시리즈A를 마무리했으며, "
            "당시 네이버 D2SF와 스톤브릿지벤처스가 함께 참여했다.")
    found = facts(loader, tmp_path, text)
    assert ("Naver D2SF", "INVESTED_IN", "누리봇") in found
    assert not [f for f in found if f[1] == "PARTNERS_WITH"]


def test_this_fund_is_the_fund_named_earlier_in_the_sentence(loader: DocumentLoader, tmp_path: Path):
    text = ("○ 중동 국부펀드는 전용 펀드 조성을 병행한다. 카타르투자청(이하 QIA)은 2025년 7월 30억 달러 규모의 "
            "'사마 AI 펀드(Sama AI Fund)'를 조성하였고, 동 펀드는 첫 투자처로 미국 보스턴의 로봇 기업 "
            "베리타스 로보틱스(Veritas Robotics)에 1.5억 달러를 투자")
    found = facts(loader, tmp_path, text)
    assert ("사마 AI 펀드", "INVESTED_IN", "베리타스 로보틱스") in found
    assert not [f for f in found if f[0] == "중동 국부펀드"]


def test_an_investment_made_is_still_read(loader: DocumentLoader, tmp_path: Path):
    assert ("한빛캐피탈", "INVESTED_IN", "루멘랩스") in facts(loader, tmp_path, "한빛캐피탈은 루멘랩스에 50억 원을 투자했다.")


def test_a_unit_named_with_its_kind_after_sanha_is_the_means_not_the_target(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "소프트뱅크는 산하 투자사 SB벤처스를 통해 아시아 AI 스타트업에 분산 투자하는 전략을 유지하고 있다.")
    assert ("SoftBank", "INVESTED_IN", "SB벤처스") not in found


def test_investing_through_a_unit_still_reaches_the_company_invested_in(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "소프트뱅크는 자회사 투자사 SB벤처스를 통해 루멘랩스에 100억 원을 투자했다.")
    assert ("SoftBank", "INVESTED_IN", "루멘랩스") in found
    assert ("SoftBank", "INVESTED_IN", "SB벤처스") not in found


def test_money_received_from_named_backers_is_their_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "법률 AI 스타트업 누리랩은 한빛벤처스와 서해인베스트먼트로부터 80억원을 받았다. "
                                  "누리로보틱스는 대회에서 상금 1억원을 받았다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리랩") in got
    assert ("서해인베스트먼트", "INVESTED_IN", "누리랩") in got
    assert not any(o == "누리로보틱스" for _, _, o in got)


def test_investors_who_went_along_with_a_closed_round(loader, tmp_path):
    got = facts(loader, tmp_path, "의료 AI 기업 누리랩은 지난달 한빛벤처스가 주도한 200억원 규모 시리즈B를 마무리했다. "
                                  "서해인베스트먼트와 바다파트너스가 함께했다.\n")
    assert ("서해인베스트먼트", "INVESTED_IN", "누리랩") in got
    assert ("바다파트너스", "INVESTED_IN", "누리랩") in got


def test_the_round_after_a_description_holding_the_word_investment_is_the_investees(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛전자의 투자 자회사인 한빛벤처스는 이달 초 누리랩에 50억원을 넣었다. "
                                  "이번 라운드엔 서해인베스트먼트도 함께했다.\n")
    assert ("서해인베스트먼트", "INVESTED_IN", "누리랩") in got
    assert ("서해인베스트먼트", "INVESTED_IN", "한빛벤처스") not in got


def test_the_round_a_company_received_is_its_own(loader, tmp_path):
    got = facts(loader, tmp_path, "가람투자공사는 지난달 누리온랩스가 받은 5억 달러 규모 신규 투자에 1억 달러를 댔고, "
                "한결캐피털도 같은 라운드에 참여했다.\n")
    assert ("가람투자공사", "INVESTED_IN", "누리온랩스") in got
    assert ("한결캐피털", "INVESTED_IN", "누리온랩스") in got
    assert ("누리온랩스", "INVESTED_IN", "가람투자공사") not in got


def test_backers_of_a_fund_and_its_first_investee(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부와 과학기술정보통신부가 공동 출자한 '미래산업 혁신기금'(이하 혁신기금)은 "
                "지난달 첫 투자처로 부산의 물류 AI 스타트업 가람로직을 골라 100억 원을 넣었다. "
                "한솔벤처스와 들녘인베스트먼트도 이 라운드에 참여했다.\n")
    assert {("Ministry of Trade, Industry and Energy", "FUNDS", "미래산업 혁신기금"),
            ("Ministry of Science and ICT", "FUNDS", "미래산업 혁신기금"),
            ("미래산업 혁신기금", "INVESTED_IN", "가람로직"),
            ("한솔벤처스", "INVESTED_IN", "가람로직"),
            ("들녘인베스트먼트", "INVESTED_IN", "가람로직")} <= got


def test_a_fund_picks_its_first_investee_described_by_a_few_words(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 정부는 '청년 AI 공동펀드'를 결성했다.\n"
                " ㅇ 청년 AI 공동펀드는 1호 투자처로 의료영상 전문기업 메디누리를 선정하고 50억 원을 투자했다.\n")
    assert ("청년 AI 공동펀드", "INVESTED_IN", "메디누리") in got


def test_a_country_describing_the_second_of_two_investors(loader, tmp_path):
    got = facts(loader, tmp_path, "한결전자는 물류 AI 스타트업 가람로직의 시리즈B를 주도했고, 엔비디아와 싱가포르의 AI 투자회사 "
                "테마섹이 함께 이름을 올렸다.\n")
    assert {("NVIDIA", "INVESTED_IN", "가람로직"), ("Temasek", "INVESTED_IN", "가람로직")} <= got
    assert ("NVIDIA", "PARTNERS_WITH", "Temasek") not in got


def test_investors_named_by_a_relative_clause_of_investing(loader, tmp_path):
    got = facts(loader, tmp_path, "한결전자는 문서 AI 스타트업 소리마루를 인수했다. 소리마루에 투자했던 한솔벤처스와 "
                "들녘인베스트먼트는 이번 거래로 투자금을 회수했다.\n")
    assert {("한솔벤처스", "INVESTED_IN", "소리마루"), ("들녘인베스트먼트", "INVESTED_IN", "소리마루")} <= got
    assert ("한결전자", "INVESTED_IN", "소리마루") not in got


def test_a_company_named_as_the_answer_of_a_copula_is_then_this_company(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 스타트업 가람로직AI·누리랩스, 물류 컨소시엄 선정\n\n물류 AI 스타트업 누리랩스는 배차 모델을 만든다.\n\n"
                "다크호스로 꼽히는 곳은 가람로직AI다. 홍길동 대표가 2022년 창업한 이 회사는 지난해 한결벤처스로부터 "
                "시리즈A 100억원을 유치했다.\n")
    assert ("한결벤처스", "INVESTED_IN", "가람로직AI") in got
    assert ("한결벤처스", "INVESTED_IN", "누리랩스") not in got


def test_a_country_and_kind_between_two_listed_investors(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 AI 스타트업 가람로직이 200억원 규모의 시리즈B 투자를 유치했다.\n\n"
                "기존 투자자인 한결벤처스가 후속 투자에 나섰고, 누리벤처스와 미국 벤처캐피털(VC) 바람파트너스가 새로 합류했다.\n",
                locations=True)
    assert {("누리벤처스", "INVESTED_IN", "가람로직"), ("바람파트너스", "INVESTED_IN", "가람로직"),
            ("바람파트너스", "BASED_IN", "United States")} <= got


def test_where_the_founders_came_from_is_no_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛전자에서 칩 설계를 하던 엔지니어들이 지난해 세운 벨로시움은 올해 80억 원 규모의 "
                                  "시리즈A 투자를 유치했다.\n")
    assert not any(s == "한빛전자" and t == "INVESTED_IN" for s, t, _ in got)


def test_money_raised_from_unnamed_investors(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "물류 AI 스타트업 가람로직(Garam Logic)은 창업 이후 누적 3억 달러의 자금을 확보했다.\n")
    props = got[("Unnamed investors", "INVESTED_IN", "가람로직")]
    assert props["amount_usd"] == 300_000_000


def test_one_round_may_name_its_investors_later(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "가람로직(Garam Logic)은 3억 달러의 투자를 유치했다. 이번 라운드는 누리캐피털이 주도했다.\n")
    assert not any(s == "Unnamed investors" for s, _, _ in got)


def test_raise_with_named_investor_keeps_no_placeholder(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "가람로직(Garam Logic)은 누리캐피털(Nuri Capital)로부터 3억 달러의 투자를 유치했다.\n")
    assert ("누리캐피털", "INVESTED_IN", "가람로직") in got
    assert not any(s == "Unnamed investors" for s, _, _ in got)


def test_runners_up_of_a_ranking_share_the_leaders_fact(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "지난해 비상장 AI 기업 중에서는 가람로직(Garam Logic)이 누적 40억 달러로 가장 많은 자금을 "
                        "확보했으며, 그 뒤를 솔바람랩스(Solbaram Labs)(25억 달러), 누리봇(Nuribot)(9억 달러)이 따랐다.\n")
    assert got[("Unnamed investors", "INVESTED_IN", "솔바람랩스")]["amount_usd"] == 2_500_000_000
    assert got[("Unnamed investors", "INVESTED_IN", "Nuribot")]["amount_usd"] == 900_000_000
    assert got[("Unnamed investors", "INVESTED_IN", "가람로직")]["amount_usd"] == 4_000_000_000


def test_a_fund_that_invests_in_a_company_takes_equity(loader, tmp_path):
    text = ("포르투갈 정부는 2024년 3월 3억 유로 규모의 ‘리스본 딥테크 펀드’를 조성하였다. "
            "동 펀드는 첫 투자로 마레아 로보틱스(Marea Robotics)에 1,500만 유로를 투자하였다.\n")
    found = facts(loader, tmp_path, text)
    assert ("리스본 딥테크 펀드", "INVESTED_IN", "마레아 로보틱스") in found
    assert ("리스본 딥테크 펀드", "FUNDS", "마레아 로보틱스") not in found


def test_the_subject_of_a_relative_clause_before_a_raise_is_not_who_raised(loader, tmp_path):
    text = "한편 루멘 AI(Lumen AI)는 2024년 서울대학교 연구진이 창업한 기업으로, 노르딕 벤처스(Nordic Ventures)로부터 시드 투자를 받았다.\n"
    found = facts(loader, tmp_path, text)
    assert ("노르딕 벤처스", "INVESTED_IN", "루멘 AI") in found
