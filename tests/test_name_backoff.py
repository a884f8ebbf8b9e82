"""Names the discovery patterns alone missed: a spaced Hangul spelling of a Latin name whose
last word says nothing about what it names (a descriptor vouches for it instead), a Korean
agency's name glossed with its letters, an English unit named after its known parent
("Aramco Digital"), and a glossed founder's name."""

from __future__ import annotations

import pytest

from loaders.discovery import find_candidates, glossed_pairs, glossed_spellings
from loaders.ordinary_words import DocumentWords
from loaders.person_names import find_korean_people
from loaders.remembered_names import RememberedNames
from tests.reading import facts


def _glossed(text: str) -> list[tuple[str, list[str]]]:
    mentions = sorted(find_candidates(text, []), key=lambda m: m.start)
    return [(m.surface, m.actor.aliases) for m in glossed_pairs(text, mentions)]


@pytest.mark.parametrize(("text", "expected"), [
    ("의료 영상 스타트업 벨로라 시그넘(Velora Signum)이 투자를 받았다.", ("벨로라 시그넘", ["Velora Signum"])),
    ("보안 기업 카르딘 포지(Cardin Forge)를 인수했다.", ("카르딘 포지", ["Cardin Forge"])),
])
def test_a_descriptor_vouches_for_a_spelling_whose_latin_name_ends_in_any_word(text, expected):
    assert expected in _glossed(text)


def test_without_a_descriptor_a_spelled_phrase_stays_a_phrase():
    """"Scale-up Program", "Open Horizon": a two-word Latin gloss after plain words may name a
    concept; nothing vouches for it as an organisation's spelling."""
    assert not any(surface == "오픈 호라이즌" for surface, _ in _glossed("이른바 오픈 호라이즌(Open Horizon) 전략을 내놓았다."))


@pytest.mark.parametrize(("text", "expected"), [
    ("독일 경제부 산하 연방혁신청(BIA)과 공급 계약을 맺었다.", ("연방혁신청", "Government")),
    ("세라니아 국가데이터청(NDA)은 새 사업을 발표했다.", ("국가데이터청", "Government")),
])
def test_a_hangul_agency_glossed_with_its_letters_is_a_public_body(text, expected):
    """An agency's Korean name ends in 청 after what it is for, as a ministry's ends in 부."""
    mentions = sorted(find_candidates(text, []), key=lambda m: m.start)
    assert expected in [(m.surface, m.actor.type) for m in glossed_pairs(text, mentions)]


def test_an_application_glossed_with_letters_is_no_agency():
    text = "올해 지원신청(Application)은 3월에 마감된다."
    mentions = sorted(find_candidates(text, []), key=lambda m: m.start)
    assert not any(m.surface == "지원신청" for m in glossed_pairs(text, mentions))


def test_a_spelling_found_before_its_sentence_keeps_the_descriptors_type():
    """The document-wide pass finds "국부펀드 카르반 홀딩스(Karvan Holdings)" before any
    sentence is read: the descriptor, not the default, types it."""
    text = "말레이시아 국부펀드 카르반 홀딩스(Karvan Holdings)가 출자했다."
    assert [(m.surface, m.actor.type) for m in glossed_spellings(text, lambda name: False)] == [("카르반 홀딩스", "Investor")]


def test_a_described_spelling_takes_part_in_the_deal_under_its_whole_name(loader, tmp_path):
    text = "국내 물류 기업 한결로지스는 독일 베를린의 컴퓨터비전 스타트업 벨로라 시그넘(Velora Signum)을 인수했다.\n"
    assert ("한결로지스", "ACQUIRED", "벨로라 시그넘") in facts(loader, tmp_path, text)


def _discovered(loader, text: str) -> list[tuple[str, str]]:
    """(surface, type) of the names discovery adds in one sentence."""
    mentions = loader._mentions(text, None, True, RememberedNames(), DocumentWords(text))
    return [(m.surface, m.actor.type) for m in mentions if m.discovered]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tencent Robotics, the robotics unit of Tencent, signed a supply deal with Velora Signum.", ("Tencent Robotics", "Company")),
    ("Tencent Capital led the round.", ("Tencent Capital", "Investor")),  # its words say what it is
])
def test_a_known_parents_name_followed_by_a_word_for_an_organisation_names_a_unit(loader, text, expected):
    assert expected in _discovered(loader, text)


@pytest.mark.parametrize(("text", "parent"), [
    ("Tencent Lumora will answer in every app.", "Tencent"),  # a product
    ("Tencent AI will answer in every app.", "Tencent"),  # an assistant as often as a lab
])
def test_a_known_name_before_a_product_keeps_its_mention(loader, text, parent):
    mentions = loader._mentions(text, None, True, RememberedNames(), DocumentWords(text))
    assert parent in [m.surface for m in mentions]


@pytest.mark.parametrize(("text", "founder", "company"), [
    ("카르딘 포지는 2022년 연구자 출신의 미르코 벨란(Mirko Belan)이 창업.\n", "미르코 벨란", "카르딘 포지"),
    ("벨로라 시그넘은 베이징대 교수 출신인 저위린(周宇林)이 2021년 세운 회사다.\n", "저위린", "벨로라 시그넘"),
])
def test_a_glossed_name_as_the_subject_of_founding_is_a_founder(loader, tmp_path, text, founder, company):
    """The gloss (Latin letters, or a Chinese name's characters) sits between the name and its
    particle; a note may end on the verb's noun."""
    assert (founder, "FOUNDED", company) in facts(loader, tmp_path, "보안 기업 카르딘 포지(Cardin Forge)와 "
                                                  "스타트업 벨로라 시그넘(Velora Signum)이 주목받는다.\n" + text)


@pytest.mark.parametrize("text", [
    "칭화대(清华大)가 설립한 연구소가 문을 열었다.",  # an organisation glossed with its characters
    "선전캐피털그룹(深创投)이 설립한 펀드가 투자했다.",
])
def test_an_organisation_glossed_with_characters_founds_as_no_person(text):
    assert find_korean_people(text, []) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("제조 AI 실증 지원사업 '벨로코어(Velocore)'를 개시했다.", "벨로코어"),
    ("중소기업 전용 펀드 '한결 그로스'를 결성했다.", "한결 그로스"),
])
def test_a_programme_head_before_a_quoted_title_says_it_names_a_programme(text, expected):
    mentions = sorted(find_candidates(text, []), key=lambda m: m.start)
    assert (expected, "Program") in [(m.actor.name, m.actor.type) for m in mentions]


@pytest.mark.parametrize("text", [
    "정부는 이 사업 '조기 집행하라'는 지시를 내렸다.",  # a quoted saying, not a title
    "의료 기업 '메디노바'를 인수했다.",  # a company's quoted name: no programme head before it
])
def test_a_quote_after_no_programme_head_or_of_no_nouns_names_no_programme(text):
    mentions = find_candidates(text, [])
    assert not any(m.actor.type == "Program" and "사업" not in m.actor.name for m in mentions)


def test_a_quoted_field_of_a_programme_is_no_programme():
    text = '2026년 1차 출자사업 "AI·딥테크" 분야 결과를 발표했다.'
    assert not any(m.actor.name == "AI·딥테크" for m in find_candidates(text, []))


@pytest.mark.parametrize("text", ["업계 기업 관계자는 이렇게 밝혔다.", "한 투자사 담당자는 말을 아꼈다."])
def test_a_person_speaking_for_a_kind_of_company_is_no_company_name(text):
    assert find_candidates(text, []) == []
