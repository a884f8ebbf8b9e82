"""Whole invented documents of one genre each, read for every fact they state and the facts they
must not give: a venture firm's site and portfolio cards, a partner's or founder's post and profile,
newsletters and weekly deal round-ups, wire stories, a podcast transcript, a government factsheet,
an annual letter to limited partners, an encyclopedia infobox, a company blog and a magazine feature.
"""

from __future__ import annotations

from tests.reading import facts, relationships

ROUNDUP = """테크브리프 | 투자

[주간 투자 정리] 이번 주 AI 스타트업 세 곳 투자 유치

■ 누비텍, 120억원 시리즈A…누적 150억원
산업용 비전 모델을 개발하는 누비텍(Nuvitec)이 120억원 규모 시리즈A 투자를 유치했다. 이번 라운드는 한결벤처스가 주도했고 다온파트너스가 참여했다. 다온파트너스는 시드 라운드에 이어 후속 투자다.
2021년 포스텍 출신 한지오 대표와 이서윤 CTO가 공동 창업했다. 지난달에는 물류기업 바른로지스와 검수 자동화 공동 개발 계약을 맺었다. 회사는 이번 자금으로 미국 법인을 세운다.

■ 소리결, 40억원 프리A
음성 비서 스타트업 소리결(Sorigyeol)은 40억원 규모 프리A 라운드를 마쳤다. 회사는 콜센터용 음성 모델 '결보이스'를 개발했다.

■ 숫자로 보는 이번 주
이번 주 투자 건수는 세 건이었다. 회사는 내년에도 조사를 이어간다.
"""


def test_a_roundup_items_background_is_about_its_headline_company(loader, tmp_path):
    got = facts(loader, tmp_path, ROUNDUP)
    assert ("한지오", "FOUNDED", "Nuvitec") in got
    assert ("이서윤", "FOUNDED", "Nuvitec") in got
    assert ("Nuvitec", "PARTNERS_WITH", "바른로지스") in got
    # The investor the round's sentence made a topic ("다온파트너스는 ... 후속 투자다") is no founder nor partner.
    assert not any(f[0] == "다온파트너스" and f[1] in ("FOUNDED", "PARTNERS_WITH") for f in got)
    assert not any(f[2] == "다온파트너스" and f[1] in ("FOUNDED", "PARTNERS_WITH") for f in got)


def test_an_item_whose_headline_names_a_company_nothing_knows_yet(loader, tmp_path):
    got = facts(loader, tmp_path, ROUNDUP)
    # "■ 소리결, 40억원 프리A" and "소리결(Sorigyeol)은 ...": "회사는" of the item is it, not the item before's company.
    assert ("소리결", "DEVELOPS", "결보이스") in got
    assert not any(f[0] == "Nuvitec" and f[2] == "결보이스" for f in got)


SITE = """누리솔벤처스 | NURISOL VENTURES
홈   회사소개   포트폴리오   펀드   뉴스

회사소개 ABOUT
누리솔벤처스는 초기 기술 기업에 투자하는 벤처캐피탈입니다.

포트폴리오 PORTFOLIO
회사명 / 분야 / 투자 단계 / 동반 투자사
다온랩 Daonlab
산업 비전 AI / 시리즈A / 알토스벤처스, 스파크랩(SparkLabs)
불량 검출 모델 운영.
+ 더보기
별무리 Byeolmuri
위성 데이터 / 시드 / Y Combinator
+ 더보기

EXIT
한울보이스 Hanulvoice  |  음성 AI  |  2022년 카카오에 인수  |  최초 투자 2017 시드

펀드 FUNDS
펀드명 / 결성 연도 / 결성 규모 / 주요 출자자(LP)
누리솔 초기기술 1호 투자조합  2019  300억원  한국벤처투자(모태펀드), 하나은행
누리솔 그로스 펀드 (Nurisol Growth Fund)  2023  US$50M  한국산업은행,
신한은행, 누리솔벤처스(GP 출자)

뉴스 NEWS
2025.03.02  누리솔벤처스, 다온랩 시리즈A 투자
"""


