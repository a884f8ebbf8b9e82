"""Edges read from text nobody tuned for that an analyst would strike (the extras judged wrong in
tests/generalisation/judged_extras.jsonl): a city in a listed company's description put on the list
too, a reported and denied deal, an investment a government restricts, a cue inside the name of a
university body, "it" after a paragraph about an investor, a person's post read as a round led,
a country owning the ministry that acts, a quoted chip read as a company, and one's own unit read
as what one invested in.

Every sentence here is invented; none is taken from the corpus or a sample. Each wrong reading
has a near miss beside it that must still be read.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts

# -- a place in the description of a listed company ----------------------------------------------

def test_a_city_in_a_listed_companys_description_is_not_listed(loader: DocumentLoader, tmp_path: Path):
    text = ("The Commerce Department's Bureau of Industry and Security added Velkor Systems, a Chinese GPU "
            "designer based in Shenzhen, to the Entity List, citing its supply of chips to the army.")
    found = facts(loader, tmp_path, text)
    assert ("Bureau of Industry and Security", "REGULATES", "Velkor Systems") in found
    assert not any(o == "Shenzhen" for _, _, o in found)


# -- a deal only reported, and denied -------------------------------------------------------------

def test_a_reported_deal_the_parties_deny_is_no_investment(loader: DocumentLoader, tmp_path: Path):
    text = ("Halden Capital was reported last week to be in talks to invest in Brivo AI; both companies "
            "denied the report.")
    assert ("Halden Capital", "INVESTED_IN", "Brivo AI") not in facts(loader, tmp_path, text)


def test_talks_to_invest_stated_by_the_text_are_still_a_planned_investment(loader: DocumentLoader, tmp_path: Path):
    assert ("Korvan Capital", "INVESTED_IN", "Brivo AI") in facts(
        loader, tmp_path, "Korvan Capital is in talks to invest in Brivo AI.")


# -- an investment a government restricts ----------------------------------------------------------

def test_restricting_investment_through_a_rule_funds_nothing(loader: DocumentLoader, tmp_path: Path):
    text = ("한편 미국 상무부는 2025년부터 시행한 '첨단기술 수출 규칙(Advanced Tech Export Rule)'을 통해 자국 "
            "기업의 중국 AI 기업 투자를 제한하고 있다.")
    assert not any(r == "FUNDS" for _, r, _ in facts(loader, tmp_path, text))


def test_an_investment_made_is_still_read(loader: DocumentLoader, tmp_path: Path):
    assert ("한빛캐피탈", "INVESTED_IN", "루멘랩스") in facts(loader, tmp_path, "한빛캐피탈은 루멘랩스에 50억 원을 투자했다.")


# -- a cue inside the name of a body ----------------------------------------------------------------

def test_a_university_cooperation_foundation_is_no_act_of_cooperation(loader: DocumentLoader, tmp_path: Path):
    text = ("노바칩은 과학기술정보통신부가 추진하는 '저전력 NPU 클라우드 실증 사업'(이하 실증사업) 주관기관으로 선정됐다.\n"
            "실증사업은 국산 칩을 검증하는 사업이다. 노바칩 컨소시엄에는 KT클라우드와 서울대 산학협력단, 소프트웨어 "
            "기업 모레(Moreh)가 참여한다.\n")
    found = facts(loader, tmp_path, text)
    assert not any(r == "PARTNERS_WITH" for _, r, _ in found)
    assert ("KT Cloud", "PARTICIPATES_IN", "저전력 NPU 클라우드 실증 사업") in found


# -- "it" in a paragraph about an investor ------------------------------------------------------------

_STORY = ("Norvik Compute, the joint venture of Halden Group and Tessaro, opened its first site in Oslo. "
          "Norvik Compute plans a second site. Norvik Compute hired 40 engineers.\n\n")


def test_it_after_a_paragraph_opening_on_an_investor_is_the_investor(loader: DocumentLoader, tmp_path: Path):
    text = _STORY + ("Abu Dhabi's Mubadala has been the most active. In February it led a $600m funding round "
                     "in Kelda Nord, a Stockholm start-up.\n")
    found = facts(loader, tmp_path, text)
    assert ("Mubadala", "INVESTED_IN", "Kelda Nord") in found
    assert ("Norvik Compute", "INVESTED_IN", "Kelda Nord") not in found


def test_an_investor_also_taking_part_does_not_change_the_story(loader: DocumentLoader, tmp_path: Path):
    text = ("Velkor Systems raised $30m in a round led by Halden Capital. Velkor Systems builds inference chips. "
            "Velkor Systems hired 40 engineers.\n\nBrisa Ventures also took part. It also acquired Mossline, "
            "a Leeds start-up.\n")
    found = facts(loader, tmp_path, text)
    assert ("Velkor Systems", "ACQUIRED", "Mossline") in found
    assert ("Brisa Ventures", "ACQUIRED", "Mossline") not in found


# -- a post, not a round led --------------------------------------------------------------------------

def test_leading_a_team_is_no_round_led(loader: DocumentLoader, tmp_path: Path):
    text = ("Torvane was founded by Mara Venn and Rafe Doyle, who had previously led the compiler team at "
            "Graphcore.[4] The pair began work in a shared office in King's Cross.")
    found = facts(loader, tmp_path, text)
    assert not any(r == "INVESTED_IN" for _, r, _ in found)
    assert ("Rafe Doyle", "FOUNDED", "Torvane") in found


def test_leading_a_round_is_still_read(loader: DocumentLoader, tmp_path: Path):
    assert ("Halden Capital", "INVESTED_IN", "Brisk Robotics") in facts(
        loader, tmp_path, "Halden Capital led the $20m Series A in Brisk Robotics.")


# -- a country owning the ministry that acts -----------------------------------------------------------

def test_a_country_owning_a_ministry_does_not_act_itself(loader: DocumentLoader, tmp_path: Path):
    text = ("Kirano is also one of the companies selected for TESSERA, the robotics programme run by Japan's "
            "Ministry of Economy, Trade and Industry (METI), which covers part of participants' compute costs.")
    found = facts(loader, tmp_path, text)
    assert ("Kirano", "PARTICIPATES_IN", "TESSERA") in found
    assert not any(s == "Japan" for s, _, _ in found)


# -- a product glossed by the kind of chip it is --------------------------------------------------------

def test_a_quoted_name_after_a_chip_glossed_npu_is_a_product(loader: DocumentLoader, tmp_path: Path):
    text = "특히 AI 반도체 스타트업 리벨리온이 신경망처리장치(NPU) '루나(LUNA)'를 공급하기로 해, 국산 칩 실증이라는 의미도 있다."
    found = facts(loader, tmp_path, text)
    assert not any(r == "PARTNERS_WITH" for _, r, _ in found)


# -- investing through one's own unit --------------------------------------------------------------------

def test_a_unit_named_with_its_kind_after_sanha_is_the_means_not_the_target(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "소프트뱅크는 산하 투자사 SB벤처스를 통해 아시아 AI 스타트업에 분산 투자하는 전략을 유지하고 있다.")
    assert ("SoftBank", "INVESTED_IN", "SB벤처스") not in found


def test_investing_through_a_unit_still_reaches_the_company_invested_in(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "소프트뱅크는 자회사 투자사 SB벤처스를 통해 루멘랩스에 100억 원을 투자했다.")
    assert ("SoftBank", "INVESTED_IN", "루멘랩스") in found
    assert ("SoftBank", "INVESTED_IN", "SB벤처스") not in found
