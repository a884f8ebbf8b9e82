"""Korean lists of payers each with a share: "A로부터 20억원을, B로부터 90억원을 각각", "A가 150억원,
B가 100억원을 각각 약정", "A와 B가 100억원씩 넣었다". Each payer gets its own sum (or the same sum
each, with 씩), not the one nearest the verb. Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import relationships


def _amount(got: dict, key: tuple[str, str, str]) -> float:
    return got[key]["amount"]


def test_each_source_keeps_its_own_sum(loader, tmp_path):
    text = ("물류 스타트업 카고링크는 시리즈A 투자를 유치했다. "
            "한결벤처스로부터 20억원을, 다온파트너스로부터 90억원을 각각 받았다.\n")
    got = relationships(loader, tmp_path, text)
    assert _amount(got, ("한결벤처스", "INVESTED_IN", "카고링크")) == 20
    assert _amount(got, ("다온파트너스", "INVESTED_IN", "카고링크")) == 90


def test_each_subject_keeps_its_own_sum_in_a_round(loader, tmp_path):
    text = "물류 스타트업 카고링크는 한결벤처스로부터 20억원을, 다온파트너스로부터 90억원을 각각 투자받았다.\n"
    got = relationships(loader, tmp_path, text)
    assert _amount(got, ("한결벤처스", "INVESTED_IN", "카고링크")) == 20


def test_pledges_listed_with_their_sums_fill_the_passage_fund(loader, tmp_path):
    text = ("누리AI파트너스는 '누리 AI 스케일업 펀드'를 결성했다. "
            "연기금 중에서는 한국산업은행이 150억원, IBK기업은행이 100억원을 각각 약정했다.\n")
    got = relationships(loader, tmp_path, text)
    shares = {s: props["amount"] for (s, _, o), props in got.items() if o == "누리 AI 스케일업 펀드" and s != "누리AI파트너스"}
    assert shares == {"Korea Development Bank": 150, "Industrial Bank of Korea": 100}


def test_the_same_sum_from_each_listed_subject(loader, tmp_path):
    text = ("다온파트너스는 '다온 AI 성장펀드'를 결성했다. "
            "전략적 출자자로는 가람캐피탈과 누리인베스트먼트가 100억원씩 넣었다.\n")
    got = relationships(loader, tmp_path, text)
    assert _amount(got, ("가람캐피탈", "INVESTED_IN", "다온 AI 성장펀드")) == 100
    assert _amount(got, ("누리인베스트먼트", "INVESTED_IN", "다온 AI 성장펀드")) == 100


def test_a_sum_put_into_a_named_company_is_no_fund_pledge(loader, tmp_path):
    text = ("다온파트너스는 '다온 AI 성장펀드'를 결성했다. "
            "가람캐피탈과 누리인베스트먼트가 카고링크에 100억원씩 넣었다.\n")
    got = relationships(loader, tmp_path, text)
    assert ("가람캐피탈", "INVESTED_IN", "다온 AI 성장펀드") not in got


def test_payers_joining_after_a_fund_of_funds_do_not_join_it(loader, tmp_path):
    text = ("가람벤처스의 새 펀드에서 앵커 출자자는 모태펀드다. "
            "이어 솔내은행(300억원)과 하늬캐피탈(200억원)이 정책금융기관으로 참여했다.\n")
    got = relationships(loader, tmp_path, text)
    assert not any(obj == "Korea Fund of Funds" for _, _, obj in got)
