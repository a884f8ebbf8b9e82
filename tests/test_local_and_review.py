"""Regional news, an institution's own review and a founder's post, each on an invented text.

A regional paper calls its province "도" after naming it once and counts public money by whose
budget it comes from (도비, 시비); a founder's post speaks as "저희" for the company its profile
names and leaves the subject out; an institution's review calls itself "당행".
"""

from __future__ import annotations

from tests.reading import facts, relationships

POST = """박하늘
누리픽셀(Nuri Pixel) 공동창업자·대표 | 물류 로봇을 위한 비전 AI

오랜만에 소식 전합니다.

1. 새 파트너

지난달 카카오와 전략적 파트너십 계약을 맺었습니다.
오늘 저희의 세 번째 모델 '픽셀아이 3'를 공개합니다.
"""


def test_a_founders_profile_names_the_company_the_post_speaks_for(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert ("박하늘", "FOUNDED", "누리픽셀") in got
    assert ("누리픽셀", "PARTNERS_WITH", "Kakao") in got or ("Kakao", "PARTNERS_WITH", "누리픽셀") in got
    assert ("누리픽셀", "DEVELOPS", "픽셀아이 3") in got


def test_we_is_no_one_without_a_profile(loader, tmp_path):
    text = "지난달 저희는 카카오와 전략적 파트너십 계약을 맺었습니다.\n"
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in facts(loader, tmp_path, text))


REGIONAL = """충청남도가 지난해 발표한 '충남 로봇AI 실증사업'이 본격화한다.

도는 이날 사업 추진 현황을 설명했다. 여기에 도비 50억 원과 천안시 시비 20억 원이 더해진다.

사업 주관은 충남테크노파크가 맡는다. 한밭기계연구원과 누리대학교는 공동연구기관으로 참여한다.
"""


def test_a_regional_paper_counts_the_provinces_and_the_citys_budgets(loader, tmp_path):
    got = relationships(loader, tmp_path, REGIONAL)
    assert got[("Chungcheongnam-do", "FUNDS", "충남 로봇AI 실증사업")]["amount"] == 50
    assert got[("Cheonan", "FUNDS", "충남 로봇AI 실증사업")]["amount"] == 20


def test_who_runs_and_who_joins_the_project_in_play(loader, tmp_path):
    got = facts(loader, tmp_path, REGIONAL)
    assert ("충남테크노파크", "PARTICIPATES_IN", "충남 로봇AI 실증사업") in got
    assert ("한밭기계연구원", "PARTICIPATES_IN", "충남 로봇AI 실증사업") in got
    assert ("누리대학교", "PARTICIPATES_IN", "충남 로봇AI 실증사업") in got


def test_a_fund_manager_named_after_its_description(loader, tmp_path):
    text = ("한빛은행은 200억 원 규모의 '충남 AI 동반성장펀드'를 조성한다고 밝혔다. "
            "운용은 대전에 본사를 둔 누리인베스트먼트가 맡는다.\n")
    assert ("누리인베스트먼트", "PARTICIPATES_IN", "충남 AI 동반성장펀드") in facts(loader, tmp_path, text)


def test_a_kind_of_bank_is_no_name(loader, tmp_path):
    text = "지방은행도 가세해 지역 AI 기업에 투자한다.\n"
    assert not any("지방은행" in (s, o) for s, _, o in facts(loader, tmp_path, text))


FUND = """한빛은행은 이날 충청남도와 업무협약을 맺고 200억 원 규모의 '충남 AI 동반성장펀드'를 조성한다고 밝혔다.
은행이 100억 원을 출자하고, 나머지는 도와 누리벤처투자가 각각 50억 원씩 매칭한다.
"""


def test_each_backer_of_the_fund_just_set_up_funds_it_with_its_share(loader, tmp_path):
    # The province's share is public money (FUNDS); a bank's or a VC's is a limited partner's stake.
    got = relationships(loader, tmp_path, FUND)
    assert got[("한빛은행", "INVESTED_IN", "충남 AI 동반성장펀드")]["amount"] == 100
    assert got[("Chungcheongnam-do", "FUNDS", "충남 AI 동반성장펀드")]["amount"] == 50
    assert got[("누리벤처투자", "INVESTED_IN", "충남 AI 동반성장펀드")]["amount"] == 50


