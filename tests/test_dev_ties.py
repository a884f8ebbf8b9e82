"""Ownership, partnership and participation ties, each on an invented sentence or table (not from the corpus).

Every case runs the whole document loader, as on a report.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_parent_named_by_its_subsidiarys_other_name_is_its_own_actor(loader, tmp_path):
    text = ("유튜브를 거느린 구글의 모회사 알파벳은 올해 배당을 두 배로 늘렸다.\n\n"
            "알파벳(구글 모회사)이 2분기에 클라우드 매출 신기록을 세웠다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Google", "SUBSIDIARY_OF", "Alphabet") in got


def test_a_gloss_without_an_ownership_noun_keeps_one_actor(loader, tmp_path):
    text = "알파벳(구글)은 새 텐서 칩을 공개했다.\n"
    got = facts(loader, tmp_path, text)
    assert not any("Alphabet" in (s, o) for s, _, o in got)


def test_an_english_parent_named_by_its_subsidiarys_alias_is_its_own_actor(loader, tmp_path):
    text = "Alphabet, the parent company of Google, said on Monday it would build two more campuses.\n"
    assert ("Google", "SUBSIDIARY_OF", "Alphabet") in facts(loader, tmp_path, text)
