"""Partnerships and participation, each pattern on an invented sentence or table (not from the corpus).

Every case runs the whole document loader, as on a report.
"""

from __future__ import annotations

from tests.reading import facts, relationships


def partners(got: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    """The pairs of partners among ``got``, either way round."""
    return {frozenset({a, b}) for a, rel, b in got if rel == "PARTNERS_WITH"}


def test_a_roster_row_may_open_with_a_label_column(loader, tmp_path):
    text = ("표 3-2. 제네시스 미션 참여 주체 및 역할\n\n구분 참여 기관 역할\n\n"
            "총괄 기관 오라클 연산 자원 배분\n\n기타 협력사 무명사, 마이크로소프트, 엔비디아 모델 공동 연구\n\n"
            "자료: 오라클(2026) 저자 작성.\n")
    got = relationships(loader, tmp_path, text)
    assert {("Oracle", "PARTICIPATES_IN", "Genesis Mission"), ("Microsoft", "PARTICIPATES_IN", "Genesis Mission"),
            ("NVIDIA", "PARTICIPATES_IN", "Genesis Mission")} <= set(got)
    assert got[("Oracle", "PARTICIPATES_IN", "Genesis Mission")]["role"].startswith("총괄 기관")


def test_a_dropped_subject_partners_is_the_passages_company(loader, tmp_path):
    text = ("카카오는 올해 새 번역 모델을 공개했다. 모델은 사내 데이터로 학습되었다. "
            "또한 유럽 시장 진출을 위한 엔비디아와의 협력을 공식화했다.\n")
    assert frozenset({"Kakao", "NVIDIA"}) in partners(facts(loader, tmp_path, text))


def test_advice_about_a_country_partners_nobody(loader, tmp_path):
    text = "한국은 반도체 강국이다. 일본과의 협력은 보다 정교한 접근을 요구한다.\n"
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in facts(loader, tmp_path, text))


def test_taking_part_in_someones_programme_is_the_passages_companys_act(loader, tmp_path):
    text = ("업스테이지는 정부와 민간 모두와 협력하며 성장하고 있다. "
            "먼저 공공 분야에서는 일본 디지털청의 GENIAC 프로그램에 참여함으로써 연산 자원을 제공받고 있다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Upstage", "PARTICIPATES_IN", "GENIAC") in got
    assert not any(rel == "PARTICIPATES_IN" and subj != "Upstage" for subj, rel, _ in got)


def test_advice_closing_the_sentence_states_no_act(loader, tmp_path):
    text = "정부는 ‘인재 순환 정책’을 통해 유입 경로를 넓히고, 제도를 정비할 필요가 있다.\n"
    assert not any(rel == "LAUNCHED" for _, rel, _ in facts(loader, tmp_path, text))


def test_what_is_set_up_takes_the_object_particle_not_the_place(loader, tmp_path):
    text = "정부는 대통령실에 인공지능 기획실을 신설하였다.\n"
    assert not any(rel == "FOUNDED" and obj == "Presidential Office of Korea"
                   for _, rel, obj in facts(loader, tmp_path, text))


