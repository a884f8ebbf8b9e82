"""Korean constructions that look like a relation between two parties but state none: a 와 joining
two nouns of a topic, a passive creation after a clause of another subject, a relative clause
describing a quoted title, a role in a programme, help in kind, goods supplied to a pair, a
programme's description before its quoted name, and money from one region.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from graph.model import Evidence
from loaders.mentions import Mention, find_mentions
from loaders.pipeline import DocumentLoader
from loaders.relations.customers import suppliers_of_the_topic
from tests.reading import korean_facts, subjects_and_objects


def test_and_joining_a_fund_to_a_topic_noun_is_no_partner(loader: DocumentLoader) -> None:
    """"이번 공동펀드와 합작법인은 ...": the fund and the venture are what the speaker talks about."""
    got = korean_facts(loader, "과기정통부는 베트남 정부와 'K-베트남 AI 공동펀드'를 조성한다. 과기정통부 장관은 "
                               "\"이번 공동펀드와 합작법인은 양국 협력의 첫 결실\"이라고 말했다.")
    assert ("Ministry of Science and ICT", "LAUNCHED", "K-베트남 AI 공동펀드") in got
    assert not any(t == "PARTNERS_WITH" for _, t, _ in got)


def test_passive_creation_is_not_the_contributors(loader: DocumentLoader) -> None:
    """"펀드는 A가 출자하고 ... 조성되며": A pays in; nobody named sets the fund up."""
    got = korean_facts(loader, "'그린 AI 성장 펀드'는 기업은행이 출자하고 민간 자금을 매칭해 1000억원 규모로 조성되며, "
                               "운용사는 공모로 뽑는다.")
    assert ("Industrial Bank of Korea", "FUNDS", "그린 AI 성장 펀드") in got
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_subject_of_a_relative_clause_on_a_quoted_title_is_no_agent(loader: DocumentLoader) -> None:
    """"도는 부처가 주관한 '공모'에 선정돼 「사업」을 추진": the province pushes its own project."""
    got = korean_facts(loader, "충청북도는 중소벤처기업부가 주관한 '2027년 지역 혁신 거점 공모'에 최종 선정됨에 따라 "
                               "「충북 AI 반도체 실증단지 조성사업」을 추진한다고 밝혔다.")
    assert ("Chungcheongbuk-do", "LAUNCHED", "충북 AI 반도체 실증단지 조성사업") in got
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "충북 AI 반도체 실증단지 조성사업") not in got


def test_role_in_a_programme_makes_it_no_funder(loader: DocumentLoader) -> None:
    """"P의 주관기관으로 선정돼 출연금을 지원받는다": the ministry pays, P is the channel."""
    got = korean_facts(loader, "스타트업 누리봇은 산업통상자원부가 시행하는 'AI 물류 실증사업'의 주관기관으로 선정돼 "
                               "3년간 정부출연금 40억원을 지원받는다.")
    assert ("Ministry of Trade, Industry and Energy", "FUNDS", "누리봇") in got
    assert ("AI 물류 실증사업", "FUNDS", "누리봇") not in got


def test_help_in_kind_is_no_funding(loader: DocumentLoader) -> None:
    """"X의 프로그램에 선정돼 인프라와 기술 지원을 받고": no money changes hands."""
    got = korean_facts(loader, "스타트업 누리봇은 구글의 스타트업 육성 프로그램 '런치패드'에도 선정돼 "
                               "클라우드 인프라와 기술 지원을 받고 있다.")
    assert ("누리봇", "PARTICIPATES_IN", "런치패드") in got
    assert not any(t == "FUNDS" for _, t, _ in got)


def test_goods_for_a_pair_are_no_ones_purchase(loader: DocumentLoader) -> None:
    """"(두 회사는 각각 ...) 서버는 B가 공급한다": the pair carried is not one customer of B."""
    text = "서버는 엔비디아가 공급한다."
    mentions = find_mentions(text, loader.gazetteer)
    customer = find_mentions("네이버클라우드", loader.gazetteer)[0]
    pair = Mention(0, 5, customer.actor, "두 회사", "는", after=6)
    got = suppliers_of_the_topic(text, mentions, [pair], lambda start, end: Evidence("d", 1, text))
    assert got == []
    assert suppliers_of_the_topic(text, mentions, [customer], lambda start, end: Evidence("d", 1, text))


def test_description_before_a_quoted_programme_is_no_second_programme(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "스타트업 누리봇은 경제산업성이 운영하는 생성형 AI 개발 지원사업 '하늘다리'에도 선정됐다.")
    assert ("Ministry of Economy, Trade and Industry", "LAUNCHED", "하늘다리") in got
    assert "생성형 AI 개발 지원사업" not in subjects_and_objects(got)


def test_money_from_one_region_is_no_world_inflow(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "미국 AI 스타트업 투자는 꾸준히 늘었다. 2025년 중동발 미국 AI 스타트업 VC 투자는 "
                               "약 50억 달러로 전년보다 늘었다.")
    assert not any(t == "VC_FLOW" for _, t, _ in got)