CARDS = """누리솔벤처스 | NURISOL VENTURES

포트폴리오 PORTFOLIO
회사명 / 분야 / 투자 단계 / 동반 투자사
다온랩 Daonlab
산업 비전 AI / 시리즈A / 알토스벤처스
용접 불량 검출 카메라 '다온아이(DaonEye)' 개발. 창업자 문하진(전 대기업 연구원).
+ 더보기
별무리 Byeolmuri
위성 데이터 / 시드 / 그린라이트캐피탈
과학기술정보통신부 '우주 데이터 실증사업' 참여기업. 공동창업자 서다온·Mira Hale
+ 더보기
"""


NEWS = """데일리테크
IT > AI

한결로보 "물류 로봇 두뇌 팔겠다"

윤서하 대표 첫 간담회…시리즈A 200억원 유치

▲ 사진 설명. <한결로보 제공>

물류 로봇 스타트업 한결로보(Hangyeol Robo)가 200억원 규모의 시리즈A 투자를 유치했다.

윤서하 한결로보 대표는 12일 창업 후 첫 간담회에서 "올해 해외로 간다"고 말했다.

회사는 2020년 윤 대표가 대학 동기인 남궁민 최고기술책임자(CTO)와 함께 창업했다. 지난해 물류기업 다온로지스와 공급 계약을 맺었다.
"""


FACTSHEET = """Government of Canada
Factsheet: what we funded

What we launched
The Government of Canada launched the following programmes, administered by the department
unless noted:

- Prairie Data Commons (PDC)
  - $200 million over four years to build shared research datasets
  - Delivered with the Northern Lights Computing Consortium (the Consortium)
  - Recipients to date include:
    - Borealis Vision: $12 million toward labelled imagery
    - Tamarack Bio (Winnipeg): $8 million for clinical text corpora
- Rural AI Vouchers
  - $40 million for farms adopting AI
  - Named recipients: Fieldwise Robotics ($2.1 million), Oxbow Sensing ($1.4 million),
    Wheatline Labs ($0.9 million)
- Venture capital
  - Harbour Seed Fund raised a new vehicle

Next steps
More programmes may follow.
"""


PODCAST = """SIGNAL & NOISE
Episode 12 — Mara Quint (Tessellate Labs): "Benchmarks lie, customers don't"
Published May 2, 2026 · Hosted by Joel Finch

TRANSCRIPT

JOEL: Start with the product.
MARA: Our own model, Tess-3B, scores every answer. We signed a three-year cloud agreement with Oracle in March.
JOEL: And distribution?
MARA: We partnered with Databricks, so the scorer runs inside their workspace.
JOEL: Thanks for coming on.
"""


def test_a_firms_portfolio_page_lists_its_investments_and_co_investors(loader, tmp_path):
    got = facts(loader, tmp_path, SITE)
    assert ("누리솔벤처스", "INVESTED_IN", "다온랩") in got
    assert ("누리솔벤처스", "INVESTED_IN", "별무리") in got
    # the "동반 투자사" column: names in it backed the entry too, glossed or not
    assert ("Altos Ventures", "INVESTED_IN", "다온랩") in got
    assert ("SparkLabs", "INVESTED_IN", "다온랩") in got
    assert ("Y Combinator", "INVESTED_IN", "별무리") in got
    assert not any(f[2] == "Y Combinator" or f[0] == "별무리" and f[1] == "INVESTED_IN" for f in got)


def test_an_exit_row_names_the_buyer_and_the_firm_had_invested(loader, tmp_path):
    got = facts(loader, tmp_path, SITE)
    assert ("Kakao", "ACQUIRED", "한울보이스") in got
    assert ("누리솔벤처스", "INVESTED_IN", "한울보이스") in got


def test_a_firms_fund_table_gives_its_funds_and_their_limited_partners(loader, tmp_path):
    got = facts(loader, tmp_path, SITE)
    assert ("누리솔벤처스", "LAUNCHED", "누리솔 초기기술 1호 투자조합") in got
    assert ("누리솔벤처스", "LAUNCHED", "누리솔 그로스 펀드") in got
    # a state fund of funds or policy bank funds; a commercial bank invests
    assert ("Korea Venture Investment Corp.", "FUNDS", "누리솔 초기기술 1호 투자조합") in got
    assert ("Hana Bank", "INVESTED_IN", "누리솔 초기기술 1호 투자조합") in got
    assert ("Korea Development Bank", "FUNDS", "누리솔 그로스 펀드") in got
    # the LP list wrapped onto the next line, the firm's own commitment among it
    assert ("Shinhan Bank", "INVESTED_IN", "누리솔 그로스 펀드") in got
    assert ("누리솔벤처스", "INVESTED_IN", "누리솔 그로스 펀드") in got


