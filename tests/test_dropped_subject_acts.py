"""Acts whose subject Korean leaves unsaid because the sentence before in the paragraph named it
(loaders.relations.sentences SentenceExtractor._act_of_the_dropped_subject, loaders.relations.
grants_received), and where that subject must not be carried: a new paragraph, a name the sentence
marks as its own agent. Each case is an invented text run through the whole loader."""

from __future__ import annotations

from pathlib import Path

from tests.reading import facts

_FUND_SET_UP = "카카오벤처스는 지난해 1000억 원 규모의 AI 펀드를 결성했다."


def test_an_investment_without_a_subject_is_the_previous_topics(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_FUND_SET_UP} 또 리벨리온에 100억 원을 투자했다.\n")
    assert ("Kakao Ventures", "INVESTED_IN", "Rebellions") in got


def test_a_new_paragraph_carries_no_subject(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_FUND_SET_UP}\n\n리벨리온에 100억 원을 투자했다.\n")
    assert not any(rel == "INVESTED_IN" for _, rel, _ in got)


def test_a_bare_name_before_a_nominal_cue_is_no_target_of_the_carried_subject(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_FUND_SET_UP} 삼성전자 전략적 투자로 참여했다.\n")
    assert ("Kakao Ventures", "INVESTED_IN", "Samsung Electronics") not in got


_SELECTION = "과학기술정보통신부는 'AX 도약 챌린지' 수행 기업 4곳을 선정했다고 밝혔다.\n\n"


def test_a_grant_received_without_a_subject_goes_to_the_company_just_presented(loader, tmp_path: Path):
    got = facts(loader, tmp_path, _SELECTION + "제조 분야는 LG CNS가 맡는다. 공정 검사 에이전트를 만들고 출연금 120억원을 받는다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "LG CNS") in got


def test_a_grant_stated_as_the_topic_goes_to_the_company_just_presented(loader, tmp_path: Path):
    got = facts(loader, tmp_path, _SELECTION + "제조 분야는 LG CNS가 맡는다. 출연금은 120억원이다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "LG CNS") in got


def test_a_grant_in_a_new_paragraph_goes_to_no_one(loader, tmp_path: Path):
    got = facts(loader, tmp_path, _SELECTION + "제조 분야는 LG CNS가 맡는다.\n\n출연금 120억원을 받는다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "LG CNS") not in got


def test_a_paragraph_opening_with_also_goes_on_about_the_one_before(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_FUND_SET_UP}\n\n또 리벨리온에 100억 원을 투자했다.\n")
    assert ("Kakao Ventures", "INVESTED_IN", "Rebellions") in got


_DEAL = "미래에셋벤처투자는 첫 투자처로 리벨리온을 골라 300억 원을 투자했다.\n\n"


def test_this_company_after_an_investors_deal_is_the_company_given_money(loader, tmp_path: Path):
    got = facts(loader, tmp_path, _DEAL + "김철수 대표가 2021년 창업한 이 회사는 AI 칩 '아톰'을 개발해 왔다.\n")
    assert {("김철수", "FOUNDED", "Rebellions"), ("Rebellions", "DEVELOPS", "아톰")} <= got
    assert not any(subj == "Mirae Asset Venture Investment" and rel == "DEVELOPS" for subj, rel, _ in got)
