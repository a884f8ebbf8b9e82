"""Stores and small hand-built graphs shared by the store, query, export and injection tests.

The sample graph restates facts of the real corpus (Tencent and Monolith in Moonshot AI,
the Stargate participants, Korean and US programmes, OECD VC flows) in three documents,
so every named query has a known answer without running the extraction pipeline.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from graph.model import Actor, Document, Evidence, GraphBatch, Relationship
from graph.store.base import GraphStore

_graph_numbers = itertools.count()
NEO4J_SKIP_REASON = (
    "NEO4J_URI is not set: the Neo4j half of the contract runs against a throw-away server, "
    "see docs/neo4j.md"
)

ACTORS = {
    a.id: a for a in [
        Actor("tencent", "Tencent", "Company", "CN", name_ko="텐센트", name_zh="腾讯",
              aliases=["Tencent Holdings", "텐센트"]),
        Actor("alibaba", "Alibaba", "Company", "CN", name_ko="알리바바", aliases=["Alibaba Group"]),
        Actor("moonshot-ai", "Moonshot AI", "Startup", "CN", name_ko="문샷 AI", aliases=["문샷", "Moonshot"]),
        Actor("zhipu-ai", "Zhipu AI", "Startup", "CN", name_ko="지푸 AI", aliases=["지푸"]),
        Actor("monolith-management", "Monolith Management", "Investor", "CN", kind="vc"),
        Actor("qiming-venture-partners", "Qiming Venture Partners", "Investor", "CN", kind="vc"),
        Actor("microsoft", "Microsoft", "Company", "US", name_ko="마이크로소프트"),
        Actor("openai", "OpenAI", "Startup", "US", name_ko="오픈AI"),
        Actor("softbank", "SoftBank", "Company", "JP", name_ko="소프트뱅크"),
        Actor("oracle", "Oracle", "Company", "US", name_ko="오라클"),
        Actor("mgx", "MGX", "Investor", "AE", kind="sovereign"),
        Actor("mistral-ai", "Mistral AI", "Startup", "FR"),
        Actor("stargate", "Stargate", "Program", "US", name_ko="스타게이트", kind="project",
              aliases=["Stargate Project", "스타게이트 프로젝트"]),
        Actor("us-government", "US Government", "Government", "US", name_ko="미국 정부"),
        Actor("msit", "Ministry of Science and ICT", "Government", "KR", name_ko="과학기술정보통신부",
              aliases=["MSIT", "과기정통부"]),
        Actor("national-ai-computing-center", "National AI Computing Center", "Program", "KR",
              name_ko="국가AI컴퓨팅센터", kind="project"),
        Actor("us", "United States", "Country", "US", name_ko="미국"),
        Actor("cn", "China", "Country", "CN", name_ko="중국"),
        Actor("gb", "United Kingdom", "Country", "GB", name_ko="영국"),
        Actor("kr", "South Korea", "Country", "KR", name_ko="한국"),
    ]
}

DOC_SPRI = Document("5f1a2b3c4d5e6f01", "corpus/001_spri.txt", title="AI 분야 글로벌 협력 현황 분석",
                    publisher="SPRi", date="2025", lang="ko", kind="issue report", chars=53810)
DOC_KIEP = Document("8e7d6c5b4a392817", "corpus/003_kiep.txt", title="지속가능한 소버린 AI 확보전략",
                    publisher="KIEP", date="2025", lang="ko", kind="policy research report", chars=308556)
DOC_NEWS = Document("c0ffee1234567890", "corpus/002_news.txt", title="산업연구원 AI 제조업",
                    publisher="Business Post", date="2025-04-27", lang="ko", kind="news article", chars=4974)


#: What the three sample documents give in a store.
EXPECTED_COUNTS = {
    "documents": {"Document": 3},
    "actors": {"Company": 5, "Country": 4, "Startup": 4, "Investor": 3, "Government": 2, "Program": 2},
    "relationships": {"MENTIONED_IN": 11, "INVESTED_IN": 9, "PARTICIPATES_IN": 4, "VC_FLOW": 4,
                      "LAUNCHED": 2, "BASED_IN": 1, "FUNDS": 1, "PARTNERS_WITH": 1},
}


def _rel(doc: Document, line: int, text: str, subject: str, rtype: str, obj: str, **props) -> Relationship:
    return Relationship(subject, rtype, obj, props, [Evidence(doc.id, line, text)])


def _batch(doc: Document, rels: list[Relationship], mentions: dict[str, int]) -> GraphBatch:
    batch = GraphBatch(doc)
    for rel in rels:
        batch.add_actor(ACTORS[rel.subject])
        batch.add_actor(ACTORS[rel.object])
        batch.add_relationship(rel)
    for actor_id in mentions:
        batch.add_actor(ACTORS[actor_id])
    batch.mentions.update(mentions)
    return batch


def sample_batches() -> list[GraphBatch]:
    """Three documents' batches; Microsoft -> OpenAI is stated by two of them."""
    spri = _batch(DOC_SPRI, [
        _rel(DOC_SPRI, 215, "Tencent Holdings\t3억 달러+\tMoonshot AI", "tencent", "INVESTED_IN", "moonshot-ai",
             amount=3.0, unit="억 달러", currency="USD", amount_usd=300_000_000, qualifier="at least",
             rate=1.0, rate_source="USD"),
        _rel(DOC_SPRI, 214, "Monolith Management\t2.65억 달러\tMoonshot AI", "monolith-management",
             "INVESTED_IN", "moonshot-ai", amount=2.65, unit="억 달러", currency="USD", amount_usd=265_000_000.0),
        _rel(DOC_SPRI, 212, "Qiming Venture Partners\t8억 달러\tZhipu AI, StepFun", "qiming-venture-partners",
             "INVESTED_IN", "zhipu-ai", amount=8.0, unit="억 달러", currency="USD", amount_usd=800_000_000.0),
        _rel(DOC_SPRI, 200, "2023년 투자 사례로는 Microsoft의 OpenAI 투자(100억 달러)", "microsoft", "INVESTED_IN",
             "openai", amount=100.0, unit="억 달러", currency="USD", amount_usd=10_000_000_000.0,
             date="2023", year=2023),
        _rel(DOC_SPRI, 403, "Mistral AI는 UAE의 국부 펀드 MGX로부터 10억 달러 규모의 투자 유치를 위한 협상에 착수",
             "mgx", "INVESTED_IN", "mistral-ai", amount=10.0, unit="억 달러", currency="USD",
             amount_usd=1_000_000_000.0, qualifier="in talks", date="2025-08", year=2025),
        _rel(DOC_SPRI, 232, "영국(6.3%)\t4,093", "gb", "VC_FLOW", "us", amount=4093.0, unit="백만 달러",
             amount_usd=4_093_000_000.0, share_pct=6.3, year=2023, table="표 6"),
        _rel(DOC_SPRI, 236, "중국(1.1%)\t689", "cn", "VC_FLOW", "us", amount=689.0, unit="백만 달러",
             amount_usd=689_000_000.0, share_pct=1.1, year=2023, table="표 6"),
        _rel(DOC_SPRI, 237, "한국(1.0%)\t629", "kr", "VC_FLOW", "us", amount=629.0, unit="백만 달러",
             amount_usd=629_000_000.0, share_pct=1.0, year=2023, table="표 6"),
        _rel(DOC_SPRI, 234, "미국(2.6%)\t688", "us", "VC_FLOW", "cn", amount=688.0, unit="백만 달러",
             amount_usd=688_000_000.0, share_pct=2.6, year=2023, table="표 6"),
    ], {"tencent": 2, "moonshot-ai": 4, "mgx": 1, "openai": 3, "us": 5})
    kiep = _batch(DOC_KIEP, [
        _rel(DOC_KIEP, 2225, "운영책임 OpenAI 데이터센터 및 AI 인프라 운영 총괄", "openai", "PARTICIPATES_IN",
             "stargate", role="operations lead"),
        _rel(DOC_KIEP, 2226, "재정책임 소프트뱅크 대규모 투자·자금 조달", "softbank", "PARTICIPATES_IN",
             "stargate", role="financial lead"),
        _rel(DOC_KIEP, 2227, "기술 파트너 오라클 클라우드·데이터센터 기술 지원", "oracle", "PARTICIPATES_IN",
             "stargate", role="technology partner"),
        _rel(DOC_KIEP, 2229, "투자 파트너 MGX 투자 및 자본 파트너 역할", "mgx", "PARTICIPATES_IN", "stargate",
             role="investment partner"),
        _rel(DOC_KIEP, 2166, "스타게이트 프로젝트는 2025년 1월 21일 트럼프 대통령이 백악관에서 공식 발표",
             "us-government", "LAUNCHED", "stargate", date="2025-01-21", year=2025),
        _rel(DOC_KIEP, 1500, "과기정통부는 국가AI컴퓨팅센터 구축에 2조 원을 투입", "msit", "FUNDS",
             "national-ai-computing-center", amount=2.0, unit="조 원", currency="KRW",
             amount_usd=1_400_000_000.0, year=2025, date="2025"),
        _rel(DOC_KIEP, 1501, "과기정통부가 국가AI컴퓨팅센터 사업을 발표", "msit", "LAUNCHED",
             "national-ai-computing-center", date="2025"),
        _rel(DOC_KIEP, 3100, "Microsoft는 OpenAI에 100억 달러를 투자", "microsoft", "INVESTED_IN", "openai",
             amount=100.0, unit="억 달러", currency="USD", amount_usd=10_000_000_000.0, date="2023", year=2023),
        _rel(DOC_KIEP, 3200, "알리바바는 문샷 AI에 투자", "alibaba", "INVESTED_IN", "moonshot-ai"),
        _rel(DOC_KIEP, 3201, "텐센트와 알리바바는 지푸 AI에도 투자", "tencent", "INVESTED_IN", "zhipu-ai"),
        _rel(DOC_KIEP, 3202, "텐센트와 알리바바는 지푸 AI에도 투자", "alibaba", "INVESTED_IN", "zhipu-ai"),
        _rel(DOC_KIEP, 3300, "오픈AI와 마이크로소프트의 협력", "openai", "PARTNERS_WITH", "microsoft"),
        _rel(DOC_KIEP, 3301, "OpenAI는 미국에 본사", "openai", "BASED_IN", "us"),
    ], {"stargate": 6, "openai": 4, "mgx": 2, "msit": 3})
    news = _batch(DOC_NEWS, [
        _rel(DOC_NEWS, 12, "소프트뱅크는 OpenAI에 투자", "softbank", "INVESTED_IN", "openai",
             amount_usd=40_000_000_000.0, date="2025-03", year=2025, qualifier="planned"),
    ], {"softbank": 1, "openai": 1})
    return [spri, kiep, news]


