"""Who takes part in a programme, fund or firm (PARTICIPATES_IN), in Korean and English: roles,
selections, memberships, notes and tables, also when no verb of joining says so, and the subjects,
sources and windows that take no part. Each case is an invented text run through the whole loader."""

from __future__ import annotations

from pathlib import Path

from loaders.document import read_document
from loaders.pipeline import DocumentLoader
from tests.reading import (
    facts,
    facts_by_latin_spelling,
    korean_batch,
    korean_facts,
    relationships,
    subjects_and_objects,
)


def test_organisations_acting_in_a_round_of_a_programme_take_part_in_it(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "Upstage나 트웰브랩스와 같은 기업이 ‘물결 AI 챌린지’ 2차 사이클에서 우수한 모델을 "
                "내놓은 것은 정부 지원의 효과를 보여준다.\n")
    assert {("Upstage", "PARTICIPATES_IN", "물결 AI 챌린지"),
            ("Twelve Labs", "PARTICIPATES_IN", "물결 AI 챌린지")} <= got


def test_a_subject_of_another_clause_does_not_take_part_in_the_programme(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "업스테이지는 신규 모델을 공개했으며, ‘물결 AI 챌린지’ 2차 사이클에서 다수의 과제가 선정되었다.\n")
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in got)


def test_a_person_takes_part_in_each_firm_listed_before_a_role(loader, tmp_path: Path):
    got = relationships(loader, tmp_path,
                        "업스테이지 공동 창업자 김도윤은 활발한 엔젤 투자자이기도 하다. 그는 개인 투자 외에도 벤처캐피털 "
                        "코슬라벤처스와 투자사 럭스캐피탈 등에서 투자자로 활동하고 있다.\n")
    people = {(s, o): p for (s, rel, o), p in got.items() if rel == "PARTICIPATES_IN" and s == "김도윤"}
    assert set(people) == {("김도윤", "Khosla Ventures"), ("김도윤", "Lux Capital")}
    assert people[("김도윤", "Lux Capital")]["role"] == "투자자"


def test_a_note_under_a_starred_word_lists_who_invested(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "- 트웰브랩스는 엔비디아와의 공동 연구를 추진하고, 해외 유명 VC 및 저명한 인사\\*의 투자를 받아 성장\n\n"
                "- 트웰브랩스는 영상 이해 모델을 개발하는 기업임\n\n"
                "\\* 럭스캐피탈, 코슬라벤처스 등의 VC, 김도윤 업스테이지 수석 과학자 등\n")
    invested = {(s, o) for s, rel, o in got if rel == "INVESTED_IN"}
    assert {("Lux Capital", "Twelve Labs"), ("Khosla Ventures", "Twelve Labs")} <= invested
    assert ("Upstage", "Twelve Labs") not in invested  # where the person works, not an investor


def test_a_note_too_far_from_the_star_is_about_something_else(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "- 트웰브랩스는 해외 유명 인사\\*의 투자를 받아 성장\n\n" + "- 시장은 빠르게 성장하는 중임\n\n" * 6
                + "\\* 럭스캐피탈, 코슬라벤처스 등\n")
    assert not any(rel == "INVESTED_IN" for _, rel, _ in got)


def test_a_partner_in_setting_up_a_programme_takes_part_in_it(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "정부와 업계는 엔비디아와 협력해 약 5만 개의 GPU를 도입하는 ‘한빛 AI 클러스터 구축 계획’을 발표하였다.\n")
    assert ("NVIDIA", "PARTICIPATES_IN", "한빛 AI 클러스터 구축 계획") in got


def test_several_subjects_setting_up_a_programme_together_each_take_part(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "업스테이지, 트웰브랩스, 라이너가 협력하여 대전에 ‘한빛 AI 캠퍼스’를 설립할 계획이다.\n")
    assert {(s, o) for s, rel, o in got if rel == "PARTICIPATES_IN"} >= {
        ("Upstage", "한빛 AI 캠퍼스"), ("Twelve Labs", "한빛 AI 캠퍼스"), ("Liner", "한빛 AI 캠퍼스")}


def test_a_comma_closes_what_was_done_together(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "엔비디아는 SK텔레콤과 협력하여 자체 인프라를 구축, 업스테이지는 ‘한빛 AI 캠퍼스’를 설립하였다.\n")
    assert ("SK Telecom", "PARTICIPATES_IN", "한빛 AI 캠퍼스") not in got


def test_people_listed_with_their_university_and_title_are_the_investors_not_the_universities(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "라이너는 시리즈 B 투자를 유치하였다. 라이너의 투자에는 카이스트 김도윤 교수, 서울대 박하늘 교수 등 "
                "AI 업계 전문가들이 대거 투자에 참여한 바 있음\n")
    invested = {(s, o) for s, rel, o in got if rel == "INVESTED_IN"}
    assert {("김도윤", "Liner"), ("박하늘", "Liner")} <= invested
    assert not {("KAIST", "Liner"), ("Seoul National University", "Liner")} & invested


