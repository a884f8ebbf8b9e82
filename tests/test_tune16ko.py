"""Korean habits of year-in-review timelines and headline-style items (round s11, tune16ko).

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from loaders.normalise import split_blocks
from tests.reading import facts


def test_a_dated_timeline_item_opens_a_new_block():
    blocks = split_blocks("3월 ▲ 가온AI, 시리즈A 100억원 … 누리벤처스 주도\n4월 ▲ 다온랩스, 시드 20억원\n연간 ▲ 총 120억원\n")
    assert [b.text.split()[0] for b in blocks] == ["3월", "4월", "연간"]


def test_a_headline_comma_marks_the_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "6월 ▲ 카카오, 데이터 분석 기업 다솜데이터 인수 … 약 200억원\n")
    assert ("Kakao", "ACQUIRED", "다솜데이터") in got


def test_a_headline_comma_after_a_glossed_ministry(loader, tmp_path):
    got = facts(loader, tmp_path, "2월 ▲ 과학기술정보통신부(이하 과기정통부), '초거대 AI 협업 사업' 착수\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "초거대 AI 협업 사업") in got


def test_a_comma_between_two_names_stays_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오, 네이버가 'AI 공동 연구 사업'에 참여한다.\n")
    assert not [f for f in got if f[0] == "Kakao" and f[2] == "Naver"]


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


def test_bullets_under_a_programme_item_name_its_members(loader, tmp_path):
    got = facts(loader, tmp_path, "1월 ▲ 과기정통부, 'AI 클라우드 실증 사업' 착수 … 국비 500억원\n"
                "      - 1단계 사업자: KT클라우드·NHN클라우드 컨소시엄(주관), 카카오엔터프라이즈(참여)\n"
                "5월 ▲ 산업통상자원부, 'AI 제조혁신 얼라이언스' 출범\n"
                "      - 현대자동차·LG전자 등 분과장사 맡아\n")
    assert ("KT Cloud", "PARTICIPATES_IN", "AI 클라우드 실증 사업") in got
    assert ("Kakao Enterprise", "PARTICIPATES_IN", "AI 클라우드 실증 사업") in got
    assert ("Ministry of Trade, Industry and Energy", "LAUNCHED", "AI 제조혁신 얼라이언스") in got
    assert ("LG Electronics", "PARTICIPATES_IN", "AI 제조혁신 얼라이언스") in got
    assert not [f for f in got if f[0] == "Kakao Enterprise" and f[2] == "AI 제조혁신 얼라이언스"]


def test_a_member_named_with_a_particle_under_a_programme_bullet_is_not_read_so(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 과기정통부는 'AI 클라우드 실증 사업'을 착수하였음\n"
                "  - 카카오는 네이버와 별도로 자체 클라우드 투자를 확대하고 참여 기업을 모집함\n")
    assert ("Naver", "PARTICIPATES_IN", "AI 클라우드 실증 사업") not in got


def test_a_country_describing_a_company_places_it(loader, tmp_path):
    got = facts(loader, tmp_path, "2월 ▲ 네이버클라우드, 베트남 국영 통신사 VNPT와 클라우드 공동 구축 계약\n"
                "8월 ▲ 삼성전자, 美 AI 반도체 스타트업 누리실리콘(Nuri Silicon) 인수 … 약 2억 달러\n", locations=True)
    assert ("VNPT", "BASED_IN", "Vietnam") in got
    assert ("Samsung Electronics", "ACQUIRED", "누리실리콘") in got
    assert ("누리실리콘", "BASED_IN", "United States") in got


def test_a_founding_clause_on_a_company_noun_names_the_topic_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "바람코드는 서울대 박사 출신인 김도윤 대표가 2022년에 창업한 회사인데, 번역 모델을 만듭니다.\n")
    assert ("김도윤", "FOUNDED", "바람코드") in got


def test_a_corridor_figure_may_say_what_it_counts(loader, tmp_path):
    got = facts(loader, tmp_path, "연간 ▲ 한국→일본 AI VC 투자 12억 달러(전년比 +10%)\n")
    assert ("South Korea", "VC_FLOW", "Japan") in got or ("Korea (South)", "VC_FLOW", "Japan") in got


def test_a_ministrys_public_call_and_state_budget_open_and_fund_its_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "4월 ▲ 과기정통부, 'AI 로봇 실증 사업' 공고 … 2028년까지 국비 900억원\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "AI 로봇 실증 사업") in got
    assert ("Ministry of Science and ICT", "FUNDS", "AI 로봇 실증 사업") in got


def test_a_recommendation_to_stop_a_service_regulates_its_operator(loader, tmp_path):
    got = facts(loader, tmp_path, "▲ 개인정보보호위원회, 챗봇 운영사 딥하늘(DeepHaneul)에 국내 신규 다운로드 중단 권고\n")
    assert ("Personal Information Protection Commission", "REGULATES", "딥하늘") in got
