"""Broker reports, ministry press releases and magazine features (invented examples)."""

from __future__ import annotations

from tests.reading import facts, relationships

# A deal grid flattened one cell per line, its rows opening with a date, two cells wrapped.
DATED_GRID = """\
[표 2] 최근 거래 (2025.6~2025.9)

일자
기업
국가
구분
금액
주요 투자자
2025.06
Quillmark Robotics
미국
시리즈B
1.5억 달러
Lux Capital,
Insight Partners
2025.08
벼리모션
한국
시리즈A
200억 원
카카오벤처스, 한국투
자파트너스
2025.09
다온센서
한국
M&A(60%)
500억 원
LG전자

자료: 각 사
"""


def test_a_dated_grid_reads_rows_whose_cells_wrap_over_lines(loader, tmp_path):
    found = facts(loader, tmp_path, DATED_GRID, locations=True)
    assert {
        ("Lux Capital", "INVESTED_IN", "Quillmark Robotics"),
        ("Insight Partners", "INVESTED_IN", "Quillmark Robotics"),
        ("Kakao Ventures", "INVESTED_IN", "벼리모션"),
        ("Korea Investment Partners", "INVESTED_IN", "벼리모션"),
        ("LG Electronics", "ACQUIRED", "다온센서"),
        ("Quillmark Robotics", "BASED_IN", "United States"),
        ("벼리모션", "BASED_IN", "South Korea"),
    } <= found
    assert not any(s == "South Korea" for s, _, _ in found)


def test_investment_inside_a_cell_name_is_no_deal_word(loader, tmp_path):
    text = DATED_GRID.replace("카카오벤처스, 한국투\n자파트너스", "한국투자파트너스")
    props = relationships(loader, tmp_path, text)
    assert props[("Korea Investment Partners", "INVESTED_IN", "벼리모션")]["amount"] == 200.0


# A ministry's annex: the managers selected for a fund, tab-separated under a caption naming it.
ANNEX = """\
[붙임 1] 「청정기술 성장 펀드」 선정 운용사 현황
(단위: 억 원)
분야\t운용사\t모태 출자액\t최소 결성액
일반\t하늘숲인베스트\t300\t600
일반\t인터베스트\t200\t400
합계\t\t500\t1,000
"""


def test_an_annex_table_lists_the_managers_of_the_fund_in_its_caption(loader, tmp_path):
    props = relationships(loader, tmp_path, ANNEX)
    assert set(props) == {
        ("하늘숲인베스트", "PARTICIPATES_IN", "청정기술 성장 펀드"),
        ("Intervest", "PARTICIPATES_IN", "청정기술 성장 펀드"),
    }
    assert props[("하늘숲인베스트", "PARTICIPATES_IN", "청정기술 성장 펀드")]["role"] == "GP"


def test_a_member_column_without_one_programme_in_the_caption_gives_nothing(loader, tmp_path):
    assert not facts(loader, tmp_path, ANNEX.replace("「청정기술 성장 펀드」 ", ""))


def test_a_word_glossed_with_a_short_name_is_a_name_and_both_bodies_act_together(loader, tmp_path):
    text = ("□ 과학기술정보통신부는 같은 날 핀란드 경제고용부 산하 혁신 지원기관인 노르딕이노베이트(Nordic "
            "Innovate, 이하 NI)와 ‘한-핀 AI 협력 양해각서’를 체결했다.\n\n"
            " ○ 양 기관은 MOU에 따라 「한-핀 AI 공동연구 프로그램」을 출범시킨다.\n"
            "   - 핀란드 측 연구는 NI의 투자 자회사인 Arctic Seed Capital이 맡는다.\n")
    found = facts(loader, tmp_path, text)
    assert {
        ("Ministry of Science and ICT", "PARTNERS_WITH", "노르딕이노베이트"),
        ("Ministry of Science and ICT", "LAUNCHED", "한-핀 AI 공동연구 프로그램"),
        ("노르딕이노베이트", "LAUNCHED", "한-핀 AI 공동연구 프로그램"),
        ("Arctic Seed Capital", "SUBSIDIARY_OF", "노르딕이노베이트"),
    } <= found


def test_a_gloss_without_a_short_name_introduces_no_name(loader, tmp_path):
    text = "중기부는 노르딕이노베이트(Nordic Innovate)와 협력 양해각서를 체결했다.\n"
    assert not any("노르딕" in s + o for s, _, o in facts(loader, tmp_path, text))


