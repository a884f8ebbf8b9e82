"""Actor types and name spans of discovered actors, each on an invented sentence.

Analysts read the node list, so a founder typed Startup, a bare-named investor typed Startup or a
ministry's name cut at "and" hurt even when every fact is found.
"""

from __future__ import annotations

from pathlib import Path

from loaders.discovery import find_candidates, guess_type
from loaders.gazetteer import default_gazetteer
from loaders.person_names import find_english_people, find_korean_people
from tests.reading import actor_types, facts


def _people(text: str) -> set[str]:
    return {p.name for p in find_korean_people(text, []) + find_english_people(text, [])}


def test_founder_glossed_with_accented_latin_name_is_a_person():
    assert _people("모르반 AI는 2022년 세실 오블랑(Cécile Aublanc)이 창업한 회사다.") == {"세실 오블랑"}


def test_founder_name_ending_like_a_verb_is_vouched_for_by_its_gloss():
    assert _people("벨라노는 2020년 사피야 콘데(Safiya Conde)가 리스본에서 창업한 회사다.") == {"사피야 콘데"}


def test_co_founders_joined_by_wa_and_a_note_ending():
    found = _people("오르타 로보틱스는 2021년 다리야 벨(Dariya Bell)과 탄 쿠안 밍(Tan Kuan Ming)가 공동 창업함.")
    assert found == {"다리야 벨", "탄 쿠안 밍"}


def test_japanese_founder_glossed_with_four_characters():
    assert _people("2022년 요시다 아키라(吉田明良)가 설립한 가와세미랩은 교토에 있다.") == {"요시다 아키라"}


def test_english_founders_after_ex_employer_plural_role():
    found = _people("Founded in 2023 by ex-Acme engineers Noor Vandeberg and Ilse Marten, Pellacor sells sensors.")
    assert found == {"Noor Vandeberg", "Ilse Marten"}


def test_plural_owner_inside_a_pension_fund_name_keeps_it_whole():
    found = {m.surface: m.actor.type for m in find_candidates("The Calder Farmers' Pension Plan anchored the fund.", [])}
    assert found == {"Calder Farmers' Pension Plan": "Investor"}


def test_company_owning_its_round_is_no_name_part():
    found = {m.surface for m in find_candidates("Brill invested in Quorvane Systems' Series A last year.", [])}
    assert "Quorvane Systems" in found and not any("'" in name for name in found)


def test_ministry_named_by_two_remits_is_one_body():
    found = {m.surface: m.actor.type for m in find_candidates("The Federal Ministry of Health and Welfare opened a call.", [])}
    assert found == {"Federal Ministry of Health and Welfare": "Government"}


def test_ministry_and_a_company_stay_two_actors():
    found = {m.surface for m in find_candidates("The Ministry of Finance and Brenmoor Capital signed a deal.", [])}
    assert {"Ministry of Finance", "Brenmoor Capital"} <= found


def test_embassy_is_a_government_body():
    assert guess_type("주한노르웨이대사관")[0] == "Government"
    assert guess_type("Norland Embassy")[0] == "Government"


def test_bare_name_that_only_invests_is_an_investor(loader, tmp_path):
    actors = actor_types(loader, tmp_path, "Ravelstone invested $4 million in Pellacor, a Leeds start-up.\n")
    assert actors["Ravelstone"] == "Investor" and actors["Pellacor"] == "Startup"


def test_family_office_is_an_investor():
    assert guess_type("Marwick Family Office") == ("Investor", "vc")


def test_groups_holdings_and_builders_are_companies():
    for name in ("Brackwater Group", "Teller Industries", "Osgood Holding", "한울금융지주", "가람E&C"):
        assert guess_type(name)[0] == "Company", name
    assert guess_type("Brackwater Capital Group")[0] == "Investor"


def test_co_founders_of_three_words_need_their_gloss():
    assert _people("누리랩은 2020년 박사 과정 연구진이 창업함.") == set()
    assert _people("팔콘 랩스는 라시드 알 하킴이 2024년 창업한 회사다.") == {"라시드 알 하킴"}


def test_a_comma_before_and_ends_a_ministry_of_one_remit():
    found = {m.surface for m in find_candidates("It is run by the Ministry of Digital Affairs, and Ostrel Telecom helps.", [])}
    assert "Ministry of Digital Affairs" in found


def test_a_known_actor_keeps_its_type_after_a_list_retypes_recipients(loader, tmp_path: Path):
    text = ("The Government of Canada launched the following programmes:\n\n"
            "- Rural AI Vouchers\n"
            "  - $40 million for farms adopting AI\n"
            "  - Named recipients: Fieldwise Robotics ($2.1 million), EuroHPC ($0.9 million)\n")
    assert ("Canadian government", "FUNDS", "Fieldwise Robotics") in facts(loader, tmp_path, text)
    assert default_gazetteer().lookup("EuroHPC").to_actor().type == "Program"
