"""Korean press releases, association reports and blog explainers (invented sentences and
tables): flow tables whose direction and total are in the caption, deal tables with wrapped
cells and investors glossed with their country, and the habits of informal Korean."""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def _edges(text: str) -> set[tuple[str, str, str]]:
    batch = DocumentLoader().load_text(SourceText(Document(id="r", path="r.txt", lang="ko"), text)).batch
    return {(batch.actors[r.subject].name, r.type, batch.actors[r.object].name) for r in batch.relationships}


def test_domestic_inbound_caption_with_total_and_count_column():
    edges = _edges(
        "<표 3> 국가별 국내 AI 스타트업 해외 투자 유치 현황(2024년, 합계 2,000억원)\n"
        "(단위: 억원, %, 건)\n국가\t투자금액\t비중\t건수\n독일\t1,200\t60.0\t11\n캐나다\t500\t25.0\t4\n"
        "자료: 가상협회 집계\n")
    assert ("Germany", "VC_FLOW", "South Korea") in edges
    assert ("Canada", "VC_FLOW", "South Korea") in edges


def test_domestic_investors_by_destination_caption_is_outbound():
    edges = _edges(
        "<표 5> 국내 VC·CVC의 투자 대상국별 해외 AI 투자(2024년, 합계 1억 2,000만 달러)\n"
        "(단위: 백만 달러, %)\n투자 대상국\t투자금액\t비중\n인도\t70\t58.3\n브라질\t50\t41.7\n")
    assert ("South Korea", "VC_FLOW", "India") in edges
    assert ("South Korea", "VC_FLOW", "Brazil") in edges


def test_deal_table_with_wrapped_investor_cell_and_country_glosses():
    edges = _edges(
        "<표 1> 2024년 상위 투자 건\n"
        "순위\t기업명\t라운드\t금액(억원)\t주요 투자자(국가)\n"
        "1\t달빛소프트\t시리즈B\t700\t오르빗 캐피털(미국),\n"
        "타이드 벤처스(독일)\n"
        "2\t은하랩\t시리즈A\t200\t노던 파트너스(캐나다)\n")
    assert ("타이드 벤처스", "INVESTED_IN", "달빛소프트") in edges
    assert ("오르빗 캐피털", "BASED_IN", "United States") in edges
    assert ("노던 파트너스", "INVESTED_IN", "은하랩") in edges
    assert ("노던 파트너스", "BASED_IN", "Canada") in edges


def test_annex_selection_table_lists_leads_and_partners_of_the_captioned_programme():
    edges = _edges(
        "□ 가상부는 올해 협력 과제를 선정했다고 밝혔다.\n\n"
        "붙임\t1. 로봇 실증 프로젝트 선정 현황\n\t2. 기타 자료\n\n"
        "붙임 1\t로봇 실증 프로젝트 선정 컨소시엄 현황\n\n"
        "연번\t분야\t주관기업\t참여기업\t지원금(억원)\n"
        "1\t물류\t바람모빌리티\t솔빛정밀, 하늘센서\t100\n"
        "\t합계\t\t\t100\n")
    program = "로봇 실증 프로젝트"
    assert ("바람모빌리티", "PARTICIPATES_IN", program) in edges
    assert ("솔빛정밀", "PARTICIPATES_IN", program) in edges
    assert ("하늘센서", "PARTICIPATES_IN", program) in edges
    assert not any(s == "합계" for s, _, _ in edges)


