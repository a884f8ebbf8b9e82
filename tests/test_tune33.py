"""News habits that made wrong edges, each on an invented text (not from any document).

A dateline with a double hyphen ("KYOTO -- ") and a byline giving the writer's post ("NAME, The
Paper staff writer") name no actor; a fronted adverb ("Overseas,"), a kicker ("Exclusive:") and a
currency ("Rs") are no names; a data source ("as per data from X", "X에 따르면") takes no part in
the deal; Korean common nouns after a descriptor ("개발사 지분", "기업 무더기") are no names; "the
<city>-based startup" is never the investor the headline named beside it.
"""

from __future__ import annotations

from tests.reading import facts, subjects_and_objects


def test_a_double_hyphen_dateline_and_a_posted_byline_are_no_actors(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnwell forms robotics venture\n"
                "HANAKO SUZUMURA, Eastern Ledger staff writer\n\n"
                "KYOTO -- Tarnwell Holdings said on Monday it will set up a venture with Brivane Labs. "
                "It also invested in Quorlix Robotics last year.\n")
    names = subjects_and_objects(got)
    assert not names & {"KYOTO", "HANAKO SUZUMURA"}


def test_a_fronted_adverb_and_a_currency_are_no_names(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital invested Rs 40 Cr in Velmora AI. "
                "Overseas, Harrowgate Capital took part in a $20 million round for Skelda Robotics.\n")
    names = subjects_and_objects(got)
    assert not names & {"Rs", "Overseas"}
    assert ("Harrowgate Capital", "INVESTED_IN", "Velmora AI") in got


def test_a_data_source_takes_no_part(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI raised $12 million from Harrowgate Capital. "
                "VC funding into Indian AI startups touched $2 Bn this year, as per data from Datalore.\n")
    assert not any(subject == "Datalore" for subject, _, _ in got)


def test_a_korean_source_takes_no_part(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부는 올해 '제조 AI 지원사업'을 시작했다. "
                "시장조사업체 데이터로어에 따르면 국내 AI 스타트업 투자액은 지난해 9억 달러로 줄었다.\n")
    assert "데이터로어" not in subjects_and_objects(got)


def test_korean_common_nouns_after_a_descriptor_are_no_names(loader, tmp_path):
    got = facts(loader, tmp_path, "미국, 중국 AI기업 무더기 수출통제\n\n"
                "재무부는 미국 투자자가 중국의 AI 모델 개발사 지분을 사들이는 것을 막고 있다.\n")
    assert not subjects_and_objects(got) & {"무더기", "지분"}


def test_a_placed_startup_is_not_the_investor_beside_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI raises $30 Mn led by Peak XV Partners\n"
                "The Bengaluru-based startup has also tied up with Google Cloud\n\n"
                "Velmora AI builds speech models.\n")
    assert ("Peak XV Partners", "PARTNERS_WITH", "Google Cloud") not in got
    assert not any("Peak XV Partners" in (s, o) and r == "BASED_IN" for s, r, o in got)


def test_a_programme_glossed_by_its_owner_is_launched_by_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI has been selected for Brightgrid, the Ministry of Digital Affairs' program "
                "that subsidizes compute. Velmora AI also signed an MoU with Lumenpath, the Ministry of Digital Affairs's "
                "national translation mission.\n")
    assert ("Ministry of Digital Affairs", "LAUNCHED", "Lumenpath") in got
    assert ("Velmora AI", "PARTNERS_WITH", "Ministry of Digital Affairs") not in got


def test_a_programme_run_by_a_body_is_launched_by_that_body(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI is one of the startups selected under the Brightgrid Mission, "
                "the Centre's Rs 9,000 Cr programme run by the Ministry of Digital Affairs.\n")
    assert ("Ministry of Digital Affairs", "LAUNCHED", "Brightgrid Mission") in got


def test_a_country_as_an_adjective_is_no_partner(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnwell Holdings unveiled a joint venture with a U.S. model developer on Monday.\n")
    assert not any(o == "United States" and r == "PARTNERS_WITH" for _, r, o in got)


def test_a_round_for_a_company_and_the_companions_after_its_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital took part in a $30 million Series A for Quorvia, a startup in Austin "
                "that makes testing tools, alongside Brightwater Ventures and Fenmoor Partners.\n")
    assert {("Harrowgate Capital", "INVESTED_IN", "Quorvia"), ("Brightwater Ventures", "INVESTED_IN", "Quorvia"),
            ("Fenmoor Partners", "INVESTED_IN", "Quorvia")} <= got
    assert "Series A for Quorvia" not in subjects_and_objects(got)


def test_a_completed_formation_of_a_named_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "벤처캐피털 가온벤처스는 최근 '가온 딥테크 투자조합 제2호'의 최종 결성을 마쳤다.\n")
    assert any(s == "가온벤처스" and r == "LAUNCHED" and "가온 딥테크 투자조합" in o for s, r, o in got)


def test_a_vc_house_founded_by_its_head(loader, tmp_path):
    got = facts(loader, tmp_path, "루미엔은 2022년 창업한 로봇 회사다.\n\n"
                "가온벤처스는 2015년 증권사 출신 박서준 대표가 설립한 하우스다.\n")
    assert ("박서준", "FOUNDED", "가온벤처스") in got
    assert ("박서준", "FOUNDED", "루미엔") not in got


def test_the_company_means_the_topic_of_the_sentence_just_before(loader, tmp_path):
    got = facts(loader, tmp_path, "루미엔로보틱스가 시리즈B 투자를 유치했다. 루미엔로보틱스는 2022년 설립됐다.\n\n"
                "한편 미국에선 아마존이 벨로라랩스에 20억 달러를 투자했다. 벨로라랩스는 장문 추론 모델 '노바(Nova)' 시리즈를 개발했다. "
                "회사는 또 '국방 AI 파일럿' 사업에도 참여하고 있다.\n")
    assert ("벨로라랩스", "DEVELOPS", "노바") in got
    assert any(s == "벨로라랩스" and r == "PARTICIPATES_IN" for s, r, _ in got)
    assert not any(s == "루미엔로보틱스" and r == "PARTICIPATES_IN" for s, r, _ in got)


def test_a_possessed_model_is_not_the_product_it_is_put_into(loader, tmp_path):
    got = facts(loader, tmp_path, "텐센트는 벨로라의 모델을 자사 메신저 '위톡'에 탑재하는 협약을 맺었다.\n")
    assert ("벨로라", "DEVELOPS", "위톡") not in got
