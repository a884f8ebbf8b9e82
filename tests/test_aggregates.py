"""Country flows stated in prose: total inflows with no origin, yearly bilateral series.

The example passages are invented; each checks one construction of
:mod:`loaders.relations.aggregates` through the whole loader.
"""

from __future__ import annotations

import pytest

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader
from loaders.relations.aggregates import yearly_figures


def flows(loader: DocumentLoader, text: str) -> list[tuple[str, str, object, float | None, int]]:
    """(source id, target id, year, amount as written, line) of every VC_FLOW in ``text``."""
    source = SourceText(Document(id="d", path="d.txt", lang="ko"), text)
    batch = loader.load_text(source).batch
    return sorted((r.subject, r.object, r.props.get("year"), r.props.get("amount"), r.evidence[0].line)
                  for r in batch.relationships if r.type == "VC_FLOW")


def test_a_yearly_series_in_later_sentences_belongs_to_the_country_named_before(loader):
    text = ("프랑스의 AI 스타트업 투자 규모는 최근 크게 늘었다.\n\n"
            "2021년 12억 달러였던 투자 금액은 2022년 30억 달러로 늘었고, 2023년과 2024년에는 각각 25억 달러, "
            "41억 달러를 기록했다.\n")
    assert flows(loader, text) == [
        ("world", "france", 2021, 12.0, 3), ("world", "france", 2022, 30.0, 3),
        ("world", "france", 2023, 25.0, 3), ("world", "france", 2024, 41.0, 3),
    ]


def test_a_country_glossed_with_its_own_figure_gets_it(loader):
    text = "독일 AI 스타트업에 대한 벤처 투자는 2024년 18억 유로로 영국(52억 유로)에 못 미쳤다.\n"
    got = {(s, t, y, a) for s, t, y, a, _ in flows(loader, text)}
    assert got == {("world", "germany", 2024, 18.0), ("world", "united-kingdom", 2024, 52.0)}


def test_market_size_and_budgets_are_not_inflows(loader):
    text = ("일본의 AI 스타트업 투자는 꾸준히 늘고 있다.\n\n"
            "일본 AI 시장 규모는 2024년 80억 달러에 달했다.\n\n"
            "정부 예산도 2025년 3조 엔으로 늘었다.\n")
    assert flows(loader, text) == []


def test_a_passage_country_is_forgotten_after_a_few_sentences_without_figures(loader):
    text = ("캐나다의 AI 스타트업 투자는 2023년 20억 달러였다.\n\n"
            "이는 정책 변화 때문이다. 인재 유출도 줄었다. 연구 기관도 늘었다. 대학도 협력한다.\n\n"
            "2024년에는 9억 달러가 조달되었다.\n")
    assert flows(loader, text) == [("world", "canada", 2023, 20.0, 1)]


def test_funded_company_counts_per_country(loader):
    text = ("2015년부터 2024년까지 독일은 총 812개 기업이 투자를 유치했다.\n\n"
            "이는 프랑스(640개), 스웨덴(210개)보다 많다.\n")
    got = {(s, t) for s, t, *_ in flows(loader, text)}
    assert got == {("world", "germany"), ("world", "france"), ("world", "sweden")}


def test_yearly_bilateral_series_take_their_direction_from_the_frame(loader):
    text = ("일본의 싱가포르에 대한 투자 집행은 3억 2천만 달러('22), 2억 5백만 달러('23)로 줄었다.\n\n"
            "영국의 대인도 투자 유치는 7억 달러('22), 9억 달러('23)로 늘었다.\n")
    assert flows(loader, text) == [
        ("japan", "singapore", 2022, 3.2, 1), ("japan", "singapore", 2023, 2.05, 1),
        ("united-kingdom", "india", 2022, 7.0, 3), ("united-kingdom", "india", 2023, 9.0, 3),
    ]


def test_money_from_a_country_flows_to_the_one_that_raised_it(loader):
    text = "이스라엘의 미국으로부터의 투자 유치는 40억 달러(2022년), 35억 달러(2023년)였다.\n"
    assert {(s, t, y) for s, t, y, *_ in flows(loader, text)} == {
        ("united-states", "israel", 2022), ("united-states", "israel", 2023)}


@pytest.mark.parametrize(("text", "expected"), [
    ("2019년 5억 달러에서 2020년 8억 달러로", [(2019, 5.0), (2020, 8.0)]),
    ("2019~2020년에는 각각 5억 달러, 8억 달러로", [(2019, 5.0), (2020, 8.0)]),
    ("2019년과 2020년에 총 13억 달러", []),  # one amount for two years: whose?
    ("5억 달러('19), 8억 달러('20)", [(2019, 5.0), (2020, 8.0)]),
    ("투자 금액은 13억 달러로 늘었다", []),
])
def test_yearly_figures(text, expected):
    assert [(f.year, f.amount.amount) for f in yearly_figures(text)] == expected
