"""Tails of Korean policy briefs, filings and English wire stories: bullets nested by their
marker alone, notes that are asides, and lists of participants.

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts


def test_a_circle_item_without_subject_acts_for_the_square_bullet_above(loader, tmp_path):
    # No indentation: □ over ○ over - over a * note, as PDF text of Korean reports keeps them.
    got = facts(loader, tmp_path, "1. 한국\n"
                "□ 중소벤처기업부는 지역 창업 생태계 지원으로 정책 방향을 전환함\n"
                "○ 2025년 「지역 AI 창업 도약 사업」을 출범시키고 예산을 확대하기로 함\n"
                "- 1차 공모를 거쳐 5개 기업을 선정함\n"
                "* 루미넥스랩은 물류 특화 모델 ‘LUMA-2’를 개발하였으며, 실증을 수행할 예정\n"
                "○ 한국성장금융과 공동으로 1,000억 원 규모의 「지역 AI 도약펀드」를 조성함\n")
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "지역 AI 도약펀드") in got
    assert not [f for f in got if f[0] == "루미넥스랩" and f[2] == "지역 AI 도약펀드"]


def test_a_consortium_led_by_a_firm_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 「해양 AI 실증사업」 1차 공모를 거쳐 2개 컨소시엄을 선정함\n"
                "- KT 주관 컨소시엄: 퓨리오사AI, 한국전자통신연구원(ETRI) 참여\n")
    assert not [f for f in got if "컨소시엄" in f[0] + f[2]]
    assert ("FuriosaAI", "PARTICIPATES_IN", "해양 AI 실증사업") in got
    assert ("ETRI", "PARTICIPATES_IN", "해양 AI 실증사업") in got


def test_participants_listed_in_brackets_after_a_filing_take_part(loader, tmp_path):
    got = facts(loader, tmp_path, "2. 당사는 과학기술정보통신부 「해양 AI 실증사업」의 주관기관으로 선정되어 "
                "3년간 정부출연금 40억 원을 지원받습니다(참여기관: 누리비전㈜, 한국전자통신연구원).\n")
    assert ("누리비전", "PARTICIPATES_IN", "해양 AI 실증사업") in got
    assert ("ETRI", "PARTICIPATES_IN", "해양 AI 실증사업") in got
    assert ("Ministry of Science and ICT", "LAUNCHED", "해양 AI 실증사업") in got


def test_a_ministry_after_its_particle_owns_no_programme_named_next(loader, tmp_path):
    # "과기정통부가 「X」를 ...": the frame of the verb decides, not the adjacency.
    got = facts(loader, tmp_path, "○ 행정안전부와 「해양 AI 실증사업」 참여 기업 간 간담회를 개최함\n")
    assert ("Ministry of the Interior and Safety", "LAUNCHED", "해양 AI 실증사업") not in got


def test_a_quoted_name_supplied_to_buyers_is_a_product_not_a_partner(loader, tmp_path):
    got = facts(loader, tmp_path, "리벨리온은 문서 위변조를 탐지하는 'TraceMint'를 국내 보험사 10여 곳에 공급하고 있다.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_a_possessive_product_apposition_with_the_names_what_a_firm_develops(loader, tmp_path):
    got = facts(loader, tmp_path, "Brindle Labs raised new money on Monday. Brindle's main product, the Tarn-4 "
                "routing engine, was released in March and runs on commodity servers.\n")
    assert ("Brindle Labs", "DEVELOPS", "Tarn-4") in got


def test_firms_included_in_this_cohort_take_part_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 「AI 해양 도약 챌린지」 참여 기업을 발표했습니다. "
                "기업당 최대 10억 원을 지원하고, 이번 기수에는 리벨리온과 퓨리오사AI가 포함됐습니다.\n")
    assert ("Rebellions", "PARTICIPATES_IN", "AI 해양 도약 챌린지") in got
    assert ("FuriosaAI", "PARTICIPATES_IN", "AI 해양 도약 챌린지") in got


def test_the_company_a_fund_picks_as_its_investee_is_invested_in(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 한국성장금융과 공동으로 2,000억 원 규모의 「해양 AI 도약펀드」를 조성함\n"
                "- 동 펀드는 첫 투자처로 리벨리온을 선정하여 2025년 5월 300억 원을 투자하였음\n")
    assert ("해양 AI 도약펀드", "INVESTED_IN", "Rebellions") in got


def test_a_company_picked_as_a_partner_is_not_invested_in(loader, tmp_path):
    got = facts(loader, tmp_path, "- 동 펀드는 협력 기관으로 리벨리온을 선정하였음\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_a_fund_before_its_own_investing_is_not_invested_in(loader, tmp_path):
    got = facts(loader, tmp_path, "- 한국벤처투자는 올해 바이오 분야 모태펀드 출자 규모를 줄이는 방안을 검토 중입니다.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_an_item_leading_a_round_acts_for_the_investor_it_hangs_from(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 알토스벤처스는 국내 AI 스타트업 직접 투자를 확대 중임\n"
                "- 리벨리온의 시리즈C(1,000억 원)를 단독 주도\n")
    assert ("Altos Ventures", "INVESTED_IN", "Rebellions") in got


def test_a_round_led_by_a_named_subject_is_not_the_parents(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 알토스벤처스는 국내 AI 스타트업 직접 투자를 확대 중임\n"
                "- 리벨리온의 시리즈C는 KT가 주도\n")
    assert ("Altos Ventures", "INVESTED_IN", "Rebellions") not in got


def test_a_company_picked_for_its_cohort_joins_the_programme_in_play(loader, tmp_path):
    got = facts(loader, tmp_path, "Norway's Ministry of Digitalisation launched the Fjord Compute Programme in March "
                "to subsidise compute for local start-ups. The ministry picked Brindle Labs as one of six "
                "companies in its first cohort, an official said.\n")
    assert ("Brindle Labs", "PARTICIPATES_IN", "Fjord Compute Programme") in got


def test_a_company_picked_as_a_supplier_joins_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "Norway's Ministry of Digitalisation launched the Fjord Compute Programme in March. "
                "The ministry picked Brindle Labs as its cloud supplier, an official said.\n")
    assert not [f for f in got if f[1] == "PARTICIPATES_IN" and f[0] == "Brindle Labs"]