def test_institutions_carrying_out_the_work_take_part_in_the_programme_their_section_is_about(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "가. 신세대 인공지능 발전계획\n\n"
                "이 계획은 2030년까지 세계 AI 선도국이 되는 것을 목표로 한다.\n\n"
                "실행 단계에서는 바이두, 알리바바와 텐센트 같은 핵심 기업들이 분야별로 과제를 수립하고 사업을 추진한다.\n")
    members = {s for s, rel, o in got if rel == "PARTICIPATES_IN" and o == "New Generation AI Development Plan"}
    assert members == {"Baidu", "Alibaba", "Tencent"}


def test_institutions_named_outside_a_programme_section_take_part_in_nothing(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "가. 중국의 산업 동향\n\n"
                "실행 단계에서는 바이두, 알리바바와 텐센트 같은 핵심 기업들이 분야별로 과제를 수립하고 사업을 추진한다.\n")
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in got)


def test_topics_giving_only_an_amount_share_the_investment_named_before_them(loader, tmp_path: Path):
    got = relationships(loader, tmp_path,
                        "협력의 일환으로 업스테이지는 일본 내 데이터센터 구축에 투자를 약속하였으며, 네이버는 3조 원, "
                        "카카오는 1조 원의 대규모 투자 계획을 발표하였다.\n")
    assert got[("Naver", "INVESTED_IN", "Japan")]["amount"] == 3.0
    assert got[("Kakao", "INVESTED_IN", "Japan")]["amount"] == 1.0


def test_topics_with_amounts_and_no_named_investment_invest_in_nothing(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "네이버는 3조 원, 카카오는 1조 원의 대규모 투자 계획을 발표하였다.\n")
    assert not any(rel == "INVESTED_IN" for _, rel, _ in got)


def test_an_organisation_left_out_of_a_round_takes_no_part(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "업스테이지는 ‘물결 AI 챌린지’ 2차 사이클에서 제외되어 정부 지원이 중단되었다.\n")
    assert ("Upstage", "PARTICIPATES_IN", "물결 AI 챌린지") not in got


def test_a_company_selected_for_a_ministrys_programme(loader, tmp_path):
    text = ("■ 누비텍, 120억원 시리즈A\n"
            "산업용 비전 모델을 개발하는 누비텍(Nuvitec)이 120억원 규모 시리즈A 투자를 유치했다.\n"
            "2024년 과학기술정보통신부의 지역 AI 실증지원(RAIS) 프로그램에 선정돼 3억원을 지원받았다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Nuvitec", "PARTICIPATES_IN", "RAIS") in got
    assert ("Ministry of Science and ICT", "LAUNCHED", "RAIS") in got


def test_here_after_a_programme_is_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 판교에 '한빛 AI 캠퍼스' 사업을 추진하고 있고, 여기에는 LG전자와 네이버가 참여하고 있다.\n")
    joined = {s for s, r, o in got if r == "PARTICIPATES_IN" and "한빛 AI 캠퍼스" in o}
    assert {"LG Electronics", "Naver"} <= joined


def test_a_role_with_a_gloss_chosen_by_the_press_verb_joins_the_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "중기부는 총 2천억원 규모의 '스마트 제조 펀드'를 조성한다. "
                "모태펀드와 기업은행이 각각 500억원을 출자한다. 운용사(GP)로는 한국투자파트너스가 뽑혔다.\n")
    joined = {(s, o) for s, r, o in got if r == "PARTICIPATES_IN"}
    assert ("Korea Investment Partners", "스마트 제조 펀드") in joined
    assert not [o for s, o in joined if o == "Korea Fund of Funds"]


def test_a_unit_listed_with_its_owner_is_the_one_chosen(loader, tmp_path):
    got = facts(loader, tmp_path, "과기정통부는 'AI 반도체 실증 사업'을 출범한다. "
                "운영사로는 네이버클라우드와 KT의 클라우드 자회사 KT클라우드가 뽑혔다.\n")
    joined = {s for s, r, o in got if r == "PARTICIPATES_IN" and o == "AI 반도체 실증 사업"}
    assert {"Naver Cloud", "KT Cloud"} <= joined
    assert "KT" not in joined


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


def test_a_cards_operator_takes_part_in_the_programme_the_card_launches(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n정부 (1) 중기부\n'AI 바이오 팁스' 신설\n→ 3년간 총 500억\n"
                "운영: 한빛진흥원\n\n[3/3]\n끝\n")
    assert ("한빛진흥원", "PARTICIPATES_IN", "AI 바이오 팁스") in got