def test_working_jointly_makes_partners_but_investing_jointly_does_not(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버는 서울대, 카이스트 등과 공동으로 의료 특화 언어모델을 개발하였다.\n")
    assert partners(got) >= {frozenset({"Naver", "Seoul National University"}), frozenset({"Naver", "KAIST"})}
    got = facts(loader, tmp_path, "카카오는 네이버와 공동으로 업스테이지에 투자하였다.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in got)


def test_countries_listed_with_a_nameless_subject_join_the_programme_just_named(loader, tmp_path):
    text = ("글로벌 AI 거버넌스 이니셔티브는 개발도상국의 AI 역량 강화를 내세운 다자 구상이다. "
            "중국 외교부 주도로 파키스탄, 이집트, 브라질 등 개도국과 우호적인 협력 국가들이 참여하였다.\n")
    got = facts(loader, tmp_path, text)
    assert {("Pakistan", "PARTICIPATES_IN", "Global AI Governance Initiative"),
            ("Brazil", "PARTICIPATES_IN", "Global AI Governance Initiative")} <= got


def test_a_participation_far_from_any_programme_joins_nothing(loader, tmp_path):
    text = ("글로벌 AI 거버넌스 이니셔티브는 다자 구상이다. 올해 회의는 베이징에서 열렸다. "
            "파키스탄, 브라질 등 개도국과 협력 국가들이 참여하였다.\n")
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in facts(loader, tmp_path, text))


def test_this_company_is_the_company_the_passage_is_about(loader, tmp_path):
    text = ("카카오는 로봇 스타트업 무빙랩스와 손을 잡았다. "
            "이 회사는 엔비디아와도 시뮬레이션 분야에서 협력하고 있다.\n")
    got = partners(facts(loader, tmp_path, text))
    assert frozenset({"Kakao", "무빙랩스"}) in got
    assert frozenset({"Kakao", "NVIDIA"}) in got


def test_a_partner_marked_wa_neun_in_a_second_clause(loader, tmp_path):
    text = ("네이버는 지난달 삼성전자와 클라우드 계약을 맺었고, 카카오와는 번역 모델을 공동 개발하기 위한 "
            "업무협약(MOU)을 체결했다.\n")
    assert partners(facts(loader, tmp_path, text)) >= {frozenset({"Naver", "Samsung Electronics"}),
                                                       frozenset({"Naver", "Kakao"})}


def test_wa_neun_comparing_names_no_partner(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버와는 달리 카카오는 삼성전자와 협력을 택했다.\n")
    assert partners(got) == {frozenset({"Kakao", "Samsung Electronics"})}


def test_members_listed_as_included_in_the_selection(loader, tmp_path):
    text = ("과기정통부는 ‘AI 반도체 실증 프로젝트’를 출범했다. "
            "1차 선정 결과에는 네이버와 카카오 등 5개 기업이 포함됐다.\n")
    got = facts(loader, tmp_path, text)
    assert {("Naver", "PARTICIPATES_IN", "AI 반도체 실증 프로젝트"),
            ("Kakao", "PARTICIPATES_IN", "AI 반도체 실증 프로젝트")} <= got


def test_members_listed_with_wa_before_the_copula(loader, tmp_path):
    text = "과기정통부는 ‘AI 반도체 실증 프로젝트’를 출범했다. 참여 기관은 네이버와 KAIST이다.\n"
    got = facts(loader, tmp_path, text)
    assert {("Naver", "PARTICIPATES_IN", "AI 반도체 실증 프로젝트"),
            ("KAIST", "PARTICIPATES_IN", "AI 반도체 실증 프로젝트")} <= got


def test_a_role_in_a_programme_is_taking_part_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "업스테이지는 과기정통부가 올해 시작한 ‘AI 반도체 실증 프로젝트’의 주관기관으로 선정됐다.\n")
    assert ("Upstage", "PARTICIPATES_IN", "AI 반도체 실증 프로젝트") in got
    got = facts(loader, tmp_path, "과기정통부는 ‘AI 반도체 실증 프로젝트’의 주관기관으로 업스테이지를 선정했다.\n")
    assert ("Upstage", "PARTICIPATES_IN", "AI 반도체 실증 프로젝트") in got
    assert ("Ministry of Science and ICT", "PARTICIPATES_IN", "AI 반도체 실증 프로젝트") not in got


def test_a_role_said_without_a_subject_is_the_passages_companys(loader, tmp_path):
    text = "업스테이지는 소버린 모델을 만든다. 일본 정부가 추진하는 GENIAC의 핵심 실행기관으로 평가된다.\n"
    got = facts(loader, tmp_path, text)
    assert ("Upstage", "PARTICIPATES_IN", "GENIAC") in got
    assert ("Japanese government", "PARTICIPATES_IN", "GENIAC") not in got


def test_a_supplier_partners_its_customer(loader, tmp_path):
    assert frozenset({"NVIDIA", "Samsung Electronics"}) in partners(
        facts(loader, tmp_path, "엔비디아는 삼성전자에 HBM 검사 장비를 공급한다.\n"))
    assert not partners(facts(loader, tmp_path, "네이버클라우드는 엔비디아로부터 GPU를 공급받는다.\n"))


def test_hosting_jointly_makes_partners(loader, tmp_path):
    text = "카카오와 유엔이 공동 개최한 포럼에는 각국 전문가들이 참여했다.\n"
    assert frozenset({"Kakao", "United Nations"}) in partners(facts(loader, tmp_path, text))


def test_a_headline_comma_marks_its_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "보도자료(2031. 3. 2.), 「네이버클라우드, 한수원과 손잡고 원전 산업에 AI 도입 추진」\n")
    assert frozenset({"Naver Cloud", "Korea Hydro & Nuclear Power"}) in partners(got)
    got = facts(loader, tmp_path, "AI 반도체 스타트업 리벨리온, 산업은행서 200억 원 투자 유치\n")
    assert ("Korea Development Bank", "INVESTED_IN", "Rebellions") in got


