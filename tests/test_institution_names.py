"""Names of public bodies and institutions found as one mention, each on an invented sentence.

Korean writes a public body as one word from its country or region to its head noun
("한국인공지능진흥평가원", "독일로봇학연구소"); a Latin name may gloss a Hangul spelling together
with a former name ("(HongShan·옛 세쿼이아차이나)"); English joins the words of one firm's name
with "&" ("Harlow Management & Research").
"""

from __future__ import annotations

from loaders.document import read_document
from loaders.institution_names import glued_institutions
from tests.reading import facts


def _actors(loader, tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: a.type for a in loader.load_text(read_document(path, {})).batch.actors.values()}


def test_body_glued_to_its_country_is_one_public_body(loader, tmp_path):
    # "한국인..." would otherwise be Korea with a bound suffix, and "KAIPE" a start-up of its own.
    text = "스타트업 가람에이아이는 한국인공지능진흥평가원(KAIPE)과 업무협약을 맺었다.\n"
    assert ("가람에이아이", "PARTNERS_WITH", "한국인공지능진흥평가원") in facts(loader, tmp_path, text)
    actors = _actors(loader, tmp_path, text)
    assert actors["한국인공지능진흥평가원"] == "Government"
    assert "KAIPE" not in actors and "South Korea" not in actors


def test_foreign_research_institute_glued_to_its_country_is_a_university(loader, tmp_path):
    text = "독일로봇학연구소는 물류 스타트업 베른봇과 손잡고 창고 로봇을 공동 개발한다.\n"
    assert ("독일로봇학연구소", "PARTNERS_WITH", "베른봇") in facts(loader, tmp_path, text)
    assert _actors(loader, tmp_path, text)["독일로봇학연구소"] == "University"


def test_country_and_region_words_apart_stay_actors_of_their_own(loader):
    # A country written apart, a language ("일본어처럼") and a data centre are no body's names.
    for text in ("한국 정부와 스타트업 가람에이아이가 협약을 맺었다.", "일본어처럼 토큰이 많은 언어의 추론 부담을 줄였다.",
                 "서울데이터센터에 GPU를 들였다."):
        assert glued_institutions(text, [], loader.gazetteer) == []


def test_known_latin_name_glossing_a_spelling_with_its_former_name(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 로봇 스타트업 가온봇은 알리바바와 홍산(HongShan·옛 세쿼이아차이나)으로부터 "
                "200억원을 투자받았다.\n")
    assert ("HongShan", "INVESTED_IN", "가온봇") in got


def test_firm_name_joined_by_an_ampersand(loader, tmp_path):
    got = facts(loader, tmp_path, "Harlow Management & Research and Tidewater Partners invested $40 million in "
                "Quillfen, a London start-up building legal agents.\n")
    assert ("Harlow Management & Research", "INVESTED_IN", "Quillfen") in got
    assert not any(s == "Harlow Management" for s, _, _ in got)


def test_short_name_defined_after_a_two_word_legal_form(loader, tmp_path):
    # "Pte. Ltd." ends no sentence, and "(이하 Y)" after it names the company the Latin name starts.
    got = facts(loader, tmp_path, "가온파트너스는 지난해 싱가포르 현지 법인 Gaon Partners Asia Pte. Ltd.(이하 가온아시아)를 "
                "세웠다. 가온아시아는 베트남 물류 스타트업 반로지에 투자했다.\n")
    assert any(s.startswith("Gaon Partners Asia") and r == "INVESTED_IN" and o == "반로지" for s, r, o in got)


def test_evaluation_agency_and_association_are_public_bodies(loader, tmp_path):
    text = "디지털인재평가원과 인공지능산업협회는 스타트업 가람에이아이와 손잡고 교육 플랫폼을 개발한다.\n"
    actors = _actors(loader, tmp_path, text)
    assert actors.get("디지털인재평가원") == "Government"
    assert actors.get("인공지능산업협회") == "Government"


def test_discovered_korean_form_glossed_by_a_known_latin_name_is_that_actor(loader, tmp_path):
    text = "캐나다 연기금 CPP인베스트먼트(CPP Investments)가 물류 AI 스타트업 가온봇에 500억원을 투자했다.\n"
    assert ("CPP Investments", "INVESTED_IN", "가온봇") in facts(loader, tmp_path, text)
    assert "CPP인베스트먼트" not in _actors(loader, tmp_path, text)
