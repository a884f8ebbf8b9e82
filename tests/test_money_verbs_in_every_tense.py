"""A money verb reads the same in every tense: "is putting €40M into P", "puts $5M into X" as
"put". Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import english_facts


def test_a_department_putting_money_into_a_programme_funds_it(loader):
    got = english_facts(loader, "The Ministry of SMEs and Startups is putting another €40M into the Harbour Growth "
                                "Programme, which it launched last year.\n")
    assert ("Ministry of SMEs and Startups", "FUNDS", "Harbour Growth Programme") in got


def test_a_firm_that_puts_money_into_a_start_up_invests_in_it(loader):
    got = english_facts(loader, "Brindlewick Ventures puts $5 million into Orvane Labs, a Busan maker of inspection drones.\n")
    assert ("Brindlewick Ventures", "INVESTED_IN", "Orvane Labs") in got


def test_putting_pressure_on_a_start_up_is_no_money(loader):
    got = english_facts(loader, "Brindlewick Ventures is putting pressure on Orvane Labs to sell its drone unit.\n")
    assert not any(f[1] in ("INVESTED_IN", "FUNDS") for f in got)
