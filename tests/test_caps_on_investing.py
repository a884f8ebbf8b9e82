"""A cap on investing ("외부출자 비율 한도", "출자 한도") names a limit set on others, not money
paid: a regulator's correction order over it is no funding.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import korean_facts


def test_an_order_over_a_fund_s_outside_money_limit_is_no_funding(loader) -> None:
    got = korean_facts(loader, "공정거래위원회는 지난달 가온인베스트먼트에 대해 펀드 외부출자 비율 한도 초과를 이유로 시정명령을 내렸다.")
    assert not any(t in ("FUNDS", "INVESTED_IN") for _, t, _ in got)


def test_money_paid_is_still_funding(loader) -> None:
    got = korean_facts(loader, "중소벤처기업부는 가온인베스트먼트의 'AI 성장 펀드'에 200억원을 출자했다.")
    assert any(t == "FUNDS" for _, t, _ in got)
