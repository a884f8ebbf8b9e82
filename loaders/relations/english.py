"""Relations stated in English sentences.

Kept apart from the Korean frames of :mod:`loaders.relations.sentences`: English marks roles
by word order and prepositions, not by particles. The subject of a clause is the last name
before the verb that no preposition governs and that is not inside an appositive
("Northwind, a subsidiary of Takara, agreed to acquire ..."); objects follow the verb, or its
preposition ("invested $10M in X", "led a Series A in X", "committed €30M to X"). Names joined
by commas and "and" act together. Appositives and location glosses state facts of their own
("X, a subsidiary of Y", "Oslo-based X", "X, a London start-up", "X of Osaka").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from graph.model import Actor, Evidence, slugify
from graph.schema import ORGANISATIONS, ORGANISATIONS_AND_GOVERNMENT
from loaders.amounts import Amount, find_amounts
from loaders.dates import find_dates
from loaders.described_ministries import government_or_named, names_field
from loaders.discovery import DEMONYM_ALTERNATION, DEMONYMS
from loaders.first_person import QUOTE_MARK
from loaders.mentions import Mention
from loaders.patterns import CLAUSE_INNER_ABBREVIATIONS, NAME_TITLE, abbreviation_stop
from loaders.person_names import PEOPLE_PLURALS
from loaders.relations.accelerator_batches import accelerator_batches
from loaders.relations.agreement_clauses import agreement_ties
from loaders.relations.agreement_counterparties import agreement_counterparties
from loaders.relations.appositives import distinct_owner
from loaders.relations.clause_links import IRREGULAR_PAST, opens_clause, opens_clause_after_object
from loaders.relations.counted_holders import counted_holders
from loaders.relations.deal_items import deal_item_facts
from loaders.relations.described_companies import described_companies
from loaders.relations.english_business import (
    IssuerTerms,
    appositive_glosses,
    appositive_owner,
    business_cleaned,
    government_units,
    in_the_round,
    introduced_as_set_up,
    majority_stake,
    makes_no_product,
    negated,
    raised_by_manager,
    round_of_before,
    type_government_units,
    type_quoted_launches,
    type_translated_programmes,
)
from loaders.relations.english_joint_ventures import JOINT_VENTURE
from loaders.relations.export_destinations import export_destinations
from loaders.relations.fact import Fact
from loaders.relations.frames import CueMatch, Cues
from loaders.relations.fund_closes import NUMBERED_FUND, reports_a_close
from loaders.relations.hedges import CONSIDERING, MAY, TALKS
from loaders.relations.holdings import find_holdings
from loaders.relations.named_customers import named_customers
from loaders.relations.places import CITY_COUNTRY
from loaders.relations.portfolio_lists import portfolio_lists
from loaders.relations.possessive_ties import possessive_ties
from loaders.relations.product_users import product_users
from loaders.relations.programme_appositives import appositive_possessor, glossed_programme_owners
from loaders.relations.programme_grants import grants_with_a_place
from loaders.relations.programme_launch_clauses import programme_launch_clauses
from loaders.relations.spin_offs import glossed_spin_offs
from loaders.relations.topic_fund_backers import money_into_fund
from loaders.sentences import ITEM_HEADING

_ORG_NOUN = (r"(?:start-?ups?|startup|company|firm|fund|investor|lab|developer|maker|group|manager|bank|provider|"
             r"unicorn|venture|VC|scale-?up|chipmaker|conglomerate|insurer|operator|platform|newcomer|arm|backer|"
             r"institute|society|office|carrier|chain|manufacturer|university|designer|supplier|vendor|builder|integrator|giant|"
             r"telco|retailer|lender|outfit)\b")
# "London-based ", "Ho Chi Minh City-based ": a place of up to four capitalised words glossing the name
# after it (case-sensitive even inside a case-blind pattern, so "the new" is no place).
_BASED = r"(?-i:(?:[A-Z][\w.]*\s){0,3}[A-Z][\w.]*-based\s+)"
# "the state-owned ", "the government-backed ": who owns the name after it, said before it.
_OWNED_BY_WHOM = r"(?:the\s+)?(?:state|government|publicly|privately|family|wholly|majority)-(?:owned|backed|run|controlled)\s+"
# What a list says of its next member: "the Dutch fund", "Polish robotics maker", "Finland's",
# "London-based", "Ho Chi Minh City-based".
# A preposition ends the list: "spun out of X, alongside the French fund Y" joins no Y to X.
# The owner before a possessive: "Kuwait's", "Elon Musk's", "S.F.'s".
_POSSESSOR = r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
_DESCRIPTOR = (r"(?:(?:(?:the|a|an)\s+)?(?:(?!alongside\b|with\b|including\b|from\b|by\b)[\w-]+\s+){0,3}?" + _ORG_NOUN + r"\s+|"
               r"(?-i:" + _POSSESSOR + r"['’]s\s+)|" + _BASED + "|" + _OWNED_BY_WHOM + ")?")
_LIST_DESCRIPTOR = re.compile(r"(?:(?:the|a|an)\s+)?" + _DESCRIPTOR)
_DESCRIBED = re.compile(_DESCRIPTOR)
# "CEO A and CTO B started X": a person's post before each coordinated name.
_POST = r"(?:(?:CEO|CTO|COO|CFO|CSO|President|Chairman|chair|chief\s+[a-z]+(?:\s+officer)?|co-?founder|founder|Professor|" + NAME_TITLE + r")\s+)?"
# A person's post at a firm: "Mistral AI co-founder", "Flipkart executive", "Google AI lead".
_POST_AT_FIRM = (r"(?:(?!(?:and|or|by|with|from|to|as|the)\s)[A-Za-z]+\s+)?(?:co-?founder|founder|CEO|CTO|CFO|COO|chief\s+executive|chairman|chair|president|"
                 r"executive|board\s+member|director|vice\s+president|VP|lead|head)")
# "former Flipkart executive ", "ex-Google AI lead ": the employer and post before a person's name
# in a list of backers; the employer is no member ("A and ex-Google AI lead B": A and B invested).
_EMPLOYER_POST = r"(?:former\s+|ex-)?(?-i:(?:[A-Z][\w.&-]*\s+){1,4}?)" + _POST_AT_FIRM + r"\s+"
_COORD = re.compile(r"^(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s*&\s*|\s+as well as\s+|\s+or\s+)"
                    + r"(?:the\s+)?(?:" + _DESCRIPTOR + "|" + _POST + "|" + _EMPLOYER_POST + ")$")
# Words that make the name after them a complement, not a subject.
_PREPOSITION = re.compile(r"\b(?:of|in|into|from|with|to|for|at|by|on|under|than|as|via|including|between|"
                          r"and|led|backed|behind|like|unlike|besides|beyond|excluding)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# A company's abbreviated suffix ("Mitsui & Co. took", "Vela Corp. launched") ends no clause.
# "A buys into B, signs C pact": a headline joins its clauses with a comma before the next verb.
_HEADLINE_VERB = (r"(?:signs|inks|buys|raises|takes|launches|unveils|opens|forms|wins|seals|secures|strikes|"
                  r"backs|invests|acquires|hires|adds|eyes|plans|targets|names|sets)\s")
# A full stop ends a clause, but not an abbreviation's ("by Dr. Ana Roe", "Mitsui & Co. took", "the U.S. fund").
_INNER_STOP = abbreviation_stop(CLAUSE_INNER_ABBREVIATIONS, initials=True)
_CLAUSE_BREAK = re.compile(r"[;:]\s|(?!" + _INNER_STOP + r")\.\s|,\s+(?:while|but|whereas|although|after|before|and\s+(?=[a-z]))\b"
                           r"|,\s+(?=" + _HEADLINE_VERB + ")")
# "arm", "investment vehicle", "spin-off", "research lab", "corporate VC": the nouns that make an organisation a part of another
# (one list, so the readings of "its ... arm", "X's ... arm" and ", the X ... vehicle," cannot drift apart).
_UNIT_WORDS = (r"(?:arm|unit|subsidiary|research\s+lab(?:oratory)?|division|affiliate|vehicle|spin-?off|spin-?out|offshoot|venture\s+fund|"
               r"corporate\s+VC)")
# "Nvidia's venture capital arm": what follows a possessive name and makes it the owner of a unit.
# ", its Munich-based corporate venture arm": the name before is a unit of whatever "its" means.
# ", the company's corporate venture arm", ", the chipmaker's venture arm", ", the cloud provider's venture arm":
# "the company" (or what kind of company it is) points back as "its" does.
# "Microsoft's venture fund": a firm's venture fund is its investing unit.
# "Bosch's corporate VC": a firm's corporate venture capital is its investing unit.
_ITS_UNIT = re.compile(r",\s+(?:its|the\s+(?:[a-z][\w-]*\s+)?(?:company|group|firm|chipmaker|carmaker|conglomerate|lender|bank|insurer|provider|maker|"
                       r"operator|giant)['’]s)\s+"
                       r"(?:[\w-]+\s+){0,3}?"
                       + _UNIT_WORDS + r"\b")
_UNIT_NOUN = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?" + _UNIT_WORDS + r"\b")
# "A, whose venture arm, B, wrote the cheque": B is A's unit.
_WHOSE_UNIT = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,3}?" + _UNIT_WORDS + r",?\s+")
# ", the SoftBank Group investment vehicle,": the owner's name modifying the unit's noun, no possessive.
_MODIFIER_OF_UNIT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _UNIT_WORDS + r"(?=[,;)]|\s+(?:led|joined|participated)\b)")
# ", Indonesia's sovereign wealth fund,", ", Bosch's corporate VC,": whose kind of organisation the name is.
_OWNERS_KIND_OF_ORG = r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}?" + _ORG_NOUN + r"(?=,)"
# An appositive or a non-restrictive clause after a name: ", a subsidiary of C,", ", founded by P,",
# ", where P is a partner,",
# ", which develops M".
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|another|the|its|one|which|who|where|that|founded|co-founded|backed|based|owned|"
                         r"headquartered|part|formerly|now|previously|whose|set up|started|established|spun)\b|"
                         r"(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*(?:" + _UNIT_NOUN.pattern + "|" + _OWNERS_KIND_OF_ORG + "))"
                         r"[^,;]*(?:,|(?=[;.]\s)|$)")
_ROUND = re.compile(r"\b(Series\s+[A-H](?:[-+]?\d)?|pre-seed|seed|bridge|growth|pre-Series\s+[A-H])"
                    r"(?=\s+(?:round|funding|financing|extension|investment)|\b)", re.I)
_ROUND_NAME = re.compile(r"^(?:Series\s+[A-H]\d?|Seed|Pre-Seed)$", re.I)
_NOT_A_DEAL = re.compile(r"valuation|valued at|worth|revenue|sales|capex|team of|employees", re.I)
# "valued the company at roughly $900 million": a valuation, however far from its verb.
_VALUED = re.compile(r"\bvalu(?:ed|ing)\b[^.;,$€£]{0,30}$")
# A deal reported by others, not stated by the text: a rumour, or one its party will not confirm.
_RUMOURED = re.compile(r"\b(?:(?:reports?|rumou?rs?|speculation|press reports?)\s+that|reportedly|declined to comment|"
                       r"denied|refused to confirm|(?:is|are|was|were|been)\s+reported)\b", re.I)
# "...; both companies denied the report": a denial after the deal takes it back as well.
_DENIED_AFTER = re.compile(r"\b(?:denied|denies|deny)\s+(?:the|those|these|such|any)\s+(?:reports?|rumou?rs?|claims?)\b", re.I)
_MODAL = re.compile(r"\b(?:agreed to|agrees to|plans? to|planning to|will|is set to|are set to|set to|intends? to|"
                    r"expected to|is to|in talks to|aims? to|would)\s+(?:\w+\s+)?$", re.I)
# "It could buy B", "A is weighing an acquisition of B", "it would acquire B": a possible deal; a
# reported plan ("said it would buy B") is a planned one (_MODAL).
_MAY_DEAL = re.compile(rf"(?:\b(?:could|might|may|{CONSIDERING})|(?<!said it)(?<!says it)\s+would)"
                       r"\s+(?:\w+\s+){0,2}$")
# "Upon closing, B is expected to operate as a wholly owned subsidiary of C": ownership on a
# condition the text says is not met yet (a plain "B will operate as C's subsidiary" is kept).
_OWNED_LATER = re.compile(r"\b(?:upon|on|after|following|once)\s+(?:the\s+)?(?:closing|completion)\b", re.I)
# "part of Harcastle's stake", "part of its holding": a share of something a name owns.
_PART_OF_HOLDING = re.compile(r"\s+(?:its|their|(?:the\s+)?[\w.&-]+(?:\s+[A-Z][\w.&-]*){0,3}['’]s)\s+(?:[a-z]+\s+)?"
                              r"(?:stake|holding|holdings|shares|business|assets|operations|portfolio|team|workforce|staff)\b")
# "a large part of", "the biggest part of": a size before "part of" makes it a share of something, no unit.
_PROPORTION_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:very\s+)?(?:large|larger|largest|small|smaller|big|bigger|biggest|huge|major|"
                                r"significant|growing|substantial|good|great|greater|sizeable|sizable|considerable)\s+$", re.I)
# "could become part of C", "is in talks to become a unit of C", "plans to fold B into a division of C": not owned.
# Lower case only: "In May, B became part of C" is no hedge.
_OWNED_UNREAL = re.compile(rf"\b(?:{MAY}|[Cc]onsider\w*|{TALKS}|plans?\s+to|proposed|denied)\b[^.;,]{{0,40}}$")
_YEAR = re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d{2})\b")
_ANAPHOR = re.compile(r"(?:^|\s)(?:the|The)\s+(?:company|firm|start-?up|startup|group|lab|business|developer|"
                      r"maker|investor|fund)\s*,?\s*$|(?:^|\s)(?:It|it)\s+(?:also\s+)?$")
# The company a story is about, which "it", "they" and "the company" may stand for.
_STORY_TYPES = ("Startup", "Company")
# "The buyer", "the acquirer": who made the acquisition the text reported last.
_THE_BUYER = re.compile(r"\b[Tt]he\s+(?:acquirer|buyer|purchaser|acquiring\s+company)\b")
# Words that point back to the organisations the text was about: "The two companies signed ...".
# Only a count that fits the last subject points back to it.
_PLURAL_ANAPHOR = re.compile(r"\b(?:[Tt]he\s+(?P<count>two|three)\s+(?:companies|firms|groups|start-?ups|sides|partners)|"
                             r"[Bb]oth\s+(?:companies|firms|groups|sides)|[Tt]he\s+(?:pair|companies))\b")
_COUNTS = {"two": 2, "three": 3, None: 2}
# Words that point back to an organisation: "it", "its", "the company", "the German software group".
# "it's" is "it is" ("it's one of twelve companies selected for P"), unless an expletive follows.
_PRONOUN = re.compile(r"\b(?:[Ii]ts?)\b(?!['’](?!s\b))")
# "They've signed a pilot with X", "Their first model, Y", "We led their $7M seed": a post or a
# profile speaks of the company it is about as "they"; at a sentence's start, or owning a round.
_THEY = re.compile(r"^(?:They|Their)\b(?!\s+(?:own|say|said)\b)|\btheir(?=\s+(?:\$[\d.,]+\s?[MBK]n?\s+|[\w-]+\s+){0,2}?"
                   r"(?:pre-seed|seed|round|Series\s[A-H])\b)")
_EXPLETIVE = re.compile(r"(?:\s+(?:is|was|seems|appears|remains|takes|will be|would be)|['’]s)\s+(?:[\w-]+\s+){0,2}?(?:that|to)\b")
_DESCRIPTION = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w.-]*\s+|[a-z][\w-]*\s+){0,3}?)(?:company|firm|start-?up|startup|"
                          r"group|business|developer|maker|unicorn|chipmaker|conglomerate|provider|lab|outfit)\b(?!['’]s|\s+of\b)")
# "the fund", "the vehicle", "the state investor": a description whose head says it is an investor.
_INVESTOR_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:fund|vehicle|investor)\b(?!['’]s|\s+(?:of|for|itself)\b)")
# "the ministry", "the economy ministry", "the regulator": a public body named before.
_BODY_DESCRIPTION = re.compile(r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}?)(ministry|office|department|agency|authority|"
                               r"commission|regulator|watchdog)\b(?!['’]s|\s+(?:of|for)\b)")
# Heads any public body answers to; the others must stand in its name ("the ministry": a Ministry).
_ANY_BODY = frozenset(("regulator", "watchdog", "authority"))
# "X's round", "the firm's $40 million Series B": a possessive owning a round.
_OWNS_A_ROUND = r"['’]s\s+(?:[\w$€£.,-]+\s+){0,3}?(?:round|Series\s+[A-H]|seed|raise|financing)\b"
# "led the chipmaker's $420mn series C", "in the start-up's €400mn funding round": a description
# owning a round points back to the company that raised it.
_DESCRIBED_ROUND_OWNER = re.compile(r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}?)(?:company|firm|start-?up|startup|chipmaker|developer|"
                                    r"maker|group|business)(?=" + _OWNS_A_ROUND + ")", re.I)
# "co-founded the company in Toulouse with P": a verb's object described, not named.
_DESCRIBED_OBJECT = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?" + _ORG_NOUN)
# "set up a joint venture, Z": the name that follows a described object and a comma.
_NAMED_OBJECT = re.compile(r",\s+")
# "on A's Azure cloud", "on A infrastructure": a provider's service (not "on Nvidia chips", a purchase).
_PROVIDED = re.compile(r"['’]s\s|\s+(?:[A-Za-z][\w-]*\s+)?(?:cloud|infrastructure|platform|data cent(?:re|er)s?|supercomputers?)\b")
# "added X to its Entity List", "to a trade blacklist": a list whose members a government restricts.
_RESTRICTION_LIST = re.compile(r"\bto\s+(?:its|the|a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:[Ee]ntity\s+[Ll]ist|"
                               r"black\s?list|sanctions?\s+list|[Uu]nverified\s+[Ll]ist)\b")
# "it had", "it launched", "it expects": "it" as the subject of a verb, not its object ("fold it into").
_IT_SUBJECT = re.compile(r"['’]s\b|\s+(?:also\s+|now\s+|still\s+|then\s+|first\s+)?(?:had|has|have|will|would|could|can|may|"
                         r"might|should|must|is|was|did|does|(?:[a-z]+-)?[a-z]+ed|[a-z]+[^s]s)\b")
# "on the ", "on ": right before a name, what something was made on.
_ON_THE = re.compile(r"\bon\s+(?:the\s+)?$")
_PRONOUN_TYPES = {"Startup", "Company", "Investor", "University", "Government"}
# "picked Velora", "chose Orrery": a name right after a past verb is its object, no clause's subject
# ("Lyon-based Velora", "Sequoia-backed X": a hyphened participle only describes the name).
_VERB_BEFORE_OBJECT = re.compile(r"(?<![\w-])(?!(?:based|listed|owned|headquartered|named|called)\b)"
                                 r"(?:[a-z]{2,}ed|chose|took|won|made|hired)\s+(?:the\s+)?$")
# What a description's head noun allows its referent to be: "the start-up" is no listed company,
# "the chipmaker" no fund, ministry or university (other heads, "the company", "the group", fit any).
_HEAD_KINDS = {"startup": {"Startup"}, "start-up": {"Startup"}, "unicorn": {"Startup"},
               "chipmaker": {"Startup", "Company"}, "maker": {"Startup", "Company"},
               "developer": {"Startup", "Company"}, "lab": {"Startup", "Company"}}
# The comma between a name and an appositive describing it.
_APPOSITIVE_COMMA = re.compile(r",\s*")
#: How many sentences back a description may find the organisation it agrees with.
_AGREEMENT_REACH = 3
_SAID_THAT = re.compile(r"\b(?:said|says|told\s+\w+|added|announced|confirmed)\s+(?:(?:on|last|this)\s+\w+\s+)?"
                        r"(?:that\s+)?$")
# A verb of speech after a description: it is the speaker, not an appositive.
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|tells|announced|added|confirmed|declined|noted|wrote)\b")
# "Founded in 2022 by P and Q, ", "Based in Lima, ": a participle phrase opening the sentence, before its subject.
_FRONTED_PARTICIPLE = re.compile(r"(?:(?:Co-)?[Ff]ounded|Started|Set up|Established|Based|Headquartered|Backed|Spun out)\b(?:[^.;]|" + _INNER_STOP + r")*,\s+")
_SAYS = re.compile(r"\s+(?:said|says|told|announced|added)\b")
# "The round, co-led by A", "The $20 million financing was led by A": the round the text just reported.
_THE_ROUND = re.compile(r"\b[Tt]he\s+(?:[\w$€£.,-]+\s+){0,4}?(?:round|financing|raise|fundraise|funding)\b")
# "picked up $9.5m": a verb of taking whose object is money raises it (one
# of buying spends it: "buy $28 billion of computing capacity").
_TAKING_VERBS = ("picked up", "picks up")
_MONEY_TAKEN = re.compile(r"\s+(?:an?\s+)?(?:US\$|[$€£¥₦₹]|(?:USD|EUR|GBP)\s?)\d[\d.,]*\s*(?:[mbk]n?|million|billion)?\b(?!\s+(?:worth\s+)?of\b)")
# "buys V9 systems", "bought 2,000 GPUs": the goods a buyer takes, named after the product or count.
_GOODS_BOUGHT = re.compile(r"\s+(?:[\w.,-]+\s+){1,2}?(?:systems|chips|servers|GPUs|accelerators|units|racks|hardware|"
                           r"capacity|licen[cs]es|wafers|boards)\b")
# "receive compensation for investment banking services", "receive fees": what a client pays for a service.
_PAID_FOR_SERVICES = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:compensation|fees|payments?|royalties|commissions?)\b")
# What may stand before a note's first word: a bullet's mark.
_BULLET_MARKS = " \t-*•–·"
# "- ", "• ", "2) ": a note's bullet mark or number.
_BULLET_OPENING = re.compile(r"\s*(?:[-*•–·]|\d{1,2}[.)])\s")


def _opens_the_sentence(text: str, pos: int) -> bool:
    """True if ``pos`` starts the sentence, after a bullet's mark at most ("- Co-led by A and B"):
    a note under a round just reported, which leaves the round unsaid."""
    return not text[:pos].strip(_BULLET_MARKS)


# "led by A": a by-phrase right after a verb.
_BY_AFTER = re.compile(r"\s+by\b")
# "started building", "started to sell": a verb after "started" says what began, not what was founded.
_STARTED_DOING = re.compile(r"\s+(?:to\s+[a-z]+|[a-z]+ing)\b")
# "The round was ", "Its Series B is ": a round as a passive's subject.
_ROUND_WAS = re.compile(r"\b(?:round|Series\s+[A-H]|seed)\s+(?:was|is|has\s+been)\s+$")
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?|,\s*)$")
# "founded in 2022 by", "acquired last year by": a participle whose agent follows a time.
_TIME_THEN_BY = re.compile(r"(?:\s+(?:in|on|during)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}|\s+(?:last|this|earlier this)\s+"
                           r"(?:year|month|week)|\s+in\s+[A-Z][a-z]+)?\s+by\b")
# "by two ex-Google researchers, A and B": an employer describing the people named after the comma.
_PEOPLE_WORDS = r"(?:[a-z][\w-]*\s+)?" + PEOPLE_PLURALS + r",\s+"
_PEOPLE_DESCRIBED = re.compile(r"\s+" + _PEOPLE_WORDS)
# "by two lab members, Dr. A and B": a count and a word for people, then the people after the comma
# (past a title, whose full stop would close the clause).
_PEOPLE_COUNTED = re.compile(r"\s+(?:two|three|four|five|several|\d+)\s+" + _PEOPLE_WORDS + r"(?:" + NAME_TITLE + r"\s+)?")
_MONEY_NOUN = re.compile(r"\s+(?:funding|money|capital|funds|financing|cash)\b")
_COMMA = re.compile(r"\s*,\s*")
# A fragment that ends after its agents: "Founded in 2024 by P and Q."
_ENDS_FRAGMENT = re.compile(r"\s*(?:\.|$)")
# The next agent of a by-phrase: "A and B", "A, a former engineer, and B".
# "P, who founded C, and Q": a relative clause on a person, whatever names it holds.
_AGENT_LINK = re.compile(r"\s+and\s+(?:the\s+|" + NAME_TITLE + r"\s+)?|,\s+(?:an?|the)\s+[a-z][^,;]{0,40},\s+and\s+|,\s+who\s[^,;]{0,80},\s+and\s+")
# "researcher", "Kyoto University professor": the post that describes a person named right after it.
_PERSON_POST = (r"(?:(?:co-?)?founders?|researchers?|professors?|engineers?|scientists?|executives?|alumn(?:us|i)|"
                r"veterans?|graduates?|students?|academics?|doctors?|physicians?|bankers?)")
# "by former Preferred Networks researcher P", "by ex-IIT Madras engineers P and Q": the name before
# the post only says where the person worked; unnamed capitalised words of it ("Madras") may follow.
_DESCRIBES_NEXT = re.compile(r"\s+(?!and\b|or\b|with\b)(?:[a-z][\w-]*\s+){1,2}|"
                             r"\s+(?:[A-Z][\w-]*\s+){1,2}(?:[a-z][\w-]*\s+)?" + _PERSON_POST + r"\s+")
# "P and Kyoto University professor Q": the next founder, described by where they work.
_DESCRIBED_AGENT_LINK = re.compile(r"\s+and\s+(?:the\s+)?(?:former\s+|ex-)?(?:[A-Z][\w.&-]*\s+){1,5}"
                                   r"(?:[a-z][\w-]*\s+)?" + _PERSON_POST + r"\s+")
# "with A, B and C also taking part", "with participation from A".
# "with B", "with participation from B", and a clipped item's "Led by A; participation from B and C".
_WITH = re.compile(r"\bwith\s+(participation\s+(?:from|of)\s+)?|[;,]\s+(?:and\s+)?(participation\s+(?:from|of)\s+)")
# "led it", "led the round": the round the text just reported.
# "joined its Series C", "joined Brivo's $20 million seed round": the owner, then the round.
# "joined the EUR 40 million seed extension of Paris-based Brivo": the round, then its owner;
# "took part in a $45 million Series A for Brivo": a round, then whose it is.
_JOINED_ROUND = re.compile(r"\s+(?:in(?:to)?\s+)?(?:an?\s+)?(\S)[^,;.]{0,60}?(?:['’]s|(?<=[Ii]ts))\s+(?:[\w$€£.,-]+\s+){0,4}?"
                           r"(?:Series\s+[A-H]|seed|round|financing|funding)\b|"
                           r"\s+the\s+(?:[\w$€£.,-]+\s+){0,5}?(?:Series\s+[A-H]|seed|round|financing|funding|extension)\s+"
                           r"of\s+(?:" + _BASED + r")?(?:(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                           r"(?:start-?up|company|firm|maker|developer|lab)\s+)?(\S)|"
                           # "took part in a $45 million Series A for Brivo", "joined a seed round in Brivo"
                           r"\s+(?:in\s+)?an?\s+(?:[\w$€£.,-]+\s+){0,4}?(?:Series\s+[A-H]|seed|round|financing|funding)\s+"
                           r"(?:round\s+)?(?:for|in)\s+(?:" + _BASED + r")?(\S)")
# "in federal funds", "the public funds", "its own funds": "funds" the noun, after a preposition,
# a determiner or an adjective of money.
_FUNDS_AS_NOUN = re.compile(r"\b(?:in|of|with|from|for|the|its|their|these|those|federal|public|state|private|national|"
                            r"own|new|additional|fresh|EU|government|taxpayer|pension|sovereign)\s+$", re.I)
# "launch customer", "launch partner": "launch" used as a noun before another noun.
_LAUNCH_AS_NOUN = re.compile(r"\s+(?:customers?|partners?|dates?|events?|prices?|window|party)\b")
_THE_ROUND_AFTER = re.compile(r"\s+(?:it\b|the\s+(?:round|deal|financing|raise|fundraise|investment)\b)")
# "B and C also joined.", "B joined too,": "joined" ends its clause, so it joined the round just reported.
# "B and C also invested." says the same with the investing verb.
_INVESTED_WITHOUT_OBJECT = ("invested", "invests")
_ALSO_THEN = re.compile(r"\s+(?:also|then)\b")
# The gap between a joiner and its verb: "B joined", "B also joined", "B then joined".
_ALSO_OR_THEN_GAP = re.compile(r"\s+(?:(?:also|then)\s+)?")
_ALSO_BEFORE = re.compile(r"\balso\s+(?:(?:has|have|had)\s+)?$")
_TOO_AFTER = re.compile(r",?\s+(?:too|as\s+well)\b")
# "B invested alongside C": a companion in the act, so the act is the round just reported.
# The words naming a companion in an act: "alongside C", "together with C", "along with C".
_COMPANIONS = r"(?:alongside|together\s+with|along\s+with)"
_ALONGSIDE_AFTER = re.compile(r"\s+" + _COMPANIONS + r"\s")
# Where a clause of joining ends: the sentence's end, or co-investors or the round's total after a comma.
_JOINING_ENDS = r"[.;]|,\s+(?:bringing|taking|with|as\s+did|" + _COMPANIONS + r")\b|\s+" + _COMPANIONS + r"\b|$"
# "Sequoia and NVentures also in.", "B is in as well from the W26 batch", "C is also taking part, along
# with D" (the join_clipped cues): what may follow them besides: a source ("Seoram said"), a second
# act ("and signed on").
_CLIPPED_JOIN_END = re.compile(r"\s*(?:" + _JOINING_ENDS + r"|\s+from\s+(?:the|its|their)\b|"
                               r",\s+(?:[A-Z][\w-]*\s+){1,3}(?:said|says|told)\b|\s+and\s+[a-z]+ed\b)")
# "lets us keep our pro-rata in the winners": the clause names what the money goes into, a common
# noun that is no round, so the round reported last is not what the doer joins.
_INTO_SOMETHING_ELSE = re.compile(r"\s+in(?:to)?\s+(?:the|our|its|their|his|her)\s+"
                                  r"(?!(?:[\w$€£.,'’-]+\s+){0,4}?(?i:round|deal|financing|raise|fundraise|funding|investment|"
                                  r"seed|pre-seed|bridge|extension|tranche|series|company|startup|business|firm)\b)[a-z]")
# "A is leading a $3bn funding round in X": "leading" means a round only when one follows.
_LEADING_A_ROUND = re.compile(r"\s+(?:an?|the|its)\s+(?:(?:[^.;,]|\.\d){0,30}?\s)?(?:round|Series\s+[A-H]|seed|financing|funding)\b")
# "B joined through its growth fund, as did C": the vehicle B joined with is no object joined;
# "B and C joined that round": the round just reported, pointed at.
_NOTHING_JOINED = re.compile(r"(?:\s+(?:the|that|this)\s+(?:round|financing|raise))?"
                             r"(?:\s+(?:through|via)\s+(?:its|their)\s+[^,;.]{1,60}?)?"
                             r"(?:,?\s+(?:too|as\s+well|in))?\s*(?:" + _JOINING_ENDS + ")")
_AS_INVESTOR = re.compile(r"\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:investor|backer|shareholder|co-investor)s?\b")
_MONEY_AFTER = re.compile(r"\s+(?:more|money\b|a\s+further|an\s+additional|additional|fresh|another|its\s+own|[$€£¥]|"
                          r"the\s+(?:rest|remainder|balance)\b|\w+\s+"
                          r"(?:million|billion|bn|m)\b)")
# "a SEK 20 million grant", "$5M in funding", "a further €2m loan": a sum given as funding.
_FUNDING_SUM = re.compile(r"\s+(?:(?:an?|a\s+further|another|its\s+own)\s+)?(?:[A-Z]{3}\s?|[$€£¥])[\d.,]+\s*"
                          r"(?:million|billion|bn|m)?\s+(?:in\s+)?(?:[\w-]+\s+)?(?:grant|loan|investment|funding|"
                          r"equity|cheque|check|ticket|subsidy|subsidies)\b")
# "US-based investors put $3.1 billion into German AI start-ups", "Japanese funds invested
# $2bn in Indian companies", "American VC firms invested $X in Chinese AI companies", "Investors
# from Japan put $1.3 billion into Indian startups": country to country venture money.
_FLOW_NOUNS = ("investors", "Investors", "funds", "VCs", "backers", "firms", "oney from", "nvestment from", "unding from",
               "apital from", "oney into", "oney flowing into", "nvestment into", "apital into", "unding into")


def may_name_a_country_flow(text: str) -> bool:
    """True if ``text`` has a word of money flowing between countries ("Danish money into Polish AI
    startups"): such a sentence is read though it names no actor, its countries being adjectives."""
    return any(noun in text for noun in _FLOW_NOUNS)


_COUNTRY_FLOW = re.compile(r"(?:\b(?P<source>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?)(?:-based)?\s+(?:venture\s+|VC\s+|tech\s+)?"
                           r"(?:investors|funds|VCs|backers|(?<=VC\s)firms|(?<=venture\s)firms)"
                           r"|\b[Ii]nvestors\s+(?:from|in|based\s+in)\s+(?:the\s+)?(?P<source_after>[A-Z][\w.]*(?:\s[A-Z][a-z]+){0,2}))"
                           r"\s+(?P<verb>put|invested|poured|deployed|ploughed|pumped)\s+"
                           r"(?P<money>(?:[^.;]|\.\d){0,40}?)\s+in(?:to)?\s+(?P<target>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?|local)"
                           r"(?:-based)?\s+(?:[\w-]+\s+)?(?:start-?ups|startups|companies|firms|businesses)\b")
# "reached $610m", "was flat at", "falling to": the verbs giving a flow's total.
_FLOW_TOTAL = (r"(?:reached|totalled|totaled|rose\s+to|rising\s+to|climbed\s+to|fell\s+to|falling\s+to|dropped\s+to|"
               r"hit|came\s+to|was|were)")
# "Money from the UAE into Indonesian startups reached $610m": the same flow with the money its subject.
_MONEY_FROM = re.compile(r"\b(?:[Mm]oney|[Ii]nvestment|[Ff]unding|[Cc]apital)\s+from\s+(?:the\s+)?"
                         r"(?P<source>[A-Z][\w.]*(?:\s[A-Z][a-z]+){0,2})\s+in(?:to)?\s+(?P<target>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?)"
                         r"(?:-based)?\s+(?:[\w-]+\s+)?(?:start-?ups|startups|companies|firms|businesses)\s+"
                         + _FLOW_TOTAL +
                         r"(?P<money>\s+(?:[^.;,]|[.,]\d){1,30}?)(?=[\s.,;])")
# "US money into Indian AI startups was flat at $380 million", "Saudi venture money flowing into
# French AI companies reached $1.1bn", "Chinese investment into Indonesia moved the other way, falling
# to $150m": the same flow with the source country's adjective on the money.
_NATIONAL_MONEY = re.compile(r"\b(?P<source>[A-Z][\w.]*)(?:-based)?\s+(?:venture\s+|VC\s+)?(?:money|investment|capital|funding)\s+"
                             r"(?:(?:flowing|going|pouring)\s+)?into\s+(?P<target>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?)"
                             r"(?:(?:-based)?\s+(?:[\w-]+\s+)?(?:start-?ups|startups|companies|firms|businesses)\b)?"
                             r"(?:[^.;$€£¥]{0,30}?[\s,])?" + _FLOW_TOTAL +
                             r"(?:\s+(?:roughly|about|around|nearly|almost))?(?:\s+flat\s+at)?"
                             r"(?P<money>\s+(?:[A-Z]{2,3}\s?)?[$€£¥]\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|mn|m)\b)?)")
# "In Vietnam, Japanese investors put $420m into local AI startups": the country "local" means.
_IN_COUNTRY_OPENING = re.compile(r"\s*In\s+(?P<place>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?),")
# "..., followed by Japan with $390m": the next source of money for the same target.
_FOLLOWED_BY = re.compile(r",\s+followed\s+by\s+(?P<source>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?)\s+with"
                          r"(?P<money>\s+(?:[^.;,]|[.,]\d){1,30}?)(?=[\s.,;]|$)")
# "its first commitments included a EUR 25 million ticket in": an investment the subject made.
# "Its first cheque went to X": the same, the money's way said with "went to"; "Its first deal, a
# $250m investment in X, closed": the investment in an appositive; "Its first investment is $40
# million into X": the money alone before where it goes.
_ITS_TICKET = re.compile(r"\b[Ii]ts\s+(?:first\s+|latest\s+|initial\s+|largest\s+|early\s+)?(?:commitments?|investments?|"
                         r"tickets?|deals?|bets?|cheques?|checks?)(?:(?:\s+(?:included|includes|was|were|is|are)|,)\s+"
                         r"(?:an?\s+)?(?:(?:[^,;.]|[.,]\d){0,30}?\s+)?(?:(?:ticket|cheque|check|investment|stake|commitment)\s+)?"
                         r"in(?:to)?|\s+went\s+to|\s+goes\s+to)\s+")
_TICKET_HOLDERS = frozenset(("Investor", "Company", "Program"))
# A fund's name: "AI Frontier Co-Investment Fund", "Corvane Ventures", "Hefei AI mother fund".
_FUND_WORD = re.compile(r"\b(?:[Ff]und|Ventures|Capital)\b")
# "... into French start-ups in 2024, up from USD 95 million in 2023", "falling to $150m from $480m in
# 2025": the same flow's figure for an earlier year, said after it with the flow left out.
_EARLIER_FIGURE = re.compile(r"(?P<said>[^.;,]{0,30}?)(?:,\s+(?:up|down|rising|falling)\s+|\s+)from\s+(?P<money>(?:[^.;,]|[.,]\d){1,30}?)\s+in\s+"
                             r"(?P<year>(?:19|20)\d\d)\b")
# "A led, B and C followed on": the lead's clause ends where the next names begin.
_NEXT_CLAUSE_NAMES = re.compile(r",\s+(?:the\s+)?[A-Z]")
# "(San Francisco)", "(Cambridge, UK)": where a newsletter item's company is, between its name and its round.
_PLACE_GLOSS = re.compile(r"\s*\([^()]{2,40}\)")
# "— $32M Series A", "— ¥4.5B (~$29M) Series B", "— £18M seed": the round a newsletter item opens
# with; "Quillmoor — $85m Series B led by": a headline or bullet names a round after a dash or colon.
_DASHED_ROUND = re.compile(r"\s*[—–:-]\s+(?:an?\s+)?(?:[$€£¥(~]*[\w.,$€£¥~()-]+\s+){0,3}?"
                           r"(?:Series\s+[A-H]\d?|[\w-]+\s+round|seed|funding|financing|raise)\b\s*", re.I)
# What may stand before a newsletter item's company: a bullet mark or item number, "Also:", and the city or
# country it is from ("Manila's X", "Kuala Lumpur's X"), a place the mentions no longer hold.
_ITEM_OPENING = re.compile(r"[^\w]{0,4}(?:\d{1,2}[.)]\s+)?(?:Also:\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)?")
# "X ($4M seed extension)", "X ($2M seed; A, B)": a shorthand item gives the round in brackets.
_BRACKETED_ROUND = re.compile(r"\s*\((?:an?\s+)?(?:[$€£¥~]*[\d.,]+\s?[MBKmbk]n?\s+|[$€£¥]\S+\s+)"
                              r"(?:[\w-]+\s+){0,2}?(?:Series\s+[A-H]\d?|seed|pre-seed|round|bridge|funding)\b", re.I)
# "Lead: A.", "Also in: B and C": a newsletter's labels for the round's backers, after the round.
_BACKERS_LABEL = re.compile(r"(Lead|Leads|Co-leads?|Led by|Also in|Also participating|Co-investors|Participants)\s*:\s+", re.I)
# "Bangkok's ", "Kuala Lumpur's ": a possessive place right before a name.
_PLACE_OWNER_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+$")
_LABEL_END = re.compile(r"\s[—–]\s|;")
_HOSTED = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:models?|services?|platforms?|workloads?|systems?|agents?|apps?)\b")
# "with Oslo-based X", "to SoftBank-backed Y": a hyphenated gloss between a preposition and its name.
_GLOSS_WORDS = "(?:based|headquartered|backed|owned|funded)"
_POSSESSIVE_PARENT = re.compile(r"['’]s\s+(?:new\s+|former\s+|Japanese\s+|German\s+|[a-z]+\s+)?")
_STAKE = re.compile(r"\s+(?:an?\s+|its\s+|the\s+)?(?:[\d.]+\s?(?:%|per\s?cent)\s+|minority\s+|majority\s+|small\s+|"
                    r"further\s+|additional\s+|controlling\s+)*(?:stake|interest|holding|shareholding)\s+in\b")
