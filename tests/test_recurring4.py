"""Recurring Korean habits found on the generalisation documents (helper recurring4).

Each test uses an invented sentence and checks one general habit through the whole loader.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import korean_batch


def flows(loader: DocumentLoader, text: str) -> set[tuple[str, str, int]]:
    """(source id, target id, amount in millions of USD) of every VC_FLOW in ``text``."""
    batch = korean_batch(loader, text)
    return {(r.subject, r.object, round(r.props.get("amount_usd", 0) / 1e6)) for r in batch.relationships if r.type == "VC_FLOW"}


# -- country flows: "국내" is the home country, investors "of" a country, money moving from A to B --

def test_domestic_startups_are_the_home_countrys(loader):
    text = "작년 캐나다계 벤처캐피털이 국내 AI 스타트업에 투자한 금액은 2억 5,000만 달러로 집계됐다.\n"
    assert flows(loader, text) == {("canada", "south-korea", 250)}


def test_domestic_investors_are_the_home_countrys(loader):
    text = "같은 해 국내 VC의 독일 AI 스타트업 투자는 9,000만 달러였다.\n"
    assert flows(loader, text) == {("south-korea", "germany", 90)}


def test_domestic_inside_a_longer_word_is_no_country(loader):
    text = "국내외 VC의 독일 AI 스타트업 투자는 9,000만 달러였다.\n"
    assert flows(loader, text) == set()


def test_money_put_into_a_countrys_startups_and_money_moving_back(loader):
    text = ("조사에 따르면 프랑스 투자자가 인도 AI 스타트업에 넣은 돈이 7억 달러인데, "
            "반대로 인도에서 프랑스로 들어온 건 1억 달러에 그쳤다.\n")
    assert flows(loader, text) == {("france", "india", 700), ("india", "france", 100)}


def test_investors_glossed_in_parentheses(loader):
    text = "지난해 영국 벤처캐피탈(VC)이 브라질 AI 기업에 투자한 금액은 4억 달러에도 못 미쳤다.\n"
    assert flows(loader, text) == {("united-kingdom", "brazil", 400)}


# -- who runs a fund: "운용은 A와 B가 공동운용사(Co-GP)로 맡는다", "동 펀드는 A가 운용을 맡는다" --

def participants(loader: DocumentLoader, text: str) -> set[tuple[str, str]]:
    batch = korean_batch(loader, text)
    return {(batch.actors[r.subject].name, batch.actors[r.object].name)
            for r in batch.relationships if r.type == "PARTICIPATES_IN"}


def test_co_managers_of_a_fund_named_before(loader):
    text = ("강원도는 이날 300억원 규모의 '강원 로봇 성장펀드' 결성식을 열었다. 모태펀드가 100억원을 출자하고 "
            "도가 50억원을 보탰다. 운용은 춘천 소재 벤처캐피털 소양강파트너스와 강원창업센터가 공동운용사(Co-GP)로 맡는다.\n")
    got = participants(loader, text)
    assert {(a, p) for a, p in got if "강원 로봇 성장펀드" in p} >= {
        ("소양강파트너스", "강원 로봇 성장펀드"), ("강원창업센터", "강원 로봇 성장펀드")}
    assert not any("모태펀드" in p or p == "Korea Fund of Funds" for _, p in got)


def test_co_managers_one_described_by_its_country(loader):
    text = ("정부는 '한-캐나다 AI 공동펀드'를 5억 달러 규모로 조성한다고 밝혔다.\n"
            "ㅇ 운용은 국내 벤처캐피탈 단풍인베스트먼트와 캐나다 메이플캐피탈이 공동 운용사(Co-GP)를 맡는다.\n")
    got = participants(loader, text)
    assert {("단풍인베스트먼트", "한-캐나다 AI 공동펀드"), ("메이플캐피탈", "한-캐나다 AI 공동펀드")} <= got


def test_the_fund_as_topic_and_its_running_as_what_is_taken_on(loader):
    text = ("중기부는 'K-바이오 AI 모펀드'를 조성한다. 동 모펀드는 한국벤처투자가 운용을 맡는다.\n")
    assert ("Korea Venture Investment Corp.", "K-바이오 AI 모펀드") in participants(loader, text)


def test_running_taken_on_without_a_programme_topic_is_no_role(loader):
    text = ("중기부는 'K-바이오 AI 모펀드'를 조성한다. 검증센터는 한국벤처투자가 운영을 맡는다.\n")
    assert ("Korea Venture Investment Corp.", "K-바이오 AI 모펀드") not in participants(loader, text)


# -- state money for the programme in play, its payer unnamed: "국비 N원이 투입되며" --

def funds(loader: DocumentLoader, text: str) -> set[tuple[str, str]]:
    batch = korean_batch(loader, text)
    return {(batch.actors[r.subject].name, batch.actors[r.object].name)
            for r in batch.relationships if r.type == "FUNDS"}


def test_state_money_spent_on_the_programme_is_its_ministrys(loader):
    text = ("과학기술정보통신부는 '바다 AI 실증사업'을 새로 시작한다고 밝혔다. "
            "올해부터 2028년까지 정부 출연금 300억원이 들어가며, 수행기관은 다음 달 뽑는다.\n")
    assert ("Ministry of Science and ICT", "바다 AI 실증사업") in funds(loader, text)


def test_state_money_of_an_agency_run_programme_names_no_payer(loader):
    text = ("정보통신산업진흥원(NIPA)은 '바다 AI 실증사업'을 새로 시작한다고 밝혔다. "
            "올해 국비 300억원이 투입된다.\n")
    assert not any(p == "바다 AI 실증사업" for _, p in funds(loader, text))


def test_state_money_states_the_amount(loader):
    text = ("과학기술정보통신부는 '바다 AI 실증사업'을 새로 시작한다고 밝혔다. "
            "올해 국비 300억원이 투입되며, 수행기관은 다음 달 뽑는다.\n")
    batch = korean_batch(loader, text)
    amounts = [r.props.get("amount_usd") for r in batch.relationships if r.type == "FUNDS"
               and batch.actors[r.object].name == "바다 AI 실증사업"]
    assert amounts and all(a and 2e7 < a < 2.4e7 for a in amounts)