def test_a_portfolio_entrys_description_notes_are_about_its_company(loader, tmp_path):
    got = facts(loader, tmp_path, CARDS)
    assert {("다온랩", "DEVELOPS", "다온아이"), ("다온랩", "DEVELOPS", "DaonEye")} & got
    assert ("문하진", "FOUNDED", "다온랩") in got
    assert ("서다온", "FOUNDED", "별무리") in got
    assert ("Mira Hale", "FOUNDED", "별무리") in got
    assert ("별무리", "PARTICIPATES_IN", "우주 데이터 실증사업") in got
    # a co-investor nothing knows: the column says it is an investor
    assert ("그린라이트캐피탈", "INVESTED_IN", "별무리") in got


def test_a_news_lead_makes_its_company_the_storys_subject(loader, tmp_path):
    got = facts(loader, tmp_path, NEWS)
    # "회사는" and a subjectless sentence are the company the lead introduced ("... 스타트업 X가")
    assert {("한결로보", "PARTNERS_WITH", "다온로지스"), ("다온로지스", "PARTNERS_WITH", "한결로보")} & got
    assert ("남궁민", "FOUNDED", "한결로보") in got


def test_a_person_named_once_is_then_surname_and_post(loader, tmp_path):
    got = facts(loader, tmp_path, NEWS)
    assert ("윤서하", "FOUNDED", "한결로보") in got


def test_a_surname_two_people_share_names_no_one(loader, tmp_path):
    text = NEWS.replace("윤서하 대표 첫 간담회…", "윤서하 대표와 윤가람 의장 첫 간담회…")
    got = facts(loader, tmp_path, text)
    assert not any(f[0] in ("윤서하", "윤가람") and f[1] == "FOUNDED" for f in got)


def test_a_factsheets_launched_list_gives_each_programme_its_launcher(loader, tmp_path):
    got = facts(loader, tmp_path, FACTSHEET)
    assert ("Canadian government", "LAUNCHED", "Prairie Data Commons") in got
    assert ("Canadian government", "FUNDS", "Prairie Data Commons") in got
    assert ("Canadian government", "LAUNCHED", "Rural AI Vouchers") in got
    assert ("Northern Lights Computing Consortium", "PARTICIPATES_IN", "Prairie Data Commons") in got
    # "- Venture capital" is a heading, not a programme
    assert not any(f[2] == "Venture capital" for f in got)


def test_a_launched_programmes_recipients_are_funded_by_the_launcher(loader, tmp_path):
    got = facts(loader, tmp_path, FACTSHEET)
    for recipient in ("Borealis Vision", "Tamarack Bio", "Fieldwise Robotics", "Oxbow Sensing", "Wheatline Labs"):
        assert ("Canadian government", "FUNDS", recipient) in got, recipient


def test_a_podcast_guests_we_is_the_organisation_the_title_names_with_them(loader, tmp_path):
    got = facts(loader, tmp_path, PODCAST)
    assert {("Tessellate Labs", "PARTNERS_WITH", "Oracle"), ("Oracle", "PARTNERS_WITH", "Tessellate Labs")} & got
    assert {("Tessellate Labs", "PARTNERS_WITH", "Databricks"), ("Databricks", "PARTNERS_WITH", "Tessellate Labs")} & got
    # "Our own model, X": "our" is the guest's company, which makes the model; it is no model itself
    assert ("Tessellate Labs", "DEVELOPS", "Tess-3B") in got
    assert not any(f[2] == "Tessellate Labs" and f[1] == "DEVELOPS" for f in got)


def test_a_unit_named_by_its_country_and_법인_is_the_storys_companys(loader, tmp_path):
    text = NEWS + "\n해외 진출도 시작했다. 미국 법인 한결로보아메리카는 지난달 시애틀에 문을 열었다.\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert ("한결로보아메리카", "SUBSIDIARY_OF", "한결로보") in got
    assert ("한결로보아메리카", "BASED_IN", "United States") in got


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


