"""Recurring Korean habits found on the generalisation documents (helper recurring4).

Each test uses an invented sentence and checks one general habit through the whole loader.
"""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def load(loader: DocumentLoader, text: str):
    return loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch


def flows(loader: DocumentLoader, text: str) -> set[tuple[str, str, int]]:
    """(source id, target id, amount in millions of USD) of every VC_FLOW in ``text``."""
    batch = load(loader, text)
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
