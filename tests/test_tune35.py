"""Korean programmes run jointly by the subjects of a relative clause (helper tune35).

"A와 B가 주관하는 'P'에 수행기관으로 참여해": A and B run P (they launched it); they do not take part
in it, nor pay it; the clause's act is the dropped subject's, the company the passage is about.
Each test uses invented sentences about invented companies (gazetteer ministries where a state is
needed) and checks the habit through the whole loader.
"""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def facts(loader: DocumentLoader, text: str) -> set[tuple[str, str, str]]:
    """(subject name, relation, object name) of every edge extracted from ``text``."""
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    return {(batch.actors[r.subject].name, r.type, batch.actors[r.object].name) for r in batch.relationships}


_JOINTLY_RUN = ("AI 스타트업 모래솔랩이 신규 투자를 유치했다고 밝혔다.\n\n"
                "지난해에는 과학기술정보통신부와 정보통신산업진흥원(NIPA)이 주관하는 '엣지 AI 현장 실증사업'에 "
                "수행기관으로 참여했다.\n")


def test_both_ministries_of_a_running_relative_clause_launched_the_programme(loader):
    got = facts(loader, _JOINTLY_RUN)
    assert ("Ministry of Science and ICT", "LAUNCHED", "엣지 AI 현장 실증사업") in got
    assert ("National IT Industry Promotion Agency", "LAUNCHED", "엣지 AI 현장 실증사업") in got


def test_the_subjects_of_a_running_relative_clause_do_not_take_part(loader):
    got = facts(loader, _JOINTLY_RUN)
    assert ("Ministry of Science and ICT", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") not in got
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") not in got


def test_the_dropped_subject_takes_part_in_a_programme_others_run(loader):
    assert ("모래솔랩", "PARTICIPATES_IN", "엣지 AI 현장 실증사업") in facts(loader, _JOINTLY_RUN)


def test_a_ministry_hosting_in_a_relative_clause_is_the_programmes_owner(loader):
    text = "하늘결랩은 중소벤처기업부가 시행하는 '딥테크 챌린지 사업'에 참여한다.\n"
    got = facts(loader, text)
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "딥테크 챌린지 사업") in got
    assert ("하늘결랩", "PARTICIPATES_IN", "딥테크 챌린지 사업") in got
    assert ("Ministry of SMEs and Startups", "PARTICIPATES_IN", "딥테크 챌린지 사업") not in got
