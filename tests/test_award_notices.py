"""Contract award notices: blocks of "Label:   value" fields under the buying agency's heading.

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts

_DIGEST = """TENDER WATCH
Weekly award digest

--------------------------------------------------
1. UNITED KINGDOM — Ministry of Widgets (MoW)
--------------------------------------------------
Notice type:      Contract award
Title:            Parcel Routing Assistant
Awardee (prime):  Pellow Routing Ltd, Leeds
Parent company:   Pellow Group plc
Value:            £4 million
Subcontractors:   Tarnfield Labs (evaluation); Wexcombe Consulting (training)

--------------------------------------------------
2. UNITED STATES — Office of Harbour Logistics
--------------------------------------------------
Notice type:      Prototype agreement
Programme:        Project HALYARD (berth planning agents)
Awardee (prime):  Corvane Systems
Team:             Brisling Robotics; Othmar Sensors (hardware)

--------------------------------------------------
3. EUROPEAN UNION — Directorate for Archives, Unit C
--------------------------------------------------
Notice type:      Framework award
Awardee:          consortium led by Ulverby Data, with Quessant Cloud and Maribel Systems
Value:            EUR 3 million

--------------------------------------------------
4. UNITED KINGDOM — Department for Canals
--------------------------------------------------
Notice type:      Award
Awardee:          Lockside Vision Consortium
Consortium lead:  Harrowgate Imaging Ltd (a subsidiary of Harrowgate Holdings plc)
Members:          Fennick Analytics; Ottery Data Ltd
"""


def test_the_buyer_contracts_with_the_awardee_and_its_fields_relate_to_it(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _DIGEST, locations=True)
    assert ("Ministry of Widgets", "PARTNERS_WITH", "Pellow Routing") in got | {(o, r, s) for s, r, o in got}
    assert ("Pellow Routing", "SUBSIDIARY_OF", "Pellow Group") in got
    assert ("Tarnfield Labs", "PARTNERS_WITH", "Pellow Routing") in got | {(o, r, s) for s, r, o in got}
    assert ("Wexcombe Consulting", "PARTNERS_WITH", "Pellow Routing") in got | {(o, r, s) for s, r, o in got}
    assert ("Pellow Routing", "BASED_IN", "United Kingdom") in got


def test_a_programme_field_makes_the_awardee_and_its_team_participants(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _DIGEST)
    assert {("Corvane Systems", "PARTICIPATES_IN", "Project HALYARD"), ("Brisling Robotics", "PARTICIPATES_IN", "Project HALYARD"),
            ("Othmar Sensors", "PARTICIPATES_IN", "Project HALYARD")} <= got
    assert not any(r == "PARTNERS_WITH" and "Corvane Systems" in (s, o) for s, r, o in got)


def test_a_consortium_led_by_a_company_is_won_by_its_lead(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _DIGEST)
    both_ways = got | {(o, r, s) for s, r, o in got}
    assert ("Directorate for Archives", "PARTNERS_WITH", "Ulverby Data") in both_ways
    assert ("Quessant Cloud", "PARTNERS_WITH", "Ulverby Data") in both_ways
    assert ("Maribel Systems", "PARTNERS_WITH", "Ulverby Data") in both_ways


def test_a_named_consortium_takes_in_its_lead_and_members(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _DIGEST)
    assert {("Harrowgate Imaging", "PARTICIPATES_IN", "Lockside Vision Consortium"),
            ("Fennick Analytics", "PARTICIPATES_IN", "Lockside Vision Consortium"),
            ("Ottery Data", "PARTICIPATES_IN", "Lockside Vision Consortium"),
            ("Harrowgate Imaging", "SUBSIDIARY_OF", "Harrowgate Holdings")} <= got


def test_labelled_lines_without_an_awardee_are_no_notice(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Minutes\n\nChair:      Ilsa Marrow\nVenue:      Tarnfield Labs\nSecretary:  Wexcombe Consulting\n"
    assert not facts(loader, tmp_path, text)