def test_names_listed_with_wa_among_those_selected_take_part_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 'K-로봇 도약' 사업을 새로 시작한다고 밝혔습니다.\n"
                "첫 지원 대상으로는 누리웍스와 다온봇을 비롯해 10개 사가 뽑혔습니다.\n")
    members = {f[0] for f in got if f[1] == "PARTICIPATES_IN"}
    assert {"누리웍스", "다온봇"} <= members


def test_a_name_restated_by_its_short_form_takes_the_short_forms_particle(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부는 'K-로봇 도약' 사업을 새로 시작한다고 밝혔습니다.\n"
                "사업 운영은 정보통신산업진흥원, NIPA가 맡습니다.\n")
    assert {f for f in got if f[1] == "PARTICIPATES_IN" and f[2] == "K-로봇 도약"}


def test_builders_breaking_ground_on_a_project(loader, tmp_path):
    text = 'Oracle and Microsoft said they had broken ground on "Project Lantern", a 200 MW campus.\n'
    got = facts(loader, tmp_path, text)
    assert ("Oracle", "PARTICIPATES_IN", "Project Lantern") in got
    assert ("Microsoft", "PARTICIPATES_IN", "Project Lantern") in got


def test_names_joining_a_named_programme_after_a_round_take_part_in_it(loader, tmp_path):
    text = ("AI 반도체 스타트업 루미바톤은 이날 500억원 규모의 시리즈B 투자를 유치했다고 밝혔다. "
            "솔모루벤처스는 '한빛 AI 반도체 얼라이언스'에 이름을 올렸으며 후속 투자도 검토하고 있다.\n")
    got = facts(loader, tmp_path, text)
    assert ("솔모루벤처스", "PARTICIPATES_IN", "한빛 AI 반도체 얼라이언스") in got


def test_the_fund_money_comes_from_is_not_the_one_a_manager_is_chosen_for(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 지난달 'K-AI 그린 점프펀드'(이하 그린펀드)를 출범시켰다. 모태펀드에서 "
                                  "500억 원을 출자하고 민간이 같은 금액을 매칭하는 구조로, 첫 운용사로 판교의 한누리벤처스가 "
                                  "선정됐다.\n")
    assert ("한누리벤처스", "PARTICIPATES_IN", "K-AI 그린 점프펀드") in got
    assert ("한누리벤처스", "PARTICIPATES_IN", "Korea Fund of Funds") not in got


def test_a_data_source_takes_no_part(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI raised $12 million from Harrowgate Capital. "
                "VC funding into Indian AI startups touched $2 Bn this year, as per data from Datalore.\n")
    assert not any(subject == "Datalore" for subject, _, _ in got)


def test_a_korean_source_takes_no_part(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부는 올해 '제조 AI 지원사업'을 시작했다. "
                "시장조사업체 데이터로어에 따르면 국내 AI 스타트업 투자액은 지난해 9억 달러로 줄었다.\n")
    assert "데이터로어" not in subjects_and_objects(got)


_JOINTLY_RUN = ("AI 스타트업 모래솔랩이 신규 투자를 유치했다고 밝혔다.\n\n"
                "지난해에는 과학기술정보통신부와 정보통신산업진흥원(NIPA)이 주관하는 '엣지 AI 현장 실증사업'에 "
                "수행기관으로 참여했다.\n")


def test_both_ministries_of_a_running_relative_clause_launched_the_programme(loader):
    got = korean_facts(loader, _JOINTLY_RUN)
    assert ("Ministry of Science and ICT", "LAUNCHED", "엣지 AI 현장 실증사업") in got
    assert ("National IT Industry Promotion Agency", "LAUNCHED", "엣지 AI 현장 실증사업") in got


