"""Names no gazetteer lists: foreign names spelled in Hangul and glossed in Latin letters,
found again bare later in the same document."""

from __future__ import annotations

import pytest

from loaders.discovery import find_candidates, glossed_pairs, hanja_glossed_spellings
from loaders.normalise import close_broken_words, split_blocks
from loaders.person_names import find_korean_people
from loaders.transliteration import sounds_alike, spells_chinese, transcribes
from tests.reading import facts


@pytest.mark.parametrize(("hangul", "latin", "expected"), [
    ("모르벤 랩스", "Morven Labs", True),
    ("카스텔리노 파트너스", "Castellino Partners", True),
    ("브렌우드캐피털", "Brenwood Capital", True),  # words run together
    ("오텔라 AI", "Otella AI", True),
    ("투자사 모르벤", "Morven Labs", False),  # a descriptor does not start with the name's sound
    ("자원", "Compute", False),  # a translation, not a spelling
    ("연산", "HPC", False),  # an acronym is spelled by its letters
])
def test_hangul_words_transcribe_a_latin_name_by_their_sounds(hangul, latin, expected):
    assert transcribes(hangul.split(), latin.split()) is expected


def _glossed(text: str) -> list[tuple[str, str, list[str]]]:
    mentions = sorted(find_candidates(text, []), key=lambda m: m.start)
    return [(m.surface, m.particle, m.actor.aliases) for m in glossed_pairs(text, mentions)]


@pytest.mark.parametrize(("text", "expected"), [
    ("핀란드계 투자사 하르발라 벤처스(Harvala Ventures)가 투자를 주도했다.",
     ("하르발라 벤처스", "가", ["Harvala Ventures"])),
    ("물류 기업 텔마르 그룹(Telmar Group)이 지분을 인수했다.", ("텔마르 그룹", "이", ["Telmar Group"])),
    ("케냐의 오디냐 AI (Odinya AI)와 계약을 맺었다.", ("오디냐 AI", "와", ["Odinya AI"])),
])
def test_a_glossed_organisation_is_one_mention_from_its_hangul_spelling(text, expected):
    assert expected in _glossed(text)


def test_a_word_describing_the_name_is_not_part_of_its_spelling():
    glossed = _glossed("반도체 기업 카이 테크놀로지스(Kai Technologies)와 제휴했다.")
    assert [surface for surface, _, _ in glossed] == ["카이 테크놀로지스"]


def test_a_glossed_concept_is_no_organisation():
    # A loanword or a kind glossed by its source is left to the Latin-name pattern alone.
    surfaces = [surface for surface, _, _ in _glossed("정부는 소버린 AI(Sovereign AI)와 오퍼레이터(Operator)를 강조했다.")]
    assert "소버린 AI" not in surfaces and "오퍼레이터" not in surfaces


def test_a_glossed_name_is_known_bare_later_in_the_document(loader, tmp_path):
    text = ("소말리 벤처스(Somali Ventures)는 칠레의 안데르 로보틱스(Ander Robotics)에 투자했다.\n"
            "안데르 로보틱스는 이어 바르카 캐피털(Barka Capital)로부터 300만 달러를 유치했다.\n"
            "소말리 벤처스는 2019년 설립되었다.\n")
    got = facts(loader, tmp_path, text)
    assert ("소말리 벤처스", "INVESTED_IN", "안데르 로보틱스") in got
    assert ("바르카 캐피털", "INVESTED_IN", "안데르 로보틱스") in got


def test_a_glossed_name_recurs_in_the_sentence_that_glossed_it(loader, tmp_path):
    text = "첫 투자처는 물류 AI 기업 타르바 AI(Tarva AI)로, 타르바 AI는 3월 노바크 캐피털(Novak Capital)로부터 500만 달러를 조달했다.\n"
    assert ("노바크 캐피털", "INVESTED_IN", "타르바 AI") in facts(loader, tmp_path, text)


def test_a_table_names_the_same_actor_as_the_prose_that_glossed_it(loader, tmp_path):
    text = ("소말리 벤처스(Somali Ventures)는 안데르 로보틱스(Ander Robotics)에 투자했다.\n"
            "[표 1] 주요 투자 사례\n"
            "기업\t투자자\t금액\n"
            "Ander Robotics\tSomali Ventures, Barka Capital\t300만 달러\n")
    got = facts(loader, tmp_path, text)
    assert {("소말리 벤처스", "INVESTED_IN", "안데르 로보틱스"), ("Barka Capital", "INVESTED_IN", "안데르 로보틱스")} <= got
    assert not any("Ander Robotics" in (s, o) for s, _, o in got)  # one node, named as the prose did


