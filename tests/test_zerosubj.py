"""Korean zero subjects: a paragraph names its actor once and leaves it unstated in the sentences
after ("A사는 지난달 시리즈B를 마쳤다. 이어 B와 공급 계약을 맺었다"), round s12b (zerosubj).

Every case runs the whole document loader on invented text (see tests/reading.py); the near
misses (a new topic, a heading or a blank line in between, a subject of its own) must not borrow.
"""

from __future__ import annotations

from tests.reading import facts

_FUND_RAISED = "한빛벤처스는 지난달 1,000억원 규모의 2호 펀드를 결성했다."
_INVESTS = "이어 로봇 스타트업 누리로보틱스에 50억원을 투자했다."


def test_an_investor_topic_takes_the_stake_the_next_sentence_states_without_a_subject(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_FUND_RAISED} {_INVESTS}\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리로보틱스") in got


def test_the_company_named_as_this_company_is_the_topic(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_FUND_RAISED} 이 회사는 이어 로봇 스타트업 누리로보틱스에 50억원을 투자했다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리로보틱스") in got


def test_a_company_opening_its_sentence_as_the_subject_acts_in_the_next_sentence(loader, tmp_path):
    got = facts(loader, tmp_path, "누리로보틱스가 지난달 시리즈B 투자 유치를 마쳤다. "
                                  "이어 유통기업 한빛물산과 업무협약을 체결했다.\n")
    assert ("누리로보틱스", "PARTNERS_WITH", "한빛물산") in got or ("한빛물산", "PARTNERS_WITH", "누리로보틱스") in got


def test_a_company_opening_its_sentence_as_the_subject_is_what_company_means_next(loader, tmp_path):
    got = facts(loader, tmp_path, "누리로보틱스가 지난달 시리즈B 투자 유치를 마쳤다. "
                                  "회사는 이어 유통기업 한빛물산과 업무협약을 체결했다.\n")
    assert ("누리로보틱스", "PARTNERS_WITH", "한빛물산") in got or ("한빛물산", "PARTNERS_WITH", "누리로보틱스") in got


def test_a_blank_line_ends_the_paragraph_whose_topic_would_act(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_FUND_RAISED}\n\n{_INVESTS}\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리로보틱스") not in got


def test_a_heading_in_between_starts_another_passage(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_FUND_RAISED}\n\n2. 로봇 분야 동향\n\n{_INVESTS}\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리로보틱스") not in got


def test_a_government_made_the_topic_in_between_takes_no_stake_and_lends_none(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_FUND_RAISED} 정부는 로봇 분야 규제를 완화하기로 했다. {_INVESTS}\n")
    assert not [f for f in got if f[1] == "INVESTED_IN" and f[2] == "누리로보틱스"]


def test_a_subject_of_its_own_is_who_invests(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_FUND_RAISED} 이어 가온캐피탈이 로봇 스타트업 누리로보틱스에 50억원을 투자했다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리로보틱스") not in got


def test_a_bare_name_before_the_cue_may_be_who_invests(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_FUND_RAISED} 이어 삼성전자 전략적 투자로 누리로보틱스 라운드에 참여했다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "Samsung Electronics") not in got


def test_the_subject_of_a_relative_clause_is_no_topic_for_the_next_sentence(loader, tmp_path):
    got = facts(loader, tmp_path, "가온캐피탈이 주도한 시리즈B에서 누리로보틱스는 100억원을 유치했다. "
                                  "이어 물류 스타트업 다온로지스에 20억원을 투자했다.\n")
    assert ("가온캐피탈", "INVESTED_IN", "다온로지스") not in got


def test_a_company_topic_founds_the_local_entity_the_next_sentence_sets_up(loader, tmp_path):
    got = facts(loader, tmp_path, "누리로보틱스는 지난달 시리즈B 투자 유치를 마쳤다. "
                                  "이어 미국 현지 법인 '누리로보틱스 아메리카'를 설립했다.\n")
    assert ("누리로보틱스", "FOUNDED", "누리로보틱스 아메리카") in got


def test_a_founder_named_as_subject_keeps_the_topic_from_founding(loader, tmp_path):
    got = facts(loader, tmp_path, "누리로보틱스는 지난달 시리즈B 투자 유치를 마쳤다. "
                                  "이어 김민준 대표가 물류 스타트업 '다온로지스'를 설립했다.\n")
    assert ("누리로보틱스", "FOUNDED", "다온로지스") not in got