def test_the_subjects_of_a_running_relative_clause_do_not_take_part(loader):
    got = korean_facts(loader, _JOINTLY_RUN)
    assert ("Ministry of Science and ICT", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") not in got
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") not in got


def test_the_dropped_subject_takes_part_in_a_programme_others_run(loader):
    assert ("모래솔랩", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") in korean_facts(loader, _JOINTLY_RUN)


def test_chosen_too_for_a_programme_with_the_subject_left_out(loader, tmp_path):
    got = facts(loader, tmp_path, "로봇 스타트업 가온로보는 지난해 다온벤처스로부터 50억 원을 유치했다. "
                                  "한빛전자의 스타트업 육성 프로그램 '스프링보드(Springboard)'에도 선정돼 GPU 지원을 받고 있다.\n")
    assert ("가온로보", "PARTICIPATES_IN", "스프링보드") in got


def participants(loader: DocumentLoader, text: str) -> set[tuple[str, str]]:
    batch = korean_batch(loader, text)
    return {(batch.actors[r.subject].name, batch.actors[r.object].name)
            for r in batch.relationships if r.type == "PARTICIPATES_IN"}


def test_co_managers_of_a_fund_named_before(loader):
    text = ("강원도는 이날 300억원 규모의 '강원 로봇 성장펀드' 결성식을 열었다. 모태펀드가 100억원을 출자하고 "
            "도가 50억원을 보탰다. 운용은 춘천 소재 벤처캐피털 소양강파트너스와 강원창업센터가 공동운용사(Co-GP)로 맡는다.\n")
    got = participants(loader, text)
    assert {(a, p) for a, p in got if "강원 로봇 성장펀드" in p} >= {
        ("소양강파트너스", "강원 로봇 성장펀드"), ("강원창업센터", "강원 로봇 성장펀드")}
    assert not any("모태펀드" in p or p == "Korea Fund of Funds" for _, p in got)


def test_co_managers_one_described_by_its_country(loader):
    text = ("정부는 '한-캐나다 AI 공동펀드'를 5억 달러 규모로 조성한다고 밝혔다.\n"
            "ㅇ 운용은 국내 벤처캐피탈 단풍인베스트먼트와 캐나다 메이플캐피탈이 공동 운용사(Co-GP)를 맡는다.\n")
    got = participants(loader, text)
    assert {("단풍인베스트먼트", "한-캐나다 AI 공동펀드"), ("메이플캐피탈", "한-캐나다 AI 공동펀드")} <= got


def test_the_fund_as_topic_and_its_running_as_what_is_taken_on(loader):
    text = ("중기부는 'K-바이오 AI 모펀드'를 조성한다. 동 모펀드는 한국벤처투자가 운용을 맡는다.\n")
    assert ("Korea Venture Investment Corp.", "K-바이오 AI 모펀드") in participants(loader, text)


def test_running_taken_on_without_a_programme_topic_is_no_role(loader):
    text = ("중기부는 'K-바이오 AI 모펀드'를 조성한다. 검증센터는 한국벤처투자가 운영을 맡는다.\n")
    assert ("Korea Venture Investment Corp.", "K-바이오 AI 모펀드") not in participants(loader, text)


def test_a_ministry_that_set_up_what_is_joined_joins_nothing_before(loader: DocumentLoader, tmp_path: Path):
    text = ("물류 스타트업 누리로지스는 구글의 스타트업 육성 프로그램 '런치패드(Launchpad)'에도 선정돼 클라우드 크레딧을 받고 있다.\n"
            "또 과학기술정보통신부가 지난해 5월 출범시킨 '물류 AI 연합'의 회원사로 참여해 실증을 진행 중이다.")
    found = facts(loader, tmp_path, text)
    assert ("누리로지스", "PARTICIPATES_IN", "런치패드") in found
    assert ("Ministry of Science and ICT", "PARTICIPATES_IN", "런치패드") not in found


def test_a_participation_naming_no_programme_still_joins_the_one_before(loader: DocumentLoader, tmp_path: Path):
    text = ("과학기술정보통신부는 지난달 '물류 AI 연합'을 출범시켰다.\n"
            "물류 스타트업 누리로지스가 참여했다.")
    assert ("누리로지스", "PARTICIPATES_IN", "물류 AI 연합") in facts(loader, tmp_path, text)


def test_a_university_cooperation_foundation_is_no_act_of_cooperation(loader: DocumentLoader, tmp_path: Path):
    text = ("노바칩은 과학기술정보통신부가 추진하는 '저전력 NPU 클라우드 실증 사업'(이하 실증사업) 주관기관으로 선정됐다.\n"
            "실증사업은 국산 칩을 검증하는 사업이다. 노바칩 컨소시엄에는 KT클라우드와 서울대 산학협력단, 소프트웨어 "
            "기업 모레(Moreh)가 참여한다.\n")
    found = facts(loader, tmp_path, text)
    assert not any(r == "PARTNERS_WITH" for _, r, _ in found)
    assert ("KT Cloud", "PARTICIPATES_IN", "저전력 NPU 클라우드 실증 사업") in found


def test_a_country_owning_a_ministry_does_not_act_itself(loader: DocumentLoader, tmp_path: Path):
    text = ("Kirano is also one of the companies selected for TESSERA, the robotics programme run by Japan's "
            "Ministry of Economy, Trade and Industry (METI), which covers part of participants' compute costs.")
    found = facts(loader, tmp_path, text)
    assert ("Kirano", "PARTICIPATES_IN", "TESSERA") in found
    assert not any(s == "Japan" for s, _, _ in found)


# A programme named with the short name the article uses from then on.
_PROGRAMME = ("정보통신부(이하 정통부)가 물류 현장에 로봇을 투입하는 '스마트 물류로봇 개발·실증사업'(이하 로봇 챌린지)을 "
              "수행할 컨소시엄 3곳을 확정했다.")


_NAME = "스마트 물류로봇 개발·실증사업"


def test_a_short_name_defined_for_a_new_programme_is_its_alias(loader, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(_PROGRAMME + "\n\n창고 분야는 한빛로보틱스가 주관한다.\n", encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    programme = next(a for a in batch.actors.values() if a.name.endswith("실증사업"))
    assert "로봇 챌린지" in programme.aliases


def test_a_bare_lead_verb_takes_part_in_the_programme_in_play(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지는 내년까지 이어진다. 창고 분야는 한빛로보틱스가 주관한다. "
                                  "누리대학교와 서해대학교가 참여한다.\n")
    assert ("한빛로보틱스", "PARTICIPATES_IN", _NAME) in got
    assert ("누리대학교", "PARTICIPATES_IN", _NAME) in got


def test_a_sentence_about_its_consortia_keeps_the_programme_in_play(loader, tmp_path):
    got = relationships(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지는 내년까지 이어진다. 경쟁률은 5대 1이었다. "
                                  "심사는 두 달 걸렸다. 발표는 오후에 있었다. 항만 분야는 삼성SDS 컨소시엄에 돌아갔다. "
                                  "결과는 다음 달 공개된다. 공항 분야는 KT 컨소시엄이 따냈다. 연구기관 누리랩이 참여한다.\n")
    assert got[("Samsung SDS", "PARTICIPATES_IN", _NAME)].get("role") == "lead"
    assert got[("KT", "PARTICIPATES_IN", _NAME)].get("role") == "lead"
    assert ("누리랩", "PARTICIPATES_IN", _NAME) in got


def test_joining_in_a_role_and_the_gapped_first_conjunct_take_part(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지 창고 분야는 한빛로보틱스가 주관한다. "
                                  "서해은행이 수요기관으로, 물류 스타트업 누리로지스가 참여기관으로 합류했다.\n")
    assert ("누리로지스", "PARTICIPATES_IN", _NAME) in got
    assert ("서해은행", "PARTICIPATES_IN", _NAME) in got
    assert not any(s.startswith("합류") for s, _, _ in got)  # the verb is no name


def test_a_bare_join_verb_in_a_sentence_about_investing_is_no_programme_role(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지 창고 분야는 한빛로보틱스가 주관한다. "
                                  "이 회사의 시리즈A 투자에는 누리벤처스가 참여했다.\n")
    assert ("누리벤처스", "PARTICIPATES_IN", _NAME) not in got


PROGRAMME_LEAD = ("과학기술정보통신부는 'AI 물류 선도 사업(이하 물류AI)'의 수행 컨소시엄 2곳을 선정했다고 발표했다. "
                  "과기정통부가 물류AI를 기획한 배경에는 위기감이 있다.\n\n")


def test_a_short_name_glossed_inside_a_quoted_title_names_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME_LEAD)
    assert ("Ministry of Science and ICT", "LAUNCHED", "AI 물류 선도 사업") in got


def test_an_unnumbered_news_table_of_a_programmes_consortia(loader, tmp_path):
    table = ("<표> 물류AI 선정 컨소시엄 현황\n컨소시엄\n주관기관\n주요 참여기관\n정부 지원(3년)\n"
             "1\n가람로직AI\n한결대, 누리랩스X, 들녘물산\n300억원\n"
             "2\n새솔AI\n모래톱대, 바람랩스Y, 푸른유통\n200억원\n자료: 과학기술정보통신부\n")
    got = facts(loader, tmp_path, PROGRAMME_LEAD + table)
    assert {(name, "PARTICIPATES_IN", "AI 물류 선도 사업") for name in ("가람로직AI", "누리랩스X", "새솔AI", "바람랩스Y")} <= got
    assert ("Ministry of Science and ICT", "FUNDS", "가람로직AI") in got


def test_managers_selected_for_the_fund_the_sentence_names(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME_LEAD + "과기정통부는 300억원 규모의 '물류 AI 전문 펀드'를 새로 조성하고, "
                "운용사로 한결인베스트먼트와 누리파트너스 2곳을 선정했다.\n")
    assert ("한결인베스트먼트", "PARTICIPATES_IN", "물류 AI 전문 펀드") in got
    assert ("한결인베스트먼트", "PARTICIPATES_IN", "AI 물류 선도 사업") not in got


def test_who_takes_each_role_in_the_programme_just_announced(loader, tmp_path):
    got = facts(loader, tmp_path, "가상부는 AI 로봇을 도입하는 공장에 비용을 지원하는 '로봇 실증 바우처' 사업을 시작한다고 "
                "2일 밝혔다. 1차 공급기업으로는 한빛AI, 새봄로보틱스, 누리테크 3곳이 뽑혔다. 수요기관으로는 "
                "가온소프트와 다온시스템즈가 참여한다.\n")
    assert {(name, "PARTICIPATES_IN", "로봇 실증 바우처")
            for name in ("한빛AI", "새봄로보틱스", "누리테크", "가온소프트", "다온시스템즈")} <= got


BRIEFING = ("산업통상자원부는 3일 '스마트 물류 전환 프로그램'(이하 물류전환 프로그램)을 출범한다고 밝혔다.\n"
            "물류전환 프로그램은 중소 물류기업의 자동화를 돕기 위해 마련됐다.\n"
            "프로그램은 산업통상자원부가 총괄하고 정보통신산업진흥원(NIPA)이 사업별 전담기관을 맡는다. "
            "중소벤처기업부는 협업 부처로 참여해 수요기업 발굴을 돕는다.\n\n"
            "□ 올해 예산 300억원\n"
            "올해 예산은 300억원이다. 세부 규모는 다음과 같다.\n"
            " ▲도입 바우처 200억원 ▲실증 100억원\n"
            "바우처를 받은 기업은 최대 1억원을 쓴다. 실증은 내년에 시작한다. 성과는 연말에 점검한다.\n\n"
            "□ 공급기업 3곳\n"
            "1차 공급기업으로는 ▲업스테이지 ▲가람솔루션 ▲LG CNS 등 3곳이 선정됐다.\n")


def test_a_briefing_stays_about_its_programme_through_headings_and_lists(loader, tmp_path):
    got = facts(loader, tmp_path, BRIEFING)
    programme = "스마트 물류 전환 프로그램"
    assert {(name, "PARTICIPATES_IN", programme) for name in ("Upstage", "가람솔루션", "LG CNS")} <= {
        (s, r, o.strip("'")) for s, r, o in got}


def test_bodies_taking_a_job_or_joining_as_a_ministry_take_part(loader, tmp_path):
    got = {(s, r, o.strip("'")) for s, r, o in facts(loader, tmp_path, BRIEFING)}
    programme = "스마트 물류 전환 프로그램"
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", programme) in got
    assert ("Ministry of SMEs and Startups", "PARTICIPATES_IN", programme) in got


def test_a_body_joining_too_in_a_role_takes_part(loader, tmp_path):
    got = {(s, r, o.strip("'")) for s, r, o in facts(loader, tmp_path, BRIEFING + "미스트랄AI도 기술 파트너로 참여해 도구를 제공한다.\n")}
    assert ("Mistral AI", "PARTICIPATES_IN", "스마트 물류 전환 프로그램") in got


def test_a_programme_glossed_as_one_keeps_its_country_and_it_is_the_programme_the_sentence_before_opened_with(
        loader, tmp_path):
    got = facts(loader, tmp_path, "The minister today launched AI Norway Onward, the Government's national programme "
                                  "to build compute. The programme commits NOK 2 billion of Treasury funding. It will "
                                  "be delivered together with Research Norway, Innovate Norway and Kestrel University.\n")
    assert {("Research Norway", "PARTICIPATES_IN", "AI Norway Onward"), ("Innovate Norway", "PARTICIPATES_IN", "AI Norway Onward"),
            ("Kestrel University", "PARTICIPATES_IN", "AI Norway Onward")} <= got
    # whose money it is names no recipient
    assert not [f for f in got if f[2] == "Treasury"]


WINDOW = """2. 정책 현황

정부는 2026년 4월 ‘AI 인프라 매칭펀드’ 5,000억 원을 조성하였다. 이 중 3,000억 원은 과학기술정보통신부가 출자하며, 투자 유치 창구는 대한무역투자진흥공사가 맡는다.
"""


def test_the_body_acting_as_a_programmes_window_takes_part_in_it(loader, tmp_path):
    assert ("KOTRA", "PARTICIPATES_IN", "AI 인프라 매칭펀드") in facts(loader, tmp_path, WINDOW)


def test_a_window_elsewhere_is_no_part_in_the_programme(loader, tmp_path):
    text = WINDOW.replace("투자 유치 창구는 대한무역투자진흥공사가 맡는다", "대한무역투자진흥공사는 창구를 닫았다")
    assert ("KOTRA", "PARTICIPATES_IN", "AI 인프라 매칭펀드") not in facts(loader, tmp_path, text)


def test_joining_in_a_role_joins_the_programme_in_play(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "과기정통부는 올해 「새빛 AI 실증사업」을 새로 시작했다. 사업에는 3년간 500억 원이 들어간다. "
                "한빛전자통신연구원이 기술 자문기관으로 참여한다.\n")
    assert ("한빛전자통신연구원", "PARTICIPATES_IN", "새빛 AI 실증사업") in got


def test_running_the_fund_just_announced(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "정부는 1조 원 규모의 ‘새빛 AI 동반성장 펀드’ 조성 계획을 발표하였다. 펀드 운용은 한국산업은행이 맡는다.\n")
    assert any(s == "Korea Development Bank" and r == "PARTICIPATES_IN" and "새빛 AI 동반성장 펀드" in o
               for s, r, o in got)


def test_a_list_joining_in_a_role(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "경제부는 올해 「새빛 계산기반 프로젝트」를 출범시켰다. 사업에는 3년간 900억 엔이 들어간다. "
                "네이버클라우드와 KT클라우드가 공급 사업자로 참여한다.\n")
    assert {("Naver Cloud", "PARTICIPATES_IN", "새빛 계산기반 프로젝트"),
            ("KT Cloud", "PARTICIPATES_IN", "새빛 계산기반 프로젝트")} <= got


def test_partners_setting_up_a_described_project_take_part_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "또한 네이버, 카카오, 한화 그룹, 엔비디아가 협력하여 부산 인근에 500MW급 아시아 최대 규모 "
                                  "AI 데이터 캠퍼스를 건설할 계획이다.\n")
    project = "500MW급 아시아 최대 규모 AI 데이터 캠퍼스"
    assert {("Naver", "PARTICIPATES_IN", project), ("Kakao", "PARTICIPATES_IN", project),
            ("NVIDIA", "PARTICIPATES_IN", project)} <= got


def test_a_short_description_is_no_project(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버와 카카오가 협력하여 데이터센터를 구축할 계획이다.\n")
    assert not any(t == "PARTICIPATES_IN" for _, t, _ in got)


def test_an_unknown_partner_taking_a_role_in_the_programme_takes_part(loader, tmp_path):
    text = ("중소벤처기업부는 2026년 ‘스마트 물류 실증 프로젝트’를 시작하였다. "
            "물류 로봇 부문에는 카카오와 누리하역이 공급 사업자로 참여한다.\n")
    got = facts(loader, tmp_path, text)
    assert {("Kakao", "PARTICIPATES_IN", "스마트 물류 실증 프로젝트"),
            ("누리하역", "PARTICIPATES_IN", "스마트 물류 실증 프로젝트")} <= got
    assert not any(o == "물류 로봇" for _, _, o in got)


def test_showing_something_at_a_named_event_is_taking_part_in_it(loader, tmp_path):
    text = "LG전자는 올해 CES 2026 등 국제 전시회에서 가정용 로봇을 선보였다.\n"
    assert ("LG Electronics", "PARTICIPATES_IN", "CES 2026") in facts(loader, tmp_path, text)


def test_a_known_company_before_an_event_word_is_no_event(loader, tmp_path):
    text = "LG전자는 올해 Microsoft 등 글로벌 포럼에서 가정용 로봇을 선보였다.\n"
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in facts(loader, tmp_path, text))


def test_leading_a_named_programme_is_taking_part_in_it(loader, tmp_path):
    text = ("일본이 주도하는 다자 협의체—‘히로시마 AI 프로세스’를 활용해 규범을 확산하고 있다.\n\n"
            "한편 미국 주도의 ‘칩4 동맹’에는 대만도 참여했다.\n")
    got = relationships(loader, tmp_path, text)
    assert got[("United States", "PARTICIPATES_IN", "Chip 4 Alliance")]["role"] == "lead"
    assert got[("Japan", "PARTICIPATES_IN", "Hiroshima AI Process")]["role"] == "lead"


def test_leading_in_investment_names_no_programme(loader, tmp_path):
    text = "세계 AI 투자는 미국이 주도하는 가운데 유럽의 비중은 줄었다.\n"
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in facts(loader, tmp_path, text))


def test_the_first_conjunct_of_a_gapped_role_takes_part_too(loader, tmp_path):
    text = ("두 나라는 2026년 ‘한·베 AI 반도체 공동연구 사업’을 출범하였다. 한국 측에서는 카카오와 KAIST가, "
            "베트남 측에서는 FPT가 주관 기관으로 참여한다.\n")
    got = facts(loader, tmp_path, text)
    assert {(name, "PARTICIPATES_IN", "한·베 AI 반도체 공동연구 사업") for name in ("Kakao", "KAIST", "FPT")} <= got


def test_agency_running_a_programme_actively(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Harbour Compute Programme in May. "
                                  "The Northland Development Agency will run the €80 million Harbour Growth Fund "
                                  "under the programme.\n")
    assert ("Northland Development Agency", "PARTICIPATES_IN", "Harbour Growth Fund") in got


def test_running_a_product_is_no_programme_role(loader, tmp_path):
    got = facts(loader, tmp_path, "Quillon Labs runs Vessel 2, its largest model, for banks in Oslo.\n")
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in got)


