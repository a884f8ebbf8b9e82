"""A state unit joining a round told of in the paragraph before: "So did the Growth Unit, part of
the Department for Business and Trade, which has put £2m into the company". The relative clause is
the unit's (the appositive makes it part of the department), and "the company" is the one whose
round the sentences before reported, not the company the story was about earlier.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import english_facts

_STORY = ("Corvane Robotics, which builds warehouse robots, has raised a $40m Series B led by Balderton Capital.\n\n"
          "Corvane Robotics was founded in 2022 by Ilse Brandt. Corvane Robotics now sells to twelve grocers. "
          "Corvane Robotics also opened an office in Lyon. Corvane Robotics plans to hire forty engineers.\n\n"
          "UK: Northwind Labs and the evals economy\n\n"
          "London's Northwind Labs, which sells tools to test models, raised a £12m Series A led by Atomico.\n\n"
          "British Patient Capital invested alongside Atomico. So did the Growth Unit, part of the Department "
          "for Business and Trade, which has put £2m into the company.")


def test_the_unit_part_of_a_department_puts_money_into_the_round_s_company(loader) -> None:
    got = english_facts(loader, _STORY)
    money = {(s, o) for s, t, o in got if t in ("INVESTED_IN", "FUNDS")}
    assert ("Growth Unit", "Northwind Labs") in money
    assert not any(s == "Department for Business and Trade" for s, _ in money)
    assert not any(o in ("Growth Unit", "Corvane Robotics") and s in ("Growth Unit", "Department for Business and Trade")
                   for s, o in money)


def test_a_relative_after_a_person_s_employer_is_still_the_employer_s(loader) -> None:
    got = english_facts(loader, "\"Capital is patient again,\" said Mara Lindqvist, a partner at Octant Ventures, "
                                "which invested in Northwind Labs's previous round.")
    assert ("Octant Ventures", "INVESTED_IN", "Northwind Labs") in got
    assert not any(s == "Mara Lindqvist" and t == "INVESTED_IN" for s, t, _ in got)
