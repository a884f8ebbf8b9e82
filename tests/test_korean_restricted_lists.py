"""Korean sentences putting companies on a restricted-party list (REGULATES): the list may be
quoted and glossed ("'우려거래자 목록(Entity List)'"), and one reader states each listing once.
Each case is an invented text."""

from __future__ import annotations

from graph.model import Actor
from loaders.mentions import Mention
from loaders.relations.blacklists import listed_companies_ko
from tests.reading import facts


def test_a_quoted_and_glossed_list_of_concern_regulates_the_listed(loader, tmp_path):
    text = "미 상무부 산업안보국(BIS)은 지난주 중국 반도체 기업 베르타칩(维塔芯)을 '우려거래자 목록(Entity List)'에 추가했다.\n"
    assert ("Bureau of Industry and Security", "REGULATES", "베르타칩") in facts(loader, tmp_path, text)


def test_a_list_of_companies_barred_from_exports_regulates_the_listed(loader, tmp_path):
    text = "미국 정부가 중국 기업 베르타칩(维塔芯)을 수출 금지 기업 명단에 올린 뒤 주가가 떨어졌다.\n"
    assert ("United States government", "REGULATES", "베르타칩") in facts(loader, tmp_path, text)


def test_each_company_named_before_a_quoted_list_is_regulated():
    """The closing quote after the list's name does not hide the list."""
    text = "노르딕 상무청은 하오천랩과 벨카닉스를 '엔티티 리스트'에 올렸다."
    agency = Actor(id="nordic-commerce", name="노르딕 상무청", type="Government", country="NO")
    first = Actor(id="haochen-lab", name="하오천랩", type="Startup", country="CN")
    second = Actor(id="belkanix", name="벨카닉스", type="Company", country="CN")
    mentions = [Mention(0, 7, agency, "노르딕 상무청", "은"), Mention(9, 13, first, "하오천랩", "과"),
                Mention(15, 19, second, "벨카닉스", "를")]
    got = [(f.subject.name, f.object.name) for f in listed_companies_ko(text, mentions, "doc", lambda _: 1)]
    assert sorted(got) == [("노르딕 상무청", "벨카닉스"), ("노르딕 상무청", "하오천랩")]
