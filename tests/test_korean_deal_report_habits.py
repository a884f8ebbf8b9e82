"""Korean deal-report habits, each on an invented sentence (not from any document).

Industry reports and dailies tell a group's deals in a few set phrases: a bought company moved
under the buyer's local 법인 ("A는 인수 후 B 독일 법인 산하로 편입됐다"), backers joining a fund
as its LPs ("A와 B가 전략적 출자자(LP)로 참여했다"), the investor named before the act noun of a
time phrase ("B는 A 투자 이후"), the technology a startup works on glossed before its kind
("미국 XYZ(...) 메모리 스타트업 B"), the shares of a round told right after it ("C가 120억원을
보탰다"), and a heading's name that the sentence makes a giver, not the round's owner.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_bought_company_moved_under_the_buyers_local_unit_is_its_subsidiary(loader, tmp_path):
    got = facts(loader, tmp_path, "누리전자는 프랑스 리옹의 라이다 스타트업 루미카를 인수했다. "
                "루미카는 인수 후 누리전자 프랑스 법인 산하로 편입됐다.\n")
    assert ("루미카", "SUBSIDIARY_OF", "누리전자") in got
    assert not any("산하" in (subject, obj) for subject, _, obj in got)


def test_companies_joining_a_fund_as_its_lps_invest_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 '미래소재 성장펀드'를 결성했다. 미래소재 성장펀드에는 "
                "누리전자와 가람전자가 각각 200억원씩 전략적 출자자(LP)로 참여했다.\n")
    assert ("누리전자", "INVESTED_IN", "미래소재 성장펀드") in got
    assert ("가람전자", "INVESTED_IN", "미래소재 성장펀드") in got
    assert ("누리전자", "PARTICIPATES_IN", "미래소재 성장펀드") not in got


def test_the_name_before_the_act_noun_of_a_time_phrase_is_the_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "보람에이아이는 한솔벤처스 투자 이후 들녘정보와 공동 판매 계약을 체결했다.\n")
    assert ("한솔벤처스", "INVESTED_IN", "보람에이아이") in got
    assert ("보람에이아이", "INVESTED_IN", "한솔벤처스") not in got


def test_a_glossed_technology_before_a_startup_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "한결반도체는 미국 QPU(Quantum Processing Unit) 제어 칩 스타트업 "
                "큐비언의 시리즈A에 2,000만달러를 투자했다.\n", locations=True)
    assert ("한결반도체", "INVESTED_IN", "큐비언") in got
    assert ("큐비언", "BASED_IN", "United States") in got
    assert not any(subject in ("QPU", "Quantum Processing Unit") for subject, _, _ in got)


def test_a_field_of_chips_before_a_descriptor_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "한결전자는 국내 전력반도체 업체 누리파워에 100억원을 투자했다.\n", locations=True)
    assert ("한결전자", "INVESTED_IN", "누리파워") in got
    assert ("누리파워", "BASED_IN", "South Korea") in got


def test_a_topic_investing_and_joining_as_strategic_investor_is_not_its_group(loader, tmp_path):
    got = facts(loader, tmp_path, "가람그룹은 반도체 투자에 적극적이다. 가람전자는 캐나다 광학 스타트업 "
                "루멘의 시리즈B에 3,000만달러를 투자하며 전략적 투자자(SI)로 이름을 올렸다.\n")
    assert ("가람전자", "INVESTED_IN", "루멘") in got
    assert ("가람그룹", "INVESTED_IN", "루멘") not in got


def test_shares_told_right_after_a_round_go_into_that_round(loader, tmp_path):
    got = facts(loader, tmp_path, "정부는 '소재 혁신 펀드'를 조성했다. 소재 혁신 펀드는 첫 투자처를 정했다. "
                "센서 스타트업 누리센스는 시리즈B에서 300억원을 유치했다. 한솔벤처스가 200억원을 집행했고 "
                "들녘인베스트먼트가 100억원을 보탰다.\n")
    assert ("한솔벤처스", "INVESTED_IN", "누리센스") in got
    assert ("들녘인베스트먼트", "INVESTED_IN", "누리센스") in got
    assert ("들녘인베스트먼트", "INVESTED_IN", "소재 혁신 펀드") not in got


def test_a_heading_name_the_sentence_makes_a_giver_raised_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "◆보람칩에 200억…한결전자도 동참\n\n"
                "가람파트너스가 주도한 300억원 규모 시리즈B에 한결전자와 들녘벤처스가 나머지를 나눠 채웠다.\n")
    assert ("가람파트너스", "INVESTED_IN", "한결전자") not in got


def test_an_investor_gone_through_is_the_vehicle_not_the_target(loader, tmp_path):
    got = facts(loader, tmp_path, "한결전자는 기업형 벤처캐피털 한결벤처스를 통해 국내 스타트업 5곳에 30억원을 투자했다.\n")
    assert ("한결전자", "INVESTED_IN", "한결벤처스") not in got


def test_a_fostering_unit_gone_through_is_neither_a_name_nor_a_target(loader, tmp_path):
    got = facts(loader, tmp_path, "누리전자는 스타트업 양성 조직 누리랩스를 통해 스타트업 5곳에 투자했다.\n")
    assert not any("양성" in (subject, obj) for subject, _, obj in got)
    assert ("누리전자", "INVESTED_IN", "누리랩스") not in got  # the unit gone through is no target
