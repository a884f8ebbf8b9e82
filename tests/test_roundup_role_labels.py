""""투자자: A", "참여: A, B": a roundup item's note labelling its list with the role. Names no
reader knows yet on such a line are discovered (the label is cue enough), and each listed name
invested in the item's company. Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_an_investor_label_names_a_new_backer(loader, tmp_path):
    text = ("# 이번 주 투자 소식\n\n· 다온랩스 — 의료 영상 AI 스타트업. 시드 20억원.\n\n"
            "투자자: 가온벤처스\n")
    assert ("가온벤처스", "INVESTED_IN", "다온랩스") in facts(loader, tmp_path, text)


def test_a_participant_label_lists_every_backer(loader, tmp_path):
    text = ("# 이번 주 투자 소식\n\n· 누리벡터 — AI 물류 솔루션 기업. 시리즈A 80억원.\n\n"
            "참여: 한별파트너스, 새솔인베스트먼트\n")
    got = facts(loader, tmp_path, text)
    assert {("한별파트너스", "INVESTED_IN", "누리벡터"), ("새솔인베스트먼트", "INVESTED_IN", "누리벡터")} <= got
