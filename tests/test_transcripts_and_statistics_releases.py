"""Habits of earnings-call transcripts, policy bulletins, feature stories and statistics releases.

Every text here is invented (invented organisations and people):

- a transcript's masthead gives the company with its legal form and ticker, however short its
  name ("Quorvel, Inc. (NASDAQ: QRVL)"); "X, our wholly owned subsidiary," says whose X is;
- a bulletin heads an item with its corridor ("UAE -> US: ... committed $2.3 billion");
  a quoted name's acronym in brackets after the closing quote stands for it; "admitted to P:
  A, B and C" lists P's members after the colon;
- a Korean statistics release captions its tables "투자 재원 국적별 국내 ... 투자" (by the
  money's nationality, into Korea) and "국내 VC의 해외 AI 기업 투자(투자 대상국별)"; its own
  statistics title (「... 동향」을 발표) is no programme, nor are its 자펀드;
- a Korean feature lists a round's investors with descriptions between them ("A, 싱가포르계
  벤처캐피털 B, C의 투자 조직인 D가"), says earlier rounds "A와 B로부터 N원을, ... 각각 받았다",
  calls "B와의 관계는" a tie of the story's company, and glosses a quoted model after its quotes.
"""

from __future__ import annotations

from tests.reading import facts, relationships

CALL = """Quorvel, Inc. (NASDAQ: QRVL)
Q3 2027 Earnings Conference Call

Corporate participants
Dana Whitlow - Chief Executive Officer
Omar Pettis - Chief Financial Officer

Conference call participants
Lena Hask - Brindlewood Securities

Operator: Good afternoon, and welcome to Quorvel's third quarter earnings call. I will now turn the call over to Dana Whitlow.

Dana Whitlow: Thanks, everyone. We closed the acquisition of Tamsin Vision in August for $120 million in cash.

Quorvel Public Sector LLC, our wholly owned subsidiary, was selected as one of six partners in the Harbor Grid Initiative.

Lena Hask: Thanks. Any update on margins?

Omar Pettis: Margins improved. We also signed a multi-year agreement with Fennick Robotics.

Dana Whitlow: And in Brazil, Hoshimura Systems became our first reseller in March.
"""


def test_a_one_word_masthead_with_a_ticker_is_who_we_are(loader, tmp_path):
    got = facts(loader, tmp_path, CALL)
    assert ("Quorvel", "ACQUIRED", "Tamsin Vision") in got
    assert any({s, o} == {"Quorvel", "Fennick Robotics"} and t == "PARTNERS_WITH" for s, t, o in got)


def test_a_company_that_became_our_reseller_is_the_speakers_partner(loader, tmp_path):
    got = facts(loader, tmp_path, CALL)
    assert any({s, o} == {"Quorvel", "Hoshimura Systems"} and t == "PARTNERS_WITH" for s, t, o in got)


def test_our_subsidiary_in_an_appositive_is_the_speakers_unit(loader, tmp_path):
    got = facts(loader, tmp_path, CALL)
    assert ("Quorvel Public Sector", "SUBSIDIARY_OF", "Quorvel") in got
    # "our" says whose the unit is: the unit, not the speaker, was selected
    assert not any(s == "Quorvel" and t == "PARTICIPATES_IN" for s, t, o in got)


BULLETIN = """ORRIN POLICY WATCH | Bulletin 7

[2027-04-02] JAPAN | Ministry of Economy, Trade and Industry (METI)
- METI launched the "Coastal Compute Exchange" (CCX), a programme to share inference capacity among domestic developers.
- First cohort of developers admitted to CCX: Vessa Labs, Korrin Systems and Dalmo Robotics.

CROSS-BORDER CAPITAL
- UAE -> US: Emirati investors committed $1.7 billion to US AI companies in Q1 2027.
- China -> Singapore: Chinese VC into Singapore-registered AI startups rose to $190 million in 2026.
"""


def test_a_programmes_acronym_after_its_quoted_name_and_a_cohort_after_a_colon(loader, tmp_path):
    got = facts(loader, tmp_path, BULLETIN)
    for member in ("Vessa Labs", "Korrin Systems", "Dalmo Robotics"):
        assert (member, "PARTICIPATES_IN", "Coastal Compute Exchange") in got


def test_a_corridor_heading_an_item_gives_the_figure_after_its_colon(loader, tmp_path):
    got = relationships(loader, tmp_path, BULLETIN)
    flow = got[("United Arab Emirates", "VC_FLOW", "United States")]
    assert flow["amount_usd"] == 1.7e9 and flow["year"] == 2027
    assert got[("China", "VC_FLOW", "Singapore")]["year"] == 2026