# "In Japan, the ministry ...": a fronted place; what follows its comma is the clause, not an appositive.
# "Since ...", "After ...", "Although ...": a subordinate clause opening the sentence, up to a name
# with no comma before it.
_FRONTED_SUBORDINATE = re.compile(r"\s*(?:Since|When|After|Before|Although|Though|Because|While|Whereas|As|If|Once|Until|Unless)"
                                  r"\s[^,;]*")
# ", the Group has sourced", ", the company will": a description and a finite verb, a clause of its own.
_SUBJECT_AND_VERB = re.compile(r",\s+(?:the|its|this|our)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should)\s")
_FRONTED_PLACE = re.compile(r"\s*(?:In|At|Across|Throughout|Within)\s+(?:the\s+)?")
# "Besides X, the fund has invested in Y": the fronted name is one more object of the clause's
# verb, not an appositive's host nor its subject.
_FRONTED_ALSO = re.compile(r"\s*(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to)\s+([^,;]{1,60}),\s+")
# "A and B took part in the round, as did C": C did what the clause's subject did.
_AS_DID = re.compile(r",\s+as\s+(?:did|does|have|has|had|were|was)\s+(?:the\s+)?(?:" + _BASED + r")?")
# "angel investor and former Allianz board member ", "Stripe co-founder ": what a person is or was, before the name.
_PERSON_DESCRIPTION = re.compile(r"(?:(?:an?\s+)?(?:[a-z][\w-]*\s+){1,2}?(?:and\s+)?)?(?:" + _EMPLOYER_POST + ")?")
# "A's": a possessive right after a name.
_APOSTROPHE_S = re.compile(r"['’]s\b")
# "X's round", "X's $40 million Series B": a sentence opening on a company's round.
_OWNED_ROUND_OPENING = re.compile(_OWNS_A_ROUND)
# "... than its backers:", "its investors include": the subject's backers, named next.
_ITS_BACKERS = re.compile(r"\bits\s+(?:backers|investors)\b")
_OPENS_WITH_ITS = re.compile(r"\s*(?:Its|Their)\s")
_RESTATED = ("INVESTED_IN", "FUNDS", "ACQUIRED", "PARTNERS_WITH")
# "X, announced in May 2025, ...": a participle glossing the name before it.
_PARTICIPLE_AFTER = re.compile(r",\s+(?:first\s+|originally\s+|jointly\s+)?")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")
# "into the purchase", "of the proposed deal": the deal the text reported last.
_THE_DEAL = re.compile(r"\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:purchase|deal|acquisition|takeover|merger|transaction)\b")
# "financed with €200m from the X plan": a name after the money and "from" is where the money comes
# from, never what it pays for.
_SUM_FROM = re.compile(r"\d[^,;.]{0,30}?\s+from\s+(?:the\s+)?$")
_UNDER = re.compile(r"\b[Uu]nder\s+(?:the\s+)?$")
# "Shanghai State-owned ...", "Municipal State-backed ...": "state" glossed by the hyphen is a kind of
# ownership inside a name, never an owner the name before it calls "... State".
_STATE_BEFORE_HYPHEN = re.compile(r"\b[Ss]tate$")
_HYPHEN_GLOSS = re.compile(r"-(backed|owned|funded)\s+(?:(?!by\b|and\b|of\b)[a-z][\w-]*\s+){0,3}")
# "the Canadian government's Robotics Compute Access Program": the owner right before the programme.
_OWNS_NEXT = re.compile(r"['’]s?\s+(?:(?:new|flagship|national|federal|own)\s+)?")
# "the NVIDIA Inception program", "the Acme for Startups programme": an organisation's named programme.
_NAMED_PROGRAMME = re.compile(r"\s+((?:for\s+)?[A-Z][\w-]*(?:\s+(?:for\s+)?[A-Z][\w-]*){0,3})\s+(?:program|programme|accelerator)\b")
# "our $180M early-stage fund", "Acme's portfolio company ": what an owner has.
_POSSESSED = re.compile(r"(?P<s>['’]s?)?\s+(?:(?:new|latest|first|second|third|fourth|fifth|[$€£][\w.,]+|"
                        r"[\w-]+-stage|early|growth|flagship|corporate|venture|seed|\d{4})\s+){0,4}"
                        r"(?P<noun>fund|vehicle|programme|program|accelerator|portfolio\s+compan(?:y|ies))\b(?:\s+)?")
# "Acme Fund III, our ... fund": the name the possessed noun glosses comes right before it.
_NAMED_BEFORE = re.compile(r",\s+")
# "X, one of our portfolio companies", "X, a portfolio company of ours".
_ONE_OF = re.compile(r",\s+(?:one\s+of|another\s+of|also)\s+")
# "installed in cars made by A", "used on phones built by A": a common noun a preposition governs,
# right before a participle of making, is what the participle describes.
_MAKING = re.compile(r"(?:made|built|manufactured|produced|assembled|designed|developed|sold)\b")
_NOUN_AFTER_PREPOSITION = re.compile(r"\b(?:in|on|into|inside|across|for|with)\s+(?:the\s+|its\s+|their\s+|many\s+)?"
                                     r"(?:[a-z]+\s+)?[a-z]{3,}s\s+$")
# "... B and signed", "... B and has since agreed", "left B and co-founded": a second verb of the same subject after an object.
_AND_VERB = re.compile(r"\s+and\s+(?:also\s+|then\s+|later\s+|has\s+|have\s+|had\s+|will\s+)?(?:since\s+)?(?:co-)?"
                       r"(?:[a-z]{2,}ed|struck|took|made|bought|sold|set|led|built|won|began|signed|agreed)\b")
# ", and in March 2025 signed", ", and later received", ", and was": a second verb that shares the
# first clause's subject (a time phrase may stand before it).
_AND_BEFORE = re.compile(r",\s+and\s+$")
_VERB_FIRST = re.compile(r"(?:(?:in|on|by|during|since)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+|\d{4})(?:\s+\d{1,4})?,?\s+|"
                         r"(?:last|this|earlier\s+this|later\s+that|the\s+same|the\s+following)\s+"
                         r"(?:year|month|week|spring|summer|autumn|fall|winter)\s+|(?:also|then|later|since|subsequently|now)\s+)*"
                         r"(?:has|had|have|will|was|is|[a-z]{2,}ed|struck|took|made|bought|sold|set|led|built|won|began|signed|"
                         r"agreed|received|raised|joined|opened|secured|became|got)\b")
# "announced a $20 million Series A ", "closed its seed round ": a round its subject raised, then "led by".
# "a seed round this month led by A", "a Series B in March led by A": when the round was, between it
# and its lead.
_ROUND_TIME = r"(?:\s+(?:this|last|earlier\s+this)\s+(?:week|month|year)|\s+in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?)?"
# ", which": a relative clause said of a thing, never of people.
_WHICH_CLAUSE = re.compile(r"\s*,\s+which\b")
_ANNOUNCED_ROUND = re.compile(r"\b(?:announced|announces|completed|completes|closed|closes|secured|secures|landed|unveiled)\s+"
                              r"(?:an?\s+|its\s+|the\s+)?[^,;]{0,40}?(?:round|Series\s+[A-H]\d?|seed|financing|funding)"
                              r"(?:\s+round)?" + _ROUND_TIME + r"\s+$")
# "Northfold Fund III": a numbered fund, later called without its manager's name ("Fund III").
_NUMBERED_FUND = re.compile(r"(?:[A-Z][\w&'’-]*\s){1,3}(" + NUMBERED_FUND + ")")
# "the platform we built with Lumenfold", "launched it alongside B": a companion in the act, not its object.
# "with 10 billion yuan in initial capital, of which ...": the shares of a fund's own money.
_SHARE_OF_CAPITAL = re.compile(r"\b(?:capital|corpus)\b[^.;]{0,40}?,\s+of\s+which\b")
# "set up a 10 billion yuan fund; the province put in 3 billion yuan of that": a share of the sum
# just named, the fund's, not a round.
_SHARE_OF_THE_SUM = re.compile(r"[^,.;]{0,40}?\bof\s+(?:that|it|this|the\s+(?:total|sum|amount))\b")
# "The ministry put in 240 billion won, with the remainder coming from B": the shares of a fund's
# money, the fund the passage is about; no round is joined.
_REST_COMING_FROM = re.compile(r",?\s+with\s+the\s+(?:rest|remainder|balance)\s+(?:coming|provided|contributed)\s+(?:from|by)\b")
# ", a 50/50 ": an appositive opening on the name before, saying what it is.
_DESCRIBED_AS_A = re.compile(r",\s+(?:an?|the|its)\s+(?:[\w/%-]+\s+){0,2}")
_COMPANION_BEFORE = re.compile(r"\b(?:with|" + _COMPANIONS + r")\s+(?:the\s+)?$")
# "with much of it earmarked for", "with half of the proceeds set aside for": an absolute clause whose
# participle says where money goes, its subject the money.
_ABSOLUTE_WITH = re.compile(r"\b[Ww]ith\s+(?:[\w%$.,-]+\s+){0,3}(?i:of\s+)?(?i:it|them|the\s+money|the\s+proceeds|the\s+cash)\s+$")
# "Raises $85 Million, Announces Strategic Partnership with A": a partner, not an investor in the raise.
_PARTNERSHIP_WITH = re.compile(r"\b(?:partnership|agreement|deal|collaboration|alliance|contract|tie-up|pact|MOU)\s+with\s+(?:the\s+)?$",
                               re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_QUOTE_CLOSE = re.compile(r'["”]')


def _closing_quote(text: str, pos: int) -> int | None:
    """Where the quotation ``pos`` stands in closes, or None outside a quotation: a verb quoted
    takes no object the writer names after the quote."""
    before = text[:pos]
    if before.count('"') % 2 == 0 and before.rfind("“") <= before.rfind("”"):
        return None
    close = _QUOTE_CLOSE.search(text, pos)
    return close.start() if close else None


# "A committed $2.5 billion through its Vision Fund 2": the investor's own vehicle is the channel
# its money goes through, not what it invests in.
_OWN_CHANNEL_BEFORE = re.compile(r"\b(?:through|via)\s+(?:its|their)\s+(?:own\s+)?$")
# "with former Acme infrastructure engineer Q": what Q was may name where Q worked.
_WITH_PERSON = re.compile(r"\bwith\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w&.-]*\s+(?:[a-z][\w-]*\s+){1,2})?$")
_TAKING_PART = re.compile(r"\s+(?:also\s+)?(?:taking part|participating|joining|investing|chipping in)\b")
# The participle of a with-phrase after its names and their appositives.
_TAKING_PART_LATER = re.compile(r"(?P<names>[^.;]{0,80}?)" + _TAKING_PART.pattern)
# "is among the 14 companies chosen", "was among the first companies admitted".
_AMONG = re.compile(r"\bamong\s+the\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|start-?ups|startups|participants|"
                    r"members|recipients|organisations|organizations|teams|projects)\s+$")
# "LONDON, May 6 (Meridian Wire) - ...": the agency that filed the story.
_DATELINE_AGENCY = re.compile(r"\([^()]+\)\s?[-–—]")
_ALONGSIDE = re.compile(r"\b(?:alongside|together\s+with|along\s+with)\s+")
# "A led a $30M Series B in X, including B and C": a led round's other investors, as "alongside" names them.
_ROUND_INCLUDING = re.compile(_ALONGSIDE.pattern + r"|,\s+including\s+")
# ", alongside B" after an appositive: the companion of the clause the appositive interrupted.
_CLOSING_ALONGSIDE = re.compile(r",\s+(?:alongside|together\s+with|along\s+with)\s+")
# What opens another clause, whose companions are not this one's.
_NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s")
_CO_LED_WITH = re.compile(r"\b(?:alongside|together\s+with|along\s+with|with)\s+")
# "along with two foreign backers: US firm B and C": the count of the names that follow.
_COUNTED_NAMES = re.compile(r"(?:two|three|four|five|several|\d+)\s+(?:[\w-]+\s+)?(?:backers|investors|co-investors|funds|firms|VCs):\s+")
# "the tie-up between A and B": the words between a partnership cue and its pair of parties.
_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?")
# " to provide HBM4 stacks to ", " to supply its chips to the ": an agreement's purpose, up to its customer.
_TO_SUPPLY = re.compile(r"\s+to\s+(?:supply|provide|deliver|sell|license)\s+[^.;,]{0,60}?\s+to\s+(?:the\s+)?")
# "The founders, ", "Its co-founders, Dr. ": a sentence opening on the founders of what it is about.
_FOUNDERS_OPENING = re.compile(r"\s*(?:The|Its|Their)\s+(?:co-?)?founders?,\s+(?:" + NAME_TITLE + r"\s+)?")
# "launched the Y Fund, ..., with A and Kuwait's B as co-investors": backers named after "with", their role after.
_WITH_BACKERS = re.compile(r"\bwith\s+(?:the\s+)?$")
_AS_CO_INVESTORS = re.compile(r"\s+as\s+(?:its\s+|the\s+)?(?:co-?investors|anchor\s+investors|backers|limited\s+partners|LPs)\b")
# "'s " between a possessor and the name it possesses.
_LIST_GAP = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?(?-i:" + _POSSESSOR + r"['’]s\s+)?")


# "A backed B through its early-stage arm, C", "K took part through its K Capital arm": the unit named
# in the phrase is the one whose money went in.
_THROUGH_ITS_UNIT = re.compile(r"\bthrough\s+its\s+(?:[\w-]+\s+){0,3}?" + _UNIT_WORDS + r"\b,?\s*")


def _units_investing_for_their_parents(text: str, mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """The parent invested "through its arm, C": C, which the sentence makes the parent's unit,
    invested as well (the parent's own INVESTED_IN stays: the money is the group's)."""
    if "through its" not in text:
        return []
    parents = {f.subject.id: f.object.id for f in facts if f.type == "SUBSIDIARY_OF"}
    units = [m for phrase in _THROUGH_ITS_UNIT.finditer(text) for m in mentions
             if phrase.start() < m.start <= phrase.end() and m.actor.id in parents]
    return [Fact(unit.actor, "INVESTED_IN", f.object, dict(f.props), f.evidence)
            for unit in units for f in facts
            if f.type == "INVESTED_IN" and f.subject.id == parents[unit.actor.id] and f.object.id != unit.actor.id]


def _co_investors_of_the_launched_fund(text: str, mentions: list[Mention], facts: list[Fact],
                                       evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """"X has launched the Y Fund, ..., with A and B as co-investors": A and B put money into the fund
    the sentence launched."""
    fund = next((f.object for f in facts if f.type == "LAUNCHED" and f.object.type == "Program"), None)
    if fund is None or " as " not in text:
        return []
    out = []
    for i, first in enumerate(mentions):
        if not _WITH_BACKERS.search(text, max(0, first.start - 10), first.start):
            continue
        listed = [first]
        for nxt in mentions[i + 1:]:
            if not _LIST_GAP.fullmatch(text, listed[-1].end, nxt.start):
                break
            listed.append(nxt)
        role = _AS_CO_INVESTORS.match(text, listed[-1].end)
        if role is None:
            continue
        out += [Fact(m.actor, "INVESTED_IN", fund, {"confidence": 0.6}, evidence(first.start, role.end()))
                for m in listed if m.actor.type in ORGANISATIONS and m.actor.type != "Program" and m.actor.id != fund.id]
    return out


# "the company", "the startup": words for a business, which an investor is called by other names ("the fund", "the firm").
_A_COMPANY = re.compile(r"the\s+(?:company|start-?up)\b", re.I)
# "Kantwerk's two founders, P and Q, will join ...": the founders named after the company's possessive.
_FOUNDERS_OF = re.compile(r"['’]s\s+(?:(?:two|three|four)\s+)?(?:co-?)?founders?,?\s+(?:" + NAME_TITLE + r"\s+)?")
# "And Tessaly ...", "But X ...": a sentence opening on a conjunction; the name after it is a subject.
_OPENING_CONJUNCTION = re.compile(r"\s*(?:And|But|Plus)\s+")
# ", founded by": a participle clause after a comma.
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:and\s+)?$")
_FIRST_PERSON_WORD = re.compile(r"[Ww]e|[Oo]ur|[Uu]s")
# "led a $4M seed", "led the pre-seed ($3.5M)": a round with no owner named.
_A_ROUND_AFTER = re.compile(r"\s+(?:a|an|the)\s+(?:(?:[$€£][\d.,]+\s?(?:[MBK]n?|million|billion)?|[\w-]+)\s+){0,3}?"
                            r"(?:pre-seed|seed|round|Series\s[A-H])\b")
# "has named the first nine participants in P": who names the members is not one ("X was
# named a participant" is passive: X is one).
_NAMES_MEMBERS = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?<!be )"
                            r"\b(?:named|names|name|selected|selects|chose|chooses|chosen|picked|picks|announced|"
                            r"announces|unveiled|revealed|approved|approves|admitted|admits)\b")
_SELECTS = frozenset(("selected", "chosen", "admitted", "picked"))
# The colon after a programme that opens the list of those chosen for it.
_LIST_COLON = re.compile(r"\s*:\s*")
# "picked X as one of eight companies in its first cohort": the cohort of the programme in play.
_IN_ITS_COHORT = re.compile(r"\b(?:in|for|into)\s+its\s+(?:[\w-]+\s+){0,2}?(?:cohort|intake|batch)\b")
# "Among the eleven companies selected in May were A and B": the members follow the verb "were".
_AMONG_FRONTED = re.compile(r"\s*Among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:companies|firms|start-?ups|startups|"
                            r"participants|recipients|teams|projects|applicants)\s+")
# ", and was among the startups selected": a second predicate sharing the clause's subject.
_COORDINATED_PREDICATE = re.compile(r",\s+and\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
                                    r"(?:among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?$")
# Its longest plausible spelling: the search starts this far before the cue, not at the text's start.
_COORDINATED_PREDICATE_REACH = 160
_FINITE_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\b")
_THEN_COPULA = re.compile(r"[^,;]{0,40}?\b(?:were|are)\s+")
# "was selected as a supplier", "was chosen by the jury", "was admitted to the bar": not a cohort.
_WAS_SELECTED = re.compile(r"\b(?:was|were|been)\s+(?:also\s+|\w+ly\s+)?$")
_SELECTED_AS = re.compile(r"\s+(?:as|by|to)\b")
# "The ministry has selected": the verb's subject right before it (not "the companies chosen").
_ACTIVE_GAP = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|has\s+also\s+)?")
_NEXT_IN_LIST = re.compile(r"\s*,?\s*(?:and\s+|as well as\s+)?(?:the\s+)?" + _DESCRIPTOR)
# "the planned takeover of B by the Chinese investor A", "A's proposed purchase of B": the deal a
# government blocked, and where its buyer is named.
_DEAL_NOUN = r"(?:takeover|acquisition|purchase|buyout|merger|stake)"
_BLOCKING_VERBS = frozenset(("blocked", "prohibited", "vetoed", "blocks", "prohibits", "vetoes", "block", "prohibit", "veto"))
# "a review of a cloud and investment agreement between A and B": a deal of two parties under review.
_DEAL_BETWEEN = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:agreement|deal|partnership|tie-up|"
                           r"alliance|arrangement|investment)\s+(?:between|of)\s+(?:the\s+)?")
_BLOCKED_DEAL = re.compile(r"\s+(?:(?:the|a)\s+(?:planned\s+|proposed\s+|intended\s+|attempted\s+)?(?:[\w-]+\s+){0,2}?"
                           + _DEAL_NOUN + r"\s+of\s+[^,;]{1,80}?\s+(?P<by>by)\s+|"
                           r"(?P<owner>[A-Z])[^,;]{0,60}?['’]s\s+(?:planned\s+|proposed\s+|intended\s+)?(?:[A-Z][\w-]*\s+)?" + _DEAL_NOUN + r"\b)")
# A deal under a blocking verb did not happen: "prohibited the planned takeover of B".
# "sued to block A Inc.'s proposed $2.7 billion acquisition of B": the buyer's name and the price may stand between.
_BLOCKED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_BLOCKING_VERBS)) + r")\s+(?:[\w'’.$,-]+\s+){0,7}$")
# "with each side committing EUR 100 million": the same sum from every one of a list.
_EACH_SIDE = re.compile(r"\beach\s+(?:side|partner|party|institution|of\s+them|of\s+the\s+\w+)\s+(?:committing|contributing|"
                        r"providing|investing|putting\s+in|pledging)\s+")
_EACH = re.compile(r"\beach(?:\s+of\s+them)?\s+$")
# "X, a €1.4 billion programme", "X, a new fund for ...", '"X", a national programme': the name of a programme.
# ("X, a call for projects launched by the ministry": an open call is a programme applicants join)
_PROGRAMME_GLOSS = re.compile(r"[\"”’']?,\s+(?:a|an|the)\s+(?:[^,;]{0,40}?\s)?(programme|program|scheme|fund|initiative|alliance|"
                              r"facility|challenge|consortium|mission|call\s+for\s+(?:projects|proposals|applications))\b")
_GOVERNMENT_LAUNCH = ("launched", "launches", "launch", "set up", "established", "created", "unveiled", "introduced")
# "Velmora's flagship product, Ledgerline", "Ruunik, whose speech model Kone-2", "Orvane's main
# product, the Hiro-2 engine": what a company makes.
# A describing word may be a capitalised compound ("Humain's Arabic-first model family Nuha"), and a
# model noun may head a family ("model family", "model series").
_DESCRIBING_WORD = r"(?:[a-z][\w-]*|[A-Z][a-z]+(?:-[a-z]+)+)\s+"
_FAMILY = r"(?:\s+(?:family|series|line))?"
_PRODUCT_OF = re.compile(r"(?:['’]s|(?<=[Ii]ts)|(?<=[Oo]ur)|(?<=[Tt]heir)|,\s+(?:(?:an?|the)\s[^,;]{0,60}?\s)?whose)\s+(?:" + _DESCRIBING_WORD + "){0,3}"
                         r"(?:model|models|product|chatbot|assistant|LLM|agent|app|system|runtime|compiler|engine|chip|processor|SDK|copilot)"
                         + _FAMILY + r"\s*(?:,\s+the\s+|,?\s+)$")
# "Gantry-1, the start-up's first model": the product named before its owner.
# A release's defined term is capitalised: "Atlas 2, the Company's new reasoning engine".
_OWNERS_PRODUCT = re.compile(r",\s+(?:(its)|the\s+(?:[Cc]ompany|start-?up|startup|firm|group|lab|developer)['’]s)\s+"
                             r"(?:[a-z][\w-]*\s+){0,3}(?:model|product|chatbot|assistant|LLM|agent|app|engine|chip|processor)\b")
# "sells its Quell-7 model", "Orvane's Hiro-2 language model": a name between an owner and the
# word "model" is the owner's model.
# "its Quell-7 model", "the company's Quell assistant": the owner the text is about.
# "its next generation of Claude models": a generation or family of the owner's models.
_GENERATION_OF = r"(?:generation|family|line|series)\s+of\s+"
_ITS_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]he\s+(?:[Cc]ompany|start-?up|startup|firm|group|lab|developer)['’]s)\s+(?:[a-z][\w-]*\s+)?"
                         r"(?:" + _GENERATION_OF + r")?[\"“‘']?$")
# "the chipmaker's Tessar chips", "the developer's new Quill model": a maker described, not named.
_DESCRIBED_OWNER = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?(?:company|firm|start-?up|startup|developer|[a-z]*maker)['’]s\s+"
                              r"(?:(?:new|latest|flagship|next-generation)\s+)?$")
_OWNED_BEFORE = re.compile(r"(?:['’]s|\b[Ii]ts|\b[Oo]ur|\b[Tt]heir|\bwhose)\s+(?:[a-z][\w-]*\s+)?(?:" + _GENERATION_OF + r")?[\"“‘']?$")
# "trains its own family of small, fine-tuned models, called Tern": the owner's models, named after them.
# "Its model family, called Sur,", "Its flagship model is Sur-2", "Its core product is Tess-1": named by a copula too.
_CALLED_PRODUCT = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\w-]+,?\s+){0,6}?(?:models?|LLMs?|chatbots?|assistants?|products?|platforms?)"
                             + _FAMILY + r"(?:,?\s+(?:called|named|dubbed|known\s+as)|\s+(?:is|are)(?:\s+called)?)\s+$")
# "Moonshot AI's Kimi", "Google's new Gemini": a maker's model, right after its possessive.
# "its own model, ALLaM-based Humain Chat": a name before "-based" is what the product is built on, not the product.
_BUILT_ON_IT = re.compile(r"-(?:based|powered)\b")
# "Lalibela Labs, whose Fidel-OCR model reads ...", "Acme, a Toronto start-up whose Keel model": the
# name glossed by the relative clause owns the product named before the word "model".
_WHOSE_PRODUCT_GLOSS = re.compile(r",\s+(?:(?:an?|the)\s[^,;]{0,60}?\s)?whose\s+(?:[a-z][\w-]*\s+)?[\"“‘']?")
_MAKERS_MODEL = re.compile(r"['’]s\s+(?:(?:new|latest|flagship|popular|open-source|open-weight)\s+)?")
# The first word of a product's name, before a space, a hyphen or a version ("Qiansuo" of "Qiansuo-Drive").
_FIRST_WORD = re.compile(r"[^\s-]+(?=[\s-])")
# "its Koto-2 language model", "its Koto family of models", "its X assistant".
# A parameter count may stand between ("its Hoshi-Lite 3B model").
# A quoted name keeps its closing quote ('its "Koto-2" model'); a platform is a product too ("its Agentforce platform").
_MODEL_AFTER = re.compile(r"[\"”’']?\s+(?:\d{1,3}(?:\.\d)?[BM]\s+)?(?:[a-z][\w-]*\s+)?(?:(?:family|series|line)\s+of\s+(?:[a-z][\w-]*\s+)?)?"
                          r"(?:models?|LLMs?|chatbots?|assistants?|copilots?|chips?|processors?|accelerators|platforms?)\b")
