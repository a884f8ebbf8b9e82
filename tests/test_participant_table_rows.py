"""Participant tables with a row per line opening with a consortium's lead and listing its
members after it, under a caption naming the programme and its selection round
(loaders/relations/participant_tables.py), on invented tables."""

from __future__ import annotations

from pathlib import Path

from loaders.document import read_document


def facts(loader, tmp_path: Path, text: str) -> dict[tuple[str, str, str], dict]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    return {(batch.actors[r.subject].name, r.type, batch.actors[r.object].name): r.props for r in batch.relationships}


TABLE = ("중소벤처기업부는 3일 '스마트 양식 AI 실증사업'을 추진한다고 밝혔다.\n\n"
         "<표> 스마트 양식 AI 실증사업 1차 선정 컨소시엄    (단위: 억원)\n"
         "주관기관 참여기관 실증 분야 정부출연금\n"
         "바다누리랩 물결센서, 한빛수산, 가람대 양식장 관제 80\n"
         "청파데이터 솔내로보틱스, 다온대 사료 자동화 60\n"
         "자료: 중소벤처기업부\n")


def test_lead_and_listed_members_take_part(loader, tmp_path):
    got = facts(loader, tmp_path, TABLE)
    programme = "스마트 양식 AI 실증사업"
    for member in ("바다누리랩", "물결센서", "한빛수산", "가람대", "청파데이터", "솔내로보틱스", "다온대"):
        assert (member, "PARTICIPATES_IN", programme) in got, member
    assert not any(s.startswith(("양식장", "사료")) for s, _, _ in got)


def test_launcher_funds_each_lead_with_the_support_column(loader, tmp_path):
    got = facts(loader, tmp_path, TABLE)
    funded = {o: p for (s, r, o), p in got.items() if r == "FUNDS" and s == "Ministry of SMEs and Startups"}
    assert funded["바다누리랩"]["amount"] == 80 and funded["청파데이터"]["amount"] == 60
    assert "물결센서" not in funded