def hostile_batch() -> GraphBatch:
    """A document whose names, properties and quotes try to break out of Cypher and CSV."""
    doc = Document("bad0000000000001", "corpus/evil'\"}.txt", title="x'}) MATCH (n) DETACH DELETE n //",
                   publisher='Evil "Corp"; DROP', lang="en")
    names = {
        "evil-quote": "O'Brien \"Capital\" \\ Fund",
        "evil-brace": "}) MATCH (n) DETACH DELETE n //",
        "evil-comment": "/* */ // -- ;, | ;",
        "evil-newline": "line one\nline two\r\n\ttabbed",
        "evil-cypher": "MATCH (n) DETACH DELETE n",
        "evil-unicode": "한국 \u2028 \x85 ‘quotes’ `tick` $param {map}",
    }
    batch = GraphBatch(doc)
    for actor_id, name in names.items():
        batch.add_actor(Actor(actor_id, name, "Investor", "KR", aliases=[name, "a;b|c", "x\"y"]))
    batch.add_actor(ACTORS["openai"])
    for actor_id, name in names.items():
        batch.add_relationship(Relationship(
            actor_id, "INVESTED_IN", "openai",
            {"round": name, "role": name, "unit": "'; DROP", "amount": 1.0, "amount_usd": 1.0},
            [Evidence(doc.id, 1, f"{name} invested in OpenAI // DETACH DELETE")],
        ))
    batch.mentions.update({actor_id: 1 for actor_id in names})
    return batch


