"""Habits of Korean economic dailies and international pages, each on an invented sentence.

A daily covering a business group names the group ("한빛그룹"), its flagship maker ("한빛전자")
and affiliates glued to a Latin acronym ("한빛DX"); an international page glosses Chinese and
Japanese names with their own characters and a Latin spelling.
"""

from __future__ import annotations

from tests.reading import facts


def test_group_flagship_and_acronym_affiliate_are_names(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛전자는 지난해 독일의 비전 AI 기업 모라텍(Moratek)을 500억원에 사들였다. "
                "한빛DX는 미국 보안 스타트업 로웰시큐어(Rowell Secure)를 인수했다.\n")
    assert ("한빛전자", "ACQUIRED", "모라텍") in got
    assert ("한빛DX", "ACQUIRED", "로웰시큐어") in got


def test_affiliate_described_by_a_latin_word_and_a_unit_without_copula(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛그룹의 IT서비스 계열사 한빛DX는 보안 스타트업 로웰시큐어(Rowell Secure)를 인수했다. "
                "가온전자의 벤처투자 조직 가온벤처스는 물류 스타트업 모래로직스(Morae Logistics)에 투자했다.\n")
    assert ("한빛DX", "SUBSIDIARY_OF", "한빛그룹") in got
    assert ("가온벤처스", "SUBSIDIARY_OF", "가온전자") in got


def test_investor_leads_the_round_a_startup_raised_and_others_join_it(loader, tmp_path):
    got = facts(loader, tmp_path, "가온벤처스는 의료 AI 스타트업 모래헬스(Morae Health)가 유치한 300억원 규모 시리즈B 투자를 "
                "주도했다. 이 라운드에는 새솔파트너스와 부산시가 조성한 '부산 AI 펀드'도 참여했다.\n")
    assert ("가온벤처스", "INVESTED_IN", "모래헬스") in got
    assert ("새솔파트너스", "INVESTED_IN", "모래헬스") in got


def test_money_pulled_in_from_glossed_backers(loader, tmp_path):
    # A Chinese name glossed with its characters and Latin spelling ends before the gloss,
    # even when its last syllable looks like a particle ("...라이").
    got = facts(loader, tmp_path, "선전의 로봇 AI 기업 하이라이(海来·Hailai)는 텐센트와 훙산(红杉中国·HongShan)으로부터 "
                "5억위안을 끌어모았다.\n")
    assert ("Tencent", "INVESTED_IN", "하이라이") in got
    assert ("HongShan", "INVESTED_IN", "하이라이") in got


def test_relative_clause_after_a_closed_clause_has_no_agent_from_it(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 모래랩스는 시리즈B 투자를 유치했다. 가온벤처스가 투자를 주도했고 지난해 출범한 "
                "국가AI성장펀드, 새솔파트너스가 참여했다.\n")
    assert ("가온벤처스", "INVESTED_IN", "모래랩스") in got
    assert ("가온벤처스", "LAUNCHED", "국가AI성장펀드") not in got