# A magazine feature: the headline names the company, the body defines it once, and the rest
# of the story, across its subheadings, leaves it unstated.
FEATURE = """\
[인물 탐구] 작은 모델로 큰 시장을 — 누리보이스, 서울에서 하노이까지

누리보이스는 저전력 번역 AI를 만드는 국내 스타트업이다. 서버 없이 기기 안에서 바로 돌아가는 번역 모델 ‘누리 링크 3(Nuri Link 3)’를 지난해 5월 공개했다.

■ 투자자들

2023년 시리즈A(80억 원)는 카카오벤처스가 주도했고, 지난해 시리즈B(200억 원)에는 한국투자파트너스가 새로 합류했다.

■ 인수

지난해 8월에는 베트남 하노이의 음성인식 스타트업 반꾸옥랩(班國研)을 인수했다.
"""


def test_a_feature_story_keeps_its_company_as_the_unstated_actor_across_subheadings(loader, tmp_path):
    found = facts(loader, tmp_path, FEATURE)
    assert {
        ("누리보이스", "DEVELOPS", "누리 링크 3"),
        ("Kakao Ventures", "INVESTED_IN", "누리보이스"),
        ("Korea Investment Partners", "INVESTED_IN", "누리보이스"),
        ("누리보이스", "ACQUIRED", "반꾸옥랩"),
    } <= found


def test_a_company_the_headline_does_not_name_is_no_story_subject(loader, tmp_path):
    text = FEATURE.replace("— 누리보이스, ", "— ")
    found = facts(loader, tmp_path, text)
    assert ("Korea Investment Partners", "INVESTED_IN", "누리보이스") not in found
    assert ("누리보이스", "ACQUIRED", "반꾸옥랩") not in found


def test_a_unit_named_with_its_owner_stays_in_the_list_of_investors(loader, tmp_path):
    text = ("물류 로봇 스타트업 한빛로보는 300억 원 규모의 시리즈B를 유치했다. 이번 라운드에는 카카오벤처스와 "
            "일본 소니그룹의 CVC인 소니 이노베이션 펀드가 새로 합류했다.\n")
    found = facts(loader, tmp_path, text)
    assert {
        ("Kakao Ventures", "INVESTED_IN", "한빛로보"),
        ("Sony Innovation Fund", "INVESTED_IN", "한빛로보"),
        ("Sony Innovation Fund", "SUBSIDIARY_OF", "Sony"),
    } <= found
    assert ("Sony", "INVESTED_IN", "한빛로보") not in found


def test_a_korean_text_places_what_it_calls_domestic_in_korea(loader, tmp_path):
    text = ("협약식에서는 국내 물류 로봇 기업 다온모션과 싱가포르 물류 기업 카야로지스가 업무협약을 맺었다.\n\n"
            "업스테이지는 기업용 언어 모델을 만드는 국내 스타트업이다.\n")
    found = facts(loader, tmp_path, text, locations=True)
    assert {("다온모션", "BASED_IN", "South Korea"), ("Upstage", "BASED_IN", "South Korea")} <= found
    assert ("카야로지스", "BASED_IN", "South Korea") not in found


# A broker report: a company the deal table names in Latin letters, then "동사" for it, and a
# company only presented ("X가 눈에 띈다") before sentences that drop their subject.
BROKER = """\
1. 미국: 로봇 손

미국 로봇 스타트업 Quillmark Robotics는 지난해 9월 1.5억 달러 규모의 시리즈B를 마무리했다. 동사가 개발한 휴머노이드 'Q2'는 물류 현장에 투입됐다.

로봇 모델 쪽에서는 보스턴 소재 Veyra Labs가 눈에 띈다.
올해 2월 시드 투자를 받았고, 범용 VLA¹ 모델 'Veyra-1'을 공개했다.

[표 1] 주요 투자 사례

일자
기업
국가
금액
주요 투자자
2025.09
Quillmark Robotics
미국
1.5억 달러
Lux Capital
2026.02
Veyra Labs
미국
2,000만 달러
Insight Partners

자료: 각 사
"""


