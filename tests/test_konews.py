"""Korean news habits of local and industry news, each on an invented sentence.

News lists the companies a programme selected one "▲" a name with a gloss of what each does
("선정 기업은 ▲A(물류 AI) ▲B(스마트팜)다"), the signatories of an agreement made for a project,
and the shares of a new fund one amount a backer ("A와 B가 각각 100억원, 50억원을 보탰다").
"""

from __future__ import annotations

from tests.reading import facts, relationships

PROGRAMME = "가람시는 '가람 AI 창업캠퍼스' 사업을 올해 처음 시행한다. 1기 입주기업 3곳도 이날 발표됐다. "


def test_marked_list_of_selected_companies_takes_part_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME + "선정 기업은 ▲노을랩스(AI 물류 최적화) ▲바람데이터(스마트팜 데이터) "
                "▲솔빛로보(협동 로봇)다.\n")
    assert {(name, "PARTICIPATES_IN", "가람 AI 창업캠퍼스") for name in ("노을랩스", "바람데이터", "솔빛로보")} <= got


def test_marked_list_of_a_schedule_is_no_membership(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME + "주요 일정은 ▲노을홀(개막식) ▲바람관(세미나)이다.\n")
    assert not {f for f in got if f[1] == "PARTICIPATES_IN" and f[0] in ("노을홀", "바람관")}


SIGNING = "가람시는 5일 시청에서 노을전자, 바람대학교, 솔빛테크노파크(이하 솔빛TP) 등 8개 기업·기관과 '가람 로봇 융합 클러스터' "


def test_signatories_of_an_agreement_for_a_project_take_part_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, SIGNING + "조성을 위한 업무협약을 체결했다.\n")
    assert {(name, "PARTICIPATES_IN", "가람 로봇 융합 클러스터") for name in ("노을전자", "바람대학교", "솔빛테크노파크")} <= got


def test_budget_for_a_project_signs_no_one_up(loader, tmp_path):
    got = facts(loader, tmp_path, SIGNING + "조성을 위한 예산을 확보했다.\n")
    assert not {f for f in got if f[1] == "PARTICIPATES_IN"}


FUND = "서울시는 이날 300억원 규모의 '서울 AI 혁신펀드' 결성식을 열었다. "
SEOUL, HANA, NEW_FUND = "Seoul Metropolitan Government", "Hana Bank", "서울 AI 혁신펀드"


def test_respective_amounts_go_one_to_each_backer_in_order(loader, tmp_path):
    # A city's share is public money (FUNDS); a commercial bank's is a limited partner's stake (INVESTED_IN).
    got = relationships(loader, tmp_path, FUND + "서울시와 하나은행이 각각 100억원, 50억원을 보탰다.\n")
    assert got[(SEOUL, "FUNDS", NEW_FUND)]["amount"] == 100
    assert got[(HANA, "INVESTED_IN", NEW_FUND)]["amount"] == 50


def test_one_amount_of_two_backers_without_each_is_no_ones_share(loader, tmp_path):
    got = relationships(loader, tmp_path, FUND + "서울시와 하나은행이 150억원을 보탰다.\n")
    assert "amount" not in got[(HANA, "INVESTED_IN", NEW_FUND)]


def test_founders_named_in_a_relative_clause_founded_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, "2020년 노을전자 출신 김가람 대표와 바람대학교 이솔빛 교수가 공동 창업한 다온랩스는 "
                "물류 로봇을 만든다.\n")
    assert {("김가람", "FOUNDED", "다온랩스"), ("이솔빛", "FOUNDED", "다온랩스")} <= got


def test_joint_developers_in_a_relative_clause_found_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "김가람 대표와 이솔빛 교수가 공동 개발한 다온엔진은 물류 로봇에 쓰인다.\n")
    assert not {f for f in got if f[1] == "FOUNDED"}
