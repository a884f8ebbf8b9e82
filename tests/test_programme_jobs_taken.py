"""Who takes on a job in the programme a passage is about, said without naming it again (each case
an invented sentence, not from any document): the job as the topic of a clause that follows another
("부지를 대고 운영은 A가 맡는다"), the managing agency as the topic ("전담기관은 A가 맡고"), and
"전담한다" as taking the job on ("사업 관리는 A가 전담한다").
"""

from __future__ import annotations

from tests.reading import facts

PROGRAMME = "과학기술정보통신부는 'AI 물류 혁신 프로젝트'를 새로 시작했다. "


def test_the_job_taken_in_a_clause_after_another(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME + "가람전자는 부지와 전력을 대고 운영은 누리시스템즈가 맡는다.\n")
    assert ("누리시스템즈", "PARTICIPATES_IN", "AI 물류 혁신 프로젝트") in got


def test_the_managing_agency_as_the_topic(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME + "전담기관은 정보통신산업진흥원(NIPA)이 맡는다.\n")
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", "AI 물류 혁신 프로젝트") in got


def test_running_it_alone(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME + "3년간 국비 300억원이 투입되며, 사업 관리는 정보통신산업진흥원이 전담한다.\n")
    assert ("National IT Industry Promotion Agency", "PARTICIPATES_IN", "AI 물류 혁신 프로젝트") in got


def test_a_clause_of_its_own_is_no_job_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, PROGRAMME + "가람전자는 물류 로봇을 만들고 누리시스템즈는 서버를 판다.\n")
    assert ("누리시스템즈", "PARTICIPATES_IN", "AI 물류 혁신 프로젝트") not in got
