"""Co-investors of a round: a companion named with "와 함께" beside an investor the clause leaves unsaid,
and backers "following on" (후속 투자로) into the round just reported; on invented sentences.

Korean drops the subject a paragraph is about: "(A는 ...) 6월에는 B와 함께 C의 시리즈A에 참여했다"
says the carried A joined C's round, and B, the companion "함께" names, joined it too; "B와 C도 후속
투자로 지분을 지켰다" after a round is reported says B and C put money into it again.
"""

from __future__ import annotations

from tests.reading import facts


def test_companion_of_the_carried_investor_joins_the_round(loader, tmp_path):
    got = facts(loader, tmp_path, "한솔전자는 인수 대신 지분 투자를 늘리고 있다. 지난 6월에는 미래파트너스와 함께 "
                "로봇 스타트업 누리봇의 시리즈A에 참여했다.\n")
    assert ("한솔전자", "INVESTED_IN", "누리봇") in got
    assert ("미래파트너스", "INVESTED_IN", "누리봇") in got


def test_a_partner_without_together_joins_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "한솔전자는 인수 대신 지분 투자를 늘리고 있다. 지난 6월에는 미래파트너스와의 협업 끝에 "
                "로봇 스타트업 누리봇의 시리즈A에 참여했다.\n")
    assert ("미래파트너스", "INVESTED_IN", "누리봇") not in got


def test_backers_following_on_into_the_round_invest_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "로봇 스타트업 누리봇은 지난달 시리즈B에서 200억 원을 유치했다. 이 라운드에는 한솔벤처스가 새로 "
                "들어왔고, 기존 투자사인 미래파트너스와 청람캐피탈도 후속 투자로 지분을 지켰다.\n")
    assert ("미래파트너스", "INVESTED_IN", "누리봇") in got
    assert ("청람캐피탈", "INVESTED_IN", "누리봇") in got