NEWSLETTER = """☕ 아침 테크 | 3월 4일

1. 반도체 스타트업 가온칩스, 시리즈A 100억 클로징
AI 칩 만드는 가온칩스가 시리즈A 100억원 마무리. 리드는 한빛벤처스, 누리캐피탈·새솔파트너스가 같이 들어갔고 기존 주주 새봄벤처스도 팔로온함. 2021년 카이스트 출신 박서준 대표가 창업했고, 지금은 저전력 칩 양산 준비 중이라고.
"""


STORY = """CHIPWIRE | Cloud
May 3, 2027

Velkor Cloud, the Dallas-based GPU cloud operator, closed a $90 million round. Velkor Cloud runs two sites.
Velkor chief executive Marta Oduya said power is the bottleneck. Oduya co-founded the company in 2021 with former Intel hardware engineer Sam Idris.

The ministry awarded $4 million in grants to Brisk Optics, a Leeds start-up, making it one of the first companies admitted to the scheme.
"""


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


BRIEF = """가. (사우디아라비아) 공공투자기금(PIF)은 2026년 5월 한국투자공사(이하 KIC)와 총 10억 달러 규모의 ‘한
-사우디 로봇 공동 기금’을 출범하였다. 양측이 각각 5억 달러를 출자한다.
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


def test_a_clipped_newsletter_sentence_ends_at_a_noun_and_a_full_stop(loader, tmp_path):
    got = facts(loader, tmp_path, NEWSLETTER)
    for investor in ("한빛벤처스", "누리캐피탈", "새솔파트너스", "새봄벤처스"):
        assert (investor, "INVESTED_IN", "가온칩스") in got


def test_an_investor_that_also_comes_in_leaves_the_passage_about_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, NEWSLETTER)
    assert ("박서준", "FOUNDED", "가온칩스") in got
    assert not any(f[1] == "FOUNDED" and f[2] == "새봄벤처스" for f in got)


def test_a_person_named_by_surname_after_the_full_name(loader, tmp_path):
    got = facts(loader, tmp_path, STORY)
    assert any(f[0] == "Marta Oduya" and f[1] == "FOUNDED" and f[2].startswith("Velkor") for f in got)
    assert any(f[0] == "Sam Idris" and f[1] == "FOUNDED" and f[2].startswith("Velkor") for f in got)
    assert not any(f[0] == "Oduya" for f in got)


def test_a_us_city_based_gloss(loader, tmp_path):
    got = facts(loader, tmp_path, STORY, locations=True)
    assert ("Velkor Cloud", "BASED_IN", "United States") in got


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


def test_a_quoted_name_broken_at_its_hyphen_over_a_pdf_line(loader, tmp_path):
    got = facts(loader, tmp_path, BRIEF)
    assert ("Public Investment Fund", "LAUNCHED", "한-사우디 로봇 공동 기금") in got


_INFOBOX = ("Brambleway Robotics\nFrom Openwiki, the free encyclopedia\n\nBrambleway Robotics Ltd.\nType\tPrivate\n"
            "Industry\tRobotics\nFounders\tHattie Lowmoor\nConrad Ashby\nHeadquarters\tLeeds, England, United Kingdom\n"
            "Key people\tHattie Lowmoor (CEO)\nProducts\tGrasper, Grasper Mini\nOwner\tHattie Lowmoor (c. 30%)\n"
            "Tarnfield Ventures (c. 15%)\nSubsidiaries\tBrambleway Robotics GmbH\nOxley Sensing Ltd\n"
            "Website\tbrambleway.example\n\nBrambleway Robotics Ltd. is a British robotics company.\n")


_ROUNDUP = ("THE WEEKLY DEALS\n\n** Fernhollow raises $18M Series A for crop vision **\n"
            "Fernhollow, a Dundee farm-analytics start-up, closed an $18M Series A.\n"
            "Investors: Larkspur Capital (lead), Gorsebrook Partners, angels\n\n"
            "** Pimmet: EUR 6M seed for legal search **\n"
            "Lisbon's Pimmet indexes court rulings for small firms.\n"
            "Investors: Tollgate Ventures, Quendry\n")


_LETTER = ("THORNWICK HILL VENTURES\nAnnual Letter to Our Limited Partners\n\nDear Partners,\n\n"
           "We had a quieter year than we planned.\n\n2. Portfolio highlights\n\n"
           "Gallowmere. A slow start, then a strong finish. The team rebuilt its pricing.\n\n"
           "Sorrel Freight. Our first logistics company. It now serves forty depots.\n\n"
           "3. Exits\n\nNothing was sold this year.\n\n"
           "Thornwick Hill Ventures is an early-stage investor based in Bristol.\n")


def test_infobox_rows_state_the_company_ties(loader, tmp_path):
    got = facts(loader, tmp_path, _INFOBOX, locations=True)
    assert ("Hattie Lowmoor", "FOUNDED", "Brambleway Robotics") in got
    assert ("Conrad Ashby", "FOUNDED", "Brambleway Robotics") in got  # the value wrapped onto its own line
    assert ("Oxley Sensing", "SUBSIDIARY_OF", "Brambleway Robotics") in got
    # the legal form is what tells the German unit from its parent
    assert ("Brambleway Robotics GmbH", "SUBSIDIARY_OF", "Brambleway Robotics") in got
    assert ("Brambleway Robotics", "DEVELOPS", "Grasper Mini") in got
    assert ("Brambleway Robotics", "BASED_IN", "United Kingdom") in got
    assert ("Tarnfield Ventures", "INVESTED_IN", "Brambleway Robotics") in got


def test_an_owner_who_is_one_of_the_people_is_no_investor(loader, tmp_path):
    got = facts(loader, tmp_path, _INFOBOX)
    assert ("Hattie Lowmoor", "INVESTED_IN", "Brambleway Robotics") not in got


def test_an_investors_line_names_the_backers_of_the_headline_company(loader, tmp_path):
    got = relationships(loader, tmp_path, _ROUNDUP)
    assert got[("Larkspur Capital", "INVESTED_IN", "Fernhollow")].get("role") == "lead"
    assert ("Gorsebrook Partners", "INVESTED_IN", "Fernhollow") in got
    assert ("Tollgate Ventures", "INVESTED_IN", "Pimmet") in got
    assert "role" not in got[("Tollgate Ventures", "INVESTED_IN", "Pimmet")]
    assert ("Tollgate Ventures", "INVESTED_IN", "Fernhollow") not in got  # the next headline closed the item


def test_a_masthead_in_capitals_names_who_we_is(loader, tmp_path):
    got = facts(loader, tmp_path, _LETTER)
    assert ("Thornwick Hill Ventures", "INVESTED_IN", "Gallowmere") in got
    assert ("Thornwick Hill Ventures", "INVESTED_IN", "Sorrel Freight") in got


def test_a_capitals_line_the_text_never_writes_again_is_no_author(loader, tmp_path):
    text = _LETTER.replace("Thornwick Hill Ventures is", "The fund is")
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_titled_paragraphs_outside_a_portfolio_section_are_no_holdings(loader, tmp_path):
    text = _LETTER.replace("2. Portfolio highlights", "2. Companies we admire")
    got = facts(loader, tmp_path, text)
    assert ("Thornwick Hill Ventures", "INVESTED_IN", "Gallowmere") not in got


DEALS_NEWSLETTER = ("DEALS\n\n"
              "• Orvanta (Lisbon) — $30M Series A. Harbourline Capital led, Quartzfield and state-owned Nordvest "
              "followed on. Routing agents for ports.\n"
              "• Pellucid Labs (Osaka) — ¥2B (~$14M) Series B. Tamaki Partners led; Kinsei Ventures participated.\n"
              "• Brackwell AI (Denver) — $40M Series B. Ridgeway Capital led; the Corvid Fund (a corporate VC) "
              "and returning investor Elmstead Ventures joined.\n")


def test_a_newsletter_items_investors_back_the_round_it_opens_with(loader, tmp_path):
    got = facts(loader, tmp_path, DEALS_NEWSLETTER)
    assert {("Harbourline Capital", "INVESTED_IN", "Orvanta"), ("Nordvest", "INVESTED_IN", "Orvanta"),
            ("Tamaki Partners", "INVESTED_IN", "Pellucid Labs"), ("Kinsei Ventures", "INVESTED_IN", "Pellucid Labs"),
            ("Ridgeway Capital", "INVESTED_IN", "Brackwell AI"), ("Elmstead Ventures", "INVESTED_IN", "Brackwell AI"),
            ("Corvid Fund", "INVESTED_IN", "Brackwell AI")} <= got
    # Each item's investors back its own company only.
    assert ("Ridgeway Capital", "INVESTED_IN", "Pellucid Labs") not in got
    assert ("Tamaki Partners", "INVESTED_IN", "Orvanta") not in got


BLOG = ("Brightmoor raises $12M to automate quality checks\n\n"
        "March 3, 2026 · 4 min read\n"
        "Hana Olsen, CEO\n\n"
        "Today we're announcing a $12 million round led by Alder Capital, with participation from Fernway, the "
        "venture arm of Corvexa, and Mistel Ventures, as well as our seed investors Ruda Capital and Penn Harbor.\n"
        "In May we acquired Pellwick, a small startup from Leeds.\n\n"
        "Thanks for reading.\n\n"
        "Brightmoor Ltd · 1 Mill Street, Manchester · Privacy · Terms\n")


def test_a_company_blog_speaks_for_the_company_its_footer_names(loader, tmp_path):
    got = facts(loader, tmp_path, BLOG)
    assert ("Brightmoor", "ACQUIRED", "Pellwick") in got


def test_our_before_a_noun_is_no_member_of_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, BLOG)
    assert ("Fernway", "SUBSIDIARY_OF", "Corvexa") in got
    assert ("Fernway", "SUBSIDIARY_OF", "Brightmoor") not in got


def test_were_headquartered_in_places_the_company_speaking(loader, tmp_path):
    got = facts(loader, tmp_path, BLOG.replace("Thanks for reading.", "We’re headquartered in Rotterdam, Netherlands, "
                                               "and we're hiring."), locations=True)
    assert ("Brightmoor", "BASED_IN", "Netherlands") in got


PODCAST_OF_A_FOUNDER = """SIGNAL & NOISE
Episode 12 — Maren Holt (Tarnwick Robotics): "Warehouses are the new frontier."
Published March 2, 2026 · 40 min · Hosted by Colm Fryer

