"""Quoted speakers: an executive's "we" and "our" mean the company the story names them with.

Every text here is invented (invented companies and people). A speaker is named once with the
company ("Jane Roe, chief executive of Acme", "Acme CEO Jane Roe", or by post alone in a story about
Acme) and then quoted by surname or pronoun; a quotation's attribution may follow its last sentence.
An analyst or a minister speaks for no company; the person is never tied to the company by a fact.
"""

from __future__ import annotations

from tests.reading import facts


def _partners(a: str, b: str, got: set[tuple[str, str, str]]) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


LATER_BY_NAME = """Brightwave expands its robotics bet

Brightwave Systems said on Tuesday it would open a new laboratory in Lyon for its welding robots.

Jane Okoro, chief executive of Brightwave Systems, said demand kept growing.

"We invested in Quillmark Robotics last year. Our partner Nordlicht Energy supplies the power," Okoro said.
"""


def test_a_speaker_named_with_the_company_speaks_for_it_by_surname_later(loader, tmp_path):
    got = facts(loader, tmp_path, LATER_BY_NAME)
    assert ("Brightwave Systems", "INVESTED_IN", "Quillmark Robotics") in got
    assert _partners("Brightwave Systems", "Nordlicht Energy", got)
    # no employment relation is made up for the person
    assert not any(s == "Jane Okoro" or o == "Jane Okoro" for s, _, o in got)


PRONOUN = """Ferncastle unveils a new chip

SAN DIEGO — Ferncastle Semiconductor told analysts on Monday it would double output of its inference chips next year.

"Demand is strong," Chief Executive Tom Haldane said on the company's call. "Tarrow Labs remains our most important design partner," he added.
"""


def test_an_executive_by_post_alone_runs_the_storys_company_and_a_pronoun_keeps_him(loader, tmp_path):
    got = facts(loader, tmp_path, PRONOUN)
    assert _partners("Tarrow Labs", "Ferncastle Semiconductor", got)


COMPANY_BEFORE_NAME = """Pellmark widens its footprint

Pellmark Analytics, a Milan-based start-up, raised $40 million in a Series B round on Wednesday.

Pellmark Analytics chief executive Rosa Vantini spoke in Turin about the company's plans.

"We acquired Ostrava Vision in March, and our partner Kelso Cloud hosts our models," she said.
"""


def test_company_before_the_post_and_a_pronoun_attribution(loader, tmp_path):
    got = facts(loader, tmp_path, COMPANY_BEFORE_NAME)
    assert ("Pellmark Analytics", "ACQUIRED", "Ostrava Vision") in got


OFFICIAL = """Tessaro deal cleared

Jane Okoro, chief executive of Brightwave Systems, welcomed the decision on Friday.

"We acquired Tessaro Labs after a long review," said Minister Paul Grant. "We invested in Corbel Grid too," he said.
"""


def test_an_officials_we_is_no_companys(loader, tmp_path):
    got = facts(loader, tmp_path, OFFICIAL)
    assert ("Brightwave Systems", "ACQUIRED", "Tessaro Labs") not in got
    assert ("Brightwave Systems", "INVESTED_IN", "Corbel Grid") not in got


ANALYST = """Ferncastle shares rise

Ferncastle Semiconductor chief executive Tom Haldane presented the results on Monday.

"We invested in Corbel Grid early," said Lena Marsh, an analyst at Wexford Securities. "We acquired Ruvo Labs," she said.
"""


def test_an_analysts_we_is_no_companys(loader, tmp_path):
    got = facts(loader, tmp_path, ANALYST)
    assert not any(o in ("Corbel Grid", "Ruvo Labs") and t in ("INVESTED_IN", "ACQUIRED") for _, t, o in got)
