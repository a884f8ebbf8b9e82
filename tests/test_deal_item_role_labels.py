"""A newsletter's deal item ("■ X (trade) — 시리즈A 90억원") opens a block about a company's
round: its "참여: A, B" names the round's investors, not participants of a programme an earlier
item named. Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts

_NEWSLETTER = ("• 중기부, '해양 로봇 스케일업 펀드' 2차 출자사업 공고\n"
               "\n"
               "■ 파도링크 (선박 자율운항 AI) — 시리즈A 90억원\n"
               " - 리드: 프라이머\n"
               " - 참여: 카카오벤처스, 본엔젤스\n")


def test_the_role_label_of_a_deal_item_names_the_rounds_investors(loader, tmp_path):
    got = facts(loader, tmp_path, _NEWSLETTER)
    assert ("Kakao Ventures", "INVESTED_IN", "파도링크") in got
    assert ("Bon Angels Venture Partners", "INVESTED_IN", "파도링크") in got
    assert not [f for f in got if f[1] == "PARTICIPATES_IN"]


def test_a_role_label_under_a_programme_still_lists_its_participants(loader, tmp_path):
    text = "• 중기부, '해양 로봇 스케일업 펀드' 2차 출자사업 공고\n - 참여: 카카오벤처스, 본엔젤스\n"
    got = facts(loader, tmp_path, text)
    assert ("Kakao Ventures", "PARTICIPATES_IN", "2차 출자사업") in got
