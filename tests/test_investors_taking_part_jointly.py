"""Investors who take part together ("A, B가 공동으로 참여") join the round told of before as
co-investors; they are not partners of each other.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import facts


def test_investors_joining_together_are_no_partners(loader, tmp_path) -> None:
    got = facts(loader, tmp_path, "가온벤처스는 지난달 로봇 스타트업 누리봇의 시리즈A 라운드(총 80억원)를 주도했다. "
                                  "한울인베스트먼트, 솔빛벤처투자가 공동으로 참여했다.\n")
    assert not any(t == "PARTNERS_WITH" for _, t, _ in got)


def test_companies_developing_together_stay_partners(loader, tmp_path) -> None:
    got = facts(loader, tmp_path, "로봇 스타트업 한빛로보틱스와 반도체 기업 누리칩스가 공동으로 물류 로봇을 개발한다.\n")
    assert any(t == "PARTNERS_WITH" and {s, o} == {"한빛로보틱스", "누리칩스"} for s, t, o in got)