RELEASE = """보도자료
한빛벤처투자연합회

□ 한빛벤처투자연합회는 회원사 자료를 집계한 「2026년 딥테크 분야 벤처투자 동향」을 12일 발표하였다.

<표 1> 투자 재원 국적별 국내 AI 분야 벤처투자(2026년)
(단위: 억원, %)
국적
투자금액
비중
미국
2,410
40.1
독일
905
15.0
합계
6,010
100.0

<표 2> 국내 VC의 해외 AI 기업 투자(투자 대상국별, 2026년)
(단위: 백만달러, %)
대상국
금액
비중
인도네시아
88
40.0
프랑스
52
23.6
합계
220
100.0

○ 모태펀드는 2026년 신설한 'AI 딥테크 계정'을 통해 9개 자펀드에 총 1,800억원을 출자하였다.
"""


def test_a_statistics_release_captions_its_flow_tables_by_nationality_and_destination(loader, tmp_path):
    got = facts(loader, tmp_path, RELEASE)
    assert ("United States", "VC_FLOW", "South Korea") in got
    assert ("Germany", "VC_FLOW", "South Korea") in got
    assert ("South Korea", "VC_FLOW", "Indonesia") in got
    assert ("South Korea", "VC_FLOW", "France") in got


def test_the_releases_own_statistics_and_sub_funds_are_no_programmes(loader, tmp_path):
    got = facts(loader, tmp_path, RELEASE)
    assert not any(o.endswith("동향") for s, t, o in got)
    assert not any(o == "자펀드" for s, t, o in got)


FEATURE = """[커버스토리] 소담랩스의 두 번째 도전

소담랩스는 2024년 세워진 AI 모델 기업이다. 회사가 지난해 공개한 '소담-2'(SODAM-2)는 경량 언어모델이다.
해외 판로는 마이크로소프트와 손잡고 뚫는다.

소담랩스는 이달 초 300억원 규모의 시리즈B 투자 유치를 마무리했다. 벨로캐피털이 주도한 이번 라운드에는 한결캐피털과 누리인베스트먼트, 싱가포르계 벤처캐피털 라군캐피털, 한솔전자의 벤처투자 조직인 한솔벤처스가 새로 이름을 올렸다.
앞서 시드 라운드에서는 다온벤처스와 새봄파트너스로부터 20억원을, 시리즈A에서는 벨로캐피털과 온누리인베스트먼트로부터 90억원을 각각 받았다.

이 중 누리인베스트먼트가 넣은 돈은 80억원이다. 누리인베스트먼트와의 관계는 재무적 투자에 그치지 않는다. 두 회사는 지난 1월 공동 사업 계약을 맺었다.
"""


def test_a_rounds_investors_listed_with_descriptions_between_them(loader, tmp_path):
    got = facts(loader, tmp_path, FEATURE)
    for investor in ("한결캐피털", "누리인베스트먼트", "라군캐피털", "한솔벤처스"):
        assert (investor, "INVESTED_IN", "소담랩스") in got
    assert not any(s == "Singapore" and t == "INVESTED_IN" for s, t, o in got)


def test_earlier_rounds_received_from_their_investors_each(loader, tmp_path):
    got = facts(loader, tmp_path, FEATURE)
    for investor in ("다온벤처스", "새봄파트너스", "온누리인베스트먼트"):
        assert (investor, "INVESTED_IN", "소담랩스") in got


def test_the_two_companies_after_a_tie_with_the_story_company(loader, tmp_path):
    got = facts(loader, tmp_path, FEATURE)
    assert any({s, o} == {"소담랩스", "누리인베스트먼트"} and t == "PARTNERS_WITH" for s, t, o in got)


def test_a_quoted_models_spelling_after_its_quotes_is_no_company(loader, tmp_path):
    got = facts(loader, tmp_path, FEATURE)
    assert any({s, o} == {"소담랩스", "Microsoft"} and t == "PARTNERS_WITH" for s, t, o in got)
    assert not any("SODAM-2" in (s, o) for s, t, o in got)


LISTING = """- The Commerce Department added two Chinese firms, Pellumo Compute Co. and Tarvick Intelligence (Hangzhou), to the Entity List.
"""


def test_a_city_in_brackets_after_a_listed_company_is_where_it_is(loader, tmp_path):
    got = facts(loader, tmp_path, LISTING)
    assert any(t == "REGULATES" and o.startswith("Tarvick Intelligence") for s, t, o in got)
    assert not any(o == "Hangzhou" for s, t, o in got)
