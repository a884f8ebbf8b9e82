"""Who takes part in a programme or a firm when no verb of joining says so. Each case is an
invented sentence run through the whole document loader."""

from __future__ import annotations

from pathlib import Path

from tests.reading import facts, relationships


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
