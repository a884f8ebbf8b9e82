"""A stake taken, stated in a Korean note's verbless grammar ("지분 N%를 취득, ..."), on invented text."""

from __future__ import annotations

from tests.reading import facts


def test_a_majority_stake_taken_with_the_verb_left_bare(loader, tmp_path):
    got = facts(loader, tmp_path, "ㅇ 가람전자는 로봇 제어 기업 누리봇(주)의 지분 60%를 취득, 경영권 확보(2025.12)\n")
    assert ("가람전자", "ACQUIRED", "누리봇") in got


def test_a_licence_taken_is_no_acquisition(loader, tmp_path):
    got = facts(loader, tmp_path, "ㅇ 가람전자는 2025년 의료기기 인증을 취득, 누리봇(주)과 공급 계약 체결\n")
    assert not any(f[1] == "ACQUIRED" for f in got)
