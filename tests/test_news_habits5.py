"""News habits of both languages, each on an invented sentence (not from any document).

English: a deal named as a noun belongs to the possessive before it ("A's £90m acquisition of
B"), whatever the clause's subject; "bought into" buys shares, not the company; "part of B's
stake" is a share of what B holds, no tie to B. Korean: the subject of a verb that qualifies a
noun ("A가 주도한 시리즈A") is no subject the next clause leaves unstated; what partners build on
("X를 토대로") is not what they make; a person named once with company and post ("홍길동 누리AI
대표") is then "홍 대표".
"""

from __future__ import annotations

from tests.reading import facts


def test_a_deal_named_as_a_noun_belongs_to_its_possessive(loader, tmp_path):
    got = facts(loader, tmp_path, "The regulator cleared Orlin Systems' £90m acquisition of Pellucid Labs, "
                "a Leeds-based developer of compilers, on Tuesday.\n")
    assert ("Orlin Systems", "ACQUIRED", "Pellucid Labs") in got


def test_part_of_a_holders_stake_is_no_ownership(loader, tmp_path):
    got = facts(loader, tmp_path, "Analysts said Quarry Ventures and Brightmoor Capital were likely to take "
                "part of Tallis Holdings' stake.\n")
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in got)


def test_bought_into_is_an_investment_not_a_takeover(loader, tmp_path):
    got = facts(loader, tmp_path, "Grayfield Capital bought into Tessera Robotics in 2023.\n")
    assert ("Grayfield Capital", "INVESTED_IN", "Tessera Robotics") in got
    assert ("Grayfield Capital", "ACQUIRED", "Tessera Robotics") not in got


def test_a_relative_clauses_subject_is_not_the_next_unstated_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 AI 스타트업 가람로직은 2020년 설립됐다. 2023년 한결벤처스가 주도한 "
                "시리즈A에서 90억원을 유치했다. 올해 초 싱가포르에 현지 법인 가람로직싱가포르를 세웠다.\n")
    assert ("가람로직", "FOUNDED", "가람로직싱가포르") in got
    assert ("한결벤처스", "FOUNDED", "가람로직싱가포르") not in got


def test_what_partners_build_on_is_not_what_they_make(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 가람로직은 통신사 한빛텔레콤(Hanbit Telecom)과 물류 특화 모델 개발을 위한 업무협약을 맺었다. 양사는 "
                "가람로직의 경량 모델 '가람-3'를 토대로 배차 분석에 쓰이는 '한빛-가람' 모델을 공동 개발하고 있다.\n")
    assert ("Hanbit Telecom", "DEVELOPS", "가람-3") not in got
    assert ("Hanbit Telecom", "DEVELOPS", "한빛-가람") in got


def test_a_person_named_with_company_and_post_is_then_called_by_surname(loader, tmp_path):
    got = facts(loader, tmp_path, "홍길동 가람AI 대표는 \"물류 현장을 바꾸겠다\"고 말했다.\n\n"
                "가람AI는 KAIST 박사 출신인 홍 대표가 2021년 창업했다.\n")
    assert ("홍길동", "FOUNDED", "가람AI") in got


PROGRAMME_LEAD = ("과학기술정보통신부는 'AI 물류 선도 사업(이하 물류AI)'의 수행 컨소시엄 2곳을 선정했다고 발표했다. "
                  "과기정통부가 물류AI를 기획한 배경에는 위기감이 있다.\n\n")


def test_a_short_name_glossed_inside_a_quoted_title_names_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME_LEAD)
    assert ("Ministry of Science and ICT", "LAUNCHED", "AI 물류 선도 사업") in got


def test_an_unnumbered_news_table_of_a_programmes_consortia(loader, tmp_path):
    table = ("<표> 물류AI 선정 컨소시엄 현황\n컨소시엄\n주관기관\n주요 참여기관\n정부 지원(3년)\n"
             "1\n가람로직AI\n한결대, 누리랩스X, 들녘물산\n300억원\n"
             "2\n새솔AI\n모래톱대, 바람랩스Y, 푸른유통\n200억원\n자료: 과학기술정보통신부\n")
    got = facts(loader, tmp_path, PROGRAMME_LEAD + table)
    assert {(name, "PARTICIPATES_IN", "AI 물류 선도 사업") for name in ("가람로직AI", "누리랩스X", "새솔AI", "바람랩스Y")} <= got
    assert ("Ministry of Science and ICT", "FUNDS", "가람로직AI") in got


