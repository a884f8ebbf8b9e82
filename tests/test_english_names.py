"""Names and types of English actors (what an analyst reads as the node list), on invented text."""

from __future__ import annotations

from graph.model import Actor
from loaders.document import read_document
from tests.reading import facts


def actors(loader, tmp_path, text: str) -> dict[str, Actor]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: a for a in loader.load_text(read_document(path, {})).batch.actors.values()}


def test_states_money_goes_to_are_no_investees(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvell Systems said it had committed $4 billion to new data centres in Ohio "
                                  "and North Carolina over the next decade. Brightpeak Ventures, a Texas-based "
                                  "investor, backed Velmont AI.")
    assert not any(o in ("Ohio", "North Carolina", "Texas") or s in ("Ohio", "Texas") for s, _, o in got)
    assert ("Brightpeak Ventures", "INVESTED_IN", "Velmont AI") in got
    assert ("Brightpeak Ventures", "BASED_IN", "United States") in facts(
        loader, tmp_path, "Brightpeak Ventures, a Texas-based investor, backed Velmont AI.", locations=True)


def test_a_ministrys_remit_joined_by_and_stays_in_its_name(loader, tmp_path):
    got = facts(loader, tmp_path, "The Harbour Compute Initiative, a programme launched by the Ministry of "
                                  "Industry and Advanced Technology in 2025, pools GPUs for universities.")
    assert ("Ministry of Industry and Advanced Technology", "LAUNCHED", "Harbour Compute Initiative") in got
    assert not any(s == "Advanced Technology" for s, _, _ in got)
    two = facts(loader, tmp_path, "The Ministry of Finance and Halvard Capital invested in Qelvo Labs.")
    assert ("Halvard Capital", "INVESTED_IN", "Qelvo Labs") in two
    assert any(s == "Ministry of Finance" for s, _, _ in two)


def test_an_office_of_two_fields_is_one_body(loader, tmp_path):
    got = actors(loader, tmp_path, "The Office of Science and Technology Policy and Halvard Capital backed Qelvo Labs.")
    assert got["Office of Science and Technology Policy"].type == "Government"
    assert "Technology Policy" not in got


def test_ampersand_before_a_generic_word_joins_one_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnwick Labs raised $30 million from Fidelity Management & Research "
                                  "and Halvard Capital.")
    assert ("Fidelity Management & Research", "INVESTED_IN", "Tarnwick Labs") in got
    assert ("Halvard Capital", "INVESTED_IN", "Tarnwick Labs") in got


def test_people_after_a_plural_role_or_a_title(loader, tmp_path):
    got = actors(loader, tmp_path, "Velmont AI was spun out of the Delft Institute in 2019 by engineers Jonas "
                                   "Brenner and Mira Tasdelen. Sheikh Rashid Al Mansoori backed the company.")
    assert got["Jonas Brenner"].type == "Person"
    assert got["Mira Tasdelen"].type == "Person"


def test_quoted_analyst_is_party_to_no_deal(loader, tmp_path):
    got = facts(loader, tmp_path, "Orrery Labs raised $2 billion. Ravi Mendes, a chip analyst at Corliss "
                                  "Research, said AMD's willingness to invest showed confidence.")
    assert not any(s == "Ravi Mendes" or o == "Ravi Mendes" for s, _, o in got)


def test_versioned_names_a_maker_releases_are_models(loader, tmp_path):
    got = facts(loader, tmp_path, "Orrel Cloud unveiled the Nova 2 family last year. "
                                  "Tessaly Labs unveiled its Kestrel-3 in May.")
    assert ("Orrel Cloud", "DEVELOPS", "Nova 2") in got
    assert ("Tessaly Labs", "DEVELOPS", "Kestrel-3") in got
    assert actors(loader, tmp_path, "Tessaly Labs unveiled its Kestrel-3 in May.")["Kestrel-3"].type == "Model"


def test_a_region_named_before_government_is_its_government_not_a_person(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvane Holdings, the state investment vehicle set up by the Abu Dhabi "
                                  "government in 2024, has committed $2bn to chips.")
    assert ("Abu Dhabi government", "FOUNDED", "Halvane Holdings") in got
    assert not any(r == "LAUNCHED" for _, r, _ in got)


def test_a_parameter_count_between_a_name_and_model(loader, tmp_path):
    got = facts(loader, tmp_path, "Tessaly Labs builds compact models for on-device use; its Orlan-Lite 3B model "
                                  "shipped in November inside Korvex's new handset line.")
    assert ("Tessaly Labs", "DEVELOPS", "Orlan-Lite") in got
    assert not any(s == "Orlan-Lite" for s, _, _ in got)
