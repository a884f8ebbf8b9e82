"""Issue-brief bullets and wire-story constructions, each on an invented sentence.

Like tests/test_sentence_frames.py, every case runs the whole document loader.
"""

from __future__ import annotations

from loaders.amounts import find_amounts
from tests.reading import facts, relationships


def test_money_set_aside_after_launching_funds_the_programme(loader, tmp_path):
    for text in ("○ 캐나다 정부는 2031년 5월 「미래 연산 지원 프로그램」을 출범시키고 40억 원을 배정함\n",
                 "○ 캐나다 정부는 2031년 5월 「미래 연산 지원 프로그램」을 출범하고 40억 원을 배정함\n",
                 "○ 캐나다 정부는 「미래 연산 지원 프로그램」을 출범시키고, 2034년까지 총 400억 원을 투입하기로 함\n"):
        got = facts(loader, tmp_path, text)
        assert ("Canadian government", "LAUNCHED", "미래 연산 지원 프로그램") in got
        assert ("Canadian government", "FUNDS", "미래 연산 지원 프로그램") in got


def test_a_country_in_a_currency_name_is_no_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 영국 정부는 「북해 연산 챌린지」를 출범시키고 7억 캐나다 달러를 지원함\n", locations=True)
    assert ("UK government", "FUNDS", "북해 연산 챌린지") in got
    assert not [f for f in got if "Canada" in f[0] or "Canada" in f[2]]


def test_an_investment_into_a_companys_round_goes_to_the_company(loader, tmp_path):
    for text in ("○ 한빛캐피탈은 라온랩스의 시리즈B에 1억 8,000만 달러를 투자함\n",
                 "한빛캐피탈은 라온랩스의 5,000만 달러 규모 시리즈A에 2,000만 달러를 출자했다.\n"):
        assert ("한빛캐피탈", "INVESTED_IN", "라온랩스") in facts(loader, tmp_path, text)


