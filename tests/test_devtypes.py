"""Constructions found missing on the dev documents, each tested on an invented sentence.

Rankings of money raised ("A가 ... 가장 많은 자금을 확보했으며, 그 뒤를 B(N), C(N)이 따랐다"),
policies listed before their kind ("정부가 X, Y 등의 정책을 발표"), acqui-hires ("B의 핵심 인력과
기술을 확보"), money a government puts into a purpose ("X 구축에는 N원을 투자"), the pots a fund is
made of ("A 펀드는 B 기금에 더해 ... 포함"), a quoted document title a government publishes, and a
quoted policy term "first put forward in" a country, the set-up items of an English policy list
("policies, including the establishment of X") and development a government supports ("X 개발도 지원").
"""

from __future__ import annotations

from tests.reading import relationships


def test_money_raised_from_unnamed_investors(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "물류 AI 스타트업 가람로직(Garam Logic)은 창업 이후 누적 3억 달러의 자금을 확보했다.\n")
    props = got[("Unnamed investors", "INVESTED_IN", "가람로직")]
    assert props["amount_usd"] == 300_000_000


def test_one_round_may_name_its_investors_later(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "가람로직(Garam Logic)은 3억 달러의 투자를 유치했다. 이번 라운드는 누리캐피털이 주도했다.\n")
    assert not any(s == "Unnamed investors" for s, _, _ in got)


def test_raise_with_named_investor_keeps_no_placeholder(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "가람로직(Garam Logic)은 누리캐피털(Nuri Capital)로부터 3억 달러의 투자를 유치했다.\n")
    assert ("누리캐피털", "INVESTED_IN", "가람로직") in got
    assert not any(s == "Unnamed investors" for s, _, _ in got)


def test_runners_up_of_a_ranking_share_the_leaders_fact(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "지난해 비상장 AI 기업 중에서는 가람로직(Garam Logic)이 누적 40억 달러로 가장 많은 자금을 "
                        "확보했으며, 그 뒤를 솔바람랩스(Solbaram Labs)(25억 달러), 누리봇(Nuribot)(9억 달러)이 따랐다.\n")
    assert got[("Unnamed investors", "INVESTED_IN", "솔바람랩스")]["amount_usd"] == 2_500_000_000
    assert got[("Unnamed investors", "INVESTED_IN", "Nuribot")]["amount_usd"] == 900_000_000
    assert got[("Unnamed investors", "INVESTED_IN", "가람로직")]["amount_usd"] == 4_000_000_000


def test_no_placeholder_for_a_budget_a_government_secures(loader, tmp_path):
    got = relationships(loader, tmp_path, "정부는 올해 2조 원의 자금을 확보했다.\n")
    assert not any(s == "Unnamed investors" for s, _, _ in got)


def test_policies_a_government_lists_before_its_kind(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "한편 일본 정부는 해저 케이블 확충, 농촌 원격의료 등의 정책을 발표하며 지역 격차 해소에 나섰다.\n")
    assert ("Japanese government", "LAUNCHED", "농촌 원격의료") in got
    # an item naming an act ("확충") describes what a policy does; it names no programme
    assert ("Japanese government", "LAUNCHED", "해저 케이블 확충") not in got


def test_business_lines_a_firm_lists_are_no_policies(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "가람로직(Garam Logic)은 물류 예측, 창고 자동화 등의 사업을 추진하고 있다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_acqui_hire_of_people_and_technology(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "국내 반도체 기업 한빛전자(Hanbit Electronics)는 지난달 5억 달러를 들여 "
                        "음성 AI 스타트업 ‘솔바람랩스(Solbaram Labs)’의 핵심 인력과 기술 라이선스를 확보했다.\n")
    assert got[("한빛전자", "ACQUIRED", "솔바람랩스")]["amount_usd"] == 500_000_000


def test_hiring_people_alone_is_no_acquisition(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "한빛전자(Hanbit Electronics)는 솔바람랩스(Solbaram Labs)의 핵심 인력을 영입했다.\n")
    assert not any(t == "ACQUIRED" for _, t, _ in got)


def test_money_a_government_puts_into_described_purposes(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "캐나다 정부는 북극 기상 모델을 개선하기 위해 2억 달러를 투입하고, 위성 관측 등 기후 데이터 "
                        "구축에는 5억 달러를 투자하고 있다.\n")
    assert got[("Canadian government", "FUNDS", "북극 기상 모델을 개선")]["amount_usd"] == 200_000_000
    assert got[("Canadian government", "FUNDS", "위성 관측 등 기후 데이터")]["amount_usd"] == 500_000_000


def test_a_firms_own_spending_funds_no_programme(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "국내 반도체 기업 한빛전자(Hanbit Electronics)는 차세대 메모리 생산 설비 구축에 3억 달러를 투자했다.\n")
    assert not any(t == "FUNDS" for _, t, _ in got)


def test_named_pots_of_a_fund_belong_to_it(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "정부가 조성하는 ‘미래산업펀드’는 ‘소재혁신기금’(2조 원)에 더해 민간 자금(3조 원)을 포함한다.\n")
    assert ("소재혁신기금", "SUBSIDIARY_OF", "미래산업펀드") in got


def test_contents_of_a_plan_are_no_parts(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "‘디지털 전환 전략’은 ‘스마트 항만 사업’과 ‘농촌 원격의료 사업’을 포함한다.\n")
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in got)


def test_a_quoted_document_title_a_government_publishes(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "2024년 3월 캐나다 정부는 “Coastal Data Stewardship Guideline: Public Sector Edition(CDSG-2)”을 "
                        "발표하여 공공 데이터 활용 기준을 제시하였다.\n")
    launched = {o for s, t, o in got if s == "Canadian government" and t == "LAUNCHED"}
    assert launched == {"Coastal Data Stewardship Guideline: Public Sector Edition"}


def test_a_short_quoted_word_is_no_document(loader, tmp_path):
    got = relationships(loader, tmp_path, "캐나다 정부는 “Aurora”를 공개했다.\n")
    assert ("Canadian government", "LAUNCHED", "Aurora") not in got


def test_a_quoted_policy_term_said_to_come_from_a_country(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "‘녹색 항만’은 캐나다에서 2019년 연방 예산안을 통해 처음 제시된 개념으로, 이후 항만 투자가 늘었다.\n")
    assert ("Canadian government", "LAUNCHED", "녹색 항만") in got


def test_a_quoted_term_without_a_state_behind_it(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "‘녹색 항만’은 학계에서 처음 제시된 개념으로, 이후 널리 쓰였다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_english_policy_list_items_that_set_something_up(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "The Canadian government is implementing bold policies, including the establishment of regional "
                        "data trusts, expansion of broadband networks, and designation of coastal innovation zones.\n")
    launched = {o for s, t, o in got if s == "Canadian government" and t == "LAUNCHED"}
    assert launched == {"regional data trusts", "coastal innovation zones"}


def test_development_a_government_supports(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "캐나다 정부는 농업, 어업 등 1차 산업에 특화된 소형 언어모델(도메인 특화 모델) 개발도 지원하고 있다.\n")
    funded = [o for s, t, o in got if s == "Canadian government" and t == "FUNDS"]
    assert funded == ["소형 언어모델 개발"]


def test_a_firm_supporting_development_funds_no_programme(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "국내 반도체 기업 한빛전자(Hanbit Electronics)는 협력사의 차세대 전력 반도체 개발을 지원하고 있다.\n")
    assert not any(t == "FUNDS" for _, t, _ in got)
