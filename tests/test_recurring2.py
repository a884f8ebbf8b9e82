"""Constructions that recur across samples by different writers (second round), each on an invented sentence.

A construction earns a rule here only when samples by at least two writers use it; each rule
has a near miss beside it that must not fire.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_contract_whose_counterparty_is_named_in_the_clause_describing_it(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 기업 다온테크는 지분 투자와 별도로 AI 스타트업 모레아랩스에 추론 서버를 3년간 공급하는 계약을 체결했다.\n")
    assert ("다온테크", "PARTNERS_WITH", "모레아랩스") in got
    got = facts(loader, tmp_path, "반도체 기업 다온테크는 AI 스타트업 모레아랩스의 검증 도구를 자사 공정에 쓰기로 하는 라이선스 계약도 함께 맺었다.\n")
    assert ("다온테크", "PARTNERS_WITH", "모레아랩스") in got


def test_a_contract_to_buy_or_one_signed_by_another_subject_is_no_partnership(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 기업 다온테크는 AI 스타트업 모레아랩스를 인수하는 계약을 체결했다.\n")
    assert ("다온테크", "PARTNERS_WITH", "모레아랩스") not in got
    got = facts(loader, tmp_path, "반도체 기업 다온테크는 AI 스타트업 모레아랩스의 지분을 늘렸고 로뎀전자가 서버를 공급하는 계약을 체결했다.\n")
    assert ("다온테크", "PARTNERS_WITH", "모레아랩스") not in got


def test_a_gloss_naming_the_group_a_unit_belongs_to(loader, tmp_path):
    got = facts(loader, tmp_path, "참여: 노을벤처스(한빛전자 CVC), 다온캐피탈(로뎀그룹 계열)\n")
    assert ("노을벤처스", "SUBSIDIARY_OF", "한빛전자") in got
    assert ("다온캐피탈", "SUBSIDIARY_OF", "로뎀그룹") in got


def test_a_gloss_naming_where_a_person_came_from_is_no_ownership(loader, tmp_path):
    got = facts(loader, tmp_path, "참여: 노을벤처스(한빛전자 CVC 출신 대표), 다온캐피탈(로뎀그룹 계열사 투자)\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]
