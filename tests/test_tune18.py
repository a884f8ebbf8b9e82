"""A venture firm's website flattened to text, and other habits of the twentieth sample's genres,
each on an invented text (not from any document).

The site names its owner on its first line; its portfolio lists each company by a name line and a
row of cells under a header; its exits a row per company sold; its funds a row per fund with LPs.
"""

from __future__ import annotations

from tests.reading import facts

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


def test_a_news_article_with_a_portfolio_word_is_no_site(loader, tmp_path):
    text = ("테크데일리 | 투자\n\n포트폴리오 기업 소식\n회사명 / 분야 / 투자 단계 / 동반 투자사\n다온랩 Daonlab\n"
            "산업 비전 AI / 시리즈A / 알토스벤처스\n")
    got = facts(loader, tmp_path, text)
    assert not any(f[2] == "다온랩" for f in got)


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


def test_a_portfolio_entrys_description_notes_are_about_its_company(loader, tmp_path):
    got = facts(loader, tmp_path, CARDS)
    assert {("다온랩", "DEVELOPS", "다온아이"), ("다온랩", "DEVELOPS", "DaonEye")} & got
    assert ("문하진", "FOUNDED", "다온랩") in got
    assert ("서다온", "FOUNDED", "별무리") in got
    assert ("Mira Hale", "FOUNDED", "별무리") in got
    assert ("별무리", "PARTICIPATES_IN", "우주 데이터 실증사업") in got
    # a co-investor nothing knows: the column says it is an investor
    assert ("그린라이트캐피탈", "INVESTED_IN", "별무리") in got


def test_a_venture_firms_partner_is_a_persons_post(loader, tmp_path):
    got = facts(loader, tmp_path, "한별벤처스는 2015년 조은비 대표파트너가 설립한 초기 투자사다.\n")
    assert ("조은비", "FOUNDED", "한별벤처스") in got


NEWS = """데일리테크
IT > AI

한결로보 "물류 로봇 두뇌 팔겠다"

윤서하 대표 첫 간담회…시리즈A 200억원 유치

▲ 사진 설명. <한결로보 제공>

물류 로봇 스타트업 한결로보(Hangyeol Robo)가 200억원 규모의 시리즈A 투자를 유치했다.

윤서하 한결로보 대표는 12일 창업 후 첫 간담회에서 "올해 해외로 간다"고 말했다.

회사는 2020년 윤 대표가 대학 동기인 남궁민 최고기술책임자(CTO)와 함께 창업했다. 지난해 물류기업 다온로지스와 공급 계약을 맺었다.
"""


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


def test_a_word_ending_in_a_company_noun_introduces_no_company(loader, tmp_path):
    # "대기업 자본이": a word ending in 기업 is no appositive introducing the lead's company
    text = ("데일리테크\n\n중·일 AI에 뭉칫돈\n日은 보조금·대기업 자본 쌍끌이\n\n"
            "일본에서는 정부 보조금과 대기업 자본이 AI 기업 키우기에 나선 모양새다.\n\n"
            "지난해에는 영상 모델 '하루-2'를 개발했다.\n")
    got = facts(loader, tmp_path, text)
    assert not any(f[0] == "자본" for f in got)


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


def test_a_news_lists_dated_headline_reads_as_a_headline(loader, tmp_path):
    text = "뉴스 NEWS\n2025.04.11  누리솔벤처스, 엔비디아와 스타트업 GPU 지원 업무협약(MOU)\n"
    got = facts(loader, tmp_path, text)
    assert {("누리솔벤처스", "PARTNERS_WITH", "NVIDIA"), ("NVIDIA", "PARTNERS_WITH", "누리솔벤처스")} & got


def test_a_where_clause_after_a_name_is_an_aside(loader, tmp_path):
    text = "Disclosure: Harrow Peak Capital, where Lena Voss is a partner, is an investor in Brindle Labs.\n"
    got = facts(loader, tmp_path, text)
    assert ("Harrow Peak Capital", "INVESTED_IN", "Brindle Labs") in got
    assert not any(f[1] == "INVESTED_IN" and f[0] == "Lena Voss" for f in got)
