"""News habits, each on an invented text (not from any document).

A Korean government briefing is about one programme from its first paragraph to its last: after
headings and ▲-lists it still speaks of it ("1차 공급기업으로는 ▲A ▲B 등 2곳이 선정됐다"); it lists
items with "▲" instead of commas, the unknown ones beside known ones being names too; bodies take a
job "사업별 전담기관을 맡는다" or join "협업 부처로 참여해".
"""

from __future__ import annotations

from tests.reading import facts

BRIEFING = ("산업통상자원부는 3일 '스마트 물류 전환 프로그램'(이하 물류전환 프로그램)을 출범한다고 밝혔다.\n"
            "물류전환 프로그램은 중소 물류기업의 자동화를 돕기 위해 마련됐다.\n"
            "프로그램은 산업통상자원부가 총괄하고 정보통신산업진흥원(NIPA)이 사업별 전담기관을 맡는다. "
            "중소벤처기업부는 협업 부처로 참여해 수요기업 발굴을 돕는다.\n\n"
            "□ 올해 예산 300억원\n"
            "올해 예산은 300억원이다. 세부 규모는 다음과 같다.\n"
            " ▲도입 바우처 200억원 ▲실증 100억원\n"
            "바우처를 받은 기업은 최대 1억원을 쓴다. 실증은 내년에 시작한다. 성과는 연말에 점검한다.\n\n"
            "□ 공급기업 3곳\n"
            "1차 공급기업으로는 ▲업스테이지 ▲가람솔루션 ▲LG CNS 등 3곳이 선정됐다.\n")


def test_a_briefing_stays_about_its_programme_through_headings_and_lists(loader, tmp_path):
    got = facts(loader, tmp_path, BRIEFING)
    programme = "스마트 물류 전환 프로그램"
    assert {(name, "PARTICIPATES_IN", programme) for name in ("Upstage", "가람솔루션", "LG CNS")} <= {
        (s, r, o.strip("'")) for s, r, o in got}


def test_bodies_taking_a_job_or_joining_as_a_ministry_take_part(loader, tmp_path):
    got = {(s, r, o.strip("'")) for s, r, o in facts(loader, tmp_path, BRIEFING)}
    programme = "스마트 물류 전환 프로그램"
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", programme) in got
    assert ("Ministry of SMEs and Startups", "PARTICIPATES_IN", programme) in got


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


def test_a_comma_and_after_an_asides_one_name_closes_the_aside(loader, tmp_path):
    got = facts(loader, tmp_path, "Pellwick raised $5 million from Fernway Capital, the venture arm of Corvexa, "
                "and Mistel Ventures, as well as several angels.\n")
    assert ("Fernway Capital", "SUBSIDIARY_OF", "Corvexa") in got
    assert ("Fernway Capital", "SUBSIDIARY_OF", "Mistel Ventures") not in got


def test_a_body_after_its_address_is_the_venue_not_the_launcher(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부는 3일 서울 강남구 대한상공회의소에서 '바다 데이터 프로그램' 출범식을 열었다.\n")
    launched = {s for s, r, o in got if r == "LAUNCHED"}
    assert launched == {"Ministry of Trade, Industry and Energy"}


def test_were_headquartered_in_places_the_company_speaking(loader, tmp_path):
    got = facts(loader, tmp_path, BLOG.replace("Thanks for reading.", "We’re headquartered in Rotterdam, Netherlands, "
                                               "and we're hiring."), locations=True)
    assert ("Brightmoor", "BASED_IN", "Netherlands") in got


def test_a_body_joining_too_in_a_role_takes_part(loader, tmp_path):
    got = {(s, r, o.strip("'")) for s, r, o in facts(loader, tmp_path, BRIEFING + "미스트랄AI도 기술 파트너로 참여해 도구를 제공한다.\n")}
    assert ("Mistral AI", "PARTICIPATES_IN", "스마트 물류 전환 프로그램") in got
