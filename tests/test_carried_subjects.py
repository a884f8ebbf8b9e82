"""A subject or object carried from an earlier sentence or clause must be the one meant: a
programme launched in between, a topic of the sentence's own, a partner set against the earlier
one, the agent of a relative clause, and a clause that names what the money goes into each end
what was carried.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from loaders.relations.unnamed_topics import opens_on_its_own_topic
from tests.reading import english_facts, korean_facts


def test_programme_a_body_floats_is_the_one_firms_are_chosen_for(loader: DocumentLoader) -> None:
    """"'P(Latin P)'를 띄우고": what a body floats is a programme; those chosen next join it,
    not a fund of funds the passage named paragraphs before."""
    got = korean_facts(loader, "중국 재정부는 '청운 AI 모펀드'를 출범시켰고, 이 모펀드는 두 회사에 출자했다.\n\n"
                               "과학재단은 대학의 연산 자원을 기업에 개방하는 '오픈 랩 그리드(Open Lab Grid)'를 띄우고 "
                               "5억 달러를 배정했다. 마루추론과 소담랩스가 1차 참여사로 선정됐다.")
    assert any(s == "소담랩스" and t == "PARTICIPATES_IN" and o == "Open Lab Grid" for s, t, o in got)
    assert not any(t == "PARTICIPATES_IN" and o == "청운 AI 모펀드" for _, t, o in got)


def test_a_sentence_with_its_own_topic_carries_no_company(loader: DocumentLoader) -> None:
    """"Y는 ... 'P' 과제에 선정돼": Y, a topic the reader does not know as a name, is chosen; not
    the investor the sentence before was about."""
    got = korean_facts(loader, "넥스트벤처스는 이달 반도체 스타트업 가온칩스의 시리즈B 라운드를 주도하며 30억원을 투자했다. "
                               "볕누리는 한국전력과 실증 사업을 진행 중이며, 지난 9월에는 산업통상자원부의 "
                               "'배터리 AI 진단 지원사업' 과제에 선정돼 3년간 정부출연금 10억원을 받는다.")
    assert ("넥스트벤처스", "INVESTED_IN", "가온칩스") in got
    assert not any(t == "PARTICIPATES_IN" for _, t, _ in got)


def test_a_contrasted_partner_is_not_taken_by_the_earlier_partner(loader: DocumentLoader) -> None:
    """"또한 C와는 계약을 맺어": C is set against the earlier partner B, which became the topic
    since; the unstated subject is whoever signed with B, so B does not sign with C."""
    got = korean_facts(loader, "□ 협력도 추진한다. 시는 이날 독일 보쉬(Bosch) 한국법인과 '스마트공장 업무협약(MOU)'을 "
                               "체결했다. 보쉬는 디지털 트윈 솔루션을 제공하며, 본사 연구진이 설계에 참여한다.\n\n"
                               " ㅇ 또한 네이버클라우드와는 전용 GPU 클라우드 공급 계약을 맺어, 중소기업이 자원을 활용할 수 있도록 했다.")
    assert ("Bosch", "BASED_IN", "Germany") in got
    assert not any(t == "PARTNERS_WITH" for _, t, _ in got)


def test_the_fund_is_not_the_agent_of_a_relative_clause(loader: DocumentLoader) -> None:
    """"a round that was led by B. ... the fund is controlled by C": B only qualifies the round."""
    got = english_facts(loader, "Marlowe bought into the company in 2023, putting £8m into a £30m Series A round "
                                "that was led by Index Ventures. According to the filing, the fund is ultimately "
                                "controlled by Harbin Star Holdings, a state-owned group.")
    assert not any(s == "Index Ventures" and t == "SUBSIDIARY_OF" for s, t, _ in got)


def test_money_into_something_named_is_no_round_joined(loader: DocumentLoader) -> None:
    """"lets us keep our pro-rata in the winners": the winners, not the fund the sentence before
    named, are what the money goes into."""
    got = english_facts(loader, "Fund II is anchored by returning LPs. Northgate Capital also committed to the Growth "
                                "fund, as did Temasek. Growth I lets us keep our pro-rata in the winners.")
    assert ("Northgate Capital", "INVESTED_IN", "Growth fund") in got
    assert {s for s, t, o in got if t == "INVESTED_IN"} == {"Northgate Capital", "Temasek"}


def test_pro_rata_in_the_seed_still_joins_the_round(loader: DocumentLoader) -> None:
    """"also wrote an angel check in the seed": the seed is the round just reported."""
    got = english_facts(loader, "Brightloom raised a $4 million seed round led by Conviction. "
                                "Former Stripe CFO Dana Holt also wrote an angel check in the seed.")
    assert ("Dana Holt", "INVESTED_IN", "Brightloom") in got


def test_a_topic_naming_no_one_is_no_topic_of_its_own():
    # one list of the topics that name no one serves both the carried subject and the carried recipient
    assert opens_on_its_own_topic("가온셀은 정부 과제에 선정돼 출연금을 받는다.", [])
    assert not opens_on_its_own_topic("해외는 현지 법인이 맡는다.", [])
    assert not opens_on_its_own_topic("투자금은 5억원이다.", [])
