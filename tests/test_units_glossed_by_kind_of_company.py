"""English glosses a unit as ", the cloud provider's venture arm,": a kind of company with "the" points
back to the firm the text is about, as "its" does. Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_a_unit_glossed_as_the_kind_of_company_s_arm_belongs_to_the_firm_before(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnwell Cloud reported higher sales on Tuesday. Last year Tarnwell Ventures, "
                                  "the cloud provider's corporate venture arm, led a round in Pexa Robotics.\n")
    assert ("Tarnwell Ventures", "SUBSIDIARY_OF", "Tarnwell Cloud") in got

