"""News habits of deal analyses, policy stories, ministry announcements and startup profiles,
each on an invented text.

A table whose first column is headed "Acquirer", an acronym compound before a noun, a person's
employer before the post, a loan, a relative after a place; and in Korean the joiners of a team,
a field set up as the topic, a partner marked 과는, the lead of a startup story introduced by
what it does, and 양사 after a sentence naming only the partner.
"""

from __future__ import annotations

from tests.reading import facts

_DEAL_TABLE = ("Quarterly M&A review\n\nThe buyers kept coming this quarter.\n\n"
               "Recent deals\nAcquirer | Target (HQ) | Value | Status\n"
               "Ostrava Systems | Brindlewood AI (Lisbon) | ~$300m | Closed\n"
               "Pellmark | Corvane Labs (Oslo) | undisclosed | Agreed\n\nSources: filings.\n")


def test_a_column_of_acquirers_makes_each_row_a_takeover(loader, tmp_path):
    got = facts(loader, tmp_path, _DEAL_TABLE)
    assert ("Ostrava Systems", "ACQUIRED", "Brindlewood AI") in got
    assert ("Pellmark", "ACQUIRED", "Corvane Labs") in got
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_an_acronym_compound_before_a_noun_is_no_product(loader, tmp_path):
    text = "Tarrow Labs, a Lyon developer of HR-automation agents, raised $20 million from Keswick Ventures.\n"
    got = facts(loader, tmp_path, text)
    assert ("Keswick Ventures", "INVESTED_IN", "Tarrow Labs") in got
    assert not [f for f in got if f[1] == "DEVELOPS"]


def test_the_firm_before_a_founders_post_gave_no_money(loader, tmp_path):
    text = ("Velmora AI, a Lyon startup, raised its seed round from Fennick Partners and "
            "Quarrytide co-founder Anselm Brodeur, who invested personally.\n")
    got = facts(loader, tmp_path, text)
    assert ("Fennick Partners", "INVESTED_IN", "Velmora AI") in got
    assert ("Quarrytide", "INVESTED_IN", "Velmora AI") not in got


def test_a_loan_from_a_bank_is_funding_not_a_stake(loader, tmp_path):
    text = "Halvard Compute, a Danish data-centre operator, has secured a €90 million loan from the Nordic Investment Bank.\n"
    got = facts(loader, tmp_path, text)
    assert ("Nordic Investment Bank", "FUNDS", "Halvard Compute") in got
    assert ("Nordic Investment Bank", "INVESTED_IN", "Halvard Compute") not in got


def test_a_relative_after_a_place_glosses_no_place(loader, tmp_path):
    text = ("Startups in the scheme get time on the ORCA Cluster at the Brenner Computing Centre, "
            "which is co-funded by the Alpine Compute Alliance.\n")
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if f[2] == "Brenner Computing Centre"]


def test_the_joiners_of_a_team_do_not_develop_its_model(loader, tmp_path):
    text = ("누리브레인 컨소시엄은 스타트업이 이끄는 팀이다. 한솔정밀과 가온은행, 미래대학교가 참여하며, "
            "물류 특화 모델 'Nuri-Log 30B'를 개발한다.\n")
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if f[1] == "DEVELOPS" and f[0] in ("한솔정밀", "가온은행", "미래대학교")]


_PROFILE = ("물류 AI '라온로직', 120억 원 시리즈A 유치\n\n"
            "창고 자동화 에이전트를 개발하는 라온로직(Raonlogic, 대표 하도윤)이 120억 원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다.\n\n"
            "2023년 설립된 라온로직은 이듬해 시드 투자를 유치했다.\n\n"
            "◇ 대형 물류사와 협업\n\n"
            "중견 물류업체 한결운송과는 20억 원 규모의 공급 계약을 체결했다. "
            "클라우드 인프라는 네이버클라우드와 손잡았다. 양사는 지난 5월 전략적 파트너십을 체결했다.\n")


def test_a_news_lead_introduces_the_story_company_by_what_it_does(loader, tmp_path):
    got = facts(loader, tmp_path, _PROFILE)
    # after the subheading, sentences without a subject are still the company's
    assert ("라온로직", "PARTNERS_WITH", "한결운송") in got or ("한결운송", "PARTNERS_WITH", "라온로직") in got


def test_a_field_set_up_as_the_topic_leaves_the_company_as_the_agent(loader, tmp_path):
    got = facts(loader, tmp_path, _PROFILE)
    assert ("Naver Cloud", "PARTNERS_WITH", "라온로직") in got or ("라온로직", "PARTNERS_WITH", "Naver Cloud") in got


def test_both_companies_after_a_partner_only_sentence_are_the_topic_and_the_partner(loader, tmp_path):
    got = facts(loader, tmp_path, _PROFILE)
    assert not [f for f in got if f[1] == "PARTNERS_WITH" and {f[0], f[2]} == {"한결운송", "Naver Cloud"}]


def test_a_partner_marked_gwa_neun_is_named_without_its_particle(loader, tmp_path):
    got = facts(loader, tmp_path, _PROFILE)
    names = {n for f in got for n in (f[0], f[2])}
    assert "한결운송" in names and "한결운송과" not in names


def test_a_consortium_as_the_topic_stands_for_its_lead(loader, tmp_path):
    text = ("과기정통부는 'AI 물류 고도화 사업'의 수행 컨소시엄 2곳을 선정했다.\n\n"
            "LG CNS 컨소시엄은 대기업이 주관하는 유일한 팀이다. 한솔정밀과 가온은행이 참여하며, "
            "물류 특화 모델 'Nuri-Log 30B'를 개발한다.\n")
    got = facts(loader, tmp_path, text)
    assert ("LG CNS", "DEVELOPS", "Nuri-Log 30B") in got
    assert ("가온은행", "DEVELOPS", "Nuri-Log 30B") not in got


def test_a_venture_fund_after_a_possessive_and_the_companys_arm_are_units(loader, tmp_path):
    text = ("Corvane agreed to buy Tillwater, a Leeds startup. Corvane Ventures, the company's corporate venture arm, "
            "had backed Tillwater since 2023. Tillwater also raised money from Q7 Capital, Pellmark's venture fund.\n")
    got = facts(loader, tmp_path, text)
    assert ("Corvane Ventures", "SUBSIDIARY_OF", "Corvane") in got
    assert ("Q7 Capital", "SUBSIDIARY_OF", "Pellmark") in got


def test_a_regulators_compulsory_orders_regulate_the_companies(loader, tmp_path):
    text = ("The Federal Trade Commission last month sent orders to Pellmark and Corvane demanding information "
            "on their cloud deals.\n")
    got = facts(loader, tmp_path, text)
    assert ("Federal Trade Commission", "REGULATES", "Pellmark") in got
    assert ("Federal Trade Commission", "REGULATES", "Corvane") in got