def test_a_broker_report_calls_the_company_it_is_about_the_said_company(loader, tmp_path):
    found = facts(loader, tmp_path, BROKER)
    assert {("Quillmark Robotics", "DEVELOPS", "Q2"), ("Veyra Labs", "DEVELOPS", "Veyra-1")} <= found
    assert not any(s == "VLA" for s, _, _ in found)


def test_the_said_company_is_the_one_that_just_raised_a_round(loader, tmp_path):
    text = ("중국에서는 로봇 스타트업 즈밍로보(智明机器人)가 지난해 12월 10억 위안 규모 시리즈B를 유치했다. "
            "텐센트가 주도했다. 다만 미국 상무부가 올해 1월 동사를 수출통제 대상 명단에 올렸다.\n")
    assert ("US Department of Commerce", "REGULATES", "즈밍로보") in facts(loader, tmp_path, text)


def test_a_stake_bought_without_a_name_is_in_the_company_just_described(loader, tmp_path):
    text = ("로봇 부품 스타트업 다온센서는 촉각 센서를 개발한다. LG전자가 3월 지분 60%를 500억 원에 인수해 자회사로 편입했다.\n\n"
            "벼리모션은 현대차그룹 산하 보스턴다이내믹스와 공동 연구 협약을 맺었다.\n")
    found = facts(loader, tmp_path, text)
    assert {("LG Electronics", "ACQUIRED", "다온센서"), ("다온센서", "SUBSIDIARY_OF", "LG Electronics"),
            ("Boston Dynamics", "SUBSIDIARY_OF", "Hyundai Motor Group")} <= found
    assert not any("산하" in (s, o) for s, _, o in found)


def test_who_manages_a_fund_or_pays_in_one_side_takes_part_in_it(loader, tmp_path):
    text = ("□ 과학기술정보통신부는 「청정기술 성장 펀드」(이하 성장펀드)를 새로 조성한다.\n"
            " ○ 성장펀드는 정부 예산 500억 원으로 결성되며, 출자사업 관리는 과기정통부 산하 한빛벤처투자가 맡는다.\n"
            " ○ 양국은 「한-핀 공동투자 프로그램」을 출범시킨다.\n"
            "   - 핀란드 측 출자는 TEKO의 투자 자회사인 Arctic Seed Capital이 집행한다.\n")
    found = facts(loader, tmp_path, text)
    assert ("Arctic Seed Capital", "PARTICIPATES_IN", "한-핀 공동투자 프로그램") in found
    assert any(s == "한빛벤처투자" and r == "PARTICIPATES_IN" and "청정기술" in o for s, r, o in found)


def test_a_company_chosen_for_a_programme_takes_part_in_it(loader, tmp_path):
    text = FEATURE + ("\n정부 과제도 도움이 됐다. 과학기술정보통신부가 2024년 시작한 ‘저전력 AI 선도기업 육성사업’에 "
                      "선정돼 2년간 20억 원을 지원받았다.\n")
    found = facts(loader, tmp_path, text)
    assert ("누리보이스", "PARTICIPATES_IN", "저전력 AI 선도기업 육성사업") in found
    assert ("Ministry of Science and ICT", "PARTICIPATES_IN", "저전력 AI 선도기업 육성사업") not in found


def test_the_subject_chosen_for_a_programme_is_the_one_taking_part(loader, tmp_path):
    text = "업스테이지는 올해 ‘AI 반도체 실증사업’에 최종 선정됐다.\n"
    assert ("Upstage", "PARTICIPATES_IN", "AI 반도체 실증사업") in facts(loader, tmp_path, text)


def test_a_country_before_a_list_does_not_place_a_unit_its_owner_describes(loader, tmp_path):
    text = ("물류 로봇 스타트업 한빛로보는 300억 원 규모의 시리즈B를 유치했다. 이번 라운드에는 미국의 Lux Capital과 "
            "일본 소니그룹의 CVC인 소니 이노베이션 펀드가 참여했다. 현재 국내 물류사와 기업 구매팀 40여 곳이 "
            "한빛로보의 로봇을 쓰고 있다.\n")
    found = facts(loader, tmp_path, text, locations=True)
    assert ("Sony Innovation Fund", "INVESTED_IN", "한빛로보") in found
    assert ("Sony Innovation Fund", "BASED_IN", "United States") not in found
    assert not any(r == "BASED_IN" and o == "South Korea" and s != "한빛로보" for s, r, o in found)
