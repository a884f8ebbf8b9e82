"""Korean zero subjects: a paragraph names its actor once and leaves it unstated in the sentences
after ("A사는 지난달 시리즈B를 마쳤다. 이어 B와 공급 계약을 맺었다").

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


def test_a_local_unit_set_up_in_a_later_paragraph_is_founded_by_the_company_it_is_about(loader, tmp_path):
    got = facts(loader, tmp_path, "누리로보틱스는 지난달 물류 로봇 '누리-M2'를 공개했다.\n\n"
                                  "해외 거점도 늘렸다. 지난 9월 미국 텍사스에 현지 법인 누리로보틱스 USA를 설립했다.\n")
    assert ("누리로보틱스", "FOUNDED", "누리로보틱스 USA") in got
    assert ("누리로보틱스 USA", "SUBSIDIARY_OF", "누리로보틱스") in got


def test_a_company_chosen_for_a_role_in_a_ministrys_programme_takes_part_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "누리로보틱스는 지난달 물류 로봇 '누리-M2'를 공개했다. "
                                  "또 산업통상자원부가 추진하는 '스마트 물류 실증 사업' 수행기관으로 뽑혀 "
                                  "2년간 정부 출연금 30억원을 지원받는다.\n")
    assert ("누리로보틱스", "PARTICIPATES_IN", "스마트 물류 실증 사업") in got
    assert ("Ministry of Trade, Industry and Energy", "PARTICIPATES_IN", "스마트 물류 실증 사업") not in got


def test_partners_listed_with_and_together_act_with_the_consortium_lead_the_paragraph_named(loader, tmp_path):
    got = facts(loader, tmp_path, "제조 분야는 한빛테크 컨소시엄이 따냈다. 금형 전문기업 가람정밀, 누리대학교와 함께 "
                                  "설비 고장을 예측하는 에이전트 '스마트몰드'를 개발한다.\n")
    assert ("한빛테크", "DEVELOPS", "스마트몰드") in got


def test_the_unit_named_after_its_owner_is_the_subject_the_next_sentence_drops(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 제조 분야는 가온그룹 산하 가온AI랩이 주관기관을 맡는다. 자체 개발한 언어모델 "
                                  "'가온-1'을 기반으로 정비 에이전트를 개발할 계획이다.\n")
    assert ("가온AI랩", "DEVELOPS", "가온-1") in got
    assert ("가온그룹", "DEVELOPS", "가온-1") not in got


def test_a_consortium_listing_its_members_is_what_the_next_sentence_is_about(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛테크 컨소시엄에는 가람정밀과 누리대학교가 참여한다. 자체 개발한 '한빛-2' "
                                  "모델을 바탕으로 공정 에이전트를 만든다.\n")
    assert ("한빛테크", "DEVELOPS", "한빛-2") in got


def test_a_member_named_as_topic_keeps_the_model_its_own(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛테크 컨소시엄에는 가람정밀과 누리대학교가 참여한다. 가람정밀은 자체 개발한 "
                                  "'가람-X' 모델을 제공한다.\n")
    assert ("한빛테크", "DEVELOPS", "가람-X") not in got


def test_money_raised_from_investors_without_a_raiser_goes_to_the_startup_of_the_paragraph(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 로봇 스타트업 누리로보틱스는 지난달 신제품을 공개했다. "
                                  "2023년 시드 때 가온캐피탈, 한빛벤처스 등으로부터 30억원을 조달한 바 있다.\n")
    assert ("가온캐피탈", "INVESTED_IN", "누리로보틱스") in got


def test_an_investor_topic_raising_money_for_its_fund_takes_no_stake_from_its_backers(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_FUND_RAISED} 이 과정에서 가온캐피탈로부터 100억원을 조달했다.\n")
    assert ("가온캐피탈", "INVESTED_IN", "한빛벤처스") not in got


def test_a_round_an_investor_led_is_raised_by_the_company_the_sentence_before_is_about(loader, tmp_path):
    got = facts(loader, tmp_path, "오로라랩은 2022년 누리대학교 교수 출신 김서진 대표가 창업했다. "
                                  "지난해 가온캐피탈이 이끈 50억원 규모 시리즈A를 유치했다.\n")
    assert ("가온캐피탈", "INVESTED_IN", "오로라랩") in got


def test_the_lead_of_a_consortium_develops_what_the_next_sentence_says_is_developed(loader, tmp_path):
    got = facts(loader, tmp_path, "금융 분야는 가람데이터가 주관한다. 여신 심사 에이전트를 만든다.\n\n"
                                  "의료 분야에서는 메디온AI가 주관하고 한빛병원과 누리대학교가 참여한다. "
                                  "진료 기록 요약을 맡는 '메디온 노트'를 개발하며 80억원이 배정됐다.\n")
    assert ("메디온AI", "DEVELOPS", "메디온 노트") in got
    assert ("가람데이터", "DEVELOPS", "메디온 노트") not in got