COLM: So how did the money come together?

MAREN: Slowly. Brightwater Ventures led the $18 million round in early 2025, and that changed everything.

COLM: And then?

MAREN: Last month we closed the Series B, $60 million, led by Orlanth Capital. Kessel Partners also led the seed round in Pellgrove Systems, a friend's company.

COLM: Great.
"""


INVESTOR_POST = """Brackenridge Capital — Notes from the Fund

Brightwater Ventures led the $18 million round, and we were glad to follow.
"""


FEATURE = """카렌로보틱스, 물류 AI로 시장 공략

카렌로보틱스는 2021년 설립된 물류 자동화 스타트업이다. 주력 제품은 창고 특화 소형언어모델(sLLM) '카렌-3'다.

고객사도 늘고 있다. 학습 인프라는 네이버클라우드와 맺은 전략적협력계약을 바탕으로 확보했다.

중소벤처기업부가 올해 처음 시행하는 '물류 AI 실증사업'의 주관기관으로 선정돼 3년간 정부출연금 40억원을 지원받는다.
"""


def test_a_round_naming_no_company_is_the_speaking_companys(loader, tmp_path):
    got = facts(loader, tmp_path, PODCAST_OF_A_FOUNDER)
    assert ("Brightwater Ventures", "INVESTED_IN", "Tarnwick Robotics") in got
    assert ("Orlanth Capital", "INVESTED_IN", "Tarnwick Robotics") in got
    # a round that names another company is that company's
    assert ("Kessel Partners", "INVESTED_IN", "Pellgrove Systems") in got
    assert ("Kessel Partners", "INVESTED_IN", "Tarnwick Robotics") not in got


def test_an_investors_voice_owns_no_round(loader, tmp_path):
    got = facts(loader, tmp_path, INVESTOR_POST)
    assert ("Brightwater Ventures", "INVESTED_IN", "Brackenridge Capital") not in got


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


def test_a_round_the_speaking_company_joined_is_not_its_own(loader, tmp_path):
    text = PODCAST_OF_A_FOUNDER.replace("Last month we closed the Series B", "Last month we participated in a Series B")
    assert ("Orlanth Capital", "INVESTED_IN", "Tarnwick Robotics") not in facts(loader, tmp_path, text)
