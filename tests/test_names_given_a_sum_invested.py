"""A bare Hangul name given a sum invested in it ("X에 30억원을 투자했다") is the company invested
in, with no descriptor before it; a place or a share class given a sum is not. Invented texts."""

from __future__ import annotations

from tests.reading import facts


def test_a_bare_name_given_a_sum_invested_is_the_investee(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오벤처스는 물류로봇을 만드는 솔바람로보에 30억원을 투자했다.\n")
    assert ("Kakao Ventures", "INVESTED_IN", "솔바람로보") in got


def test_a_place_given_a_sum_invested_is_no_company(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오벤처스는 판교테크노단지에 총 300억원을 투자한다.\n")
    assert not any("단지" in o for _, _, o in got)
