"""A blog's deal list numbers its items with circled numerals ("① X(Latin) 시리즈A 200억") and
notes the round under each in bullets: the bullets' investors back the numbered item's company,
a role label ("참여: A, 브릿지...") never opens an item of its own, and an amount before a comma
("프리A 20억, ...") is a note, no headline subject. Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts

_POST = ("■ 1. 국내 투자\n"
         "\n"
         "① 파도링크(Padolink) 시리즈A 200억\n"
         "- 리드: 프라이머\n"
         "- 참여: 카카오벤처스, 가온브릿지파트너스(처음 봄)\n"
         "- 김도윤 대표가 2022년에 창업했다고 하네요\n"
         "\n"
         "② 별솔랩 (의료AI, 부산)\n"
         "- 프리A 20억, '해오름 AI펀드'가 단독으로 투자\n")


def test_a_numbered_items_bullets_name_its_rounds_investors(loader, tmp_path):
    got = facts(loader, tmp_path, _POST)
    assert ("Kakao Ventures", "INVESTED_IN", "파도링크") in got
    assert ("가온브릿지파트너스", "INVESTED_IN", "파도링크") in got
    assert ("김도윤", "FOUNDED", "파도링크") in got


def test_a_role_label_is_no_company(loader, tmp_path):
    got = facts(loader, tmp_path, _POST)
    assert not [f for f in got if "참여" in (f[0], f[2])]


def test_a_fund_alone_in_a_numbered_items_round_invests_in_its_company(loader, tmp_path):
    got = facts(loader, tmp_path, _POST)
    assert ("해오름 AI펀드", "INVESTED_IN", "별솔랩") in got
