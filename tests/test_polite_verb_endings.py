"""A polite verb ending (-ㅂ니다, -습니다) is no name, even where a list of selected members is
expected after "선정기업으로".

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import korean_facts, subjects_and_objects


def test_a_polite_verb_after_a_members_head_is_no_member(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "※ 3홀 '로봇 체험관'은 산업통상자원부 「제조 로봇 실증 사업」 선정기업으로 채워집니다.")
    assert "채워집니" not in subjects_and_objects(got)