def test_a_unit_named_after_its_owners_topic_belongs_to_it(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 한빛금융지주는 자회사 라온캐피탈을 통해 인프라 투자를 담당함\n")
    assert ("라온캐피탈", "SUBSIDIARY_OF", "한빛금융지주") in got


def test_what_an_investment_goes_through_is_not_invested_in(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛금융지주는 라온캐피탈을 통해 새봄랩스에 투자했다.\n")
    assert ("한빛금융지주", "INVESTED_IN", "새봄랩스") in got
    assert ("한빛금융지주", "INVESTED_IN", "라온캐피탈") not in got


def test_investors_joining_a_round_led_in_the_active(loader, tmp_path):
    text = "Last week Oslo's Fjordline Capital led a 90 million euro Series B in Brivo, with Tarn Partners joining.\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Fjordline Capital", "INVESTED_IN", "Brivo") in got
    assert ("Tarn Partners", "INVESTED_IN", "Brivo") in got
    assert ("Fjordline Capital", "BASED_IN", "Norway") in got


def test_an_existing_backer_coordinated_with_a_new_one(loader, tmp_path):
    text = ("Brivo raised $30 million in a round led by Fjordline Capital. "
            "Kestrel Ventures and existing backer Tarn Partners also took part, it said.\n")
    got = facts(loader, tmp_path, text)
    assert ("Kestrel Ventures", "INVESTED_IN", "Brivo") in got
    assert ("Tarn Partners", "INVESTED_IN", "Brivo") in got


def test_an_appositive_naming_a_units_owner(loader, tmp_path):
    for text in ("Brightwater, Halcor's venture capital arm, led the round.\n",
                 "Halcor's corporate venture arm, Brightwater, joined Brivo's seed round.\n"):
        assert ("Brightwater", "SUBSIDIARY_OF", "Halcor") in facts(loader, tmp_path, text)


def test_joining_a_named_round(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightwater joined Brivo's $20 million seed round last week.\n")
    assert ("Brightwater", "INVESTED_IN", "Brivo") in got
    assert not facts(loader, tmp_path, "Brightwater joined the board of Brivo last week.\n")


def test_its_round_joined_is_the_main_subjects(loader, tmp_path):
    text = ("Brivo said on Monday it had completed its purchase of Tarnlab. The company also disclosed that "
            "Brightwater, Halcor's venture capital arm, had joined its Series C, lifting the total to $410 million.\n")
    got = facts(loader, tmp_path, text)
    assert ("Brightwater", "INVESTED_IN", "Brivo") in got
    assert ("Brightwater", "INVESTED_IN", "Halcor") not in got


def test_a_city_before_a_description_places_the_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Brivo said it had agreed to buy Leipzig compiler startup Tarnlab for $65 million.\n",
                locations=True)
    assert ("Tarnlab", "BASED_IN", "Germany") in got


def test_a_description_with_a_place_means_the_company_known_there(loader, tmp_path):
    text = ("Brivo agreed to buy Edinburgh startup Tarnlab for about $65 million. The Scottish firm had previously "
            "received a 2.5 million pound grant from Innovate UK. Separately, AMD and Cloudvane signed a supply "
            "agreement under which the U.S. chip maker will provide accelerators.\n")
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Innovate UK", "FUNDS", "Tarnlab") in got
    assert ("Tarnlab", "BASED_IN", "United Kingdom") in got
    assert ("AMD", "BASED_IN", "United States") in got
    assert ("Cloudvane", "BASED_IN", "United States") not in got
    assert ("Brivo", "BASED_IN", "United Kingdom") not in got


def test_a_currency_named_in_words_after_the_figure():
    found = [(a.value, a.currency) for a in find_amounts(
        "a 150 million euro Series B, 7 billion Canadian dollars and 12 million pounds in credits")]
    assert found == [(150e6, "EUR"), (7e9, "CAD"), (12e6, "GBP")]
    assert not find_amounts("a team of 12 pounds the table")


def test_a_programme_launched_with_a_sum_in_words_is_funded(loader, tmp_path):
    got = relationships(loader, tmp_path, "In January the Chilean government launched the 300 million pound "
                                          "Andes Compute Programme to subsidise compute.\n")
    funds = got[("Chile government", "FUNDS", "Andes Compute Programme")]
    assert funds["currency"] == "GBP"


def test_a_country_inside_a_titles_gloss_keeps_the_title_a_programme(loader, tmp_path):
    text = "□ 영국 정부는 「북해 연산 챌린지(United Kingdom North Sea Compute Challenge)」를 출범시키고, 총 50억 원을 배정함\n"
    got = facts(loader, tmp_path, text)
    assert ("UK government", "LAUNCHED", "북해 연산 챌린지") in got
    assert ("UK government", "FUNDS", "북해 연산 챌린지") in got


def test_a_table_flattened_one_cell_per_line_lists_programme_members(loader, tmp_path):
    text = ("[표 2] 두 나라의 연산 지원 사업\n국가\n프로그램\n주관 기관\n규모\n주요 참여 기관\n"
            "영국\n북해 연산 챌린지\n과학부(운용: 한빛투자공사)\n50억 원\n라온랩스, 새봄전자\n"
            "일본\n사쿠라 모델 사업\n경제부\n30억 엔\n미도리AI\n"
            "자료: 각국 발표자료\n")
    got = facts(loader, tmp_path, text)
    assert ("라온랩스", "PARTICIPATES_IN", "북해 연산 챌린지") in got
    assert ("새봄전자", "PARTICIPATES_IN", "북해 연산 챌린지") in got
    assert ("한빛투자공사", "PARTICIPATES_IN", "북해 연산 챌린지") in got
    assert ("미도리AI", "PARTICIPATES_IN", "사쿠라 모델 사업") in got
    assert ("미도리AI", "PARTICIPATES_IN", "북해 연산 챌린지") not in got


def test_a_city_based_description_places_the_name(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛캐피탈은 2031년 토론토 기반 스타트업 라온스택에 1억 달러를 투자했다.\n", locations=True)
    assert ("라온스택", "BASED_IN", "Canada") in got


def test_an_adverb_after_a_descriptor_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 한빛금융지주는 인프라 투자를 담당하는 한편, 스타트업 직접 투자도 확대 중임\n")
    assert not [f for f in got if f[2] == "직접"]


def test_a_cofounder_glossed_by_a_former_post_is_a_person(loader, tmp_path):
    text = ("Brivo raised $5 million in a seed round led by Fjordline Capital. \"We are hiring,\" said chief executive "
            "Anna Berg, who co-founded the London-based company in 2022 with Tomas Lindqvist, a former Google "
            "DeepMind researcher.\n")
    got = facts(loader, tmp_path, text)
    assert ("Tomas Lindqvist", "FOUNDED", "Brivo") in got


def test_a_launch_customer_launches_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "Brivo said it had signed up as a launch customer of the Lille cluster, "
                                  "a move its chief described as a hedge.\n")
    assert not [f for f in got if f[1] in ("FOUNDED", "LAUNCHED")]


def test_money_from_one_country_into_anothers_companies(loader, tmp_path):
    got = facts(loader, tmp_path, "- 2031년 노르웨이발(發) 미국 AI 기업 대상 VC 투자는 약 21억 달러로 전년 대비 증가하였음\n")
    assert ("Norway", "VC_FLOW", "United States") in got
