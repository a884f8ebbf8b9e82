"""People and institutions a report names without the cue discovery needs: a person's name glued
to a caption's bullet, or followed by the company they head, a Chinese name glossed with its
characters and the person's age, a company officer below its head (이사, 전무); and well-known
Korean banks, insurers, securities houses and national universities the gazetteer now knows."""

from __future__ import annotations

import pytest

from loaders.discovery import find_candidates, hanja_glossed_spellings
from loaders.person_names import find_korean_people
from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, facts


@pytest.fixture(scope="module")
def loader() -> DocumentLoader:
    return DocumentLoader()


def _people(text: str, taken: list[tuple[int, int]] | None = None) -> list[str]:
    return [p.name for p in find_korean_people(text, taken or [])]


def test_a_caption_bullet_glued_to_a_name_does_not_hide_it():
    text = "▲김서진 노바큐브 대표가 본사에서 신제품을 소개하고 있다."
    company = text.index("노바큐브")
    assert _people(text, [(company, company + len("노바큐브"))]) == ["김서진"]


def test_a_plain_word_between_a_name_and_a_post_is_no_employer():
    """Only an organisation already found (or Latin-lettered) stands between name and post."""
    assert _people("▲김서진 노바큐브 대표가 본사에서 신제품을 소개하고 있다.") == []


def test_a_chinese_name_glossed_with_characters_and_age():
    assert _people("업체는 천위린(陳宇林·41) 최고경영자(CEO)가 2022년 세웠다.") == ["천위린"]


@pytest.mark.parametrize("text", [
    "소라웨이브를 창업한 박지아 이사는 현재 연구본부를 이끌고 있다.",
    "회사 측은 정민호 전무가 사업을 총괄한다고 밝혔다.",
])
def test_an_officer_below_the_head_is_a_person(text):
    assert len(_people(text)) == 1


@pytest.mark.parametrize("text", [
    "이사회 의결을 거쳐 증자를 결정했다.",
    "회사는 사무실을 판교로 이사했다.",
    "그는 사외이사로 선임됐다.",
])
def test_board_and_moving_are_no_officers(text):
    assert _people(text) == []


def test_a_korean_insurer_and_bank_are_known_companies(loader, tmp_path):
    names = actor_names(loader, tmp_path, "스타트업 루미엘은 삼성화재, NH농협은행과 보험 심사 AI 공급 계약을 맺었다.")
    assert {"Samsung Fire & Marine Insurance", "NH NongHyup Bank"} <= names


def test_a_securities_house_is_a_known_partner(loader, tmp_path):
    found = facts(loader, tmp_path, "AI 반도체 스타트업 루미엘은 한국투자증권과 업무협약을 맺었다.")
    assert any("Korea Investment & Securities" in (f[0], f[2]) for f in found)


def test_a_national_university_short_form_is_the_same_node(loader, tmp_path):
    found = facts(loader, tmp_path, "충북대와 스타트업 루미엘은 업무협약을 체결했다.")
    assert any("Chungbuk National University" in (f[0], f[2]) for f in found)


def test_a_countrys_federal_government_is_its_government(loader, tmp_path):
    found = facts(loader, tmp_path, "Austria's federal government launched the Alpine Compute Programme on Monday.")
    assert ("Austria government", "LAUNCHED", "Alpine Compute Programme") in found


def test_a_company_presented_in_a_sentence_without_a_cue_is_known_later(loader, tmp_path):
    """The first sentence states no relation a cue marks; the name it presents is read in the next."""
    text = ("국내 AI 반도체 스타트업 벨루나칩스는 추론용 NPU 공급을 맡았다.\n\n"
            "벨루나칩스는 이와 별도로 삼성전자와 공급 계약도 맺었다.")
    partners = {frozenset((f[0], f[2])) for f in facts(loader, tmp_path, text) if f[1] == "PARTNERS_WITH"}
    assert frozenset(("벨루나칩스", "Samsung Electronics")) in partners


def _candidates(text: str) -> list[tuple[str, str, list[str]]]:
    return [(m.surface, m.particle, m.actor.aliases) for m in find_candidates(text, [])]


def test_a_latin_name_after_a_korean_descriptor_runs_on_over_its_words():
    assert _candidates("미국 로봇 기업 Corvane Robotics의 시리즈 B를 주도했다.")[0][:2] == ("Corvane Robotics", "의")


def test_a_latin_name_keeps_its_dotted_legal_form_and_its_particle():
    assert ("Tellmar Audio Inc", "를", ["Tellmar Audio Inc."]) in _candidates("델라웨어에 모회사 Tellmar Audio Inc.를 세웠다.")


def test_an_english_legal_form_period_is_part_of_the_name_as_written():
    found = _candidates("It runs a lab through its British subsidiary, Quillon Labs Ltd., and a sales office.")
    assert ("Quillon Labs Ltd", "", ["Quillon Labs Ltd."]) in found


@pytest.mark.parametrize(("text", "name"), [
    ("당국은 하오란산력(浩然算力)을 제재 명단에 올렸다.", "하오란산력"),
    ("오사카의 미나세정밀(水瀬精密)과 합작법인을 세웠다.", "미나세정밀"),
])
def test_a_firm_spelled_by_sound_then_korean_reading_is_glossed(text, name):
    assert [m.surface for m in hanja_glossed_spellings(text, lambda _: False)] == [name]


def test_a_word_read_wholly_in_korean_before_its_characters_is_no_firm():
    assert hanja_glossed_spellings("생성형 인공지능(人工智能) 산업이 커졌다.", lambda _: False) == []
