"""A descriptor word before a name ("스타트업 X") counts only as a word of its own, never as the end
of a longer word ("대기업", "중소기업"), whichever reader asks."""

from loaders.discovery import DESCRIPTOR_BEFORE


def test_a_descriptor_word_presents_the_name_after_it():
    assert DESCRIPTOR_BEFORE.search("로봇 소프트웨어 스타트업 '")


def test_the_end_of_a_longer_word_is_no_descriptor():
    assert DESCRIPTOR_BEFORE.search("국내 대기업 '") is None
    assert DESCRIPTOR_BEFORE.search("지역 중소기업 ") is None
