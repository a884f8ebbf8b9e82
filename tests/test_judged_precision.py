"""Hand verdicts on extracted edges the gold lacks (``aigraph eval GOLD --judged FILE``).

The gold is a sample, so a true edge it lacks lowers the measured precision; verdicts given by
hand say which of those edges are true and which are wrong, on invented facts here.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import main
from loaders.evaluation import Edge, evaluate, norm, read_gold, read_verdicts
from tests.reading import facts


def _record(subject: str, relation: str, obj: str, **extra) -> dict:
    return {"doc": "a.txt", "line": 1, "quote": "", "relation": relation, "certainty": "explicit", "attrs": {},
            "subject": {"name": subject}, "object": {"name": obj}, **extra}


def _write(path, records) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    return str(path)


def _edge(subject: str, relation: str, obj: str) -> Edge:
    return Edge(frozenset({norm(subject)}), relation, frozenset({norm(obj)}), frozenset({"a.txt"}), {},
                f"{subject} -{relation}-> {obj}")


@pytest.fixture
def gold_and_verdicts(tmp_path):
    gold = read_gold(_write(tmp_path / "gold.jsonl", [_record("Heron Capital", "INVESTED_IN", "Quill Labs")]))
    verdicts = read_verdicts(_write(tmp_path / "judged.jsonl", [
        _record("Quill Labs", "PARTNERS_WITH", "Marten Cloud", judged="true", reason="a stated alliance"),
        _record("Heron Capital", "INVESTED_IN", "Norland", judged="wrong", reason="a pledge to a country"),
    ]))
    return gold, verdicts


def test_edges_judged_true_count_as_right_and_unjudged_ones_as_wrong(gold_and_verdicts):
    gold, verdicts = gold_and_verdicts
    edges = [_edge("Heron Capital", "INVESTED_IN", "Quill Labs"),
             _edge("Marten Cloud", "PARTNERS_WITH", "Quill Labs"),  # a partnership matches either way round
             _edge("Heron Capital", "INVESTED_IN", "Norland"),
             _edge("Heron Capital", "INVESTED_IN", "Vesper AI")]
    result = evaluate(gold, edges, verdicts=verdicts)
    assert result.precision() == 0.25
    assert result.judged_precision() == 0.5
    assert [e.label for e in result.judged_true] == ["Marten Cloud -PARTNERS_WITH-> Quill Labs"]
    assert [(e.label, v.reason) for e, v in result.judged_wrong] == [
        ("Heron Capital -INVESTED_IN-> Norland", "a pledge to a country")]
    assert [e.label for e in result.unjudged] == ["Heron Capital -INVESTED_IN-> Vesper AI"]
    report = result.format()
    assert "precision with hand-judged edges: 0.500" in report
    assert "unjudged edges matching no gold fact, to judge (1):\n  Heron Capital -INVESTED_IN-> Vesper AI" in report


def test_a_verdict_holds_only_for_its_own_document_and_relation(tmp_path, gold_and_verdicts):
    _, verdicts = gold_and_verdicts
    gold = read_gold(_write(tmp_path / "two_docs.jsonl", [_record("Heron Capital", "INVESTED_IN", "Quill Labs"),
                                                          {**_record("Heron Capital", "INVESTED_IN", "Quill Labs"),
                                                           "doc": "b.txt"}]))
    in_another_doc = Edge(frozenset({norm("Quill Labs")}), "PARTNERS_WITH", frozenset({norm("Marten Cloud")}),
                          frozenset({"b.txt"}), {}, "in b.txt")
    of_another_type = _edge("Quill Labs", "INVESTED_IN", "Marten Cloud")
    result = evaluate(gold, [in_another_doc, of_another_type], verdicts=verdicts)
    assert result.judged_true == []
    assert len(result.unjudged) == 2


def test_without_verdicts_the_report_lists_every_unmatched_edge(gold_and_verdicts):
    gold, _ = gold_and_verdicts
    report = evaluate(gold, [_edge("Heron Capital", "INVESTED_IN", "Vesper AI")]).format()
    assert "hand-judged" not in report
    assert "extracted core facts matching no gold fact (1):" in report


def test_a_misspelt_verdict_is_refused(tmp_path):
    path = _write(tmp_path / "judged.jsonl", [_record("Quill Labs", "PARTNERS_WITH", "Marten Cloud", judged="True")])
    with pytest.raises(ValueError, match="judged must be"):
        read_verdicts(path)


def test_eval_command_takes_a_verdict_file(tmp_path):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "a.txt").write_text("텐센트가 문샷 AI에 3억 달러를 투자했다.\n", encoding="utf-8")
    gold = _write(tmp_path / "gold.jsonl", [_record("Heron Capital", "INVESTED_IN", "Quill Labs")])
    judged = _write(tmp_path / "judged.jsonl", [
        _record("Tencent", "INVESTED_IN", "Moonshot AI", judged="true", reason="stated in the sentence")])
    result = CliRunner().invoke(main, ["eval", gold, "--docs", str(corpus), "--judged", judged])
    assert result.exit_code == 0, result.output
    assert "precision, core types:       0.000" in result.output
    assert "precision with hand-judged edges: 1.000 (1 judged true, 0 judged wrong, 0 unjudged" in result.output


def test_a_bank_funds_the_fund_set_up_inside_it_and_the_fund_that_includes_it(loader, tmp_path):
    found = facts(loader, tmp_path, "‘한빛 미래펀드’는 산업은행에 설치하는 ‘한빛 성장펀드’(5조 원)에 더해 "
                                    "민간자금(5조 원)을 포함한다.\n")
    assert ("Korea Development Bank", "FUNDS", "한빛 성장펀드") in found
    assert ("Korea Development Bank", "FUNDS", "한빛 미래펀드") in found


def test_a_committee_set_up_in_a_ministry_is_not_funded_by_it(loader, tmp_path):
    found = facts(loader, tmp_path, "과학기술정보통신부에 설치된 ‘한빛 자문위원회’는 매달 회의를 연다.\n")
    assert not any(rel == "FUNDS" for _, rel, _ in found)


def test_a_fund_described_as_investing_somewhere_is_not_funded_by_the_body_announcing_it(loader, tmp_path):
    found = facts(loader, tmp_path, "과학기술정보통신부는 양자 분야에 투자하는 5천억 원 규모의 ‘새솔 혁신펀드’를 "
                                    "조성할 것을 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "새솔 혁신펀드") in found
    assert not any(rel in ("FUNDS", "INVESTED_IN") for _, rel, _ in found)


def test_a_date_in_the_clause_leaves_the_head_as_the_investee(loader, tmp_path):
    found = facts(loader, tmp_path, "소프트뱅크가 2024년에 투자한 스타트업 ‘새솔랩스’는 로봇 모델을 만든다.\n")
    assert ("SoftBank", "INVESTED_IN", "새솔랩스") in found


def test_paying_into_a_fund_that_invests_elsewhere_still_funds_it(loader, tmp_path):
    found = facts(loader, tmp_path, "정부는 반도체 기업에 투자하는 ‘새솔 성장펀드’에 1조 원을 출자한다.\n")
    assert ("Government of Korea", "FUNDS", "새솔 성장펀드") in found