def test_a_list_with_etc_is_no_headline_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "⦁OpenAI, 엔비디아 등과 MOU 체결\n")
    assert frozenset({"OpenAI", "NVIDIA"}) not in partners(got)
    got = facts(loader, tmp_path, "미국, 영국, 일본과의 협력 강화를 통해 한국은 도약할 수 있다.\n")
    assert frozenset({"United States", "United Kingdom"}) not in partners(got)


def test_a_customer_won_is_a_partner(loader, tmp_path):
    got = facts(loader, tmp_path, "업스테이지는 일본 시장에 진출하며 첫 고객사로는 일본 통신사 소프트뱅크를 확보했다.\n")
    assert frozenset({"Upstage", "SoftBank"}) in partners(got)
    got = facts(loader, tmp_path, "업스테이지는 모델을 공개했다. 첫 고객으로 카카오를 맞았다.\n")
    assert frozenset({"Upstage", "Kakao"}) in partners(got)
    assert not partners(facts(loader, tmp_path, "업스테이지는 고객사로 활용되는 기업을 늘렸다.\n"))


def test_two_subjects_acting_jointly_are_partners_but_not_when_investing(loader, tmp_path):
    assert frozenset({"Naver", "Kakao"}) in partners(facts(loader, tmp_path, "네이버와 카카오가 공동으로 모델을 개발했다.\n"))
    assert not partners(facts(loader, tmp_path, "네이버와 카카오가 함께 업스테이지에 투자했다.\n"))


def test_both_companies_named_earlier_in_the_same_sentence(loader, tmp_path):
    text = "카카오는 네이버에 번역 엔진을 탑재하고, 서비스 개발을 양사가 공동으로 진행한다.\n"
    assert frozenset({"Naver", "Kakao"}) in partners(facts(loader, tmp_path, text))


def test_a_bare_institute_name_is_the_one_of_the_chapters_country(loader, tmp_path):
    text = ("1. 영국의 AI 정책 동향\n"
            "가. 정책 목표\n"
            "영국 정부는 AI 역량 강화를 추진하고 있다.\n"
            "나. 주요 기관\n"
            "AI 안전연구소는 미국과 공동 평가를 위한 파트너십을 구축했다.\n"
            "2. 한국의 AI 정책 동향\n"
            "AI 안전연구소는 일본과 파트너십을 구축했다.\n")
    got = {f for f in facts(loader, tmp_path, text) if f[1] == "PARTNERS_WITH"}
    assert got == {("UK AI Security Institute", "PARTNERS_WITH", "United States"),
                   ("Japan", "PARTNERS_WITH", "Korea AI Safety Institute")}



