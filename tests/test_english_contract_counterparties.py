""""A will rent servers from B under a three-year contract": the sentence's subject and the name
after "from/to/with/at" are the two parties of the contract (PARTNERS_WITH).

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import english_facts


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_renting_from_a_supplier_under_a_contract_partners_them(loader) -> None:
    got = english_facts(loader, "For computing power, Brindle Robotics will rent GPU racks from Quarrow Compute "
                                "under a two-year contract signed in March.")
    assert _partners(got, "Brindle Robotics", "Quarrow Compute")


def test_a_relative_clause_after_the_subject_names_no_counterparty(loader) -> None:
    got = english_facts(loader, "Brindle Robotics, which raised $40 million from Tallow Ventures last year, said it "
                                "had moved production of its next board to Quarrow Compute under a supply agreement.")
    assert _partners(got, "Brindle Robotics", "Quarrow Compute")
    assert not _partners(got, "Tallow Ventures", "Quarrow Compute")


def test_a_contract_of_another_subject_is_not_read(loader) -> None:
    got = english_facts(loader, "Brindle Robotics said Tallow Systems will buy power from Quarrow Energy under a "
                                "ten-year contract.")
    assert not _partners(got, "Brindle Robotics", "Quarrow Energy")
