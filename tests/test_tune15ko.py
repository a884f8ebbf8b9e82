"""Korean habits of newspapers, broker reports and opinion columns (round s11, tune15ko).

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts


def test_a_broker_reports_company_heading_is_the_subject_of_its_bullets(loader, tmp_path):
    got = facts(loader, tmp_path, "■ LG유플러스: 수주 모멘텀 유효\n"
                "- 이와 별도로 퀄컴과 온디바이스 AI 공동 개발 협력을 이어가는 중\n")
    assert {("LG Uplus", "PARTNERS_WITH", "Qualcomm"), ("Qualcomm", "PARTNERS_WITH", "LG Uplus")} & got


def test_the_title_after_a_heading_colon_is_no_act_of_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, "■ LG유플러스: 국내 첫 대형 AI 데이터센터 투자\n- 목표주가 유지\n")
    assert not [f for f in got if f[0] == "LG Uplus" and f[1] == "INVESTED_IN"]


def test_a_heading_name_may_carry_its_gloss_before_the_colon(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 다온칩스(Daon Chips): 시리즈B 500억원\n"
                "- 이번 시리즈B는 키움인베스트먼트가 리드했고, 카카오벤처스가 참여\n")
    daon = {"다온칩스", "Daon Chips"}
    assert {(s, r, o) for s, r, o in got if r == "INVESTED_IN" and o in daon and s == "Kiwoom Investment"}


def test_a_bullet_wrapped_by_a_line_break_keeps_the_heading_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 다온칩스(Daon Chips): 매수 유지\n"
                "- 반도체 설계 인력 중심의 추론용 NPU 스타트업.\n"
                "이번 시리즈B는 키움인베스트먼트가 리드했고,\n"
                "카카오벤처스가 참여\n")
    assert {("Kiwoom Investment", "INVESTED_IN", "다온칩스"), ("Kiwoom Investment", "INVESTED_IN", "Daon Chips")} & got
