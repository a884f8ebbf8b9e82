"""Extraction in several processes gives what one process gives, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import kiwi_model, parallel
from loaders.document import DocumentError
from loaders.pipeline import load_corpus
from tests.test_normalise import _wrapped_anywhere

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def dump(results):
    return [(r.batch.document.id, r.skipped, r.sentences, r.warnings,
             sorted((a.id, a.name, a.type, a.country, tuple(a.aliases)) for a in r.batch.actors.values()),
             [(f.identity, sorted(f.props.items(), key=str), list(map(repr, f.evidence)))
              for f in r.batch.relationships])
            for r in results]


@pytest.mark.skipif(not parallel._can_fork(), reason="extraction forks only where fork is the platform's way")
def test_two_workers_read_the_corpus_exactly_as_one(loader):
    assert sum(p.stat().st_size for p in CORPUS.glob("*.txt")) > parallel.PARALLEL_MIN_CHARS
    one = dump(load_corpus(CORPUS, loader, workers=1))
    seen = []
    two = dump(load_corpus(CORPUS, loader, workers=2, progress=seen.append,
                           skip=lambda doc: doc.path.endswith("002_31e17a907fe684f3.txt")))
    assert two[2][1] and not two[2][5]  # the skipped document: empty, in its place
    assert two[:2] + two[3:] == one[:2] + one[3:]
    assert seen == [f"[{n}/5] {p.name}" for n, p in enumerate(sorted(CORPUS.glob("*.txt")), start=1)]


@pytest.mark.skipif(not parallel._can_fork(), reason="extraction forks only where fork is the platform's way")
def test_workers_forked_after_kiwi_was_loaded_read_as_one_process_does(loader, tmp_path, monkeypatch):
    """A worker forked after this process loaded Kiwi asks the inherited model about a
    document wrapped at any character: it must have no threads, which would not have come
    along into the worker (asking it would wait for ever)."""
    for i, (investor, startup) in enumerate((("누리 캐피털", "가온랩스"), ("한빛 벤처스", "다온로보틱스"))):
        (tmp_path / f"doc{i}.txt").write_text(_wrapped_anywhere(
            f"○ {startup}는 2026년 3월 {investor}가 주도한 라운드에서 투자를 유치하였으며, 조달 자",
            "금은 해외 진출과 연구 인력 확보에 쓰일 예정임",
        ), encoding="utf-8")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 0)  # documents this small would not fork
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    one = dump(load_corpus(tmp_path, loader, workers=1))
    assert kiwi_model.kiwi.cache_info().currsize  # the wrapped lines were read with Kiwi, here
    assert all(result[5] for result in one)
    assert dump(load_corpus(tmp_path, loader, workers=2)) == one


def test_a_worker_error_reaches_the_caller(loader, tmp_path):
    for i in range(3):
        (tmp_path / f"doc{i}.txt").write_text("가나다라마바사. " * 20_000, encoding="utf-8")

    class Broken:
        def load_text(self, source):
            raise RuntimeError(f"cannot read {source.document.path}")

    with pytest.raises(RuntimeError, match="cannot read"):
        list(load_corpus(tmp_path, Broken(), workers=2))


def test_one_worker_reads_one_document_at_a_time(loader, tmp_path):
    (tmp_path / "a.txt").write_text("한빛로보틱스는 신한캐피탈로부터 투자를 유치했다.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")  # unreadable: empty
    results = load_corpus(tmp_path, loader, workers=1)
    first = next(results)  # the second file is not read yet
    assert first.batch.relationships
    with pytest.raises(DocumentError):
        next(results)
