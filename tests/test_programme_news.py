"""Who runs, and who is selected for, a government programme as releases and news report it:
legal-form names with their particle, consortia called after their leads, annex grids, graded
▲-lists with each grade's amount (invented sentences and actors)."""

from __future__ import annotations

from tests.reading import facts

_PROJECT = "AI 물류 실증 프로젝트"


def test_release_bullets_name_members_with_legal_forms_and_tasks(loader, tmp_path):
    got = facts(loader, tmp_path, (
        f"□ 과학기술정보통신부는 올해 신규 추진하는 「{_PROJECT}」의 수행 컨소시엄을 최종 선정했다고 밝혔다.\n"
        " ○ (물류) LG AI연구원이 주관기관을 맡는다.\n"
        "  - 새솔대학교와 데이터 기업 ㈜누리온웍스가 참여기관으로 함께하며, 한결시험연구원은 성능검증을 맡는다.\n"
        "  - 보고서 작성 에이전트를 개발하며, 한빛보안연구원이 보안성 검증을 지원한다.\n"
        " ○ (항만) KT가 주관하고 신한은행 및 핀테크 스타트업 ㈜가람페이가 참여한다.\n"
        "  - 항만 AI 기업 다온포트(Daon Port Pte. Ltd.)가 참여해 배차 에이전트를 개발한다.\n"))
    for member in ("누리온웍스", "새솔대학교", "한결시험연구원", "한빛보안연구원", "Shinhan Bank", "가람페이", "다온포트"):
        assert (member, "PARTICIPATES_IN", _PROJECT) in got, member
    names = {s for s, _, _ in got} | {o for _, _, o in got}
    assert not {"누리온웍스가", "함께하며", "핀테크", "가람페이가"} & names


def test_consortia_called_after_their_leads(loader, tmp_path):
    programme = "로봇 파운데이션 모델 개발 프로젝트"
    got = facts(loader, tmp_path, (
        f"과학기술정보통신부와 정보통신기획평가원(IITP)은 7일 '{programme}' 2단계 심사 결과 SK텔레콤, "
        "한솔로보틱스 컨소시엄 등 2곳을 최종 선정했다고 발표했다.\n"
        "SK텔레콤 컨소시엄(㈜가람센서, 새솔대학교 등)은 협동로봇 모델을 만든다.\n"
        "한솔로보틱스 컨소시엄에는 ㈜다온비전, 한결기술연구원(HKTI) 등이 이름을 올렸고, "
        "엔비디아(NVIDIA) 한국법인이 시뮬레이션 기술 자문으로 참여한다.\n"
        "한국로봇산업진흥원은 실증 현장 안전성 평가를 지원하기로 했다.\n"))
    assert ("Ministry of Science and ICT", "LAUNCHED", programme) in got
    assert ("Institute of Information & Communications Technology Planning & Evaluation", "PARTICIPATES_IN", programme) in got
    for member in ("SK Telecom", "한솔로보틱스", "가람센서", "새솔대학교", "다온비전", "한결기술연구원", "NVIDIA",
                   "한국로봇산업진흥원"):
        assert (member, "PARTICIPATES_IN", programme) in got, member
    assert not any(o == "한솔로보틱스 컨소시엄" for _, _, o in got)


def test_descriptions_before_a_consortium_name_no_lead(loader, tmp_path):
    got = facts(loader, tmp_path, (
        "업계 관계자는 \"스타트업 주관 컨소시엄이 선정된 것은 이례적\"이라고 말했다.\n"
        "이번 공모에는 민간 컨소시엄과 제조 에이전트 컨소시엄이 몰렸다.\n"))
    names = {s for s, _, _ in got} | {o for _, _, o in got}
    assert not {"주관", "민간", "에이전트"} & names


def test_annex_grid_members_take_part_in_the_captioned_programme(loader, tmp_path):
    programme = "AI 농업 선도프로젝트"
    got = facts(loader, tmp_path, (
        f"□ 과학기술정보통신부는 「{programme}」 수행 컨소시엄 2곳을 최종 선정했다고 밝혔다.\n\n"
        f"붙임 1. 「{programme}」 선정 컨소시엄 현황\n\n"
        "컨소시엄\n주관기관\n참여기관\n과제명\n"
        "스마트팜 에이전트 컨소시엄\nKT\n㈜가람센서, 새솔대학교\n온실 제어 에이전트\n"
        "축산 에이전트 컨소시엄\nLG AI연구원\n㈜다온비전, 한결시험연구원\n축사 관리 에이전트\n"
        "※ 참여기관 수는 협약 과정에서 변경될 수 있음\n"))
    for member in ("KT", "가람센서", "새솔대학교", "다온비전", "한결시험연구원"):
        assert (member, "PARTICIPATES_IN", programme) in got, member
    assert not any(o in ("온실 제어 에이전트", "축사 관리 에이전트") for _, _, o in got)


