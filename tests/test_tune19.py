"""Habits of a social post, a trade-press story, a clipped Korean newsletter and a PDF issue
brief, each on an invented text (not from any document)."""

from __future__ import annotations

from tests.reading import facts

POST = """Mira Sandoval
General Partner at Corbel Ridge Ventures | Seed & climate AI
3d • Edited

Big week for us.

→ Tidewell
Tidewell builds forecasting software for grid operators. We led their $5M seed, with Pinemoor Capital and Ardent VC participating.
Founded by Ilse Varga and Tomas Reyes, both ex-Vattenfall.
They've already signed a pilot with Equinor.

→ Glimmerhold Robotics
Glimmerhold makes grippers for kitchens. We co-led their $9M seed alongside Rookfield Partners.
Noor Haddad started the company in 2023 after years at Boston Dynamics.
Their first model, Glimmerhold Pinch-1, learns in simulation.

I'm grateful to the founders. The founders, Dr. Ada Lund and Ben Crowe, met at MIT.
"""


def test_a_posts_we_is_the_firm_its_headline_names(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert ("Corbel Ridge Ventures", "INVESTED_IN", "Tidewell") in got
    assert ("Corbel Ridge Ventures", "INVESTED_IN", "Glimmerhold") in got or (
        "Corbel Ridge Ventures", "INVESTED_IN", "Glimmerhold Robotics") in got
    # the name above the headline is the person posting, no investor
    assert not any(f[0] == "Mira Sandoval" for f in got)
    # "I'm", "They've": a pronoun and its verb, no name
    assert not any("I'm" in f or "They've" in f for f in got)


def test_co_investors_of_a_round_led_with_their(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert ("Pinemoor Capital", "INVESTED_IN", "Tidewell") in got
    assert ("Ardent VC", "INVESTED_IN", "Tidewell") in got
    assert any(f[0] == "Rookfield Partners" and f[1] == "INVESTED_IN" and f[2].startswith("Glimmerhold") for f in got)


def test_a_founded_by_fragment_with_an_aside_founds_the_company_of_the_paragraph(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert ("Ilse Varga", "FOUNDED", "Tidewell") in got
    assert ("Tomas Reyes", "FOUNDED", "Tidewell") in got


def test_a_person_who_started_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert any(f[0] == "Noor Haddad" and f[1] == "FOUNDED" and f[2].startswith("Glimmerhold") for f in got)


def test_their_first_model(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert any(f[1] == "DEVELOPS" and f[2] == "Glimmerhold Pinch-1" and f[0].startswith("Glimmerhold") for f in got)


NEWSLETTER = """☕ 아침 테크 | 3월 4일

1. 반도체 스타트업 가온칩스, 시리즈A 100억 클로징
AI 칩 만드는 가온칩스가 시리즈A 100억원 마무리. 리드는 한빛벤처스, 누리캐피탈·새솔파트너스가 같이 들어갔고 기존 주주 새봄벤처스도 팔로온함. 2021년 카이스트 출신 박서준 대표가 창업했고, 지금은 저전력 칩 양산 준비 중이라고.
"""


def test_a_clipped_newsletter_sentence_ends_at_a_noun_and_a_full_stop(loader, tmp_path):
    got = facts(loader, tmp_path, NEWSLETTER)
    for investor in ("한빛벤처스", "누리캐피탈", "새솔파트너스", "새봄벤처스"):
        assert (investor, "INVESTED_IN", "가온칩스") in got


def test_an_investor_that_also_comes_in_leaves_the_passage_about_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, NEWSLETTER)
    assert ("박서준", "FOUNDED", "가온칩스") in got
    assert not any(f[1] == "FOUNDED" and f[2] == "새봄벤처스" for f in got)


def test_a_korean_government_puts_companies_on_the_entity_list(loader, tmp_path):
    text = "美 제재 소식\n미국 상무부가 화웨이랑 SMIC를 엔티티 리스트에 올렸다.\n"
    got = facts(loader, tmp_path, text)
    assert ("US Department of Commerce", "REGULATES", "Huawei") in got
    assert ("US Department of Commerce", "REGULATES", "SMIC") in got


def test_a_clipped_joint_venture_line(loader, tmp_path):
    text = "소식 3\n카카오가 두바이 투자청 산하 AI 기업 사막에이아이(Desert AI)와 JV '오아시스 컴퓨트(Oasis Compute)' 세움.\n"
    got = facts(loader, tmp_path, text)
    assert ("Kakao", "FOUNDED", "오아시스 컴퓨트") in got or ("Kakao", "FOUNDED", "Oasis Compute") in got
    assert any(f[1] == "FOUNDED" and f[0] in ("사막에이아이", "Desert AI") for f in got)
    assert any(f[1] == "PARTNERS_WITH" and {f[0], f[2]} & {"사막에이아이", "Desert AI"} for f in got)


STORY = """CHIPWIRE | Cloud
May 3, 2027

Velkor Cloud, the Dallas-based GPU cloud operator, closed a $90 million round. Velkor Cloud runs two sites.
Velkor chief executive Marta Oduya said power is the bottleneck. Oduya co-founded the company in 2021 with former Intel hardware engineer Sam Idris.

The ministry awarded $4 million in grants to Brisk Optics, a Leeds start-up, making it one of the first companies admitted to the scheme.
"""


def test_a_person_named_by_surname_after_the_full_name(loader, tmp_path):
    got = facts(loader, tmp_path, STORY)
    assert any(f[0] == "Marta Oduya" and f[1] == "FOUNDED" and f[2].startswith("Velkor") for f in got)
    assert any(f[0] == "Sam Idris" and f[1] == "FOUNDED" and f[2].startswith("Velkor") for f in got)
    assert not any(f[0] == "Oduya" for f in got)


def test_a_us_city_based_gloss(loader, tmp_path):
    got = facts(loader, tmp_path, STORY, locations=True)
    assert ("Velkor Cloud", "BASED_IN", "United States") in got


PROFILE = """Lior Benami
Partner at Quayside Capital

→ Mossgate
Mossgate automates audits for clinics. We led the pre-seed ($2M), and the founders are in Lisbon.
The founders, Dr. Rui Sousa and Inês Costa, met at the Champalimaud Foundation.
Based in Lisbon, Portugal.

→ Penfold
Penfold is a scheduling agent for ports. We led a $3M seed together with Harbourline Ventures. Penfold is based in Rotterdam, Netherlands, founded by Joost Maas and Eva Dijk.
And Penfold, another Quayside company, just announced a strategic partnership with Siemens.
"""


def test_we_led_the_round_of_the_paragraphs_company(loader, tmp_path):
    got = facts(loader, tmp_path, PROFILE)
    assert ("Quayside Capital", "INVESTED_IN", "Mossgate") in got
    assert ("Quayside Capital", "INVESTED_IN", "Penfold") in got
    assert ("Harbourline Ventures", "INVESTED_IN", "Penfold") in got


def test_the_founders_named_in_an_opening_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, PROFILE)
    assert ("Rui Sousa", "FOUNDED", "Mossgate") in got
    assert ("Inês Costa", "FOUNDED", "Mossgate") in got


def test_a_based_in_fragment_and_a_founded_by_participle_after_a_place(loader, tmp_path):
    got = facts(loader, tmp_path, PROFILE, locations=True)
    assert ("Mossgate", "BASED_IN", "Portugal") in got
    assert ("Joost Maas", "FOUNDED", "Penfold") in got
    assert ("Eva Dijk", "FOUNDED", "Penfold") in got


def test_a_sentence_opening_on_and_keeps_its_subject(loader, tmp_path):
    got = facts(loader, tmp_path, PROFILE)
    assert any(f[1] == "PARTNERS_WITH" and {f[0], f[2]} == {"Penfold", "Siemens"} for f in got)


def test_an_object_it_means_the_organisation_just_named(loader, tmp_path):
    got = facts(loader, tmp_path, STORY)
    assert not any(f[0].startswith("Velkor") and f[1] == "PARTICIPATES_IN" for f in got)


def test_a_clipped_sentence_without_subject_continues_the_subject_before(loader, tmp_path):
    text = "4. 업스테이지, 새 모델 공개\n업스테이지가 신규 LLM 솔라 미니 9 공개. 동시에 오라클과 전략적 협업 계약 맺음.\n"
    got = facts(loader, tmp_path, text)
    assert any(f[1] == "PARTNERS_WITH" and {f[0], f[2]} == {"Upstage", "Oracle"} for f in got)


BRIEF = """가. (사우디아라비아) 공공투자기금(PIF)은 2026년 5월 한국투자공사(이하 KIC)와 총 10억 달러 규모의 ‘한
-사우디 로봇 공동 기금’을 출범하였다. 양측이 각각 5억 달러를 출자한다.
"""


def test_a_quoted_name_broken_at_its_hyphen_over_a_pdf_line(loader, tmp_path):
    got = facts(loader, tmp_path, BRIEF)
    assert ("Public Investment Fund", "LAUNCHED", "한-사우디 로봇 공동 기금") in got


def test_a_one_line_item_opening_on_a_name_and_a_comma(loader, tmp_path):
    text = "⚡ 짧게\n· 퓨처플레이, 물류 AI '짐꾼로보' 시드 투자… 금액 비공개\n· 카카오벤처스, 교육 AI 스타트업 '배움결'에 프리A 투자\n"
    got = facts(loader, tmp_path, text)
    assert ("FuturePlay", "INVESTED_IN", "짐꾼로보") in got
    assert ("Kakao Ventures", "INVESTED_IN", "배움결") in got


def test_a_supply_agreement_names_its_customer_after_to(loader, tmp_path):
    text = "Samsung Electronics has signed a multi-year supply agreement to provide HBM4 stacks to Microsoft, the report said.\n"
    got = facts(loader, tmp_path, text)
    assert any(f[1] == "PARTNERS_WITH" and {f[0], f[2]} == {"Samsung Electronics", "Microsoft"} for f in got)


def test_builders_breaking_ground_on_a_project(loader, tmp_path):
    text = 'Oracle and Microsoft said they had broken ground on "Project Lantern", a 200 MW campus.\n'
    got = facts(loader, tmp_path, text)
    assert ("Oracle", "PARTICIPATES_IN", "Project Lantern") in got
    assert ("Microsoft", "PARTICIPATES_IN", "Project Lantern") in got


def test_a_company_introduced_by_a_descriptor_as_a_copula(loader, tmp_path):
    text = "가. (UAE) MGX는 2026년 7월 국내 AI 데이터센터 개발사인 누리하이퍼스케일(SK에코플랜트 자회사)에 5억 달러를 투자하였다.\n"
    got = facts(loader, tmp_path, text)
    assert ("MGX", "INVESTED_IN", "누리하이퍼스케일") in got
    assert ("누리하이퍼스케일", "SUBSIDIARY_OF", "SK ecoplant") in got