def test_a_name_a_table_introduced_is_known_in_the_prose(loader, tmp_path):
    text = ("[표 2] 투자 유치 현황\n"
            "기업\t투자자\t금액\n"
            "다솜로직스\t한결인베스트먼트\t40억 원\n"
            "\n"
            "다솜로직스는 지난달 미르파트너스와 공급 계약을 체결했다.\n")
    got = facts(loader, tmp_path, text)
    assert {("다솜로직스", "PARTNERS_WITH", "미르파트너스"), ("미르파트너스", "PARTNERS_WITH", "다솜로직스")} & got


def test_a_line_break_inside_a_name_written_whole_elsewhere_is_closed():
    lines = ["지난해 정부는 지역 거점 데이터센터 구축 사업을 시작하였고, 집행은 자이로", "데이터가 맡는다. 이 사업에는 여러 기업이 참여하였다.",
             "자이로데이터는 사업의 운영을 총괄하는 회사로 2019년에 설립되었다."]
    text = "\n".join(lines)
    blocks = split_blocks(text)
    close_broken_words(blocks, text, lambda word: False)
    assert "집행은 자이로데이터가 맡는다" in blocks[0].text
    assert blocks[0].line_at(blocks[0].text.index("맡는다")) == 2  # the map to the lines still holds


def test_a_line_break_between_two_words_stays_a_space():
    lines = ["정부는 올해 AI 산업 육성을 위한 새로운 지원 계획과 함께 인재", "양성 방안을 내놓았으며 인재 확보와 인재양성 모두를 강조하였다.",
             "다음 문단이다."]
    text = "\n".join(lines)
    blocks = split_blocks(text)
    close_broken_words(blocks, text, lambda word: False)
    assert "함께 인재 양성 방안을" in blocks[0].text  # "인재" is a word of its own elsewhere


@pytest.mark.parametrize(("text", "expected"), [
    ("AI 스타트업 모르벤 랩스는 투자를 유치했다.", [("모르벤 랩스", "는")]),
    ("이번 라운드는 카스텔 파트너스가 주도했다.", [("카스텔 파트너스", "가")]),
    ("국내 벤처 캐피탈이 투자했다.", []),  # a kind of investor
    ("주요 파트너스가 참여했다.", []),  # a word that describes
    ("미국의 로보틱스 기업에 투자했다.", []),  # a word with a particle
])
def test_a_foreign_name_keeps_its_word_break_before_an_organisation_suffix(text, expected):
    assert [(m.surface, m.particle) for m in find_candidates(text, [])] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("노르웨이 국부펀드 할데르가 지분 5%를 사들였다.", [("할데르", "Investor")]),
    ("캐나다 연기금 오르벡스는 이번 라운드에 참여했다.", [("오르벡스", "Investor")]),
    ("국부펀드 주도의 생태계가 커지고 있다.", []),  # "주도" says how, not who
])
def test_an_investor_introduced_by_what_it_is(text, expected):
    assert [(m.surface, m.actor.type) for m in find_candidates(text, []) if m.actor.type != "Program"] == expected


@pytest.mark.parametrize(("hangul", "latin", "expected"), [
    ("츠바키 로보틱스", "Tsubaki Robotics", True),
    ("퀴렐 테크놀로지스", "Quirrell Technologies", True),
    ("제어", "Gemini Robotics", False),  # what the robots do, not their maker's name
    ("기반역량", "Capabilities", False),
])
def test_a_spelling_keeps_the_latin_consonants_in_order(hangul, latin, expected):
    assert sounds_alike(hangul.split(), latin.split()) is expected


def test_a_name_is_known_before_the_sentence_that_glosses_it(loader, tmp_path):
    text = ("오벨린 AI는 바르카 캐피털로부터 1200만 달러를 유치했다고 밝혔다.\n\n"
            "프랑스의 오벨린 AI(Obelin AI)는 2021년 설립되었다.\n")
    assert ("바르카 캐피털", "INVESTED_IN", "오벨린 AI") in facts(loader, tmp_path, text)


@pytest.mark.parametrize(("hangul", "expected"), [
    ("마오린 즈넝", True),
    ("퉈펑 커지", True),
    ("쥔웨", True),
    ("평화회", False),  # a Sino-Korean reading: ㅚ is no Chinese sound
    ("공동번영력", False),  # finals ㄱ and ㄹ are not Mandarin's
    ("인프라", False),  # a loanword
])
def test_hangul_spells_a_chinese_name_by_mandarin_sounds(hangul, expected):
    assert spells_chinese(hangul) is expected