def test_running_a_programme_only_considered_is_none(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Harbour Compute Programme in May. "
                                  "The Northland Development Agency is considering whether it could run the "
                                  "Harbour Growth Fund.\n")
    assert ("Northland Development Agency", "PARTICIPATES_IN", "Harbour Growth Fund") not in got


def test_the_programme_points_back_past_a_programme_named_later(loader, tmp_path):
    got = facts(loader, tmp_path, "In Norway, the Ministry of Digital Affairs launched the Fjord Compute Programme "
                                  "in April. Northbank manages the programme; the rest of the money comes from the "
                                  "Horizon 2030 budget.\n")
    assert ("Northbank", "PARTICIPATES_IN", "Fjord Compute Programme") in got
    assert ("Northbank", "PARTICIPATES_IN", "Horizon 2030") not in got


PROGRAMME = "가람시는 '가람 AI 창업캠퍼스' 사업을 올해 처음 시행한다. 1기 입주기업 3곳도 이날 발표됐다. "


SIGNING = "가람시는 5일 시청에서 노을전자, 바람대학교, 솔빛테크노파크(이하 솔빛TP) 등 8개 기업·기관과 '가람 로봇 융합 클러스터' "


def test_marked_list_of_selected_companies_takes_part_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME + "선정 기업은 ▲노을랩스(AI 물류 최적화) ▲바람데이터(스마트팜 데이터) "
                "▲솔빛로보(협동 로봇)다.\n")
    assert {(name, "PARTICIPATES_IN", "가람 AI 창업캠퍼스") for name in ("노을랩스", "바람데이터", "솔빛로보")} <= got


