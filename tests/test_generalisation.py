"""Generalisation check: recall on short documents nobody tuned the extractor for.

tests/generalisation/ holds twenty-seven documents (Korean news, reports extracted from PDFs, company filings,
press releases, broker notes and columns; English briefs, wires, notes and press releases;
deal and country-flow tables), about invented or little-known actors, with expected.yaml
listing every fact a careful reader extracts. Each was written by someone who had not seen
the code; the comments on FLOORS say what each scored untuned. Do not edit the documents to
suit the extractor (fix only mistakes in expected.yaml).

Matching: relation type (or an accepted alternative) and both endpoint names, case- and
space-insensitive, against the actor's name, Korean/Chinese name and aliases;
PARTNERS_WITH either direction. "core" leaves out BASED_IN (as graph.schema.CORE_REL_TYPES
does); "all" counts it.

The floors are the recall measured when this test was written, rounded down to 0.05:
raise them when the extractor improves, never lower them to make a regression pass.

Missed facts when written (by construction):
  Korean prose, unknown names are not discovered. In ko_news.txt only 2 of 27 core facts
  are found, both with a gazetteer government as subject and a quoted programme name:
  - "B는 A로부터 X 규모의 투자를 유치했다": N1 한빛인베스트먼트->딥브릭스 (250억 원, lead),
    N7 실버크릭벤처스->루멘랩스 (3,000만 달러)
  - participants in "A가 주도한 이번 라운드에는 C, D 등이 참여했다": N2 서린벤처스, N3 청람파트너스,
    N4 산업은행 -> 딥브릭스 (the investee is only in the sentence before)
  - participants in "이번 라운드에는 C와 D도 참여했다": N8 미나토캐피탈, N9 청람파트너스 -> 루멘랩스
  - "A가/는 B에 X를 투자했다": N10 청람파트너스->로앤비트, N12 소프트뱅크->메디카노바 (gazetteer
    investor, unknown investee), N13 서린벤처스->클래스노트, N20 노르빅캐피탈->벡터하임 (유로)
  - acquisition "A는 B를 인수했다" (price in the next sentence): N11 네이버->소리결
  - MOU/contract partnerships: N14 모아로보틱스-엔비디아 (MOU), N23 벡터하임-삼성전자 (계약),
    N27 시냅스온-라이온게이트파트너스 (손잡고)
  - founder in relative clause "B는 연도 A 대표가 설립한 회사로": N5 박정우->딥브릭스
  - "A는 B를 설립했다" (joint venture): N25, N26 시냅스온/라이온게이트파트너스->시냅스아시아
  - subsidiary "A는 B의 자회사로": N24 한빛인베스트먼트->한빛금융지주
  - develops "B는 'M'을 개발하고 있다": N6 딥브릭스->브릭-S
  - contribution to a fund "이 펀드에는 A와 B가 각각 X를 출자한다": N16 산업은행, N17 중소벤처기업부
  - participation by anaphora "A는 이 프로젝트에 참여할 예정이다": N19 모아로보틱스
  - JV investment by anaphora "양사는 합작법인에 총 X를 투입할 예정이다": N29, N30
  - location glosses "스웨덴의 A", "독일 ... 스타트업 B", "미국 벤처캐피털 A", "일본의 A",
    "싱가포르 투자사 B" (BASED_IN): N21, N22, N28, N31, N32, N33
  English prose, name boundaries of discovered names:
  - lead investor in "X raised $N in a Series B led by Y": E1 (found, but the investee is
    named "Oslo-based Tessellate AI")
  - participants "with participation from Z and W": E2, E3
  - acquisition with price "A acquired B for $N": E17 (found, but the target is named
    "Brightloom Analytics for")
  - "Y invested $N in X": E6 Marlowe Street Capital->Quillfire
  - "X, founded by P and Q": E9, E10 (extracted reversed, with both people as one Startup
    "Amara Okafor and Daniel Reyes"); "The company, founded by P in YEAR": E5
  - "X closed a $N seed round from Y": E11 (extracted with the object "Amara Okafor and
    Daniel Reyes")
  - "Y led a $N Series A in X of Osaka": E12
  - appositive "A, a subsidiary of B": E18; "A agreed to acquire B": E19 ("Lattice Nine for")
  - "A signed a ... agreement with B": E21 Microsoft-Tessellate AI
  - "A committed €N to B's fund": E16
  - "the government of N launched the P programme" (government not in the gazetteer,
    non-ASCII programme name cut to "Atl"): E22; "X is the first participant ...,
    receiving €N under the programme": E23, E24 ("Marésia" cut to "Lisbon-based Mar")
  - develops "X develops M": E15
  - location glosses "Oslo-based", "a London start-up", "a Singapore-based fund",
    "of Osaka", "Lisbon-based": E4, E7, E13, E14, E25
  Tables (ko_table.txt): all ten deal-table pairs and all ten VC flows are found; missed:
  - country gloss on the investor cell "블루하버캐피탈(미국)" (BASED_IN): T13
  - prose under the table: founder "B는 연도 A 대표가 설립한 VC로": T15 이준호->가온벤처파트너스;
    "A는 B와 전략적 파트너십을 맺었다고 밝혔다": T16 블루하버캐피탈-테라뉴런
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from graph.schema import CORE_REL_TYPES
from loaders import evaluation
from loaders.document import read_document, read_manifest
from loaders.gazetteer import default_gazetteer
from loaders.pipeline import DocumentLoader, Resolver

FOLDER = Path(__file__).resolve().parent / "generalisation"
DOCUMENTS = ("ko_news.txt", "en_brief.txt", "ko_table.txt", "ko_feature.txt", "en_wire.txt",
             "ko_policy.txt", "ko_deals.txt", "en_report.txt", "ko_report.txt", "ko_brief.txt", "en_news.txt",
             "ko_pdf_gulf.txt", "ko_pdf_asean.txt", "ko_news2.txt", "en_note.txt",
             "ko_press.txt", "ko_broker.txt", "ko_column.txt", "en_press.txt",
             "ko_think.txt", "ko_econ.txt", "en_pdf.txt", "ko_vc.txt",
             "ko_assembly.txt", "ko_newsletter.txt", "en_news9.txt", "ko_disclosure.txt",
             "ko_market.txt", "ko_ministry.txt", "en_blog.txt", "ko_magazine.txt",
             "ko_local.txt", "ko_review.txt", "en_transcript.txt", "ko_sns.txt",
             "ko_itnews.txt", "ko_wire.txt", "en_technews.txt", "en_wire12.txt",
             "ko_brief13.txt", "ko_column13.txt", "en_report13.txt", "ko_weekly.txt",
             "ko_econ_daily.txt", "ko_global.txt", "en_business.txt", "en_pressrelease.txt",
             "ko_startup_media.txt", "en_china_wire.txt", "ko_policy_report.txt", "en_newsletter.txt",
             "ko_gov_news.txt", "ko_securities.txt", "en_gov_release.txt", "ko_opinion.txt",
             "ko_interview.txt", "en_encyclopedia.txt", "ko_timeline.txt", "en_deal_digest.txt",
             "ko_broadcast.txt", "en_investor_letter.txt", "ko_conference_report.txt", "ko_cardnews.txt",
             "ko_press_conference.txt", "en_podcast_notes.txt", "ko_portfolio_page.txt", "en_factsheet.txt",
             "ko_morning_brief.txt", "en_linkedin_post.txt", "ko_issue_brief.txt", "en_trade_press.txt",
             "ko_portal_news.txt", "en_business_daily.txt", "ko_local_gov_news.txt", "en_asia_tech_news.txt",
             "ko_daily_econ.txt", "ko_it_media.txt", "en_wire_story.txt", "en_funding_news.txt",
             "ko_news_analysis.txt", "ko_press_release.txt", "en_feature.txt", "ko_startup_roundup.txt",
             "ko_portal_brief.txt", "en_newsletter27.txt", "ko_interview27.txt", "en_asia_business.txt",
             "en_sovereign_fund.txt", "en_regulator_action.txt", "en_wire_deals.txt", "en_earnings_call.txt",
             "ko_wire_news.txt", "en_tech_funding.txt", "ko_econ_weekly.txt", "en_reg_news.txt",
             "ko_ministry_release.txt", "ko_trade_news.txt", "ko_local_programme.txt", "ko_fund_programme.txt",
             "ko_tech_daily.txt", "en_markets_story.txt", "ko_policy_briefing.txt", "en_company_blog.txt",
             "ko_regional_news.txt", "en_gulf_business.txt", "ko_securities_news.txt", "en_china_ai.txt",
             "ko_startup_news.txt", "en_deal_analysis.txt", "ko_ministry_news.txt", "en_europe_policy.txt",
             "ko_global_news.txt", "en_japan_business.txt", "ko_finance_news.txt", "en_india_startup.txt",
             "ko_broadcast_web.txt", "en_policy_news.txt", "ko_vc_column.txt", "en_europe_tech.txt",
             "ko_vc_weekly.txt", "en_sovereign_wealth.txt", "ko_econ_daily34.txt", "en_us_policy_brief.txt",
             "ko_it_media35.txt", "en_korea_english_daily.txt", "ko_research_pdf.txt", "en_mideast_tech.txt",
             "ko_broadcast_script.txt", "en_funding_roundup.txt", "ko_press_release36.txt", "en_analyst_note.txt",
             "ko_startup_portal.txt", "en_vc_blog.txt", "ko_local_gov_release.txt", "en_china_tech_wire.txt",
             "ko_daily_politics_econ.txt", "en_european_startup_news.txt", "ko_securities_report.txt", "en_gulf_ai_deals.txt",
             "ko_weekly_magazine.txt", "en_policy_tracker.txt", "ko_vc_association_stats.txt", "en_earnings_call39.txt",
             "ko_startup_newsletter.txt", "en_japan_tech_news.txt", "ko_ministry_briefing.txt", "en_india_startup_report.txt",
             "ko_vc_interview.txt", "en_chip_trade_press.txt", "ko_assembly_research_brief.txt", "en_law_firm_deal_digest.txt",
             "ko_regional_daily.txt", "en_annual_report_excerpt.txt", "ko_demo_day_recap.txt", "en_sea_vc_roundup.txt",
             "ko_university_industry_news.txt", "en_latam_startup_news.txt", "ko_ipo_prospectus_excerpt.txt", "en_conference_keynote_recap.txt",
             "ko_cvc_trend_report.txt", "en_africa_tech_roundup.txt", "ko_feature_series.txt", "en_procurement_award_notice.txt",
             "ko_personal_blog.txt", "en_canada_ai_news.txt", "ko_council_minutes.txt", "en_lab_announcement.txt",
             "ko_company_history_page.txt", "en_startup_profile_page.txt", "ko_audit_qa_transcript.txt", "en_exchange_announcement.txt",
             "ko_bank_research_note.txt", "en_think_tank_commentary.txt", "ko_exhibition_guide.txt", "en_court_filing_summary.txt")

#: Recall floors, (core, all): measured values rounded down to the nearest 0.05.
FLOORS: dict[str, tuple[float, float]] = {
    # First measured (untuned): ko_news 2/27, en_brief 2/20, ko_table 20/22, overall 24/69.
    # ko_news and en_brief were then used to find general patterns the extractor lacked, so
    # they no longer measure untuned text:
    "ko_news.txt": (1.00, 1.00),    # measured 27/27 = 1.000, 33/33 = 1.000
    "en_brief.txt": (1.00, 1.00),   # measured 20/20 = 1.000, 25/25 = 1.000
    "ko_table.txt": (1.00, 1.00),   # measured 22/22 = 1.000, 26/26 = 1.000
    # ko_feature and en_wire were written afterwards by someone who did not see the code.
    # Untuned, they first measured 9/26 = 0.346 and 5/22 = 0.227; general fixes found on
    # them and on the third sample since raised them:
    "ko_feature.txt": (1.00, 1.00),  # measured 26/26 = 1.000, 29/29 = 1.000
    "en_wire.txt": (0.95, 0.95),     # measured 21/22 = 0.955, 30/31 = 0.968
    # Third sample, written blind: untuned ko_policy 3/39, ko_deals 3/25, en_report 5/37
    # (11/101 = 0.109); then used to find general patterns.
    "ko_policy.txt": (0.75, 0.75),   # measured 30/39 = 0.769, 32/42 = 0.762
    "ko_deals.txt": (0.85, 0.85),    # measured 22/25 = 0.880, 24/28 = 0.857
    "en_report.txt": (0.95, 0.95),   # measured 36/37 = 0.973, 39/40 = 0.975
    # Fourth sample, written blind: untuned it measured 14/91 = 0.154 and, after a session
    # of work on other text, 19/91 = 0.209; it was then used to find general patterns.
    "ko_report.txt": (1.00, 1.00),   # measured 35/35 = 1.000, 44/44 = 1.000
    "ko_brief.txt": (1.00, 0.95),    # measured 22/22 = 1.000, 23/24 = 0.958
    "en_news.txt": (0.90, 0.95),     # measured 32/34 = 0.941, 38/40 = 0.950
    # Sixth sample, written blind: untuned ko_pdf_gulf 11/30, ko_pdf_asean 15/30, ko_news2
    # 16/26, en_note 12/29 (54/115 = 0.470); then used to find general patterns.
    "ko_pdf_gulf.txt": (1.00, 1.00),   # measured 30/30 = 1.000, 35/35 = 1.000
    "ko_pdf_asean.txt": (1.00, 1.00),  # measured 30/30 = 1.000, 35/35 = 1.000
    "ko_news2.txt": (1.00, 0.95),      # measured 26/26 = 1.000, 28/29 = 0.966
    "en_note.txt": (0.95, 0.95),       # measured 28/29 = 0.966, 34/35 = 0.971
    # Seventh sample, written blind: untuned ko_press 5/26, ko_broker 9/21, ko_column 6/24,
    # en_press 15/18 (35/89 = 0.393); then used to find general patterns.
    "ko_press.txt": (1.00, 0.95),      # measured 26/26 = 1.000, 27/28 = 0.964
    "ko_broker.txt": (0.95, 0.85),     # measured 20/21 = 0.952, 23/27 = 0.852
    "ko_column.txt": (0.90, 0.85),     # measured 22/24 = 0.917, 25/29 = 0.862
    "en_press.txt": (0.90, 0.90),      # measured 17/18 = 0.944, 21/23 = 0.913
    # Eighth sample, written blind: untuned ko_think 7/34, ko_econ 12/25, en_pdf 3/32, ko_vc
    # 15/39 (37/130 = 0.285); 42/130 after a round of work on other text; then used to find
    # general patterns.
    "ko_think.txt": (0.85, 0.85),  # measured 29/34 = 0.853, 40/46 = 0.870
    "ko_econ.txt": (0.90, 0.85),  # measured 23/25 = 0.920, 26/30 = 0.867
    "en_pdf.txt": (1.00, 1.00),  # measured 32/32 = 1.000, 38/38 = 1.000
    "ko_vc.txt": (0.95, 0.95),  # measured 38/39 = 0.974, 42/43 = 0.977
    # Ninth sample, written blind: untuned ko_assembly 13/37, ko_newsletter 6/29, en_news9
    # 9/21, ko_disclosure 0/23 (28/110 = 0.255); then used to find general patterns.
    "ko_assembly.txt": (1.00, 0.95),  # measured 37/37 = 1.000, 42/43 = 0.977
    "ko_newsletter.txt": (0.90, 0.90),  # measured 27/29 = 0.931, 31/33 = 0.939
    "en_news9.txt": (0.95, 0.85),  # measured 20/21 = 0.952, 25/28 = 0.893
    "ko_disclosure.txt": (1.00, 1.00),  # measured 23/23 = 1.000, 31/31 = 1.000
    # Tenth sample, written blind: untuned ko_market 4/23, ko_ministry 3/22, en_blog 10/28,
    # ko_magazine 4/18 (21/91 = 0.231); 24/91 after a session of work on other text; then used
    # to find general patterns.
    "ko_market.txt": (0.95, 0.95),  # measured 22/23 = 0.957, 27/28 = 0.964
    "ko_ministry.txt": (0.95, 0.90),  # measured 21/22 = 0.955, 23/25 = 0.920
    "en_blog.txt": (0.85, 0.90),  # measured 25/28 = 0.893, 27/30 = 0.900
    "ko_magazine.txt": (0.85, 0.85),  # measured 16/18 = 0.889, 20/23 = 0.870
    # Eleventh sample, written blind: untuned ko_local 2/22, ko_review 5/19, en_transcript 1/18,
    # ko_sns 5/16 (13/75 = 0.173); then used to find general patterns.
    "ko_local.txt": (0.90, 0.90),  # measured 20/22 = 0.909, 20/22 = 0.909
    "ko_review.txt": (1.00, 0.95),  # measured 19/19 = 1.000, 21/22 = 0.955
    "en_transcript.txt": (0.65, 0.55),  # measured 12/18 = 0.667, 13/22 = 0.591
    "ko_sns.txt": (0.90, 0.85),  # measured 15/16 = 0.938, 15/17 = 0.882
    # Twelfth sample, written blind: untuned ko_itnews 6/26, ko_wire 2/28, en_technews 16/25,
    # en_wire12 13/23 (37/102 = 0.363); 38/102 after a round of work on other text; then used
    # to find general patterns.
    "ko_itnews.txt": (0.95, 0.85),  # measured 25/26 = 0.962, 26/29 = 0.897
    "ko_wire.txt": (0.70, 0.70),  # measured 20/28 = 0.714, 21/29 = 0.724
    "en_technews.txt": (0.90, 0.90),  # measured 23/25 = 0.920, 24/26 = 0.923
    "en_wire12.txt": (1.00, 0.90),  # measured 23/23 = 1.000, 28/30 = 0.933
    # Thirteenth sample, written blind: untuned ko_brief13 16/30, ko_column13 7/30, en_report13
    # 10/30, ko_weekly 9/35 (42/125 = 0.336); 43/125 after a round of work on other text; then
    # used to find general name-discovery habits.
    "ko_brief13.txt": (0.90, 0.95),  # measured 28/30 = 0.933, 39/41 = 0.951
    "ko_column13.txt": (0.75, 0.75),  # measured 23/30 = 0.767, 27/35 = 0.771
    "en_report13.txt": (0.70, 0.70),  # measured 22/30 = 0.733, 29/39 = 0.744
    "ko_weekly.txt": (0.85, 0.80),  # measured 30/35 = 0.857, 36/44 = 0.818
    # Fourteenth sample, written blind: untuned ko_econ_daily 4/25, ko_global 12/33, en_business
    # 14/28, en_pressrelease 4/19 (34/105 = 0.324, unchanged by a round of work on other text);
    # then used to find general patterns.
    "ko_econ_daily.txt": (0.70, 0.65),  # measured 18/25 = 0.720, 22/33 = 0.667
    "ko_global.txt": (0.80, 0.85),  # measured 28/33 = 0.848, 32/37 = 0.865
    "en_business.txt": (0.80, 0.85),  # measured 23/28 = 0.821, 31/36 = 0.861
    "en_pressrelease.txt": (0.75, 0.80),  # measured 15/19 = 0.789, 17/21 = 0.810
    # Sixteenth sample, written blind: untuned ko_startup_media 11/36, en_china_wire 5/33,
    # ko_policy_report 11/39, en_newsletter 7/32 (34/140 = 0.243; 38/140 after a session of work on
    # other text); then used to find general patterns.
    "ko_startup_media.txt": (0.90, 0.90),  # measured 34/36 = 0.944, 34/37 = 0.919
    "en_china_wire.txt": (0.60, 0.55),  # measured 20/33 = 0.606, 21/36 = 0.583
    "ko_policy_report.txt": (0.75, 0.75),  # measured 31/39 = 0.795, 36/46 = 0.783
    "en_newsletter.txt": (0.90, 0.85),  # measured 29/32 = 0.906, 32/36 = 0.889
    # Seventeenth sample, written blind: untuned ko_gov_news 10/30, ko_securities 4/22,
    # en_gov_release 4/23, ko_opinion 8/24 (26/99 = 0.263; 28/99 after a session of work on other
    # text); then used to find general patterns.
    "ko_gov_news.txt": (0.60, 0.60),  # measured 19/30 = 0.633, 21/34 = 0.618
    "ko_securities.txt": (0.90, 0.80),  # measured 20/22 = 0.909, 22/26 = 0.846
    "en_gov_release.txt": (0.60, 0.55),  # measured 14/23 = 0.609, 16/28 = 0.571
    "ko_opinion.txt": (0.65, 0.65),  # measured 16/24 = 0.667, 20/30 = 0.667
    # Eighteenth sample, written blind: untuned ko_interview 3/31, en_encyclopedia 13/29,
    # ko_timeline 4/43, en_deal_digest 7/39 (27/142 = 0.190; 28/142 after a round of work on other
    # text); then used to find general patterns.
    "ko_interview.txt": (0.40, 0.40),  # measured 13/31 = 0.419, 14/34 = 0.412
    "en_encyclopedia.txt": (0.70, 0.70),  # measured 21/29 = 0.724, 22/31 = 0.710
    "ko_timeline.txt": (0.90, 0.85),  # measured 39/43 = 0.907, 43/48 = 0.896
    "en_deal_digest.txt": (0.80, 0.75),  # measured 33/39 = 0.846, 35/45 = 0.778
    # Nineteenth sample, written blind: untuned ko_broadcast 1/25, en_investor_letter 9/38,
    # ko_conference_report 5/33, ko_cardnews 1/39 (16/135 = 0.119; 17/135 after a round of work on
    # other text); then used to find general patterns.
    "ko_broadcast.txt": (0.70, 0.65),  # measured 18/25 = 0.720, 19/29 = 0.655
    "en_investor_letter.txt": (0.65, 0.60),  # measured 26/38 = 0.684, 28/44 = 0.636
    "ko_conference_report.txt": (0.80, 0.75),  # measured 28/33 = 0.848, 29/37 = 0.784
    "ko_cardnews.txt": (0.70, 0.70),  # measured 29/39 = 0.744, 31/43 = 0.721
    # Twentieth sample, written blind: untuned ko_press_conference 7/22, en_podcast_notes 1/20,
    # ko_portfolio_page 0/52, en_factsheet 3/36 (11/130 = 0.085; 13/130 after a session of work on
    # other text); then used to find general patterns.
    "ko_press_conference.txt": (0.95, 0.90),  # measured 21/22 = 0.955, 23/25 = 0.920
    "en_podcast_notes.txt": (0.40, 0.35),  # measured 8/20 = 0.400, 9/23 = 0.391
    "ko_portfolio_page.txt": (0.95, 0.90),  # measured 50/52 = 0.962, 51/56 = 0.911
    "en_factsheet.txt": (0.50, 0.45),  # measured 19/36 = 0.528, 19/40 = 0.475
    # Twenty-first sample, written blind: untuned ko_morning_brief 5/30, en_linkedin_post 6/37,
    # ko_issue_brief 8/37, en_trade_press 12/27 (31/131 = 0.237; 34/131 after a session of work on
    # other text); then used to find general patterns.
    "ko_morning_brief.txt": (0.60, 0.50),  # measured 18/30 = 0.600, 19/35 = 0.543
    "en_linkedin_post.txt": (0.85, 0.85),  # measured 32/37 = 0.865, 34/40 = 0.850
    "ko_issue_brief.txt": (0.60, 0.60),  # measured 23/37 = 0.622, 29/45 = 0.644
    "en_trade_press.txt": (0.70, 0.65),  # measured 20/27 = 0.741, 23/33 = 0.697
    # Twenty-fourth sample (news articles), written blind: untuned ko_portal_news 10/35,
    # en_business_daily 10/29, ko_local_gov_news 8/37, en_asia_tech_news 17/37 (45/138 = 0.326,
    # with 44 of 104 extracted edges matching no expected fact); then used to find general patterns.
    "ko_portal_news.txt": (0.80, 0.75),  # measured 29/35 = 0.829, 30/40 = 0.750
    "en_business_daily.txt": (0.75, 0.70),  # measured 23/29 = 0.793, 25/34 = 0.735
    "ko_local_gov_news.txt": (0.90, 0.90),  # measured 34/37 = 0.919, 34/37 = 0.919
    "en_asia_tech_news.txt": (0.80, 0.85),  # measured 31/37 = 0.838, 40/46 = 0.870
    # Twenty-second sample (news articles), written blind: untuned ko_daily_econ 12/29, ko_it_media
    # 3/28, en_wire_story 9/27, en_funding_news 12/24 (36/108 = 0.333; 41/108 after a session of work
    # on other text); then used to find general patterns.
    "ko_daily_econ.txt": (0.85, 0.80),  # measured 25/29 = 0.862, 25/31 = 0.806
    "ko_it_media.txt": (0.75, 0.75),  # measured 22/28 = 0.786, 23/29 = 0.793
    "en_wire_story.txt": (0.80, 0.75),  # measured 22/27 = 0.815, 26/34 = 0.765
    "en_funding_news.txt": (0.65, 0.60),  # measured 16/24 = 0.667, 16/26 = 0.615
    # Twenty-third sample (news articles), written blind: untuned ko_news_analysis 12/32,
    # ko_press_release 11/26, en_feature 13/33, ko_startup_roundup 25/33 (61/124 = 0.492; 65/124
    # after a session of work on other text); then used to find general patterns.
    "ko_news_analysis.txt": (0.75, 0.75),  # measured 25/32 = 0.781, 30/40 = 0.750
    "ko_press_release.txt": (0.95, 0.85),  # measured 25/26 = 0.962, 29/33 = 0.879
    "en_feature.txt": (0.75, 0.65),  # measured 25/33 = 0.758, 30/43 = 0.698
    "ko_startup_roundup.txt": (0.95, 0.90),  # measured 32/33 = 0.970, 34/37 = 0.919
    # Twenty-seventh sample (news articles), written blind: untuned ko_portal_brief 11/26,
    # en_newsletter27 14/38, ko_interview27 9/25, en_asia_business 10/30 (44/119 = 0.370); then
    # used to find general patterns.
    "ko_portal_brief.txt": (0.85, 0.85),  # measured 23/26 = 0.885, 26/29 = 0.897
    "en_newsletter27.txt": (0.85, 0.75),  # measured 33/38 = 0.868, 33/42 = 0.786
    "ko_interview27.txt": (0.70, 0.60),  # measured 18/25 = 0.720, 18/28 = 0.643
    "en_asia_business.txt": (0.80, 0.85),  # measured 25/30 = 0.833, 36/41 = 0.878
    # Thirty-first sample, written blind as training text on English news of states and big money:
    # untuned en_sovereign_fund 3/30, en_regulator_action 5/28, en_wire_deals 25/55,
    # en_earnings_call 6/24 (39/137 = 0.285).
    "en_sovereign_fund.txt": (0.50, 0.55),  # measured 16/30 = 0.533, 21/36 = 0.583
    "en_regulator_action.txt": (0.75, 0.70),  # measured 21/28 = 0.750, 23/32 = 0.719
    "en_wire_deals.txt": (0.75, 0.75),  # measured 42/55 = 0.764, 53/67 = 0.791
    "en_earnings_call.txt": (0.70, 0.70),  # measured 17/24 = 0.708, 21/29 = 0.724
    # Twenty-sixth sample (news articles), written blind: untuned ko_wire_news 17/24,
    # en_tech_funding 13/19, ko_econ_weekly 5/34, en_reg_news 4/24 (39/101 = 0.386); then used to
    # find general patterns.
    "ko_wire_news.txt": (0.95, 0.85),  # measured 23/24 = 0.958, 26/29 = 0.897
    "en_tech_funding.txt": (1.00, 0.95),  # measured 19/19 = 1.000, 22/23 = 0.957
    "ko_econ_weekly.txt": (0.85, 0.85),  # measured 30/34 = 0.882, 30/34 = 0.882
    "en_reg_news.txt": (0.50, 0.55),  # measured 12/24 = 0.500, 16/29 = 0.552
    # Thirtieth sample, written blind as training text on Korean government programmes and who
    # takes part in them: untuned ko_ministry_release 6/35, ko_trade_news 4/34, ko_local_programme
    # 7/37, ko_fund_programme 4/31 (21/137 = 0.153; 28/137 after other work of the same session).
    "ko_ministry_release.txt": (0.85, 0.85),  # measured 31/35 = 0.886, 32/36 = 0.889
    "ko_trade_news.txt": (0.85, 0.85),  # measured 30/34 = 0.882, 30/34 = 0.882
    "ko_local_programme.txt": (0.85, 0.85),  # measured 33/37 = 0.892, 35/39 = 0.897
    "ko_fund_programme.txt": (0.55, 0.55),  # measured 18/31 = 0.581, 18/32 = 0.562
    # Twenty-eighth sample (news articles), written blind: untuned ko_tech_daily 17/32,
    # en_markets_story 9/28, ko_policy_briefing 2/30, en_company_blog 6/27 (34/117 = 0.291; 35/117
    # after a session of work on other text); then used to find general patterns.
    "ko_tech_daily.txt": (0.75, 0.70),  # measured 24/32 = 0.750, 27/37 = 0.730
    "en_markets_story.txt": (0.85, 0.85),  # measured 25/28 = 0.893, 30/34 = 0.882
    "ko_policy_briefing.txt": (0.60, 0.65),  # measured 19/30 = 0.633, 21/32 = 0.656
    "en_company_blog.txt": (0.65, 0.65),  # measured 18/27 = 0.667, 19/29 = 0.655
    # Twenty-ninth sample (news articles), written blind: untuned ko_regional_news 8/31,
    # en_gulf_business 1/25, ko_securities_news 11/21, en_china_ai 12/26 (32/103 = 0.311; 36/103
    # after a session of work on other text); then used to find general patterns.
    "ko_regional_news.txt": (0.65, 0.70),  # measured 21/31 = 0.677, 24/34 = 0.706
    "en_gulf_business.txt": (0.65, 0.70),  # measured 17/25 = 0.680, 25/35 = 0.714
    "ko_securities_news.txt": (0.85, 0.85),  # measured 18/21 = 0.857, 22/25 = 0.880
    "en_china_ai.txt": (0.80, 0.80),  # measured 22/26 = 0.846, 23/28 = 0.821
    # Thirty-second sample (news and policy), written blind: untuned ko_startup_news 8/28,
    # en_deal_analysis 12/22, ko_ministry_news 17/35, en_europe_policy 10/28 (47/113 = 0.416; 54/113
    # after a session of work on other text); then used to find general patterns.
    "ko_startup_news.txt": (0.70, 0.70),  # measured 20/28 = 0.714, 21/29 = 0.724
    "en_deal_analysis.txt": (0.85, 0.75),  # measured 19/22 = 0.864, 20/26 = 0.769
    "ko_ministry_news.txt": (0.65, 0.65),  # measured 24/35 = 0.686, 24/35 = 0.686
    "en_europe_policy.txt": (0.50, 0.55),  # measured 15/28 = 0.536, 19/32 = 0.594
    # Thirty-third sample (news articles), written blind: untuned ko_global_news 9/31,
    # en_japan_business 7/27, ko_finance_news 6/29, en_india_startup 10/29 (32/116 = 0.276; 35/116
    # after a session of work on other text); then used to find general patterns.
    "ko_global_news.txt": (0.55, 0.50),  # measured 20/36 = 0.556, 21/42 = 0.500
    "en_japan_business.txt": (0.55, 0.60),  # measured 17/29 = 0.586, 21/33 = 0.636
    "ko_finance_news.txt": (0.40, 0.45),  # measured 12/27 = 0.444, 13/28 = 0.464
    "en_india_startup.txt": (0.75, 0.80),  # measured 19/24 = 0.792, 21/26 = 0.808
    # Twenty-fifth sample (news articles), written blind: untuned ko_broadcast_web 7/28,
    # en_policy_news 9/28, ko_vc_column 14/25, en_europe_tech 14/30 (44/111 = 0.396; 48/111 after
    # two sessions of work on other text); then used to find general patterns.
    "ko_broadcast_web.txt": (0.75, 0.70),  # measured 21/28 = 0.750, 24/34 = 0.706
    "en_policy_news.txt": (0.70, 0.65),  # measured 20/28 = 0.714, 22/32 = 0.688
    "ko_vc_column.txt": (0.70, 0.65),  # measured 18/25 = 0.720, 20/30 = 0.667
    "en_europe_tech.txt": (0.75, 0.75),  # measured 23/30 = 0.767, 27/34 = 0.794
    # Thirty-fourth sample (VC newsletter, sovereign funds, economic daily, policy brief), written
    # blind: untuned ko_vc_weekly 13/31, en_sovereign_wealth 18/30, ko_econ_daily(34) 11/30,
    # en_us_policy_brief 8/26 (50/117 = 0.427; 52/117 after a session of work on other text); then
    # used to find general patterns.
    "ko_vc_weekly.txt": (0.80, 0.75),  # measured 25/31 = 0.806, 25/32 = 0.781
    "en_sovereign_wealth.txt": (0.70, 0.75),  # measured 22/30 = 0.733, 28/37 = 0.757
    "ko_econ_daily34.txt": (0.75, 0.75),  # measured 23/30 = 0.767, 23/30 = 0.767
    "en_us_policy_brief.txt": (0.65, 0.65),  # measured 18/26 = 0.692, 21/31 = 0.677
    # Thirty-fifth sample (IT media, English-language Korean daily, research PDF, Middle East tech),
    # written blind: untuned ko_it_media(35) 14/25, en_korea_english_daily 20/33, ko_research_pdf 14/29,
    # en_mideast_tech 15/30 (63/117 = 0.538; 65/117 after a session of work on other text); then
    # used to find general patterns.
    "ko_it_media35.txt": (0.80, 0.80),  # measured 20/25 = 0.800, 22/27 = 0.815
    "en_korea_english_daily.txt": (0.80, 0.85),  # measured 28/33 = 0.848, 33/38 = 0.868
    "ko_research_pdf.txt": (0.80, 0.85),  # measured 24/29 = 0.828, 29/34 = 0.853
    "en_mideast_tech.txt": (0.60, 0.70),  # measured 19/30 = 0.633, 28/39 = 0.718
    # Thirty-sixth sample (broadcast script, funding roundup, press release, analyst note), written
    # blind: untuned ko_broadcast_script 5/21, en_funding_roundup 20/45, ko_press_release(36) 18/21,
    # en_analyst_note 4/29 (47/116 = 0.405, the same after a session of work on other text); then
    # used to find general patterns.
    "ko_broadcast_script.txt": (0.65, 0.55),  # measured 14/21 = 0.667, 15/26 = 0.577
    "en_funding_roundup.txt": (0.70, 0.70),  # measured 32/45 = 0.711, 35/49 = 0.714
    "ko_press_release36.txt": (0.90, 0.80),  # measured 19/21 = 0.905, 21/25 = 0.840
    "en_analyst_note.txt": (0.20, 0.25),  # measured 7/29 = 0.241, 9/34 = 0.265
    # Thirty-seventh sample (startup portal, VC blog, local government release, China tech wire),
    # written blind: untuned ko_startup_portal 16/24, en_vc_blog 20/35, ko_local_gov_release 11/40,
    # en_china_tech_wire 10/26 (57/125 = 0.456; 60/125 after a session of work on other text); then
    # used to find general patterns.
    "ko_startup_portal.txt": (0.80, 0.80),  # measured 20/24 = 0.833, 21/26 = 0.808
    "en_vc_blog.txt": (0.80, 0.80),  # measured 29/35 = 0.829, 32/40 = 0.800
    "ko_local_gov_release.txt": (0.75, 0.75),  # measured 30/40 = 0.750, 31/41 = 0.756
    "en_china_tech_wire.txt": (0.50, 0.55),  # measured 14/26 = 0.538, 15/27 = 0.556
    # Thirty-eighth sample (daily politics/economy, European startup news, securities report, Gulf AI
    # deals), written blind: untuned ko_daily_politics_econ 9/27, en_european_startup_news 18/30,
    # ko_securities_report 14/27, en_gulf_ai_deals 12/30 (53/114 = 0.465; 64/114 after a session of
    # work on other text); then used to find general patterns.
    "ko_daily_politics_econ.txt": (0.65, 0.55),  # measured 18/27 = 0.667, 18/31 = 0.581
    "en_european_startup_news.txt": (0.85, 0.80),  # measured 26/30 = 0.867, 33/39 = 0.846
    "ko_securities_report.txt": (0.70, 0.70),  # measured 19/27 = 0.704, 25/35 = 0.714
    "en_gulf_ai_deals.txt": (0.70, 0.70),  # measured 21/30 = 0.700, 27/38 = 0.711
    # Thirty-ninth sample (weekly magazine, policy tracker, VC association statistics, earnings call),
    # written blind: untuned ko_weekly_magazine 17/34, en_policy_tracker 17/35, ko_vc_association_stats
    # 7/23, en_earnings_call(39) 4/20 (45/112 = 0.402; 46/112 after a session of work on other text);
    # then used to find general patterns.
    "ko_weekly_magazine.txt": (0.75, 0.70),  # measured 26/34 = 0.765, 27/37 = 0.730
    "en_policy_tracker.txt": (0.70, 0.70),  # measured 25/35 = 0.714, 31/42 = 0.738
    "ko_vc_association_stats.txt": (0.70, 0.65),  # measured 17/23 = 0.739, 22/33 = 0.667
    "en_earnings_call39.txt": (0.60, 0.55),  # measured 12/20 = 0.600, 14/25 = 0.560
    # Fortieth sample (startup newsletter, Japan tech news, ministry briefing, India startup report),
    # written blind: untuned ko_startup_newsletter 9/35, en_japan_tech_news 15/32, ko_ministry_briefing
    # 5/34, en_india_startup_report 5/33 (34/134 = 0.254; 36/134 after a session of work on other
    # text); then used to find general patterns.
    "ko_startup_newsletter.txt": (0.65, 0.65),  # measured 24/35 = 0.686, 25/38 = 0.658
    "en_japan_tech_news.txt": (0.65, 0.70),  # measured 22/32 = 0.688, 27/38 = 0.711
    "ko_ministry_briefing.txt": (0.85, 0.80),  # measured 29/34 = 0.853, 30/36 = 0.833
    "en_india_startup_report.txt": (0.60, 0.60),  # measured 21/33 = 0.636, 24/37 = 0.649
    # Forty-first sample (VC interview, chip trade press, National Assembly research brief, law-firm
    # deal digest), written blind: untuned ko_vc_interview 6/33, en_chip_trade_press 14/28,
    # ko_assembly_research_brief 8/27, en_law_firm_deal_digest 6/26 (34/114 = 0.298; 36/114 after a
    # session of work on other text); then used to find general patterns.
    "ko_vc_interview.txt": (0.50, 0.45),  # measured 17/33 = 0.515, 17/35 = 0.486
    "en_chip_trade_press.txt": (0.65, 0.65),  # measured 19/28 = 0.679, 21/32 = 0.656
    "ko_assembly_research_brief.txt": (0.40, 0.35),  # measured 11/27 = 0.407, 11/29 = 0.379
    "en_law_firm_deal_digest.txt": (0.50, 0.50),  # measured 13/26 = 0.500, 17/31 = 0.548
    # Forty-second sample (regional daily, annual report excerpt, demo-day recap, Southeast Asia VC
    # roundup), written blind: untuned ko_regional_daily 10/32, en_annual_report_excerpt 6/41,
    # ko_demo_day_recap 1/44, en_sea_vc_roundup 16/56 (33/173 = 0.191; 33/173 after a session of
    # work on other text); then used to find general patterns.
    "ko_regional_daily.txt": (0.55, 0.55),  # measured 18/32 = 0.562, 19/34 = 0.559
    "en_annual_report_excerpt.txt": (0.65, 0.70),  # measured 27/41 = 0.659, 40/56 = 0.714
    "ko_demo_day_recap.txt": (0.10, 0.15),  # measured 6/44 = 0.136, 7/46 = 0.152
    "en_sea_vc_roundup.txt": (0.40, 0.45),  # measured 25/56 = 0.446, 33/72 = 0.458
    # Forty-third sample (university-industry news, Latin American startup news, IPO prospectus
    # excerpt, conference keynote recap), written blind: untuned ko_university_industry_news 13/37,
    # en_latam_startup_news 16/34, ko_ipo_prospectus_excerpt 4/35, en_conference_keynote_recap 12/34
    # (45/140 = 0.321; 45/140 after a session of work on other text); then used to find general patterns.
    "ko_university_industry_news.txt": (0.50, 0.50),  # measured 19/37 = 0.514, 20/39 = 0.513
    "en_latam_startup_news.txt": (0.60, 0.60),  # measured 21/34 = 0.618, 27/43 = 0.628
    "ko_ipo_prospectus_excerpt.txt": (0.10, 0.10),  # measured 5/35 = 0.143, 5/37 = 0.135
    "en_conference_keynote_recap.txt": (0.45, 0.45),  # measured 16/34 = 0.471, 17/37 = 0.459
    # Forty-fourth sample (CVC trend report, African tech roundup, newspaper feature series,
    # procurement award notice), written blind: untuned ko_cvc_trend_report 10/30,
    # en_africa_tech_roundup 12/41, ko_feature_series 8/20, en_procurement_award_notice 3/28
    # (33/119 = 0.277; 33/119 after a session of work on other text); then used to find general patterns.
    "ko_cvc_trend_report.txt": (0.80, 0.75),  # measured 24/30 = 0.800, 26/33 = 0.788
    "en_africa_tech_roundup.txt": (0.50, 0.50),  # measured 21/41 = 0.512, 25/48 = 0.521
    "ko_feature_series.txt": (0.50, 0.50),  # measured 10/20 = 0.500, 16/30 = 0.533
    "en_procurement_award_notice.txt": (0.65, 0.70),  # measured 19/28 = 0.679, 24/33 = 0.727
    # Forty-fifth sample (individual investor's blog, Canadian AI news, city council minutes, research
    # lab announcement), written blind: untuned ko_personal_blog 8/32, en_canada_ai_news 15/35,
    # ko_council_minutes 2/24, en_lab_announcement 5/27 (30/118 = 0.254; 31/118 after a session of
    # work on other text); then used to find general patterns.
    "ko_personal_blog.txt": (0.50, 0.50),  # measured 16/32 = 0.500, 21/40 = 0.525
    "en_canada_ai_news.txt": (0.60, 0.55),  # measured 21/35 = 0.600, 23/40 = 0.575
    "ko_council_minutes.txt": (0.05, 0.05),  # measured 2/24 = 0.083, 2/24 = 0.083
    "en_lab_announcement.txt": (0.30, 0.30),  # measured 9/27 = 0.333, 10/31 = 0.323
    # Forty-sixth sample (company history page, startup profile page, National Assembly audit Q&A,
    # stock exchange announcement), written blind: untuned ko_company_history_page 0/40,
    # en_startup_profile_page 9/28, ko_audit_qa_transcript 7/29, en_exchange_announcement 2/19
    # (18/116 = 0.155); then used to find general patterns.
    "ko_company_history_page.txt": (1.00, 0.95),  # measured 40/40 = 1.000, 43/44 = 0.977
    "en_startup_profile_page.txt": (0.85, 0.90),  # measured 25/28 = 0.893, 29/32 = 0.906
    "ko_audit_qa_transcript.txt": (0.20, 0.20),  # measured 7/29 = 0.241, 8/33 = 0.242
    "en_exchange_announcement.txt": (0.20, 0.20),  # measured 4/19 = 0.211, 5/22 = 0.227
    # Forty-seventh sample (bank research note, think-tank commentary, exhibition guide, court filing
    # summary), written blind: untuned ko_bank_research_note 20/31, en_think_tank_commentary 9/28,
    # ko_exhibition_guide 1/32, en_court_filing_summary 11/21 (41/112 = 0.366); then used to find
    # general patterns.
    "ko_bank_research_note.txt": (0.65, 0.65),  # measured 21/31 = 0.677, 23/34 = 0.676
    "en_think_tank_commentary.txt": (0.50, 0.50),  # measured 15/28 = 0.536, 18/33 = 0.545
    "ko_exhibition_guide.txt": (0.65, 0.65),  # measured 21/32 = 0.656, 24/36 = 0.667
    "en_court_filing_summary.txt": (0.65, 0.55),  # measured 14/21 = 0.667, 14/25 = 0.560
    # Overall: 0.853 on the first 47 documents; the sixteenth to forty-seventh samples, tuned for
    # one round only, bring it down. Kept at the measured value to the hundredth, not rounded to
    # 0.05 as the documents' are: a drop spread over many documents shows here first.
    "overall": (0.75, 0.74),         # measured 3892/5179 = 0.751, 4436/5984 = 0.741
}
#: Hand verdicts (true/wrong, with a reason) on extracted core edges the expected facts lack, in
#: the gold format of tests/gold/dev_judged.jsonl, matched as ``aigraph eval --judged`` matches them.
JUDGED = FOLDER / "judged_extras.jsonl"
#: Unexpected core edges judged wrong that are still extracted: 36 when first judged, 25 after the first
#: fixes (precision9); 39 with the fourteen of the twenty-fifth, thirty-second and thirty-third samples,
#: 33 after the next fixes (enrefs, entplaces, kolists), 37 with the thirty-fourth and thirty-fifth
#: samples' four, 35 after tune38's fixes, 36 with the thirty-eighth and thirty-ninth samples' one,
#: 26 after fixes by cause (kinds of fund and technology acronyms as names, a second verb's object as
#: one more partner, "a large part of" as ownership, an owner and its unit as 양사, a site as a
#: product, a founder's given name as a startup, a fund's relative clause as an investment in it,
#: "Commerce" as a startup), 32 with the thirty-seventh sample's six, 33 when a table row took the
#: expected fact an edge from a cut name ("AI연구원") had near-matched, 31 once a fund of funds named
#: as anchor backer was no longer the fund its co-backers join, 25 after precision11's fixes by cause
#: (an investment arm acting on its own namesake, money received from an investor read as a grant,
#: "State-owned" inside a name read as an owner, "LPs" and a headline's "Announcing" as names, a fund
#: of funds named as the money's source as the programme run, the source of "€N from X" as what the
#: money pays for), 18 after precision12's fixes of carried subjects and objects (a programme a body
#: floats ("'P'를 띄우고") read as a company, so an older fund stayed in play; a sentence's own unknown
#: topic; a partner set against the earlier one ("C와는"); the agent of a passive relative clause as
#: "the fund"; a clause naming what the money goes into "in the winners" as a round joined), 17 once
#: "committed ... to it" found the programme it points back to, 16 once "The company" after a
#: customer named in passing meant the story's company, 32 with the fortieth to forty-second
#: samples' sixteen, 25 after precision14's English fixes by cause (a news outlet's masthead or byline
#: taken for a first-person voice, a stale round after a fund's close, a fund's advisor owned by "the
#: firm" that writes, a parent's bare name after its unit's, an "X-based" model as the product, an
#: investor's deal sentence naming another company's round as the new topic), 14 after precision13's
#: fixes of Korean causes (a cohort item's team, "- 7기 B:", left unnamed so the last company took its
#: round; numbered items read as footnotes, which ran one item on into a later line; a Latin code cut
#: from a Korean title or glossed unit name ("'레일코어 R2'", "누리온파트너스 SG(...)", "‘제조 AX
#: 특별자금’"); "수요기업" as a name; an open-innovation platform as a product; the raiser of a round
#: "B가 마무리한 라운드를 주도" as its lead), 11 once a word's inner abbreviation ("인공지능(AI)·바이오")
#: no longer cut a programme's name and an institute named by its field kept its owner's name ("서울대
#: AI연구원"), 10 once a product a company launched and named in apposition ("a compute subsystem
#: ..., the X") was no company founded, 2 after precision16's Korean fixes by cause (a 와 joining a
#: fund to a topic noun "공동펀드와 합작법인은" read as a partner; a passive "조성되며" credited to the
#: subject of the clause before; the subject of a relative clause on a quoted title "B가 주관한 '공모'"
#: as the agent; a programme whose role "P의 주관기관으로" was read as its funder; help in kind "기술
#: 지원을 받고" as funding; goods supplied to a pair "두 회사" as one company's purchase; a programme's
#: description before its quoted name as a second programme; money "중동발" as a world inflow), 8 with the forty-fifth sample's six, 12 with the forty-fourth's four,
#: 2 after precision17's fixes by cause (investors taking part together, "A, B가 공동으로 참여", read as
#: partners; a deal only guessed at, denied or unsettled, "검토하고 있다는 관측", "결정된 바 없다", "아직
#: 확정 아님", read as done; a bullet's subject taken from the relative clause before its parent's topic,
#: "A가 설립한 B는"; a cap on investing, "외부출자 비율 한도", read as money paid; a body carried from
#: before funding the fund of funds that owns the nominal act, "그중 모태펀드 출자가"; an investor's 의
#: before a fund of funds it manages as a launch; a fund's manager, "운용사(GP)", chosen for an earlier
#: project; "The Montreal company" after a round's backers as the last backer in that city; the machine
#: a model was "fine-tuned on" as a model developed), 0 once a round's size, "총 N원 규모의 투자 유치", was
#: no total raised from unnamed investors, and a unit "part of" a department kept its relative clause
#: ("X, part of Y, which has put £5m into the company") with "the company" the one whose round the
#: paragraph before reported; 7 with the forty-third's three and the forty-sixth's four, 10 with the
#: forty-seventh's three, 3 after precision18's seven fixes by cause (a capitals heading "INFORMATION ON
#: THE X" as a name; a fronted clause's last name "Since ... to the PRC, the Group has" as an
#: appositive's host; "launches $10M X" as a company founded; the unnamed body subject of a relative
#: clause "춘천시가 마련한 'P'" lost; "동사" past its sentence's own topic; a unit whose whole stake is
#: sold "B의 보유 지분 전량을 ... 넘겼다" as a subsidiary; "A와 정부 간 협약" credited to the dropped subject),
#: 0 once "Commerce's launch of P" named its possessor as the launcher, an unnamed publisher's "당행도"
#: ended the topic's clause and a polite verb ending "-ㅂ니" named no one (precision19).
#: May fall, never rise; a new wrong edge is fixed, not recorded.
JUDGED_WRONG_CEILING = 0
#: A stated amount agrees when amount_usd is within this fraction (exchange rates differ).
AMOUNT_TOLERANCE = 0.15
# Spaces and table cell borders, left out when a quote is looked for on its line.
_BORDERS = re.compile(r"[\s|]")


def norm(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(name))).casefold()


def actor_names(actor) -> set[str]:
    names = [actor.name, getattr(actor, "name_ko", None), getattr(actor, "name_zh", None)]
    names += list(actor.aliases or [])
    return {norm(n) for n in names if n}


def expected_names(fact: dict, end: str) -> set[str]:
    return {norm(n) for n in [fact[end], *fact.get(f"{end}_alt", [])]}


def rel_types(fact: dict) -> set[str]:
    return {fact["rel"], *fact.get("rel_alt", [])}


def is_core(fact: dict) -> bool:
    return fact["rel"] != "BASED_IN"


def matches(fact: dict, rel, actors, lenient: bool = False) -> bool:
    if rel.type not in rel_types(fact):
        return False
    subj, obj = actors[rel.subject], actors[rel.object]

    def fits(actor, end: str) -> bool:
        have, want = actor_names(actor), expected_names(fact, end)
        if have & want:
            return True
        # lenient: one name contains the other (a name boundary error, not a miss of the fact)
        return lenient and any(w in h or h in w for h in have for w in want if len(h) >= 3)

    if fits(subj, "subject") and fits(obj, "object"):
        return True
    return rel.type == "PARTNERS_WITH" and fits(subj, "object") and fits(obj, "subject")


@pytest.fixture(scope="module")
def expected() -> dict[str, list[dict]]:
    with (FOLDER / "expected.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple]:
    manifest = read_manifest(FOLDER)
    loader = DocumentLoader()
    out = {}
    for name in DOCUMENTS:
        source = read_document(FOLDER / name, manifest)
        out[name] = (source, loader.load_text(source).batch)
    return out


def score(facts: list[dict], batch) -> dict:
    """Which expected facts are found, which only with a wrong name boundary, which extras."""
    found, near, missed = [], [], []
    used: set[int] = set()
    for fact in facts:
        hits = [i for i, rel in enumerate(batch.relationships) if matches(fact, rel, batch.actors)]
        if hits:
            found.append((fact, batch.relationships[hits[0]]))
            used.update(hits)
            continue
        loose = [i for i, rel in enumerate(batch.relationships)
                 if matches(fact, rel, batch.actors, lenient=True)]
        (near if loose else missed).append(fact)
        used.update(loose)
    extras = [rel for i, rel in enumerate(batch.relationships) if i not in used]
    return {"found": found, "near": near, "missed": missed, "extras": extras}


def as_edge(rel, actors, doc: str, states: dict[str, str]) -> evaluation.Edge:
    """An extracted relationship as the evaluation's edge, its ends keyed as ``aigraph eval`` keys
    a stored graph's (``states``: national governments' ids to their country codes)."""
    def keys(actor) -> frozenset[str]:
        return evaluation.actor_keys(actor.id, actor.properties(), states, rel.type in evaluation.STATE_ACTS)

    return evaluation.Edge(keys(actors[rel.subject]), rel.type, keys(actors[rel.object]), frozenset({doc}),
                           rel.props, f"{doc}: {describe(rel, actors)}")


@pytest.fixture(scope="module")
def extras(expected, extracted) -> tuple[int, list[evaluation.Edge]]:
    """The number of core edges extracted and those of them no expected fact matches."""
    states = Resolver(default_gazetteer()).national_governments()
    n_core, unexpected = 0, []
    for name in DOCUMENTS:
        _, batch = extracted[name]
        n_core += sum(rel.type in CORE_REL_TYPES for rel in batch.relationships)
        unexpected += [as_edge(rel, batch.actors, name, states) for rel in score(expected[name], batch)["extras"]
                       if rel.type in CORE_REL_TYPES]
    return n_core, unexpected


@pytest.fixture(scope="module")
def judged(extras) -> tuple[int, int, tuple[list, list, list]]:
    """The number of core edges extracted, how many of them no expected fact matches, and those
    unexpected edges split by the hand verdicts into judged true, judged wrong and unjudged
    (evaluation.judge, names resolved through the gazetteer as ``aigraph eval --judged`` does)."""
    n_core, unexpected = extras
    verdicts = evaluation.read_verdicts(JUDGED)
    return n_core, len(unexpected), evaluation.judge(unexpected, verdicts, evaluation.gazetteer_resolver(default_gazetteer()))


def judged_report(judged) -> list[str]:
    """Precision over all documents counting the extras judged true as right (unjudged count wrong),
    then the extras judged wrong and the unjudged ones."""
    n_core, n_extras, (right, wrong, unjudged) = judged
    precision = ratio(n_core - n_extras + len(right), n_core)  # as EvalResult.judged_precision counts it
    lines = [f"  precision with hand-judged extras: {precision:.3f} ({n_core - n_extras} matched, "
             f"{len(right)} judged true, {len(wrong)} judged wrong, {len(unjudged)} unjudged counted wrong, "
             f"of {n_core} core edges extracted)"]
    lines += [f"    judged wrong: {e.label}\n      {v.reason}" for e, v in wrong]
    lines += [f"    unjudged: {e.label}" for e in unjudged]
    return lines


def ratio(n: int, d: int) -> float:
    return n / d if d else 1.0


def describe(rel, actors) -> str:
    s, o = actors[rel.subject], actors[rel.object]
    amount = rel.props.get("amount_usd")
    money = f" ${amount:,.0f}" if amount else ""
    return f"{s.name} [{s.type}] -{rel.type}-> {o.name} [{o.type}]{money}"


def test_generalisation_recall(expected, extracted, judged):
    totals = {"core": [0, 0], "all": [0, 0]}
    measured: dict[str, tuple[float, float]] = {}
    lines = ["", "generalisation recall (expected facts found / stated)"]
    for name in DOCUMENTS:
        facts = expected[name]
        _, batch = extracted[name]
        result = score(facts, batch)
        found_ids = {f["id"] for f, _ in result["found"]}
        core = [f for f in facts if is_core(f)]
        core_found = sum(f["id"] in found_ids for f in core)
        rc, ra = ratio(core_found, len(core)), ratio(len(found_ids), len(facts))
        measured[name] = (rc, ra)
        totals["core"][0] += core_found
        totals["core"][1] += len(core)
        totals["all"][0] += len(found_ids)
        totals["all"][1] += len(facts)
        n_rel = len(batch.relationships)
        precision = ratio(len(result["found"]), n_rel)
        lines.append(f"  {name}: core {core_found}/{len(core)} = {rc:.3f}, "
                     f"all {len(found_ids)}/{len(facts)} = {ra:.3f}; "
                     f"{n_rel} extracted, {len(result['extras'])} unmatched")
        for fact, rel in result["found"]:
            want = fact.get("amount_usd")
            got = rel.props.get("amount_usd")
            if want and fact.get("amount_scope") == "edge" and (
                    not got or abs(got - want) > AMOUNT_TOLERANCE * want):
                lines.append(f"    amount differs {fact['id']}: expected ~{want:,.0f}, got {got}")
            year = fact.get("year") or (str(fact["date"])[:4] if fact.get("date") else None)
            got_year = rel.props.get("year") or str(rel.props.get("date") or "")[:4] or None
            if year and str(year) != str(got_year):
                lines.append(f"    year differs {fact['id']}: expected {year}, got {got_year}")
            if fact.get("qualifier") and fact["qualifier"] != rel.props.get("qualifier"):
                lines.append(f"    qualifier differs {fact['id']}: expected {fact['qualifier']}, "
                             f"got {rel.props.get('qualifier')}")
        for fact in result["near"]:
            lines.append(f"    found with a wrong name   {fact['id']}: {fact['subject']} "
                         f"-{fact['rel']}-> {fact['object']}")
        for fact in result["missed"]:
            lines.append(f"    missed {fact['id']}: {fact['subject']} -{fact['rel']}-> "
                         f"{fact['object']}   [{fact.get('construction', '')}]")
        for rel in result["extras"]:
            lines.append(f"    not expected: {describe(rel, batch.actors)}")
        lines.append(f"    precision against expected (exact names): {precision:.3f}")
    measured["overall"] = (ratio(*totals["core"]), ratio(*totals["all"]))
    lines.append(f"  overall: core {totals['core'][0]}/{totals['core'][1]} = "
                 f"{measured['overall'][0]:.3f}, all {totals['all'][0]}/{totals['all'][1]} = "
                 f"{measured['overall'][1]:.3f}")
    lines += judged_report(judged)
    print("\n".join(lines))
    failures = [f"{k}: recall (core, all) = ({v[0]:.3f}, {v[1]:.3f}) below floor {FLOORS[k]}"
                for k, v in measured.items()
                if v[0] < FLOORS[k][0] - 1e-9 or v[1] < FLOORS[k][1] - 1e-9]
    assert not failures, "; ".join(failures)


def test_judged_wrong_extras_do_not_rise(judged):
    """Precision on text nobody tuned for: the extras judged wrong by hand stay at most the ceiling."""
    _, _, (_, wrong, _) = judged
    assert len(wrong) <= JUDGED_WRONG_CEILING, "\n".join(e.label for e, _ in wrong)


def test_every_extra_is_judged(judged):
    """A new unexpected edge needs a verdict, else a wrong one would slip past the ceiling unjudged."""
    _, _, (_, _, unjudged) = judged
    assert not unjudged, "\n".join(e.label for e in unjudged)


def test_every_verdict_judges_an_extracted_edge(extras):
    """A verdict whose edge is no longer extracted (or now matches an expected fact) is dropped from
    the file, so the file says what the extractor reads now."""
    _, unexpected = extras
    stale = evaluation.unused_verdicts(unexpected, evaluation.read_verdicts(JUDGED),
                                       evaluation.gazetteer_resolver(default_gazetteer()))
    assert not stale, "\n".join(f"{v.doc}:{v.line} {v.subject['name']} {v.relation} {v.object['name']} ({v.judged})"
                                 for v in stale)


def test_expected_facts_are_well_formed(expected):
    """expected.yaml: known relation types, unique ids, lines inside the documents."""
    from graph.schema import REL_TYPES

    ids = [f["id"] for facts in expected.values() for f in facts]
    assert len(ids) == len(set(ids))
    assert set(expected) == set(DOCUMENTS)
    for name, facts in expected.items():
        text_lines = (FOLDER / name).read_text(encoding="utf-8").split("\n")
        for fact in facts:
            assert rel_types(fact) <= set(REL_TYPES), fact["id"]
            assert 1 <= fact["line"] <= len(text_lines) and text_lines[fact["line"] - 1].strip(), fact["id"]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_evidence_points_at_the_quoted_line(extracted, name):
    """Every extracted fact has evidence, and its line holds the start of its quote."""
    source, batch = extracted[name]
    text_lines = source.text.split("\n")
    bad = []
    for rel in batch.relationships:
        if not rel.evidence:
            bad.append(f"no evidence: {describe(rel, batch.actors)}")
        for ev in rel.evidence:
            quote = squash(ev.text).lstrip("…. ")
            start = quote[:20]
            # The quote starts on its line and may run on into the next ones (a word broken
            # at a line end is joined again, a table row's cells are quoted without their
            # tabs or pipes, a flattened grid's row spans one line per cell: compare without
            # spaces and cell borders).
            line = _BORDERS.sub("", text_lines[ev.line - 1]) if 1 <= ev.line <= len(text_lines) else ""
            lines = _BORDERS.sub("", unicodedata.normalize("NFKC", "".join(text_lines[ev.line - 1:ev.line + 6])))
            ok = (ev.doc_id == batch.document.id and bool(line) and bool(start)
                  and -1 < lines.find(_BORDERS.sub("", start)) < len(unicodedata.normalize("NFKC", line)))
            if not ok:
                bad.append(f"{ev.doc_id}:{ev.line}: {ev.text[:60]!r} ({describe(rel, batch.actors)})")
    assert not bad, "\n".join(bad)