def test_a_company_named_as_the_answer_of_a_copula_is_then_this_company(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 스타트업 가람로직AI·누리랩스, 물류 컨소시엄 선정\n\n물류 AI 스타트업 누리랩스는 배차 모델을 만든다.\n\n"
                "다크호스로 꼽히는 곳은 가람로직AI다. 홍길동 대표가 2022년 창업한 이 회사는 지난해 한결벤처스로부터 "
                "시리즈A 100억원을 유치했다.\n")
    assert ("한결벤처스", "INVESTED_IN", "가람로직AI") in got
    assert ("한결벤처스", "INVESTED_IN", "누리랩스") not in got


def test_managers_selected_for_the_fund_the_sentence_names(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME_LEAD + "과기정통부는 300억원 규모의 '물류 AI 전문 펀드'를 새로 조성하고, "
                "운용사로 한결인베스트먼트와 누리파트너스 2곳을 선정했다.\n")
    assert ("한결인베스트먼트", "PARTICIPATES_IN", "물류 AI 전문 펀드") in got
    assert ("한결인베스트먼트", "PARTICIPATES_IN", "AI 물류 선도 사업") not in got


def test_companies_listed_after_its_portfolio_companies(loader, tmp_path):
    got = facts(loader, tmp_path, "The regulator added Varnell Capital Group and two of its portfolio companies, the Lyon-based "
                "chip designer Ostrava Microsystems and the Turin server maker Quillon Computing, to its watch list.\n")
    assert ("Varnell Capital Group", "INVESTED_IN", "Ostrava Microsystems") in got
    assert ("Varnell Capital Group", "INVESTED_IN", "Quillon Computing") in got


def test_each_founder_named_with_a_post(loader, tmp_path):
    got = facts(loader, tmp_path, "CEO Marta Ilves and CTO Jonas Perrin started Corvel Robotics in 2022 after years at a lab.\n")
    assert {("Marta Ilves", "FOUNDED", "Corvel Robotics"), ("Jonas Perrin", "FOUNDED", "Corvel Robotics")} <= got


def test_capitalised_words_before_plural_startups_name_no_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Nordic AI startups raised about $4 billion last year, with Sweden ahead of Finland.\n")
    assert not any(s == "Nordic AI" or o == "Nordic AI" for s, _, o in got)


def test_the_company_founded_is_no_university_named_before(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvel Robotics makes warehouse robots.\n\n\"The University of Tallinn taught us a lot,\" "
                "said Marta Ilves, who co-founded the company in 2022.\n")
    assert ("Marta Ilves", "FOUNDED", "University of Tallinn") not in got


def test_a_country_and_kind_of_firm_before_a_name_place_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The regulator cleared US chipmaker Vantor's purchase of Pellucid Labs.\n", locations=True)
    assert ("Vantor", "BASED_IN", "United States") in got


def test_a_list_of_investors_goes_on_after_an_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvel Robotics has raised a $40 million Series B led by Quarry Ventures.\n\n"
                "Halden Capital, Torvik Group's venture arm, and the Danish fund Ostmark Partners joined the round.\n")
    assert {("Halden Capital", "INVESTED_IN", "Corvel Robotics"), ("Ostmark Partners", "INVESTED_IN", "Corvel Robotics")} <= got


def test_a_country_and_kind_between_two_listed_investors(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 AI 스타트업 가람로직이 200억원 규모의 시리즈B 투자를 유치했다.\n\n"
                "기존 투자자인 한결벤처스가 후속 투자에 나섰고, 누리벤처스와 미국 벤처캐피털(VC) 바람파트너스가 새로 합류했다.\n",
                locations=True)
    assert {("누리벤처스", "INVESTED_IN", "가람로직"), ("바람파트너스", "INVESTED_IN", "가람로직"),
            ("바람파트너스", "BASED_IN", "United States")} <= got
