"""The whole flow on the real corpus: required facts, provenance, idempotence, the CLI."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.model import Evidence
from graph.store.falkor import FalkorStore

from .conftest import CORPUS


def _edges(g, subject: str, rtype: str, obj: str) -> list[dict]:
    return [d for u, v, d in g.edges(data=True) if u == subject and v == obj and d["type"] == rtype]


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _assert_evidence_points_at_its_line(store, edge: dict) -> None:
    paths = {doc_id: path for doc_id, path, _ in store.documents().rows}
    assert edge["evidence"], edge
    for raw in edge["evidence"]:
        ev = Evidence.parse(raw)
        lines = Path(paths[ev.doc_id]).read_text(encoding="utf-8").split("\n")
        original = _norm(lines[ev.line - 1])
        # The quote starts on the line it names (the quote may run on to later lines).
        assert original and _norm(ev.text)[:10] in original, (raw, lines[ev.line - 1])
    assert set(edge["sources"]) <= set(paths)


def test_tencent_invested_at_least_300m_in_moonshot(corpus_store, corpus_graph):
    # SPRi's deal table (line 215); the other report names Tencent among the AI Tigers' backers.
    (edge,) = [e for e in _edges(corpus_graph, "tencent", "INVESTED_IN", "moonshot-ai") if e.get("amount_usd")]
    assert edge["amount_usd"] == pytest.approx(3e8)
    assert (edge["amount"], edge["unit"], edge["currency"], edge["qualifier"]) == (3.0, "억", "USD", "at least")
    assert any(Evidence.parse(e).line == 215 for e in edge["evidence"])
    _assert_evidence_points_at_its_line(corpus_store, edge)


def test_microsoft_invested_10b_in_openai_in_2023(corpus_store, corpus_graph):
    edges = _edges(corpus_graph, "microsoft", "INVESTED_IN", "openai")
    dated = [e for e in edges if e.get("year") == 2023 and e.get("amount_usd") == pytest.approx(1e10)]
    assert dated, edges
    for edge in edges:
        _assert_evidence_points_at_its_line(corpus_store, edge)


def test_google_invested_in_anthropic(corpus_store, corpus_graph):
    edges = _edges(corpus_graph, "google", "INVESTED_IN", "anthropic")
    assert edges
    for edge in edges:
        _assert_evidence_points_at_its_line(corpus_store, edge)


def test_stargate_participants_and_roles(corpus_store, corpus_graph):
    stargate = "stargate-project"
    (mgx,) = _edges(corpus_graph, "mgx", "PARTICIPATES_IN", stargate)
    assert "초기 자본 투자" in mgx["role"]
    _assert_evidence_points_at_its_line(corpus_store, mgx)
    participants = {u for u, v, d in corpus_graph.edges(data=True) if v == stargate and d["type"] == "PARTICIPATES_IN"}
    assert {"openai", "oracle", "softbank", "nvidia", "microsoft", "mgx", "arm", "damac"} <= participants


def test_country_flows_from_the_tables_of_001(corpus_store, corpus_graph):
    flows = [(u, v, d) for u, v, d in corpus_graph.edges(data=True) if d["type"] == "VC_FLOW"]
    assert len(flows) >= 100
    (nl_cn,) = [d for u, v, d in flows if u == "netherlands" and v == "china" and d.get("year") == 2023]
    assert nl_cn["amount_usd"] == pytest.approx(1611e6)
    assert nl_cn["share_pct"] == pytest.approx(6.2)
    _assert_evidence_points_at_its_line(corpus_store, nl_cn)
    # An outbound (집행) table reads the other way: the header country is the source.
    us_gb = [d for u, v, d in flows if u == "united-states" and v == "united-kingdom" and d.get("year") == 2023]
    assert us_gb and us_gb[0]["amount_usd"] == pytest.approx(947e6)


def test_every_fact_has_sources_and_evidence(corpus_graph):
    for _, _, data in corpus_graph.edges(data=True):
        assert data["sources"] and data["evidence"], data


def test_loading_twice_changes_nothing(falkor_store):
    from graph.build import load_into

    first = load_into(falkor_store, CORPUS)
    counts = falkor_store.counts()
    second = load_into(falkor_store, CORPUS)
    assert {r.status for r in first.reports} == {"loaded"}
    assert {r.status for r in second.reports} == {"unchanged"}
    assert falkor_store.counts() == counts


def test_a_changed_document_replaces_only_its_own_facts(falkor_store, tmp_path):
    from graph.build import load_into

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Microsoft가 OpenAI에 100억 달러를 투자했다.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Microsoft가 OpenAI에 100억 달러를 투자했다.\nGoogle이 Anthropic에 투자했다.\n",
                                  encoding="utf-8")
    load_into(falkor_store, corpus)
    g = falkor_store.to_networkx()
    (edge,) = _edges(g, "microsoft", "INVESTED_IN", "openai")
    assert len(edge["sources"]) == 2
    (corpus / "b.txt").write_text("NVIDIA가 Cohere에 투자했다.\n", encoding="utf-8")
    report = load_into(falkor_store, corpus)
    assert sorted(r.status for r in report.reports) == ["replaced", "unchanged"]
    g = falkor_store.to_networkx()
    (edge,) = _edges(g, "microsoft", "INVESTED_IN", "openai")
    assert len(edge["sources"]) == 1  # a.txt still states it
    assert not _edges(g, "google", "INVESTED_IN", "anthropic")  # only the old b.txt did
    assert _edges(g, "nvidia", "INVESTED_IN", "cohere")
    assert falkor_store.counts()["documents"]["Document"] == 2


def test_build_command_writes_report_view_and_export(tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(CORPUS), "--out", str(out), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert "INVESTED_IN" in result.output and "documents: 5" in result.output
    for name in ("report.md", "report.html", "graph.html", "graph.json", "centrality.csv"):
        assert (out / name).stat().st_size > 0, name
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", html, re.I)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", html, re.I)
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "Moonshot AI" in report or "Tencent" in report

    # The same data directory answers queries afterwards; writes are refused.
    data = ["--data-dir", str(tmp_path / "data")]
    ok = runner.invoke(main, ["query", "MATCH (a:Actor {id: $id}) RETURN a.name AS name", "-p", "id=mgx", *data])
    assert ok.exit_code == 0 and "MGX" in ok.output
    refused = runner.invoke(main, ["query", "MATCH (n) DETACH DELETE n", *data])
    assert refused.exit_code != 0 and "--write" in refused.output
    stats = runner.invoke(main, ["stats", *data])
    assert "documents: 5" in stats.output


def test_clear_errors_for_bad_input(tmp_path):
    runner = CliRunner()
    data = ["--data-dir", str(tmp_path / "data")]
    missing = runner.invoke(main, ["build", str(tmp_path / "nope"), *data])
    assert missing.exit_code != 0 and "no such directory" in missing.output
    assert "Traceback" not in missing.output
    (tmp_path / "empty").mkdir()
    empty = runner.invoke(main, ["load", str(tmp_path / "empty"), *data])
    assert empty.exit_code != 0 and "no documents" in empty.output


def test_store_that_cannot_start_is_reported(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    result = CliRunner().invoke(main, ["stats", "--data-dir", str(blocker / "data")])
    assert result.exit_code != 0 and "data directory" in result.output


def test_stale_socket_is_recovered(tmp_path):
    data = tmp_path / "data"
    FalkorStore(data).close()
    (data / "falkordb.sock").write_text("")  # what a killed server leaves behind
    store = FalkorStore(data)
    try:
        assert any("stale socket" in n for n in store.server.notes)
        assert store.counts()["documents"] == {"Document": 0}
    finally:
        store.close()
    shutil.rmtree(data)


def test_a_store_shared_by_two_users_stops_only_after_the_last(tmp_path):
    data = tmp_path / "data"
    first = FalkorStore(data)
    second = FalkorStore(data)  # reuses the server the first one started
    assert not second.server.owned
    first.close()
    assert second.counts()["documents"] == {"Document": 0}  # still served for the second user
    second.close()
    assert not (data / "falkordb.sock").exists() and not (data / "falkordb.pid").exists()
    third = FalkorStore(data)  # a new server starts, on the same snapshot
    try:
        assert third.server.owned
    finally:
        third.close()
