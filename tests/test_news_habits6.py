"""News habits, each on an invented text (not from any document).

A Korean brief speaks of "이번 라운드" and "시드 라운드에 투자한" without the round ever being a
company; an interview's headline names the chief executive and the company their answers speak
for ("저희"); an English newsletter item opens with the company and its round ("X (City) — $20M
Series A.") and then names the lead and the others in short clauses ("A led; B and C joined").
"""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_round_that_takes_money_is_no_company(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 AI 스타트업 가람로직이 100억원 규모 시리즈A 투자를 유치했다고 3일 밝혔다. "
                "이번 라운드는 한결벤처스가 주도했고 푸른자산운용, 새솔파트너스가 참여했다. "
                "새솔파트너스는 지난해 시드 라운드에 투자한 바 있다.\n")
    assert {(name, "INVESTED_IN", "가람로직") for name in ("한결벤처스", "푸른자산운용", "새솔파트너스")} <= got
    assert not any(obj == "라운드" for _, _, obj in got)


def test_an_interviewees_we_is_the_company_in_the_headline(loader, tmp_path):
    got = facts(loader, tmp_path, "[CEO 인터뷰] 홍길동 가람로직 대표 \"창고를 AI로 바꾼다\"\n가상경제신문 김기자\n\n"
                "물류 AI 스타트업 가람로직은 2020년 설립됐다.\n\n―해외 계획은.\n"
                "\"지난달 오사카의 미나토물산과 합작법인 '가람로직재팬'을 세웠어요.\"\n")
    assert ("가람로직", "FOUNDED", "가람로직재팬") in got


NEWSLETTER = ("DEALS\n\n"
              "• Orvanta (Lisbon) — $30M Series A. Harbourline Capital led, Quartzfield and state-owned Nordvest "
              "followed on. Routing agents for ports.\n"
              "• Pellucid Labs (Osaka) — ¥2B (~$14M) Series B. Tamaki Partners led; Kinsei Ventures participated.\n"
              "• Brackwell AI (Denver) — $40M Series B. Ridgeway Capital led; the Corvid Fund (a corporate VC) "
              "and returning investor Elmstead Ventures joined.\n")


def test_a_newsletter_items_investors_back_the_round_it_opens_with(loader, tmp_path):
    got = facts(loader, tmp_path, NEWSLETTER)
    assert {("Harbourline Capital", "INVESTED_IN", "Orvanta"), ("Nordvest", "INVESTED_IN", "Orvanta"),
            ("Tamaki Partners", "INVESTED_IN", "Pellucid Labs"), ("Kinsei Ventures", "INVESTED_IN", "Pellucid Labs"),
            ("Ridgeway Capital", "INVESTED_IN", "Brackwell AI"), ("Elmstead Ventures", "INVESTED_IN", "Brackwell AI"),
            ("Corvid Fund", "INVESTED_IN", "Brackwell AI")} <= got
    # Each item's investors back its own company only.
    assert ("Ridgeway Capital", "INVESTED_IN", "Pellucid Labs") not in got
    assert ("Tamaki Partners", "INVESTED_IN", "Orvanta") not in got


def test_country_flows_as_business_news_ranks_them(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "Money from Germany into Polish startups reached $300m last year, the tracker said.\n\n"
                        "In Chile, Canadian investors put $120m into local AI startups, overtaking Spain.\n\n"
                        "French investors put $900m into Kenya-based startups in 2025, Dataroom said, "
                        "followed by Italy with $150m.\n")
    flows = {key for key in got if key[1] == "VC_FLOW"}
    assert {("Germany", "VC_FLOW", "Poland"), ("Canada", "VC_FLOW", "Chile"), ("France", "VC_FLOW", "Kenya"),
            ("Italy", "VC_FLOW", "Kenya")} <= flows
    assert got[("Italy", "VC_FLOW", "Kenya")]["amount"] == 150
    # The investors' countries put the money in, their governments fund no one.
    assert not any(rel == "FUNDS" for _, rel, _ in got)


def test_a_quotes_speaker_named_with_their_post(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "\"Buyers finally trust the numbers,\" said Maren Holt, Quillbrook's co-founder and chief "
                        "executive.\n\n\"Nobody wants a pilot any more,\" said Tobias Lerch, a partner at "
                        "Vienna-based venture firm Alder Peak Capital.\n", locations=True)
    assert ("Maren Holt", "FOUNDED", "Quillbrook") in got
    # A partner is a person, placed nowhere by the firm's city.
    assert not any(subject == "Tobias Lerch" and rel == "BASED_IN" for subject, rel, _ in got)


def test_who_takes_each_role_in_the_programme_just_announced(loader, tmp_path):
    got = facts(loader, tmp_path, "가상부는 AI 로봇을 도입하는 공장에 비용을 지원하는 '로봇 실증 바우처' 사업을 시작한다고 "
                "2일 밝혔다. 1차 공급기업으로는 한빛AI, 새봄로보틱스, 누리테크 3곳이 뽑혔다. 수요기관으로는 "
                "가온소프트와 다온시스템즈가 참여한다.\n")
    assert {(name, "PARTICIPATES_IN", "로봇 실증 바우처")
            for name in ("한빛AI", "새봄로보틱스", "누리테크", "가온소프트", "다온시스템즈")} <= got


def test_joining_the_round_of_a_described_startup(loader, tmp_path):
    got = facts(loader, tmp_path, "Helion Partners was busy too: it joined the €40M Series B of Lyon robotics startup "
                "Vantrel, and the fund says more deals are coming.\n")
    assert ("Helion Partners", "INVESTED_IN", "Vantrel") in got
