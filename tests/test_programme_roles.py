"""Roles in a passage's programme, approval as launch, support received, and spaced
transliterated company names (invented sentences)."""

from __future__ import annotations

from tests.reading import facts


def test_approved_mission_run_by_a_ministry_and_firms_chosen_for_it(loader, tmp_path):
    got = facts(loader, tmp_path, (
        "□ 인도 정부는 2024년 3월 「바라타 컴퓨트 미션」을 승인하고 5년간 900억 루피를 배정하였으며, "
        "전자정보기술부(MeitY)가 사업을 총괄하고 있음\n"
        " ○ 이 가운데 컴퓨팅 부문에는 약 300억 루피가 투입되며, 칼파 클라우드(Kalpa Cloud)와 "
        "베다 시스템즈 등 민간 클라우드 기업이 GPU 공급 사업자로 선정됨\n"))
    assert ("Indian government", "LAUNCHED", "바라타 컴퓨트 미션") in got
    assert ("Indian government", "FUNDS", "바라타 컴퓨트 미션") in got
    assert ("Ministry of Electronics and Information Technology", "PARTICIPATES_IN", "바라타 컴퓨트 미션") in got
    assert {("Kalpa Cloud", "PARTICIPATES_IN", "바라타 컴퓨트 미션"), ("칼파 클라우드", "PARTICIPATES_IN", "바라타 컴퓨트 미션")} & got
    assert ("베다 시스템즈", "PARTICIPATES_IN", "바라타 컴퓨트 미션") in got


def test_company_approving_a_deal_launches_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "오르벤 로보틱스 이사회는 지난달 신규 투자 계획을 승인했다.\n")
    assert not any(r == "LAUNCHED" for _, r, _ in got)


def test_support_received_from_a_government_and_spaced_names(loader, tmp_path):
    got = facts(loader, tmp_path, (
        " ○ 카말 일렉트로닉스는 대만 PSMC와 협력하여 돌레라에 반도체 팹을 건설 중이며, 이를 위해 "
        "인도 정부로부터 전체 사업비의 50%를 보조금으로 지원받음\n"
        " ○ 한편 E2E 네트웍스는 자체 데이터센터를 증설하였음\n"))
    assert ("Indian government", "FUNDS", "카말 일렉트로닉스") in got
    assert ("PSMC", "PARTNERS_WITH", "카말 일렉트로닉스") in got or ("카말 일렉트로닉스", "PARTNERS_WITH", "PSMC") in got


def test_members_listed_after_their_role_by_verb_or_copula(loader, tmp_path):
    """One reader for "role, then who takes it": closed by a verb of choosing or joining, or by a copula."""
    got = facts(loader, tmp_path, (
        "중기부는 올해 '한빛 AI 실증 바우처' 사업을 시작한다.\n"
        "공급기업으로는 업스테이지, 솔트룩스 두 곳이 선정됐다. 수요기관으로는 카카오와 네이버가 참여한다.\n"
        "참여기관은 마루비전, 한빛대학교 AI연구원, 바다시스템즈로, 대전에 실증 거점을 꾸린다.\n"))
    members = {s for s, r, o in got if r == "PARTICIPATES_IN" and o == "한빛 AI 실증 바우처"}
    assert {"Upstage", "Saltlux", "Kakao", "Naver", "마루비전", "AI연구원", "바다시스템즈"} <= members, members
    assert "한빛대학교" not in members  # it only says whose the institute is
