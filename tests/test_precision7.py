"""Edges read from unseen text that an analyst would strike: a common word after a descriptor
taken for a name, a country said of one listed name carried to the next one that has its own
description, a city said of an owner given to the owner instead of the unit it owns, the unit
"B 산하 X" read as the topic's owner, a ministry that set up what is joined read as joining the
programme of the sentence before, the co-investors named after "led the round" read as what
the lead invested in, a joint venture read as its owner's partner, and the backers of a fund's
capital read as investors in its portfolio company.

Every sentence here is invented; none is taken from the corpus or a sample. Each wrong reading
has a near miss beside it that must still be read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, facts

# -- common words after a descriptor ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("업계에서는 올해 국내 물류 스타트업 가운데 시리즈C를 마친 곳이 드물다는 평가가 나온다.", "가운데"),
    ("<표 3> 국내 바이오 스타트업 해외 투자 유치 현황(2024년)", "해외"),
    ("Figures from Marlow Data show Canadian VC firms invested $200 million in Brazilian AI companies.", "firms"),
])
def test_a_common_word_after_a_descriptor_is_no_actor(loader: DocumentLoader, tmp_path: Path, text: str, word: str):
    assert word not in actor_names(loader, tmp_path, text)


def test_a_name_after_a_domestic_descriptor_is_still_placed(loader: DocumentLoader, tmp_path: Path):
    text = "국내 물류 스타트업 누리로지스는 한결파트너스로부터 200억원을 투자받았다."
    assert ("누리로지스", "BASED_IN", "South Korea") in facts(loader, tmp_path, text, locations=True)


def test_a_name_after_an_investor_descriptor_is_still_found(loader: DocumentLoader, tmp_path: Path):
    assert "라이언게이트" in actor_names(loader, tmp_path, "싱가포르 VC 라이언게이트가 누리로지스에 50억원을 투자했다.")


# -- a country said of one listed name ------------------------------------------------------------------

def test_a_country_stops_at_a_name_described_on_its_own(loader: DocumentLoader, tmp_path: Path):
    text = "누리로지스의 이번 라운드에는 대만의 가오슝캐피탈과 기존 투자사인 한결파트너스도 참여했다."
    found = facts(loader, tmp_path, text, locations=True)
    assert ("가오슝캐피탈", "BASED_IN", "Taiwan") in found
    assert ("한결파트너스", "BASED_IN", "Taiwan") not in found


def test_a_country_still_describes_a_bare_list(loader: DocumentLoader, tmp_path: Path):
    text = "누리로지스의 이번 라운드에는 대만의 가오슝캐피탈과 타이난벤처스가 참여했다."
    found = facts(loader, tmp_path, text, locations=True)
    assert {("가오슝캐피탈", "BASED_IN", "Taiwan"), ("타이난벤처스", "BASED_IN", "Taiwan")} <= found


# -- a city said of an owner and its unit -------------------------------------------------------------------

def test_a_city_before_an_owner_places_the_unit_it_owns(loader: DocumentLoader, tmp_path: Path):
    text = "보스턴에 본사를 둔 한빛그룹의 기업형벤처캐피탈(CVC) 한빛테크벤처스가 누리로지스에 투자했다."
    found = facts(loader, tmp_path, text, locations=True)
    assert ("한빛테크벤처스", "BASED_IN", "United States") in found
    assert ("한빛그룹", "BASED_IN", "United States") not in found


def test_a_city_before_a_name_still_places_it(loader: DocumentLoader, tmp_path: Path):
    text = "보스턴에 본사를 둔 한빛테크벤처스가 누리로지스에 투자했다."
    assert ("한빛테크벤처스", "BASED_IN", "United States") in facts(loader, tmp_path, text, locations=True)


# -- co-investors after "led the round" ---------------------------------------------------------------------

def test_names_after_led_the_round_are_co_investors(loader: DocumentLoader, tmp_path: Path):
    text = ("Brontide Labs raised $80 million in a Series C. Harbor Lane Capital led the round, which also "
            "included Accel and the Abu Dhabi Investment Authority.")
    found = facts(loader, tmp_path, text)
    assert ("Harbor Lane Capital", "INVESTED_IN", "Brontide Labs") in found
    assert not {f for f in found if f[0] == "Harbor Lane Capital" and f[2] != "Brontide Labs"}


def test_investors_who_participated_in_the_round_still_back_the_company(loader: DocumentLoader, tmp_path: Path):
    text = ("Brontide Labs raised $80 million in a Series C led by Harbor Lane Capital. "
            "Accel also participated in the round.")
    assert ("Accel", "INVESTED_IN", "Brontide Labs") in facts(loader, tmp_path, text)


# -- "B 산하 X": the unit is X, not the topic ----------------------------------------------------------------

def test_a_unit_named_after_san_ha_is_not_the_topic(loader: DocumentLoader, tmp_path: Path):
    text = "물류 스타트업 누리로지스는 한빛그룹 산하 성장펀드 3호(Hanbit Growth Fund III)로부터 300억원을 단독 유치했다."
    assert not {f for f in facts(loader, tmp_path, text) if f[0] == "누리로지스" and f[1] == "SUBSIDIARY_OF"}


@pytest.mark.parametrize("text", [
    "한빛캐피탈은 한빛그룹 산하 벤처캐피털로 2019년 설립됐다.",
    "한빛캐피탈은 한빛그룹 산하 투자사로 누리로지스에 50억원을 투자했다.",
])
def test_the_topic_said_to_be_under_an_owner_is_still_its_unit(loader: DocumentLoader, tmp_path: Path, text: str):
    assert ("한빛캐피탈", "SUBSIDIARY_OF", "한빛그룹") in facts(loader, tmp_path, text)


# -- a programme joined, named in the sentence ---------------------------------------------------------------

def test_a_ministry_that_set_up_what_is_joined_joins_nothing_before(loader: DocumentLoader, tmp_path: Path):
    text = ("물류 스타트업 누리로지스는 구글의 스타트업 육성 프로그램 '런치패드(Launchpad)'에도 선정돼 클라우드 크레딧을 받고 있다.\n"
            "또 과학기술정보통신부가 지난해 5월 출범시킨 '물류 AI 연합'의 회원사로 참여해 실증을 진행 중이다.")
    found = facts(loader, tmp_path, text)
    assert ("누리로지스", "PARTICIPATES_IN", "런치패드") in found
    assert ("Ministry of Science and ICT", "PARTICIPATES_IN", "런치패드") not in found


def test_a_participation_naming_no_programme_still_joins_the_one_before(loader: DocumentLoader, tmp_path: Path):
    text = ("과학기술정보통신부는 지난달 '물류 AI 연합'을 출범시켰다.\n"
            "물류 스타트업 누리로지스가 참여했다.")
    assert ("누리로지스", "PARTICIPATES_IN", "물류 AI 연합") in facts(loader, tmp_path, text)


# -- a joint venture described by its owner ------------------------------------------------------------------

def test_a_joint_venture_is_not_its_owners_partner(loader: DocumentLoader, tmp_path: Path):
    text = "Nimbus Edge, a 50/50 joint venture with Oracle announced in March, will sell cloud capacity to Kenyan ministries."
    assert not {f for f in facts(loader, tmp_path, text) if f[1] == "PARTNERS_WITH"}


def test_firms_forming_a_joint_venture_are_still_partners(loader: DocumentLoader, tmp_path: Path):
    text = "Kestrel Grid and Oracle formed a joint venture to run data centres in Nairobi."
    assert ("Kestrel Grid", "PARTNERS_WITH", "Oracle") in facts(loader, tmp_path, text)


# -- a fund's own capital split among its backers ------------------------------------------------------------

def test_backers_of_a_funds_capital_do_not_join_its_portfolio_round(loader: DocumentLoader, tmp_path: Path):
    text = ("Brontide Labs raised $50 million from the Pearl River AI Fund in January.\n"
            "The fund was set up in 2024 with 10 billion yuan in initial capital, of which the Guangzhou government "
            "contributed 4 billion yuan and Pearl River Holdings put in the rest, according to filings.")
    found = facts(loader, tmp_path, text)
    assert ("Pearl River AI Fund", "INVESTED_IN", "Brontide Labs") in found
    assert ("Pearl River Holdings", "INVESTED_IN", "Brontide Labs") not in found


def test_a_share_of_a_round_put_in_is_still_an_investment(loader: DocumentLoader, tmp_path: Path):
    text = "Brontide Labs raised $100 million in a Series B, of which Accel put in $40 million."
    assert ("Accel", "INVESTED_IN", "Brontide Labs") in facts(loader, tmp_path, text)
