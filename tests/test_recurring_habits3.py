"""Constructions that recur across samples by different writers (third round), each on an invented sentence.

A construction earns a rule here only when documents of at least three samples use it; each
rule has a near miss beside it that must not fire.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_round_another_company_raised_and_the_subject_led(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 지난해 모레아랩스가 유치한 300억 원 규모 시리즈B 투자를 주도했다. "
                                  "로뎀캐피탈과 한빛벤처스도 이 라운드에 이름을 올렸다.\n")
    assert ("로뎀캐피탈", "INVESTED_IN", "모레아랩스") in got
    assert ("한빛벤처스", "INVESTED_IN", "모레아랩스") in got
    assert ("로뎀캐피탈", "INVESTED_IN", "Kakao") not in got


def test_one_more_investor_along_with_the_others_in_the_round_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "로뎀전자의 투자 자회사인 로뎀벤처스는 이달 초 모레아랩스에 300억 원을 넣었습니다. "
                                  "로봇 제어 모델을 만드는 곳입니다. 이번 라운드엔 한빛벤처스도 함께했습니다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "모레아랩스") in got
    assert ("한빛벤처스", "INVESTED_IN", "로뎀벤처스") not in got


def test_being_there_with_others_outside_a_round_is_no_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "모레아랩스는 어제 시리즈A 투자를 유치했다. 지난 행사에는 한빛전자도 함께했다.\n")
    assert not [f for f in got if f[0] == "한빛전자"]


def test_joining_as_a_co_investor_right_after_a_round(loader, tmp_path):
    got = facts(loader, tmp_path, "다온전자는 이스라엘 반도체 기업 케레넷에 2000만달러를 넣었다. "
                                  "현지 벤처캐피털 로뎀파트너스가 공동 투자자로 이름을 올렸다.\n")
    assert ("로뎀파트너스", "INVESTED_IN", "케레넷") in got
    got = facts(loader, tmp_path, "AI 스타트업 케레넷은 다온캐피탈로부터 2000만달러 규모 시리즈A 투자를 유치했다. "
                                  "로뎀파트너스가 공동 투자자로 참여했다.\n")
    assert ("로뎀파트너스", "INVESTED_IN", "케레넷") in got


def test_joining_a_programme_as_an_investor_is_not_the_round(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 케레넷은 다온캐피탈로부터 2000만달러 규모 시리즈A 투자를 유치했다. "
                                  "로뎀파트너스는 정부의 '스마트 AI 펀드' 사업에 투자자로 참여했다.\n")
    assert ("로뎀파트너스", "INVESTED_IN", "케레넷") not in got


def test_co_investors_who_also_invested_in_the_round_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. Hanbit Ventures and "
                                  "the Daon Fund, a municipal fund, also invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got
    assert ("Daon Fund", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. Hanbit Ventures invested too.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got


def test_an_amount_invested_unsaid_or_a_round_reported_further_back(loader, tmp_path):
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. It did not say how "
                                  "much Hanbit Ventures had invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") not in got
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. It has 40 staff. "
                                  "The team is in Oslo. Hanbit Ventures also invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") not in got