def test_a_unit_glossed_as_another_companys_organisation(loader, tmp_path):
    text = "이번 라운드에는 카카오벤처스와 누리랩스(카카오의 기술 투자 조직)가 참여했다.\n"
    assert ("누리랩스", "SUBSIDIARY_OF", "Kakao") in facts(loader, tmp_path, text)


def test_a_subsidiary_described_by_who_holds_its_shares(loader, tmp_path):
    text = "카카오가 100% 지분을 보유한 AI 전담 자회사 누리랩스도 이번 투자에 참여했다.\n"
    assert ("누리랩스", "SUBSIDIARY_OF", "Kakao") in facts(loader, tmp_path, text)


def test_a_subsidiary_predicate_may_say_what_kind_of_unit_it_is(loader, tmp_path):
    text = "누리벤처투자는 한빛금융그룹의 벤처캐피털 계열사다.\n"
    assert ("누리벤처투자", "SUBSIDIARY_OF", "한빛금융그룹") in facts(loader, tmp_path, text)


def test_a_quoted_name_set_up_with_a_size_is_a_fund(loader, tmp_path):
    text = "□ (노르웨이) 한빛투자공사는 2026년 3월 50억 달러 규모의 '노르딕 그로스 III'를 결성\n"
    assert ("한빛투자공사", "LAUNCHED", "노르딕 그로스 III") in facts(loader, tmp_path, text)


def test_a_fund_set_up_with_seoljeong_is_launched(loader, tmp_path):
    text = "산업혁신투자기구(JIC)는 1,000억 엔 규모의 '누리 AI 성장펀드'를 설정하였으며, 추가 출자를 검토 중\n"
    assert ("Japan Investment Corporation", "LAUNCHED", "누리 AI 성장펀드") in facts(loader, tmp_path, text)


def test_corridors_written_with_arrows_are_flows_of_the_year_before(loader, tmp_path):
    text = ("□ 2024년 아시아발 유럽 AI 스타트업 VC 투자는 약 50억 달러로 집계\n\n"
            "ㅇ 국가별로는 일본→독일이 20억 달러로 가장 컸고, 싱가포르→프랑스가 12억 달러로 뒤를 이음\n")
    got = relationships(loader, tmp_path, text)
    assert got[("Japan", "VC_FLOW", "Germany")]["amount"] == 20
    assert got[("Japan", "VC_FLOW", "Germany")]["year"] == 2024
    assert got[("Singapore", "VC_FLOW", "France")]["amount"] == 12


def test_the_author_started_the_company_with_the_person_named_beside(loader, tmp_path):
    text = POST + "\n돌아보면 대학원 동기였던 문서진 CTO와 둘이서 작은 사무실에서 시작한 회사입니다.\n"
    assert ("문서진", "FOUNDED", "누리픽셀") in facts(loader, tmp_path, text)


def test_a_joint_pilot_is_a_partnership(loader, tmp_path):
    text = "누리로보틱스는 카카오와 물류센터 검수 라인에서 공동 실증을 진행하고 있다.\n"
    got = facts(loader, tmp_path, text)
    assert ("누리로보틱스", "PARTNERS_WITH", "Kakao") in got or ("Kakao", "PARTNERS_WITH", "누리로보틱스") in got


