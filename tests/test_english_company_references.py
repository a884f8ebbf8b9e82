"""English "the company" and "the startup" standing for a company named before, where their own
sentence names no other company for them: the company the story is about, not a customer named in
passing, nor the subject of the verb they are the object of; and a fund's "Its first investment is
$N into X". Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_the_company_after_a_customer_in_passing_is_the_story_s(loader, tmp_path):
    text = ("Regulators cleared a stake sale in Tollvane Systems, a Leeds start-up that designs radar chips.\n\n"
            "Tollvane Systems said it would keep hiring. Tollvane Systems signed a lease in Leeds in March.\n\n"
            "Tollvane Systems's T-9 sensor is built on designs licensed from Quillmoor. Brackwell is testing the "
            "sensors in its depots. The company has also received £4m in grants from Innovate UK.\n")
    got = facts(loader, tmp_path, text)
    assert ("Innovate UK", "FUNDS", "Tollvane Systems") in got
    assert not [f for f in got if f[2] == "Brackwell"]


def test_the_company_as_an_object_is_not_its_verb_s_subject(loader, tmp_path):
    text = ("Orrindale Robotics, a Glasgow startup that builds warehouse arms, opened a second plant. "
            "Pemberly Capital, which backed the company in 2024, now holds a seat on its board.\n")
    got = facts(loader, tmp_path, text)
    assert ("Pemberly Capital", "INVESTED_IN", "Orrindale Robotics") in got


def test_the_company_after_an_investor_s_sentence_is_the_company_it_described(loader, tmp_path):
    text = ("In Oslo, Fjellstad Invest was the sole investor in a $60 million round for Norvik Labs, an Oslo-based "
            "maker of sonar chips. Fjellstad Invest had previously backed the company in 2023.\n")
    got = facts(loader, tmp_path, text)
    assert ("Fjellstad Invest", "INVESTED_IN", "Norvik Labs") in got


def test_the_company_is_its_sentence_s_possessor_when_an_investor_speaks(loader, tmp_path):
    text = ("Brindle Row Ventures backs software for auditors.\n\n"
            "We led the seed of Tallyworth in 2023. Tallyworth's agent now runs at ten accounting firms, and the "
            "company signed a distribution deal with Wexford Data in January.\n")
    got = facts(loader, tmp_path, text)
    assert ("Tallyworth", "PARTNERS_WITH", "Wexford Data") in got
    assert not [f for f in got if f[0] == "Brindle Row Ventures" and f[1] == "PARTNERS_WITH"]


def test_a_question_word_opening_a_label_is_no_name(loader, tmp_path):
    text = ("Pellowin raised $20 million from Ardent Capital.\n\n"
            "How it works: Pellowin's main product, Ledgerwise, reads invoices.\n\n"
            "- Under the hood is Pell-2, a small model the company trained itself.\n")
    got = facts(loader, tmp_path, text)
    assert ("Pellowin", "DEVELOPS", "Pell-2") in got
    assert not [f for f in got if f[0] == "How"]


def test_its_first_investment_is_money_into_a_company(loader, tmp_path):
    text = ("Corlan Holdings has launched the $300 million Tessary AI Fund. The fund will be managed by Brisk Partners. "
            "Its first investment is $12 million into Hollowmere, a Dublin start-up.\n")
    assert ("Tessary AI Fund", "INVESTED_IN", "Hollowmere") in facts(loader, tmp_path, text)


def test_the_company_after_an_investor_s_sentence_is_the_story_s_company(loader, tmp_path):
    text = ("Ashgrove Labs, based in Leeds, builds models for control rooms. Ashgrove Labs hired twelve engineers. "
            "Ashgrove Labs opened an office in York.\n\n"
            "Marrow Capital has been the most active backer in the north. In May it led the $30 million Series A of "
            "Ashgrove Labs. The company also works closely with Quintal Systems on inference.\n")
    got = facts(loader, tmp_path, text)
    assert ("Ashgrove Labs", "PARTNERS_WITH", "Quintal Systems") in got
    assert not [f for f in got if f[0] == "Marrow Capital" and f[1] == "PARTNERS_WITH"]
