"""Korean newsletter deal items whose notes name the round's investors without a verb: a head
line with the company, its trade in brackets and the round after a dash or a colon, then
bulleted notes ("A 리드", "A·B도 후속 참여", "A와 B가 공동 리드", "A 단독 투자", "리드: A",
"참여: A, B", "A가 SI로 들어갔고"). Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_bulleted_notes_under_a_dashed_deal_head(loader, tmp_path):
    text = ("■ 누리파도 (해양 데이터 AI) — 시리즈A 150억원\n"
            " - 한결벤처스 리드, 기존 투자자인 푸른인베스트먼트·새솔파트너스도 후속 참여\n"
            " - 회사는 항만 물류 예측 모델을 만든다\n\n"
            "■ 가온스택 (반도체 설계 AI) — 시리즈B 300억원\n"
            " - 하늘캐피탈과 바다인베스트먼트가 공동 리드\n")
    got = facts(loader, tmp_path, text)
    assert {("한결벤처스", "INVESTED_IN", "누리파도"), ("푸른인베스트먼트", "INVESTED_IN", "누리파도"),
            ("새솔파트너스", "INVESTED_IN", "누리파도")} <= got
    assert {("하늘캐피탈", "INVESTED_IN", "가온스택"), ("바다인베스트먼트", "INVESTED_IN", "가온스택")} <= got
    # The second item's investors did not back the first item's company.
    assert ("하늘캐피탈", "INVESTED_IN", "누리파도") not in got


def test_labelled_notes_and_a_sole_investor(loader, tmp_path):
    text = ("■ 미르칩스 (NPU 펌웨어) — 시리즈A 200억원\n"
            " - 리드: 한결벤처스\n"
            " - 참여: 푸른인베스트먼트, 새솔파트너스, 그리고 미국 반도체 전문 VC인 Arbor Silicon Ventures\n\n"
            "■ 로보린 (물류 로봇) — 프리A 40억원\n"
            " - 하늘캐피탈(Haneul Capital) 단독 투자\n")
    got = facts(loader, tmp_path, text)
    assert {("한결벤처스", "INVESTED_IN", "미르칩스"), ("푸른인베스트먼트", "INVESTED_IN", "미르칩스"),
            ("새솔파트너스", "INVESTED_IN", "미르칩스")} <= got
    assert any(f[1] == "INVESTED_IN" and f[2] == "로보린" and f[0] in ("하늘캐피탈", "Haneul Capital") for f in got)
    # "참여:" lists the round's investors: no programme they joined.
    assert not any(f[1] == "PARTICIPATES_IN" and f[0] in ("푸른인베스트먼트", "새솔파트너스") for f in got)


def test_a_strategic_investor_in_a_colon_headed_short_item(loader, tmp_path):
    text = ("■ 짧게 짧게\n"
            " - 하루에너지(건물 에너지 AI): 시리즈A 80억. KT가 SI(전략적 투자자)로 들어갔고 나머지는 새솔파트너스\n")
    got = facts(loader, tmp_path, text)
    assert ("KT", "INVESTED_IN", "하루에너지") in got


def test_a_quoted_stack_under_a_deal_head_is_the_items_product(loader, tmp_path):
    text = ("■ 미르칩스 (NPU 펌웨어) — 시리즈A 200억원\n"
            " - 리드: 한결벤처스\n"
            " - 국산 NPU 위에서 돌아가는 컴파일러 스택 'MirIR'을 만든다\n")
    got = facts(loader, tmp_path, text)
    assert ("미르칩스", "DEVELOPS", "MirIR") in got


def test_a_product_another_made_is_not_the_items(loader, tmp_path):
    text = ("■ 미르칩스 (NPU 펌웨어) — 시리즈A 200억원\n"
            " - 리드: 한결벤처스\n"
            " - 서버에는 가람소프트가 개발한 AI 인프라 소프트웨어 'GaramOS'를 얹는다\n")
    got = facts(loader, tmp_path, text)
    assert ("미르칩스", "DEVELOPS", "GaramOS") not in got
