"""Fixes found reading the whole change again: a short alias that is an everyday word, a launched
fund's type, and gazetteer actors that readers must not retype in place (they are shared)."""

from __future__ import annotations

from pathlib import Path

from loaders.document import read_document
from loaders.gazetteer import default_gazetteer
from loaders.mentions import find_mentions
from tests.reading import facts


def test_the_word_for_geography_names_no_carmaker():
    found = find_mentions("한국의 지리와 기후를 다룬 지리 정보 시스템을 구축했다.", default_gazetteer())
    assert not [m for m in found if m.actor.name == "Geely"]
    assert [m for m in find_mentions("지리자동차는 새 전기차를 공개했다.", default_gazetteer()) if m.actor.name == "Geely"]


def test_a_fund_launched_under_its_appositive_is_a_programme(loader, tmp_path: Path):
    path = tmp_path / "doc.txt"
    path.write_text("In 2025 Tidewell Labs launched Tidewell Ventures, a $20 million corporate fund for start-ups.\n",
                    encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    launched = [r for r in batch.relationships if r.type == "LAUNCHED"]
    assert launched and all(batch.actors[r.object].type == "Program" for r in launched)


def test_a_known_actor_keeps_its_type_after_a_list_retypes_recipients(loader, tmp_path: Path):
    text = ("The Government of Canada launched the following programmes:\n\n"
            "- Rural AI Vouchers\n"
            "  - $40 million for farms adopting AI\n"
            "  - Named recipients: Fieldwise Robotics ($2.1 million), EuroHPC ($0.9 million)\n")
    assert ("Canadian government", "FUNDS", "Fieldwise Robotics") in facts(loader, tmp_path, text)
    assert default_gazetteer().lookup("EuroHPC").to_actor().type == "Program"
