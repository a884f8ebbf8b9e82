"""News habits of tune31, each on an invented text.

Korean broadcast and business news: a quoted agreement two sides sign, money each backer pays
into a fund said once for all ("A가 N, B가 M을 각각 출자"), and a fund's management shared by
two firms, one described as another's unit.
"""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_quoted_agreement_signed_is_a_partnership_not_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부와 싱가포르 정보통신미디어개발청(IMDA)이 "
                                  "'디지털 혁신 협력 양해각서'에 서명했다.\n")
    assert ("Infocomm Media Development Authority", "PARTNERS_WITH", "Ministry of SMEs and Startups") in got
    assert not [f for f in got if f[1] == "LAUNCHED"]


_FUND = ("한누리벤처스와 다온캐피탈이 결성한 '그린 AI 펀드'에는 한누리벤처스가 300억 원, 다온캐피탈이 200억 원을 "
         "각각 출자한다.\n\n펀드 운용은 다온캐피탈과 한누리홀딩스의 투자 자회사 한누리벤처스가 함께 맡는다.\n")


def test_each_backer_pays_into_the_fund_with_the_verb_said_once(loader, tmp_path):
    got = relationships(loader, tmp_path, _FUND)
    assert ("한누리벤처스", "INVESTED_IN", "그린 AI 펀드") in got  # the first of the gapped pair
    assert ("다온캐피탈", "INVESTED_IN", "그린 AI 펀드") in got
    # private LPs invest; only public money (a state bank, a sovereign fund) funds a fund
    assert ("다온캐피탈", "FUNDS", "그린 AI 펀드") not in got


def test_a_job_shared_in_the_fund_is_taking_part_not_a_partnership(loader, tmp_path):
    got = facts(loader, tmp_path, _FUND)
    assert ("다온캐피탈", "PARTICIPATES_IN", "그린 AI 펀드") in got  # listed before the described unit
    assert ("한누리벤처스", "PARTICIPATES_IN", "그린 AI 펀드") in got
    assert ("다온캐피탈", "PARTNERS_WITH", "한누리벤처스") not in got
    assert ("한누리벤처스", "PARTNERS_WITH", "다온캐피탈") not in got


def test_people_founding_in_a_relative_clause_are_not_the_topic(loader, tmp_path):
    got = facts(loader, tmp_path, "다온캐피탈은 지난달 판교에서 국내 연구원들이 세운 AI 보안 스타트업 시큐리움의 "
                                  "시드 라운드에 참여했다.\n")
    assert ("다온캐피탈", "INVESTED_IN", "시큐리움") in got
    assert ("다온캐피탈", "FOUNDED", "시큐리움") not in got


def test_the_fund_money_comes_from_is_not_the_one_a_manager_is_chosen_for(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 지난달 'K-AI 그린 점프펀드'(이하 그린펀드)를 출범시켰다. 모태펀드에서 "
                                  "500억 원을 출자하고 민간이 같은 금액을 매칭하는 구조로, 첫 운용사로 판교의 한누리벤처스가 "
                                  "선정됐다.\n")
    assert ("한누리벤처스", "PARTICIPATES_IN", "K-AI 그린 점프펀드") in got
    assert ("한누리벤처스", "PARTICIPATES_IN", "Korea Fund of Funds") not in got


def test_a_described_body_glossed_in_brackets_is_that_body_not_the_last_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Norrvik AI, a Stockholm startup, raised a €20m Series A led by Vesper Ventures. "
                                  "It was picked last year for the Nordic Compute scheme, launched by Denmark's "
                                  "Ministry of Industry.\n\nSeparately, the federal research ministry (BMFTR) has "
                                  "awarded Norrvik AI a €3m grant.\n")
    assert ("Federal Ministry of Research, Technology and Space", "FUNDS", "Norrvik AI") in got
    assert ("Ministry of Industry", "FUNDS", "Norrvik AI") not in got


def test_joining_through_ones_own_fund_joins_the_round_as_does_who_did_so_too(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightmoor Labs, a Leeds startup, has raised a £30m Series B led by Tarnfield "
                                  "Ventures.\n\nCaledon Capital joined through its Growth Opportunities fund, as did "
                                  "Ashby Partners, the venture arm of Ashby Group.\n")
    assert ("Caledon Capital", "INVESTED_IN", "Brightmoor Labs") in got
    assert ("Ashby Partners", "INVESTED_IN", "Brightmoor Labs") in got  # "as did"
    assert ("Caledon Capital", "PARTICIPATES_IN", "Growth Opportunities fund") not in got


def test_a_list_that_joined_that_round_invested_in_the_company_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "Follow the money:\n\n- Quillon Systems closed a $90 million Series B in May led by "
                                  "Tarnfield Ventures.\n- Caledon Capital, Ashby Partners and Brookmere Ventures joined "
                                  "that round.\n")
    assert ("Caledon Capital", "INVESTED_IN", "Quillon Systems") in got
    assert ("Brookmere Ventures", "INVESTED_IN", "Quillon Systems") in got


def test_a_programme_made_anew_is_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "정부는 올해 '청년 AI 창업 지원사업'을 새로 만들고 120억 원을 배정했다.\n")
    assert ("Government of Korea", "LAUNCHED", "청년 AI 창업 지원사업") in got


def test_a_pair_named_as_the_subject_partner_whatever_else_is_joined_by_wa(loader, tmp_path):
    got = facts(loader, tmp_path, "한국과 베트남이 자국 언어와 문화로 AI 모델을 키우는 분야에서 손을 잡았다.\n")
    assert ("South Korea", "PARTNERS_WITH", "Vietnam") in got or ("Vietnam", "PARTNERS_WITH", "South Korea") in got
