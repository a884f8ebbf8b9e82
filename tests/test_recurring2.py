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


def test_a_measure_aimed_at_a_named_country(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 경제산업성은 러시아를 겨냥한 공작기계 수출 통제를 강화했다.\n")
    assert ("Ministry of Economy, Trade and Industry", "REGULATES", "Russia") in got
    got = facts(loader, tmp_path, "일본 경제산업성이 베트남향 드론 부품 규제를 다시 조였다.\n")
    assert ("Ministry of Economy, Trade and Industry", "REGULATES", "Vietnam") in got
    got = facts(loader, tmp_path, "중국 상무부는 일본에 대한 희토류 수출을 사실상 금지했다.\n")
    assert ("Ministry of Commerce of China", "REGULATES", "Japan") in got


def test_exports_or_money_aimed_at_a_country_regulate_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 경제산업성은 러시아에 대한 공작기계 수출이 늘었다고 밝혔다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]
    got = facts(loader, tmp_path, "일본 경제산업성은 러시아를 겨냥한 홍보 예산을 늘렸다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]
    got = facts(loader, tmp_path, "일본 경제산업성은 베트남에 대한 반도체 투자를 늘렸다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]


def test_the_particle_after_a_describing_gloss_marks_the_name(loader, tmp_path):
    got = facts(loader, tmp_path, "제조 분야는 카카오브레인(카카오 AI 연구 계열)이 주관하며, 자사 언어 모델 '코랄-7' 위에 "
                                  "정비 에이전트를 얹는다.\n")
    assert ("Kakao Brain", "DEVELOPS", "코랄-7") in got


def test_a_gloss_closing_a_list_item_lends_no_particle(loader, tmp_path):
    got = facts(loader, tmp_path, "제조 분야는 카카오브레인(카카오 AI 연구 계열), 네이버가 주관하며, 자사 언어 모델 '코랄-7' 위에 "
                                  "정비 에이전트를 얹는다.\n")
    assert ("Kakao Brain", "DEVELOPS", "코랄-7") not in got
