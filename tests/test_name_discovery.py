"""People and institutions a report names without the cue discovery needs: a person's name glued
to a caption's bullet, or followed by the company they head, a Chinese name glossed with its
characters and the person's age, a company officer below its head (이사, 전무); and well-known
Korean banks, insurers, securities houses and national universities the gazetteer now knows."""

from __future__ import annotations

import pytest

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
