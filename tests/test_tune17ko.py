"""Korean habits of event reports, card news and TV news scripts (round s11, tune17ko).

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from loaders.normalise import split_blocks
from tests.reading import facts
from tests.reading import relationships as relationships_of


def test_an_overview_blocks_role_labels_list_who_takes_part_in_the_named_event(loader, tmp_path):
    got = facts(loader, tmp_path, "Ⅰ. 행사 개요\n\n"
                "□ 행 사 명 : 2025 대전 로봇 AI 주간(이하 DRAW 2025)\n"
                "□ 일 시 : 2025. 9. 3.(수) ~ 9. 4.(목)\n"
                "□ 주 최 : 대전광역시, 산업통상자원부\n"
                "□ 후 원 : 한빛로봇협회, 주한독일대사관\n")
    assert {(taker, "PARTICIPATES_IN", "2025 대전 로봇 AI 주간") for taker in (
        "Daejeon", "Ministry of Trade, Industry and Energy", "한빛로봇협회", "주한독일대사관")} <= got


def test_a_role_label_without_a_named_event_says_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 일 시 : 2025. 9. 3.(수)\n□ 주 최 : 대전광역시, 한빛로봇협회\n")
    assert not [f for f in got if f[1] == "PARTICIPATES_IN"]


def test_a_known_name_inside_a_quoted_title_is_not_the_programme_a_card_lists_for(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n'AI 바이오 팁스' 신설\n운영: 한빛진흥원\n\n[3/3]\n끝\n")
    assert not [f for f in got if f[1] == "PARTICIPATES_IN" and f[2] == "TIPS"]


def test_a_slide_decks_short_lines_are_never_joined():
    text = "[1/3]\n표지\n\n[2/3]\n참여: 한빛벤처스, 누리인베스트먼트, 가온파트너스\n누적 투자 3,000억 돌파\n\n[3/3]\n끝\n"
    assert "참여: 한빛벤처스, 누리인베스트먼트, 가온파트너스" in [b.text for b in split_blocks(text)]


def test_short_lines_of_a_page_without_slide_numbers_still_join():
    text = "이 보고서는 한빛벤처스와 누리인베스트먼트가 함께 만든 투자 현황\n자료를 바탕으로 작성되었다.\n"
    assert len(split_blocks(text)) == 1


def test_a_word_ending_in_the_copula_before_a_name_says_what_it_is(loader, tmp_path):
    got = facts(loader, tmp_path, "그룹 연구조직인 카카오브레인이 누리소프트와 공동 개발하는 업무협약을 맺었다.\n")
    assert not [f for f in got if "조직인" in f[0] or "조직인" in f[2]]


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


def test_a_quoted_name_after_its_descriptor_takes_its_particle_after_the_quote(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 번역 스타트업 '말빛'을 약 200억 원에 인수했다고 밝혔습니다.\n")
    assert ("Kakao", "ACQUIRED", "말빛") in got


def test_a_language_before_the_model_is_no_name_between_owner_and_model(loader, tmp_path):
    got = facts(loader, tmp_path, "누리랩스의 일본어 음성 모델 '누리보이스'는 내년에 출시될 예정입니다.\n")
    assert ("누리랩스", "DEVELOPS", "누리보이스") in got


_AGREEMENTS = ("<표 2> 협약 체결 현황\n\n연번\n협약기관(甲)\n협약기관(乙)\n주요 협력 내용\n"
               "1\n대전광역시\n누리소프트\n(Nuri Soft, 미국)\n로봇 실증 공동 추진 및 지역 \n인재 양성\n"
               "2\n한빛대학교\n가온브릿지인베\n스트먼트\n지역 스타트업 공동 발굴\n"
               "3\n카카오\n다온랩스\n데이터 공유\n\n※ 기관 명칭은 협약서 기준\n")


def test_a_numbered_agreement_tables_parties_partner_whatever_lines_their_cells_took(loader, tmp_path):
    got = facts(loader, tmp_path, _AGREEMENTS)
    pairs = {frozenset((f[0], f[2])) for f in got if f[1] == "PARTNERS_WITH"}
    assert frozenset(("Daejeon", "누리소프트")) in pairs
    assert frozenset(("한빛대학교", "가온브릿지인베스트먼트")) in pairs
    assert frozenset(("Kakao", "다온랩스")) in pairs
    assert not [p for p in pairs if any("협력" in name or "양성" in name or "공유" in name for name in p)]


def test_a_numbered_table_without_two_party_columns_gives_no_partners(loader, tmp_path):
    got = facts(loader, tmp_path, "<표 3> 참가 현황\n\n연번\n기관명\n분야\n1\n대전광역시\n로봇\n2\n카카오\n플랫폼\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_a_quoted_title_launched_right_after_it_is_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부와 독일 경제기후보호부는 ‘한-독 로봇 협력 다리(Korea-Germany Robot Bridge)’ "
                "출범을 공동 선언했다.\n")
    assert ("Ministry of Trade, Industry and Energy", "LAUNCHED", "한-독 로봇 협력 다리") in got



def test_a_cards_operator_takes_part_in_the_programme_the_card_launches(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n정부 (1) 중기부\n'AI 바이오 팁스' 신설\n→ 3년간 총 500억\n"
                "운영: 한빛진흥원\n\n[3/3]\n끝\n")
    assert ("한빛진흥원", "PARTICIPATES_IN", "AI 바이오 팁스") in got


def test_a_card_titled_with_a_government_launches_and_funds_the_programme_it_names(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n정부 (2) 과기정통부\n'AI 로봇 실증단' 착수\n→ 올해 300억\n"
                "→ 기업당 최대 10억\n\n[3/3]\n끝\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "AI 로봇 실증단") in got
    assert ("Ministry of Science and ICT", "FUNDS", "AI 로봇 실증단") in got


def test_a_card_without_a_government_title_launches_nothing_for_it(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n이번 주 소식\n'AI 로봇 실증단' 착수\n→ 올해 300억\n\n[3/3]\n끝\n")
    assert not [f for f in got if f[1] in ("LAUNCHED", "FUNDS") and f[0] == "Ministry of Science and ICT"]


def test_names_listed_with_wa_among_those_selected_take_part_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 'K-로봇 도약' 사업을 새로 시작한다고 밝혔습니다.\n"
                "첫 지원 대상으로는 누리웍스와 다온봇을 비롯해 10개 사가 뽑혔습니다.\n")
    members = {f[0] for f in got if f[1] == "PARTICIPATES_IN"}
    assert {"누리웍스", "다온봇"} <= members


def test_a_quoted_project_title_keeps_its_own_name_without_the_word_for_project(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 'K-로봇 도약' 사업을 새로 시작한다고 밝혔습니다.\n"
                "사업 운영은 한빛진흥원, HBJ가 맡습니다.\n")
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "K-로봇 도약") in got


def test_a_name_restated_by_its_short_form_takes_the_short_forms_particle(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부는 'K-로봇 도약' 사업을 새로 시작한다고 밝혔습니다.\n"
                "사업 운영은 정보통신산업진흥원, NIPA가 맡습니다.\n")
    assert {f for f in got if f[1] == "PARTICIPATES_IN" and f[2] == "K-로봇 도약"}


def test_a_single_hanja_standing_alone_is_its_country(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n해외 딜\n한빛벤처스 → 獨 '베를린로보'\n시리즈A €20M 리드\n\n[3/3]\n끝\n",
                locations=True)
    assert ("베를린로보", "BASED_IN", "Germany") in got


def test_a_hanja_inside_a_chinese_word_is_no_country():
    from loaders.gazetteer import default_gazetteer
    from loaders.hanja_countries import hanja_countries
    assert not hanja_countries("선위안(美国深元) 측은 답하지 않았다", [], default_gazetteer())
    assert [m.actor.name for m in hanja_countries("中 AI칩 설계사", [], default_gazetteer())] == ["China"]


def test_shares_of_an_inbound_flow_name_where_the_money_came_from(loader, tmp_path):
    got = relationships_of(loader, tmp_path, "지난해 해외 투자자가 국내 바이오 스타트업에 넣은 돈은 8천억 원.\n"
                           "이 가운데 35%가 영국에서 들어왔고, 독일과 캐나다 자금이 뒤를 이었습니다.\n")
    assert got[("United Kingdom", "VC_FLOW", "South Korea")]["share_pct"] == 35.0
    assert ("Germany", "VC_FLOW", "South Korea") in got and ("Canada", "VC_FLOW", "South Korea") in got


def test_shares_of_an_outbound_flow_listed_on_a_card(loader, tmp_path):
    got = relationships_of(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n국내 VC 해외투자 (2024년)\n英 40% | 베트남 12% | 日 9%\n"
                           "\n[3/3]\n끝\n")
    assert got[("South Korea", "VC_FLOW", "United Kingdom")]["share_pct"] == 40.0
    assert got[("South Korea", "VC_FLOW", "Vietnam")]["share_pct"] == 12.0


def test_a_share_without_a_flow_named_before_is_no_flow(loader, tmp_path):
    got = relationships_of(loader, tmp_path, "국내 AI 반도체 시장에서 미국 62%, 일본 7%의 점유율을 보였다.\n")
    assert not [k for k in got if k[1] == "VC_FLOW"]


def test_an_arrow_line_naming_a_product_gives_the_cards_company_its_product(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n① 이번 주 딜\n누리랩스\n→ 시리즈A 200억 유치\n"
                "→ 대표 제품 '누리튠' = 모델 경량화 툴\n\n[3/3]\n끝\n")
    assert ("누리랩스", "DEVELOPS", "누리튠") in got


def test_a_sentence_saying_what_the_programme_is_gives_its_cost_to_its_launcher(loader, tmp_path):
    got = relationships_of(loader, tmp_path, "중소벤처기업부는 오늘 'K-로봇 도약' 사업을 새로 시작한다고 밝혔습니다.\n"
                           "내년부터 2년 동안 모두 600억 원을 들여 로봇 기업 20곳을 키우는 사업입니다.\n")
    assert got[("Ministry of SMEs and Startups", "FUNDS", "K-로봇 도약")]["amount"] == 600


def test_a_speaker_caption_keeps_the_speakers_company_as_what_the_story_is_about(loader, tmp_path):
    text = ("[리포트]\n스타트업 누리웍스가 만든 회계용 AI 비서, '누리원'입니다.\n"
            "직원이 화면에 질문을 입력합니다.\n몇 초 만에 표가 나옵니다.\n답도 나옵니다.\n메일도 나옵니다.\n"
            "보고서도 나옵니다.\n\n[인터뷰] 홍다은 / 누리웍스 대표\n"
            "\"올해 안에 미국 시장에도 나갑니다. 준비는 끝났습니다.\"\n\n"
            "올해 초엔 LG CNS와 손잡고 공공기관에 에이전트를 공급하기 시작했습니다.\n")
    got = facts(loader, tmp_path, text)
    assert {("누리웍스", "PARTNERS_WITH", "LG CNS"), ("LG CNS", "PARTNERS_WITH", "누리웍스")} & got
    without_caption = facts(loader, tmp_path, text.replace("[인터뷰] 홍다은 / 누리웍스 대표\n", ""))
    assert not {("누리웍스", "PARTNERS_WITH", "LG CNS"), ("LG CNS", "PARTNERS_WITH", "누리웍스")} & without_caption
