"""Korean news on a fund's close lists its limited partners without a verb for each (each case an
invented sentence, not from any document): each name with its own sum in brackets, filling the
rest of the fund or joining a fund named with 에. A fund of funds the passage spoke of is a backer,
never the fund such a list fills; a company's round is no fund.
"""

from __future__ import annotations

from tests.reading import facts, relationships

FUND = "누리시는 지난달 '누리 AI 성장펀드'를 300억원 규모로 결성했다. 누리시가 100억원을 출자했다. "


def test_the_rest_filled_by_backers_with_their_own_sums(loader, tmp_path):
    got = relationships(loader, tmp_path, FUND + "나머지는 가람캐피탈(80억원), 솔내전자(40억원)와 운용사 출자금으로 채웠다.\n")
    assert got[("가람캐피탈", "INVESTED_IN", "누리 AI 성장펀드")]["amount"] == 80
    assert got[("솔내전자", "INVESTED_IN", "누리 AI 성장펀드")]["amount"] == 40


def test_backers_with_their_sums_join_the_fund_named(loader, tmp_path):
    got = facts(loader, tmp_path, "전략적 LP로는 하늬텔레콤(100억 원)과 다온파트너스(80억 원)이 '가람 AI 스케일업 펀드'에 참여한다.\n")
    assert {("하늬텔레콤", "INVESTED_IN", "가람 AI 스케일업 펀드"),
            ("다온파트너스", "INVESTED_IN", "가람 AI 스케일업 펀드")} <= got


def test_a_fund_of_funds_is_not_the_fund_a_list_fills(loader, tmp_path):
    got = facts(loader, tmp_path, "가람벤처스의 새 펀드에서 앵커 출자자는 모태펀드다. 이어 솔내은행(300억원)과 "
                "하늬캐피탈(200억원)이 출자자로 참여했다.\n")
    assert not any(obj == "Korea Fund of Funds" and rel in ("INVESTED_IN", "FUNDS") for _, rel, obj in got)


def test_backers_of_a_round_are_no_backers_of_a_fund(loader, tmp_path):
    got = facts(loader, tmp_path, FUND + "다온로보틱스의 시리즈A에는 가람캐피탈(50억원)과 솔내전자(20억원)가 참여했다.\n")
    assert not any(obj == "누리 AI 성장펀드" and subj in ("가람캐피탈", "솔내전자") for subj, _, obj in got)
    assert ("가람캐피탈", "INVESTED_IN", "다온로보틱스") in got