_KEEPS_STAKE = re.compile(r",\s+which\s+(?:still\s+)?(?:retains|holds|keeps|kept|owns|has)\s+(?:a|an)\s+(?:[\w-]+\s+)?stake\b")
# "existing backer Sequoia Capital returned": an investor of the round just reported.
_EXISTING_BACKER = re.compile(r"\s+(?:including\s+|such as\s+)?")
# Head words that also name any deal or plan of the kind ("the partnership with X").
_GENERIC_HEADS = frozenset(("partnership", "agreement", "deal", "plan", "project"))
_IT_OPENS = re.compile(r"\s*(It)\b(?!['’])")
_IT_AGAIN = re.compile(r"\bit\b(?!['’])")
# "It has made two investments", "It led", "It also backed": an opening "It" investing.
_IT_INVESTS = re.compile(r"\s*It\s+(?:has\s+|have\s+|also\s+|then\s+|already\s+)*(?:made|invested|backed|led|co-led|"
                         r"wrote|took|put|poured|committed|participated|joined|funded)\b")
_PROGRAMME_OPENS = re.compile(r"\s*(?:The\s+|the\s+)?")
# "the project", "the campus": words pointing back to a site (see _SITE_APPOSITIVE).
_THE_SITE = re.compile(r"\bthe\s+(?:project|site|campus|facility)\b(?!\s+(?-i:[A-Z])|['’]s)", re.I)
_THE_PROGRAMME = re.compile(r"\bthe\s+(?:programme|program|initiative|scheme|fund|project)\b(?!\s+(?-i:[A-Z]))", re.I)
_GOVERNMENT_BEFORE = re.compile(r"\b(?:the\s+)?government\s+of\s+(?:the\s+)?$", re.I)
# "Germany's federal government", "India's central government": a country's government by its tier.
_GOVERNMENT_AFTER = re.compile(r"^(?:['’]s)?\s+(?:federal\s+|national\s+|central\s+)?government\b", re.I)
# "the Jalisco state government", "the Anhui provincial government": a region's or city's own
# government, named with its tier.
_LOCAL_GOVERNMENT_AFTER = re.compile(r"^(?:['’]s)?\s+(?:(?P<tier>state|provincial|municipal|city|regional|prefectural|metropolitan)\s+)?"
                                     r"government\b", re.I)
# An object right after a verb: "set up Y", "launched the Y programme" (then no relative clause).
_DIRECT_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:in|on|at|by|last|this|with|for|from|during|"
                            r"under|as|and|to)\b)[a-z][\w-]*\s+){0,2}?[A-Z]")
# Before a relative clause's subject: "the Tokyo subsidiary that", "a ¥45 billion scheme", ", which".
# "a round that was led by X": the agent of a passive relative clause only qualifies a noun of
# its sentence; "the fund" of the next sentence points back to the one the sentence is about.
_PASSIVE_RELATIVE_AGENT = re.compile(r"\b(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\s+$")
_RELATIVE_HEAD = re.compile(r"(?:\b([a-z][\w-]*)\s+(?:that\s+|which\s+)?|,\s+which\s+|\bthat\s+)$")
_RELATIVE_AGENT_GAP = re.compile(r"\s+(?:(?:had|has|have|only|first|recently|itself|jointly|had\s+first)\s+)*")
_SUBSIDIARY_NOUNS = frozenset(("subsidiary", "unit", "arm", "affiliate", "division", "spin-off", "spinout",
                               "spin-out", "venture"))
_DEVELOPER_TYPES = {"Startup", "Company"}
# ", a US$50 million corporate fund", ", a 12-week residency": an appositive naming a thing one launches.
_LAUNCHED_THING = re.compile(r",\s+(?:an?|its|our|the)\s+[^,.;]{0,50}?\b(?:(?P<fund>fund|vehicle)|programme|program|residency|"
                             r"accelerator|incubator|scheme|initiative|fellowship)\b")
# "through a UK unit, Y", "set up its German subsidiary, Y": a unit of the clause's subject, named.
# "its venture arm, Y", "its British research subsidiary Y": a word or two of what the unit does may come first.
_UNIT_BEFORE_NAME = re.compile(r"\b(?:an?|its)\s+(?:new\s+|local\s+|wholly[- ]owned\s+)?(?:(?P<place>[A-Z][\w.]*)\s+)?"
                               r"(?:[a-z][\w-]*\s+){0,2}?(?:unit|subsidiary|affiliate|division|arm),?\s+$")
# "a U.S. model developer", "an Indian startup": a country after an indefinite article and before a
# common noun describes the noun's referent.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")
# Country abbreviations news writes as adjectives ("a UK unit", "its U.S. arm").
_COUNTRY_CODES = {"UK": "GB", "U.K.": "GB", "US": "US", "U.S.": "US"}

# Regions: places, not actors ("In Asia, SoftBank and ...").
_REGIONS = frozenset(("Asia", "Europe", "Africa", "Oceania", "Latin America", "North America", "South America",
                      "Middle East", "Southeast Asia", "East Asia", "Central Asia", "Scandinavia", "the Nordics",
                      "Nordics", "Gulf", "Balkans", "Baltics", "Silicon Valley"))
# The "its investors", "whose backers include" cues: a company's backers listed, no round raised.
_BACKERS_NOUN = re.compile(r"\b(?:investors|backers)\b")
# Last words a company's name drops once it is introduced: "Kestrel Systems" -> "Kestrel".
_CORPORATE_TAILS = frozenset(("AI", "Labs", "Lab", "Systems", "Technologies", "Technology", "Robotics", "Inc", "Inc.",
                              "Ltd", "Ltd.", "GmbH", "AG", "SA", "SAS", "Software", "Analytics", "Group",
                              "Holdings", "Holding", "Semiconductor", "Semiconductors", "Corp", "Corp.", "Corporation"))
# "Ho Chi Minh City", "Salt Lake City": a place of up to four words.
_PLACE = r"([A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,3})"
# "led by Singapore's GIC": a country's or city's organisation
_PLACE_POSSESSIVE = r"(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)"
# "French state investment bank ", "US chipmaker ": what kind of organisation the name after is.
_KIND_OF_ORG = r"(?:(?!of\b|and\b|or\b|to\b|in\b|the\b)[\w-]+\s+){0,3}(?:" + _ORG_NOUN + r"|investors|backers)\s+"
# "... with participation from the Paris-based A", "including B": the words before a round's giver.
_GIVER_BEFORE = re.compile(r"\b(?:from|by|including|include|includes|with|as\s+well\s+as)\s+(?:the\s+|investors\s+|"
                           r"participation\s+(?:from|of)\s+)?(?:" + _KIND_OF_ORG + r"|(?:[a-z]+\s+){0,2})"
                           r"(?:" + _BASED + "|" + _PLACE_POSSESSIVE + r")?$", re.I)
# "a $60 million funding round ", ", a round ": an indefinite round before "led by", whose owner the sentence named.
# What stands between a deal noun's "of" and what it buys, and before its buyer.
_SPACE_OR_THE = re.compile(r"\s+(?:the\s+)?")
_BY_BEFORE = re.compile(r"\s+by\s+(?:the\s+)?")


# A round may be called by its stage alone ("as part of a $95 million Series B led by A").
_A_ROUND_BEFORE = re.compile(r"\b(?:an?|last\s+year['’]s)\s+(?:[\w$€£¥.,-]+\s+){0,4}?"
                             r"(?:round|financing|raise|Series\s[A-H]\d?|(?:pre-)?seed)\s+(?:that\s+was\s+)?$")
# "a stake in X", "the Series B of Grenoble chip startup X", "a cheque into X": the round's owner.
_ROUND_OWNER_PREPOSITION = re.compile(r"\b(?:in|into|of|for)\s+(?:[\w.-]+\s+){0,4}?$")
# "a participation in the Series B of X", "the seed round of Grenoble chip startup X": the round's owner after "of".
_ROUND_OF_BEFORE = re.compile(r"\b(?:round|financing|raise|Series\s[A-H]\d?|(?:pre-)?seed)\s+of\s+(?:[\w.-]+\s+){0,3}?$")
# "by Singapore's ": an agent placed by its country's or city's possessive.
_BY_PLACE_POSSESSIVE = re.compile(r"\s+by\s+(" + _PLACE_POSSESSIVE + ")")
# "co-led by the Tokyo-based A", "led by Nvidia's B": the words before a round's lead.
_LEAD_BEFORE = re.compile(r"\b(?:co-)?led by\s+(?:the\s+)?(?:" + _KIND_OF_ORG + "|" + _BASED + "|" + _PLACE_POSSESSIVE + r")?$", re.I)
# "Kuwait-based Arabic language-technology firm X": a language or nationality may be one of the words.
_BASED_BEFORE = re.compile(_PLACE + r"-based\s+(?:(?:(?!of\b|the\b|for\b|and\b|that\b|which\b|who\b)[a-z][\w-]*|"
                           + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\s+){0,3}$")
# Up to three lower-case words and the kind of organisation the name after them is.
_KIND_BEFORE = r"\s+(?:[a-z][\w-]*\s+){0,3}" + _ORG_NOUN + r"\s+$"
_DEMONYM_BEFORE = re.compile(r"\b(" + DEMONYM_ALTERNATION + r")" + _KIND_BEFORE)
# "Bahrain's sovereign wealth fund Mumtalakat": a place's possessive, then the kind of organisation the name is.
# "South Africa's Naspers-backed Takealot": or its backer's name glossing it.
_PLACE_POSSESSIVE_BEFORE = re.compile(r"(?-i:(" + _POSSESSOR + r")['’]s)(?:" + _KIND_BEFORE + r"|\s+(?-i:[A-Z][\w.]*)-(?:backed|owned)\s+$)")
# "an Israeli AI security company", "Canadian AI startups": a nationality and "AI" before a common noun, no name.
_DEMONYM_PHRASE = re.compile(r"(?:" + DEMONYM_ALTERNATION + r")\s+(?:AI|tech|Tech)\s+[a-z]")
# "X raised a Series A led by A and had received a grant from B", "X raised $5m from A and has
# partnered with B", "... and is working with B": a second verb phrase of X's begins; B gave no
# part of the round. A verb in -ed must govern something ("and selected angels B" lists givers)
# and no "by" may make it a participle ("led by A and joined by B").
_OTHER_VERB_PHRASE = re.compile(r",?\s+and\s+(?:(?:also|then|later|since|now|has|have|had|will|would)\s+)*"
                                r"(?:(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:[a-z]{3,}(?:ing|ed|en)|an?|the|one)\b|"
                                r"(?:[a-z]{2,}ed|" + IRREGULAR_PAST + ")"
                                r"(?=\s+(?:an?|the|its|their|with|in|into|to|up|on|[A-Z]|[$€£¥])\b|\s+[$€£¥]))(?!\s+by\b)")
# "at the Jülich centre": the name after it is where something is, which a relative after it need not gloss.
_PLACE_BEFORE_WHICH = re.compile(r"\bat\s+the\s+$")
# "received a €3 million innovation grant from A", "a €220 million loan from", "debt financing from":
# money lent or given, which buys no shares.
_NO_STAKE_MONEY = re.compile(r"\b(?:grants?|subsid(?:y|ies)|awards?|loans?|debt|credit\s+(?:facility|line))\b(?![\w-])")
# "A sold its stake in B", "A cut its 10% stake in": a holding given up.
_DISPOSAL = re.compile(r"\b(?:sold|sells|sell|selling|divest\w*|exit\w*|offload\w*|dump\w*|reduc\w*|cut|cuts|cutting|trimm?\w*|"
                       r"unload\w*|former)\s+(?:[\w%.-]+\s+){0,3}$")
# "a customer of the X cluster": a name followed by the noun it modifies names no customer's supplier.
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|since|for|in|on|at|with|to|as|through|via|from|which|that|who|until|after|"
                         r"before|because|while|is|was|has|had|will|said|says)\b)[a-z]")
# "received an investment from A", "received equity funding from A": shares bought, not a grant.
_EQUITY = re.compile(r"\b(?:investments?|equity|stake)\b")
# "The mission awarded N to X", "The agency disbursed N to X": giving verbs that are active when
# no auxiliary comes before them; the subject gives, the name after "to" receives.
# "awarded X a £12 million grant": the sum or grant after the recipient, the second object.
_SECOND_OBJECT = re.compile(r"\s+(?:an?\s+|its\s+)?(?:[$€£¥₹]|US\$|\d|(?:[\w-]+\s+){0,3}?(?:grant|award|subsidy|funding|contract)\b)")
_GIVING = frozenset({"awarded", "awards", "awarding", "granted", "grants", "granting", "disbursed", "disburses", "disbursing"})
# "it" as an object: lower case, not "it's" (the caller checks that no verb of its own follows).
_IT_OBJECT = re.compile(r"it\b(?!['’])")
# "put", "poured", "pumped", "injected", "sank": verbs that invest only with a sum after them
# ("put pressure on", "sank 5%" state no investment); the money goes "in/into" the target.
_MONEY_VERBS = frozenset({"put", "puts", "putting", "poured", "pours", "pumped", "pumps", "injected", "injects", "plowed", "ploughed",
                          "sank", "sinks"})
# "Toronto, Canada", "Newcastle, UK": a city and its country, as addresses give them.
_ADDRESS = r"([A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,2}(?:,\s[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)?)"
# "A, the Abu Dhabi sovereign fund B and C": a description followed by a name describes that
# name, in a list, not the one before it.
_NO_NAME_AFTER = r"(?!\w)(?!\s+[A-Z])"
_GLOSS_AFTER = (
    re.compile(r"^(?:\s*\([^()]{1,30}\))?,\s+(?:a|an|the)\s+(?:(?!of\b)[a-z][\w-]*\s+){0,2}?" + _ADDRESS + r"(?:-based|-headquartered)?\s+"
               r"(?:[a-zA-Z][\w-]*\s+){0,2}?" + _ORG_NOUN + _NO_NAME_AFTER),
    # "X, based in Paris", "X is headquartered in Austin, Texas, United States"
    # "We're headquartered in Amsterdam": a first-person subject's contracted verb
    # "X is a company incorporated in the British Virgin Islands": a filing's seat of registration
    re.compile(r"^(?:['’]re\s+|,?\s+(?:(?:is|was|are|remains)\s+)?)(?:a\s+(?:[a-z][\w-]*\s+){0,3}?)?"
               r"(?:based|headquartered|incorporated)\s+in\s+(?:the\s+(?=[A-Z]))?"
               + r"([A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,2}(?:,\s[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?){0,2})"),
    re.compile(r"^\s+of\s+" + _PLACE + r"(?=[\s,.;]|$)"),
    re.compile(r"^\s*\(" + _PLACE + r"\)"),
    # "X, France's public investment bank": the country's own institution
    re.compile(r"^,\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})['’]s\s+(?:(?!of\b)[a-z][\w-]*\s+){0,3}?" + _ORG_NOUN
               + _NO_NAME_AFTER),
)


# "Based in Oslo, Norway.", "Headquartered in Austin.": a sentence that is only a place.
_PLACE_FRAGMENT = re.compile(r"\s*(?:Based|Headquartered)\s+in\s+" + _ADDRESS + r"\.?\s*$")


# "Next47, the venture fund backed by Siemens": the name after "by" glosses another one, it gives no money here.
# "... and is used by", "... but was later sold by": a second predicate with its own by-phrase.
_NEXT_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:is|are|was|were|has|have|had)\s")
# "three programmes, administered by A", "a fund run by A": a participle glossing the noun before it.
_GLOSSING_PARTICIPLE = re.compile(r"\b(?:[a-z]+ed|run|built|held|made)\s+by\s+")
# "under its", "through their": a possessive opening a prepositional phrase, no verb's object.
_PREPOSITION_BEFORE = re.compile(r"\b(?:under|through|via|with|from|in|into|of|for|to|by|at|on)\s+$")
_GLOSSING_BY = re.compile(r",\s+(?:the|a|an|its)\s+[^,]{0,40}?\b(?:backed|owned|managed|run|controlled)\s+by\s+(?:the\s+)?"
                          r"(?:[^,]{1,40}?\s(?:and|&)\s+(?:the\s+)?)?$")
# "Saudi Arabia's " right before a name: where the name's phrase starts.
_PLACE_POSSESSIVE_END = re.compile(_PLACE_POSSESSIVE + "$")
# " in 2019 by researchers ": after the parent a spin-out came from, the people who spun it out.
_SPUN_OUT_BY = re.compile(r"(?:\s+in\s+\d{4})?\s+(?P<by>by)\s+(?:(?:former|two|three|its|[A-Z][\w-]*)\s+)?"
                          r"(?P<people>" + PEOPLE_PLURALS + r")?")
# "by three alumni of the ", "by former engineers from ": the founders are people the text does not
# name, described by where they studied or worked.
_BY_PEOPLE_OF = re.compile(r"\bby\s+(?:[\w-]+\s+){0,3}?" + PEOPLE_PLURALS + r"\s+(?:of|from|at)\s+(?:the\s+)?$")
# "P, the Index partner who led the deal": the firm named before "partner who" is the investor, P its partner.
_PARTNER_WHO = re.compile(r"\s+(?:general\s+|managing\s+|founding\s+)?(?:partner|principal)\s+who\b")
# ", the venture fund ": a singular noun phrase glossing the name before it, then the participle.
_ONE_THING_GLOSSED = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,4}?[\w-]*[^s\s]\s+")


@dataclass
class _Group:
    members: list[Mention]
    start: int
    end: int


