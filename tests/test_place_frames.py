"""Where an actor is based (BASED_IN), in Korean and English, and the descriptions and glosses that
place no one. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts


def test_a_country_describing_a_company_places_it(loader, tmp_path):
    got = facts(loader, tmp_path, "2월 ▲ 네이버클라우드, 베트남 국영 통신사 VNPT와 클라우드 공동 구축 계약\n"
                "8월 ▲ 삼성전자, 美 AI 반도체 스타트업 누리실리콘(Nuri Silicon) 인수 … 약 2억 달러\n", locations=True)
    assert ("VNPT", "BASED_IN", "Vietnam") in got
    assert ("Samsung Electronics", "ACQUIRED", "누리실리콘") in got
    assert ("누리실리콘", "BASED_IN", "United States") in got


def test_a_single_hanja_standing_alone_is_its_country(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n해외 딜\n한빛벤처스 → 獨 '베를린로보'\n시리즈A €20M 리드\n\n[3/3]\n끝\n",
                locations=True)
    assert ("베를린로보", "BASED_IN", "Germany") in got


def test_a_description_before_a_listed_name_is_not_the_previous_names_place(loader, tmp_path):
    got = facts(loader, tmp_path, "Orvane has lined up cornerstone investors including Tarn Investment, the Abu Dhabi "
                                  "sovereign fund Ardent Holdings and Pellow Capital.\n", locations=True)
    assert ("Tarn Investment", "BASED_IN", "United Arab Emirates") not in got


def test_a_name_after_a_domestic_descriptor_is_still_placed(loader: DocumentLoader, tmp_path: Path):
    text = "국내 물류 스타트업 누리로지스는 한결파트너스로부터 200억원을 투자받았다."
    assert ("누리로지스", "BASED_IN", "South Korea") in facts(loader, tmp_path, text, locations=True)


def test_a_country_stops_at_a_name_described_on_its_own(loader: DocumentLoader, tmp_path: Path):
    text = "누리로지스의 이번 라운드에는 대만의 가오슝캐피탈과 기존 투자사인 한결파트너스도 참여했다."
    found = facts(loader, tmp_path, text, locations=True)
    assert ("가오슝캐피탈", "BASED_IN", "Taiwan") in found
    assert ("한결파트너스", "BASED_IN", "Taiwan") not in found


def test_a_country_still_describes_a_bare_list(loader: DocumentLoader, tmp_path: Path):
    text = "누리로지스의 이번 라운드에는 대만의 가오슝캐피탈과 타이난벤처스가 참여했다."
    found = facts(loader, tmp_path, text, locations=True)
    assert {("가오슝캐피탈", "BASED_IN", "Taiwan"), ("타이난벤처스", "BASED_IN", "Taiwan")} <= found


def test_a_city_before_an_owner_places_the_unit_it_owns(loader: DocumentLoader, tmp_path: Path):
    text = "보스턴에 본사를 둔 한빛그룹의 기업형벤처캐피탈(CVC) 한빛테크벤처스가 누리로지스에 투자했다."
    found = facts(loader, tmp_path, text, locations=True)
    assert ("한빛테크벤처스", "BASED_IN", "United States") in found
    assert ("한빛그룹", "BASED_IN", "United States") not in found


def test_a_city_before_a_name_still_places_it(loader: DocumentLoader, tmp_path: Path):
    text = "보스턴에 본사를 둔 한빛테크벤처스가 누리로지스에 투자했다."
    assert ("한빛테크벤처스", "BASED_IN", "United States") in facts(loader, tmp_path, text, locations=True)


def test_a_country_and_kind_of_firm_before_a_name_place_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The regulator cleared US chipmaker Vantor's purchase of Pellucid Labs.\n", locations=True)
    assert ("Vantor", "BASED_IN", "United States") in got


def test_where_a_described_company_is_based(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital bought Norway-based Arabic speech-technology firm Tindra Data in May. "
                "Oracle will build the site, while Kuwaiti telecoms operator Velnet will provide connectivity.\n", locations=True)
    assert {("Tindra Data", "BASED_IN", "Norway"), ("Velnet", "BASED_IN", "Kuwait")} <= got


def test_a_country_before_a_list_is_said_of_the_first_name_when_another_is_known_from_elsewhere(loader, tmp_path):
    found = facts(loader, tmp_path, "일본의 소프트뱅크, 엔비디아, 삼성전자는 오사카 데이터센터 합작법인에 공동 참여하고 있다.\n",
                  locations=True)
    assert ("SoftBank", "BASED_IN", "Japan") in found
    assert not {f for f in found if f[1] == "BASED_IN" and f[0] in ("NVIDIA", "Samsung Electronics")}


def test_a_country_before_a_list_of_names_from_nowhere_else_describes_them_all(loader, tmp_path):
    found = facts(loader, tmp_path, "프랑스의 루미나 랩스, 벨로르 랩스는 공동 연구 협약을 체결하였다.\n", locations=True)
    assert {f for f in found if f[1] == "BASED_IN"} >= {("루미나 랩스", "BASED_IN", "France"),
                                                       ("벨로르 랩스", "BASED_IN", "France")}
