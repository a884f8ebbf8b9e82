"""Korean "A는 B와 C를 공동 운영하기로 계약": the 와/과 of an organisation B before the programme
or model C a partnership is about marks B as the partner, not a list "B와 C" of objects.
Each case is an invented sentence.
"""

from __future__ import annotations

from tests.reading import facts


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_the_firm_before_the_cluster_run_together_is_the_partner(loader, tmp_path):
    text = "네이버클라우드는 소프트뱅크와 부산 데이터센터의 GPU 클러스터를 공동 운영하기로 계약했다.\n"
    got = facts(loader, tmp_path, text)
    assert _partners(got, "Naver Cloud", "SoftBank")


def test_two_firms_joined_as_the_object_are_not_the_topic_s_partners(loader, tmp_path):
    text = "과기정통부는 네이버클라우드와 소프트뱅크를 잇는 협력을 지원한다.\n"
    got = facts(loader, tmp_path, text)
    assert not _partners(got, "Ministry of Science and ICT", "SoftBank")
