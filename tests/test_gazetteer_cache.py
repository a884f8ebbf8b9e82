"""The default gazetteer kept on disk: loaded back, it finds exactly what a built one finds."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer, load_entries
from loaders.gazetteer_cache import cached_gazetteer

SENTENCES = [
    "네이버와 OpenAI는 공동 연구를 발표했고, 삼성전자가 이를 지원한다.",
    "Microsoft invested in Mistral AI, and the EU funds Horizon Europe projects.",
    "텐센트가 인텔리전스 기업에 투자했다.",
]


def test_a_stored_gazetteer_is_loaded_without_building_and_finds_the_same(tmp_path):
    path = tmp_path / "gazetteer-test.pickle"
    builds = []

    def build() -> Gazetteer:
        builds.append(1)
        return Gazetteer(load_entries())

    built = cached_gazetteer(build, path)
    loaded = cached_gazetteer(build, path)
    assert len(builds) == 1 and path.exists()
    assert loaded is not built
    assert loaded._exact.pattern == built._exact.pattern and loaded._folded.flags == built._folded.flags
    for text in SENTENCES:
        assert built.find(text), text
        assert loaded.find(text) == built.find(text)
    assert loaded.lookup("네이버") == built.lookup("네이버") is not None


def test_an_unreadable_store_is_built_again(tmp_path):
    path = tmp_path / "gazetteer-test.pickle"
    path.write_bytes(b"not a pickle")
    gazetteer = cached_gazetteer(lambda: Gazetteer(load_entries()), path)
    assert gazetteer.find(SENTENCES[1])
    assert cached_gazetteer(lambda: None, path).find(SENTENCES[1]) == gazetteer.find(SENTENCES[1])