def test_a_nested_bullet_acts_for_the_bullet_it_hangs_from(loader, tmp_path):
    text = ("- 독일 AI 스타트업 알레프 알파가 유럽 각국으로부터 투자를 유치한 바 있음\n"
            "  - 2023년 SAP, 보쉬 등과 플랫폼 협업을 추진\n"
            "- 한편 유럽 각국의 협업 사례도 늘고 있음\n"
            "  - 엔비디아와 협업을 추진\n")
    got = partners(facts(loader, tmp_path, text))
    assert {frozenset({"Aleph Alpha", "SAP"}), frozenset({"Aleph Alpha", "Bosch"})} <= got
    # the second parent names no subject: its child's partnership has no one to partner
    assert not any("NVIDIA" in pair for pair in got)


def test_founders_in_a_nested_bullet_found_the_parents_company(loader, tmp_path):
    text = ("- 캐나다 AI 스타트업 무명랩스가 2억 달러의 투자를 유치한 바 있음\n"
            "  - 대학 연구실 출신의 얀 르쿤, 요슈아 벤지오, 앤드루 응에 의해 창업되었으며, 특히 얀 르쿤은 논문의 공저자\n")
    got = facts(loader, tmp_path, text)
    founded = {(s, o) for s, rel, o in got if rel == "FOUNDED"}
    assert {s for s, _ in founded} == {"Yann LeCun", "Yoshua Bengio", "Andrew Ng"}
    assert {o for _, o in founded} == {"무명랩스"}


def test_a_role_glossed_with_its_abbreviation_keeps_the_founders_particle(loader, tmp_path):
    text = "무명로보틱스는 2021년 대학 동문인 최민재 대표와 강서연 최고기술책임자(CTO)가 공동 창업했다.\n"
    founders = {s for s, rel, o in facts(loader, tmp_path, text) if rel == "FOUNDED" and o == "무명로보틱스"}
    assert founders == {"최민재", "강서연"}


def test_a_description_between_co_founders_does_not_drop_the_first(loader, tmp_path):
    text = ("무명랩스는 도쿄의 AI 스타트업이다. 무명랩스는 대학 연구실 출신의 요슈아 벤지오(Yoshua Bengio)와 "
            "'Deep Nets At Scale' 논문의 공저자인 얀 르쿤이 공동 창업했다.\n")
    founders = {s for s, rel, o in facts(loader, tmp_path, text) if rel == "FOUNDED" and o == "무명랩스"}
    assert founders == {"Yoshua Bengio", "Yann LeCun"}


def test_acting_accordingly_takes_part_in_the_plan_just_announced(loader, tmp_path):
    text = ("정부는 지난달 ‘국가 양자 클라우드 구축 계획’을 발표하였다. 이에 따라 KT·카카오 등 통신 사업자가 "
            "양자 컴퓨터를 도입하고, 연구기관은 시험망을 운영할 예정이다.\n"
            "정부는 ‘AI 반도체 육성 전략’을 공개하였다. 이에 따라 삼성전자의 주가가 올랐다.\n")
    got = {(s, o) for s, rel, o in facts(loader, tmp_path, text) if rel == "PARTICIPATES_IN"}
    assert {("KT", "국가 양자 클라우드 구축 계획"), ("Kakao", "국가 양자 클라우드 구축 계획")} <= got
    # a share price rising names no part in the strategy
    assert not any(s == "Samsung Electronics" for s, _ in got)


def test_a_supplier_partners_each_agency_it_supplies(loader, tmp_path):
    text = "팔란티어는 자사 분석 플랫폼을 미 국방부 및 국토안보부에 공급하고 있다.\n"
    got = partners(facts(loader, tmp_path, text))
    assert {frozenset({"Palantir", "US Department of Defense"}),
            frozenset({"Palantir", "US Department of Homeland Security"})} <= got


