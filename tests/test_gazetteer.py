"""How the gazetteer finds names in a text: longest match, word boundaries, letter case.

All names here are invented; the rules are the ones every known actor is found by.
"""

from loaders.gazetteer import Entry, Gazetteer
from loaders.mentions import find_mentions

GAZETTEER = Gazetteer([
    Entry("Zorbit Labs", "Startup", "VT", ko=("조르빗",), aliases=("Zorbit", "ZL")),
    Entry("Mirel Bank", "Company", "VT", ko=("미렐", "미렐은행"), zh=("米瑞银行",)),
    Entry("Quendel", "Company", "VT", ko=("퀜델",), zh=("昆德",)),
    Entry("Vartania", "Country", "VT", ko=("바르타니아",)),
])


def surfaces(text: str) -> list[str]:
    return [m.surface for m in GAZETTEER.find(text)]


def test_the_longest_name_at_a_position_wins():
    assert surfaces("미렐은행이 투자했다") == ["미렐은행"]
    assert surfaces("Zorbit Labs raised") == ["Zorbit Labs"]


def test_a_name_does_not_start_inside_a_word():
    assert surfaces("신조르빗은") == []
    assert surfaces("xZorbit and 1Quendel") == []
    assert surfaces("(조르빗)·퀜델") == ["조르빗", "퀜델"]


def test_a_korean_name_may_end_inside_a_word_a_latin_one_may_not():
    assert surfaces("조르빗은 퀜델과") == ["조르빗", "퀜델"]  # particles attach to the name
    assert surfaces("Zorbitverse") == []
    assert surfaces("Zorbit's lab") == ["Zorbit"]


def test_a_korean_name_glued_to_latin_letters_is_a_longer_name():
    assert surfaces("퀜델KDS가 투자했다") == []  # a sister company named after the group
    assert surfaces("퀜델 KDS와 퀜델(Quendel)") == ["퀜델", "퀜델", "Quendel"]


def test_short_latin_names_keep_their_case_longer_ones_do_not():
    assert surfaces("ZL and zl") == ["ZL"]
    assert surfaces("ZORBIT LABS and zorbit") == ["ZORBIT LABS", "zorbit"]


def test_chinese_names_are_found_side_by_side():
    assert surfaces("昆德米瑞银行") == ["昆德", "米瑞银行"]


def test_a_korean_name_that_begins_a_longer_word_is_no_mention():
    assert [m.surface for m in find_mentions("퀜델리아 프로젝트", GAZETTEER)] == []
    assert [m.surface for m in find_mentions("퀜델이 투자", GAZETTEER)] == ["퀜델"]


def test_a_country_keeps_its_bound_suffix():
    assert [m.surface for m in find_mentions("바르타니아계 기업", GAZETTEER)] == ["바르타니아"]
