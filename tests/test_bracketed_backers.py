"""Investors listed in the bracket right after a raised round, on invented text."""

from __future__ import annotations

from tests.reading import facts

_HEAD = "참가기업 안내\n\n▶ A-21 | (주)누리봇\n"


def test_roles_noted_in_the_bracket(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + " - 회사소개: 2025년 100억원 규모 시리즈A 유치(가람벤처스 주도, 소나무기술투자 참여).\n")
    assert ("가람벤처스", "INVESTED_IN", "누리봇") in got
    assert ("소나무기술투자", "INVESTED_IN", "누리봇") in got


def test_a_labelled_list_in_the_bracket(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + " - 회사소개: 2025년 프리A 투자 유치(투자사: 가람엔젤스, 소나무파트너스)\n")
    assert ("가람엔젤스", "INVESTED_IN", "누리봇") in got
    assert ("소나무파트너스", "INVESTED_IN", "누리봇") in got


def test_a_dated_bracket_names_no_investor(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + " - 회사소개: 가람벤처스로부터 시드 투자 유치(2025.3)\n")
    assert not any(f[0] == "2025.3" for f in got)