def test_a_joint_venture_named_in_quotes_is_founded_by_both_partners(loader, tmp_path):
    text = ("클라우드 기업 무명클라우드는 투자사 가람파트너스와 손잡고 합작법인 '무명아시아'를 설립했다. "
            "양사는 합작법인에 공동으로 GPU 서버를 들여올 계획이다.\n")
    got = facts(loader, tmp_path, text)
    assert {("무명클라우드", "FOUNDED", "무명아시아"), ("가람파트너스", "FOUNDED", "무명아시아")} <= got
    # 양사 are the two partners, not a partner and the venture they set up
    assert not any("무명아시아" in pair for pair in partners(got))


def test_a_list_with_its_kind_then_yeoksi_is_a_subject_too(loader, tmp_path):
    text = ("정부는 지난달 ‘국가 양자 클라우드 구축 계획’을 발표하였다. 이에 따라 KT·카카오 그룹 역시 "
            "각각 양자 컴퓨터를 도입할 계획이다.\n")
    got = {(s, o) for s, rel, o in facts(loader, tmp_path, text) if rel == "PARTICIPATES_IN"}
    assert {("KT", "국가 양자 클라우드 구축 계획"), ("Kakao", "국가 양자 클라우드 구축 계획")} <= got
    # "그룹 역시" is no company's name
    assert not any(s == "역시" for s, _ in got)


def test_partners_described_by_their_kind_after_deung_partner_the_passages_company(loader, tmp_path):
    text = ("카카오는 올해 로보택시 서비스를 시작했다. 또한 Lyft·Uber 등 해외 모빌리티 플랫폼과의 전략적 제휴를 통해 "
            "해외 진출을 시도하고 있다.\n")
    got = partners(facts(loader, tmp_path, text))
    assert {frozenset({"Kakao", "Lyft"}), frozenset({"Kakao", "Uber"})} <= got


def test_a_legal_form_before_a_name_is_part_of_the_partners_name(loader, tmp_path):
    text = "법률 AI 스타트업 무명리걸은 법무법인 가온과 문서 검토 모델 '새봄'을 공동 개발하고 있다.\n"
    got = facts(loader, tmp_path, text)
    assert frozenset({"무명리걸", "법무법인 가온"}) in partners(got)
    assert ("법무법인 가온", "DEVELOPS", "새봄") in got


# A section whose heading is only a body's name: the acts its paragraphs list without a subject.
_BODY_SECTION = ("1. 영국의 AI 정책 동향\n"
                 "다. 이노베이트 UK(2019. 4.)3)\n"
                 "영국 정부는 연구혁신기구 산하에 이노베이트 UK를 두고 있다. 이 기관은 기업 지원과 연구 협력을 "
                 "중심으로 운영된다. 또한 엔비디아와 협력하여 연구 장비를 대학에 제공하고 있다.\n"
                 "이 밖에 카카오는 네이버와 협력하여 공동 연구를 진행하고 있다.\n")


def test_a_body_named_by_its_heading_ties_up_in_clauses_without_a_subject(loader, tmp_path):
    got = partners(facts(loader, tmp_path, _BODY_SECTION))
    # "이 기관은" is the heading's body, not the government the paragraph opened with
    assert frozenset({"Innovate UK", "NVIDIA"}) in got
    assert frozenset({"UK government", "NVIDIA"}) not in got
    # a clause with its own subject keeps it
    assert frozenset({"Kakao", "Naver"}) in got
    assert not any("Innovate UK" in pair and "Naver" in pair for pair in got)


def test_a_caption_that_does_not_name_the_body_ends_its_acts(loader, tmp_path):
    text = (_BODY_SECTION + "표 2-1. 영국의 주요 AI 조직 비교\n\n구분 기능\n\n⦁엔비디아, 카카오 등과 MOU\n\n체결\n")
    got = partners(facts(loader, tmp_path, text))
    assert not any("Innovate UK" in pair and "Kakao" in pair for pair in got)


def test_a_caption_naming_the_body_keeps_its_acts(loader, tmp_path):
    text = (_BODY_SECTION + "표 2-1. 이노베이트 UK 주요 기능\n\n핵심 기능 주요 내용\n\n"
            "⦁스타트업 육성: 유망 기업을 지원하기 위해 카카오와 협력하여 성장을 지원함.\n")
    assert frozenset({"Innovate UK", "Kakao"}) in partners(facts(loader, tmp_path, text))