class EnglishExtractor:
    """Reads the English cue frames of one sentence at a time.

    Keeps, per document, what the last sentences were about, so that "The company, founded
    by P" and "under the programme" point back to the names they mean.
    """

    def __init__(self, cues: Cues, government_of: Callable[[str | None], Actor | None],
                 country_of: Callable[[str | None], Actor | None]):
        self.cues = cues
        self.government_of = government_of
        self.country_of = country_of
        self._doc: str | None = None
        self._last_subject: list[Mention] = []
        #: The passage's programme (loaders.passage.Passage.programme, a heading forgets it), for the
        #: sentence being read.
        self._programme: Mention | None = None
        #: Whether the sentence before opened with a programme as its subject ("It will be ..." is then it).
        self._programme_opened = False
        #: Who raised the round the text reported last ("The round, led by A, ..."), and how many
        #: sentences had been read when it was (see ``_report_round``).
        self._last_recipient: _Group | None = None
        self._sentences_read, self._recipient_read_at = 0, 0
        #: The companies the text made its subject, by how many sentences did: the one that
        #: dominates is what "it" means in a paragraph that has named no subject yet.
        self._subjects_seen: dict[str, tuple[int, Mention]] = {}
        #: How often each investor was a sentence's subject, in the order first seen ("the fund" means the main one).
        self._investors_seen: dict[str, tuple[int, Mention]] = {}
        self._opening_investor: str | None = None
        #: The companies whose takeover a government blocked: nobody in the text bought them.
        self._blocked_targets: set[str] = set()
        #: The public bodies named so far, latest last ("the ministry" means the latest Ministry).
        self._bodies: list[Mention] = []
        #: Whether no sentence of the paragraph so far named a subject, and the line the sentence
        #: before ended on (a blank line after it starts a paragraph).
        self._opens_paragraph, self._last_line = False, 0
        #: The buyer in the acquisition the text reported last ("an inquiry into the purchase").
        self._last_acquisition: _Group | None = None
        #: The funds set up lately ("Its first cheque went to X" after "A launched the B Fund. The fund
        #: will be managed by C."), and when (``_sentences_read``): they are meant for two sentences.
        self._funds_launched: list[Actor] = []
        self._funds_launched_at = 0
        #: The pairs of actors the sentence before related ("The pair then ..." may mean one of them).
        self._previous_ties: set[frozenset[str]] = set()
        #: The members of a programme's cohort just listed ("each receives up to €25M").
        self._members: list[_Group] = []
        #: Discovered organisations by the short name a text uses after the full one ("Kestrel").
        self._short_names: dict[str, Actor] = {}
        #: The names the document's acronyms spell out ("the Sovereign Grid (SG)"): the frames may type
        #: the name as they read its sentence (a programme), and the acronym is what it turned out to be.
        self._spelled_out: dict[str, Mention] = {}
        #: Where the text has placed each organisation, and the organisations of the sentence before
        #: ("The French cloud provider said ...": which of them it means).
        self._places: dict[str, str] = {}
        self._previous_organisations: list[Mention] = []
        #: The investors of the sentence before that may be its acting investor (``_previous_investors``).
        self._previous_investors: list[Mention] = []
        #: The organisations of the last sentences, oldest first (``_AGREEMENT_REACH`` of them).
        self._recent_organisations: list[list[Mention]] = []
        #: The people the text named in full, by surname ("Wierzbicki co-founded ..." after "Tomasz Wierzbicki").
        self._people: dict[str, Actor] = {}
        #: A site the sentence just read glossed as one ("N, a data-center campus"): what "the project" may mean next.
        self._last_site: Mention | None = None
        #: Where this sentence's words pointing back to a site stand ("co-develop the site": no product).
        self._site_words: set[int] = set()
        #: The short names the document defined for its issuer ('("Acme" or "the Company")').
        self._terms = IssuerTerms()
        #: The companies the text described as businesses ("X, a Cambridge start-up"): see ``_company_meant``.
        self._described: set[str] = set()
        #: The first subject of the paragraph being read: what the paragraph is about.
        self._paragraph_opener: str | None = None

    def _report_round(self, group: _Group) -> None:
        """Keep ``group`` as who raised the round just reported, and when: "B also invested" joins
        it only in the sentence after (``_also_invested``)."""
        self._last_recipient, self._recipient_read_at = group, self._sentences_read

    def extract(self, s, cues: list[CueMatch], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
        self._sentences_read += 1
        if s.doc_id != self._doc:
            self._doc, self._last_subject = s.doc_id, []
            self._programme_opened = False
            self._last_recipient, self._members, self._short_names, self._spelled_out = None, [], {}, {}
            self._last_acquisition, self._subjects_seen, self._last_line = None, {}, 0
            self._investors_seen, self._opening_investor, self._bodies = {}, None, []
            self._blocked_targets, self._funds_launched = set(), []
            self._places, self._previous_organisations, self._recent_organisations = {}, [], []
            self._previous_investors = []
            self._terms = IssuerTerms()
            self._people = {}
            self._last_site = None
            self._described, self._paragraph_opener = set(), None
        text = s.text
        self.text, self.evidence, self._programme = text, evidence, s.programme
        #: The name a bullet stands under: the label bullet above it, or its section's heading.
        self._item_parent = s.previous_topic or s.section_body
        if s.line_at(0) > self._last_line + 1:  # a blank line before: a new paragraph
            self._opens_paragraph = True
        self._last_line = s.line_at(len(text))
        mentions = self._governments(text, self._full_names(self._terms.read(text, business_cleaned(text, _cleaned(text, s.mentions, cues)))))
        sites = self._site_anaphora(text, mentions)
        self._site_words = {m.start for m in sites}
        mentions += sites + [m for m in self._programme_anaphora(text, mentions)
                             if not any(k.start < m.end and m.start < k.end for k in sites)]
        self._last_site = next((m for m in reversed(mentions) if m.discovered and _SITE_APPOSITIVE.match(text, m.end)), None)
        mentions = self._surnames(mentions)
        mentions.sort(key=lambda m: m.start)
        _name_programmes(text, mentions)
        mentions = _organisations_programmes(text, mentions)
        _type_public_bodies(text, mentions)
        type_government_units(text, mentions)
        type_quoted_launches(text, mentions)
        type_translated_programmes(text, mentions)
        _type_products(text, mentions)
        glossed, mentions = self._hyphen_glosses(mentions)
        self._cue_starts = frozenset(c.start for c in cues)
        self._read(mentions)
        anaphora = self._anaphora(mentions)
        if anaphora:  # the lists and clause links again, with the words pointing back among the names
            mentions = sorted(mentions + anaphora, key=lambda m: m.start)
            self._read(mentions, {m.start for m in anaphora})
        facts: list[Fact] = (self._products(mentions) + self._possessed(mentions) + self._units(mentions)
                             + [Fact(unit.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.7},
                                     evidence(owner.start, unit.end)) for unit, owner in government_units(text, mentions)]
                             + self._backers() + glossed + possessive_ties(text, mentions, evidence)
                             + portfolio_lists(text, mentions, evidence) + accelerator_batches(text, mentions, evidence)
                             + export_destinations(text, mentions, evidence))
        self.amounts = [a for a in find_amounts(text) if not _NOT_A_DEAL.search(text, max(0, a.start - 16), a.start)
                        and not _VALUED.search(text[max(0, a.start - 40):a.start])]
        self.dates = find_dates(text)
        used: list[tuple[int, int]] = [(m.start, m.end) for m in mentions]
        if ITEM_HEADING.match(text) or reports_a_close(text):
            # a digest's next item, or "F hit first close. A anchored; B put in the rest" (money into
            # F): the round reported before is no longer the one in view
            self._last_recipient = None
        headline_owner = self._headline_round_owner()
        if headline_owner is not None:
            self._report_round(headline_owner)
        facts += self._shorthand_backers(headline_owner)
        may_flow = may_name_a_country_flow(text)  # most sentences: no scan for flows at every capital
        flows = list(_COUNTRY_FLOW.finditer(text)) if may_flow else []
        flow_verbs = {m.start("verb") for m in flows}
        for cue in cues:
            if (any(cue.start < e and cue.end > b for b, e in used) and self._its_owner(cue) is None) \
                    or text[cue.start - 1:cue.start] == "-":
                continue  # "-backed" glosses the name after it (see _hyphen_glosses)
            if "ACQUIRED" in cue.cue.relations and _GOODS_BOUGHT.match(text, cue.end):
                continue  # "now buys V9 systems through Dell": goods bought, no company
            if cue.cue.word.lower() in _TAKING_VERBS and _MONEY_TAKEN.match(text, cue.end):
                cue = replace(cue, cue=replace(cue.cue, frame="raise", relations=("INVESTED_IN", "FUNDS")))
            if cue.cue.word.lower() == "launch" and _LAUNCH_AS_NOUN.match(text, cue.end):
                continue  # "a launch customer of X": a noun describing another, no act
            if "ACQUIRED" in cue.cue.relations and _BLOCKED_BEFORE.search(text, max(0, cue.start - 60), cue.start):
                continue
            if negated(text, cue.start) or makes_no_product(text, cue.cue.word, cue.end):
                continue  # "though neither has been admitted": the act denied; "Y builds on X": no maker
            if cue.cue.word.lower() == "funds" and _FUNDS_AS_NOUN.search(text, max(0, cue.start - 20), cue.start):
                continue  # "with EUR 1 billion in federal funds": money, not "X funds Y"
            if cue.start in flow_verbs:
                continue  # "US investors put $1bn into ... startups": a flow between countries (_country_flows)
            used.append((cue.start, cue.end))
            found = self._cue(cue)
            buyers = [m for f in found if f.type == "ACQUIRED" for g in self.groups for m in g.members
                      if m.actor.id == f.subject.id]
            if buyers:
                self._last_acquisition = _Group(buyers[:1], 0, 0)
            facts += found
        facts += self._restated_objects(facts) + self._as_did(facts) + self._holdings() + self._counted_holders()
        facts += named_customers(text, mentions, self.evidence)
        facts += agreement_counterparties(text, mentions, self.evidence)
        facts += glossed_spin_offs(text, mentions, self.cues.fits, self.evidence)
        # "The ministry prohibited the takeover of B. ... A, which had agreed to buy B, ...": no purchase
        facts = [f for f in facts if f.type != "ACQUIRED" or f.object.id not in self._blocked_targets]
        facts += (self._country_flows(s.mentions, flows) if may_flow else []) + self._its_ticket()
        read = {(f.subject.id, f.type, f.object.id) for f in facts}
        facts += [f for f in deal_item_facts(text, mentions, evidence) if (f.subject.id, f.type, f.object.id) not in read]
        # a programme's owner, unless a verb of the sentence already said who launched it, and when
        stated = {(f.subject.id, f.type, f.object.id) for f in facts}
        facts += [f for f in self._owned_programmes(mentions) + glossed_programme_owners(text, mentions, evidence)
                  + programme_launch_clauses(text, mentions, evidence)
                  if (f.subject.id, f.type, f.object.id) not in stated]
        facts += grants_with_a_place(text, mentions, facts, evidence)
        partners = {frozenset((f.subject.id, f.object.id)) for f in facts if f.type == "PARTNERS_WITH"}
        facts += [f for f in agreement_ties(text, mentions, evidence, lambda lo, hi: self._year(lo, lo, hi)) if frozenset((f.subject.id, f.object.id)) not in partners]
        facts += product_users(text, mentions, facts, evidence)
        self._place_glosses(mentions, s.mentions)
        founders = self._named_founders()
        facts += self._placed_fragment(s.mentions) + founders + self._founders_of_a_possessor()
        facts += _co_investors_of_the_launched_fund(text, mentions, facts, evidence)
        facts += _units_investing_for_their_parents(text, mentions, facts)
        for m in mentions:
            country = self.country_of(m.country_hint) if m.country_hint and m.actor.type in ORGANISATIONS else None
            if country is not None:
                facts.append(Fact(m.actor, "BASED_IN", country, {"confidence": 0.7}, evidence(m.start, m.end)))
        self._remember_places(mentions)
        self._described |= described_companies(text, mentions)
        # "The founders, P and Q, met at X": the sentence is still about the company they founded
        subject = [] if founders else (self._first_subject() or self._still_about(anaphora) or self._investor_or_first_organisation())
        if len(subject) == 1 and subject[0].actor.type == "Investor":
            seen = self._investors_seen.get(subject[0].actor.id, (0, subject[0]))
            self._investors_seen[subject[0].actor.id] = (seen[0] + 1, seen[1])
        # An investor stepping in ("Existing backer X returned", "Existing investors X and Y also
        # returned") does not change what the story is about; one whose own setting up is told
        # ("MGX was set up in 2024 by ...") does.
        # An investor the text opened with ("Abu Dhabi's Q Holdings assembles a portfolio") is what it is about,
        # and so is one a paragraph opens with, alone ("¶ Mubadala has been the most active. In February it led ...").
        if subject and not self._last_subject and len(subject) == 1 and subject[0].actor.type == "Investor":
            self._opening_investor = subject[0].actor.id
        if subject and not (self._last_subject and (
                (all(m.actor.type == "Investor" for m in subject) and not self._investor_opens_paragraph(subject, mentions))
                or _INVESTORS_BEFORE.search(
                text, max(0, subject[0].start - 30), subject[0].start)) and not introduced_as_set_up(text, subject[-1].end)
                and subject[0].actor.id != self._opening_investor):
            if self._opens_paragraph:
                self._paragraph_opener = subject[0].actor.id
            self._last_subject, self._opens_paragraph = subject, False
            if len(subject) == 1 and subject[0].actor.type in _STORY_TYPES and not _quoted_first_person(text, subject[0]):
                seen = self._subjects_seen.get(subject[0].actor.id, (0, subject[0]))
                self._subjects_seen[subject[0].actor.id] = (seen[0] + 1, seen[1])
        self._bodies = (self._bodies + [m for m in mentions if m.actor.type == "Government"])[-12:]
        self._programme_opened = bool(mentions) and mentions[0].actor.type == "Program" and bool(
            _PROGRAMME_OPENS.fullmatch(text, 0, mentions[0].start))
        launched = [f.object for f in facts if f.type in ("LAUNCHED", "FOUNDED") and _FUND_WORD.search(f.object.name)]
        if launched:
            self._funds_launched, self._funds_launched_at = launched, self._sentences_read
        self._previous_ties = {frozenset((f.subject.id, f.object.id)) for f in facts}
        return facts

    def _investor_opens_paragraph(self, subject: list[Mention], mentions: list[Mention]) -> bool:
        """True if a paragraph with no subject yet opens on one investor, first named in a sentence about
        it alone ("Abu Dhabi's Mubadala has been the most active."): the paragraph is about it, and its "it"
        means it, though an investor joining a round ("Sequoia also took part", "Existing investors
        including A took part") does not change what a story is about."""
        # "its first vehicle" points back to the investor itself: no other organisation
        return self._opens_paragraph and len(subject) == 1 and mentions[:1] == subject and not _JOINING.search(
            self.text) and all(m.actor.id == subject[0].actor.id for m in mentions if m.actor.type in ORGANISATIONS)

    def _read(self, mentions: list[Mention], anaphora: frozenset[int] | set[int] = frozenset()) -> None:
        """The sentence's names grouped into lists, and the appositives after them."""
        self._employers = _employers_in_posts(self.text, mentions)
        self.groups, self.links = _groups(self.text, mentions, anaphora, self._employers, self._cue_starts)
        fronted = _FRONTED_ALSO.match(self.text)
        self.appositives = _relatives_of_the_outer_host(self.text, [
            (g, a, b) for g in self.groups if not _FRONTED_PLACE.fullmatch(self.text, 0, g.start)
            and not (fronted and g.end <= fronted.end(1))
            for a, b in _appositives_after(self.text, g.end, past_spelling=True)
            if not self._main_clause_after_a_fronted_one(g, a)])

    def _main_clause_after_a_fronted_one(self, g: _Group, comma: int) -> bool:
        """"Since the US restricted exports to China, the Group has sourced chips from B": the
        comma after a name ending a fronted subordinate clause closes that clause; "the Group has
        ..." is the main clause's subject and verb, not an appositive describing China."""
        return bool(_FRONTED_SUBORDINATE.fullmatch(self.text, 0, g.start) and _SUBJECT_AND_VERB.match(self.text, comma))

    # -- names ------------------------------------------------------------------------------

    def _anaphora(self, mentions: list[Mention]) -> list[Mention]:
        """"it", "its", "the company", "the German software group": the organisation they
        point back to, as a mention where the words stand (a nationality in the description
        says where it is based)."""
        text, out = self.text, []
        taken = [(m.start, m.end) for m in mentions]
        found = [(m, False) for m in _PRONOUN.finditer(text) if not _EXPLETIVE.match(text, m.end())]
        out += self._they(text, taken)
        found += [(m, True) for m in _DESCRIPTION.finditer(text)
                  if not any(k.start >= m.end() and not text[m.end():k.start].strip() for k in mentions)]
        described_owners = list(_DESCRIBED_ROUND_OWNER.finditer(text))
        owners = {m.start() for m in described_owners}
        found += [(m, True) for m in described_owners]
        # "..., the company said": a reported-speech tag, not a participant; "The French cloud
        # provider said ...", opening the sentence, still says where its referent is
        # "Founded in 2022 by P, the Mexico City company says ...": after a fronted participle the
        # description is the main clause's subject too
        found = [(m, d) for m, d in found if not _SAYS.match(text, m.end())
                 or (d and (m.start() == 0 or _FRONTED_PARTICIPLE.fullmatch(text, 0, m.start())))]
        # "set up its Sovereign Unit": "its" before a name only determines it; the name is the object
        found = [(m, d) for m, d in found if d or not any(k.start == m.end() + 1 for k in mentions)]
        for match, description in found:
            # "the U.S. chip maker": a country inside a description is its place, not a name taking the words
            inside = [k for k in mentions if description and k.actor.type == "Country"
                      and match.start() <= k.start and k.end <= match.end()]
            if any(a < match.end() and match.start() < b for a, b in taken if (a, b) not in {(k.start, k.end) for k in inside}):
                continue
            words = match.group(1).split() if description else []
            # "the German software group", "the Paris-based model developer"
            hint = next((code for w in words for code in [DEMONYMS.get(w) or CITY_COUNTRY.get(w.removesuffix("-based"))]
                         if code), None) or next((k.actor.country for k in inside), None)
            host = _described_host(text, match, mentions) if description and match.start() not in owners else None
            kinds = _HEAD_KINDS.get(match.group(0).split()[-1].lower()) if description else None
            if host is not None and kinds is None and hint is None:
                continue  # "Humain, the AI company owned by PIF": it restates the name, points nowhere else
            referent = host if host is not None and (kinds or self._place_of(host) in (None, hint)) else (
                self._placed_referent(match.start(), hint, mentions, _names_a_startup(match)) if hint else None)
            if referent is None:
                referent = self._referent(match.start(), description)
            if referent is None and match.start() in owners:
                # "A led the chipmaker's series C": the round's owner is the company the text is on, not A
                referent = self._pointed_back(match.start())
            if description and referent is not None:
                referent = self._agreeing(referent, match.group(0), match.start(), hint)
            if referent is None:
                continue
            if hint and self._place_of(referent) not in (None, hint):
                hint = None  # "the U.S. chip maker" does not move a company known to be elsewhere
            out.append(replace(referent, start=match.start(), end=match.end(), after=match.end(),
                               surface=match.group(0), country_hint=hint))
        return out + self._described_investors(text, taken) + self._described_bodies(text, taken)

    def _described_bodies(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """"the ministry cleared X's purchase", "the office opened a review": the latest public
        body named (in this sentence or before) whose name holds the head word; "the regulator"
        and "the watchdog" mean the latest body whatever its name."""
        out = []
        for match in _BODY_DESCRIPTION.finditer(text):
            if _names_next(text, match, taken):
                continue
            referent = self._body_named(match.group(2).lower(), [m for g in self.groups if g.end <= match.start()
                                                                 for m in g.members if m.actor.type == "Government"],
                                        field=match.group(1))
            if referent is not None:
                out.append(replace(referent, start=match.start(), end=match.end(), after=match.end(),
                                   surface=match.group(0), country_hint=None))
        return out

    def _body_named(self, head: str, later: list[Mention] | None = None, field: str = "") -> Mention | None:
        """The latest public body named before (or among ``later``, this sentence's bodies so far)
        whose name holds ``head`` ("the ministry"); "the regulator" means the latest whatever its name.
        Words before the head that name a field pick the body of that field: "the economy ministry"
        is the Ministry for Economic Affairs even after another country's commerce ministry."""
        named = [m for m in self._bodies + (later or []) if head in _ANY_BODY or head in m.actor.name.lower()]
        of_field = [m for m in named if field.strip() and names_field(m.actor.name, field)]
        named = of_field or named
        # The body the story keeps naming outweighs one named once in passing ("China's commerce
        # ministry said ..." inside a story on Germany's ministry); on a tie, the latest.
        # "The regulator" is the one just named, whatever its name.
        times = Counter(m.actor.id for m in named) if head not in _ANY_BODY else Counter()
        return max(reversed(named), key=lambda m: times[m.actor.id], default=None)

    def _described_investors(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """"Closer to home, the fund completed the acquisition of X", "the vehicle bought a stake":
        a description whose head is an investor's means the investor latest named before it in
        its sentence, else the investor the text has made its subject most often (the first one
        on a tie: the story's own). Right after a comma it is an appositive describing the name
        before, no word pointing back."""
        out = []
        for match in _INVESTOR_DESCRIPTION.finditer(text):
            if any(b == match.start() - 2 for _, b in taken) or _names_next(text, match, taken):
                continue
            named = [g for g in self.groups if g.end <= match.start() and len(g.members) == 1
                     and g.members[0].actor.type == "Investor" and not self._governed(g)]
            # "... through the Alexa Fund, Amazon's venture arm. The fund co-led a round": the sentence before's
            previous = self._previous_investors
            referent = named[-1].members[0] if named else previous[-1] if len(previous) == 1 else self._main_investor()
            if referent is not None:
                out.append(replace(referent, start=match.start(), end=match.end(), after=match.end(),
                                   surface=match.group(0), country_hint=None))
        return out

    def _main_investor(self) -> Mention | None:
        """The investor the text has made its subject most often, at least twice (the first one
        on a tie: the story's own)."""
        ranked = sorted(self._investors_seen.values(), key=lambda seen: -seen[0])
        return ranked[0][1] if ranked and ranked[0][0] >= 2 else None

    def _placed_fragment(self, mentions: list[Mention]) -> list[Fact]:
        """"Based in Oslo, Norway.": a profile's fragment placing the company it is about."""
        place = _PLACE_FRAGMENT.match(self.text)
        if place is None:
            return []
        code = self._country_code(place.group(1), place.start(1), mentions)
        country = self.country_of(code) if code else None
        company = self._fragment_subject(0)
        if country is None or company is None or company.members[0].actor.type not in ("Startup", "Company"):
            return []
        return [Fact(company.members[0].actor, "BASED_IN", country, {"confidence": 0.6}, self.evidence(0, place.end()))]

    def _named_founders(self) -> list[Fact]:
        """"The founders, P and Q, met at ...", "Its co-founder, P, ...": the people the opening
        appositive names founded the company the text is about."""
        opening = _FOUNDERS_OPENING.match(self.text)
        if opening is None:
            return []
        people = next((g for g in self.groups if g.start >= opening.end()), None)
        if people is None or not _FOUNDERS_OPENING.fullmatch(self.text[:people.start]) or any(
                m.actor.type != "Person" for m in people.members):
            return []
        company = self._fragment_subject(0)
        if company is None or company.members[0].actor.type not in ("Startup", "Company"):
            return []
        return [Fact(p.actor, "FOUNDED", company.members[0].actor, {"confidence": 0.6}, self.evidence(p.start, p.end))
                for p in people.members]

    def _founders_of_a_possessor(self) -> list[Fact]:
        """"A's two founders, P and Q, will join B": the people right after "A's founders" founded A."""
        facts = []
        for company, people in zip(self.groups, self.groups[1:], strict=False):
            link = _FOUNDERS_OF.match(self.text, company.end)
            if (link is None or link.end() != people.start or len(company.members) != 1
                    or company.members[0].actor.type not in ("Startup", "Company")
                    or any(m.actor.type != "Person" for m in people.members)):
                continue
            facts += [Fact(p.actor, "FOUNDED", company.members[0].actor, {"confidence": 0.6}, self.evidence(company.start, p.end))
                      for p in people.members]
        return facts

    def _surnames(self, mentions: list[Mention]) -> list[Mention]:
        """News names a person in full once, then by surname alone (a post or letter by given name
        alone): a one-word name discovered where a person named before has that surname or given
        name is that person, no organisation; unless it is
        the short name of an organisation the text named in full ("Halvorsen Labs, founded by Ingrid
        Halvorsen ... Halvorsen bought X": the company named after its founder)."""
        out = []
        for m in mentions:
            short = self._short_names.get(m.surface) is m.actor
            person = self._people.get(m.surface) if m.discovered and " " not in m.surface and not short else None
            out.append(replace(m, actor=person) if person is not None else m)
            if m.actor.type == "Person" and " " in m.surface:
                given, *_, surname = m.surface.split()
                self._people[surname] = m.actor
                self._people.setdefault(given, m.actor)
        return out

    def _they(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """"They", "their": the one company the sentences before were about, when it is one."""
        focus = self._focus()
        if focus is None or focus.actor.type not in _STORY_TYPES:
            return []
        return [replace(focus, start=m.start(), end=m.end(), after=m.end(), surface=m.group(0), country_hint=None)
                for m in _THEY.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)]

    def _restated_objects(self, facts: list[Fact]) -> list[Fact]:
        """"Besides X, the fund has invested in Y": what the clause says of Y it says of X too."""
        fronted = _FRONTED_ALSO.match(self.text)
        if fronted is None:
            return []
        also = [m for g in self.groups if g.end <= fronted.end(1) for m in g.members if m.actor.type in ORGANISATIONS]
        said = {(f.subject.id, f.type): f for f in facts if f.type in _RESTATED
                and f.evidence is not None and f.subject.id not in {m.actor.id for m in also}}
        return [Fact(f.subject, f.type, m.actor, {"confidence": 0.6}, self.evidence(m.start, m.end))
                for f in said.values() for m in also if self.cues.fits(f.type, f.subject.type, m.actor.type)]

    def _remember_places(self, mentions: list[Mention]) -> None:
        """Where each organisation of the sentence is known to be, and the organisations it named."""
        organisations = [m for m in mentions if m.actor.type in ORGANISATIONS]
        for m in organisations:
            place = m.country_hint or m.actor.country
            if place:
                self._places.setdefault(m.actor.id, place)
        self._previous_organisations = organisations
        self._previous_investors = [m for m in organisations if m.actor.type == "Investor"
                                    and not _PASSIVE_RELATIVE_AGENT.search(self.text, max(0, m.start - 40), m.start)]
        heads = [m for m in organisations if not self._in_an_appositive(m.start)]
        self._recent_organisations = (self._recent_organisations + [heads])[-_AGREEMENT_REACH:]

    def _placed_referent(self, pos: int, country: str, mentions: list[Mention], startup: bool) -> Mention | None:
        """The organisation a description with a place means ("the U.S. chip maker", "The French
        cloud provider"): the latest one known to be there, named before it in the sentence, or at
        the sentence's start the one the text was about or one the sentence before named. "The
        Bengaluru-based startup" is never the investor the headline named beside it."""
        before = [m for m in mentions if m.end <= pos and m.actor.type in ORGANISATIONS]
        opening = not self.text[:pos].strip(" \"'“‘")
        if opening:
            before = [m for m in self._previous_organisations if m is not self._focus()] + [self._focus()]
        placed = next((m for m in reversed(before) if m is not None and self._place_of(m) == country
                       and not (startup and m.actor.type == "Investor")), None)
        focus = self._focus()
        if (opening and placed is not None and placed.actor.type == "Investor" and focus is not None
                and focus.actor.type in ("Startup", "Company") and self._place_of(focus) is None):
            # "(Radical led; CPP Investments followed on.) The Montreal company makes ...": the
            # company the text is on, its place not yet known, not a backer the deal named in passing
            return focus
        return placed

    def _place_of(self, m: Mention) -> str | None:
        return self._places.get(m.actor.id) or m.actor.country

    def _agreeing(self, referent: Mention, description: str, pos: int, place: str | None) -> Mention | None:
        """``referent`` if it is of a kind the description's head noun allows, else the nearest
        organisation before ``pos`` that is ("Microsoft invested in the start-up's round": the
        start-up named before, not Microsoft), in its sentence or the few before, known to be in
        the description's ``place`` if it names one, and not one an appositive names ("A, the rival
        of B"); none if no organisation of that kind was named lately (a wrong guess is
        worse than none)."""
        kinds = _HEAD_KINDS.get(description.split()[-1].lower())
        if kinds is None or referent.actor.type in kinds:
            return referent
        here = [m for g in self.groups if g.end <= pos for m in g.members if not self._in_an_appositive(m.start)]
        named = [m for sentence in self._recent_organisations for m in sentence] + here
        return next((m for m in reversed(named) if m.actor.type in kinds
                     and (place is None or self._place_of(m) == place)), None)

    def _governing_body(self, lo: int, pos: int) -> _Group | None:
        """The last government named alone in the clause from ``lo`` before the object "its" at
        ``pos``: the organisations a pronoun may mean leave governments out, yet a government's
        "its" is its own."""
        if _PREPOSITION_BEFORE.search(self.text, max(lo, pos - 12), pos):
            return None  # "providing grants under its programme": an adjunct's owner, left to the usual reading
        return next((g for g in reversed(self.groups) if lo <= g.start and g.end <= pos and len(g.members) == 1
                     and g.members[0].actor.type == "Government"), None)

    def _referent(self, pos: int, description: bool) -> Mention | None:
        """What a pronoun or description at ``pos`` means. A possessive "its" is its clause's
        subject; "it" and a description name someone else than that subject (the latest
        organisation before them); at a sentence's start, the organisation the text is about."""
        before = [g for g in self.groups if g.end <= pos and len(g.members) == 1
                  and g.members[0].actor.type in ORGANISATIONS and not self._governed(g) and not self._in_appositive(g, pos)
                  and not (description and g.members[0].actor.type == "University")  # "the company" is no university
                  # "B first invested at the Series A, when the company raised ...": nor an investor
                  and not (description and g.members[0].actor.type == "Investor" and _A_COMPANY.match(self.text, pos))]
        lo, _ = self._clause(pos)
        local = [g for g in before if g.start >= lo and not self._in_appositive(g, pos)]
        if not description and _IT_OBJECT.match(self.text, pos) and not _IT_SUBJECT.match(self.text, pos + 2):
            # "The department picked V ..., awarding it N": the object "it" is the verb's object V
            local = [g for g in local if not _VERB_BEFORE_OBJECT.search(self.text, max(0, g.start - 20), g.start)]
        host = self._host(pos, of_a_thing=True)
        subject = host or (local[-1] if local else None)
        body = self._governing_body(lo, pos) if not description and self.text[pos:pos + 3].lower() == "its" else None
        if body is not None and (subject is None or body.start > subject.start):
            return body.members[0]  # "The city government set up its AI fund": the government's own
        if subject is not None and not description and (self.text[pos:pos + 3].lower() == "its" or _SAID_THAT.search(
                self.text, max(0, pos - 40), pos)):
            return subject.members[0]  # "X will keep its brand", "X said on Monday it had ..."
        if not description and _IT_SUBJECT.match(self.text, pos + 2):
            # "it" as a subject means the sentence's subject ("P, a scheme it launched"), else
            # what the sentences before were about ("The company said it had also acquired Y")
            main = self._main_subject(pos)
            return main.members[0] if main is not None else self._pointed_back(pos)
        others = [g for g in before if (subject is None or g.members[0].actor.id != subject.members[0].actor.id)
                  and not self._in_appositive(g, pos)]
        if not before and not description:
            # "awarded €85mn to X, ..., making it one of ...": an object "it" means the latest
            # organisation of its sentence, whatever governs that one
            governed = [g for g in self.groups if g.end <= pos and len(g.members) == 1
                        and g.members[0].actor.type in ORGANISATIONS and not _IT_SUBJECT.match(self.text, pos + 2)]
            if governed:
                return governed[-1].members[0]
        if not description and not others and not _IT_SUBJECT.match(self.text, pos + 2):
            programme = next((g.members[0] for g in reversed(self.groups) if g.end <= pos and len(g.members) == 1
                              and g.members[0].actor.type == "Program"), None)
            if programme is not None:
                return programme  # "M launched the P programme and has allocated $5m to it": P, no other party
        if others:
            return others[-1].members[0]
        if description and _A_COMPANY.match(self.text, pos):
            return self._company_meant(pos)
        return self._pointed_back(pos) if not before else None

    def _company_meant(self, pos: int) -> Mention | None:
        """What "the company" or "the startup" at ``pos`` means when its sentence names no other
        company before it ("Harcastle bought into the company", "The company has also received ...").
        The company the sentences before were about (see ``_pointed_back``), unless the story is
        about another, named lately, and that one was named in passing: never described as a company,
        nor the subject its paragraph opened on (a customer: "BT is testing the chips. The company has
        also received ..." is the story's company). If they were about no company (an investor, two
        subjects), the story's company named lately, else the latest company the last sentences
        described as one, or one its own sentence names as an owner ("Ledgerline's agent runs ...,
        and the company signed"). Never one its sentence names before it otherwise: the subject of
        "bought into the company" is not what it bought."""
        before = [g for g in self.groups if g.end <= pos]
        here = {m.actor.id for g in before if not self._owns(g) for m in g.members}
        owners = [g.members[0] for g in before if self._owns(g) and g.members[0].actor.type in _STORY_TYPES]
        focus, story = self._pointed_back(pos), self._story()
        in_view = story is not None and story.actor.id not in here and any(
            m.actor.id == story.actor.id for sentence in self._recent_organisations for m in sentence)
        if focus is not None and focus.actor.type in _STORY_TYPES and focus.actor.id not in here:
            passing = focus.actor.id not in self._described and focus.actor.id != self._paragraph_opener
            return story if in_view and passing else focus
        if in_view:
            return story
        recent = [m for sentence in self._recent_organisations for m in sentence
                  if m.actor.id in self._described and m.actor.id not in here] + owners
        return recent[-1] if recent else None

    def _main_subject(self, pos: int) -> _Group | None:
        """The first organisation or government before ``pos`` that is a subject: no
        preposition governs it, no appositive holds it, it owns nothing ("X's")."""
        return next((g for g in self.groups if g.end <= pos and len(g.members) == 1
                     and g.members[0].actor.type in _PRONOUN_TYPES and not self._governed(g)
                     and not self._in_appositive(g, pos) and not self._owns(g)), None)

    def _verb_subject_before(self, pos: int) -> _Group | None:
        """The organisation before ``pos`` that opens a clause (at the sentence's start or after a
        comma) and is followed by its verb ("..., Vaakya develops"); not one a by-phrase or a
        description names ("by former IIT researchers")."""
        return next((g for g in self.groups if g.end <= pos and g.members[0].actor.type in ORGANISATIONS
                     and _FINITE_VERB_AFTER.match(self.text, g.end) and _opens_a_clause(self.text, g.start)), None)

    def _owns(self, g: _Group) -> bool:
        """True if ``g`` is a possessor ("X's"); "it's" is "it is"."""
        return bool(_APOSTROPHE_S.match(self.text, g.end)) and g.members[-1].surface.lower() != "it"

    def _as_did(self, facts: list[Fact]) -> list[Fact]:
        """"A and B also took part in the round, as did C": C is one more subject of each fact A has
        before the "as did"."""
        out: list[Fact] = []
        for did in _AS_DID.finditer(self.text):
            also = next((g for g in self.groups if g.start == did.end()), None) or self._described_person_at(did.end())
            doers = {m.actor.id for g in self.groups if g.end <= did.start() for m in g.members}
            if also is None:
                continue
            for f in facts:
                if f.subject.id not in doers or f.type not in _RESTATED:
                    continue
                for m in also.members:
                    actor = replace(m.actor, type="Investor", kind="fund") if (
                        f.type == "INVESTED_IN" and _named_fund(m)) else m.actor  # "as did the X Fund"
                    if actor.id != f.object.id and self.cues.fits(f.type, actor.type, f.object.type):
                        out.append(Fact(actor, f.type, f.object, {"confidence": 0.6}, self.evidence(m.start, m.end)))
        return list({(f.subject.id, f.type, f.object.id): f for f in out}.values())

    def _person_listed_after(self, g: _Group) -> list[_Group]:
        """The people listed right after the organisations of ``g``, maybe past the firm their post
        is at ("from Partech and Mistral AI co-founder P"): a list of backers names people too,
        though a list of names holds one kind."""
        after = [h for h in self.groups if h.start >= g.end and not all(m in self._employers for m in h.members)][:1]
        return [h for h in after if all(m.actor.type == "Person" for m in h.members)
                and _COORD.match(self.text[g.end:h.start])]

    def _described_person_at(self, pos: int) -> _Group | None:
        """The person named at ``pos`` after what they are or were ("as did angel investor and former
        Allianz board member P"): a person's description holds no second doer."""
        return next((g for g in self.groups if g.start > pos and g.members[0].actor.type == "Person"
                     and _PERSON_DESCRIPTION.fullmatch(self.text, pos, g.start)), None)

    def _possessor_of_noun(self, cue: CueMatch) -> _Group | None:
        """The name whose "'s" stands right before a cue that is a noun of an act ("QIA's investment",
        "Commerce's launch of P")."""
        if cue.cue.word.lower().split()[0] not in _ACT_NOUNS:
            return None
        return next((g for g in self.groups if g.end < cue.start and len(g.members) == 1
                     and _POSSESSIVE_BEFORE_NOUN.fullmatch(self.text, g.end, cue.start)), None)

    def _owned_by_an_unknown(self, cue: CueMatch) -> bool:
        """True if the cue is a noun of an act owned by a name nobody knows ("It followed Brussels's
        launch of P"): the possessor did the act, so the clause's subject (or the one before) did not."""
        owner = _OWNER_OF_THE_NOUN.search(self.text, max(0, cue.start - 60), cue.start) \
            if cue.cue.word.lower().split()[0] in _ACT_NOUNS else None
        return owner is not None and not any(g.start < owner.end("owner") and owner.start() < g.end for g in self.groups)

    def _holdings(self) -> list[Fact]:
        """"X owns 12% of Y", "X's stake in Y": the owner invested in the company it holds (bought
        it, for a majority); the owner is the clause's subject, or the name right before "'s"."""
        facts = []
        for h in find_holdings(self.text):
            # "a 9 per cent stake in French robotics developer X", "in Paris-based Y": a descriptor may come first
            held = next((g for g in self.groups if g.start >= h.end and _DESCRIBED.fullmatch(self.text, h.end, g.start)), None)
            owner = (next((g.members[-1:] for g in self.groups if g.end == h.start), None) if h.possessive
                     else getattr(self._subject(h.start), "members", None))
            if held is None or not owner:
                continue
            # "a stake in A, and B's stake in C": a name owning the next stake is no second company held
            companies = [t for t in held.members if not _POSSESSIVE_GAP.match(self.text, t.end)]
            # "The pair formed a joint venture, C; A owns 60% of it": a parent's share of a venture it
            # set up is its investment, however large, not a takeover
            relation = "INVESTED_IN" if h.relation in ("ACQUIRED", "SUBSIDIARY_OF") and JOINT_VENTURE.search(self.text) else h.relation
            # a majority held makes the held company the owner's unit: it is the subject then
            ends = [((t, a) if relation == "SUBSIDIARY_OF" else (a, t), a.start, t.end) for a in owner for t in companies]
            held_facts = [Fact(subj.actor, relation, obj.actor, {"confidence": 0.7}, self.evidence(lo, hi))
                          for (subj, obj), lo, hi in ends
                          if subj.actor.id != obj.actor.id and self.cues.fits(relation, subj.actor.type, obj.actor.type)]
            if held_facts and relation == "INVESTED_IN" and not h.possessive:
                self._last_recipient = held  # "A took a 9% stake in B. C and D also took part": B's round
            facts += held_facts
        return facts

    def _counted_holders(self) -> list[Fact]:
        """"The group counts A and B as minority shareholders": A and B invested in the subject;
        "the startup counts A as a pilot customer": A and the subject work together."""
        facts = []
        for verb, lo, hi, relation in counted_holders(self.text):
            owner = self._subject(verb)
            if owner is None or len(owner.members) != 1:
                continue
            held = owner.members[0]
            # a "programme" holding shares ("the X Investment Fund") is an investing body
            holders = [replace(m.actor, type="Investor", kind="fund")
                       if m.actor.type == "Program" and relation == "INVESTED_IN" else m.actor
                       for g in self.groups if lo <= g.start and g.end <= hi and not self._in_appositive(g, verb)
                       for m in g.members]
            facts += [Fact(a, relation, held.actor, {"confidence": 0.7}, self.evidence(held.start, hi))
                      for a in holders if a.id != held.actor.id and self.cues.fits(relation, a.type, held.actor.type)]
        return facts

    def _still_about(self, anaphora: list[Mention]) -> list[Mention]:
        """"Its X model competes with A and B": with no subject of its own but a word pointing back
        to what the text is about, the sentence stays about it (A and B are only objects)."""
        about = {m.actor.id for m in self._last_subject}
        points_back = _OPENS_WITH_ITS.match(self.text) or any(a.actor.id in about for a in anaphora)
        return self._last_subject if points_back else []

    def _unit_named_before(self, g: _Group) -> bool:
        """"a partnership with Google Cloud, under which it will train its models on Google's TPUs": a
        parent's bare name after its unit's ("Google" after "Google Cloud") speaks of that unit again."""
        names = {m.actor.name for m in g.members}
        return any(m.actor.name.startswith(f"{name} ") for other in self.groups if other.end <= g.start
                   for m in other.members for name in names)

    def _investor_or_first_organisation(self) -> list[Mention]:
        """"V made six investments. The largest were a participation in the Series B of X, ...": a
        sentence with no subject of its own that tells of other companies' rounds is still about the
        investor the text was on, who made them (its next "It also followed on" is the investor's);
        otherwise the first organisation it names (found once for both readings)."""
        first = self._first_organisation()
        if not (first and len(self._last_subject) == 1 and self._last_subject[0].actor.type == "Investor"):
            return first
        return self._last_subject if _ROUND_OF_BEFORE.search(self.text, max(0, first[0].start - 60), first[0].start) else first

    def _own_channel(self, g: _Group) -> bool:
        """"through its Vision Fund 2": the investor's own vehicle, named after "through its"."""
        return bool(_OWN_CHANNEL_BEFORE.search(self.text, max(0, g.start - 24), g.start))

    def _through_own_vehicle(self, cue: CueMatch, agent: _Group, channel: _Group) -> list[Fact]:
        """"SoftBank committed $2.5 billion through its Vision Fund 2", said after a round: the
        investor backs the round just reported, and the vehicle ("its") is the investor's own."""
        owned = [Fact(v.actor, "SUBSIDIARY_OF", a.actor, {"confidence": 0.7}, self.evidence(agent.start, channel.end))
                 for v in channel.members for a in agent.members[:1] if v.actor.id != a.actor.id
                 and self.cues.fits("SUBSIDIARY_OF", v.actor.type, a.actor.type)]
        return owned + self._joined_round(cue.meaning("INVESTED_IN"))

    def _source_of_money(self, g: _Group) -> bool:
        """"commits €1bn of Exchequer funding", "£5m of Acme money": whose money it is, no recipient."""
        return bool(re.search(r"\bof\s+$", self.text[max(0, g.start - 4):g.start])) and bool(_MONEY_NOUN.match(self.text, g.end))

    def _item_subject(self, pos: int) -> _Group | None:
        """Who acts in a note that opens on its verb ("- Invested $3M in B.", "2) Acquired C"): notes
        under a name drop their subject, which is the name they stand under (a label line, a heading
        that is the name alone). Not the last subject of the prose: after a note it is the note's
        object ("- Led a round in B. - Invested in C": B invested in nothing)."""
        if not _BULLET_OPENING.match(self.text) or not _opens_the_sentence(self.text, pos):
            return None
        under = [m for m in self._item_parent if m.actor.type in ORGANISATIONS][:1]
        return _Group([replace(under[0], start=pos, end=pos, after=pos)], pos, pos) if under else None

    def _noted_subject(self, pos: int) -> _Group | None:
        """What a note under a name says its participle of ("* B (London) — $95M Series A" then "-
        Founded in 2024 by P and Q."): the name it stands under, else the company whose round the
        notes follow. Not any other subject of the notes before: "- Led by A." makes the
        investor A no company that was founded."""
        under = self._item_subject(pos)
        if under is not None:
            return under
        recipient = self._last_recipient.members if self._last_recipient is not None else []
        return _Group([replace(recipient[0], start=pos, end=pos, after=pos)], pos, pos) if len(recipient) == 1 else None

    def _fragment_subject(self, pos: int) -> _Group | None:
        """What "Founded in 2024 by P and Q." says its thing of, standing alone: the start-up the
        text is about, else the one whose round it reported last (an investor or a customer may
        have been the subject since), else whatever the text is about."""
        focus = self._focus()
        recipient = self._last_recipient.members if self._last_recipient is not None else []
        chosen = (focus if focus is not None and focus.actor.type == "Startup"
                  else recipient[0] if len(recipient) == 1 else focus)
        return _Group([replace(chosen, start=pos, end=pos, after=pos)], pos, pos) if chosen is not None else None

    def _focus(self) -> Mention | None:
        """The organisation the sentences before were about."""
        return self._last_subject[0] if len(self._last_subject) == 1 else None

    def _pointed_back(self, pos: int) -> Mention | None:
        """What "it" or "the company" at ``pos`` means when its sentence named no organisation
        before it: the sentences before's, unless a new paragraph that has named no subject yet
        returns to the company the story is about ("Google did not take part. ¶ The company is
        also buying. Last month it completed the purchase of X": the story's company bought X); not
        while the round the sentences before reported is still the focus's ("X raised £32m led by A. ¶
        B invested alongside A. So did C, which has put £5m into the company": X's round, X)."""
        story = self._story()
        if story is not None and self._opens_paragraph and self._last_subject \
                and all(m.actor.id != story.actor.id for m in self._last_subject) \
                and not any(g.end <= pos and g.members[0].actor.type in ORGANISATIONS for g in self.groups) \
                and not self._round_of_the_focus():
            return story
        return self._focus()

    def _round_of_the_focus(self) -> bool:
        """True if the round last reported was raised by the organisation the sentences before were about."""
        focus = self._focus()
        return focus is not None and self._last_recipient is not None and any(
            m.actor.id == focus.actor.id for m in self._last_recipient.members)

    def _story(self) -> Mention | None:
        """The company the text made its subject most often, if it dominates: three times or more,
        and twice as often as any other (a roundup or a two-company story has none)."""
        ranked = sorted(self._subjects_seen.values(), key=lambda seen: -seen[0])
        if not ranked or ranked[0][0] < 3 or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
            return None
        return ranked[0][1]

    def _governed(self, g: _Group) -> bool:
        """True if a preposition governs ``g`` ("by A", "in B"): it is no clause's subject."""
        return bool(_PREPOSITION.search(self.text, max(0, g.start - 14), g.start))

    def _products(self, mentions: list[Mention]) -> list[Fact]:
        """"Velmora's flagship product, Ledgerline", "Ruunik, whose speech model Kone-2": the
        company develops the product (a discovered name there is a model)."""
        facts = []
        pairs = [(owner, product) for owner, product in zip(mentions, mentions[1:], strict=False)
                 if (_PRODUCT_OF.fullmatch(self.text, owner.end, product.start) or (
                     product.actor.type == "Model" and _MAKERS_MODEL.fullmatch(self.text, owner.end, product.start)))
                 and not _BUILT_ON_IT.match(self.text, product.end)]
        for product in mentions:
            maker = self._maker_in_name(product, mentions)
            if maker is not None:  # "Humain Chat 2", "Qiansuo-Drive": a product named after its maker
                pairs.append((maker, product))
                continue
            if product.actor.type == "Model" and _MODEL_AFTER.match(self.text, product.end):
                pairs += [(owner, product) for owner in mentions[:mentions.index(product)][-3:]
                          if _WHOSE_PRODUCT_GLOSS.fullmatch(self.text, owner.end, product.start)]
            named_after = _OWNERS_PRODUCT.match(self.text, product.end) or (
                product.actor.type == "Model" and _ITS_BEFORE.search(self.text, max(0, product.start - 30), product.start)
                and _MODEL_AFTER.match(self.text, product.end)) or (
                product.actor.type == "Model" and _CALLED_PRODUCT.search(self.text, max(0, product.start - 90), product.start))
            described = product.actor.type == "Model" and _DESCRIBED_OWNER.search(self.text, max(0, product.start - 40), product.start)
            if described and not named_after:  # "a deal with AMD covering the chipmaker's X chips"
                owner = self._described_owner(product.start, mentions)
                pairs += [(owner, product)] if owner is not None else []
            if named_after:  # "Loupe-2, its first model", "sells its Loupe-2 model": the sentence's subject, else the story's
                main = self._main_subject(product.start)
                owner = main.members[0] if main is not None else self._focus()
                pairs += [(owner, product)] if owner is not None else []
        for owner, product in pairs:
            if owner.actor.type not in _DEVELOPER_TYPES:
                continue
            if self.cues.fits("DEVELOPS", owner.actor.type, product.actor.type):
                facts.append(Fact(owner.actor, "DEVELOPS", product.actor, {"confidence": 0.7},
                                  self.evidence(owner.start, product.end)))
        return facts

    def _described_owner(self, pos: int, mentions: list[Mention]) -> Mention | None:
        """Who "the chipmaker's" before ``pos`` means: the latest company the sentence named, else
        the one the sentences before were about; a name with a version number ("TESS-1") is a
        product, however discovery typed it, so no maker."""
        named = [m for m in mentions if m.end <= pos and m.actor.type in _STORY_TYPES and not _VERSIONED.search(m.actor.name)]
        return named[-1] if named else self._focus()

    def _maker_in_name(self, product: Mention, mentions: list[Mention]) -> Mention | None:
        """The organisation of the sentence, or the one the text is about, whose name opens the
        name of the model ``product`` ("Humain Chat 2", "Qiansuo-Drive")."""
        if product.actor.type != "Model":
            return None
        return _maker_named_in(product, [m for m in mentions if m.actor.type in _DEVELOPER_TYPES] + self._last_subject)

    def _possessed(self, mentions: list[Mention]) -> list[Fact]:
        """"Acme Fund III, our $180M early-stage fund": an owner's fund, vehicle or programme is one
        it set up; "our portfolio company X", "X, one of Acme's portfolio companies": one it invested
        in. The owner is a name with "'s", or "its"/"our" read as the organisation they mean."""
        facts = []
        for owner in mentions:
            if owner.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
                continue
            thing = _POSSESSED.match(self.text, owner.end)
            if thing is None or (owner.surface.lower() not in ("its", "our") and not thing.group("s")):
                continue
            relation = "INVESTED_IN" if thing.group("noun").lower().startswith("portfolio") else "LAUNCHED"
            named = [m for m in mentions if m.end <= owner.start and _NAMED_BEFORE.fullmatch(self.text, m.end, owner.start)]
            named += [m for m in mentions if m.start == thing.end() and relation == "INVESTED_IN"]
            named += [m for m in mentions if relation == "INVESTED_IN" and m.end <= owner.start
                      and _ONE_OF.fullmatch(self.text, m.end, owner.start)]
            for m in named:
                if m is not owner and self.cues.fits(relation, owner.actor.type, m.actor.type):
                    facts.append(Fact(owner.actor, relation, m.actor, {"confidence": 0.7},
                                      self.evidence(min(m.start, owner.start), max(m.end, owner.end))))
        return facts

    def _owned_programmes(self, mentions: list[Mention]) -> list[Fact]:
        """"the Canadian government's Robotics Compute Access Program", "the NVIDIA Inception
        program": a programme an organisation or a government owns, or names with its own name,
        is one it runs."""
        facts = []
        for programme in mentions:
            if programme.actor.type != "Program":
                continue
            owner = next((m for m in mentions if m.actor.type in ORGANISATIONS_AND_GOVERNMENT and (
                (m.start == programme.start and m.end < programme.end)
                or (m.end <= programme.start and _OWNS_NEXT.fullmatch(self.text, m.end, programme.start)))), None)
            if owner is not None and self.cues.fits("LAUNCHED", owner.actor.type, "Program"):
                facts.append(Fact(owner.actor, "LAUNCHED", programme.actor, {"confidence": 0.7},
                                  self.evidence(owner.start, programme.end)))
        return facts

    def _units(self, mentions: list[Mention]) -> list[Fact]:
        """"NVentures, Nvidia's venture capital arm,", "NVentures (Nvidia's venture arm)", "Nvidia's venture arm, NVentures": an
        appositive naming a unit of another organisation says the unit belongs to it."""
        facts = []
        for first, second in zip(mentions, mentions[1:], strict=False):
            between = self.text[first.end:second.start]
            if re.fullmatch(r",\s+(?:the\s+)?|\s*\(\s*", between) and _UNIT_NOUN.match(self.text, second.end):
                unit, owner = first, second
            elif re.fullmatch(r",\s+the\s+", between) and _MODIFIER_OF_UNIT.match(self.text, second.end):
                unit, owner = first, second  # "SoftBank Vision Fund 2, the SoftBank Group investment vehicle,"
            elif (_UNIT_NOUN.match(self.text, first.end) and re.fullmatch(_UNIT_NOUN.pattern + r",?\s+", between)
                  or _WHOSE_UNIT.fullmatch(between)):
                unit, owner = second, first  # "Nvidia's venture arm, NVentures", "A, whose venture arm, B,"
            else:
                continue
            if unit.actor.id != owner.actor.id and self.cues.fits("SUBSIDIARY_OF", unit.actor.type, owner.actor.type):
                facts.append(Fact(unit.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.7},
                                  self.evidence(first.start, second.end)))
        return facts + self._subjects_units(mentions) + self._government_units(mentions) + self._its_units(mentions)

    def _its_units(self, mentions: list[Mention]) -> list[Fact]:
        """"managed by Y, its Munich-based corporate venture arm": "its" is the sentence's subject's
        (named or pointed back to with "it"), and Y is a unit of it."""
        facts = []
        for unit in mentions:
            if not (its := _ITS_UNIT.match(self.text, unit.end)):
                continue
            main = self._main_subject(unit.start)
            parent = main.members[0] if main is not None else self._pointed_back(unit.start)
            if (parent is not None and parent.actor.id != unit.actor.id
                    and self.cues.fits("SUBSIDIARY_OF", unit.actor.type, parent.actor.type)):
                facts.append(Fact(unit.actor, "SUBSIDIARY_OF", parent.actor, {"confidence": 0.7},
                                  self.evidence(unit.start, its.end())))
        return facts

    def _government_units(self, mentions: list[Mention]) -> list[Fact]:
        """"the Commerce Department's Bureau of Industry and Security", "the department's Bureau
        of ...": a public body's own body belongs to it; "the department" is the last government
        body named whose name holds that word."""
        facts = []
        for n, unit in enumerate(mentions):
            if unit.actor.type != "Government":
                continue
            owner = mentions[n - 1] if n and re.fullmatch(r"['’]s\s+", self.text[mentions[n - 1].end:unit.start]) else None
            if owner is not None and owner.actor.type != "Government":
                owner = None
            described = _BODY_POSSESSIVE.search(self.text, max(0, unit.start - 30), unit.start) if owner is None else None
            if described:
                owner = self._body_named(described.group(1).lower())
            if owner is not None and owner.actor.id != unit.actor.id:
                facts.append(Fact(unit.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.7},
                                  self.evidence(min(owner.start, unit.start), unit.end)))
        return facts

    def _subjects_units(self, mentions: list[Mention]) -> list[Fact]:
        """"X operates through a UK unit, Y", "X set up a German subsidiary, Y": Y belongs to
        the clause's subject X, and is where its country word puts it."""
        facts = []
        for unit in mentions:
            named = _UNIT_BEFORE_NAME.search(self.text, max(0, unit.start - 60), unit.start)
            owner = self._subject(named.start()) if named else None
            if owner is None or len(owner.members) > 1:
                continue
            parent = owner.members[0]
            if unit.actor.id == parent.actor.id or not self.cues.fits("SUBSIDIARY_OF", unit.actor.type, parent.actor.type):
                continue
            evidence = self.evidence(owner.start, unit.end)
            facts.append(Fact(unit.actor, "SUBSIDIARY_OF", parent.actor, {"confidence": 0.7}, evidence))
            place = named.group("place")
            country = self.country_of(DEMONYMS.get(place) or _COUNTRY_CODES.get(place)) if place else None
            if country is not None:
                facts.append(Fact(unit.actor, "BASED_IN", country, {"confidence": 0.7}, evidence))
        return facts

    def _backers(self) -> list[Fact]:
        """"It was spun out of A, which retains a minority stake": A holds a stake in the
        sentence's subject ("B, which counts A among its backers" is relations/counted_holders.py's)."""
        facts = []
        subject = self._first_subject()
        for host, a, b in self.appositives:
            if subject and subject[0].start < host.start and _KEEPS_STAKE.match(self.text, a):
                facts += [Fact(m.actor, "INVESTED_IN", t.actor, {"confidence": 0.6}, self.evidence(t.start, b))
                          for m in host.members for t in subject if self.cues.fits("INVESTED_IN", m.actor.type, t.actor.type)]
        return facts


    def _hyphen_glosses(self, mentions: list[Mention]) -> tuple[list[Fact], list[Mention]]:
        """"SoftBank-backed Quintal": SoftBank invested in Quintal; "Hanwa-owned Brenlow": Brenlow
        is Hanwa's. The glossing name then takes no other role in the sentence."""
        facts, glossing = [], set()
        for a, b in zip(mentions, mentions[1:], strict=False):
            gloss = _HYPHEN_GLOSS.fullmatch(self.text, a.end, b.start)
            if gloss is None or a.actor.id == b.actor.id:
                continue
            glossing.add(id(a))
            if _STATE_BEFORE_HYPHEN.search(a.surface):
                continue  # "Shanghai State-owned Capital Investment Co": one name, no owner called "Shanghai State"
            subject, relation, obj = (b, "SUBSIDIARY_OF", a) if gloss.group(1) == "owned" else (a, "INVESTED_IN", b)
            if self.cues.fits(relation, subject.actor.type, obj.actor.type):
                facts.append(Fact(subject.actor, relation, obj.actor, {"confidence": 0.7}, self.evidence(a.start, b.end)))
        for described, word, a in appositive_glosses(self.text, mentions):  # "X, the A-owned AI champion"
            glossing.add(id(a))
            subject, relation, obj = (described, "SUBSIDIARY_OF", a) if word == "owned" else (a, "INVESTED_IN", described)
            if self.cues.fits(relation, subject.actor.type, obj.actor.type):
                facts.append(Fact(subject.actor, relation, obj.actor, {"confidence": 0.7},
                                  self.evidence(described.start, a.end)))
        return facts, [m for m in mentions if id(m) not in glossing]

    def _governments(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"The government of Portugal", "Japan's government": the country's government acts."""
        out = []
        for m in mentions:
            if m.actor.type == "Country":
                before = _GOVERNMENT_BEFORE.search(text, 0, m.start)
                after = _GOVERNMENT_AFTER.match(text[m.end:])
                if before or after:
                    government = self._government(m.actor)
                    start = before.start() if before else m.start
                    end = m.end + after.end() if after else m.end
                    m = replace(m, start=start, end=end, after=end, actor=government)
            elif m.discovered and m.actor.type in ORGANISATIONS and (" " not in m.surface or m.surface in CITY_COUNTRY):
                after = _LOCAL_GOVERNMENT_AFTER.match(text[m.end:])
                if after:  # "the Ontario government": a region's government, not a company named Ontario
                    name = " ".join(filter(None, (m.surface, after.group("tier"), "government")))
                    m = replace(m, end=m.end + after.end(), after=m.end + after.end(), actor=Actor(
                        id=slugify(name), name=name, type="Government",
                        country=m.actor.country or CITY_COUNTRY.get(m.surface), discovered=True))
            out.append(m)
        return out

    def _full_names(self, mentions: list[Mention]) -> list[Mention]:
        """"Kestrel Systems ... Kestrel said": a discovered name that is an earlier discovered
        name without its corporate tail word is that organisation."""
        acronyms = self._acronyms(mentions)
        for m in mentions:
            if not m.discovered and m.surface.isupper() and m.surface in self._short_names:
                m.actor = self._short_name(m.surface)  # the document's own acronym wins over a known one
            if not m.discovered:
                continue
            known = self._short_name(m.surface)
            if known is not None:
                m.actor = known
                continue
            numbered = _NUMBERED_FUND.fullmatch(m.surface)
            if numbered:  # "Northfold Fund III ... Fund III was anchored by A"
                self._short_names.setdefault(numbered.group(1), m.actor)
            if m.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
                continue
            # "Qasr AI Holdings ... Qasr invests": every tail word may go ("Qasr AI", "Qasr"); the
            # first name that shortens to it keeps it ("Qasr Ventures" later is another firm)
            words = m.surface.split()
            while len(words) > 1 and words[-1] in _CORPORATE_TAILS:
                words = words[:-1]
                self._name_in_full(" ".join(words), m.actor)
                self._short_names.setdefault(" ".join(words), m.actor)
        return [m for m in mentions if id(m) not in acronyms]

    def _name_in_full(self, short: str, full: Actor) -> None:
        """"Qasr AI buys ..." in a headline, then "Qasr AI Holdings, the state vehicle, ...": a
        name of two words or more written first and later extended by a corporate tail was that
        organisation's short name, and it and its own short forms stand for the full name now."""
        if len(short.split()) < 2:
            return
        earlier = next((a for a in self._short_names.values() if a.name == short and a.discovered and a.id != full.id), None)
        if earlier is None:
            return
        for form, actor in list(self._short_names.items()):
            if actor is earlier:
                self._short_names[form] = full
        for form, spelled in list(self._spelled_out.items()):
            if spelled.actor is earlier:  # _short_name asks these first: an acronym of the short name follows too
                self._spelled_out[form] = replace(spelled, actor=full)

    def _acronyms(self, mentions: list[Mention]) -> set[int]:
        """"the Competition and Markets Authority (CMA)": the acronym in brackets after a name is
        that name, later too ("the CMA said"); the bracketed mention is dropped (ids returned)."""
        dropped = set()
        for m in mentions:  # 'the "Coastal Grid" (CG)' read as one mention with its gloss
            glossed = _GLOSSED_ACRONYM.search(self.text, m.start, m.end) if m.discovered else None
            if glossed is not None:
                self._short_names[glossed.group(1)], self._spelled_out[glossed.group(1)] = m.actor, m
        for name, short in zip(mentions, mentions[1:], strict=False):
            if short.discovered and short.surface.isupper() and _BRACKET_AFTER_NAME.fullmatch(self.text, name.end, short.start) \
                    and self.text[short.end:short.end + 1] == ")" and len(name.surface.split()) > 1:
                self._short_names[short.surface], self._spelled_out[short.surface] = name.actor, name
                dropped.add(id(short))
            elif self._spells_out(name, short):
                self._short_names[short.surface], self._spelled_out[short.surface] = name.actor, name
                dropped.add(id(short))
        return dropped

    def _short_name(self, surface: str) -> Actor | None:
        """The organisation a short name stands for; an acronym's as its name was typed in the end."""
        spelled = self._spelled_out.get(surface)
        return spelled.actor if spelled is not None else self._short_names.get(surface)

    def _spells_out(self, name: Mention, short: Mention) -> bool:
        """"the Irish Institute for Trustworthy AI (IITAI)": a document's own acronym for a name it
        spells out stands for that name, here and later, even where a known organisation has the
        same letters."""
        return (not short.discovered and name.discovered and short.actor.id != name.actor.id
                and short.surface == "".join(c for c in name.surface if c.isupper())
                and _BRACKET_AFTER_NAME.fullmatch(self.text, name.end, short.start) is not None
                and self.text[short.end:short.end + 1] == ")")

    def _government(self, country: Actor) -> Actor:
        """A country's government: the gazetteer's, or one named after the country."""
        return government_or_named(country, self.government_of)

    def _programme_anaphora(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"under the programme": the programme the passage named last. A programme the sentence
        names first is the nearer antecedent; one named only later ("A manages the programme; the
        rest comes from the P budget") cannot be what "the programme" points back to."""
        if self._programme is None:
            return []
        spans = [m.span() for m in _THE_PROGRAMME.finditer(text)] or self._the_head_word(text)
        first_named = min((m.start for m in mentions if m.actor.type == "Program"), default=len(text))
        spans = [(start, end) for start, end in spans if end <= first_named and not self._investor_acting(start, end)]
        names_none = first_named == len(text)
        it = _IT_OPENS.match(text) if (self._programme_opened or self._fund_just_launched(text)) \
            and not spans and names_none else None
        if it and not _EXPLETIVE.match(text, it.end(1)):
            spans = [it.span(1)]  # "The programme commits €1bn. It will be delivered with A": the programme
            # "It has made two investments: ..., and it co-led B's round": each "it" acting after it, too
            spans += [m.span() for m in _IT_AGAIN.finditer(text, it.end(1)) if _IT_SUBJECT.match(text, m.end())]
        spans = spans if it else spans[:1]
        return [replace(self._programme, start=start, end=end, after=end, surface=text[start:end],
                        country_hint=None) for start, end in spans]

    def _fund_just_launched(self, text: str) -> bool:
        """True if the sentence before set up the passage's fund and this one opens on "It" investing
        ("we set up F, a $150 million venture vehicle. It has made two investments so far"): the
        fund acts, not its founder (who would rather be "we" or its name)."""
        return self._sentences_read - self._funds_launched_at == 1 and bool(_IT_INVESTS.match(text)) and any(
            f.id == self._programme.actor.id for f in self._funds_launched)

    def _site_anaphora(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Orrery is the anchor tenant of N, a data-center campus in Texas. A has committed $15bn to
        the project": a site just glossed as one (this sentence or the one before) is what "the
        project" or "the campus" points back to, nearer than a programme named further back."""
        found = _THE_SITE.search(text)
        if found is None:
            return []
        named = [m for m in mentions if m.end <= found.start() and m.discovered and _SITE_APPOSITIVE.match(text, m.end)]
        site = named[-1] if named else self._last_site
        if site is None or any(m.start < found.end() and found.start() < m.end for m in mentions):
            return []
        return [replace(site, start=found.start(), end=found.end(), after=found.end(), surface=found.group(0),
                        country_hint=None)]

    def _investor_acting(self, start: int, end: int) -> bool:
        """True if "the fund" at ``start`` means an investor, not the programme named last: that
        programme is no fund, or "the fund" is a clause's subject in a text about an investor
        ("Closer to home, the fund completed the acquisition of X"; "under the fund" stays the programme)."""
        if self.text[start:end].lower() != "the fund":
            return False
        if "fund" not in self._programme.actor.name.lower() and self._programme.actor.kind != "fund":
            return True  # "the fund" after "Project Rainier": no fund, an investor is meant
        return self._main_investor() is not None and not _PREPOSITION.search(self.text, max(0, start - 14), start)

    def _the_head_word(self, text: str) -> list[tuple[int, int]]:
        """"the window" after "the DeepTech Scale-up Window": the last programme named, by the
        head word of its name."""
        head = self._programme.actor.name.rsplit(" ", 1)[-1].lower()
        if len(head) < 4 or not head.isalpha() or head in _GENERIC_HEADS:
            return []
        at = text.lower().find(f"the {head}")
        end = at + 4 + len(head)
        if at < 0 or (at > 0 and text[at - 1].isalnum()) or text[end:end + 1].isalnum():
            return []
        return [(at, end)]

    def _aside(self, at: int, pos: int) -> bool:
        """True if ``at`` stands in an appositive that does not hold ``pos``: "A, which led the
        Series A, put in more" says nothing of the round A puts money in now."""
        return any(a <= at < b and not a <= pos < b for _, a, b in self.appositives)

    def _in_appositive(self, g: _Group, pos: int) -> bool:
        """True if ``g`` stands in an appositive that does not also hold ``pos``."""
        return self._aside(g.start, pos)

    def _in_an_appositive(self, pos: int) -> bool:
        """True if ``pos`` is inside an appositive describing a name before it."""
        return any(a <= pos < b for _, a, b in self.appositives)

    def _appositive_end(self, pos: int) -> int | None:
        """Where the appositive holding ``pos`` ends: a verb there has its objects inside it."""
        ends = [b for _, a, b in self.appositives if a <= pos < b]
        return ends[-1] if ends else None

    def _place_complement(self, g: _Group, verb_end: int) -> bool:
        """"co-founded the company in Toulouse": a name after "in" or "at" is where, not what
        (unless the verb ends with it: "took a stake in X")."""
        return bool(re.search(r"\b(?:in|at)\s+$", self.text[max(verb_end, g.start - 4):g.start]))

    def _built_on(self, g: _Group, cue: CueMatch) -> bool:
        """"fine-tuned on the Alps system", "trained on Isambard-AI", "built on Llama": after a verb
        of making a model, a name after "on" is the machine or model it was made on, not what was made."""
        return "DEVELOPS" in cue.cue.relations and bool(_ON_THE.search(self.text, max(cue.end, g.start - 8), g.start))

    def _relative_object(self, cue: CueMatch) -> tuple[_Group, _Group] | None:
        """"Y, the Tokyo subsidiary that X set up in April", "Y, a scheme it launched in June",
        "Y, which X founded in 2021": a relative clause whose object is the name it describes.
        (agent, host), or None when the verb has an object of its own after it."""
        text = self.text
        if _DIRECT_OBJECT.match(text, cue.end):
            return None
        for host, a, b in self.appositives:
            if not a <= cue.start < b:
                continue
            agent = next((g for g in self.groups if a < g.start and g.end <= cue.start
                          and _RELATIVE_AGENT_GAP.fullmatch(text, g.end, cue.start)
                          and _RELATIVE_HEAD.search(text, a, g.start)), None)
            if agent is not None:
                return agent, host
        return None

    def _owned_participle(self, cue: CueMatch) -> tuple[_Group, _Group] | None:
        """"the Commission's InvestAI initiative, announced in February": the participle after a
        possessed name says what its owner did to it. (owner, name), or None."""
        text = self.text
        if not re.search(r"(?:ed|set up)$", cue.cue.word) or _DIRECT_OBJECT.match(text, cue.end):
            return None
        named = next((g for g in self.groups if _PARTICIPLE_AFTER.fullmatch(text, g.end, cue.start)), None)
        owner = next((g for g in self.groups if named is not None and g.end < named.start
                      and _POSSESSIVE_GAP.fullmatch(text, g.end, named.start)), None)
        return (owner, named) if owner is not None else None

    def _relative_facts(self, cue: CueMatch, agent: _Group, host: _Group) -> list[Fact]:
        """The relative clause's facts; "the subsidiary that X set up": the host is also X's."""
        facts = self._pairs(cue, agent, [host])
        facts += _public_money(facts, self.text)
        head = _RELATIVE_HEAD.search(self.text, host.end, agent.start)
        if head and head.group(1) and head.group(1).lower() in _SUBSIDIARY_NOUNS:
            facts += [Fact(h.actor, "SUBSIDIARY_OF", a.actor, {"confidence": 0.7}, self.evidence(host.start, cue.end))
                      for h in host.members for a in agent.members
                      if h.actor.id != a.actor.id and self.cues.fits("SUBSIDIARY_OF", h.actor.type, a.actor.type)]
        return facts

    def _topic_programme(self, cue: CueMatch) -> list[_Group]:
        """"The scheme is run by M, and A supplies capacity": a supplier naming no customer in a
        later clause of a sentence that opens with a programme supplies that programme."""
        first = self.groups[0] if self.groups else None
        if first is None or first.end > cue.start or self._clause(cue.start)[0] <= first.start \
                or first.members[0].actor.type != "Program" or first.members[0].actor.kind == "fund" \
                or not _PROGRAMME_OPENS.fullmatch(self.text, 0, first.start):
            return []
        return [first]

    def _host(self, pos: int, of_a_thing: bool = False) -> _Group | None:
        """The name an appositive holding ``pos`` describes ("X, founded by P": X). What is
        said ``of_a_thing`` ("it", "its") or by ", which" is never said of people."""
        hosts = [(h, a) for h, a, b in self.appositives if a <= pos < b]
        if not hosts:
            return None
        host, start = hosts[-1]
        if (of_a_thing or _WHICH_CLAUSE.match(self.text, start)) and all(m.actor.type == "Person" for m in host.members):
            # "X, a startup founded by P and Q, which closed a round": it describes X, whose
            # appositive names them or ends right before them
            return next((h for h, a, b in reversed(self.appositives) if h is not host and a <= host.start <= b + 1), None)
        return host

    def _clause(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos``: between the breaks a word or mark makes and the links before
        a name with a verb of its own (", and B formed ...")."""
        start = 0
        for m in _CLAUSE_BREAK.finditer(self.text, 0, pos):
            start = m.end()
        nxt = _CLAUSE_BREAK.search(self.text, pos)
        end = nxt.start() if nxt else len(self.text)
        for a, b in self.links:
            if b <= pos:
                start = max(start, b)
            elif a >= pos:
                end = min(end, a)
        return start, end

    def _subject(self, pos: int) -> _Group | None:
        """The clause's subject before ``pos``: the host of an appositive holding ``pos``, or
        the last name before it that no preposition governs."""
        host = self._host(pos)
        if host is not None:
            return host
        lo, _ = self._clause(pos)
        candidates = [g for g in self.groups if lo <= g.start and g.end <= pos and not self._in_appositive(g, pos)
                      and (not _PREPOSITION.search(self.text, max(0, g.start - 14), g.start) or self._opens_clause(g)
                           or g.start == lo or _OPENING_CONJUNCTION.fullmatch(self.text, 0, g.start))
                      and not self._owns(g)]
        joined = _AND_VERB.search(self.text, candidates[-1].end) if len(candidates) > 1 else None
        if joined and joined.start() < pos:
            # "A acquired B and signed a deal with C", "A acquired B, a start-up, for $5m, and
            # formed a partnership with C": B is an object; A signed and formed
            return candidates[0]
        if candidates:
            return candidates[-1]
        shared = self._shared_subject(lo)
        if shared is not None:
            return shared
        item_subject = self._item_subject(pos)
        if item_subject is not None:
            return item_subject
        if self._last_acquisition is not None and _THE_BUYER.search(self.text, lo, pos):
            return self._last_acquisition  # "The acquirer also took a stake in Y"
        plural = _PLURAL_ANAPHOR.search(self.text, lo, pos)
        m = self._last_subject if self._last_subject and (_ANAPHOR.search(self.text, lo, pos) or (
            plural and len(self._last_subject) == _COUNTS[plural.group("count")])) else None
        if m is None and plural:
            count = _COUNTS[plural.group("count")]
            named = self._organisations_named_before(lo)
            m = (named if len(named) == count else None) if len(named) >= count else self._previous_pair(count)
        return _Group([replace(x, start=lo, end=lo, after=lo) for x in m], lo, lo) if m else None

    def _organisations_named_before(self, pos: int) -> list[Mention]:
        """"M said B would lease capacity to C; the two companies signed ...": the organisations
        the sentence names before ``pos``, the speaker of a report left out; when they are as many
        as "the two" counts, they, not the sentence before's pair, are the two meant."""
        return list({m.actor.id: m for g in self.groups if g.end <= pos and not _SAYS.match(self.text, g.end)
                     for m in g.members if m.actor.type in _PRONOUN_TYPES}.values())

    def _previous_pair(self, count: int) -> list[Mention] | None:
        """"A will buy a stake in B. The two companies will jointly develop ...": with no subject of
        that count before, "the pair" means the two organisations the sentence before named, when
        it named no others and related them to each other."""
        named = list({m.actor.id: m for m in self._previous_organisations if m.actor.type in _PRONOUN_TYPES}.values())
        related = len(named) == 2 and frozenset(m.actor.id for m in named) in self._previous_ties
        return named if len(named) == count and related else None

    def _shared_subject(self, lo: int) -> _Group | None:
        """"A opened a hub in Leeds, and in March signed a deal with C": a clause after ", and"
        that opens with its verb (a time phrase may come first) has the clause before's subject,
        its first name that no preposition governs, no appositive holds and that owns nothing (a
        name or "it", not a description such as "the company")."""
        joined = _AND_BEFORE.search(self.text, max(0, lo - 8), lo)
        if joined is None or not _VERB_FIRST.match(self.text, lo):
            return None
        first, _ = self._clause(joined.start())
        subject = next((g for g in self.groups if first <= g.start and g.end <= joined.start() and len(g.members) == 1
                        and g.members[0].actor.type in _PRONOUN_TYPES and not self._governed(g)
                        and not self._in_appositive(g, joined.start()) and not self._owns(g)), None)
        # "The company has received X, and was selected for P": a description already guesses at
        # its referent; carried into a second clause the guess would be made twice
        return subject if subject is not None and not _DESCRIPTION.match(subject.members[0].surface) else None

    def _opens_clause(self, g: _Group) -> bool:
        """"..., and Mistral AI has agreed to host": after ", and" a name with its verb is a new
        clause's subject, not the last of a list."""
        before = self.text[max(0, g.start - 12):g.start]
        pronoun = g.members[0].surface.lower() in ("we", "it") and re.search(r"\band\s+$", before)  # "... and we signed"
        return bool((pronoun or re.search(r",\s+and\s+(?:the\s+)?$", before)) and _IT_SUBJECT.match(self.text, g.end))

    def _first_organisation(self) -> list[Mention]:
        """The first organisation named outside an appositive ("The largest round went to X")."""
        return next((g.members for g in self.groups if all(m.actor.type in ORGANISATIONS for m in g.members)
                     and not self._in_appositive(g, -1)), [])

    def _first_subject(self) -> list[Mention]:
        """The first organisations no preposition governs; "Nvidia's venture arm NVentures joined":
        a possessor only determines the name after it, which is the subject."""
        for g in self.groups:
            if all(m.actor.type in ORGANISATIONS for m in g.members) and not self._in_appositive(g, -1) \
                    and not _PREPOSITION.search(self.text, max(0, g.start - 14), g.start) and not self._owns(g):
                return g.members
        return []

    def _after(self, pos: int, prep: str | None = None) -> list[_Group]:
        """Names after ``pos`` in its clause; with ``prep``, only those the preposition governs
        ("with the U.K.'s AI Security Institute": a place's possessive only places the name)."""
        _, hi = self._clause(pos)
        out = [g for g in self.groups if pos <= g.start < hi]
        if prep:
            out = [g for g in out if re.search(rf"\b(?:{prep})\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|{NAME_TITLE}\s+)?(?:\S+-{_GLOSS_WORDS}\s+|{_PLACE_POSSESSIVE})?$",
                                               self.text[max(pos, g.start - 40):self._past_place_owner(g.start)], re.I)]
        return out

    def _past_place_owner(self, pos: int) -> int:
        """Where the words before ``pos`` end once a possessive place is left out: "a round in
        Bangkok's X" governs X. A possessive name that is an actor ("in Google's X") stays."""
        owner = _PLACE_OWNER_BEFORE.search(self.text, max(0, pos - 40), pos)
        if owner is None or any(g.start < owner.end(1) and g.end > owner.start() for g in self.groups):
            return pos
        return owner.start()

    # -- frames -----------------------------------------------------------------------------

    def _cue(self, cue: CueMatch) -> list[Fact]:
        frame, text = cue.cue.frame, self.text
        word = cue.cue.word.lower()
        if frame == "raise":
            return self._raise(cue)
        if frame == "existing":
            return self._existing_backers(cue)
        if frame == "round_joiners":
            return self._round_joiners(cue)
        if frame == "lead" and word.endswith("leading") and not _LEADING_A_ROUND.match(text, cue.end):
            return []  # "A is leading the push into chips": no round
        if word == "started" and _STARTED_DOING.match(text, cue.end):
            return []  # "X has since started building a product on M": an activity begun, nothing founded
        if word == "anchored by" and _ROUND_WAS.search(text, 0, cue.start):
            # "The round was anchored by A, with B participating": A led it, as "led by" says
            return self._led_round(replace(cue, end=cue.end - len(" by")).meaning("INVESTED_IN"))
        led_by = frame == "lead" and _BY_AFTER.match(text, cue.end)
        if led_by and (_PASSIVE_BEFORE.search(text, 0, cue.start) or _opens_the_sentence(text, cue.start)):
            return self._led_round(cue)
        announced = _ANNOUNCED_ROUND.search(text, self._clause(cue.start)[0], cue.start) if led_by else None
        if announced:
            # "X today announced a $20M Series A led by A": the announcer's round
            return self._rounds_led_by(cue, self._subject(announced.start()))
        if led_by and _A_ROUND_BEFORE.search(text, max(0, cue.start - 60), cue.start):
            # "took a stake in X as part of a $60M round led by A", "X's Series B, a round co-led by A"
            return self._rounds_led_by(cue, self._round_owner_before(cue.start))
        headed = [g for g in self.groups[:1] if _DASHED_ROUND.fullmatch(text, g.end, cue.start)]
        if led_by and headed:
            # "• Quillmoor — $85m Series B led by A": a newsletter line names the round's owner first
            return self._rounds_led_by(cue, headed[0])
        if frame in ("join_round", "join_clipped"):
            return self._joined_round(cue)
        if frame == "contribute":
            return self._contribution(cue)
        if frame == "probe":
            return self._probe(cue)
        if frame == "block_deal":
            return self._blocked_deal(cue)
        if frame == "lead" and _THE_ROUND_AFTER.match(text, cue.end) and self._last_recipient is not None:
            # "Mizuchi Capital led it, with A also taking part": the round just reported
            agent = self._subject(cue.start)
            firm = next((m for m in agent.members if _PARTNER_WHO.match(text, m.end)), None) if agent else None
            if firm is not None:  # "P, the Index partner who led the deal": the firm led it, through P
                agent = _Group([firm], firm.start, firm.end)
            facts = self._round_facts(cue, [agent] if agent else [], self._last_recipient, cue.end)
            return facts + self._alongside(cue, facts, [self._last_recipient], cue.end)
        if frame == "lead" and (_NOTHING_JOINED.match(text, cue.end) or _NEXT_CLAUSE_NAMES.match(text, cue.end)) \
                and self._last_recipient is not None:
            # "• X — $32M Series A. A led, B and C followed on": the lead of the round just reported
            agent = self._subject(cue.start)
            return self._round_facts(cue, [agent] if agent else [], self._last_recipient, cue.end)
        if frame == "lead" and _LED_A_TEAM.match(text, cue.end):
            return []  # "who had led the compiler team at G", "led the research unit": a post, no round
        if frame == "lead":
            # "A led a $25 million Series A in X", "A co-led X's seed round", "..., with B joining"
            agent = self._subject(cue.start)
            targets = self._after(cue.end, "in|into|for") or [
                g for g in self._after(cue.end)[:1] if _APOSTROPHE_S.match(text, g.end)
                or round_of_before(text, g.start)  # "led the $600m Series C of X"
                or g.members[0].surface.lower() in ("its", "their")]  # "we led their $7M seed"
            if not targets and agent is not None and _FIRST_PERSON_WORD.fullmatch(agent.members[0].surface) \
                    and _A_ROUND_AFTER.match(text, cue.end):
                # "We led the pre-seed ($3.5M)": an investor's post about one start-up speaks of its round
                owner = self._fragment_subject(cue.start)
                targets = [owner] if owner is not None and owner.members[0].actor.type in ("Startup", "Company") else []
            if agent is not None and targets:
                self._report_round(targets[0])  # "The fund was joined by B": B backs the same round
            led = self._pairs(cue, agent, targets[:1], {"role": "lead"})
            return (led + self._round_facts(cue, [], targets[0], targets[0].end)
                    + self._alongside(cue, led, targets[:1])) if led else led
        then_by = _TIME_THEN_BY.match(text, cue.end) if frame == "agent_target" and re.search(
            r"(?:ed|built|bought|set up|taken over)$", word) else None
        # "B was acquired by A", but "A is buying B": a present participle after "is" stays active
        if frame == "passive" or then_by or (frame == "agent_target" and not word.endswith("ing") and re.search(
                r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", text[:cue.start])):
            # "B was acquired by A", "X, founded in 2021 by P and Q", "Founded by P, X makes ..."
            if frame == "passive" and _MAKING.match(word) and _NOUN_AFTER_PREPOSITION.search(text, 0, cue.start):
                return []  # "X is installed in cars made by A": the participle says who made the cars
            relative = self._relative_object(cue) if frame == "passive" else None
            if relative is not None:  # "X, which Hitachi spun off from its lab": active, in a relative clause
                return self._relative_facts(cue, *relative)
            agents = self._by_list(then_by.end() if then_by else cue.end, frame == "agent_target" and not then_by)
            if "FOUNDED" in cue.cue.relations and any(m.actor.type == "Person" for g in agents for m in g.members):
                agents = [g for g in agents if g.members[0].actor.type == "Person"]
            if agents and "FOUNDED" in cue.cue.relations and _BY_PEOPLE_OF.search(text, cue.end, agents[0].start):
                agents = []  # "started by three alumni of C": unnamed people founded it, not C
            if agents and cue.cue.word.startswith(("spun", "spin")):
                agents += self._spun_out_by(agents[-1].end)
            fronted = not text[:cue.start].strip(" \"'“‘")
            noted = not fronted and _opens_the_sentence(text, cue.start)  # "- Founded in 2024 by P and Q."
            if (fronted or noted) and agents:
                # "Founded by P and Q, a former lead at C, X went ...": X, past the last founder's appositive
                aside = _appositives_after(text, agents[-1].end, past_spelling=True)
                # "Founded in 2024 by P and Q, the company sells ...": the subject right after the comma
                after = next((g for g in self.groups if _COMMA.fullmatch(text, agents[-1].end, g.start)
                              and all(m.actor.type in ORGANISATIONS for m in g.members)), None)
                # "Founded by P and Q, the Lima company says ...": a description of a company is no
                # appositive on a founder but the subject it points back to
                target = after if after is not None and _DESCRIPTION.match(text, after.start) else (
                    self._members_from(aside[-1][1] if aside else agents[-1].end) or after)
                if target is None and (_ENDS_FRAGMENT.match(text, agents[-1].end) or not any(
                        m.actor.type in ORGANISATIONS for g in self.groups if g.start >= agents[-1].end for m in g.members)):
                    # "Founded by P and Q, both ex-Acme.": nothing founded named after them either
                    target = self._fragment_subject(cue.start) if fronted else self._noted_subject(cue.start)
            else:
                target = self._subject(cue.start)
                if target is not None and _PLACE_BEFORE_WHICH.search(text, max(0, target.start - 8), target.start) \
                        and _WHICH_CLAUSE.match(text, target.end, cue.start):
                    target = None  # "the P at the B, which is co-funded by A": the relative may gloss P, not the place
                if target is not None and len(target.members) > 1 and _ONE_THING_GLOSSED.fullmatch(text, target.end, cue.start):
                    # "HV Capital and Next47, the venture fund backed by Siemens": the gloss is the last one's
                    target = _Group(target.members[-1:], target.members[-1].start, target.end)
                if frame == "passive" and _PARTICIPLE_CLAUSE.search(text, 0, cue.start) and (
                        target is None or all(m.actor.type == "Country" or m.surface in CITY_COUNTRY for m in target.members)):
                    # "X is based in Seoul, South Korea, founded by P and Q": the participle glosses the
                    # sentence's subject, not the place before it
                    target = self._main_subject(cue.start)
            return [f for agent in agents for f in self._pairs(cue, agent, [target] if target else [])]
        if frame == "supply":
            # "A supplies GPU capacity to B": the customer follows "to" in the clause
            return self._pairs(cue, self._subject(cue.start), self._after(cue.end, "to")[:1] or self._topic_programme(cue))
        if frame == "host":
            # "A has agreed to host B's models": the owner of what is hosted
            owners = [g for g in self._after(cue.end)[:1] if _HOSTED.match(text, g.end)]
            return self._pairs(cue, self._subject(cue.start), owners)
        if frame == "runs_on":
            # "B runs its models on A's cloud": B is A's cloud customer, the provider named first
            providers = [g for g in self._after(cue.end)[:1] if re.fullmatch(r"\s+(?:the\s+)?", text[cue.end:g.start])
                         and all(m.actor.type in ORGANISATIONS for m in g.members) and _PROVIDED.match(text, g.end)
                         and not self._unit_named_before(g)]
            return self._pairs(cue, self._subject(cue.start), providers)
        if frame == "symmetric":
            subject = self._subject(cue.start)
            if subject is not None and word == "joint venture" and _DESCRIBED_AS_A.fullmatch(text, subject.end, cue.start):
                return []  # "X, a 50/50 joint venture with A": X is the venture, A its owner, not its partner
            # "A signed an agreement with B"; "A and B announced a partnership to adapt M": no partner after
            partners = self._after(cue.end)[:1] if word.endswith(("with", "partnered")) else \
                self._after(cue.end, "with|between")[:1]
            if partners and len(partners[0].members) > 1 and _BETWEEN.fullmatch(text, cue.end, partners[0].start):
                return []  # "approved the tie-up between A and B": A and B are the parties (agreement_clauses.py)
            if not partners:
                # "signed a supply agreement to provide HBM4 stacks to B": the customer after the purpose's "to"
                partners = [g for g in self._after(cue.end) if _TO_SUPPLY.fullmatch(text, cue.end, g.start)][:1]
            if subject is not None and not partners and len(subject.members) > 1:
                ms = subject.members
                return [f for i, a in enumerate(ms) for b in ms[i + 1:]
                        for f in self._facts(cue, a, b, None, {})]
            return self._pairs(cue, subject, partners)
        if frame == "owned":
            # "B, a subsidiary of C", "B is a unit of C", "B, owned by C"
            if re.search(r"\bas\s+$", text[max(0, cue.start - 4):cue.start]):
                return []  # "as part of a round": no ownership
            if _OWNED_LATER.search(text, max(0, cue.start - 80), cue.start):
                return []  # "upon closing, B will operate as a subsidiary of C": not owned yet
            if _OWNED_UNREAL.search(text, max(0, cue.start - 60), cue.start):
                return []  # "B could become part of C": a hedge, no tie
            if word == "part of" and _PART_OF_HOLDING.match(text, cue.end):
                return []  # "A may take part of B's stake": a share of what B holds, no tie to B
            if word == "part of" and _PROPORTION_BEFORE.search(text, max(0, cue.start - 30), cue.start):
                return []  # "A's models power a large part of B's deployments": how much, not who owns whom
            if cue.cue.relations[0] == "INVESTED_IN" and _DISPOSAL.search(text, max(0, cue.start - 40), cue.start):
                return []  # "A sold its stake in B": no longer an investor
            targets = [g for g in self._after(cue.end)[:1] if _LIST_DESCRIPTOR.fullmatch(text, cue.end + 1, g.start)]
            if cue.cue.relations[0] == "PARTNERS_WITH":  # "a customer of the Roubaix cluster": a place's facility
                targets = [g for g in targets if not _NOUN_AFTER.match(text, g.end)]
            if cue.cue.relations[0] == "DEVELOPS":  # "the developer of the Arpège family", not a later name
                targets = [g for g in targets if re.fullmatch(r"\s+(?:the\s+|an?\s+)?", text[cue.end:g.start])]
            if word == "part of" and targets and targets[0].members[0].actor.type == "Program":
                cue = cue.meaning("PARTICIPATES_IN")  # "X is also part of the P programme"
            subject = self._subject(cue.start)
            if subject is not None:  # "A and B, the venture arm of C": B's
                subject = _Group(appositive_owner(text, subject.members, cue.start), subject.start, subject.end)
            return self._pairs(cue, subject, targets)
        if frame == "parent":
            return self._parent(cue)
        if frame == "participant" and (_AS_INVESTOR.match(text, cue.end) or _JOINED_ROUND.match(text, cue.end)):
            # "NVIDIA joined as a strategic investor": an investor of the round just reported;
            # "A had joined its Series C": of the round named
            return self._joined_round(cue.meaning("INVESTED_IN"))
        if frame == "participant" and self._joined_without_object(cue):
            # "Orrery raised $40M led by A. B and C also joined.": co-investors in the round just reported
            return self._joined_round(cue.meaning("INVESTED_IN"))
        if frame == "participant" and word.startswith("join") and self._last_recipient is not None \
                and _PASSIVE_BEFORE.search(text, 0, cue.start) and _BY_AFTER.match(text, cue.end):
            # "The fund was joined by A and B": co-investors in the round just reported
            return [f for g in self._by_list(cue.end, True) for a in g.members for t in self._last_recipient.members
                    for f in self._facts(cue.meaning("INVESTED_IN"), a, t,
                                         self._last_recipient, {}, with_amount=False)]
        if frame == "participant":
            # "X is the first participant, receiving €4M under the programme", "X joined N"
            return self._participants(cue)
        if frame == "receive" and word in _GIVING and (word.endswith("ing") or not _PASSIVE_BEFORE.search(text, 0, cue.start)):
            return self._given_to(cue)
        if frame == "receive" and _PAID_FOR_SERVICES.match(text, cue.end):
            return []  # "receive compensation for banking services from A": a client's fees, no funding
        if frame == "receive":
            # "X received €4M under the programme / from A"
            lo, _ = self._clause(cue.start)
            each = _EACH.search(self.text, lo, cue.start)
            receivers = (self._members if each else []) or [g for g in [self._subject(cue.start)] if g]
            givers = self._after(cue.end, "under|from|through|by|via") or [
                g for g in self.groups if lo <= g.start and g.end <= cue.start  # "Under the Y scheme, X will receive"
                and g.members[0].actor.type == "Program" and _UNDER.search(self.text, max(0, g.start - 12), g.start)]
            if not givers and each and self._programme is not None:
                givers = [_Group([self._programme], cue.end, cue.end)]  # "each receives €25M": from the programme
            if givers and _NO_STAKE_MONEY.search(text, cue.end, givers[0].start):
                cue = cue.meaning("FUNDS")  # a grant buys no stake
            elif givers and _EQUITY.search(text, cue.end, givers[0].start):
                cue = cue.meaning("INVESTED_IN", "FUNDS")
            return [f for g in givers[:1] for a in g.members for r in receivers for t in r.members
                    for f in self._facts(_received_from(cue, a, t), a, t, r, {})]
        if "ACQUIRED" in cue.cue.relations and _STAKE.match(text, cue.end):
            # "agreed to acquire a 20% stake in B": a stake is an investment, a majority a takeover
            if not majority_stake(text, cue.end):
                cue = cue.meaning("INVESTED_IN")
            return self._pairs(cue, self._subject(cue.start), self._after(cue.end, "in")[:1])
        relative = self._relative_object(cue)
        if relative is not None:
            return self._relative_facts(cue, *relative)
        owned = self._owned_participle(cue)
        if owned is not None:  # the sums after the participle are the name's own, not this act's
            return [f for a in owned[0].members for t in owned[1].members
                    for f in self._facts(cue, a, t, owned[1], {}, with_amount=False)]
        if word in _MONEY_VERBS and not _MONEY_AFTER.match(text, cue.end):
            return []  # "put pressure on", "put into administration": no money
        if word.endswith("the round") and not self._after(cue.end, "in|into|for"):
            # "A led the round, which also included B and C": the round is the object; the names
            # after it are A's co-investors in the round just reported, never what A invested in
            return self._joined_round(cue)
        if _ABSOLUTE_WITH.search(text, max(0, cue.start - 40), cue.start) and word.endswith("ed") \
                and not _BY_AFTER.match(text, cue.end):
            return []  # "raises $16 billion, with much of it earmarked for A": the money's use, no investor
        # "an investigation into QIA's investment in B": the possessor of the noun acts, not the subject
        agent = self._possessor_of_noun(cue) or (None if self._owned_by_an_unknown(cue) else self._subject(cue.start))
        prep = "to|in|into" if word in _MONEY_VERBS or word in (
            "committed", "commits", "pledged", "invested", "invests", "investing", "invest", "investment") else None
        targets = self._after(cue.end, prep) if prep else []
        targets = targets or ([] if self._unnamed_object(cue.end) else
                              [g for g in self._before_companions(cue.end) if not self._place_complement(g, cue.end)
                               and not self._built_on(g, cue) and not self._own_channel(g) and not self._source_of_money(g)
                               and not (cue.cue.relations[0] == "FUNDS" and _SUM_FROM.search(text, cue.end, g.start))]) \
            or self._elaborated(cue.end)
        if not targets and self._joined_without_object(cue):
            # "Orrery raised $40M led by A. B and C also invested.": co-investors in the round just reported
            return self._joined_round(cue.meaning("INVESTED_IN"))
        if not targets and "INVESTED_IN" in cue.cue.relations and agent is not None:
            channel = next((g for g in self._after(cue.end) if self._own_channel(g)), None)
            if channel is not None:
                return self._through_own_vehicle(cue, agent, channel)
        quote_end = _closing_quote(text, cue.start)
        if quote_end is not None:  # "it was \"buying a seat at the table\" as Nvidia's customers ...": not Nvidia
            targets = [g for g in targets if g.end <= quote_end]
        if "ACQUIRED" in cue.cue.relations:
            targets = _bought_from_an_owner(text, targets)
        if "ACQUIRED" in cue.cue.relations and targets and _FROM_BEFORE.search(text, max(0, targets[0].start - 8), targets[0].start):
            # "agreed to buy $28 billion of computing capacity from A": A sells, the buyer is its customer
            cue = cue.meaning("PARTNERS_WITH")
        appositive = self._appositive_end(cue.start)
        if appositive is not None:  # "X, the start-up that builds agents, raised ... led by A": not A
            targets = [g for g in targets if g.end <= appositive]
        # "launched three programmes, run by A": A runs them; what the participle glosses is unnamed
        targets = [g for g in targets if not _GLOSSING_PARTICIPLE.search(text, cue.end, g.start)]
        bought = self._buyer_and_bought(cue) if agent is None and "ACQUIRED" in cue.cue.relations else None
        if bought is not None:
            return self._pairs(cue, bought[0], bought[1:])
        if targets and re.search(r"\bby\s+$", text[max(0, targets[0].start - 6):targets[0].start]):
            # "the acquisition of B by A"
            return self._pairs(cue, targets[0], [agent] if agent else [])
        if "INVESTED_IN" in cue.cue.relations and in_the_round(text, cue.end):
            # money "in the round" buys shares, whoever pays it; "Oracle also made a strategic
            # investment in the round": the round just reported
            cue = cue.meaning("INVESTED_IN")
            if not targets:
                return self._joined_round(cue)
        facts = self._pairs(cue, agent, targets[:1])
        if any(f.type == "INVESTED_IN" for f in facts):
            self._report_round(targets[0])  # "A agreed to invest $4B in B. C is putting in $1B alongside"
        return (facts + self._cofounders(cue, targets[:1]) + self._alongside(cue, facts, targets[:1]) + _public_money(facts, self.text)
                + self._shared_launch(cue, facts))

    def _buyer_and_bought(self, cue: CueMatch) -> tuple[_Group, _Group] | None:
        """"The acquisition of B by A closed", "the takeover of B, a UK chip designer, by A": a deal
        noun with no subject names what is bought right after its "of" and its buyer after "by"
        (past an appositive glossing B). Returns (buyer, bought)."""
        if not cue.cue.word.endswith(" of"):
            return None
        after = self._after(cue.end)[:3]
        if not after or not _SPACE_OR_THE.fullmatch(self.text, cue.end, after[0].start):
            return None
        aside = _appositives_after(self.text, after[0].end)
        resume = aside[-1][1] if aside else after[0].end
        buyer = next((g for g in after[1:] if g.start >= resume), None)
        return (buyer, after[0]) if buyer is not None and _BY_BEFORE.fullmatch(self.text, resume, buyer.start) else None

    def _before_companions(self, pos: int) -> list[_Group]:
        """The names after ``pos`` up to the first companion in the act ("invested alongside A and
        the Korean firm B"): the companion and every name listed with it act too, none is the object."""
        after = self._after(pos)
        companion = next((i for i, g in enumerate(after)
                          if _COMPANION_BEFORE.search(self.text, max(pos, g.start - 12), g.start)), len(after))
        return after[:companion]

    def _shared_launch(self, cue: CueMatch, facts: list[Fact]) -> list[Fact]:
        """"A and B launched the EUR 200 million X, with each side committing EUR 100 million":
        each launcher funds X with the sum said, and the two are partners in it."""
        launched = [f for f in facts if f.type == "LAUNCHED"]
        launchers = list({f.subject.id: f.subject for f in launched}.values())
        each = _EACH_SIDE.search(self.text, cue.end) if len(launchers) > 1 else None
        amount = self._amount_within(each.end(), each.end() + 30) if each else None
        if amount is None:
            return []
        dated = {k: v for k, v in launched[0].props.items() if k in ("date", "year")}
        funded = [Fact(f.subject, "FUNDS", f.object, {**dated, **amount.properties()}, f.evidence) for f in launched]
        partners = [Fact(a, "PARTNERS_WITH", b, dict(dated), launched[0].evidence)
                    for i, a in enumerate(launchers) for b in launchers[i + 1:]]
        return funded + partners

    def _alongside(self, cue: CueMatch, facts: list[Fact], targets: list[_Group], start: int | None = None) -> list[Fact]:
        """"A invested $10M in X alongside B and C": B and C invested in X too (the sum is A's).
        "A co-led the round (in X) with B": a co-lead leads with someone, so B is its co-investor.
        The names are looked for from ``start``, else from the target on."""
        if not targets or not any(f.type == "INVESTED_IN" for f in facts):
            return []
        _, hi = self._clause(cue.end)
        companion = _CO_LED_WITH if cue.cue.word.lower().startswith("co-") else \
            _ROUND_INCLUDING if cue.cue.frame == "lead" else _ALONGSIDE
        closing = _CLOSING_ALONGSIDE.search(self.text, hi)
        if closing is not None and not _NEW_CLAUSE.search(self.text, hi, closing.start()):
            hi = closing.end()  # "in X, a startup that makes tools, alongside B": the appositive closed, the clause goes on
        partners = [g for a in companion.finditer(self.text, targets[0].end if start is None else start, hi)
                    for named in [_COUNTED_NAMES.match(self.text, a.end())] for g in self.groups
                    if g.members[0].actor.type != "Country"  # "US firm B": the country describes B
                    if g.start == a.end() or (g.start > a.end() and _LIST_DESCRIPTOR.fullmatch(
                        self.text, named.end() if named else a.end(), g.start))]
        return [f for g in partners[:1] for a in g.members for t in targets[0].members
                for f in self._facts(cue, a, t, targets[0], {}, with_amount=False)]

    def _cofounders(self, cue: CueMatch, targets: list[_Group]) -> list[Fact]:
        """"P co-founded the company in 2024 with the roboticist Q": Q founded it too."""
        if "FOUNDED" not in cue.cue.relations or not targets:
            return []
        _, hi = self._clause(cue.end)
        partners = [g for g in self.groups if targets[0].end <= g.start < hi and g.members[0].actor.type == "Person"
                    and _WITH_PERSON.search(self.text, max(0, g.start - 50), g.start)]
        return [f for g in partners[:1] for f in self._pairs(cue, g, targets)]

    def _parent(self, cue: CueMatch) -> list[Fact]:
        """"Y, the parent company of X" (the subject owns what follows "of"); "X's parent
        company, Y" (the possessive owns nothing, the name after is its owner)."""
        if cue.cue.word.lower().endswith(" of"):
            return self._pairs(cue, (self._after(cue.end) or [None])[0], [g for g in [self._subject(cue.start)] if g])
        child = [g for g in self.groups if g.end <= cue.start and _POSSESSIVE_PARENT.fullmatch(self.text, g.end, cue.start)]
        parent = [g for g in self.groups if g.start >= cue.end and re.fullmatch(r",?\s+(?:the\s+)?", self.text[cue.end:g.start])]
        return self._pairs(cue, child[0], parent) if child else []

    def _unnamed_object(self, pos: int) -> bool:
        """True if the verb ending at ``pos`` takes a described organisation that no name
        follows ("co-founded the company in Toulouse", not "bought the chipmaker Arvo"): the
        names after it are places and partners, not the object."""
        described = _DESCRIBED_OBJECT.match(self.text, pos)
        # A group at the description itself is the description resolved ("the company": X), and
        # so is a name in apposition to it ("set up a joint venture, Z, to build ..."), unless it
        # speaks ("bought the startup, Z said").
        named = _NAMED_OBJECT.match(self.text, described.end()) if described else None
        return described is not None and not any(
            pos <= g.start <= described.end() + 1 or (named and g.start == named.end() and not _SAYS.match(self.text, g.end))
            for g in self.groups)

    def _existing_backers(self, cue: CueMatch) -> list[Fact]:
        """"existing backer X returned, putting in a further $20 million": X invested again in
        the recipient of the round just reported; the amount after X is its own."""
        recipient = self._last_recipient
        facts = []
        for g in self.groups:
            if recipient is None or not _EXISTING_BACKER.fullmatch(self.text, cue.end, g.start):
                continue
            _, hi = self._clause(g.end)
            own = [a for a in self.amounts if g.end <= a.start < hi][:1]
            for m in g.members:
                for t in recipient.members:
                    if self.cues.fits("INVESTED_IN", m.actor.type, t.actor.type) and m.actor.id != t.actor.id:
                        props = {"role": "existing backer", "confidence": 0.6, **(own[0].properties() if own else {})}
                        facts.append(Fact(m.actor, "INVESTED_IN", t.actor, props, self.evidence(g.start, g.end)))
        return facts

    def _round_joiners(self, cue: CueMatch) -> list[Fact]:
        """"The round also saw participation from A, B and C": the round is the one just reported
        (or "X's round"), and every name listed invested in its recipient."""
        owner = self._round_owner_in_clause(cue)
        if owner is None:
            return []
        return [f for g in self._by_list(cue.end, False) for a in g.members for t in owner.members
                for f in self._facts(cue, a, t, owner, {}, with_amount=False)]

    def _by_list(self, pos: int, after_by: bool) -> list[_Group]:
        """The agents of a by-phrase at ``pos``: "by A and B", "by A, a former engineer, and B",
        "by A, who led research at C, and B" (C only describes A); a name before a role word and a name describes ("by former CERN engineer P")."""
        first = self._after(pos, "by")[:1] if after_by else self._after(pos)[:1]
        if not first and after_by:
            first = self._placed_agent(pos)  # "led by Singapore's Temasek": Temasek
        if first and _NEXT_PREDICATE.search(self.text, pos, first[0].start):
            return []  # "X was released in May and is used by A": A is the agent of another verb
        if first and _PEOPLE_DESCRIBED.match(self.text, first[0].end):
            first = self._after(first[0].end)[:1]  # "by two ex-Google researchers, A and B": A and B
        if not first and (counted := _PEOPLE_COUNTED.match(self.text, pos)):
            first = self._after(counted.end())[:1]  # "by two lab members, A and B": A and B
        if not first:
            return []
        by = self._after(first[0].start)
        # A person only describes no one: "by Professor P at the University of U" names P, the founder.
        by = [g for i, g in enumerate(by) if not (i + 1 < len(by) and g.members[0].actor.type != "Person"
                                                  and _DESCRIBES_NEXT.fullmatch(self.text, g.end, by[i + 1].start))]
        agents = by[:1]
        for g in by[1:]:
            aside = _appositives_after(self.text, agents[-1].end)
            if aside and g.start < aside[-1][1]:
                # "by P, who led research at Globex, and Q": Globex describes P, even listed with Q
                g = self._members_from(aside[-1][1])
                if g is None:
                    break
            link_from = aside[-1][1] if aside else agents[-1].end
            if not (_AGENT_LINK.fullmatch(self.text, link_from, g.start) or (
                    g.members[0].actor.type == "Person" and _DESCRIBED_AGENT_LINK.fullmatch(self.text, link_from, g.start))):
                break
            agents.append(g)
        return agents

    def _placed_agent(self, pos: int) -> list[_Group]:
        """"by Singapore's Temasek": the name right after a place's possessive is the agent
        (the place only says where it is)."""
        placed = _BY_PLACE_POSSESSIVE.match(self.text, pos)
        if placed is None or any(g.start == placed.start(1) for g in self.groups):
            return []  # "by Sequoia's P": an organisation's own people are not a place's
        return [g for g in self.groups if g.start == placed.end()][:1]

    def _spun_out_by(self, pos: int) -> list[_Group]:
        """"spun out of U in 2019 by researchers A and B": the people who spun it out founded it, as
        the parent U did; a plural word for people before them says the discovered names are people."""
        by = _SPUN_OUT_BY.match(self.text, pos)
        if by is None:
            return []
        people = self._by_list(by.end(), False)
        if by.group("people"):
            for g in people:
                g.members = [replace(m, actor=replace(m.actor, type="Person", kind=None))
                             if m.discovered and m.actor.type in _DEVELOPER_TYPES else m for m in g.members]
        return people

    def _members_from(self, pos: int) -> _Group | None:
        """The first names from ``pos`` on, as a group: the members of a list that an
        appositive's own name opened ("who led research at C, and Q") from ``pos``."""
        g = next((g for g in self.groups if g.end > pos), None)
        rest = [m for m in g.members if m.start >= pos] if g else []
        return _Group(rest, rest[0].start, g.end) if rest else None

    def _elaborated(self, pos: int) -> list[_Group]:
        """"backed a smaller effort: the Helix Challenge, ...": the name the colon elaborates."""
        colon = re.match(r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+:\s+(?:the\s+)?", self.text[pos:])
        return [g for g in self.groups if colon and g.start == pos + colon.end()]

    def _led_round(self, cue: CueMatch) -> list[Fact]:
        """"Its €410M Series C was led by A, with B and C also taking part", "The round, co-led by
        A and B, valued ...", "a $60M round that was led by A": the round's owner is a possessive
        before it, the recipient of the round just reported, or whoever owns "a round" before it."""
        owner = self._round_owner_in_clause(cue)
        if owner is None and _A_ROUND_BEFORE.search(self.text, max(0, cue.start - 60), cue.start):
            owner = self._round_owner_before(cue.start)
        if owner is None and _opens_the_sentence(self.text, cue.start) and self._sentences_read - self._recipient_read_at <= 2:
            owner = self._last_recipient  # "* X — $210M Series B / - Led by A, with B joining.": the round just reported
        return self._rounds_led_by(cue, owner)

    def _rounds_led_by(self, cue: CueMatch, owner: _Group | None) -> list[Fact]:
        """"led by A and B": the agents of the by-phrase after ``cue`` led ``owner``'s round (none
        without an owner)."""
        if owner is None:
            return []
        leads = self._by_list(cue.end, True)
        return self._round_facts(cue, leads, owner, leads[-1].end if leads else cue.end)

    def _round_owner_in_clause(self, cue: CueMatch) -> _Group | None:
        """Whose is the round a clause names before ``cue``: the last possessive ("X's round",
        "Its Series C"), else, for "the round", the recipient of the round just reported."""
        lo, _ = self._clause(cue.start)
        owners = [g for g in self.groups if lo <= g.start and g.end <= cue.start
                  and (_APOSTROPHE_S.match(self.text, g.end) or g.members[0].surface.lower() == "its")]
        if owners:
            return owners[-1]
        return self._last_recipient if _THE_ROUND.search(self.text, lo, cue.start) else None

    def _round_owner_before(self, pos: int) -> _Group | None:
        """Whose is "a round" the sentence names before ``pos``: the recipient this sentence already
        reported, else the last company a preposition names ("a stake in X as part of a round")."""
        if self._last_recipient is not None and self._recipient_read_at == self._sentences_read:
            return self._last_recipient
        owned = [g for g in self.groups if g.end <= pos and g.members[0].actor.type in ("Startup", "Company")
                 and _ROUND_OWNER_PREPOSITION.search(self.text, max(0, g.start - 40), g.start)]
        return owned[-1] if owned else None

    def _headline_round_owner(self) -> _Group | None:
        """"Halvard (Oslo) — $32M Series A.": a newsletter item opens with the company whose round
        its next sentences give the investors of ("A led; B and C joined")."""
        first = self.groups[0] if self.groups else None
        if first is None or not _ITEM_OPENING.fullmatch(self.text, 0, first.start) \
                or first.members[0].actor.type not in ("Startup", "Company"):
            return None
        if _BRACKETED_ROUND.match(self.text, first.end):
            return first  # "Manila's X ($4M seed extension) — A led": the round in brackets after the name
        if _OWNED_ROUND_OPENING.match(self.text, first.end):
            return first  # "Vaakya's round was the largest to date. Alongside the leads, A took part"
        backers = _ITS_BACKERS.search(self.text, first.end)
        if backers and not any(first.end <= g.start < backers.start() and g.members[0].actor.id != first.members[0].actor.id
                               for g in self.groups):
            return first  # "Setu is notable less for its size than its backers: A led, with B joining"
        after = _PLACE_GLOSS.match(self.text, first.end)
        # "7. Veridian Optics — strategic minority investment": a digest's numbered item is about its
        # heading's company whatever the deal is called
        item = ITEM_HEADING.match(self.text)
        return first if _DASHED_ROUND.match(self.text, after.end() if after else first.end) or (
            item is not None and first.start == item.start("name") and first.end == item.end("name")) else None

    def _shorthand_backers(self, headline_owner: _Group | None) -> list[Fact]:
        """Backers a newsletter names with no verb: after the round in brackets ("X ($2M seed; A, B)"),
        or on a labelled line right after the round ("X raised $12M. Lead: A. Also in: B and C")."""
        text, owner, lo, hi, props = self.text, headline_owner, 0, 0, {"confidence": 0.7}
        bracket = _BRACKETED_ROUND.match(text, owner.end) if owner is not None else None
        if bracket is not None:
            lo = text.find(";", bracket.end())
            hi = text.find(")", bracket.end())
            lo = lo if 0 <= lo < hi else hi
        elif (label := _BACKERS_LABEL.match(text)) and self._last_recipient is not None \
                and self._recipient_read_at >= self._sentences_read - 2:
            owner, lo = self._last_recipient, label.end()
            hi = next((m.start() for m in _LABEL_END.finditer(text, lo)), len(text))
            props = props | ({"role": "lead"} if label.group(1).lower().startswith("lead") else {})
        if owner is None or lo >= hi:
            return []
        if bracket is None:
            self._report_round(owner)  # "Lead: A. Also in: B": each label line keeps to the round
        return [Fact(m.actor, "INVESTED_IN", t.actor, dict(props), self.evidence(m.start, m.end))
                for g in self.groups if lo <= g.start < hi for m in g.members
                if m.actor.type in ORGANISATIONS and m.actor.id not in {t.actor.id for t in owner.members}
                for t in owner.members]

    def _round_facts(self, cue: CueMatch, leads: list[_Group], owner: _Group, pos: int) -> list[Fact]:
        """The leads of ``owner``'s round, and those "with A and B also taking part" after ``pos``."""
        facts = [f for g in leads for a in g.members for t in owner.members
                 for f in self._facts(cue, a, t, owner, {"role": "lead"})]
        for w in _WITH.finditer(self.text, pos):
            joined = [g for g in self.groups if g.start == w.end()][:1]
            if joined and not (w.group(1) or w.group(2)):
                joined = self._taking_part(joined[0])
            facts += [f for g in joined for a in g.members for t in owner.members
                      for f in self._facts(cue, a, t, owner, {}, with_amount=False)]
        return facts

    def _named_unit(self, owner: _Group) -> _Group:
        """"from A's venture arm, B": the unit B gave the money, not its owner A."""
        unit = _UNIT_NOUN.match(self.text, owner.end)
        named = re.match(r",?\s+", self.text[unit.end():]) if unit else None
        return next((g for g in self.groups if named and g.start == unit.end() + named.end()), owner)

    def _listed_past_aside(self, first: _Group) -> list[_Group]:
        """"include A, the federal seed investor, and B": the names a list goes on with after an
        appositive on its member (which the list's groups end at)."""
        listed, last = [], first
        while (link := _AGENT_LINK.match(self.text, last.end)) and link.group(0).startswith(","):
            last = next((g for g in self.groups if g.start == link.end()), None)
            if last is None:
                break
            listed.append(last)
        return listed

    def _taking_part(self, first: _Group) -> list[_Group]:
        """"with A, B's venture arm, and C participating": the names from ``first`` up to the
        participle, an appositive's owner ("B's") left out."""
        part = _TAKING_PART_LATER.match(self.text, first.end)
        if part is None:
            return []
        return [g for g in self.groups if first.start <= g.start and g.end <= part.end("names")
                and not _APOSTROPHE_S.match(self.text, g.end, g.end + 2)]

    def _joined_without_object(self, cue: CueMatch) -> bool:
        """"B and C also joined.", "B joined too", "B and C also invested.": after a round,
        "joined" with nothing to join (or "invested" in nothing named) means the round; a hedge ("B could also join", "B denied it joined") states no stake, and
        a person who "joined" is more often a hire than an angel."""
        word = cue.cue.word.lower()
        if self._last_recipient is None or not (word.startswith("join") or self._also_invested(cue)):
            return False
        if not _NOTHING_JOINED.match(self.text, cue.end) or _OWNED_UNREAL.search(self.text, max(0, cue.start - 60), cue.start):
            return False
        investor = self._subject(cue.start)
        return investor is not None and all(m.actor.type != "Person" for m in investor.members)

    def _also_invested(self, cue: CueMatch) -> bool:
        """"B and C also invested.", "B invested too", "B invested alongside C": one more investor
        in the round of the sentence just before; "how much A had invested" or a round reported further back is not it."""
        return (cue.cue.word.lower() in _INVESTED_WITHOUT_OBJECT and self._sentences_read - self._recipient_read_at <= 1
                and bool(_ALSO_BEFORE.search(self.text, max(0, cue.start - 12), cue.start)
                         or _TOO_AFTER.match(self.text, cue.end) or _ALONGSIDE_AFTER.match(self.text, cue.end)))

    def _state_share_of_the_fund(self, cue: CueMatch, rest: re.Match[str]) -> list[Fact]:
        """"The ministry put in 240 billion won, with the remainder coming from B and private LPs":
        the shares of the fund the passage is about. The state payers among the subject and those
        the remainder comes from FUNDS it (private payers' shares are left to the frames reading
        the fund's backers, which know their amounts)."""
        fund = self._programme
        if fund is None or fund.actor.type != "Program":
            return []
        subject = self._subject(cue.start)
        payers = (subject.members if subject is not None else []) + [
            m for g in self.groups if g.start >= rest.end() and not _CLAUSE_BREAK.search(self.text, rest.end(), g.start)
            for m in g.members]
        target, funds = _Group([fund], cue.end, cue.end), cue.meaning("FUNDS")
        return [f for m in payers if m.actor.type != "Program" and money_into_fund(m.actor) == "FUNDS"
                for f in self._facts(funds, m, fund, target, {}, with_amount=m.start < cue.start)]

    def _joined_round(self, cue: CueMatch) -> list[Fact]:
        """"NVIDIA joined as a strategic investor", "A put in more money", "A joined the round":
        the subject invested in the round the text reported last."""
        if cue.cue.frame == "join_clipped":
            if not _CLIPPED_JOIN_END.match(self.text, cue.end):
                return []  # "also in talks with", "put money in the bank"
        elif cue.cue.word.startswith("put") and not _MONEY_AFTER.match(self.text, cue.end):
            return []  # "put in place"
        if _SHARE_OF_CAPITAL.search(self.text, 0, cue.start) or _SHARE_OF_THE_SUM.match(self.text, cue.end):
            return []  # "N yuan in initial capital, of which A contributed ... and B put in the rest": the fund's backers
        rest = _REST_COMING_FROM.search(self.text, cue.end)
        if rest:
            return self._state_share_of_the_fund(cue, rest)
        owner = self._last_recipient
        joined = _JOINED_ROUND.match(self.text, cue.end)
        if not joined and _INTO_SOMETHING_ELSE.match(self.text, cue.end):
            return []
        if joined:
            # "A had joined its Series C", "A joined B's seed round": the round's owner is named
            owner = next((g for g in self.groups if g.start == joined.start(joined.lastindex or 1)), None)
            if owner is not None:
                self._last_recipient = owner  # "A co-invested in B's round alongside C, which led it"
        lo, _ = self._clause(cue.start)
        # "B, A's corporate VC, also joined": past its appositive, a name right before "also" joined
        # (not "in B, a chip developer, putting in $5M": the participle is the clause's before)
        adjacent = [g for g in self.groups if lo <= g.start and g.end <= cue.start
                    and (_ALSO_OR_THEN_GAP.fullmatch(self.text, g.end, cue.start)
                         or self._joins_past_its_aside(g, cue.start))]
        investor = adjacent[-1] if adjacent else self._subject(cue.start)
        if investor is None or owner is None:
            return []
        investors = self._list_ending_with(investor)
        if {m.actor.id for m in owner.members} & {m.actor.id for m in investor.members}:
            # "The company disclosed that A had joined its Series C": no investor joins its own
            # round; "its" is the main clause's subject
            owner = self._main_subject(cue.start)
            if owner is None or owner is investor:
                return []
        facts = [f for g in investors for a in g.members for t in owner.members
                 for f in self._facts(cue, a, t, owner, {}, with_amount=False)]
        return facts + self._alongside(cue, facts, [owner], cue.end)

    def _list_ending_with(self, last: _Group, lo: int = 0) -> list[_Group]:
        """The longest list of names from ``lo`` on, each with its appositive, that ends with
        ``last``: "A, Nvidia's venture arm, and B joined the round", "B and state-owned C followed
        on", "the D Fund (E's corporate VC) and returning investor F joined" all joined, not only
        the last; else ``last`` alone."""
        for g in self.groups:
            if g.start > last.start:
                break
            if g.start >= lo:
                listed = self._listed_after(g.start)
                if listed and listed[-1] is last:
                    return listed
        return [last]

    def _given_to(self, cue: CueMatch) -> list[Fact]:
        """"The IndiaAI Mission awarded ₹240 crore to X": an active giving verb; a grant or an award
        buys no stake, so the subject funds the name after "to"."""
        funds = cue.meaning("FUNDS")
        recipients = self._after(cue.end, "to")[:1] or [  # "DSIT awarded X a £12 million grant": two objects
            g for g in self._after(cue.end)[:1] if not self.text[cue.end:g.start].strip() and _SECOND_OBJECT.match(self.text, g.end)]
        # ", awarding it N": a participle after a comma, whose subject is its sentence's
        participle = (self.text[cue.start:cue.end].endswith("ing")
                      and self.text[max(0, cue.start - 3):cue.start].rstrip().endswith(","))
        return self._pairs(funds, self._main_subject(cue.start) if participle else self._subject(cue.start), recipients)

    def _contribution(self, cue: CueMatch) -> list[Fact]:
        """"The agency added a $2M grant alongside the equity", "A provided $5M in funding to X":
        only money with a funding noun counts ("added a feature" does not); it goes to the name
        after "to", else to the recipient of the round just reported."""
        if not _FUNDING_SUM.match(self.text, cue.end):
            return self._listing(cue)
        recipients = self._after(cue.end, "to")[:1] or ([self._last_recipient] if self._last_recipient else [])
        return self._pairs(cue, self._subject(cue.start), recipients)

    def _listing(self, cue: CueMatch) -> list[Fact]:
        """"The bureau added X, a Chinese developer, to its Entity List": a government puts the
        company named after the verb on a list that restricts it."""
        agent = self._subject(cue.start)
        _, hi = self._clause(cue.end)
        if agent is None or agent.members[0].actor.type not in ("Government", "Country") \
                or not _RESTRICTION_LIST.search(self.text, cue.end, hi):
            return []
        listed = [g for g in self._after(cue.end)[:1] if _LIST_DESCRIPTOR.fullmatch(self.text, cue.end + 1, g.start)]
        return [f for g in listed for a in agent.members for t in g.members
                for f in self._facts(cue.meaning("REGULATES"), a, t, g, {})]

    def _probe(self, cue: CueMatch) -> list[Fact]:
        """"The regulator opened an inquiry into Arvo", "... into the purchase": the body reviews
        the company named, or the buyer in the acquisition the text reported last. Only a
        government body reviews (an analyst's "review of X" is no regulation)."""
        agent = self._subject(cue.start)
        if agent is None or agent.members[0].actor.type not in ("Government", "Country"):
            return []
        targets = [g for g in self._after(cue.end)[:1] if _LIST_DESCRIPTOR.fullmatch(self.text, cue.end + 1, g.start)]
        between = _DEAL_BETWEEN.match(self.text, cue.end)
        if not targets and between:  # "a review of an agreement between A and B": both parties
            targets = [g for g in self._after(between.end())[:1] if g.start == between.end()]
        if not targets and self._last_acquisition is not None and _THE_DEAL.match(self.text, cue.end):
            targets = [self._last_acquisition]
        return self._pairs(cue, agent, targets)

    def _blocked_deal(self, cue: CueMatch) -> list[Fact]:
        """"The ministry prohibited the planned takeover of B by A", "blocked A's purchase of B":
        a government rules on the buyer."""
        agent = self._subject(cue.start)
        deal = _BLOCKED_DEAL.match(self.text, cue.end)
        if agent is None or deal is None or agent.members[0].actor.type not in ("Government", "Country"):
            return []
        if deal.group("by"):
            buyers = [g for g in self._after(deal.end())[:1] if _LIST_DESCRIPTOR.fullmatch(self.text, deal.end(), g.start)]
            # the company to be bought is ruled on as much: "the takeover of B by A"
            targets = [g for g in self._after(cue.end)[:1] if g.end <= deal.start("by")]
        else:
            buyers, targets = [g for g in self.groups if g.start == deal.start("owner")], []
        if cue.cue.word.lower() in _BLOCKING_VERBS:
            self._blocked_targets |= {m.actor.id for g in targets for m in g.members}
        return self._pairs(cue, agent, buyers[:1] + targets)

    def _participants(self, cue: CueMatch) -> list[Fact]:
        """"X joined the Y programme"; "X was among the first companies admitted, alongside A and
        B" (the programme in play); "the Helix Challenge, which X joined" (the relative's head)."""
        text = self.text
        subject = self._subject(cue.start)
        coordinated = _COORDINATED_PREDICATE.search(text, max(0, cue.start - _COORDINATED_PREDICATE_REACH), cue.start)
        if coordinated is not None:
            # "Founded by P at U, X develops M, and was among the startups selected": X, the clause's subject
            subject = self._verb_subject_before(coordinated.start()) or subject
        programmes = [g for g in self._after(cue.end) if g.members[0].actor.type == "Program"]
        if not programmes and subject is not None:
            head = [g for g in self.groups if g.end <= subject.start and g.members[0].actor.type == "Program"
                    and _WHICH_CLAUSE.search(text, g.end, subject.start)]
            among = _AMONG.search(text, subject.end, cue.start)
            programmes = head[-1:] or ([_Group([self._programme], cue.end, cue.end)]
                                       if among and self._programme is not None else [])
        if _NAMES_MEMBERS.search(text, subject.end if subject else cue.start, cue.start):
            subject = None  # "the ministry has named the first nine participants in P": the namer is none
        if cue.cue.word.lower().startswith("among"):
            # "Among them are A, the Tokyo subsidiary of B, and C": the programme in play
            programmes = programmes or [g for g in self.groups if g.end <= cue.start
                                        and g.members[0].actor.type == "Program"][-1:] or (
                [_Group([self._programme], cue.end, cue.end)] if self._programme is not None else [])
            subject = None
        if cue.cue.word.lower() in _SELECTS and subject is not None and _ACTIVE_GAP.fullmatch(text, subject.end, cue.start):
            subject = None  # "the ministry selected A and B for its P programme": A and B are members
            programmes = [g for g in self._after(cue.end, "for|into|to join|in") if g.members[0].actor.type == "Program"][:1]
        # "A and B were selected for the Norrow Accelerator": a choice the sentence names its own
        # target for is no choice for the programme in play, whatever type that target has.
        own_target = self._after(cue.end, "for|into|to join")
        in_play = [_Group([self._programme], cue.end, cue.end)] if self._programme is not None and not own_target else []
        listed_from = cue.end
        if cue.cue.word.lower() in _SELECTS:
            lo, _ = self._clause(cue.start)
            inverted = _AMONG_FRONTED.fullmatch(text, lo, cue.start) and _THEN_COPULA.match(text, cue.end)
            if inverted:  # "Among the eleven companies selected in May were A and B"
                subject, listed_from = None, inverted.end()
                programmes = programmes or in_play
            elif subject is not None and _WAS_SELECTED.search(text, subject.end, cue.start) \
                    and not _SELECTED_AS.match(text, cue.end):
                programmes = programmes or in_play  # "X was also selected": for the programme in play
            elif not programmes and _IN_ITS_COHORT.search(text, cue.end, self._clause(cue.end)[1]):
                programmes = in_play  # "The department picked X as one of eight companies in its first cohort"
        named_list = _LIST_COLON.match(text, programmes[0].end) if programmes and subject is None else None
        if named_list is not None:  # "The first cohort admitted to P: A, B and C"
            listed_from = named_list.end()
        members = [subject] if subject else self._listed_after(listed_from) if (
            cue.cue.word.lower().startswith("among") or cue.cue.word.lower() in _SELECTS) else []
        for a in _ALONGSIDE.finditer(text, cue.end):
            members += [g for g in self.groups if g.start >= a.end() and _LIST_DESCRIPTOR.fullmatch(text, a.end(), g.start)]
        if members and programmes:
            self._members = members
        return [f for g in members for f in self._pairs(cue, g, programmes[:1])]

    def _joins_past_its_aside(self, g: _Group, verb: int) -> bool:
        """True if "also" or "then" follows ``g``'s appositive right before the verb at ``verb``."""
        aside = self._aside_end(g)
        # (a cue may itself open with "also": "also participated")
        return aside > g.end and bool(_ALSO_THEN.match(self.text, aside)) \
            and _ALSO_OR_THEN_GAP.fullmatch(self.text, aside, verb) is not None

    def _aside_end(self, g: _Group) -> int:
        """Where ``g`` ends with its appositive: "B, A's corporate VC, also joined" has B right before the verb."""
        return next((b for h, _, b in self.appositives if h is g), g.end)

    def _listed_after(self, pos: int) -> list[_Group]:
        """The names listed from ``pos`` on, each with its appositive: "A, a Tokyo lab, and B"."""
        members: list[_Group] = []
        at = pos + len(self.text[pos:]) - len(self.text[pos:].lstrip())
        for g in self.groups:
            if g.start < at:
                continue
            gap = _LIST_DESCRIPTOR if not members else _NEXT_IN_LIST
            if not gap.fullmatch(self.text, at, g.start):
                break
            members.append(g)
            at = self._aside_end(g)
        return members

    def _raise(self, cue: CueMatch) -> list[Fact]:
        """"X raised $40M in a Series B led by A, with participation from B and C": A (lead), B, C
        invested in X; the round's amount goes to the lead, or to the one source named."""
        recipient = self._its_owner(cue) or self._subject(cue.start)
        if recipient is None:
            return []
        if not _BACKERS_NOUN.search(cue.cue.word):
            self._report_round(recipient)  # "whose investors include A" reports no round a later "the round" means
        if raised_by_manager(self.text, cue.end, recipient.members):
            # "F, a vehicle raised by M": M set the fund up and runs it, no investor in it
            launch = cue.meaning("LAUNCHED")
            return self._pairs(launch, (self._by_list(cue.end, True) or [None])[0], [recipient])
        _, hi = self._clause(cue.end)
        end = len(self.text) if re.search(r"\bled by\b", self.text[cue.end:hi]) else hi
        other = _OTHER_VERB_PHRASE.search(self.text, cue.end, end)
        end = other.start() if other else end
        # "The startup's backers include A": the cue's own verb introduces the first one
        lo = cue.start if cue.cue.word.endswith("include") else cue.end
        givers = [g for g in self.groups if cue.end <= g.start < end and _GIVER_BEFORE.search(
            self.text[max(lo, g.start - 60):g.start]) and not _PARTNERSHIP_WITH.search(self.text, max(cue.end, g.start - 40), g.start)
            and not self._glossing_owner(g.start, cue.end)
            and not all(m in self._employers for m in g.members)]  # "from A and Mistral AI co-founder B": B gave
        givers += [h for g in givers if re.search(r"\bwith\s+(?:the\s+)?$", self.text[max(0, g.start - 10):g.start])
                   for h in self._taking_part(g) if h not in givers]  # "with A (B's arm) and C joining"
        givers = [self._named_unit(g) for g in givers]
        givers += [h for g in givers for h in self._listed_past_aside(g) if h not in givers]
        givers += [h for g in givers for h in self._person_listed_after(g) if h not in givers]
        facts = []
        for n, g in enumerate(sorted(givers, key=lambda g: g.start)):
            lead = bool(_LEAD_BEFORE.search(self.text[max(0, g.start - 60):g.start]))
            props = {"role": "lead"} if lead else {}
            # "secured a €220 million loan from A": lent or granted money buys no stake
            given = cue.meaning("FUNDS") if _NO_STAKE_MONEY.search(self.text, cue.end, g.start) else cue
            for m in g.members:
                for r in recipient.members:
                    facts += self._facts(given, m, r, recipient, props, with_amount=lead or n == 0)
        return facts

    def _glossing_owner(self, start: int, lo: int) -> bool:
        """True if the name at ``start`` owns the one before ("A, the venture arm wholly owned by
        Saudi Arabia's B"): it glosses the giver, and gave nothing itself."""
        possessive = _PLACE_POSSESSIVE_END.search(self.text, max(lo, start - 30), start)
        if possessive is not None and any(g.start == possessive.start() for g in self.groups):
            possessive = None  # "owned by Temasek's Vertex Holdings, and B": an owner's owner, B still gave
        phrase = possessive.start() if possessive else start
        return bool(_GLOSSING_BY.search(self.text, max(lo, phrase - 40), phrase))

    def _its_owner(self, cue: CueMatch) -> _Group | None:
        """"Its early investors include A and B", "our angel investors, including A": the cue opens
        with "its" or "our", which the anaphora read as the organisation meant; that organisation
        owns the investors."""
        owner = cue.cue.word.lower().split()[0]
        if owner not in ("its", "our"):
            return None
        return next((g for g in self.groups if g.start == cue.start and g.members[0].surface.lower() == owner), None)

    def _pairs(self, cue: CueMatch, agent: _Group | None, targets: list[_Group], props: dict | None = None) -> list[Fact]:
        if agent is None:
            return []
        return [f for tg in targets if tg is not agent for a in agent.members for t in tg.members
                for f in self._facts(cue, a, t, tg, dict(props or {}))]

    # -- facts ------------------------------------------------------------------------------

    def _facts(self, cue: CueMatch, subj: Mention, obj: Mention, target_group, props: dict,
               with_amount: bool = True) -> list[Fact]:
        obj_actor = obj.actor
        if subj.actor.id == obj.actor.id:
            # "Google's parent company, Alphabet": one gazetteer entry, two actors here
            obj_actor = distinct_owner(subj, obj) if cue.cue.relations == ("SUBSIDIARY_OF",) else None
            if obj_actor is None:
                return []
        if "DEVELOPS" in cue.cue.relations and obj.discovered and (_SITE_APPOSITIVE.match(self.text, obj.end)
                                                                   or obj.start in self._site_words):
            if "LAUNCHED" not in cue.cue.relations or obj_actor.type not in _DEVELOPER_TYPES:
                return []  # "Northgate, a data-center campus being built by C": a site is built, no product
            # "X, a data-centre campus announced by A": a site announced is a project A launched
            obj_actor = replace(obj_actor, type="Program", kind=None)
        if ("DEVELOPS" in cue.cue.relations and obj.discovered and obj_actor.type in _DEVELOPER_TYPES
                and (cue.cue.relations[0] == "DEVELOPS" or re.match(r",?\s+(?:an?|the|its)\s+[^,.;]*\bmodel",
                                                                    self.text[obj.end:]))):
            obj_actor = replace(obj_actor, type="Model", kind=None)  # "develops Hikari-2, a ... model"
            self._retype(obj, obj_actor)
        if cue.cue.word.lower() in _GOVERNMENT_LAUNCH and obj.discovered and \
                subj.actor.type in ("Government", "Country") and obj_actor.type in _DEVELOPER_TYPES:
            obj_actor = replace(obj_actor, type="Program", kind="initiative")  # a government launches programmes
            self._retype(obj, obj_actor)
        if cue.cue.subjects and subj.actor.type not in cue.cue.subjects:
            return []
        if cue.cue.relations == ("PARTNERS_WITH",) and any(appositive_possessor(self.text, m) for m in (subj, obj)):
            return []  # "an MoU with B, the ministry's mission": the ministry owns B and signed nothing
        if any(self._country_as_adjective(m) for m in (subj, obj)):
            return []  # "a joint venture with a U.S. model developer": the country only says where the partner is
        subj_actor = subj.actor
        if "INVESTED_IN" in cue.cue.relations and _named_fund(subj):
            subj_actor = replace(subj_actor, type="Investor", kind="fund")  # "Oakmere Fund" invests: an investor
        # "launched X, a $50 million corporate fund": the appositive says X is a fund or a programme,
        # so X is launched, not founded, whatever its name made discovery guess
        thing = _LAUNCHED_THING.match(self.text, obj.end) if "LAUNCHED" in cue.cue.relations and obj.discovered else None
        if thing is not None and obj_actor.type != "Program" and not (
                obj_actor.type == "Investor" and _STATE_INVESTOR.search(thing.group(0))):
            obj_actor = replace(obj_actor, type="Program", kind="fund" if thing.group("fund") else None)
        for relation in cue.cue.relations:
            subject = subj_actor
            if relation in ("LAUNCHED", "FUNDS", "REGULATES") and subject.type == "Country":
                subject = self.government_of(subject.country) or subject
            if relation == "INVESTED_IN" and "FUNDS" in cue.cue.relations and (subject.type in ("Government", "Program") or (
                    obj_actor.type == "Program" and obj_actor.kind != "fund" and money_into_fund(subject) == "FUNDS")):
                continue  # public money is funding, not equity; a state bank's into a programme (no fund's LP stake) too
            if self.cues.fits(relation, subject.type, obj_actor.type) or (
                    relation in ("LAUNCHED", "PARTICIPATES_IN") and obj.discovered and obj_actor.type == "Program"):
                break
        else:
            return []
        lo, hi = self._clause(cue.start)
        lo = min(lo, subj.start, obj.start)
        hi = max(hi, subj.end, obj.end)
        if relation in ("INVESTED_IN", "FUNDS", "ACQUIRED", "LAUNCHED") and with_amount:
            amount = self._amount(cue, lo, hi)
            if amount is not None:
                props.update(amount.properties())
        if relation == "INVESTED_IN":
            rnd = next((r for r in _ROUND.finditer(self.text, lo, hi) if not self._aside(r.start(), cue.start)), None)
            if rnd:
                name = rnd.group(1)
                props["round"] = re.sub(r"\s+", " ", name[0].upper() + name[1:]) if name.lower().startswith(
                    ("series", "pre-series")) else name.lower()
        year = self._year(cue.start, lo, hi)
        if year:
            props.update(year)
        if _RUMOURED.search(self.text, max(0, cue.start - 80), cue.start) or _DENIED_AFTER.search(self.text, cue.end):
            return []  # "declined to comment on reports that it was in talks to acquire X"
        if relation in ("ACQUIRED", "INVESTED_IN") and _MAY_DEAL.search(self.text, max(0, cue.start - 40), cue.start):
            return []  # "It could buy B", "A is considering investing in B": a deal that may never happen
        if _MODAL.search(self.text, max(0, cue.start - 30), cue.start):
            props["qualifier"] = "planned"
        props["confidence"] = 0.8 if not (subj.discovered or obj.discovered) else 0.6
        return [Fact(subject, relation, obj_actor, props,
                     self.evidence(min(subj.start, obj.start, cue.start), max(subj.end, obj.end, cue.end)))]

    def _retype(self, m: Mention, actor: Actor) -> None:
        """Give ``m`` its kind now known, and every word of the sentence pointing back to it ("set up
        X, ..., and B committed €9m to it": "it" is the programme X now is)."""
        for named in [m] + [k for g in self.groups for k in g.members if k.actor.id == m.actor.id]:
            named.actor = actor

    def _country_as_adjective(self, m: Mention) -> bool:
        """True for a country named after "a"/"an" and before a common noun ("a U.S. startup")."""
        return (m.actor.type == "Country" and bool(_INDEFINITE_BEFORE.search(self.text, max(0, m.start - 4), m.start))
                and bool(_COMMON_NOUN_AFTER.match(self.text, m.end)))

    def _amount(self, cue: CueMatch, lo: int, hi: int) -> Amount | None:
        near = [a for a in self.amounts if lo <= a.start < hi]
        return min(near, key=lambda a: (a.start < cue.start, abs(a.start - cue.end))) if near else None

    def _year(self, pos: int, lo: int, hi: int) -> dict:
        """The date in ``lo:hi`` nearest the verb at ``pos``, outside appositives that do not hold it."""
        dates = [d for d in self.dates if lo <= d.start < hi and not self._aside(d.start, pos)]
        if dates:
            d = min(dates, key=lambda d: abs(d.start - pos))
            return {"date": d.date, "year": d.year}
        bare = [m for m in _YEAR.finditer(self.text, lo, hi) if not self._aside(m.start(), pos)]
        if bare:
            y = min(bare, key=lambda m: abs(m.start() - pos)).group(1)
            return {"date": y, "year": int(y)}
        return {}

    def _country_flows(self, mentions: list[Mention], flows: list[re.Match]) -> list[Fact]:
        """"US-based investors put $3.1 billion into German AI start-ups": venture money from one
        country's investors to another's companies, a flow between the countries. ``flows`` are
        the sentence's _COUNTRY_FLOW matches, read once in ``extract``, which calls this only for
        a sentence that :func:`may_name_a_country_flow`."""
        facts = []
        for flow in [*flows, *_MONEY_FROM.finditer(self.text), *_NATIONAL_MONEY.finditer(self.text)]:
            said = "source" if flow.group("source") else "source_after"
            source, target = (self._country_named(flow.group(k), flow.start(k), mentions) for k in (said, "target"))
            opening = _IN_COUNTRY_OPENING.match(self.text) if flow.group("target") == "local" else None
            target = self._country_named(opening.group("place"), opening.start("place"), mentions) if opening else target
            amount = self._amount_within(flow.start("money"), flow.end("money"))
            if source is None or target is None or amount is None or source.id == target.id:
                continue
            lo, hi = self._clause(flow.start())
            earlier = _EARLIER_FIGURE.match(self.text, flow.end())
            hi = earlier.end("said") if earlier else hi
            props = {**amount.properties(), **self._year(flow.start(), lo, hi), "confidence": 0.7}
            facts.append(Fact(source, "VC_FLOW", target, props, self.evidence(flow.start(), flow.end())))
            facts += self._next_source(flow.end(), target, mentions, props)
            before = self._amount_within(earlier.start("money"), earlier.end("money")) if earlier else None
            if before is not None:
                props = {**before.properties(), "date": earlier.group("year"), "year": int(earlier.group("year")),
                         "confidence": 0.7}
                facts.append(Fact(source, "VC_FLOW", target, props, self.evidence(earlier.start(), earlier.end())))
        return facts

    def _next_source(self, pos: int, target: Actor, mentions: list[Mention], props: dict) -> list[Fact]:
        """"US investors put $1.3bn into Singapore startups, Pangea said, followed by Japan with $390m":
        a ranking's next source of money for the same country."""
        then = _FOLLOWED_BY.search(self.text, pos)
        source = self._country_named(then.group("source"), then.start("source"), mentions) if then else None
        amount = self._amount_within(then.start("money"), then.end("money")) if then else None
        if source is None or amount is None or source.id == target.id:
            return []
        return [Fact(source, "VC_FLOW", target, {**props, **amount.properties()}, self.evidence(then.start(), then.end()))]

    def _its_ticket(self) -> list[Fact]:
        """"The fund ... its first commitments included a EUR 25 million ticket in X's Series C":
        the sentence's subject invested in X."""
        if "its " not in self.text and "Its " not in self.text:
            return []
        facts = []
        for m in _ITS_TICKET.finditer(self.text):
            investor = next((g for g in self.groups if g.end <= m.start() and not self._governed(g)
                             and g.members[0].actor.type in _TICKET_HOLDERS and not self._in_appositive(g, m.start())), None)
            holders = [g.actor for g in investor.members] if investor is not None else []
            if not holders and m.start() == 0:
                # "A launched the B Fund. Its first cheque went to X": the fund just set up; else
                # "(The fund ...) Its first cheque": the sentences' subject
                holders = self._recent_funds()[:1] or [
                    h.actor for h in self._last_subject[:1] if len(self._last_subject) == 1 and h.actor.type in _TICKET_HOLDERS]
            target = next((g for g in self.groups if g.start == m.end()), None)
            if not holders or target is None:
                continue
            props = {**self._year(m.start(), *self._clause(m.start())), "confidence": 0.6}
            amount = self._amount_within(m.start(), m.end())
            props.update(amount.properties() if amount else {})
            facts += [Fact(a, "INVESTED_IN", t.actor, dict(props), self.evidence(m.start(), target.end))
                      for a in holders for t in target.members if t.actor.type in ("Startup", "Company")]
        return facts

    def _recent_funds(self) -> list[Actor]:
        """The funds set up in the last two sentences ("A launched the B Fund. The fund will be
        managed by C. Its first cheque went to X": B's); a third sentence has moved on."""
        return self._funds_launched if self._sentences_read - self._funds_launched_at <= 2 else []

    def _amount_within(self, start: int, end: int) -> Amount | None:
        """The sentence's first amount overlapping ``start:end`` (an amount's span may begin with
        the space before its currency sign)."""
        return next((a for a in self.amounts if a.start < end and a.end > start), None)

    def _country_named(self, word: str, start: int, mentions: list[Mention]) -> Actor | None:
        """The country a nationality, a place or a country's name at ``start`` stands for."""
        return self.country_of(self._country_code(word, start, mentions))

    # -- location glosses -------------------------------------------------------------------

    def _place_glosses(self, mentions: list[Mention], places: list[Mention]) -> None:
        """"Oslo-based X", "X, a London start-up", "X of Osaka", "X, based in Paris", "the Dutch
        fund X": where X is, recorded as the mention's country hint. ``places`` are all the
        sentence's mentions, countries read as glosses included."""
        text = self.text
        for m in mentions:
            if m.actor.type not in ORGANISATIONS or m.country_hint:
                continue
            before = _BASED_BEFORE.search(text, 0, m.start)
            glosses = [(before.start(1), before.group(1))] if before and before.end() == m.start else []
            for described in (_DEMONYM_BEFORE, _PLACE_POSSESSIVE_BEFORE):
                gloss = described.search(text, max(0, m.start - 80), m.start)
                if gloss and gloss.end() == m.start:
                    glosses.append((gloss.start(1), gloss.group(1)))
            for n, pattern in enumerate(_GLOSS_AFTER):
                if n == 2 and not m.discovered:
                    continue  # "Bank of Japan" is a name; "Kaito Vision of Osaka" a gloss
                g = pattern.match(text[m.end:])
                if g:
                    glosses.append((m.end + g.start(1), g.group(1)))
            for start, place in glosses:
                code = self._country_code(place, start, places)
                if code:
                    m.country_hint = code
                    break

    @staticmethod
    def _country_code(place: str, start: int, mentions: list[Mention]) -> str | None:
        """The country of a place gloss: a country named there, a known city or nationality; in
        "Newcastle, UK" the country after the city; in "Israeli AI" the nationality."""
        city, _, country = place.rpartition(", ")
        at = {start: place, start + len(city) + 2: country} if city else {start: place}
        for c in mentions:
            if c.actor.type == "Country" and c.start in at and c.actor.country:
                return c.actor.country
        words = place.split()
        nationality = DEMONYMS.get(words[0]) if words[1:] in (["AI"], ["Tech"]) else None  # not "British Columbia"
        return CITY_COUNTRY.get(place) or DEMONYMS.get(place) or (city and CITY_COUNTRY.get(city)) or nationality


# "former DeepMind researchers", "two Google engineers": people described by where they
# worked; the organisation takes no part in what they do.
_ITS_PEOPLE = re.compile(r"\s+(?:(?![a-z]+ing\s)[a-z][\w-]*\s+)?(?:researchers?|engineers?|employees?|alumni|alumnus|executives?|"
                         r"staff(?:ers?)?|veterans?|scientists?)\b")


# "Q Holdings, the state investment vehicle set up by ...": a sovereign investor, an organisation
# founded, not a fund launched.
_STATE_INVESTOR = re.compile(r"\b(?:state|sovereign|state-owned|government-owned)\b")
# "Ravi Menon, a chip analyst at C, said A's willingness to invest ...": someone quoted for a view
# of the deals, party to none of them.
_COMMENTATOR = re.compile(r",\s+(?:an?|the)\s+(?:[\w.&-]+\s+){0,4}?(?:analyst|economist|strategist|consultant|"
                          r"spokes(?:wo)?man|spokesperson|lawyer)\b")
# "San Francisco's Mission District", "Fifth Avenue": a part of a town, no organisation.
_PART_OF_TOWN = re.compile(r"\s(?:District|Quarter|Square|Street|Avenue|Boulevard|Neighbou?rhood)$")
# "had led the compiler team at G", "led its robotics division": a person's post, not a round led.
_LED_A_TEAM = re.compile(r"\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:teams?|unit|division|department|"
                         r"lab|laboratory|research|engineering|operations|delegation)\b")
# "also took part", "joined as well", "also put in $5m", "Existing investors including A took part": one
# more actor in what the text is telling, not a new subject ("A is also tapping public money" is A's own news).
_JOINING = re.compile(r"\b(?:also\s+(?:[a-z]+\s+){0,2}?(?:invest|back|put|contribut|came|come|led|co-led|wrote|writ)\w*|"
                      r"too|as well|took part|takes? part|taking part|participat\w*|joined|joins?|joining|"
                      r"investors?|backers?|shareholders?)\b", re.I)
# "Existing investors A and B": names the words before call investors.
_INVESTORS_BEFORE = re.compile(r"\b(?:investors?|backers?|shareholders?)\s+$", re.I)
# "the department's Bureau of ...": a body of the government body named before.
_BODY_POSSESSIVE = re.compile(r"\b[Tt]he\s+(department|ministry|agency|commission)['’]s\s+$")
# "selling to a CFO", "Every CTO we talk to": a post, no organisation or product.
_ROLE_ACRONYM = re.compile(r"(?:[A-Z][a-z]+\s)?C[A-Z]O")
# "YC's Summer 2023 batch": a season of a year.
_SEASON = re.compile(r"Spring|Summer|Fall|Autumn|Winter")
_YEAR_AFTER = re.compile(r"\s(?:19|20)\d{2}\b")


# A plural word for companies right after capitalised words makes them an adjective phrase.
_PLURAL_KIND = re.compile(r"\s+(?:start-?ups|companies|firms|investors|players|developers|makers|labs|unicorns|founders)\b")


# "south of Cottbus", "just outside Lille", "on the outskirts of Turin": a direction or nearness
# from a name makes it a place, whether or not it is a city the project knows.
_PLACE_PREPOSITION = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside|near|outskirts\s+of)\s+$",
                                re.I)


# Nouns of a deal whose possessor is its agent: "QIA's investment in B", "A's acquisition of B".
_DEAL_NOUNS = frozenset(("investment", "investments", "acquisition", "purchase", "takeover"))
# "Commerce's launch of P": the noun of launching, owned by who launched.
_ACT_NOUNS = _DEAL_NOUNS | {"launch"}
_POSSESSIVE_BEFORE_NOUN = re.compile(r"['’]s\s+(?:[a-z$€£\d.,-]+\s+){0,3}")
# "Brussels's launch", "Acme's investment": a capitalised possessor of the cue noun (not "It's", "That's").
_OWNER_OF_THE_NOUN = re.compile(r"(?<![\w'’])(?!(?:It|That|There|What|Here|Who|He|She)['’]s)(?P<owner>[A-Z][\w.&-]*)['’]s\s+"
                                r"(?:[a-z$€£\d.,-]+\s+){0,3}$")


def _names_next(text: str, match: re.Match, taken: list[tuple[int, int]]) -> bool:
    """True if a description overlaps a name or only introduces the name right after it ("the
    Dutch fund Vesper Ventures", "the Chinese investor Hefei Capital") or glosses the name in
    brackets ("the federal research ministry (BMFTR)"): it points back to no one."""
    return any(a < match.end() and match.start() < b for a, b in taken) or any(
        a >= match.end() and text[match.end():a].strip() in ("", "(") for a, _ in taken)


def _cleaned(text: str, mentions: list[Mention], cues: list[CueMatch]) -> list[Mention]:
    """Names that are no actor here ("former DeepMind researchers") and discovered names that
    are not actors ("Series B", "Separately,", "London", "the Mission District", "Summer 2023", a cue word
    opening the sentence: "Founded in ...") dropped, a place joined to a name ("Kaito Vision of
    Osaka") split off as the name's location, and a place before a name ("Singapore-based X",
    "Finland's X", "the Leipzig newcomer X") read as a gloss on it, not as an actor."""
    out = []
    for n, m in enumerate(mentions):
        if _ROUND_NAME.match(m.surface) or _place_before_name(text, m, mentions[n + 1:]) \
                or _ITS_PEOPLE.match(text, m.end) or (m.actor.type == "Person" and _COMMENTATOR.match(text, m.end)):
            continue
        if m.discovered and _PLURAL_KIND.match(text, m.end):
            continue  # "European AI startups", "Nordic Robotics firms": a kind of companies, no name
        if m.discovered and (any(c.start <= m.start and m.end <= c.end for c in cues)
                             and m.surface.lower() not in _FIRST_PERSON_WORDS  # "our investors": whose
                             or _DATELINE_AGENCY.fullmatch(text, m.start - 1, m.end + 3)):
            continue
        if m.discovered:
            # "The Qataris are hardly alone": a people, named by the plural of its adjective
            if (m.surface in CITY_COUNTRY and not _LOCAL_GOVERNMENT_AFTER.match(text[m.end:])) or m.surface in _REGIONS or m.surface.removesuffix("s") in DEMONYMS \
                    or _DEMONYM_PHRASE.match(text, m.start) \
                    or _PLACE_PREPOSITION.search(text, max(0, m.start - 24), m.start) \
                    or _PART_OF_TOWN.search(m.surface) or _ROLE_ACRONYM.fullmatch(m.surface) or (_SEASON.fullmatch(m.surface) and _YEAR_AFTER.match(text, m.end)) \
                    or (m.start == 0 and re.fullmatch(r"[A-Z][a-z]+ly", m.surface)
                                             and text[m.end:m.end + 1] == ","):
                continue
            of = re.fullmatch(r"(.+?) of (.+)", m.surface)
            if of and of.group(2) in CITY_COUNTRY and m.actor.type in ORGANISATIONS - {"University"}:  # not "University of Leeds"
                name = of.group(1)
                actor = replace(m.actor, id=slugify(name), name=name)
                m = replace(m, end=m.start + len(name), after=m.start + len(name), surface=name, actor=actor,
                            country_hint=m.country_hint or CITY_COUNTRY[of.group(2)])
        out.append(m)
    return out


def _place_before_name(text: str, m: Mention, later: list[Mention]) -> bool:
    """True if ``m`` is a place glossing the name after it: "Singapore-based X", "Finland's X"
    (which then says where X is), "the Leipzig newcomer X", "Paris robotics lab X"."""
    nxt = later[0] if later else None
    if m.actor.type == "Country":
        if re.match(r"-(?:based|headquartered)\b", text[m.end:]):
            return True
        noun = _PLACE_NOUN.match(text, m.end)
        if noun and nxt is not None and not text[noun.end():nxt.start].strip():
            nxt.country_hint = nxt.country_hint or m.actor.country  # "U.S. chip start-up Groq": where Groq is
            return True
        return _possessive_place(text, m, nxt, m.actor.country)
    if m.discovered and m.surface in CITY_COUNTRY and _possessive_place(text, m, nxt, CITY_COUNTRY[m.surface]):
        return True  # "Abu Dhabi's MGX"
    noun = _PLACE_NOUN.match(text, m.end)
    if not (m.discovered and noun and " " not in m.surface and m.actor.type in _DEVELOPER_TYPES):
        return False
    # "the Leipzig newcomer X", "a Rotterdam maker of ...": an article or a name after says it is a place
    named_after = nxt is not None and not text[noun.end():nxt.start].strip()
    if named_after and m.surface in CITY_COUNTRY and not _FINITE_VERB_AFTER.match(text, nxt.end):
        # not "a London startup Microsoft agreed to buy": the name after is the subject of a clause on the startup
        nxt.country_hint = nxt.country_hint or CITY_COUNTRY[m.surface]  # where X is
    return bool(re.search(r"\b(?:a|an|the)\s+$", text[max(0, m.start - 5):m.start])) or named_after



def _bought_from_an_owner(text: str, targets: list[_Group]) -> list[_Group]:
    """What is bought after a possessive name is never the name itself: "bought A's chip unit B"
    takes over the unit B, and "intends to buy A's next-generation Vera Rubin systems" buys A's
    products (whose name may read like a company's), so nothing after the owner is taken over."""
    owner = next((i for i, g in enumerate(targets) if _POSSESSIVE_GAP.match(text, g.end)), None)
    if owner is None:
        return targets
    return targets[owner + 1:] if _UNIT_NOUN.match(text, targets[owner].end) else targets[:owner]
def _possessive_place(text: str, place: Mention, nxt: Mention | None, country: str | None) -> bool:
    """True if ``place`` owns the organisation, state body or programme right after it ("Finland's X",
    "Abu Dhabi's X", "Japan's Ministry of ...": the ministry acts, not the country; "the UAE's X
    Initiative": the programme is what a verb or preposition governs), which then is based in ``country``."""
    if nxt is None or (nxt.actor.type not in ORGANISATIONS_AND_GOVERNMENT and nxt.actor.type != "Program") or not re.fullmatch(r"['’]s\s+", text[place.end:nxt.start]):
        return False
    nxt.country_hint = nxt.country_hint or country
    return True


_PLACE_NOUN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}" + _ORG_NOUN)


def _name_programmes(text: str, mentions: list[Mention]) -> None:
    """"Rechenkraft, a €1.4 billion programme": a discovered name glossed as a programme is one."""
    fronted = _FRONTED_ALSO.match(text)
    for m in mentions:
        if fronted and m.end <= fronted.end(1):
            continue  # "Besides X, the fund ...": the fund is the clause's subject, no gloss of X
        gloss = _PROGRAMME_GLOSS.match(text, m.end) if m.discovered and m.actor.type in _DEVELOPER_TYPES else None
        if gloss:
            kind = "fund" if gloss.group(1) == "fund" else "initiative"
            m.actor = replace(m.actor, type="Program", kind=kind)


def _organisations_programmes(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the NVIDIA Inception program": the organisation's name and the capitalised words after
    it are the programme's name (a mention of its own besides the organisation's, at the same start)."""
    out = list(mentions)
    for m in mentions:
        named = _NAMED_PROGRAMME.match(text, m.end) if m.actor.type in ORGANISATIONS else None
        if named is None or any(k.start < named.end() and m.end < k.end for k in mentions if k is not m):
            continue
        name = f"{m.surface} {named.group(1)}"
        actor = Actor(id=slugify(name), name=name, type="Program", kind="initiative", discovered=True)
        out.append(Mention(m.start, named.end(), actor, text[m.start:named.end()], discovered=True, after=named.end()))
    return sorted(out, key=lambda k: (k.start, -k.end))  # the programme first: lists take the longer name


# "Sweden's innovation agency Vinnova", "the competition regulator Konkurrenz": a public body's kind before its name.
_PUBLIC_BODY_BEFORE = re.compile(r"\b(?:agency|regulator|watchdog|authority|ministry)\s+$", re.I)


def _type_public_bodies(text: str, mentions: list[Mention]) -> None:
    """A discovered name introduced as an agency or a regulator is a government body, not a
    start-up: it funds and regulates, and "the company" never points back to it."""
    for m in mentions:
        if m.discovered and m.actor.type in _DEVELOPER_TYPES and _PUBLIC_BODY_BEFORE.search(text, max(0, m.start - 12), m.start):
            m.actor = replace(m.actor, type="Government", kind=None)


# "announced P, financed by the Public Investment Fund with $4.5 billion": another pays for it.
_PAID_BY_ANOTHER = re.compile(r"\b(?:financed|funded|bankrolled|paid for|capitali[sz]ed)\s+(?:entirely\s+|jointly\s+)?by\b")


def _public_money(facts: list[Fact], text: str) -> list[Fact]:
    """"The Chilean government launched a $2bn programme": a government that launches a
    programme with a sum funds it, unless the sentence names who finances it."""
    if _PAID_BY_ANOTHER.search(text):
        return []
    return [replace(f, type="FUNDS") for f in facts
            if f.type == "LAUNCHED" and f.subject.type == "Government" and "amount" in f.props]


# Between a name and the bracket holding its acronym: 'the "Sovereign Grid" (SG)' closes its quotes first.
_BRACKET_AFTER_NAME = re.compile(r"[\"”’']?\s*\(")
# ... and the acronym closing a mention that took it in as its gloss.
_GLOSSED_ACRONYM = re.compile(r"[\"”’']?\s*\(\s*([A-Z][A-Z0-9&-]{1,9})\s*\)$")

# The words that stand for the organisation speaking (see loaders.first_person).
_FIRST_PERSON_WORDS = frozenset(("we", "us", "our", "ours", "ourselves"))


# "Northgate, a 1.4-gigawatt data-center campus": an appositive calling the name a site.
_SITE_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:(?!(?:for|of|in|at|with|to|and|on)\s)[\w.-]+\s+){0,4}?(?:campus|site|facility|plant|factory|fab|"
                              r"data[\s-]cent(?:er|re)|park|complex)\b")


# "Jawhar", a 70-billion-parameter language model; "Ordo-M1, a foundation model that": an indefinite
# appositive whose head is a product (not "a maker of models", "a model developer").
_PRODUCT_NOUNS = r"(?:models?|LLMs?|chatbots?|assistants?|copilots?|chips?|processors?|accelerators?)"
_PRODUCT_APPOSITIVE = re.compile(r"[\"”’']?,\s+an?\s+(?:(?!(?:of|for|that|which|whose|who|and|or|with|in|on|to|by)\b|"
                                 r"[\w.-]*(?:start-?up|company|firm|developer|maker|lab|group|business|provider|unicorn)s?\b)"
                                 r"[\w.-]+\s+){0,5}?" + _PRODUCT_NOUNS
                                 + r"\b(?!-)(?!\s+(?:developer|maker|company|start-?up|firm|builder|provider|lab|vendor|specialist)s?\b)")
# "sells a foundation model, Ordo-M1", "a legal reasoning model called Dasom-Law", "a control model it calls
# OrvaneOS": the product noun, then its name.
_PRODUCT_NAMED_AFTER = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,4}?" + _PRODUCT_NOUNS
                                  + r"(?:,\s+|\s+(?:called|named|dubbed|(?:it|they|we)\s+calls?)\s+)[\"“‘']?$")
# "launched a compute subsystem for edge inference, the Neoverse CSS Talon", "released a coding
# service, Corvo": what a company launches and names in apposition is its product; the nouns of
# offerings (service, system, app) name a product only after a verb of launching ("a lending
# service, Kredit" in a deal story is the company; "platform" names companies too often).
_LAUNCHED_PRODUCT_NAMED_AFTER = re.compile(
    r"\b(?:launch|releas|unveil|introduc|debut|roll)\w*(?:\s+out)?\s+(?:its\s+|an?\s+)(?:new\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:" + _PRODUCT_NOUNS + r"|subsystems?|services?|systems?|tools?|apps?|engines?|agents?)"
    r"(?:\s+(?:for|of|with)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,\s+(?:the\s+)?[\"“‘']?$")


def _type_products(text: str, mentions: list[Mention]) -> None:
    """A discovered name introduced as a product ("its flagship model, Wren", "Gantry-1, the
    start-up's first model", "its own models, called Tern") is a model; typed before pronouns are read, so that "it" never
    means a product."""
    for m in mentions:
        if m.discovered and m.actor.type == "Program" and _called_a_product(text, m):
            m.actor = replace(m.actor, type="Model", kind=None)  # "a legal model called Dasom-Law": no law
        if not (m.discovered and m.actor.type in _DEVELOPER_TYPES) or m.surface.lower() in _FIRST_PERSON_WORDS:
            continue  # "Our own model, X": the speaker's organisation, the owner of the product
        if _called_a_product(text, m) or _PRODUCT_OF.search(text, max(0, m.start - 90), m.start) or _OWNERS_PRODUCT.match(text, m.end) or (
                _OWNED_BEFORE.search(text, max(0, m.start - 40), m.start) and _MODEL_AFTER.match(text, m.end)) \
                or _CALLED_PRODUCT.search(text, max(0, m.start - 90), m.start) or (
                _MODEL_AFTER.match(text, m.end) and _maker_named_in(m, [k for k in mentions if k.actor.type in _DEVELOPER_TYPES])) \
                or _versioned_product(text, m):
            m.actor = replace(m.actor, type="Model", kind=None)


def _called_a_product(text: str, m: Mention) -> bool:
    """True if the text calls the name at ``m`` a product: "Jawhar, a ... language model", "a
    foundation model, Ordo-M1", "a control model it calls OrvaneOS", "launched a compute subsystem
    ..., the Talon"."""
    return bool(_PRODUCT_APPOSITIVE.match(text, m.end) or _PRODUCT_NAMED_AFTER.search(text, max(0, m.start - 90), m.start)
                or _LAUNCHED_PRODUCT_NAMED_AFTER.search(text, max(0, m.start - 120), m.start))


# "Nova 2", "Kestrel-3", "Quell-7B", "Nova 2 Premier": a name closed by a version number (and an edition).
_VERSIONED = re.compile(r"[A-Za-z][\s-]\d{1,3}(?:\.\d)?[A-Za-z]?(?:\s(?:Pro|Premier|Lite|Mini|Max|Ultra|Plus|Flash|Turbo|Large|Small))?$")
# "the Nova 2 family", "Kestrel-3 models", "a Kestrel-3 release": what a versioned name is.
_RELEASE_AFTER = re.compile(r"\s+(?:family|series|release|version|update)\b")


def _versioned_product(text: str, m: Mention) -> bool:
    """A name closed by a version number is a product when the text calls it a model or family
    ("the Nova 2 family", "a larger Kestrel-3 model") or gives it an owner ("its Kestrel-3"):
    companies bear no version numbers, their releases do."""
    if not _VERSIONED.search(m.actor.name):
        return False
    return bool(_MODEL_AFTER.match(text, m.end) or _RELEASE_AFTER.match(text, m.end)
                or _OWNED_BEFORE.search(text, max(0, m.start - 40), m.start))


def _maker_named_in(product: Mention, makers: list[Mention]) -> Mention | None:
    """The one of ``makers`` whose name is the first word of ``product``'s ("Qiansuo" of "Qiansuo-Drive")."""
    first = _FIRST_WORD.match(product.actor.name)
    if first is None:
        return None
    word = first.group(0).lower()
    return next((m for m in makers if m.actor.id != product.actor.id and word in (
        m.surface.lower(), m.actor.name.lower(), m.actor.name.split()[0].lower())), None)


def _groups(text: str, mentions: list[Mention], anaphora: frozenset[int] | set[int] = frozenset(),
            employers: list[Mention] = (), cue_starts: frozenset[int] = frozenset()) -> tuple[list[_Group], list[tuple[int, int]]]:
    """Names coordinated into one role: "Cobalt Reach Capital and Ardent Peak Partners", "A, B and C".
    A word pointing back ("NVIDIA, the company said") starts ``anaphora``, never a list's member
    but a first one joined by "and" ("The start-up and Quillmoor KK agreed to ..."). Also the
    spans of the links between two lists that open a new clause (see clause_links.py), found
    while the lists are closed. ``employers`` only qualify a person's post and join no list; a
    relation's verb right after "and" ("tied up with A and picked up startup B", ``cue_starts``)
    opens a second verb phrase, so the name after it is that verb's, not one more of the list."""
    groups: list[_Group] = []
    links: list[tuple[int, int]] = []
    fronted = _FRONTED_ALSO.match(text)
    possessors = _listed_possessors(text, mentions)
    possessed_from = None  # where "B's" began, when the name just read is what B owns
    for m in mentions:
        if groups and m.start in possessors and _COORD.match(text[groups[-1].end:m.start]):
            possessed_from = m.start  # "A and B's C": C, not B, is the list's next member
            continue
        between = text[groups[-1].end:possessed_from if possessed_from is not None else m.start] if groups else ""
        possessed_from = None
        if _person_past_employer(text, groups, m, employers):
            groups.pop()  # "A and ex-Google AI lead B": the employer only says where B's post is held
            between = text[groups[-1].end:m.start]
        anaphoric = m.start in anaphora or (groups and groups[-1].start in anaphora and not (
            len(groups[-1].members) == 1 and re.fullmatch(r"\s+and\s+", between)))
        # "NVentures, Nvidia's venture arm,": an appositive naming the owner, not a list
        # "..., and we write first checks": a pronoun after a comma opens a clause of its own
        # ("we acquired B and we signed ...": nor after a name when the speaker is already the subject)
        anaphoric = anaphoric or (m.surface.lower() == "we" and (
            "," in between or any(k.actor.id == m.actor.id for g in groups for k in g.members)))
        # "A, as well as our seed investors B and C": "our" before a noun is whose, not one more member
        anaphoric = anaphoric or (m.surface.lower() == "our" and bool(_COMMON_NOUN_AFTER.match(text, m.end)))
        if groups and m.start < groups[-1].end:
            continue
        list_open = bool(groups) and len(groups[-1].members) > 1 and not _closed_by_and(text, groups[-1])
        opens = bool(groups) and (opens_clause(text, groups[-1].end, m.start, m.end, list_open)
                                  or opens_clause_after_object(text, groups[-1].start, groups[-1].end, m.start, m.end))
        # "X set up P, a network of computing centres, and B committed €9m to it": past a gloss's words
        gloss_end = text.rfind(",", groups[-1].end, m.start) if groups and not opens else -1
        opens = opens or (gloss_end >= 0 and opens_clause(text, gloss_end, m.start, m.end, list_open))
        if groups and not anaphoric and (_COORD.match(between) or _repeats_preposition(text, groups[-1], between)) \
                and m.start > groups[-1].end and not _after_a_closed_list(text, groups[-1], between) \
                and _same_kind(groups[-1].members[-1], m) and not _UNIT_NOUN.match(text, m.end) \
                and not (_THE_BETWEEN.fullmatch(between) and _MODIFIES_NOUN.match(text, m.end)) \
                and not _ends_appositive(text, groups[-1], m) and not (fronted and groups[-1].end <= fronted.end(1) < m.start) \
                and not opens and m not in employers and not _verb_after_and(text, groups[-1].end, cue_starts):
            groups[-1].members.append(m)
            groups[-1].end = m.end
            continue
        if opens:
            links.append((max(groups[-1].end, gloss_end), m.start))
        groups.append(_Group([m], m.start, m.end))
    return groups, links


def _person_past_employer(text: str, groups: list[_Group], person: Mention, employers: list[Mention]) -> bool:
    """True if ``person`` follows a list of people before the last group, the last being only the
    firm where the person's post is held: "P and former Flipkart executive Q" lists P and Q."""
    return (person.actor.type == "Person" and len(groups) > 1 and groups[-1].members[0] in employers
            and len(groups[-1].members) == 1 and groups[-2].members[-1].actor.type == "Person"
            and bool(_COORD.match(text[groups[-2].end:person.start])))


# "B's C", "B's own C", "B's venture arm C": the name after the possessive, with at most a few
# lower-case words and no comma between, is what B owns
# ("Orbis's stake in Vantrel": a preposition between makes the next name no longer B's).
_OWNS_THE_NEXT_NAME = re.compile(r"['’]s?\s+(?:(?!(?:in|into|of|for|to|at|on|by|from|with|and|or|as|than)\s)[a-z][\w-]*\s+){0,3}$")
_OWNED_NAME_TYPES = frozenset(("Startup", "Company", "Investor"))


def _listed_possessors(text: str, mentions: list[Mention]) -> set[int]:
    """Where the names written as the owner of the next name start ("invested in A and Elon Musk's xAI",
    "from A and Amazon's own Industrial Innovation Fund"): in a list, the owned name is the
    member the verb is about; its owner only says whose it is."""
    return {m.start for m, nxt in zip(mentions, mentions[1:], strict=False)
            if m.actor.type != "Country" and (nxt.actor.type in _OWNED_NAME_TYPES or _named_fund(nxt))
            and _OWNS_THE_NEXT_NAME.fullmatch(text, m.end, nxt.start)}


_AND = re.compile(r"\s*,?\s+and\s+")


def _verb_after_and(text: str, list_end: int, cue_starts: frozenset[int]) -> bool:
    """True if a relation's cue follows the "and" after a list ("... with A and acquired B")."""
    link = _AND.match(text, list_end)
    return link is not None and link.end() in cue_starts


# "Mistral AI co-founder Arthur Mensch", "Google AI lead P": a firm before a person's post says
# where the post is held.
_POST_AFTER_EMPLOYER = re.compile(r"\s+" + _POST_AT_FIRM + r"\s+", re.I)


def _employers_in_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names that only qualify the next name's post ("from A and Mistral AI co-founder B"):
    the person, not the firm, is the list's member, so the firm joins no list before it."""
    return [m for m, nxt in zip(mentions, mentions[1:], strict=False)
            if nxt.actor.type == "Person" and m.actor.type != "Person" and _POST_AFTER_EMPLOYER.fullmatch(text, m.end, nxt.start)]


_COMMA_AND = re.compile(r",\s+and\s+")
# "Zhipu AI, the Tsinghua University spin-off, raised ...": a name right before the head noun of
# ", the ..." modifies it; the phrase glosses the name before, no second member of a list.
_THE_BETWEEN = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,\s+the\s+")
# ("SoftBank Vision Fund 2, the SoftBank Group investment vehicle, led": the group owns the vehicle)
_MODIFIES_NOUN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _UNIT_WORDS + "|"
                            + _ORG_NOUN + ")")
_BARE_COMMA = re.compile(r"\s*,(?!\s*(?:and|or|as well as)\b|\s*&)")


def _after_a_closed_list(text: str, group: _Group, between: str) -> bool:
    """"Backed by A and B, C plans ...": "and" closed the list A, B; a name after a bare comma
    starts the next clause."""
    return bool(_BARE_COMMA.match(between)) and _closed_by_and(text, group)


def _closed_by_and(text: str, group: _Group) -> bool:
    """True if "and" (or "&") joined the last two names of ``group``: "A and B" is a whole list."""
    if len(group.members) < 2:
        return False
    return bool(re.search(r"\band\b|&", text[group.members[-2].end:group.members[-1].start]))


# "in A and in B", "with A, and with B": a conjunct repeating its preposition.
_REPEATED_PREPOSITION = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(in|into|with|to|for|from|by)\s+(?:the\s+)?" + _DESCRIPTOR + "$")


def _repeats_preposition(text: str, group: _Group, between: str) -> bool:
    """True if ``between`` joins a name to ``group`` by "and" and the preposition that governs the
    group ("invested in A and in B"): both names take the same role."""
    repeated = _REPEATED_PREPOSITION.match(between)
    return bool(repeated) and bool(re.search(rf"\b{repeated.group(1)}\s+(?:the\s+)?\S*$", text[max(0, group.start - 30):group.start]))


# A list that goes on after a name: ", B", " and B", " & B", " or B".
_LIST_GOES_ON = re.compile(r"\s*(?:,|&|and\b|or\b)")


def _ends_appositive(text: str, group: _Group, m: Mention) -> bool:
    """"Q, a former lead at Stripe, Tessellate went ...": Stripe closes Q's appositive, and a
    name after it and a bare comma is the clause's subject, no second item of a list with
    Stripe (a list goes on or ends with "and": "backed by A, B and C"). "N, the venture arm of S,
    and T": a comma and "and" after the one name of an aside closes it; T joins N, not S."""
    between = text[group.end:m.start]
    if len(group.members) > 1 or "," not in between \
            or (_LIST_GOES_ON.match(text, m.end) and not _COMMA_AND.fullmatch(between)):
        return False
    comma = text.rfind(",", max(0, group.start - 80), group.start)
    aside = _APPOSITIVE.match(text, comma) if comma >= 0 else None
    return aside is not None and aside.end() <= m.start


# ", which raised ...": a relative clause whose subject is the name (not ", which Q joined").
# ", part of Y", ", a unit of Y", ", the investment arm of Y": an appositive making its host part of Y.
_PART_OF_APPOSITIVE = re.compile(r",\s+(?:part\s+of|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|arm|division|subsidiary|branch|office)\s+(?:of|within))\b")
_SUBJECT_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:also\s+|later\s+|recently\s+)?(?:[a-z]+ed|[a-z]+s|has|have|is|was)\b")


# "P, a former professor at C, founded Lingxu": a verb with its object right after it is the main
# clause's, not a participle glossing C ("X, founded in 2020 by P," is one).
_PARTICIPLE_WITH_OBJECT = re.compile(r",\s+(?:co-?founded|founded|backed|set up|started|established)\s+(?=[A-Z])(?!By\b|In\b)")
# "X (observability for LLM apps, Fund II) was acquired": a parenthesis after a name is an aside.
_PARENTHESIS = re.compile(r"\s?\([^()]{1,120}\)")
# "X, based in Newcastle, UK, raised": an address's country after its city belongs to the appositive.
_IN_A_CITY = re.compile(r"\b(?:based|headquartered|located)\s+in\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},$")
_ADDRESS_TAIL = re.compile(r"\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},")
_PLACE_BASED_TAIL = re.compile(r"\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}-based\b[^,;]*(?:,|(?=[;.]\s)|$)")


def _opens_a_clause(text: str, pos: int) -> bool:
    """True if ``pos`` stands at the sentence's start or right after a comma (blanks aside);
    read backwards from ``pos`` so a long text is not copied or rescanned from its start per name."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos == 0 or text[pos - 1] == ","


def _relatives_of_the_outer_host(text: str, appositives: list[tuple[_Group, int, int]]) -> list[tuple[_Group, int, int]]:
    """``appositives`` with a relative clause after a name that stands in another name's appositive
    given to that other name: "the Sovereign AI Unit, part of the Department for Science, Innovation
    and Technology (DSIT), which has put £5m into the company": the unit put the money, as in "X, a
    Munich-based developer, which raised ..." (a name whose commas cut the first appositive short
    would otherwise take the clause). Only where the appositive makes the host part of the other
    ("part of", "a unit of"): "P, a partner at F, which invested": F invested, not P."""
    out = []
    for g, a, b in appositives:
        outer = next((h for h, a2, b2 in appositives if h is not g and a2 <= g.start < b2
                      and _PART_OF_APPOSITIVE.match(text, a2)), None) if _SUBJECT_RELATIVE.match(text, a) else None
        out.append((outer or g, a, b))
    return out


def _appositives_after(text: str, end: int, past_spelling: bool = False) -> list[tuple[int, int]]:
    """The appositives after a name ending at ``end``, one after another: "X, a Munich-based
    developer, which raised ...": both describe X; and a parenthesis right after it. With
    ``past_spelling``, the appositives after that parenthesis too ("Founded by Lu Yiming (卢一鸣),
    a former researcher at C, X ...": the founded company stands past both)."""
    paren = _PARENTHESIS.match(text, end)
    if paren:
        rest = _appositives_after(text, paren.end()) if past_spelling and _APPOSITIVE.match(text, paren.end()) else []
        return [(paren.start(), paren.end())] + rest
    out = []
    m = _APPOSITIVE.match(text, end)
    while m and not _PARTICIPLE_WITH_OBJECT.match(text, m.start()):
        stop = m.end()
        tail = _ADDRESS_TAIL.match(text, stop) if _IN_A_CITY.search(text, m.start(), stop) else \
            _PLACE_BASED_TAIL.match(text, stop)  # ", a Toronto, Canada-based startup that ..."
        stop = tail.end() if tail else stop
        out.append((m.start(), stop))
        more = text[stop - 1:stop] == "," and _SUBJECT_RELATIVE.match(text, stop - 1)
        m = _APPOSITIVE.match(text, stop - 1) if more else None
    return out


def _received_from(cue: CueMatch, giver: Mention, receiver: Mention) -> CueMatch:
    """"X received €12 million from Y Capital": money an investor gives a company, no grant or award named,
    buys a stake (INVESTED_IN), even from a state bank's venture arm; a state or a programme funds,
    and money into a fund keeps the convention of :func:`money_into_fund`."""
    if cue.cue.relations == ("FUNDS", "INVESTED_IN") and cue.cue.word.lower().startswith("receiv") \
            and giver.actor.type == "Investor" and receiver.actor.type in ("Startup", "Company"):
        return cue.meaning("INVESTED_IN", "FUNDS")
    return cue


def _named_fund(m: Mention) -> bool:
    """A discovered "X Fund": a programme by its name's head, but it may be an investing body."""
    return m.discovered and m.actor.type == "Program" and m.actor.kind == "fund"


def _same_kind(a: Mention, b: Mention) -> bool:
    """A list holds names of one kind: people with people, organisations with organisations."""
    kinds = ({"Person"}, {"Country"}, {"Program"}, {"Model"})
    ta, tb = ("Investor" if _named_fund(m) else m.actor.type for m in (a, b))
    return not any((ta in k) != (tb in k) for k in kinds)


def _quoted_first_person(text: str, m: Mention) -> bool:
    """True for a "we" in a sentence that quotes someone (wherever the "we" stands: a sentence
    with a quotation is mostly the quote's): the company a quote speaks for is not, for that,
    what the story is about (an executive's words would outweigh the story's own subject)."""
    return m.surface.lower() in _FIRST_PERSON_WORDS and bool(QUOTE_MARK.search(text))


def _described_host(text: str, description: re.Match, mentions: list[Mention]) -> Mention | None:
    """"Anthropic, the San Francisco model developer in which Amazon has invested": a description
    right after a name and its comma is an appositive saying what that name is, not a word
    pointing back past it (to Amazon, say), when the name is of a kind its head noun allows."""
    kinds = _HEAD_KINDS.get(description.group(0).split()[-1].lower(), ORGANISATIONS)
    if _SPEECH_AFTER.match(text, description.end()):
        return None  # "..., led by A, the company tells The Ledger": a tag of speech, no appositive
    return next((m for m in mentions if m.actor.type in kinds
                 and _APPOSITIVE_COMMA.fullmatch(text, m.end, description.start())), None)


def _names_a_startup(description: re.Match) -> bool:
    """True if a description's head is "startup" or "start-up" (not "company", "firm", "group")."""
    return description.group(0).lower().replace("-", "").endswith("startup")
