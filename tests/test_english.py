"""English sentence frames (loaders/relations/english.py), on invented sentences."""

from __future__ import annotations

from tests.reading import relationships


def edges(loader, tmp_path, text: str) -> dict[tuple[str, str, str], dict]:
    return relationships(loader, tmp_path, text, locations=True)


def test_round_with_lead_and_participants(loader, tmp_path):
    got = edges(loader, tmp_path, "Velmora Robotics raised $55 million in a Series C led by Quarry Hill Ventures, "
                                  "with participation from Sablewood Capital, Tern Partners and Oakmere Fund.")
    lead = got[("Quarry Hill Ventures", "INVESTED_IN", "Velmora Robotics")]
    assert lead["role"] == "lead" and lead["amount_usd"] == 55_000_000 and lead["round"] == "Series C"
    for investor in ("Sablewood Capital", "Tern Partners", "Oakmere Fund"):
        assert got[(investor, "INVESTED_IN", "Velmora Robotics")]["round"] == "Series C"


def test_seed_round_from_and_founders_in_appositive(loader, tmp_path):
    got = edges(loader, tmp_path, "Plumeria Bio, co-founded by Tomasz Wrona and Leila Haddad, closed a "
                                  "$3 million seed round from Greyfield Capital.")
    assert got[("Greyfield Capital", "INVESTED_IN", "Plumeria Bio")]["round"] == "seed"
    assert ("Tomasz Wrona", "FOUNDED", "Plumeria Bio") in got
    assert ("Leila Haddad", "FOUNDED", "Plumeria Bio") in got


def test_led_round_in_target_and_invested_in(loader, tmp_path):
    got = edges(loader, tmp_path, "Brackenridge Capital led an $18 million Series A in Nautilo Systems. "
                                  "Separately, Fenwick Ventures invested $7M in Orbisana.")
    assert got[("Brackenridge Capital", "INVESTED_IN", "Nautilo Systems")]["role"] == "lead"
    assert got[("Fenwick Ventures", "INVESTED_IN", "Orbisana")]["amount_usd"] == 7_000_000
    assert not any(s == "Separately" for s, _, _ in got)


def test_acquisitions_active_planned_and_passive(loader, tmp_path):
    got = edges(loader, tmp_path, "Halden Software acquired Pictora Labs for $90 million. "
                                  "Corvane Analytics, a subsidiary of Ostrava Holdings, agreed to buy Glimmerset. "
                                  "Tidewell AI was acquired by Marrow Systems in 2024.")
    assert got[("Halden Software", "ACQUIRED", "Pictora Labs")]["amount_usd"] == 90_000_000
    assert got[("Corvane Analytics", "ACQUIRED", "Glimmerset")]["qualifier"] == "planned"
    assert ("Corvane Analytics", "SUBSIDIARY_OF", "Ostrava Holdings") in got
    assert got[("Marrow Systems", "ACQUIRED", "Tidewell AI")]["year"] == 2024


def test_partnerships_and_agreements(loader, tmp_path):
    got = edges(loader, tmp_path, "Quenby Health signed a three-year supply agreement with Larchmont Devices. "
                                  "Sorrel Dynamics teamed up with Amazon to build robots.")
    pairs = {frozenset((s, o)) for s, r, o in got if r == "PARTNERS_WITH"}
    assert frozenset(("Quenby Health", "Larchmont Devices")) in pairs
    assert frozenset(("Sorrel Dynamics", "Amazon")) in pairs


def test_develops_model_named_by_apposition(loader, tmp_path):
    got = edges(loader, tmp_path, "Ferrowind Labs develops Cirrus-7, a speech model for call centres.")
    assert ("Ferrowind Labs", "DEVELOPS", "Cirrus-7") in got


def test_government_programme_participant_and_grant(loader, tmp_path):
    got = edges(loader, tmp_path, "The government of Estonia launched the Baltic Compute programme to fund GPU time. "
                                  "Tallinn-based Vireo Systems is one of the first participants, receiving €2 million "
                                  "under the programme.")
    launched = [k for k in got if k[1] == "LAUNCHED" and k[2] == "Baltic Compute programme"]
    assert launched and "Estonia" in launched[0][0]
    assert ("Vireo Systems", "PARTICIPATES_IN", "Baltic Compute programme") in got
    assert got[("Baltic Compute programme", "FUNDS", "Vireo Systems")]["amount"] == 2
    assert ("Vireo Systems", "BASED_IN", "Estonia") in got


def test_location_glosses(loader, tmp_path):
    got = edges(loader, tmp_path, "Munich-based Kessel AI raised $9 million from Lindqvist Capital, a Stockholm "
                                  "venture firm. Sunnfjord Ventures backed Aomori Dynamics of Tokyo.")
    assert ("Kessel AI", "BASED_IN", "Germany") in got
    assert ("Lindqvist Capital", "BASED_IN", "Sweden") in got
    assert ("Sunnfjord Ventures", "INVESTED_IN", "Aomori Dynamics") in got
    assert ("Aomori Dynamics", "BASED_IN", "Japan") in got


def test_lp_commitment_to_a_fund_manager(loader, tmp_path):
    got = edges(loader, tmp_path, "Alder Pension Fund committed $50 million to Roanoke Growth Partners' third fund.")
    assert got[("Alder Pension Fund", "INVESTED_IN", "Roanoke Growth Partners")]["amount_usd"] == 50_000_000


def test_founder_by_anaphora(loader, tmp_path):
    got = edges(loader, tmp_path, "Quintessa Robotics raised $4 million from Harrow Capital. "
                                  "The company, founded by Nadia Brecht in 2021, makes warehouse robots.")
    assert got[("Nadia Brecht", "FOUNDED", "Quintessa Robotics")]["year"] == 2021