def test_a_country_heading_carries_no_partner(loader, tmp_path):
    text = ("1. 영국의 AI 정책 동향\n"
            "AI 인재 확보가 중요한 과제로 떠올랐다. 또한 엔비디아와 협력하여 연구 장비를 대학에 제공하고 있다.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in facts(loader, tmp_path, text))


def test_partners_listed_before_such_as_and_a_kind(loader, tmp_path):
    text = "다. 이노베이트 UK(2019. 4.)\n구체적으로는 카카오, 네이버 같은 국내 AI 기업과의 전략적 파트너십 구축이 포함된다.\n"
    got = partners(facts(loader, tmp_path, text))
    assert {frozenset({"Innovate UK", "Kakao"}), frozenset({"Innovate UK", "Naver"})} <= got


def test_a_bare_ministry_in_a_table_captioned_with_a_country_is_that_countrys(loader, tmp_path):
    text = ("[ 중국의 AI 교육 정책 ]\n\n구분 주요 내용\n\n교육 개혁\n\n"
            "교육부는 AI 교과서 보급을 포함한 ‘스마트 교실 지침’을 발표\n\n자료: 언론보도 종합.\n\n"
            "한편 교육부는 ‘디지털 교과서 계획’을 발표했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Education of China", "LAUNCHED", "스마트 교실 지침") in got
    # the prose after the table is no longer the caption's
    assert ("Ministry of Education of Korea", "LAUNCHED", "디지털 교과서 계획") in got


def test_a_companys_paragraph_sets_up_and_funds_in_clauses_without_a_subject(loader, tmp_path):
    text = ("카카오는 올해 AI 전담 조직을 신설하였다. 또한 500억 원 규모의 ‘AI 상생 펀드’를 조성하여 "
            "국내 스타트업을 지원한다. 이와 함께 업스테이지에 100억 원을 지원하기로 했다.\n")
    got = facts(loader, tmp_path, text)
    assert {("Kakao", "LAUNCHED", "AI 상생 펀드"), ("Kakao", "FUNDS", "Upstage")} <= got


def test_a_headed_bodys_bullets_fund_and_set_up(loader, tmp_path):
    text = ("다. 이노베이트 UK(2019. 4.)\n\n⦁스타트업 육성: 업스테이지에 50억 원의 연구 자금을 지원함.\n\n"
            "⦁‘AI 챌린지 기금’ 조성\n")
    got = facts(loader, tmp_path, text)
    assert {("Innovate UK", "FUNDS", "Upstage"), ("Innovate UK", "LAUNCHED", "AI 챌린지 기금")} <= got


def test_a_topic_marked_do_acts_in_the_clauses_after_it(loader, tmp_path):
    text = "일본 정부도 AI 역량을 국가 목표로 설정하고 ‘AI 챌린지 기금’ 조성, 엔비디아와의 협력 강화 등 진흥 정책을 전개하고 있다.\n"
    got = facts(loader, tmp_path, text)
    assert {("Japanese government", "LAUNCHED", "AI 챌린지 기금"), ("Japanese government", "PARTNERS_WITH", "NVIDIA")} <= got


def test_a_paragraph_with_another_subject_ends_the_bodys_acts(loader, tmp_path):
    text = ("다. 이노베이트 UK(2019. 4.)\n\n"
            "카카오가 올해 새 번역 모델을 공개했다. 또한 네이버와 협력하여 공동 연구를 진행하고 있다.\n\n"
            "이 기관은 대학 연구를 지원한다. 또한 엔비디아와 협력하여 연구 장비를 제공한다.\n")
    got = partners(facts(loader, tmp_path, text))
    assert not any("Innovate UK" in pair and "Naver" in pair for pair in got)
    assert frozenset({"Innovate UK", "NVIDIA"}) in got