def test_marked_list_of_a_schedule_is_no_membership(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME + "주요 일정은 ▲노을홀(개막식) ▲바람관(세미나)이다.\n")
    assert not {f for f in got if f[1] == "PARTICIPATES_IN" and f[0] in ("노을홀", "바람관")}


def test_signatories_of_an_agreement_for_a_project_take_part_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, SIGNING + "조성을 위한 업무협약을 체결했다.\n")
    assert {(name, "PARTICIPATES_IN", "가람 로봇 융합 클러스터") for name in ("노을전자", "바람대학교", "솔빛테크노파크")} <= got


def test_budget_for_a_project_signs_no_one_up(loader, tmp_path):
    got = facts(loader, tmp_path, SIGNING + "조성을 위한 예산을 확보했다.\n")
    assert not {f for f in got if f[1] == "PARTICIPATES_IN"}


def test_going_through_an_accelerators_batch(loader, tmp_path):
    got = facts(loader, tmp_path, "Founded in 2022, Quillora went through Y Combinator's Winter 2023 batch "
                                  "before raising a seed round.\n")
    assert ("Quillora", "PARTICIPATES_IN", "Y Combinator") in got


def test_named_one_of_the_partners_in_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "In March Brisklane was named one of ten partners in the Ministry of Digital Affairs' "
                                  "Secure Models Programme, which comes with a grant.\n")
    assert ("Brisklane", "PARTICIPATES_IN", "Secure Models Programme") in got


