"""A Korean relative clause with a subject of its own ("A는 B시가 올해 마련한 'P' 수행기관으로
뽑혀"): the body marked 이/가 set P up, even when the reader does not know its name; A, the
sentence's topic, did not.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import korean_facts


def test_topic_does_not_launch_what_an_unnamed_body_set_up(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "드론 스타트업 하늘결은 영월군청이 올해 처음 마련한 '산림 드론 실증사업' 수행기관으로 뽑혀 "
                               "군비 2억원을 받는다.")
    assert ("하늘결", "PARTICIPATES_IN", "산림 드론 실증사업") in got
    assert not any(t == "LAUNCHED" and s == "하늘결" for s, t, _ in got)
