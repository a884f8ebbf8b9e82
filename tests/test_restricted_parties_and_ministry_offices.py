"""Korean export controls and restricted-party lists (REGULATES), and a ministry's office named
as one compound ("미 상무부 산업안보국", SUBSIDIARY_OF). Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_control_on_exports_headed_for_a_country_regulates_it(loader, tmp_path):
    got = facts(loader, tmp_path, "미국 상무부는 지난달 러시아로 향하는 광학 센서, 레이더 부품 수출 규제를 강화했다.\n")
    assert ("US Department of Commerce", "REGULATES", "Russia") in got


def test_a_control_that_takes_a_country_as_its_target_regulates_it(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 경제산업성은 올해 러시아를 대상으로 한 공작기계 수출 통제를 넓혔다.\n")
    assert ("Ministry of Economy, Trade and Industry", "REGULATES", "Russia") in got


def test_companies_put_on_a_restricted_party_list_are_regulated_by_the_office(loader, tmp_path):
    text = "미 상무부 산업안보국(BIS)은 지난주 중국 반도체 기업 하오천반도체(浩辰半导体)를 비롯한 7곳을 '우려거래자 목록'에 추가했다.\n"
    got = facts(loader, tmp_path, text)
    assert ("Bureau of Industry and Security", "REGULATES", "하오천반도체") in got
    # the compound names whose office acts; the ministry is not a second regulator in the list
    assert ("US Department of Commerce", "REGULATES", "하오천반도체") not in got
    assert ("Bureau of Industry and Security", "SUBSIDIARY_OF", "US Department of Commerce") in got


def test_a_list_of_good_companies_regulates_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 하오천랩을 우수 기업 명단에 올렸다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]


def test_a_place_before_a_city_owns_no_office(loader, tmp_path):
    got = facts(loader, tmp_path, "본사는 경기도 성남시 분당구에 있다. 벨루나랩은 경기도 성남시의 지원을 받았다.\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]
