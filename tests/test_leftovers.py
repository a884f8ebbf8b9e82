"""General habits the tuners of two spent samples listed and did not reach.

Every text here is invented (invented organisations, people and products).
"""

from __future__ import annotations

from tests.reading import facts

PODCAST = """SIGNAL & NOISE
Episode 12 — Maren Holt (Tarnwick Robotics): "Warehouses are the new frontier."
Published March 2, 2026 · 40 min · Hosted by Colm Fryer

COLM: So how did the money come together?

MAREN: Slowly. Brightwater Ventures led the $18 million round in early 2025, and that changed everything.

COLM: And then?

MAREN: Last month we closed the Series B, $60 million, led by Orlanth Capital. Kessel Partners also led the seed round in Pellgrove Systems, a friend's company.

COLM: Great.
"""


def test_a_round_naming_no_company_is_the_speaking_companys(loader, tmp_path):
    got = facts(loader, tmp_path, PODCAST)
    assert ("Brightwater Ventures", "INVESTED_IN", "Tarnwick Robotics") in got
    assert ("Orlanth Capital", "INVESTED_IN", "Tarnwick Robotics") in got
    # a round that names another company is that company's
    assert ("Kessel Partners", "INVESTED_IN", "Pellgrove Systems") in got
    assert ("Kessel Partners", "INVESTED_IN", "Tarnwick Robotics") not in got


INVESTOR_POST = """Brackenridge Capital — Notes from the Fund

Brightwater Ventures led the $18 million round, and we were glad to follow.
"""


def test_an_investors_voice_owns_no_round(loader, tmp_path):
    got = facts(loader, tmp_path, INVESTOR_POST)
    assert ("Brightwater Ventures", "INVESTED_IN", "Brackenridge Capital") not in got


FEATURE = """카렌로보틱스, 물류 AI로 시장 공략

카렌로보틱스는 2021년 설립된 물류 자동화 스타트업이다. 주력 제품은 창고 특화 소형언어모델(sLLM) '카렌-3'다.

고객사도 늘고 있다. 학습 인프라는 네이버클라우드와 맺은 전략적협력계약을 바탕으로 확보했다.

중소벤처기업부가 올해 처음 시행하는 '물류 AI 실증사업'의 주관기관으로 선정돼 3년간 정부출연금 40억원을 지원받는다.
"""


def test_a_flagship_named_without_its_maker_is_the_passages_companys(loader, tmp_path):
    assert ("카렌로보틱스", "DEVELOPS", "카렌-3") in facts(loader, tmp_path, FEATURE)


def test_a_flagship_of_a_named_owner_is_the_owners(loader, tmp_path):
    text = FEATURE.replace("주력 제품은", "네이버의 주력 제품은")
    assert ("카렌로보틱스", "DEVELOPS", "카렌-3") not in facts(loader, tmp_path, text)


def test_a_contract_made_with_a_partner_and_no_signer_is_the_passages_companys(loader, tmp_path):
    got = facts(loader, tmp_path, FEATURE)
    assert ("Naver Cloud", "PARTNERS_WITH", "카렌로보틱스") in got or ("카렌로보틱스", "PARTNERS_WITH", "Naver Cloud") in got


def test_a_contract_another_signed_is_not_the_passages_companys(loader, tmp_path):
    text = FEATURE.replace("학습 인프라는 네이버클라우드와", "삼성전자는 네이버클라우드와")
    got = facts(loader, tmp_path, text)
    assert ("Naver Cloud", "PARTNERS_WITH", "카렌로보틱스") not in got and ("카렌로보틱스", "PARTNERS_WITH", "Naver Cloud") not in got


def test_the_body_running_a_programme_funds_the_company_selected_for_it(loader, tmp_path):
    assert ("Ministry of SMEs and Startups", "FUNDS", "카렌로보틱스") in facts(loader, tmp_path, FEATURE)


def test_a_body_merely_named_before_a_programme_funds_no_one(loader, tmp_path):
    text = FEATURE.replace("중소벤처기업부가 올해 처음 시행하는", "중소벤처기업부가 비판한")
    assert ("Ministry of SMEs and Startups", "FUNDS", "카렌로보틱스") not in facts(loader, tmp_path, text)


def test_a_time_topic_is_no_subject_of_support_received(loader, tmp_path):
    text = ("카렌로보틱스, 물류 AI로 시장 공략\n\n카렌로보틱스는 2021년 설립된 물류 자동화 스타트업이다. "
            "올해부터는 정보통신산업진흥원으로부터 연구개발비 10억원을 지원받는다.\n")
    assert ("National IT Industry Promotion Agency", "FUNDS", "카렌로보틱스") in facts(loader, tmp_path, text)


JOINT = """2. 정책 현황

정부는 2026년 4월 과학기술정보통신부와 기획재정부 합동으로 ‘AI 반도체 수출 촉진 전략’을 발표하였다.
"""


def test_bodies_announcing_a_plan_jointly_each_launch_it(loader, tmp_path):
    got = facts(loader, tmp_path, JOINT)
    assert ("Ministry of Science and ICT", "LAUNCHED", "AI 반도체 수출 촉진 전략") in got
    assert ("Ministry of Economy and Finance", "LAUNCHED", "AI 반도체 수출 촉진 전략") in got


def test_bodies_listed_without_acting_together_launch_nothing(loader, tmp_path):
    text = JOINT.replace("과학기술정보통신부와 기획재정부 합동으로", "과학기술정보통신부와 기획재정부의 요청으로")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Economy and Finance", "LAUNCHED", "AI 반도체 수출 촉진 전략") not in got


WINDOW = """2. 정책 현황

정부는 2026년 4월 ‘AI 인프라 매칭펀드’ 5,000억 원을 조성하였다. 이 중 3,000억 원은 과학기술정보통신부가 출자하며, 투자 유치 창구는 대한무역투자진흥공사가 맡는다.
"""


def test_the_body_acting_as_a_programmes_window_takes_part_in_it(loader, tmp_path):
    assert ("KOTRA", "PARTICIPATES_IN", "AI 인프라 매칭펀드") in facts(loader, tmp_path, WINDOW)


def test_a_window_elsewhere_is_no_part_in_the_programme(loader, tmp_path):
    text = WINDOW.replace("투자 유치 창구는 대한무역투자진흥공사가 맡는다", "대한무역투자진흥공사는 창구를 닫았다")
    assert ("KOTRA", "PARTICIPATES_IN", "AI 인프라 매칭펀드") not in facts(loader, tmp_path, text)


def test_a_round_the_speaking_company_joined_is_not_its_own(loader, tmp_path):
    text = PODCAST.replace("Last month we closed the Series B", "Last month we participated in a Series B")
    assert ("Orlanth Capital", "INVESTED_IN", "Tarnwick Robotics") not in facts(loader, tmp_path, text)