_PARTICIPANT_TABLE = (
    "스페인 디지털전환부(MTDFP)는 2025년 4월 「ALIA 2028」 프로그램을 출범시켰다. 1단계 참여 기관은 <표 2-1>과 같다.\n\n"
    " 표 2-1. 「ALIA 2028」 1단계 주요 참여 기관\n\n"
    "기관명 소재지 역할 지원액(백만 유로)\n\n"
    "Solenne Robotics 발렌시아 로봇 실증 42\n\n"
    "Corvalia AI 세비야 데이터 구축 17\n\n"
    "카탈루냐계산연구소\n\n"
    "(CCRI) 바르셀로나 공동연구 9\n\n"
    "자료: MTDFP(2025), 저자 재구성.\n")


def test_a_programmes_participant_table_flattened_one_row_a_line_lists_its_members(loader, tmp_path):
    found = facts(loader, tmp_path, _PARTICIPANT_TABLE)
    members = {f[0] for f in found if f[1] == "PARTICIPATES_IN" and "ALIA 2028" in f[2]}
    assert members == {"Solenne Robotics", "Corvalia AI", "카탈루냐계산연구소"}


def test_a_participant_tables_support_column_is_money_from_whoever_launched_the_programme(loader, tmp_path):
    found = relationships(loader, tmp_path, _PARTICIPANT_TABLE)
    funded = {k[2]: v for k, v in found.items() if k[1] == "FUNDS" and k[2] != "ALIA 2028 프로그램"}
    assert set(funded) == {"Solenne Robotics", "Corvalia AI", "카탈루냐계산연구소"}
    assert funded["Solenne Robotics"]["amount"] == 42 and funded["Solenne Robotics"]["currency"] == "EUR"


def test_a_participant_table_ends_where_running_text_starts_though_no_source_line_closes_it(loader, tmp_path):
    text = _PARTICIPANT_TABLE.replace("자료: MTDFP(2025), 저자 재구성.\n",
                                      "Velmora AI는 현지 통신사와 협력하여 주권형 LLM을\n\n운영하고 있다.\n")
    members = {f[0] for f in facts(loader, tmp_path, text) if f[1] == "PARTICIPATES_IN"}
    assert "카탈루냐계산연구소" in members and not any("Velmora" in m for m in members)
