"""Korean programmes run jointly by the subjects of a relative clause (helper tune35).

"A와 B가 주관하는 'P'에 수행기관으로 참여해": A and B run P (they launched it); they do not take part
in it, nor pay it; the clause's act is the dropped subject's, the company the passage is about.
Each test uses invented sentences about invented companies (gazetteer ministries where a state is
needed) and checks the habit through the whole loader.
"""

from __future__ import annotations

from tests.reading import english_facts, korean_facts

_JOINTLY_RUN = ("AI 스타트업 모래솔랩이 신규 투자를 유치했다고 밝혔다.\n\n"
                "지난해에는 과학기술정보통신부와 정보통신산업진흥원(NIPA)이 주관하는 '엣지 AI 현장 실증사업'에 "
                "수행기관으로 참여했다.\n")


def test_both_ministries_of_a_running_relative_clause_launched_the_programme(loader):
    got = korean_facts(loader, _JOINTLY_RUN)
    assert ("Ministry of Science and ICT", "LAUNCHED", "엣지 AI 현장 실증사업") in got
    assert ("National IT Industry Promotion Agency", "LAUNCHED", "엣지 AI 현장 실증사업") in got


def test_the_subjects_of_a_running_relative_clause_do_not_take_part(loader):
    got = korean_facts(loader, _JOINTLY_RUN)
    assert ("Ministry of Science and ICT", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") not in got
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") not in got


def test_the_dropped_subject_takes_part_in_a_programme_others_run(loader):
    assert ("모래솔랩", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") in korean_facts(loader, _JOINTLY_RUN)


def test_a_ministry_hosting_in_a_relative_clause_is_the_programmes_owner(loader):
    text = "하늘결랩은 중소벤처기업부가 시행하는 '딥테크 챌린지 사업'에 참여한다.\n"
    got = korean_facts(loader, text)
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "딥테크 챌린지 사업") in got
    assert ("하늘결랩", "PARTICIPATES_IN", "딥테크 챌린지 사업") in got
    assert ("Ministry of SMEs and Startups", "PARTICIPATES_IN", "딥테크 챌린지 사업") not in got


# -- English: a post between an organisation and its holder; a fund's money split among its payers --

def test_the_startup_after_its_ceo_spoke_is_the_ceos_company(loader):
    text = ("Harbor Minds, a Seoul startup that builds robot vision software, raised $40 million on Monday. "
            "Harbor Minds also signed a deal with Samsung Electronics last year. "
            "Harbor Minds was founded in 2021 by two former Naver engineers.\n\n"
            "Busan-based Qellio Systems, which builds sensors for wind turbines, raised $12 million in a seed round.\n\n"
            "Qellio Systems CEO Han Da-eun said the company plans to hire 30 engineers. "
            "The startup already supplies its sensors to SK hynix under a two-year contract.\n")
    got = english_facts(loader, text)
    assert ("Qellio Systems", "PARTNERS_WITH", "SK hynix") in got
    assert ("Harbor Minds", "PARTNERS_WITH", "SK hynix") not in got


_SPLIT_FUND = ("The deal was the first of the Blue Harbor Growth Fund, a 300 billion won fund-of-funds that the "
               "Ministry of Science and ICT launched last year. The ministry put in 120 billion won, with the "
               "remainder coming from the Korea Development Bank and private limited partners.\n")


def test_a_ministry_putting_in_part_of_a_fund_funds_it(loader):
    got = english_facts(loader, _SPLIT_FUND)
    assert ("Ministry of Science and ICT", "FUNDS", "Blue Harbor Growth Fund") in got
    assert ("Ministry of Science and ICT", "INVESTED_IN", "Blue Harbor Growth Fund") not in got


def test_a_state_bank_the_remainder_comes_from_funds_the_fund(loader):
    assert ("Korea Development Bank", "FUNDS", "Blue Harbor Growth Fund") in english_facts(loader, _SPLIT_FUND)


def test_it_after_a_programme_with_no_other_party_is_the_programme(loader):
    text = ("Korvane Robotics, a Doha startup, raised $20 million in a Series A round. "
            "Korvane Robotics was founded in 2023 and builds warehouse robots.\n\n"
            "The Ministry of Communications and Information Technology launched the Desert Robotics "
            "Programme last year and has allocated $90 million to it for pilot sites.\n")
    got = english_facts(loader, text)
    assert ("Ministry of Communications and Information Technology", "FUNDS", "Korvane Robotics") not in got
