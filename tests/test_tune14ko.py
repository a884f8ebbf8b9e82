"""Korean startup news and policy reports, each on an invented text (not from any document).

A weekly roundup of deals gives each company an item: a headline "■ X, 120억원 시리즈A", the
round, then a paragraph of background that never names the company again ("2020년 A 대표가
창업했다", "회사는 ...").
"""

from __future__ import annotations

from tests.reading import facts

ROUNDUP = """테크브리프 | 투자

[주간 투자 정리] 이번 주 AI 스타트업 세 곳 투자 유치

■ 누비텍, 120억원 시리즈A…누적 150억원
산업용 비전 모델을 개발하는 누비텍(Nuvitec)이 120억원 규모 시리즈A 투자를 유치했다. 이번 라운드는 한결벤처스가 주도했고 다온파트너스가 참여했다. 다온파트너스는 시드 라운드에 이어 후속 투자다.
2021년 포스텍 출신 한지오 대표와 이서윤 CTO가 공동 창업했다. 지난달에는 물류기업 바른로지스와 검수 자동화 공동 개발 계약을 맺었다. 회사는 이번 자금으로 미국 법인을 세운다.

■ 소리결, 40억원 프리A
음성 비서 스타트업 소리결(Sorigyeol)은 40억원 규모 프리A 라운드를 마쳤다. 회사는 콜센터용 음성 모델 '결보이스'를 개발했다.

■ 숫자로 보는 이번 주
이번 주 투자 건수는 세 건이었다. 회사는 내년에도 조사를 이어간다.
"""


def test_a_roundup_items_background_is_about_its_headline_company(loader, tmp_path):
    got = facts(loader, tmp_path, ROUNDUP)
    assert ("한지오", "FOUNDED", "Nuvitec") in got
    assert ("이서윤", "FOUNDED", "Nuvitec") in got
    assert ("Nuvitec", "PARTNERS_WITH", "바른로지스") in got
    # The investor the round's sentence made a topic ("다온파트너스는 ... 후속 투자다") is no founder nor partner.
    assert not any(f[0] == "다온파트너스" and f[1] in ("FOUNDED", "PARTNERS_WITH") for f in got)
    assert not any(f[2] == "다온파트너스" and f[1] in ("FOUNDED", "PARTNERS_WITH") for f in got)


def test_an_item_whose_headline_names_a_company_nothing_knows_yet(loader, tmp_path):
    got = facts(loader, tmp_path, ROUNDUP)
    # "■ 소리결, 40억원 프리A" and "소리결(Sorigyeol)은 ...": "회사는" of the item is it, not the item before's company.
    assert ("소리결", "DEVELOPS", "결보이스") in got
    assert not any(f[0] == "Nuvitec" and f[2] == "결보이스" for f in got)


def test_investors_named_by_who_led_right_after_a_round_closed(loader, tmp_path):
    text = ("모바일 결제 스타트업 페이담은 30억원 규모 프리A 라운드를 마쳤다. "
            "한결벤처스가 주도하고 다온파트너스, 새솔인베스트먼트가 참여했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("다온파트너스", "INVESTED_IN", "페이담") in got
    assert ("새솔인베스트먼트", "INVESTED_IN", "페이담") in got


def test_a_lead_verb_with_no_round_in_view_names_no_investment(loader, tmp_path):
    text = "모바일 결제 스타트업 페이담은 서울에 본사를 두고 있다. 한결벤처스가 주도하고 다온파트너스가 참여했다.\n"
    got = facts(loader, tmp_path, text)
    assert not any(f[1] == "INVESTED_IN" for f in got)


def test_a_sole_investor_of_the_round_just_announced(loader, tmp_path):
    # "에이전트 스타트업 X(Cargo Agent)": the descriptor makes it a startup, though "Agent" may end a model's name.
    text = ("물류 에이전트 스타트업 카고에이전트(Cargo Agent)는 20억원 규모 시드 투자를 받았다. "
            "다온파트너스가 단독으로 투자했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("다온파트너스", "INVESTED_IN", "카고에이전트") in got


def test_a_spin_off_stated_without_its_company(loader, tmp_path):
    text = ("■ 누비텍, 120억원 시리즈A\n"
            "산업용 비전 모델을 개발하는 누비텍(Nuvitec)이 120억원 규모 시리즈A 투자를 유치했다.\n"
            "포스텍 기계공학과 연구실에서 2023년 스핀오프했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("POSTECH", "FOUNDED", "Nuvitec") in got


def test_a_company_selected_for_a_ministrys_programme(loader, tmp_path):
    text = ("■ 누비텍, 120억원 시리즈A\n"
            "산업용 비전 모델을 개발하는 누비텍(Nuvitec)이 120억원 규모 시리즈A 투자를 유치했다.\n"
            "2024년 과학기술정보통신부의 지역 AI 실증지원(RAIS) 프로그램에 선정돼 3억원을 지원받았다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Nuvitec", "PARTICIPATES_IN", "RAIS") in got
    assert ("Ministry of Science and ICT", "LAUNCHED", "RAIS") in got


def test_a_quoted_product_of_a_roundup_items_company(loader, tmp_path):
    text = ("■ 누비텍, 120억원 시리즈A\n"
            "산업용 비전 모델을 개발하는 누비텍(Nuvitec)이 120억원 규모 시리즈A 투자를 유치했다.\n"
            "검수 모델 '누비 아이(Nuvi Eye)'를 공장 30여 곳에 공급하고 있다. "
            "다온전자의 검사 솔루션 '다온 체크'와 경쟁한다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Nuvitec", "DEVELOPS", "누비 아이") in got
    # Another company's product, named with its owner, is not the item's company's.
    assert not any(f[0] == "Nuvitec" and f[2] == "다온 체크" for f in got)


def test_a_federal_government_in_its_countrys_numbered_section_funds_the_programme_just_launched(loader, tmp_path):
    text = ("3.2 독일: 「하펜 AI 2030」 프로그램\n\n"
            "독일 연방교육연구부(BMBF)는 2025년 3월 「하펜 AI 2030」 프로그램을 출범시켰다. "
            "연방정부는 2026~2029년 4년간 총 9억 유로를 투입한다.\n")
    got = facts(loader, tmp_path, text)
    assert any(f[0] == "German government" and f[1] == "FUNDS" and f[2].startswith("하펜 AI 2030") for f in got)


def test_a_federal_government_outside_a_foreign_section_is_nobodys(loader, tmp_path):
    got = facts(loader, tmp_path, "연방정부는 2026~2029년 4년간 총 9억 유로를 투입한다.\n")
    assert not any(f[0] in ("German government", "Korean government") for f in got)
