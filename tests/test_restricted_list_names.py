"""Names put on a restricted list and the gazetteer's spellings of the governments that keep one."""

from loaders.ordinary_words import DocumentWords
from loaders.pipeline import DocumentLoader
from loaders.relations.blacklists import listed_companies
from loaders.remembered_names import RememberedNames


def _regulated(text: str) -> set[tuple[str, str]]:
    mentions = DocumentLoader()._mentions(text, None, True, RememberedNames(), DocumentWords(text))
    return {(f.subject.name, f.object.name) for f in listed_companies(text, mentions, "doc", lambda _: 1)}


def test_the_name_right_before_the_lists_preposition_is_listed():
    # "to" after the name opens the list's phrase; it is no noun the name describes
    text = "The U.S. Commerce Department added Quillbyte Systems to its Entity List on Monday."
    assert ("US Department of Commerce", "Quillbyte Systems") in _regulated(text)


def test_a_name_describing_a_noun_is_still_not_listed():
    text = "The Commerce Department added Quillbyte Systems suppliers to the Entity List."
    assert all(obj != "Quillbyte Systems" for _, obj in _regulated(text))
