"""A fund of funds written as the payer of a fund's money: "그중 모태펀드 출자가 600억" (the bare
name owns the act its nominal cue, marked as the clause's subject, names), "한국벤처투자의 모태펀드가
출자" (the investor manages the state's fund of funds; it did not launch it).

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import facts, korean_facts


def test_the_fund_of_funds_owning_the_act_is_not_funded_by_the_body_carried(loader, tmp_path) -> None:
    got = facts(loader, tmp_path, "■ 정책\n- 중소벤처기업부가 'AI 로봇 스케일업 펀드' 결성했다네요. "
                                  "총 1,500억 규모, 그중 모태펀드 출자가 600억\n")
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "AI 로봇 스케일업 펀드") in got
    assert not any(t == "FUNDS" and o == "Korea Fund of Funds" for _, t, o in got)


def test_the_manager_of_a_fund_of_funds_did_not_launch_it(loader) -> None:
    got = korean_facts(loader, "로봇 펀드에는 한국벤처투자의 모태펀드가 앵커 출자자로 300억 원을 넣었다.")
    assert not any(t == "LAUNCHED" and o == "Korea Fund of Funds" for _, t, o in got)


def test_an_investor_s_own_fund_is_still_its_launch(loader) -> None:
    got = korean_facts(loader, "벤처캐피털 가온벤처스의 'AI 그로스 펀드'는 올해 로봇 스타트업 3곳에 투자했다.")
    assert ("가온벤처스", "LAUNCHED", "AI 그로스 펀드") in got