def test_a_university_spin_off_and_its_founder_in_the_next_sentence(loader, tmp_path):
    text = ("지역 클러스터의 첫 성과로는 한빛국립대 교원창업기업 누리로보틱스(Nuri Robotics)가 꼽힌다. "
            "이 대학 기계공학과 문서진 교수가 2024년 창업했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("한빛국립대", "FOUNDED", "누리로보틱스") in got
    assert ("문서진", "FOUNDED", "누리로보틱스") in got


def test_the_ministry_a_state_budget_comes_from_funds_the_project_in_play(loader, tmp_path):
    got = relationships(loader, tmp_path, REGIONAL.replace(
        "도는 이날 사업 추진 현황을 설명했다.", "도는 이날 사업 추진 현황을 설명하고, 과학기술정보통신부로부터 국비 90억 원을 지원받는다고 밝혔다."))
    assert got[("Ministry of Science and ICT", "FUNDS", "충남 로봇AI 실증사업")]["amount"] == 90


def test_a_ministrys_programme_pays_the_company_selected_for_it(loader, tmp_path):
    text = POST + "\n중간에 중기부 TIPS에 선정돼 3년간 4억 원의 R&D 자금을 지원받은 것도 큰 힘이 됐습니다.\n"
    assert ("Ministry of SMEs and Startups", "FUNDS", "누리픽셀") in facts(loader, tmp_path, text)


def test_a_funds_main_investee(loader, tmp_path):
    text = ("한빛투자공사는 2025년 50억 달러 규모의 '누리 AI 펀드'를 출범시켰다. "
            "한빛투자공사의 자회사 누리로보틱스도 동 펀드의 주요 투자처로 포함되어 있다.\n")
    assert ("누리 AI 펀드", "INVESTED_IN", "누리로보틱스") in facts(loader, tmp_path, text)


def test_a_provinces_innovation_centre_is_a_body_that_joins_a_round(loader, tmp_path):
    text = ("누리로보틱스는 최근 20억 원 규모의 시드 투자를 유치했다. "
            "한빛벤처투자가 투자를 주도했고 충남창조경제혁신센터와 대전 지역 액셀러레이터 누리파트너스가 참여했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("충남창조경제혁신센터", "INVESTED_IN", "누리로보틱스") in got
    assert ("누리파트너스", "INVESTED_IN", "누리로보틱스") in got


FUND_TABLE = """<표 2> 주요국 AI 펀드 현황

국가 펀드명(운용 주체) 규모 주요 투자처
노르웨이 노르딕 AI 펀드(Norges Bank) 30억 달러 Mistral AI
한국 AI 도약 펀드(산업은행) 5,000억 원 리벨리온1)

주: 1) 2026년 집행분
"""


def test_a_fund_tables_header_says_the_bracket_is_the_manager(loader, tmp_path):
    got = facts(loader, tmp_path, FUND_TABLE)
    assert ("Korea Development Bank", "LAUNCHED", "AI 도약 펀드") in got
    assert ("AI 도약 펀드", "INVESTED_IN", "Rebellions") in got


def test_supplying_through_a_programme_is_taking_part_not_partnering_it(loader, tmp_path):
    text = POST + "\n작년에는 과기정통부의 'AI 바우처 지원사업'에 공급기업으로 참여해 중소 물류사 열 곳에 모델을 공급하기도 했고요.\n"
    got = facts(loader, tmp_path, text)
    assert ("누리픽셀", "PARTICIPATES_IN", "AI 바우처 지원사업") in got
    assert not any(rel == "PARTNERS_WITH" and "AI 바우처 지원사업" in (s, o) for s, rel, o in got)


def test_naenwatda_is_the_contracted_past_of_releasing(loader, tmp_path):
    text = "누리로보틱스는 지난달 비전 AI 모델 '누리아이(NuriEye)'를 내놨다.\n"
    assert ("누리로보틱스", "DEVELOPS", "누리아이") in facts(loader, tmp_path, text)


def test_a_licence_required_for_exports_bound_for_a_country(loader, tmp_path):
    text = "□ 다만 미 상무부는 2026년 3월 싱가포르向 고성능 AI 칩 수출에 대해 건별 허가 요건을 부과\n"
    assert ("US Department of Commerce", "REGULATES", "Singapore") in facts(loader, tmp_path, text)


def test_a_headline_with_daepyo_is_no_profile(loader, tmp_path):
    text = ("한빛일보\n카카오 대표 AI 모델 공개\n\n"
            "지난달 저희는 누리로보틱스와 전략적 파트너십 계약을 맺었습니다.\n")
    got = facts(loader, tmp_path, text)
    assert not any("Kakao" in (s, o) for s, _, o in got)


def test_universities_in_general_are_not_the_one_named_before(loader, tmp_path):
    text = ("누리대학교는 올해 AI 인재 양성 사업을 시작했다. "
            "정부는 대학과 기업이 공동 연구에 참여하는 'AI 융합 프로젝트'를 출범시켰다.\n")
    got = facts(loader, tmp_path, text)
    assert not any(s == "누리대학교" and o == "AI 융합 프로젝트" for s, _, o in got)