def test_a_table_label_is_no_part_of_the_captioned_programme(loader, tmp_path):
    programme = "AI 항만 선도 사업"
    got = facts(loader, tmp_path, (
        f"[표 2] {programme} 선정 컨소시엄 현황\n\n"
        "컨소시엄\n주관기관\n참여기관\n과제명\n"
        "부두 에이전트 컨소시엄\nKT\n㈜가람센서, 새솔대학교\n선석 배정 에이전트\n"
        "하역 에이전트 컨소시엄\nLG AI연구원\n㈜다온비전, 한결시험연구원\n하역 관리 에이전트\n"
        "※ 참여기관 수는 협약 과정에서 변경될 수 있음\n"))
    for member in ("KT", "가람센서", "새솔대학교", "다온비전", "한결시험연구원"):
        assert (member, "PARTICIPATES_IN", programme) in got, member
    assert not any("표" in o for _, _, o in got)


def test_a_flattened_participant_grid_under_a_selection_caption_names_members_and_support(loader, tmp_path):
    programme = "AI 항만 선도 사업"
    got = facts(loader, tmp_path, (
        f"과학기술정보통신부는 '{programme}'의 수행 컨소시엄 2곳을 최종 선정했다고 발표했다.\n\n"
        f"<표> {programme} 선정 컨소시엄 현황\n"
        "컨소시엄\n주관기관\n주요 참여기관\n정부 지원(3년)\n"
        "1\n가람로지스\n새솔대학교, 다온비전\n320억원\n"
        "2\n누리온웍스\n한결대학교, 하늘포트\n210억원\n"
        "자료: 과학기술정보통신부\n"))
    for member in ("가람로지스", "누리온웍스", "새솔대학교", "다온비전", "한결대학교", "하늘포트"):
        assert (member, "PARTICIPATES_IN", programme) in got, member
    for lead in ("가람로지스", "누리온웍스"):
        assert ("Ministry of Science and ICT", "FUNDS", lead) in got, lead
    assert {o for _, t, o in got if t == "PARTICIPATES_IN"} == {programme}


def test_cohort_programme_and_graded_list_with_each_grades_amount(loader, tmp_path):
    got = facts(loader, tmp_path, (
        "대전시가 지역 AI 스타트업을 키우는 'AI 도약 캠프' 3기 입주기업 8곳을 선정했다.\n\n"
        "AI 도약 캠프는 대전시가 지난해 처음 도입한 지역 AI 기업 전용 성장 프로그램이다. "
        "선정 기업은 평가 등급에 따라 사업화 지원금을 차등 지급받는다. "
        "등급별로 보면 ▲최우수(각 1억 원) ㈜가람센서, ㈜다온비전 ▲우수(각 5천만 원) ㈜누리온웍스 등 3개사다.\n"))
    funded = {(s, o) for s, r, o in got if r == "FUNDS"}
    for member in ("가람센서", "다온비전", "누리온웍스"):
        assert (member, "PARTICIPATES_IN", "AI 도약 캠프") in got, member
        assert (("Daejeon", member) in funded or ("대전시", member) in funded), member


def test_gapped_and_role_first_selections_cohort_members_and_described_roles(loader, tmp_path):
    programme = "부산 제조 AI 바우처"
    got = facts(loader, tmp_path, (
        f"대전시와 대전테크노파크는 올해 8억 원을 들여 추진하는 '{programme}' 사업의 매칭 결과를 공개했다. "
        "공급기업으로는 ㈜가람센서와 엣지AI 전문기업 ㈜다온비전 등 9개사가, 수요기업으로는 ㈜누리밸브와 "
        "한결정밀㈜ 등 지역 제조기업 14곳이 선정됐다. "
        "1기 참여기업인 ㈜새솔로직은 올해 실증에 들어간다. "
        "한국남부발전은 자체 데이터를 활용한 과제를 참여기업에 개방하는 수요처로 참여한다.\n"))
    for member in ("가람센서", "다온비전", "누리밸브", "한결정밀", "새솔로직", "Korea Southern Power"):
        assert (member, "PARTICIPATES_IN", programme) in got, member


def test_each_league_of_a_gapped_selection_is_chosen(loader, tmp_path):
    programme = "2027년 AI 모펀드 정시 출자사업"
    got = facts(loader, tmp_path, (
        f"중소벤처기업부는 '{programme}' 심사 결과 운용사 3곳을 최종 선정했다고 밝혔다. "
        "대형 리그에서는 가람인베스트먼트와 새솔벤처스가, 중형 리그에서는 누리파트너스가 뽑혔다. "
        "초기 리그에서는 다온벤처스와 한결인베스트먼트가 공동운용(Co-GP)으로 선정됐다.\n"))
    for manager in ("가람인베스트먼트", "새솔벤처스", "누리파트너스", "다온벤처스", "한결인베스트먼트"):
        assert any(s == manager and r == "PARTICIPATES_IN" for s, r, _ in got), manager