def test_a_name_called_a_programme_takes_the_particle_after_its_kind():
    edges = _edges("과학기술정보통신부가 지난달 '별빛 계획'이라는 프로그램을 새로 내놨어요.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "별빛 계획") in edges


def test_a_gloss_may_stand_between_the_name_and_ra_neun():
    edges = _edges("과학기술정보통신부가 'Star Compute'(우리말로 '별 계산' 정도)라는 사업을 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "Star Compute") in edges


def test_the_programme_in_focus_is_the_topic_not_the_strategy_it_serves():
    edges = _edges(
        "□ 과학기술정보통신부는 ‘해오름 로봇 프로젝트’(이하 ‘해오름 프로젝트’)의 수행기관을 선정했다고 밝혔다.\n\n"
        " ○ 해오름 프로젝트는 과기정통부가 발표한 「로봇 산업 비전 전략」의 핵심 과제로 신설되었다.\n\n"
        " ○ 사업 전담기관은 정보통신산업진흥원이 맡아 협약을 관리하고, 단계평가와 성과관리는 정보통신기획평가원이 수행한다.\n")
    program = "해오름 로봇 프로젝트"
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", program) in edges
    assert ("Institute of Information & Communications Technology Planning & Evaluation", "PARTICIPATES_IN", program) in edges
    assert not any(o == "로봇 산업 비전 전략" and r == "PARTICIPATES_IN" for _, r, o in edges)


def test_members_going_into_the_support_list_of_the_programme_just_named():
    edges = _edges(
        "정부 지원은 가상부의 HIKARI 프로그램이 핵심이에요. 올해 2기 지원 대상에 솔빛랩스와 바람로보틱스가 둘 다 들어갔어요.\n")
    assert ("솔빛랩스", "PARTICIPATES_IN", "HIKARI 프로그램") in edges
    assert ("바람로보틱스", "PARTICIPATES_IN", "HIKARI 프로그램") in edges


def test_a_bulleted_job_topic_names_who_runs_the_programme_in_play():
    edges = _edges(
        "가상국 정부가 'Nova Grid'라는 프로그램을 새로 내놨어요.\n"
        "- 운영은 Bpifrance가 맡고, 대학들이 자원을 나눠 주는 방식이에요.\n")
    assert ("Bpifrance", "PARTICIPATES_IN", "Nova Grid") in edges


def test_an_investor_following_the_lead_into_the_round():
    edges = _edges("솔빛랩스는 작년에 시리즈A로 40억 원을 받았는데, 오르빗캐피털이 리드하고 노던파트너스가 따라 들어갔어요.\n")
    assert ("오르빗캐피털", "INVESTED_IN", "솔빛랩스") in edges
    assert ("노던파트너스", "INVESTED_IN", "솔빛랩스") in edges


def test_fund_managers_selected_for_the_fund_in_focus_not_the_fund_describing_a_backer():
    edges = _edges(
        "□ 가상부는 ‘해오름 AI 전용펀드’(500억원 규모)를 결성한다.\n\n"
        " ○ 모태펀드 운용기관인 한국벤처투자가 200억원을 출자한다.\n\n"
        " ○ 위탁운용사로는 새솔인베스트먼트와 가람파트너스가 공동운용 형태로 선정되었다.\n")
    assert ("새솔인베스트먼트", "PARTICIPATES_IN", "해오름 AI 전용펀드") in edges
    assert ("가람파트너스", "PARTICIPATES_IN", "해오름 AI 전용펀드") in edges
    assert not any(s == "가람파트너스" and o == "Korea Fund of Funds" for s, _, o in edges)


def test_a_fund_money_goes_through_is_not_the_programme_in_focus():
    edges = _edges(
        "□ 가상부가 출범시킨 ‘바다 AI 공동투자 프로그램’이 마중물 역할을 함\n"
        " ○ 가상부가 모태펀드를 통해 500억원을 배정하였음\n"
        " ○ 1차 매칭 파트너로 오르빗캐피털과 노던파트너스가 선정되었음\n")
    assert ("오르빗캐피털", "PARTICIPATES_IN", "바다 AI 공동투자 프로그램") in edges
    assert not any(s == "노던파트너스" and o == "Korea Fund of Funds" for s, _, o in edges)


def test_report_style_nominal_ending_joins_the_round():
    edges = _edges("○ 솔빛로보틱스의 시리즈C(900억원)는 오르빗캐피털이 리드하였으며, 기존 투자자인 노던파트너스도 후속 투자에 나섬\n")
    assert ("노던파트너스", "INVESTED_IN", "솔빛로보틱스") in edges


def test_a_bare_company_name_before_its_round_owns_the_round():
    edges = _edges("○ 오르빗캐피털이 솔빛랩스 시리즈A에 참여하는 등 소액 투자가 이어짐\n")
    assert ("오르빗캐피털", "INVESTED_IN", "솔빛랩스") in edges


def test_a_fund_the_deal_went_through_is_the_fund_the_next_sentence_calls_back():
    edges = _edges(
        "오름캐피탈 투자 소식\n"
        "오름캐피탈은 지난해 결성한 '딥러닝 성장 1호 펀드'를 통해 이번 투자를 집행했다. "
        "이 펀드에는 한국벤처투자가 운용하는 모태펀드가 300억원을 출자했다.\n")
    assert ("Korea Fund of Funds", "FUNDS", "딥러닝 성장 1호 펀드") in edges
