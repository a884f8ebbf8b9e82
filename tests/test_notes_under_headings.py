"""Notes that drop their subject under the name they stand under: a heading that is a firm's name
alone, a label bullet, a deal item's head.

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts


def test_notes_opening_on_their_verb_are_the_headings_firms(loader, tmp_path):
    got = facts(loader, tmp_path, "Portfolio update\n\n1. Sequoia Capital\n   - Led a $12M Series A in Ardent Robotics.\n"
                "   - Invested $3M in Tallis Labs.\n\n2. Accel\n   - Invested $4M in Vellum Data.\n")
    assert ("Sequoia Capital", "INVESTED_IN", "Ardent Robotics") in got
    assert ("Sequoia Capital", "INVESTED_IN", "Tallis Labs") in got
    assert ("Accel", "INVESTED_IN", "Vellum Data") in got
    assert ("Sequoia Capital", "INVESTED_IN", "Vellum Data") not in got


def test_a_note_after_prose_does_not_make_the_last_object_act(loader, tmp_path):
    got = facts(loader, tmp_path, "Sequoia Capital had a busy month.\n- Led a $12M Series A in Ardent Robotics.\n"
                "- Invested $3M in Tallis Labs.\n")
    assert ("Ardent Robotics", "INVESTED_IN", "Tallis Labs") not in got


def test_founders_in_a_note_under_a_deal_item_founded_its_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Funding roundup\n\n* Quillmark Robotics (Oslo) — $30M Series A\n"
                "  - Northzone led, with Creandum following on.\n"
                "  - Founded in 2022 by ex-ABB engineers Ingrid Solberg and Tomas Berg.\n")
    assert ("Ingrid Solberg", "FOUNDED", "Quillmark Robotics") in got
    assert ("Tomas Berg", "FOUNDED", "Quillmark Robotics") in got


def test_founders_in_a_note_after_an_investors_note_did_not_found_the_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "Deals this week\n\n- Led by Sequoia Capital, with Accel joining.\n"
                "- Founded in 2023 by Ingrid Solberg.\n")
    assert not any(rel == "FOUNDED" for _, rel, _ in got)


def test_a_square_bullet_label_is_the_subject_of_the_bullets_under_it(loader, tmp_path):
    got = facts(loader, tmp_path, "주간 투자 동향\n\n■ 카카오벤처스\n- 로봇 스타트업 솔빛로보틱스에 30억 원 투자\n")
    assert ("Kakao Ventures", "INVESTED_IN", "솔빛로보틱스") in got