HOSTILE_NAMES = [a.name for a in hostile_batch().actors.values() if a.id.startswith("evil-")]


def make_store(kind: str, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """A fresh, empty store of ``kind`` (``falkor`` or ``neo4j``); skips neo4j without NEO4J_URI.

    The embedded store is a graph of its own on the session's server (tests/conftest.py).
    """
    if kind == "falkor":
        from graph.store.falkor import FalkorStore

        request.getfixturevalue("server_store")  # keeps the session's server up
        data_dir = request.getfixturevalue("data_dir")
        store: GraphStore = FalkorStore(data_dir, graph=f"stores_{os.getpid()}_{next(_graph_numbers)}")
    elif kind == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            pytest.skip(NEO4J_SKIP_REASON)
        from graph.store.neo4j_store import Neo4jStore

        store = Neo4jStore()
        foreign = store.query("MATCH (n) WHERE NOT n:Actor AND NOT n:Document RETURN count(n)").scalar()
        if foreign:
            store.close()
            pytest.skip(f"the Neo4j database at {store.uri} holds {foreign} nodes that are not aigraph's; "
                        "the contract tests clear it, so point NEO4J_URI/NEO4J_DATABASE at a throw-away one")
    else:  # pragma: no cover
        raise ValueError(kind)
    try:
        store.clear()
        yield store
    finally:
        store.clear()
        store.close()


def load(store: GraphStore, batches: list[GraphBatch]) -> GraphStore:
    """Clear ``store`` and write ``batches`` into it."""
    store.clear()
    store.write_batches(batches)
    return store
