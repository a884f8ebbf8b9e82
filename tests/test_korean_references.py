"""Korean references to an actor by what it is ("이 회사에", "이 반도체 기업은", "동 모펀드는",
a bare "펀드는"), each on invented sentences with invented actors.

A reference means the most recent actor its head noun fits: a company for 회사/기업, a fund
for 펀드, a fund of funds for 모펀드. Where nothing named before fits, it means no one.
"""

from __future__ import annotations

from tests.reading import facts


def test_this_company_as_an_object_is_not_the_sentences_own_topic(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 반도체 스타트업 물결반도체는 추론 칩을 만든다. 벤처캐피털 들녘캐피털은 "
                "지난해 이 회사에 50억원을 투자했다.\n")
    assert ("들녘캐피털", "INVESTED_IN", "물결반도체") in got
    assert ("들녘캐피털", "INVESTED_IN", "들녘캐피털") not in got


def test_a_descriptor_between_the_demonstrative_and_company(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 로봇 스타트업 가람로보틱스는 창고 로봇을 만든다. LG전자는 지난해 "
                "이 로봇 스타트업에 50억원을 투자했다.\n")
    assert ("LG Electronics", "INVESTED_IN", "가람로보틱스") in got


def test_a_field_before_company_means_companies_in_general(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 로봇 스타트업 가람로보틱스는 창고 로봇을 만든다. LG전자는 이 분야 "
                "기업에 50억원을 투자했다.\n")
    assert ("LG Electronics", "INVESTED_IN", "가람로보틱스") not in got


def test_the_said_fund_of_funds_after_it_is_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "가상국 재무부는 지난해 '미래기술 모펀드'를 출범시켰고, 이 모펀드는 "
                "AI 스타트업 물결반도체와 새솔에이아이 두 곳 모두에 출자했다.\n")
    assert {("미래기술 모펀드", "INVESTED_IN", "물결반도체"), ("미래기술 모펀드", "INVESTED_IN", "새솔에이아이")} <= got
    assert ("물결반도체", "INVESTED_IN", "미래기술 모펀드") not in got


def test_a_bare_fund_is_the_new_fund_not_its_fund_of_funds_backer(loader, tmp_path):
    got = facts(loader, tmp_path, "들녘캐피털은 300억원 규모의 '남도 AI 혁신펀드'를 결성했다고 밝혔다. "
                "모태펀드가 120억원을 출자했다. 펀드는 첫 투자처로 AI 신약 스타트업 물결바이오를 택하고 "
                "20억원을 투자했다.\n")
    assert ("남도 AI 혁신펀드", "INVESTED_IN", "물결바이오") in got


def test_this_fund_after_only_a_plan_means_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "가상국 정부는 'AI 인재 양성 계획'을 발표했다. 이 펀드는 AI 신약 스타트업 "
                "물결바이오에 20억원을 투자했다.\n")
    assert not any(o == "물결바이오" and r == "INVESTED_IN" for s, r, o in got)


def test_companies_selected_after_a_fund_are_no_members_of_the_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "들녘캐피털은 300억원 규모의 '남도 AI 혁신펀드'를 결성했다고 밝혔다. 펀드는 첫 "
                "투자처로 AI 신약 스타트업 물결바이오를 택하고 20억원을 투자했다.\n\n입주기업 2곳도 이날 발표됐다. "
                "선정 기업은 ▲가람로보틱스(물류 로봇) ▲새솔에이아이(의료 AI)다.\n")
    assert ("남도 AI 혁신펀드", "INVESTED_IN", "물결바이오") in got
    assert not any(r == "PARTICIPATES_IN" and o == "남도 AI 혁신펀드" for s, r, o in got)


LAUNCH = "과학기술정보통신부와 일본 경제산업성은 2026년 4월 '한·일 양자 공동연구 이니셔티브'를 공동으로 출범하였다. "


def test_both_countries_are_the_two_governments_that_launched_it(loader, tmp_path):
    got = facts(loader, tmp_path, LAUNCH + "양국은 2028년까지 각각 600억 원과 65억 엔을 분담한다.\n")
    assert {("Ministry of Science and ICT", "FUNDS", "한·일 양자 공동연구 이니셔티브"),
            ("Ministry of Economy, Trade and Industry", "FUNDS", "한·일 양자 공동연구 이니셔티브")} <= got


def test_both_countries_after_two_companies_means_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 가람로보틱스와 물결반도체는 지난달 공급 계약을 맺었다. "
                "양국은 2028년까지 각각 600억 원과 65억 엔을 분담한다.\n")
    assert not any(r == "FUNDS" for s, r, o in got)


def test_both_companies_after_two_ministries_means_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, LAUNCH + "양사는 공동 연구를 진행한다.\n")
    assert not any(r == "PARTNERS_WITH" for s, r, o in got)


def test_a_government_paying_a_named_company_does_not_pay_into_the_plan(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부는 'AI 인재 양성 계획'을 발표했다. 과학기술정보통신부는 "
                "AI 스타트업 물결바이오에 20억원을 출연한다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "AI 인재 양성 계획") not in got


def test_a_reports_clause_ending_on_the_bare_noun_of_paying_in(loader, tmp_path):
    got = facts(loader, tmp_path, LAUNCH + "양국이 각각 50억원을 3년간 출연, 공동연구 과제 8개 내외를 지원한다.\n")
    assert {("Ministry of Science and ICT", "FUNDS", "한·일 양자 공동연구 이니셔티브"),
            ("Ministry of Economy, Trade and Industry", "FUNDS", "한·일 양자 공동연구 이니셔티브")} <= got


def test_a_demonstrative_with_a_clause_before_company_is_no_reference(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 로봇 스타트업 가람로보틱스는 창고 로봇을 만든다. LG전자는 이 과정에서 "
                "기업에 50억원을 투자했다.\n")
    assert ("LG Electronics", "INVESTED_IN", "가람로보틱스") not in got


def test_the_joint_venture_called_by_what_it_is(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 인프라 기업 가람클라우드는 투자사 들녘파트너스와 손잡고 데이터센터 합작법인 "
                "'가람아시아'를 설립했다. 양사는 합작법인에 총 1억 달러를 투입할 예정이다.\n")
    assert {("가람클라우드", "INVESTED_IN", "가람아시아"), ("들녘파트너스", "INVESTED_IN", "가람아시아")} <= got


def test_a_bank_in_general_is_no_bank_named_before(loader, tmp_path):
    got = facts(loader, tmp_path, "BNK경남은행은 AI 펀드를 조성한다. AI 스타트업 가람로보틱스는 은행에 대출을 "
                "신청했다.\n")
    assert not any(o == "BNK경남은행" and s == "가람로보틱스" for s, r, o in got)