def _hanja_glossed(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.actor.name_zh, m.actor.type) for m in hanja_glossed_spellings(text, lambda name: False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("로봇 기업 퉈펑 커지(拓峰科技)가 시리즈A를 유치했다.", [("퉈펑 커지", "拓峰科技", "Startup")]),
    ("창업자 출신 마오린 즈넝(茂林智能)은 모델을 공개했다.", [("마오린 즈넝", "茂林智能", "Startup")]),
    ("난퉁캐피털(通创投)이 투자를 주도했다.", [("난퉁캐피털", "通创投", "Investor")]),
    ("쥔웨(骏跃)는 추론 모델을 내놓았다.", [("쥔웨", "骏跃", "Startup")]),
    ("‘공동번영력(共同繁榮力)’ 전략을 내세웠다.", []),  # a quoted policy slogan
    ("중국의 탕산(唐山) 계획은 인재를 유치한다.", []),  # a programme word follows
    ("평화회(平和會)를 통해 발표됐다.", []),  # read as Korean words
    ("창업자 왕 쯔한(王子涵)은 말했다.", []),  # a person's name, not a company's
])
def test_a_chinese_name_glossed_with_its_characters_is_one_organisation(text, expected):
    assert _hanja_glossed(text) == expected


def test_a_name_glossed_with_characters_is_known_in_later_sentences(loader, tmp_path):
    text = ("로봇 기업 퉈펑 커지(拓峰科技)는 2023년 설립됐다.\n\n"
            "퉈펑 커지는 지난달 노반 캐피털(Norvan Capital)이 주도한 시리즈B 투자를 유치했다.\n")
    assert ("노반 캐피털", "INVESTED_IN", "퉈펑 커지") in facts(loader, tmp_path, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("탕 웨이린 창업자는 상장을 검토한다고 말했다.", ["탕 웨이린"]),
    ("살림 알 하시미 최고경영자가 계약을 발표했다.", ["살림 알 하시미"]),
    ("유세프 빈 타리크 CEO는 투자를 이끌었다.", ["유세프 빈 타리크"]),
    ("국내 스타트업 창업자는 투자를 유치했다.", []),  # a description of the founder
    ("중동 국부펀드 최고경영자가 방한했다.", []),
    ("엔지니어 출신 창업자는 말했다.", []),
    ("여성 과학자 창업자는 말했다.", []),
    ("실리콘밸리 벤처 창업자는 말했다.", []),
])
def test_a_spaced_foreign_name_before_a_role_only_people_hold_is_a_person(text, expected):
    assert [p.name for p in find_korean_people(text, [])] == expected


def test_a_person_named_before_the_glossed_company_they_founded(loader, tmp_path):
    text = "지난주 만난 탕 웨이린 퉈펑 커지(拓峰科技) 창업자는 신형 로봇을 소개했다.\n"
    assert ("탕 웨이린", "FOUNDED", "퉈펑 커지") in facts(loader, tmp_path, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("통신사 출신인 탕 웨이린이 2022년 창업한 이 회사는 성장했다.", ["탕 웨이린"]),
    ("살림 알 하시미가 귀국해 설립한 연구소는 문을 열었다.", ["살림 알 하시미"]),
    ("국내 연구진이 설립한 회사다.", []),
    ("해외 우수 인재가 한국에서 창업하도록 돕는다.", []),
])
def test_a_spaced_foreign_name_is_a_person_as_the_subject_of_founding(text, expected):
    assert [p.name for p in find_korean_people(text, [])] == expected


def test_a_chinese_city_before_a_glossed_company_places_it_in_china(loader, tmp_path):
    text = "난징의 물류 로봇 기업 퉈펑 커지(拓峰科技)는 노반 캐피털(Norvan Capital)의 투자를 유치했다.\n"
    assert ("퉈펑 커지", "BASED_IN", "China") in facts(loader, tmp_path, text, locations=True)


@pytest.mark.parametrize("text", [
    "퉈펑 커지(拓峰科技)는 난퉁캐피털(通创投)이 주도한 5억 위안 규모의 시리즈A를 유치했다.\n",
    "퉈펑 커지(拓峰科技)는 난퉁캐피털(通创投)이 주도한 8억 위안(약 1억 1,000만 달러) 규모의 시리즈B를 마무리했다.\n",
])
def test_the_leader_of_a_round_whose_size_comes_before_it_invested(loader, tmp_path, text):
    assert ("난퉁캐피털", "INVESTED_IN", "퉈펑 커지") in facts(loader, tmp_path, text)


def test_an_investor_joining_a_round_alongside_another_invested_too(loader, tmp_path):
    text = ("퉈펑 커지(拓峰科技)는 시리즈B를 마무리했다. 이 라운드에는 노반 캐피털(Norvan Capital)과 함께 "
            "국부펀드 계열 투자사인 살림 벤처스(Salim Ventures)가 참여했다.\n")
    got = facts(loader, tmp_path, text)
    assert {("노반 캐피털", "INVESTED_IN", "퉈펑 커지"), ("살림 벤처스", "INVESTED_IN", "퉈펑 커지")} <= got
