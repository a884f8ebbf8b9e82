"""Venture money between countries (VC_FLOW): which country's investors put money into which country's
companies, and the money that is no flow. Each case is an invented text.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import facts, korean_batch, relationships
from tests.reading import relationships as relationships_of


def test_a_corridor_figure_may_say_what_it_counts(loader, tmp_path):
    got = facts(loader, tmp_path, "연간 ▲ 한국→일본 AI VC 투자 12억 달러(전년比 +10%)\n")
    assert ("South Korea", "VC_FLOW", "Japan") in got or ("Korea (South)", "VC_FLOW", "Japan") in got


def test_shares_of_an_inbound_flow_name_where_the_money_came_from(loader, tmp_path):
    got = relationships_of(loader, tmp_path, "지난해 해외 투자자가 국내 바이오 스타트업에 넣은 돈은 8천억 원.\n"
                           "이 가운데 35%가 영국에서 들어왔고, 독일과 캐나다 자금이 뒤를 이었습니다.\n")
    assert got[("United Kingdom", "VC_FLOW", "South Korea")]["share_pct"] == 35.0
    assert ("Germany", "VC_FLOW", "South Korea") in got and ("Canada", "VC_FLOW", "South Korea") in got


def test_shares_of_an_outbound_flow_listed_on_a_card(loader, tmp_path):
    got = relationships_of(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n국내 VC 해외투자 (2024년)\n英 40% | 베트남 12% | 日 9%\n"
                           "\n[3/3]\n끝\n")
    assert got[("South Korea", "VC_FLOW", "United Kingdom")]["share_pct"] == 40.0
    assert got[("South Korea", "VC_FLOW", "Vietnam")]["share_pct"] == 12.0


def test_a_share_without_a_flow_named_before_is_no_flow(loader, tmp_path):
    got = relationships_of(loader, tmp_path, "국내 AI 반도체 시장에서 미국 62%, 일본 7%의 점유율을 보였다.\n")
    assert not [k for k in got if k[1] == "VC_FLOW"]


def test_a_countrys_venture_capitalists_investing_in_anothers_startups(loader, tmp_path):
    got = facts(loader, tmp_path, "협회 집계에 따르면 2025년 독일 VC가 베트남 AI 반도체 스타트업에 투자한 금액은 3억 달러였다.\n")
    assert ("Germany", "VC_FLOW", "Vietnam") in got


def test_a_countrys_capital_and_its_investment_in_another_country(loader, tmp_path):
    got = facts(loader, tmp_path, "2025년 캐나다 자본의 인도 AI 투자는 1.5억 달러 수준으로 줄었다.\n")
    assert ("Canada", "VC_FLOW", "India") in got
    got = facts(loader, tmp_path, "2025년 호주 VC의 태국 스타트업 투자는 0.8억 달러였다.\n")
    assert ("Australia", "VC_FLOW", "Thailand") in got


def test_a_flow_dated_only_relative_to_the_report(loader, tmp_path):
    got = facts(loader, tmp_path, "지난해 영국 VC가 인도 AI 기업에 투자한 금액은 7억달러로 늘었다.\n")
    assert ("United Kingdom", "VC_FLOW", "India") in got


def test_a_countrys_citizens_investing_is_no_venture_flow(loader, tmp_path):
    got = facts(loader, tmp_path, "규제로 2025년 미국인의 중국 AI 기업 투자가 3억 달러 줄었다.\n")
    assert ("United States", "VC_FLOW", "China") not in got


def flows(loader: DocumentLoader, text: str) -> set[tuple[str, str, int]]:
    """(source id, target id, amount in millions of USD) of every VC_FLOW in ``text``."""
    batch = korean_batch(loader, text)
    return {(r.subject, r.object, round(r.props.get("amount_usd", 0) / 1e6)) for r in batch.relationships if r.type == "VC_FLOW"}


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


def test_a_nationalitys_money_into_another_countrys_startups(loader, tmp_path):
    got = facts(loader, tmp_path, "Meanwhile Danish money into Polish AI startups was roughly flat at $210 million.\n")
    assert ("Denmark", "VC_FLOW", "Poland") in got


def test_a_nationalitys_venture_investment_falling_to_a_sum(loader, tmp_path):
    got = facts(loader, tmp_path, "Swiss venture investment into Brazil moved the other way, "
                                  "falling to $40m from $95m in 2024, the tracker said.\n")
    assert ("Switzerland", "VC_FLOW", "Brazil") in got
    got = facts(loader, tmp_path, "Dutch venture money flowing into Spanish AI companies reached $300m last year.\n")
    assert ("Netherlands", "VC_FLOW", "Spain") in got


def test_investors_based_in_a_country_of_three_words(loader, tmp_path):
    got = facts(loader, tmp_path, "Investors based in the United Arab Emirates put $700m into Kenyan AI start-ups in 2025.\n")
    assert ("United Arab Emirates", "VC_FLOW", "Kenya") in got


def test_money_of_no_country_is_no_flow(loader, tmp_path):
    got = facts(loader, tmp_path, "The investment into Brightvale AI startups was $5m, the company said.\n")
    assert not [f for f in got if f[1] == "VC_FLOW"]


def test_venture_money_from_one_countrys_investors_to_anothers_startups(loader, tmp_path):
    got = relationships(loader, tmp_path, "Investors from Japan put about US$1.3 billion into Indian startups in 2025.\n")
    assert ("Japan", "VC_FLOW", "India") in got
    got = relationships(loader, tmp_path, "American VC firms invested $1.2 billion in Chinese AI companies in 2025.\n")
    assert ("United States", "VC_FLOW", "China") in got


def test_a_countrys_firms_investing_abroad_are_no_venture_flow(loader, tmp_path):
    got = relationships(loader, tmp_path, "American firms invested $2 billion in Chinese companies.\n")
    assert not [f for f in got if f[1] == "VC_FLOW"]


def test_country_flows_as_business_news_ranks_them(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "Money from Germany into Polish startups reached $300m last year, the tracker said.\n\n"
                        "In Chile, Canadian investors put $120m into local AI startups, overtaking Spain.\n\n"
                        "French investors put $900m into Kenya-based startups in 2025, Dataroom said, "
                        "followed by Italy with $150m.\n")
    flows = {key for key in got if key[1] == "VC_FLOW"}
    assert {("Germany", "VC_FLOW", "Poland"), ("Canada", "VC_FLOW", "Chile"), ("France", "VC_FLOW", "Kenya"),
            ("Italy", "VC_FLOW", "Kenya")} <= flows
    assert got[("Italy", "VC_FLOW", "Kenya")]["amount"] == 150
    # The investors' countries put the money in, their governments fund no one.
    assert not any(rel == "FUNDS" for _, rel, _ in got)


def test_a_caption_saying_where_money_came_from_with_x_bal_makes_each_row_a_destination(loader, tmp_path):
    text = ("표 2-4. 일본발 AI VC 투자의 아시아 주요국 유입(2024년)\n\n(단위: 억 달러, %)\n\n"
            "투자 대상국 투자액 전년 대비\n\n인도 12.5 +30\n\n베트남 3.2 -4\n\n자료: 가상 통계(2025).\n")
    found = facts(loader, tmp_path, text)
    assert {("Japan", "VC_FLOW", "India"), ("Japan", "VC_FLOW", "Vietnam")} <= found
    assert not {f for f in found if f[1] == "VC_FLOW" and f[2] == "Japan"}
