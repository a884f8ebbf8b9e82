"""Names the gazetteer does not know, proposed as actors with a guessed type.

A new report names startups and programmes nobody listed. Candidates are Latin proper names
("Scriptic", "Sky Engine"), Korean names glossed with a Latin one ("스텝펀(StepFun)"),
Korean organisation names with a telling suffix ("코슬라벤처스", "국민성장펀드"), and quoted
titles (‘AI+ 행동’, 「인공지능기본법」). They become actors only when a relation pattern gives
them a role, so a stray capitalised word never reaches the graph on its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

from graph.model import Actor, slugify
from graph.schema import ORGANISATIONS
from loaders.amounts import find_amounts
from loaders.mentions import GLOSS, Mention, particle_at
from loaders.noun_phrases import (
    DETERMINERS,
    is_bare_noun,
    is_bound_noun_with_particle,
    names_an_act,
    particle_ending,
    word_ends,
)
from loaders.patterns import HANGUL, LATIN_LEGAL_FORM, NAME_TITLES, first_char_lookahead
from loaders.person_names import find_english_people, find_korean_people
from loaders.programme_heads import ENGLISH_HEAD, ENGLISH_HEADS, GENERIC_MODIFIERS, ROLES_IN_A_GROUP, head_of
from loaders.programme_names import (
    CALL_AFTER,
    GLOSSED_PROGRAMME_AFTER,
    ProgrammeName,
    find_programme_phrases,
    gloss_after,
    titled_programme,
)
from loaders.round_names import KOREAN_ROUND_NAME
from loaders.transliteration import sounds_alike, spells_chinese, transcribes

_L = "A-Za-z0-9À-ÖØ-öø-ÿĀ-ž"
_W = rf"[{_L}&.'’-]"
# A capitalised word, words joined to it ("Sky Engine", "Banco de Fomento", "AI21 Labs",
# "Fidelity Management & Research");
# not a possessive "'s", not a lower-case word after it ("Analytics for ..."). The lookahead
# (a name starts with a capital or a digit) rejects the other positions in one test.
# Capitals, accented ones included ("Élodie", "Öresund").
_CAP = "A-ZÀ-ÖØ-Þ"
# "Ontario Teachers' Pension Plan", "Workers' Bank": people in the plural owning what the name
# goes on to say (a possessive "'s" ends a name instead: "Finland's Kaamos Labs"); a company's
# name ending in s owns its round ("Orque Systems' Series A") and nothing else in a name.
_PLURAL_OWNER = rf"[{_CAP}][a-z]+(?:er|or|ee|ist|ian|ant|ent)s['’](?=\s[{_CAP}])(?!\s(?:Series|Seed|Pre-))"
# "Wren 3" is a version, but "Kiri Robotics for 18 billion yen": a joining word takes a name, not a number;
# "and Corvane 49% of the venture": a number with a percent sign is a share, never a version.
_NO_JOINER_BEFORE = r"(?<!\s(?:of|de|da)\s)(?<!\s(?:for|del|von|van)\s)(?<!\s&\s)"
_LATIN_NAME = re.compile(
    rf"(?=[{_CAP}\d])(?<![{_L}.@/-])((?:{_PLURAL_OWNER}|[{_CAP}]{_W}*[{_L}&]|[{_CAP}]|\d+\.[A-Z]+)"
    rf"(?:(?:\s(?:de|of|for|da|del|von|van|&(?!\sCo\b))\s|(?:(?<=Ministry)|(?<=Department))\s(?:of|for)\sthe\s|[ –-])(?:{_PLURAL_OWNER}|[{_CAP}]{_W}*[{_L}&]|AI|Labs?|[{_CAP}]|"
    rf"{_NO_JOINER_BEFORE}\d{{1,2}}(?:\.\d)?(?!\d|[.,]\d|\s?%|\s(?:per\s?cent|percent)\b)))*)"
    rf"(?![{_L}@/])"
)
# A ministry's name may run on through "the" ("Ministry for the Economy", "Department of the
# Interior"); elsewhere "of the" joins two names or a name and a common noun.
# What stands before the tail of a longer Latin name: "Saudi Data & Artificial Intelligence
# Authority", "Winning the AI Race Summit", and a gloss of one name in Latin words
# "(US Centre for AI Standards and Innovation)": the tail is no name of its own.
_INSIDE_A_NAME = re.compile(rf"(?:[A-Z][{_L}.'-]*\s(?:&|the)\s|[(（][A-Za-z][A-Za-z0-9 .'&-]*\s)$")
# "Ho Chi Minh City-based Lumio": a place of one or more words glossing the name after it.
_BASED = re.compile(r"^(?:[A-Z][\w.]*\s)*[A-Z][\w.-]*-based\s+")
# "Cambridge-based", "Paris-headquartered": a place gloss, never a name by itself; nor is a
# describing compound ("Arabic-first", "English-only", "Europe-focused").
_PLACE_GLOSS = re.compile(r"-(?:based|headquartered|born|listed|language|speaking|owned|backed|led|first|only|focused|native|centric)$")
# "IT-operations agents", "GPU-heavy workloads": an acronym joined to a common lower-case word
# describes the noun after it; a product's name joins a capital or a digit ("GPT-4o", "Llama-3").
_ACRONYM_COMPOUND = re.compile(r"[A-Z]{2,5}(?:-[a-z]{4,})+")
# "Kestrel-backed", "Hanwa-owned": a name glossing the next one, with what it is to it.
_BACKER_GLOSS = re.compile(r"-(?:backed|owned|funded)(?:\s|$)")
# "Wren 3", "Gemini 2.5": a model's version is part of its name (but "March 3" is a date).
_VERSION = re.compile(r"\s\d[\d.]*$")
_POSSESSIVE = re.compile(r"['’]s?$")
# "Orrery Labs Raises $16 Billion", "Acme Buys Bolt": a headline capitalises its verb, which ends
# no name ("Partners", "Holdings" do, and stay).
_HEADLINE_VERB = re.compile(r"\s(?:Raises|Bags|Lands|Secures|Closes|Buys|Acquires|Launches|Unveils|Signs|Invests|Backs|Leads|"
                            r"Announces|Joins|Opens|Wins|Gets|Takes|Debuts|Releases|Nabs|Snags|Scoops|Hires)$")
# "South Korea's Orbis Mind": a possessive place or owner before the name is not part of it.
_OWNER = re.compile(r"^.+?['’]s\s+(?=[A-Z])")
# Korean press introduces an unknown company by what it is: "AI 스타트업 딥브릭스는",
# "벤처캐피털 한빛인베스트먼트가", "의료 AI 기업 메디카노바에".
_DESCRIPTORS = {
    "startup": ("스타트업", "개발사", "팹리스", "설계사"),
    "investor": ("벤처캐피털", "벤처캐피탈", "VC", "투자사", "투자회사", "투자기관", "운용사", "자산운용사", "사모펀드", "국부펀드",
                 "연기금", "액셀러레이터"),
    "company": ("기업", "업체", "회사", "제조사", "그룹", "운영사"),
}
# A descriptor word on its own, not the end of a longer word ("대기업", "중소기업"), each under its role.
_DESCRIPTOR_WORD = r"(?<![가-힣A-Za-z0-9])(?:" + "|".join(f"(?P<{role}>{'|'.join(words)})"
                                                         for role, words in _DESCRIPTORS.items()) + ")"
# "AI 반도체 스타트업 'X'입니다": a descriptor right before a name it presents (see pipeline).
DESCRIPTOR_BEFORE = re.compile(_DESCRIPTOR_WORD + r"\s[‘'\"“]?$")
# The particles that end a name, longest first where one ends another ("으로부터", "로"); a case
# particle may take a topic or additive one after it ("업체 한빛정밀과는", "기업 X와의").
# Drawn from mentions.PARTICLES (keep the two in step), leaving out the short endings that also end
# Hangul name words ("서", "다", "인", "랑", "하고": "혼다", "라인"), the rarer compounds and
# the copula, which _DESCRIBED accepts only where it may follow.
_NAME_PARTICLES = ("(?:과|와|에|에서|에게|으로|로)(?:는|도)|과의|와의|"
                   "으로부터|로부터|에서|에게|에|은|는|이|가|을|를|과|와|의|도|로")
# "법무법인 화음과", "재단법인 X는": a legal form that is part of the name before it.
_LEGAL_FORM = re.compile(r"(?:법무법인|회계법인|특허법인|재단법인|사단법인|학교법인|의료법인)\s?(?P<name>[가-힣A-Za-z0-9]{1,10}?)"
                         r"(?=(?:" + _NAME_PARTICLES + r")(?![가-힣])|[(\s,.])")
# Korean numbers that count what a descriptor names ("기업 여섯 곳", "스타트업 세 곳").
_KOREAN_NUMBER = re.compile(r"(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두|스무|수십|수백|여러|몇)(?:\s?곳|개사?)?")
# The copula's forms that end a name presented ("스타트업 테라뮤온이다", "'세리온'입니다").
_COPULA = "이다|이며|이고|이자|였다|이었다|입니다"
# A descriptor (a named group per role), the name and where it ends (a particle never stands before
# a gloss: "스광웨이라이(拾光未来)" ends in 이, it does not take it). The lookahead on the
# descriptors' first characters spares the named groups every other position.
_DESCRIBED = re.compile(
    first_char_lookahead([w for words in _DESCRIPTORS.values() for w in words])
    + "(?:" + "|".join(f"(?P<{role}>{'|'.join(words)})" for role, words in _DESCRIPTORS.items()) + ")"
    # "개발사인 한빛X": the descriptor as a copula's complement, before a Korean name (a Latin one,
    # "자회사인 SEEDS Capital", runs on past a space; "기업인" alone is a businessperson)
    + r"(?:(?<!기업)인(?=\s+[가-힣]))?\s+(?P<quote>[‘'\"“])?(?P<name>[가-힣A-Za-z0-9]{2,14}?)"
    # "스타트업 '소리결'을": a quoted name takes its particle after the closing quote
    # or its copula, as a broadcast presents the company it turns to ("스타트업 '세리온'입니다.")
    + r"(?(quote)[’'\"”](?=[\s,.…]|$|(?:" + _NAME_PARTICLES + "|" + _COPULA + r")(?![가-힣]))"
    # "스타트업 테라뮤온이다.": the copula and its forms end the name as a particle does
    + r"|(?=(?:" + _NAME_PARTICLES + "|" + _COPULA + r")(?![가-힣(（])|[(\s,.]|$))"
)
# "100% 자회사 라온칩 USA를 세웠다", "현지 법인 'PT 가람 인도네시아'를 설립": the name of a unit a
# company sets up runs from the unit noun to the object particle of the setting-up verb, and
# may take in the parent's name and a place ("USA", "인도네시아").
_UNIT_SET_UP = re.compile(r"(?:자회사|(?:현지|해외|합작)\s?법인)\s+[‘'\"“]?(?P<name>[가-힣A-Za-z0-9&.-]+(?:\s[가-힣A-Za-z0-9&.-]+){0,3}?)"
                          r"[’'\"”]?(?=(?:\s?\([^()]{1,40}\))?(?:을|를)\s(?:[^\s,.]+\s)?(?:설립|세웠|세운|세우|출범|신설|설치))")
# "인공지능법(Artificial Intelligence Act)" inside quotes: the name and its gloss.
_INNER_GLOSS = re.compile(r"\s?[(（]([^()（）]{2,})[)）]$")
# A long title is quoted only if it ends in its short name or code ("...: Generative AI Profile(NIST
# AI 600-1)"), which sayings do not.
_QUOTED = re.compile(r"[‘'“\"「『《<]([^‘’'“”\"「」『』《》<>]{2,60}|[^‘’'“”\"「」『』《》<>]{2,150}\([A-Za-z0-9][^()]{1,20}\))"
                     r"[’'”\"」』》>]")
_SINGLE_QUOTES, _DOUBLE_QUOTES = "‘'’", "“\"”"


def _quotations(text: str) -> Iterator[re.Match[str]]:
    """The quotations of ``text``, each closed by a mark of its own kind: in a quoted speech
    ("\"과기정통부가 만든 'P'이 있습니다") the single mark after the double one opens an inner
    quotation; it does not close the outer one."""
    pos = 0
    while (m := _QUOTED.search(text, pos)) is not None:
        opening, closing = text[m.start()], text[m.end() - 1]
        if (opening in _SINGLE_QUOTES and closing in _DOUBLE_QUOTES) or (opening in _DOUBLE_QUOTES and closing in _SINGLE_QUOTES):
            pos = m.end() - 1  # the closing mark may open the next quotation
            continue
        yield m
        pos = m.end()


# "합작법인 'C'를", "현지 법인 ‘C’", "자회사 'C'": a quoted name after the noun for a company set up.
_COMPANY_BEFORE = re.compile(r"(?:합작\s?법인|합작사|현지\s?법인|자회사|계열사|조인트\s?벤처)\s?$")
# Words that introduce a quoted title as a piece of writing, not a programme.
_DOCUMENT_WORD = re.compile(r"(?:보고서|리포트|논문|백서|저서|서적|기고문|칼럼|기사|책)\s?$")
# A title that names itself a piece of writing: "「2025년 AI 분야 벤처투자 동향」", "‘AI 산업 실태조사’".
DOCUMENT_TITLE = re.compile(r"(?:동향|현황|보고서|리포트|백서|통계|실태\s?조사|조사\s?결과|연감|이슈\s?페이퍼)\s?$")
# Brackets Korean writing keeps for titles of laws, documents and books.
_TITLE_BRACKETS = "「『《"
_ORG_SUFFIXES = (r"벤처스|벤처캐피탈|벤처캐피털|캐피탈|캐피털|파트너스|파트너즈|인베스트먼트|"
                 r"벤처투자|자산운용|투자공사|테크놀로지|테크놀로지스|랩스|랩|에이아이|로보틱스|시스템즈|소프트|반도체|바이오|"
                 r"모빌리티|헬스케어|네트웍스|일렉트로닉스|펀드|재단|대학교|대학|연구원|연구소|위원회|공사|금융지주|지주|홀딩스|"
                 r"금융그룹|은행|테크노파크|혁신센터|국립대|그룹|전자|진흥원|평가원|협회")
# Where the name ends is checked by word_ends() (a particle may follow).
# The lookahead on the suffixes' first syllables spares trying every suffix at each point the
# name may end: the engine backs off through up to twelve of them at every word.
_KOREAN_ORG = re.compile(rf"(?<![가-힣])([가-힣A-Za-z0-9]{{1,12}}{first_char_lookahead(_ORG_SUFFIXES.split('|'))}"
                         rf"(?:{_ORG_SUFFIXES})|[가-힣]{{2,8}}AI(?![A-Za-z]))")
# Foreign organisation names often keep the Latin word break: "홍린 캐피털", "모르벤 랩스". Only
# suffixes a Korean common noun does not stand before ("포커스 그룹", "데이터 랩", "생성형 AI"
# are no names); the word before must be a bare noun (see _spaced_name_ok).
_SPACED_SUFFIXES = ("캐피털|캐피탈|벤처스|랩스|로보틱스|파트너스|테크놀로지스|인베스트먼트|시스템즈|홀딩스|네트웍스|"
                    "일렉트로닉스|인더스트리즈|인더스트리|모터스|세미컨덕터|테라퓨틱스|다이내믹스")
# The first word may be Latin ("E2E 네트웍스").
_SPACED_ORG = re.compile(rf"(?<![가-힣A-Za-z0-9])((?:[가-힣]{{2,8}}|[A-Z][A-Za-z0-9]{{1,7}}) (?:{_SPACED_SUFFIXES}))")
_SPACED_TAIL = re.compile(rf" (?:{_SPACED_SUFFIXES})")
# _KOREAN_ORG backtracks through the suffixes at every word; few sentences have a suffix at all.
_ORG_SUFFIX = re.compile(_ORG_SUFFIXES + "|AI")
#: A word ending as an organisation's name does ("...인베스트먼트", "...연구원").
ORG_SUFFIX_AT_END = re.compile(f"(?:{_ORG_SUFFIXES})$")
_DESCRIPTOR_AFTER = re.compile(r"\s(?:기업|스타트업|업체|회사|전문기업|분야|산업|시장|솔루션)(?![가-힣])")
# Nationality adjectives: "a French start-up", "Dutch industrial group" describe, they do not name;
# where they say a country, it is where the organisation is based.
DEMONYMS = {
    "American": "US", "British": "GB", "English": "GB", "French": "FR", "German": "DE", "Dutch": "NL",
    "Belgian": "BE", "Swiss": "CH", "Austrian": "AT", "Italian": "IT", "Spanish": "ES", "Portuguese": "PT",
    "Irish": "IE", "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI", "Estonian": "EE",
    "Latvian": "LV", "Lithuanian": "LT", "Polish": "PL", "Czech": "CZ", "Hungarian": "HU", "Romanian": "RO",
    "Greek": "GR", "Turkish": "TR", "Israeli": "IL", "Saudi": "SA", "Emirati": "AE", "Qatari": "QA",
    "Egyptian": "EG", "Nigerian": "NG", "Kenyan": "KE", "South African": "ZA", "Indian": "IN",
    "Pakistani": "PK", "Chinese": "CN", "Japanese": "JP", "Korean": "KR", "South Korean": "KR",
    "Taiwanese": "TW", "Singaporean": "SG", "Malaysian": "MY", "Indonesian": "ID", "Vietnamese": "VN",
    "Thai": "TH", "Filipino": "PH", "Australian": "AU", "Canadian": "CA", "Mexican": "MX", "Brazilian": "BR",
    "Argentine": "AR", "Chilean": "CL", "Colombian": "CO", "Ukrainian": "UA", "Russian": "RU",
    "Scottish": "GB", "Welsh": "GB", "Luxembourgish": "LU", "Icelandic": "IS",
    "Kuwaiti": "KW", "Bahraini": "BH", "Omani": "OM", "Jordanian": "JO", "Lebanese": "LB", "Iraqi": "IQ",
    "Iranian": "IR", "Moroccan": "MA", "Tunisian": "TN", "Algerian": "DZ", "Ghanaian": "GH", "Ethiopian": "ET",
    "Rwandan": "RW", "Bangladeshi": "BD", "Sri Lankan": "LK", "Kazakh": "KZ", "Uzbek": "UZ", "Peruvian": "PE",
    "Uruguayan": "UY", "Slovak": "SK", "Slovenian": "SI", "Croatian": "HR", "Serbian": "RS", "Bulgarian": "BG",
    "Cypriot": "CY", "Maltese": "MT", "New Zealand": "NZ", "Senegalese": "SN", "Ugandan": "UG", "Tanzanian": "TZ",
    "Ivorian": "CI", "Libyan": "LY",
    "European": None, "Asian": None, "African": None,
    # languages no one country speaks alone: "its Arabic chat assistant", "models in Yoruba and Hausa"
    "Arabic": None, "Arab": None, "Hindi": None, "Urdu": None, "Swahili": None, "Yoruba": None, "Hausa": None,
    "Igbo": None, "Amharic": None, "Bengali": None, "Tamil": None, "Telugu": None, "Indic": None, "Cantonese": None,
    "Hebrew": None, "Persian": None, "Farsi": None, "Tagalog": None, "Kikuyu": None, "Luo": None, "Tigrinya": None,
    "Oromo": None, "Somali": None, "Zulu": None, "Xhosa": None, "Wolof": None, "Twi": None, "Kinyarwanda": None,
    "Shona": None, "Lingala": None, "Punjabi": None, "Marathi": None, "Gujarati": None, "Kannada": None, "Malayalam": None,
}
#: The nationality adjectives that name one country, longest first so "South Korean" wins over "Korean":
#: a regex alternation (no group) for patterns that read a country from a demonym.
DEMONYM_ALTERNATION = "|".join(sorted((d for d in DEMONYMS if DEMONYMS[d]), key=len, reverse=True))
# "Southeast", "North", "Central": a compass word narrowing a region ("Southeast Asia").
_COMPASS_WORD = r"(?:North|South|East|West|(?:North|South)(?:east|west)|Central)"
# "Southeast Asian", "East African", "Central European": a part of a region before its adjective.
_COMPASS = re.compile(rf"^{_COMPASS_WORD}\s+(?=[A-Z])")
_DEMONYM = re.compile("(?:" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + ")")
_LEADING_WORD = re.compile(r"(?:(?:In|The|A|An|On|At|For|From|With|By|Its|Their|Our|My|Your|His|Her|This|That|These|Those|Meanwhile|Separately|Finally|However|Also|Now|Later|Earlier|"
                           r"Besides|Beyond|Unlike|Like|Including|Excluding|Backing|And|But|Plus|Over|Amid|Throughout|Outside|Inside|Within)\s+)")
# "In September Halden signed ...": a month after "in" dates the sentence and opens no name (a
# month alone may: "March Capital led").
_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+")
_DATING_WORD = re.compile(r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\s*$")
# "CEO of Lumen Loop", "Head of Research at X": a post, then the organisation's name.
_POST_OF = re.compile(r"(?:CEO|CTO|CFO|COO|Head|Director|Founder|Co-[Ff]ounder|Chairman|Chairwoman|Chair|President|"
                      r"Partner|Professor)\s+(?:of|at)\s+")
# "Orum Vision CEO Park Seo-yeon said": a post written between the organisation and its holder
# ends the organisation's name; the holder is a person of their own.
_POST_AFTER_NAME = re.compile(r"\s+(?:CEO|CTO|CFO|COO|Chairman|Chairwoman|President|Founder|Co-[Ff]ounder)\s+[A-Z]")
# "Founder Dr. Amara Osei": a title before a person's name ends the run of capitals the full stop cut.
_TRAILING_TITLE = re.compile(r"(?:^|\s+)(?:" + "|".join(NAME_TITLES) + r")$")
# "LONDON, May 6 (Wire) -": a dateline, not an actor.
_DATELINE = re.compile(r"[A-Z]{3,}(?:\s[A-Z]{3,})*,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# "SAN FRANCISCO - Corvid Systems ...", "ABU DHABI — ...", "OSAKA -- ...": a city in capitals and a
# dash (two hyphens where a typewriter had no dash) opening a line.
_DASHED_DATELINE = re.compile(r"[A-Z]{3,}(?:\s[A-Z]{3,})*\s+[-–—]{1,2}\s")
# "TOP STORY: ...", "IN BRIEF: ...": a kicker in capitals opening a line labels the story.
_KICKER = re.compile(r"[A-Z]{2,}(?:\s[A-Z]{2,})*:\s")
# Words that look like names but are not actors (among them a headline's kicker, "Exclusive: X raises",
# and currencies written as words, "Rs 120 Cr"); fronted adverbs ("Overseas, X took part") are
# ordinary_words' to tell.
_STOPWORDS = frozenset("""
AI AGI ASI VC CVC LP GP PE SI FI IT ICT GDP IR R&D CEO CTO Founder Co-founder Cofounder LLM GPU CPU HBM API SW HW MOU IPO ESG USD KRW EU UN OECD G7 G20 PoC POC MVP KPI ROI
Source Note The This That These Those In On At For And Or Of A An As By From To With
Table Figure Fig Korea China Japan ETF NPU SoC OS PC B2B B2C M&A SaaS DB NLP TOP Top OCR ASR TTS STT RAG
II III IV V VI VII VIII IX X Executive Summary I
Furthermore Moreover However Meanwhile Also Additionally Finally First Second Third Today Yesterday
Last Next Its Their Our His Her We They It He She But So Yet While When After Before During Under
Since Although Because If As Both Such Many Most Some Several Other Another Each Every All Across
Currently Recently Overall Together Instead Later Earlier Despite Through Among Between Against Over Amid Throughout
Outside Inside Within Beyond Beside Besides Unlike Around Toward Towards Upon Via
One Two Three Four Five Six Seven Eight Nine Ten Twelve Twenty Half Smaller Larger Bigger Notably
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
You Your Part Alongside Terms JV Thank Thanks Dr Mr Ms Mrs Prof Now Onwards
Million Billion Trillion
Days Weeks Months Years Decades
Exclusive
EUR GBP CHF SEK NOK DKK JPY CNY RMB INR CAD AUD SGD HKD SAR QAR AED PLN CZK TWD RM MYR Rp IDR BRL BDT VND Rs Cr Mn Bn
KES NGN ZAR EGP GHS RWF TZS UGX MAD XOF
""".split())
# "I'm", "They've", "We're": a pronoun and its verb, capitalised at a sentence's start.
_PRONOUN_CONTRACTION = re.compile(r"(?:I|We|They|You|He|She|It|That|There)['’](?:m|ve|re|ll|d|s)")
# Words with an organisation suffix that name a kind of organisation or industry, not one, or the
# role companies play in a programme ("대기업 수요기업이 주관하고": the demand-side companies).
_KINDS_OF_ORGANISATION = frozenset("""
벤처캐피털 벤처캐피탈 기업형벤처캐피털 기업형벤처캐피탈 벤처투자 사모펀드 국부펀드 자산운용 전력반도체 시스템반도체 차량용반도체 AI반도체 바이오
자펀드 하위펀드 헬스케어 모빌리티 생성형AI 인공지능AI 피지컬AI 에이전트AI 에이전틱AI 소버린AI 프런티어AI 프론티어AI 온디바이스AI
멀티모달AI 버티컬AI 로보틱스 연구소 연구원 대학 대학교 재단 공사
소그룹 대그룹 워킹그룹 연구그룹 실무그룹 자문그룹 전문가그룹 포커스그룹 스터디그룹 작업그룹 사업그룹
수요기업 공급기업 참여기업 수행기업 주관기업 입주기업 선정기업 수혜기업 협력기업 중소기업 중견기업 대기업 유망기업 혁신기업
전기전자 광전자 양전자 가전자 국립대 거점국립대 지역국립대 은행 공공투자은행 공공은행 국영은행 민간은행 지방은행 시중은행 국책은행 중앙은행 상업은행 투자은행 인터넷은행 정책은행 개발은행 저축은행 금융그룹 테크노파크 혁신센터
""".split())


def names_a_kind(word: str) -> bool:
    """True for a word naming a kind of organisation, not one ("벤처캐피탈", "국부펀드")."""
    return word.replace(" ", "") in _KINDS_OF_ORGANISATION


# Kinds of AI: a glossed spelling that ends in one names a concept ("올어라운드형 소버린 AI").
_KINDS_OF_AI = tuple(kind for kind in _KINDS_OF_ORGANISATION if kind.endswith("AI"))
_PROGRAM_WORDS = {
    "law": ("법안", "Act", "Law"),  # a name ending in 법 is a law if head_of() says so
    "fund": ("펀드", "기금", "투자조합", "Fund", "Facility"),  # "투자조합": a Korean VC fund's legal form
    "project": ("프로젝트", "Project", "사업"),
    "policy": ("계획", "전략", "정책", "Plan", "Strategy", "Policy", "로드맵", "행동", "Action", "이니셔티브", "Initiative", "프로그램", "Program", "Programme", "Mission", "Scheme",
               "Accelerator", "Incubator",  # "the Norrow Accelerator": a programme start-ups are picked for
               "Partnership", "Grant", "그랜트",  # "the Al-Noor AI Partnership": a scheme, not a firm of partners
               # "'스마트제조 AI 연합'", "the Open Compute Alliance": a body of members set up to act together
               "연합", "얼라이언스", "협의체", "Alliance", "Coalition"),
}
# A Latin name ending in a programme's head word ("... Fund", "... Initiative").
_NAMED_PROGRAMME_END = re.compile(r"\s(?:" + "|".join(w for words in _PROGRAM_WORDS.values() for w in words
                                                  if w.isascii()) + r")$")
# "Ontario Teachers' Pension Plan", "Government Pension Fund", "Employees Provident Fund", "공무원연금공단": a pension scheme
# invests its members' money, whatever head word (plan, fund, 공단) it bears.
_PENSION = re.compile(r"\bPension\b|Retirement System|Superannuation|Provident Fund|연금(?:공단|기금)?$")
_INVESTOR_WORDS = ("Ventures", "Venture", "Capital", "Partners", "Fund", "Investment", "Investments", "Angels", "Family Office", " Management",
                   "Holdings", "벤처스", "캐피탈", "캐피털", "파트너스", "인베스트먼트", "벤처투자", "자산운용", "투자공사", "은행")
# Korean business groups and their flagship makers are named "<family name>그룹", "<family name>전자"
# ("세광그룹", "한빛전자"), holding companies "...금융지주", builders "...E&C"; English ones
# "... Group", "... Industries", "... Holding", "... Corporation": companies, never startups.
_CONGLOMERATE_HEADS = ("그룹", "전자", "지주", "E&C", " Group", " Industries", " Industrial", " Holding", " Corporation", " Corp")
_UNIVERSITY_WORDS = ("University", "Institute", "College", "대학교", "대학", "국립대", "연구원", "연구소", "Academy")
# Korean public bodies by their head noun: a foundation, an agency for promoting an industry, a
# public corporation, an evaluation agency, an association ("국가연구재단", "정보통신산업진흥원", "한국전력공사",
# "정보통신기획평가원", "한국무역협회"); 투자공사 is an investor, above.
_GOVERNMENT_WORDS = ("Ministry", "Department", "Agency", "Commission", "Authority", "Administration", "Bureau", "Office", "위원회", "부처", "정부",
                     "Embassy", "대사관", "영사관",  # "주한영국대사관": a state's mission abroad
                     "재단", "진흥원", "평가원", "협회", "공단", "공사", "테크노파크", "혁신센터")
# A regional technopark or innovation centre written as one word ("경남테크노파크") is a public body,
# though "센터" also ends programme names ("‘중·라오스 AI 혁신센터’ 설립").
_PUBLIC_BODY = re.compile(r"[가-힣]{2,}(?:테크노파크|혁신센터)")
# "국가 AI 위원회", "국가 AI 컴퓨팅센터", "국립 해양 연구소": a state's own body is named by 국가/국립,
# the bare nouns of what it deals with, and its head, words apart or not as the writer likes; a
# data or logistics centre is a building, not a body ("국가데이터센터 설치").
_NATIONAL_BODY = re.compile(r"(?<![가-힣A-Za-z0-9])(?:국가|국립)(?:\s?(?:[A-Z]{2,5}|[가-힣]{1,8})){1,3}?\s?"
                            r"(?:위원회|센터|연구소|연구원)")
BUILDING = re.compile(r"(?:데이터|물류|콜)\s?센터$")
# "the Ministry of Science, Technology and Innovation", "Federal Ministry of Labour and Economy",
# "the Ministry of Information, Communications and the Digital Economy": a
# ministry lists what it is for (but "the Ministry of Finance and Acme Capital" are two actors:
# see _ministry_and_another).
_MINISTRY_NAME = re.compile(r"\b(?:(?:Federal|State|National)\s+)?(?:Ministry|Department|Office|Agency|Commission)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
                            r"(?:(?:,\s+(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)+,?)?\s+and\s+(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
# "Competition and Markets Authority", "Securities and Exchange Commission": a public body's
# name joins what it oversees with "and".
_AUTHORITY_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:and|&)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s"
                             r"(?:Authority|Commission|Agency|Board|Council|Administration|Bureau)\b")
# The head words of the two patterns above: they start with a word, tried at every position;
# few sentences name a public body at all.
_PUBLIC_BODY_HEAD = re.compile(r"Ministry|Department|Authority|Commission|Agency|Board|Council|Administration|Bureau|Office")
_INSTITUTION_OF = re.compile(r"\b(?:Bank|Agency|University|Institute|Authority|Corporation|Council|Office|Ministry|"
                             r"Department|Academy|Fund)\s+of\s+")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# "Government of Karnataka", "State Government of Bavaria": a state's or a region's government.
_GOVERNMENT_OF = re.compile(r"^(?:(?:State|Provincial|Regional|Federal|Municipal)\s+)?Government\s+of\s+[A-Z]")
# "Ministry of Economic Affairs", "Federal Ministry for Research": a ministry by its head word.
_MINISTRY = re.compile(r"\b(?:Ministry|Department)\s+(?:of|for)\b")
# "연방디지털교통부", "전자정보기술부", "국방부": a Korean ministry's name ends in 부 after what it is
# for; not a unit ("AI사업부", "연구본부", "서울지부", "공학부") nor a plain word ("일부", "내부").
_KOREAN_MINISTRY = re.compile(r"(?<![가-힣])[가-힣]*[가-힣]{2}(?<!사업)(?<![본지학세간대일내외전])부$")
# "특허청", "국방혁신청", "인공지능청": an agency's name ends in 청 after what it is for; not a
# request, an invitation or an application ("협조요청", "지원신청").
_KOREAN_AGENCY = re.compile(r"(?<![가-힣])[가-힣]*[가-힣]{2}(?<![요초경])(?<!지원신|참가신|참여신|접수신|사업신)청$")


# Words that follow a descriptor but are not names ("기업 가치", "스타트업 투자", "스타트업 업계에서는",
# "테크 스타트업 강소국가" (a small country strong in them)).
_COMMON_NOUN = re.compile(r"^(?:가치|투자|육성|양성|지원|생태계|경쟁력|인수|들|간|대상|규모|전용|중심|등|및|이|으로|성장|발굴|협력|주도|자금|출자|운용|설립"
                          r"|업계|업종|분야|시장|산업|진영|창업|역시|또한|모두|각각|자회사|계열|산하|소속|출신|참여|참가|모회사|직접|간접|공동|단독"
                          r"|관계자|담당자|임직원|직원|강소국|주관|모집"
                          # "개발사 지분을 사들이는", "AI기업 무더기 수출통제", "스타트업 대거 참여": a stake in
                          # the kind, or how many of it, not one of its names
                          r"|지분|무더기|대거|줄줄이"
                          # "국내 스타트업 포트폴리오를 통한": the startups an investor holds, not one of them
                          r"|포트폴리오"
                          # "국내 AI 스타트업 가운데 ...", "국내 AI 스타트업 해외 투자 유치 현황": "among" and
                          # "abroad" after a descriptor say which of a kind, or where it looks; a whole word only
                          r"|(?:가운데|해외|국내)(?![가-힣A-Za-z]))")
# "VC firms", "VC funds": lower-case Latin words after a descriptor are a common noun, never a name.
_LOWER_CASE_WORDS = re.compile(r"[a-z]+(?:[\s-][a-z]+)*")
# "한 중국 투자정보업체 집계에", "한 벤처캐피털 관계자는": a descriptor after the indefinite 한
# ("a certain") stands for a company the text leaves unnamed; the word after it is no name.
_UNNAMED_BEFORE = re.compile(r"(?:^|\s)한\s(?:[^\s,.]+\s){0,2}[^\s,.]*$")


# "레일코어 R2", "누리온파트너스 SG": a Korean word right before a Latin code.
_KOREAN_WORD_BEFORE = re.compile(r"[가-힣]{2,}\s$")


def _part_of_a_korean_name(text: str, start: int, end: int) -> bool:
    """True for a Latin code that ends a Korean name rather than naming anything by itself: inside a
    short quoted title after a Korean word of it ("주력 제품인 '레일코어 R2'", "‘제조 AX 특별자금’"),
    or before a gloss that spells the whole name ("누리온파트너스 SG(Nurion Partners SG)")."""
    if not _KOREAN_WORD_BEFORE.search(text, max(0, start - 16), start):
        return False
    gloss = GLOSS.match(text, end)
    if gloss is not None and text[gloss.start():gloss.end()].rstrip(")）").endswith(" " + text[start:end]):
        return True
    return any(q.start(1) < start and end <= q.end(1) and len(q.group(1).split()) <= 4 for q in _quotations(text))


def guess_type(name: str, role: str = "") -> tuple[str, str | None]:
    """(actor type, kind) guessed from a name's words and the role it plays.

    ``role`` is "investor", "investee", "programme", "model" or "" when unknown.
    """
    if _PENSION.search(name):
        return "Investor", None
    if _GOVERNMENT_OF.match(name):
        return "Government", None  # before the words of a fund: "Government of X" may own one
    korean_head = head_of(_VERSION.sub("", name))  # "가이드라인 2.0": a version after the head
    if korean_head is not None and not _PUBLIC_BODY.fullmatch(name):
        return "Program", korean_head.kind
    for kind, words in _PROGRAM_WORDS.items():
        if name.endswith(words) or any(f" {w}" in name for w in words):
            return "Program", kind
    if name.startswith("Project "):
        return "Program", "project"  # "Project Tanjung", "Project Stargate": a project's code name
    if any(w in name for w in _INVESTOR_WORDS):
        return "Investor", "vc"
    if any(w in name for w in _UNIVERSITY_WORDS):
        return "University", None
    if (name.endswith(_GOVERNMENT_WORDS) or _MINISTRY.search(name) or _KOREAN_MINISTRY.search(name)
            or _KOREAN_AGENCY.search(name)):
        return "Government", None
    if role == "programme":
        return "Program", "initiative"
    if role == "model":
        return "Model", None
    if role == "investor":
        return "Investor", "vc"
    if role == "company" or name.endswith(_CONGLOMERATE_HEADS):
        return "Company", None
    return "Startup", None


def discovered_actor(name: str, role: str = "") -> Actor:
    """An actor for a name found in text, flagged ``discovered``."""
    name = name.strip(" \t'\"‘’“”「」『』")
    type_, kind = guess_type(name, role)
    korean = any("가" <= c <= "힣" for c in name)
    return Actor(
        id=slugify(name), name=name, type=type_, kind=kind, discovered=True,
        name_ko=name if korean else None,
    )


def presents_a_name(text: str) -> bool:
    """True for a sentence that only presents a company by what it is ("AI 반도체 스타트업
    '세리온'입니다."), as a broadcast turns to the company its next sentences speak of without
    naming it: worth reading for the new name though it states no relation."""
    return text.rstrip(" .").endswith(("입니다", "이다")) and describes_a_company(text)


def describes_a_company(text: str) -> bool:
    """True for a Korean sentence naming a company by what it is ("AI 반도체 스타트업 세리온칩스는
    ... 공급을 맡았다"): though it states no relation a cue marks, the name it introduces is the
    one the next sentences relate by name alone ("세리온칩스는 ... 계약도 맺었다")."""
    return _DESCRIBED.search(text) is not None


# A Latin name after a Korean descriptor runs on over its capitalised words and legal form ("모회사
# Raon Speech Inc.를"), where a Korean name ends at its first space.
_LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9]*")
_LATIN_RUN_ON = re.compile(r"(?: [A-Z][A-Za-z0-9&-]*){1,3}")
# A legal form written with a closing period ("Ltd.", "K.K."), which a name found stops short of, as
# it would of a sentence's full stop.
_DOTTED_LEGAL_FORM = re.compile(r"\b(?:" + LATIN_LEGAL_FORM + r"|K\.K|S\.A)$")


def find_candidates(text: str, known: list[Mention]) -> list[Mention]:
    """Unknown-name mentions in ``text`` that do not overlap the known ones."""
    taken = [(m.start, m.end) for m in known]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    found: list[Mention] = []

    def add(start: int, end: int, actor: Actor, particle_from: int) -> None:
        if text.startswith(".", end) and _DOTTED_LEGAL_FORM.search(actor.name):
            actor.aliases.append(f"{actor.name}.")  # "Orrery Labs Ltd.,": the period ends the name as written
            particle_from = max(particle_from, end + 1)  # "Raon Speech Inc.를": the particle after it
        mention = Mention(start, end, actor, text[start:end], discovered=True)
        # "코토바랩(言葉ラボ)을": the particle follows the name's gloss, unless the gloss is a
        # known name that takes it ("국가연구재단(NRF)의")
        gloss = GLOSS.match(text, particle_from)
        if gloss and any(gloss.start() <= k.start and k.end <= gloss.end() for k in known):
            gloss = None
        mention.particle, mention.after = particle_at(text, gloss.end() if gloss else particle_from)
        found.append(mention)
        taken.append((start, end))

    for product in _listed_products(text, known) if "·" in text else ():
        if free(product.start, product.end):
            found.append(product)
            taken.append((product.start, product.end))
    for unit in _UNIT_SET_UP.finditer(text) if "법인" in text or "자회사" in text else ():
        start, end = unit.span("name")
        if (start, end) not in taken:
            # "100% 자회사 라온칩 USA를 세웠다": the unit's name takes in its parent's and a place's,
            # and the mention its Latin gloss ("(PT Garam Indonesia)"), as a known name's does
            gloss = GLOSS.match(text, end)
            covered = gloss.end() if gloss else end
            taken[:] = [(s, e) for s, e in taken if not (start <= s and e <= covered)]
            if free(start, covered):
                add(start, covered, discovered_actor(text[start:end], "company"), covered)
    for m in _ROUND_ITEM_NAME.finditer(text) if "," in text else ():
        if free(*m.span("name")) and not _COMMON_NOUN.match(m.group("name")):
            add(m.start("name"), m.end("name"), discovered_actor(m.group("name"), "investee"), m.end("name"))
    for m in _QUOTED_BEFORE_ROUND.finditer(text) if "'" in text or "‘" in text else ():
        if free(*m.span("name")) and not _COMMON_NOUN.match(m.group("name")):
            add(m.start("name"), m.end("name"), discovered_actor(m.group("name"), "investee"), m.end("name"))
    for m in _LEGAL_FORM.finditer(text):
        if free(*m.span()) and not _COMMON_NOUN.match(m.group("name")):
            add(m.start(), m.end(), discovered_actor(m.group(0), "company"), m.end())
    for m in _DESCRIBED.finditer(text):
        start, end = m.span("name")
        tail = _SPACED_TAIL.match(text, end) or (_LATIN_RUN_ON.match(text, end) if _LATIN_WORD.fullmatch(text, start, end) else None)
        if tail and word_ends(text, tail.end()):
            end = tail.end()  # "투자사 홍린 캐피털이", "휴머노이드 기업 Lattica Robotics의"
        name = text[start:end]
        # "스타트업 4개사를", "반도체 기업 여섯 곳": a count, not a name
        if (free(start, end) and _plausible(name, False) and not _COMMON_NOUN.match(name) and not names_an_act(name)
                and not name[0].isdigit() and not _KOREAN_NUMBER.fullmatch(name)
                and name not in _NOT_SPELLING  # "팹리스 스타트업 X": a second descriptor, not the name
                and not _LOWER_CASE_WORDS.fullmatch(name)  # "American VC firms invested": a plural noun
                and not is_bound_noun_with_particle(name)
                and not _UNNAMED_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
                and not _copula_before_a_name(text, end, known)):
            add(start, end, discovered_actor(name, _descriptor_role(m)), m.end() if m.group("quote") else end)
    for person in find_korean_people(text, taken) + find_english_people(text, taken):
        add(person.start, person.end, person.actor(), person.after)
    quoted = []
    for m in _quotations(text):
        quoted.append(m.span())
        if _DOCUMENT_WORD.search(text, max(0, m.start() - 8), m.start()) or DOCUMENT_TITLE.search(m.group(1)):
            taken.append(m.span())  # "공동 발표한 보고서 「... Strategy」": a report, however it is titled
            continue
        programme = _quoted_programme(text, m)
        if programme is not None and _title_is_new(programme, m, taken):
            # Known names inside the title ("‘대한민국 AI 액션플랜’") are part of it: the
            # pipeline drops their mentions in favour of this one.
            taken[:] = [(s, e) for s, e in taken if not (programme.start <= s and e <= programme.end)]
            add(programme.start, programme.end, programme.actor(), programme.after)
        elif programme is None and _PROGRAMME_PLATFORM_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            add(m.start(), m.end(), _titled_actor(m.group(1), "programme"), m.end())
        elif programme is None and _is_model_title(text, m):
            add(m.start(), m.end(), _titled_actor(m.group(1), "model"), m.end())
        elif programme is None and _is_dealt_company(text, m, taken):
            add(m.start(), m.end(), _titled_actor(m.group(1), "company"), m.end())
        elif programme is None and _COMPANY_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _only_parts_inside(
                m, taken):
            # "현지 법인 '모아젠 재팬'": the parent's name inside is part of the new company's
            taken[:] = [(s, e) for s, e in taken if not (m.start() <= s and e <= m.end())]
            add(m.start(), m.end(), _titled_actor(m.group(1), "company"), m.end())
    for m in _INVESTED_BY_SUM.finditer(text) if "투자" in text else ():
        if free(*m.span("name")) and _names_an_investee(m.group("name")):
            add(*m.span("name"), discovered_actor(m.group("name"), "company"), m.end("name"))
    # before programme phrases: "센터" also ends a programme's name, not a state body's
    for start, end in _national_bodies(text):
        if free(start, end):
            add(start, end, dataclasses.replace(discovered_actor(text[start:end]), type="Government", kind=None), end)
    # A quoted title that is not a programme is no place to look for one's name either.
    # "모태펀드 2026년 1차 정시 출자사업": a programme's call, named by the programme, its year and
    # round, is a programme of its own whose name takes the known one in.
    calls = {(k.start, k.end) for k in known if k.actor.type == "Program"
             and (CALL_AFTER.match(text, k.end) or GLOSSED_PROGRAMME_AFTER.match(text, k.end))}
    for lead in _CONSORTIUM_LEAD.finditer(text) if "컨소시엄" in text else ():
        if free(*lead.span("name")) and _leads_the_consortium(lead.group("name"), text[:lead.start()]):
            add(*lead.span("name"), discovered_actor(lead.group("name"), "company"), lead.end("name"))
    for programme in find_programme_phrases(text, [t for t in taken if t not in calls] + quoted):
        add(programme.start, programme.end, programme.actor(), programme.after)
    patterns = (_SPACED_ORG, _KOREAN_ORG, _LATIN_NAME) if _ORG_SUFFIX.search(text) else (_LATIN_NAME,)
    public_bodies = (*_MINISTRY_NAME.finditer(text), *_AUTHORITY_NAME.finditer(text)) if _PUBLIC_BODY_HEAD.search(text) else ()
    bodies = []
    for m in public_bodies:
        if free(m.start(), m.end()) and not _ministry_and_another(m.group(0)):
            add(m.start(), m.end(), discovered_actor(m.group(0)), m.end())
            bodies.append(m.span())
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.span(1)
            name = m.group(1).strip()
            if pattern is _LATIN_NAME:
                based = _BASED.match(name)
                if based:
                    start, name = start + based.end(), name[based.end():]
                owner = _OWNER.match(name)
                if owner:
                    # "Finland's Kaamos Labs"; an owner nobody knows is a name too ("Andean Commission's Condor")
                    owner_name = _POSSESSIVE.sub("", owner.group(0).rstrip())
                    at = start
                    while (lead := _LEADING_WORD.match(owner_name)) and lead.end() < len(owner_name):
                        at, owner_name = at + lead.end(), owner_name[lead.end():]
                    if free(at, at + len(owner_name)) and _plausible(owner_name, False) \
                            and not _DEMONYM.fullmatch(owner_name) and owner_name not in _STOPWORDS:
                        add(at, at + len(owner_name), discovered_actor(owner_name), at + len(owner_name))
                    start, name = start + owner.end(), name[owner.end():]
                trail = (_POSSESSIVE.search(name) or _HEADLINE_VERB.search(name) or _POST_AFTER_NAME.search(name)
                         or _TRAILING_TITLE.search(name))
                if trail:
                    name = name[:trail.start()]
                    if not name:
                        continue  # "Dr. Lena Roe": the title alone
                # "In Brussels", "The Bengaluru company": a leading function word is not part
                # of a name; a nationality alone ("Dutch industrial group") is no name.
                lead = _leading_words(name)
                while lead and lead.end() < len(name):
                    start, name = start + lead.end(), name[lead.end():]
                    lead = _leading_words(name)
                month = _MONTH.match(name)
                if month and month.end() < len(name) and _DATING_WORD.search(text, 0, start):
                    start, name = start + month.end(), name[month.end():]  # "In September Halden signed"
                backer = _BACKER_GLOSS.search(name)
                if backer:  # "Kestrel-backed Quintal": two names
                    if free(start, start + backer.start()) and name[:backer.start()] not in _STOPWORDS:
                        add(start, start + backer.start(), discovered_actor(name[:backer.start()]), start + backer.start())
                    start, name = start + backer.end(), name[backer.end():]
                    if not name:
                        continue
                if " & " in name and not free(start, start + len(name)) and not _REGIONS.search(name):
                    # "Acme & Microsoft": a known name after "&" is an actor of its own ("... Southeast Asia
                    # & India" is a vehicle's regions)
                    name = name[:name.index(" & ")]
                end = start + len(name)
                start = _korean_stem_start(text, start, name, taken)
                name = text[start:end]
                if (_is_stopword(_VERSION.sub("", name)) or _PRONOUN_CONTRACTION.fullmatch(name) or _DEMONYM.fullmatch(name) or _PLACE_GLOSS.search(name)
                        or _ACRONYM_COMPOUND.fullmatch(name) or _term_before_a_kind(name, text, start, end)
                        or _describes_companies(name, text, start + len(name)) or _acronym_as_modifier(name, text, start)
                        or _glosses_a_korean_term(name, text, start) or _part_of_a_korean_name(text, start, end)
                        or _DATELINE.match(text, start) or _opens_line_as_dateline(text, start) or _is_an_amount(text, start, end)
                        or _inside_a_name(text, start) or _ticker(text, start, end) or _COURT.search(name)
                        or (_KICKER.match(text, start) and text[max(0, start - 1):start] in ("", "\n"))):
                    continue
            # "한빛벤처스로부터" is a name and a particle; "펀드레이징", "벤처캐피털" are no names; "의료AI
            # 기업 루닛", "광반도체 업체 B": a field of AI or chips before a descriptor says what the named one does
            if pattern is not _LATIN_NAME and (not word_ends(text, end) or name.replace(" ", "") in _KINDS_OF_ORGANISATION
                                               or (name.endswith(("AI", "반도체")) and _DESCRIPTOR_AFTER.match(text, end))):
                continue
            if pattern is _SPACED_ORG and not _spaced_name_ok(name.split()[0]):
                continue
            if any(s <= start and end <= e for s, e in bodies):
                continue  # "Federal Ministry of Labour" inside "... of Labour and Economy"
            owner = _owner_of_a_bare_institute(text, start, name, known) if pattern is _KOREAN_ORG else None
            if owner is not None:
                start, name = owner.start, text[owner.start:end]  # "서울대 AI연구원": the owner's institute
            arm = owner or (_investment_arm(text, start, end, known) if pattern is _KOREAN_ORG
                            else _named_unit(text, start, end, known) if pattern is _LATIN_NAME else None)
            extended = None if arm is not None or pattern is not _LATIN_NAME else _known_name_extended(text, start, end, known)
            if extended is not None:
                arm = extended[0]
            places = _places_inside(start, end, known) if arm is not None else []
            spared = {(arm.start, arm.end)} | {(k.start, k.end) for k in places} if arm is not None else set()
            clear = free(start, end) or (arm is not None and all(end <= s or start >= e for s, e in taken
                                                                 if (s, e) not in spared))
            country = _country_ending_an_agency(text, start, end, known) if pattern is _LATIN_NAME and not clear else None
            if country is not None:
                # "Enterprise Ireland said": an agency named after its country, not the country
                taken.remove((country.start, country.end))
                add(start, end, dataclasses.replace(discovered_actor(name), type="Government", kind=None), end)
                continue
            glossed = pattern is _LATIN_NAME and bool(_GLOSSED_AS_PROGRAMME.match(text, end))
            if not (clear or _holds_its_place(name, start, end, known, glossed)) or not _plausible(name, False) \
                    or _generic_programme(name):
                continue
            if arm is not None:
                # the pipeline drops the group's mention, and a vehicle's region's, for this one
                taken[:] = [t for t in taken if t not in spared]
            role = "model" if _is_product(text, start, end) else "programme" if _SET_UP.match(text, end) or (
                glossed and not clear) or _LAUNCHED_WITH_A_SUM.search(text, max(0, start - 40), start) else ""
            actor, particle_from = discovered_actor(name, role), end
            if extended is not None:
                kind = {"Investor": arm.actor.kind, "Program": "fund"}.get(extended[1])
                actor = dataclasses.replace(actor, type=extended[1], kind=kind)
            elif arm is not None and actor.type == "Startup":
                actor.type = arm.actor.type  # "Aramco Digital": a unit is of its parent's kind unless its words say
            word = ENGLISH_HEAD.match(text, end) if pattern is _LATIN_NAME else None
            if word and _NAME_AFTER.match(text, word.end()):
                word = None  # "the Berlin fund Stahlgrau Capital": the head word describes the next name
            if word:
                # "the Atlântico AI programme": the head word is part of the name.
                full = f"{name} {word.group(1)}"
                actor = Actor(id=slugify(full), name=full, type="Program", discovered=True, aliases=[name],
                              kind=ENGLISH_HEADS[word.group(1).lower()])
                end = particle_from = word.end()
            acronym = GLOSS.match(text, end) if pattern is _LATIN_NAME and not word else None
            if acronym and _abbreviates(name, acronym.group(1)):
                # "Continuous Thought Machine(CTM)", "CANN(Compute Architecture for Neural
                # Networks)": one name and its acronym, one mention
                actor.aliases.append(acronym.group(1).strip())
                end = particle_from = acronym.end()
            add(start, end, actor, particle_from)
    return found


# "... of Industry and Advanced Technology", "... for Trade and Digital Infrastructure": a tail
# opened by an adjective or a field of policy is the body's remit, whatever word closes it.
_REMIT = re.compile(r"[A-Z][a-z]+(?:ed|al|ic|ive)|Science|Technology|Innovation|Industry|Energy|Trade|Research|"
                    r"Education|Culture|Information|Communications|Security|Infrastructure|Enterprise|Data")


def _ministry_and_another(name: str) -> bool:
    """True if what follows the last "and" of a public body's name ends as an organisation's
    name does ("Ministry of Finance and Acme Capital"): two actors, not one body's remit
    ("... for Economic Affairs and Energy")."""
    tail = name.rsplit(" and ", 1)[-1].split()
    return len(tail) > 1 and tail[-1] in ORGANISATION_WORDS | set(_INVESTOR_WORDS) and not _REMIT.fullmatch(tail[0])


def _copula_before_a_name(text: str, end: int, known: list[Mention]) -> bool:
    """"그룹 연구조직인 LG AI연구원이": a word ending in the copula 인 right before a known name
    says what that name is ("which is the group's research body"); it names no one itself."""
    if text[end - 1:end] != "인" or text[end:end + 1] != " ":
        return False
    return any(k.start == end + 1 for k in known)


def _national_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of the names of the pattern _NATIONAL_BODY describes: every word between 국가 and the
    head a bare noun ("국가 차원의 위원회" is a committee at the national level, not a name)."""
    if "국가" not in text and "국립" not in text:
        return []
    spans = []
    for m in _NATIONAL_BODY.finditer(text):
        words = m.group(0).split()
        if (word_ends(text, m.end()) and not BUILDING.search(m.group(0))
                and all(is_bare_noun(w) for w in words[1:-1]) and is_bare_noun(words[0])):
            spans.append(m.span())
    return spans


# Korean affiliates are often the group's name glued to a Latin acronym: "세광C&I", "한빛SDS", "대림DX".
_GLUED_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,4}")
_KOREAN_STEM_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{2,4}$")


def _opens_line_as_dateline(text: str, start: int) -> bool:
    """True if a dashed dateline ("SEOUL - ") stands at ``start`` at the beginning of a line."""
    return text[max(0, start - 1):start] in ("", "\n") and bool(_DASHED_DATELINE.match(text, start))


def _korean_stem_start(text: str, start: int, name: str, taken: list[tuple[int, int]]) -> int:
    """Where a Latin acronym's name starts when a Korean stem is glued to it ("세광C&I" is one name,
    not "C&I"); ``start`` otherwise, and when the stem is a known name of its own."""
    if not _GLUED_ACRONYM.fullmatch(name) or name in _STOPWORDS:
        return start
    stem = _KOREAN_STEM_BEFORE.search(text, max(0, start - 5), start)
    if stem is None or any(s < start and e > stem.start() for s, e in taken):
        return start
    return stem.start()


# "... software and AI companies": lowercase words running on to a plural word for businesses.
_KIND_OF_BUSINESSES_AFTER = re.compile(r"\s[a-z][\w-]*(?:\s[\w-]+){0,4}?\s(?:companies|startups|start-ups|firms"
                                       r"|businesses|groups|developers|makers|markets)\b")


# "a CNC machine", "an LLM startup": an acronym between "a" and a common noun says what kind of
# thing the noun is; a company so placed would take no indefinite article.
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:a|an)\s+$")
_COMMON_NOUN_AFTER = re.compile(r"\s[a-z]{3,}\b")
# "the U.S. District Court for the Northern District of California": a court, or the district it sits
# for, hears a case; it is no party to the deals and programmes the graph holds.
_COURT = re.compile(r"\b(?:Court|Tribunal|(?:Northern|Southern|Eastern|Western|Central|Middle)\s+District)\b")


def _is_stopword(name: str) -> bool:
    """True for a stopword and for an acronym stopword's plural ("LPs", "VCs", "GPUs"): the
    plural of a common term is as common as the term."""
    return name in _STOPWORDS or (name.endswith("s") and name[:-1].isupper() and name[:-1] in _STOPWORDS)


def _acronym_as_modifier(name: str, text: str, start: int) -> bool:
    """True if the acronym ``name`` at ``start`` modifies the common noun after it ("a CNC machine")."""
    end = start + len(name)
    return (_is_acronym(name) and bool(_COMMON_NOUN_AFTER.match(text, end))
            and bool(_ARTICLE_BEFORE.search(text, max(0, start - 4), start)))


# "미국 CXL(Compute Express Link) 메모리 컨트롤러 스타트업 테라모프": an acronym glossed by its
# spelled-out words, then a few words and a kind of company before a name, is the technology the
# named company works on.
_TERM_GLOSS = re.compile(r"[(（][A-Za-z][A-Za-z\s-]{2,40}[)）]")
_KIND_AND_NAME_AFTER = re.compile(r"(?:\s[^\s,.()（）]+){0,3}?\s(?:스타트업|업체|기업|회사|개발사|제조사)\s[^\s,.]")
_GLOSSED_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}[(（]$")


def _term_before_a_kind(name: str, text: str, start: int, end: int) -> bool:
    """True if ``name`` is a glossed technology acronym, or its gloss, before "... 스타트업 <name>"."""
    if _is_acronym(name):
        gloss = _TERM_GLOSS.match(text, end)
        return gloss is not None and bool(_KIND_AND_NAME_AFTER.match(text, gloss.end()))
    return (bool(_GLOSSED_ACRONYM_BEFORE.search(text, max(0, start - 7), start)) and text[end:end + 1] in ")）"
            and bool(_KIND_AND_NAME_AFTER.match(text, end + 1)))


def _is_acronym(name: str) -> bool:
    """"VLA", "SPC": one word in capitals."""
    return name.isupper() and " " not in name


# "시각-언어-행동(VLA) 모델": after a bracketed acronym, a kind of technology the term modifies.
_KIND_OF_TECHNOLOGY_AFTER = re.compile(r"[)）]\s?(?:모델|기술|칩|반도체|플랫폼|시스템|솔루션|엔진|아키텍처|알고리즘)(?![가-힣])")


def _glosses_a_korean_term(name: str, text: str, start: int) -> bool:
    """True if the acronym ``name`` glosses in brackets the Korean words before it and modifies a
    kind of technology after them ("시각-언어-행동(VLA) 모델"): a term's abbreviation, no name."""
    return (_is_acronym(name) and start >= 2 and text[start - 1] in "(（"
            and HANGUL.match(text[start - 2]) is not None and bool(_KIND_OF_TECHNOLOGY_AFTER.match(text, start + len(name))))


def _describes_companies(name: str, text: str, end: int) -> bool:
    """True if ``name`` opens with a nationality and modifies a kind of business ("invests in
    European B2B software and AI companies"), or is a nationality and "AI" ("the British AI
    company", "Indian AI startups", "the Korean VC firm"): a class of companies or an adjective,
    not one company. A compass word may narrow the region first ("Southeast Asian AI venture funds")."""
    first, *rest = _COMPASS.sub("", name).split()
    return first in DEMONYMS and ((bool(rest) and all(w in _STOPWORDS for w in rest))
                                  or bool(_KIND_OF_BUSINESSES_AFTER.match(text, end)))

def _initials(words: str) -> str:
    return "".join(w[0] for w in words.split() if w[0].isupper())


def _abbreviates(name: str, gloss: str) -> bool:
    """True if one of ``name`` and ``gloss`` is the other's acronym (the initials of its capitalised words)."""
    gloss = gloss.strip()
    return any(len(short) > 1 and _is_acronym(short) and _initials(long) == short
               for short, long in ((gloss, name), (name, gloss)))


# "DJI Agras·DJI Terra": a maker's Latin name and one capitalised word, in a "·" list.
_MAKERS_WORD = re.compile(r" ([A-Z][a-z]{2,})(?![A-Za-z])")
_LIST_DOT_AFTER = re.compile(r"\s?·")
_LIST_DOT_BEFORE = re.compile(r"·\s?$")
# Words that continue an organisation's own name ("Naver Cloud", "Toyota Research"), not a product's.
_ORGANISATION_NAME_WORDS = frozenset("""
Cloud Electronics Motor Motors Research Labs Lab Group Holdings Technologies Technology Systems Robotics
Ventures Capital Partners Korea Japan China America Europe India Inc Corp Foundation Institute Bank Securities
Energy Solutions Global International Health Bio Semiconductor Display Chemical Innovation
""".split())


_PRODUCT_LIST = re.compile(r"[A-Z][A-Za-z]*\s[A-Z][a-z]{2,}\s?·")


def lists_products(text: str) -> bool:
    """True if ``text`` may list products after their makers' names, a relation without a cue
    word, so unknown names there matter."""
    return "·" in text and _PRODUCT_LIST.search(text) is not None


def _listed_products(text: str, known: list[Mention]) -> list[Mention]:
    """Products in a "·" list, each written after its maker's Latin name ("DJI Agras·DJI Terra"):
    the product's mention starts after the maker's, which stays the maker's, and the product is
    named with it as the list writes it."""
    found = []
    for k in known:
        if k.actor.type not in ("Company", "Startup") or not k.surface.isascii():
            continue
        word = _MAKERS_WORD.match(text, k.end)
        if (word is None or word.group(1) in _ORGANISATION_NAME_WORDS or word.group(1) in _STOPWORDS
                or not (_LIST_DOT_AFTER.match(text, word.end())
                        or _LIST_DOT_BEFORE.search(text, max(0, k.start - 2), k.start))):
            continue
        product = Mention(word.start(1), word.end(), discovered_actor(f"{k.surface} {word.group(1)}", "model"),
                          word.group(1), discovered=True)
        product.particle, product.after = particle_at(text, word.end())
        found.append(product)
    return found


# "Hitachi Ltd (6501.T)", "(NVDA.O)": the stock code a wire story glosses a listed company with.
_TICKER = re.compile(r"(?:\d{4,6}|[A-Z]{1,5})\.[A-Z]{1,3}")


def _ticker(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is a bracketed stock code: the company named before it, not a name."""
    return (text[start - 1:start] in ("(", "（") and text[end:end + 1] in (")", "）")
            and _TICKER.fullmatch(text, start, end) is not None)


def _is_an_amount(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is part of a money amount ("RM200M", "Dh2bn", "SAR 2bn", "S$150M"):
    a currency written in capitals before the figure looks like a name; the amounts parser knows it."""
    return any(amount.start < end and start < amount.end for amount in find_amounts(text))


def _inside_a_name(text: str, start: int) -> bool:
    """True if the name at ``start`` is the tail of a longer one ("Winning the AI Race"), not
    a name after a sentence's function word ("Under the Andes scheme")."""
    inside = _INSIDE_A_NAME.search(text, max(0, start - 60), start)
    return bool(inside) and inside.group(0).split()[0] not in _STOPWORDS


# "미쓰비시UFJ캐피탈", "KB인베스트먼트": the investment arm a group's name is glued to.
_ARM_SUFFIX = re.compile(r"(?:캐피탈|캐피털|벤처스|인베스트먼트|파트너스|벤처투자|자산운용)$")


def _investment_arm(text: str, start: int, end: int, known: list[Mention]) -> Mention | None:
    """The known group name a new investor's name starts with, glued to an investment suffix
    after a Latin letter ("미쓰비시UFJ캐피탈" is not the bank "미쓰비시UFJ"). A Hangul-final
    known name glued to more Hangul is never found as a mention in the first place."""
    inside = [k for k in known if k.start < end and start < k.end]
    if len(inside) != 1 or inside[0].start != start or inside[0].end >= end:
        return None
    arm = inside[0]
    if not text[arm.end - 1].isascii() or not _ARM_SUFFIX.fullmatch(text, arm.end, end):
        return None
    return arm


# "AI연구원", "인공지능연구소": a field and the word for an institute, which many owners have.
_BARE_INSTITUTE = re.compile(r"(?:AI|인공지능|기술|중앙|종합)\s?(?:연구원|연구소)")


def _owner_of_a_bare_institute(text: str, start: int, name: str, known: list[Mention]) -> Mention | None:
    """The known organisation right before an institute named only by its field ("서울대 AI연구원"):
    the institute's name takes its owner's in, as Korean names it, since the bare words name no
    one institute."""
    if not _BARE_INSTITUTE.fullmatch(name) or text[start - 1:start] != " ":
        return None
    return next((k for k in known if k.end == start - 1 and k.actor.type in ORGANISATIONS), None)


def _named_unit(text: str, start: int, end: int, known: list[Mention]) -> Mention | None:
    """The known organisation a new Latin name starts with, when the words after it end in a
    word for an organisation ("Aramco Digital, the technology subsidiary of Saudi Aramco"): a
    unit named after its parent, which the gazetteer's match on the parent's name would hide."""
    inside = [k for k in known if k.start < end and start < k.end]
    if len(inside) != 1 or inside[0].start != start or inside[0].end >= end or inside[0].actor.type not in ORGANISATIONS:
        return None
    return inside[0] if _UNIT_WORD.fullmatch(text, inside[0].end, end) else None


# What follows a known maker's or model's name in a product's: a version, "for X", a product word
# ("Humain Chat 2", "Claude for Chrome", "Gemini Live").
_PRODUCT_TAIL = re.compile(r"(?: (?:for )?[A-Z][\w-]*| \d[\d.]*)+")
# ("Google for Startups" is a programme: "for" makes a product only of a model, "Claude for Chrome").
_PRODUCT_TAIL_WORD = re.compile(r" (?:\d|(?:Chat|Live|Assistant|Agent|Studio|Code|Pro|Max|Mini|Ultra|Lite|Vision|"
                            r"Voice|Drive|Copilot|Lens|Search|Translate|App|Edge|Flash|Turbo|Nano)\b)")
# The region a vehicle is for: "Southeast Asia", "India", "Southeast Asia & India".
_REGION = rf"(?:{_COMPASS_WORD} )?(?:Africa|Asia|Europe|India|China|Japan|Korea|Israel|Latin America|MENA|Gulf|Nordics?)"
_REGIONS = re.compile(rf"\s{_REGION} & {_REGION}$")
# "Partech Africa", "Lightspeed India", "Vertex Ventures Southeast Asia & India", "Acme Growth": a known
# investor's regional or growth vehicle.
_VEHICLE_TAIL = re.compile(rf" (?:{_REGION}(?: (?:&|and) {_REGION})?|Growth|Impact|Seed|Opportunity|"
                           r"Entrepreneur|Global|International|Frontier|Climate|Health|Ventures|Fund(?: [IVX\d]+)?)")


def _known_name_extended(text: str, start: int, end: int, known: list[Mention]) -> tuple[Mention, str] | None:
    """The known name a new Latin name starts with and the new name's type, when the words after
    it make a product of a maker or a model ("Humain Chat 2", "Claude for Chrome", "Gemini Live":
    a Model; a programme's head word last makes a programme, "Falcon Compute Initiative") or a vehicle of an investor ("Partech Africa": an Investor): the gazetteer's match on
    the known part would take the product, or the fund, for its maker. A place in the tail
    ("Lightspeed India") is the vehicle's region, no mention of its own (see _places_inside)."""
    places = _places_inside(start, end, known)
    inside = [k for k in known if k.start < end and start < k.end and k not in places]
    if len(inside) != 1 or inside[0].start != start or inside[0].end >= end:
        return None
    head, tail = inside[0], text[inside[0].end:end]
    if head.actor.type == "Investor":
        return (head, "Investor") if _VEHICLE_TAIL.fullmatch(tail) else None
    if not _PRODUCT_TAIL.fullmatch(tail) or not re.search(r"[A-Z]", tail):
        return None  # "Grok-2 75.5": a figure after a model's name, no new model
    if head.actor.type in ("Startup", "Company") and _CORPORATE_FUND_TAIL.search(tail):
        return head, "Program" if tail.endswith("Fund") else "Investor"
    if head.actor.type == "Model" and _NAMED_PROGRAMME_END.search(tail):
        return head, "Program"  # "Falcon Compute Initiative": a scheme named after a model, no model
    if head.actor.type == "Model" or (head.actor.type in ("Startup", "Company") and _PRODUCT_TAIL_WORD.match(tail)):
        return head, "Model"
    return None

def _places_inside(start: int, end: int, known: list[Mention]) -> list[Mention]:
    """The known places after the first word of the name at ``start``-``end``: "India" of
    "Lightspeed India" (the name's first word is the known one it extends)."""
    return [k for k in known if start < k.start and k.end <= end and k.actor.type == "Country"]


# "Amazon Industrial Innovation Fund", "Salesforce Ventures": a company's venture vehicle, not the company
# (a fund is a programme the company launched, "Ventures" an investor of its own).
_CORPORATE_FUND_TAIL = re.compile(r" (?:Fund|Ventures|Venture Capital|Capital|Investments?)$")


def _holds_its_place(name: str, start: int, end: int, known: list[Mention], glossed: bool = False) -> bool:
    """"Development Bank of Japan", "University of Tokyo", "Korea–Europe AI Co-Investment
    Facility", "AI Ireland Forward, the national programme": an institution or a programme named
    after its places is one name; the country inside it is no mention of its own."""
    institution = _INSTITUTION_OF.search(name)
    if not (institution or _NAMED_PROGRAMME_END.search(name) or glossed):
        return False
    inside = [k for k in known if k.start < end and start < k.end]
    return (bool(inside) or bool(institution)) and all(
        start <= k.start and k.end <= end and k.actor.type == "Country" and (k.start, k.end) != (start, end) for k in inside)


# "X, the Government's national programme to ...": a gloss saying the name before it is a programme's.
_GLOSSED_AS_PROGRAMME = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,4}?(?:programme|program|scheme|initiative|strategy)\b")


# Words that make a country's name a region or a time of it ("Northern Ireland"), or open a
# headline about it ("Why Ireland's bet matters"), not an agency's name.
_NOT_AGENCY_WORDS = frozenset("""
North South East West Northern Southern Eastern Western Central Greater New Mainland Continental Upper Lower
Inner Outer Rural Urban Modern Global Old Ancient Imperial Soviet Communist Republican Democratic Team
How Why When Where What Who Inside Behind Can Could Will Would Does Did Is Are Has Have Should Must
""".split())
# An agency acts: it says, owns, gives or is one of a list ("with Research Ireland, Enterprise Ireland and").
_ACTS_AFTER = re.compile(r"['’]s\b|\s+(?:also\s+|has\s+|have\s+|will\s+|would\s+)?(?:said|says|is|was|will|has|had|"
                         r"announced|launched|backed|invested|funded|provided|awarded|committed|runs|ran|leads|led|"
                         r"manages|managed|supports|supported|offers|offered|[a-z]{3,}ed\s+(?:the|a|an|its|\$|€|£))\b")
_ACTS_BEFORE = re.compile(r"(?:\bvia|\bwith|\bby|\bfrom|\bof|\band|\bincluding|,)\s+(?:the\s+)?$")


def _country_ending_an_agency(text: str, start: int, end: int, known: list[Mention]) -> Mention | None:
    """The known country that ends a longer name acting as an organisation ("Enterprise Ireland
    said", "via Innovate UK", "Business France's"): the name is an agency's, and the country
    in it no mention of its own. A region ("Northern Ireland") or a known name before the
    country (a company's local unit) keeps the words apart."""
    inside = [k for k in known if k.start < end and start < k.end]
    if len(inside) != 1 or inside[0].actor.type != "Country" or inside[0].end != end or inside[0].start <= start:
        return None
    words = text[start:inside[0].start].split()
    if not 1 <= len(words) <= 2 or any(w in _STOPWORDS or w in _NOT_AGENCY_WORDS or _DEMONYM.fullmatch(w) for w in words):
        return None
    acts = _ACTS_AFTER.match(text, end) or _ACTS_BEFORE.search(text, max(0, start - 14), start)
    return inside[0] if acts else None


def glossed_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """"모아젠(Moazen)이", "사르바틱 AI(Sarvatic AI)와": a new name written in Hangul and glossed
    with its Latin spelling is one actor under both names, named once with the particle after
    the bracket. The Hangul spelling may be a name found already or words no pattern took for
    one; :func:`_spelling_start` says where it begins. ``mentions`` are in text order."""
    out: list[Mention] = []
    spelled_end = 0
    for m in mentions:
        bracket = _GLOSS_OPEN.search(text, max(0, m.start - 3), m.start)
        close = _GLOSS_CLOSE.match(text, m.end)
        prev = out[-1] if out else None
        if (not m.discovered and m.actor.type in ORGANISATIONS and m.actor.type != "Program" and bracket and close
                and prev and prev.discovered and prev.actor.type == "Program" and prev.end == bracket.start()):
            # "삼성카탈리스트펀드(Samsung Catalyst Fund)": a phrase that looked like a programme is the
            # Hangul name of the known organisation its gloss names
            out[-1] = Mention(prev.start, close.end(), m.actor, prev.surface)
            out[-1].particle, out[-1].after = particle_at(text, close.end())
            continue
        if spelled_end > m.start:
            continue  # a name inside the rest of a gloss already taken in ("옛 세쿼이아차이나")
        if m.discovered and bracket and close and prev is not None and prev.discovered \
                and _CLOSING_QUOTE.fullmatch(text, prev.end, bracket.start()):
            # "'하늬-3'(HANUI-3)는": the quoted title's Latin spelling, after its closing quote
            out[-1] = Mention(prev.start, close.end(), dataclasses.replace(prev.actor, aliases=[*prev.actor.aliases, m.surface]), prev.surface,
                              discovered=True)
            out[-1].particle, out[-1].after = particle_at(text, close.end())
            continue
        spelled = _spelled_known_name(text, m, bracket, out)
        if spelled is not None:
            out.append(spelled)
            spelled_end = spelled.end
            continue
        if m.discovered and not m.actor.name_ko and bracket and close:
            start = _spelling_start(text, bracket.start(), m.actor.name, out)
            prev = out[-1] if out else None
            if start is None and prev and prev.discovered and prev.actor.name_ko and prev.end == bracket.start() \
                    and prev.actor.type != "Person":
                start = prev.start  # "국민성장펀드(National Growth Fund)": a translation, not a spelling
            if start is None:
                start = _public_body_before(text, bracket.start())
            if start is None and _abbreviates_a_kind(text, bracket.start()):
                continue  # "특수목적법인(SPC)": the letters shorten a kind of body, not a name
            if start is not None:
                inside = [k for k in out if k.end > start]
                del out[len(out) - len(inside):]
                korean = text[start:bracket.start()]
                actor = _glossed_actor(korean, inside, m.actor, _described_role(text, start))
                mention = Mention(start, close.end(), actor, korean, discovered=True)
                mention.particle, mention.after = particle_at(text, mention.end)
                out.append(mention)
                continue
        out.append(m)
    return out


# The rest of a gloss after the Latin name it opens with: a former name or another language's
# ("(HongShan·옛 세쿼이아차이나)", "(Sequoia China, 현 HongShan)"), then the closing bracket.
_GLOSS_REST = re.compile(r"(?:\s?[·,;/]\s?[^()（）]{1,30})?\s*[)）]")


def _spelled_known_name(text: str, m: Mention, bracket: re.Match[str] | None, out: list[Mention]) -> Mention | None:
    """"홍산(HongShan·옛 세쿼이아차이나)도": a known organisation's Latin name glossing a Hangul
    spelling the gazetteer lacks; the spelling, the gloss and whatever else the gloss says are one
    mention of the known actor, which takes the particle after the bracket. Names guessed inside
    the spelling go (see :func:`_spelling_start`). A name discovered right before a gloss that
    is the known name alone ("CPP인베스트먼트(CPP Investments)가") is its Korean form too, however
    it is spelt."""
    if m.discovered or m.actor.type not in ORGANISATIONS or m.actor.type == "Program" or bracket is None:
        return None
    rest = _GLOSS_REST.match(text, m.end)
    start = _spelling_start(text, bracket.start(), m.surface, out) if rest else None
    prev = out[-1] if out else None
    if (start is None and prev is not None and prev.discovered and prev.end == bracket.start()
            and prev.actor.type in ORGANISATIONS and HANGUL.search(prev.surface) and _GLOSS_CLOSE.match(text, m.end)):
        start, rest = prev.start, _GLOSS_CLOSE.match(text, m.end)
    if start is None:
        return None
    del out[len(out) - len([k for k in out if k.end > start]):]
    mention = Mention(start, rest.end(), m.actor, text[start:bracket.start()], country_hint=m.country_hint)
    mention.particle, mention.after = particle_at(text, rest.end())
    return mention


# The Hangul word right before a gloss's bracket.
_HANGUL_WORD_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])[가-힣]{3,}$")


def _public_body_before(text: str, bracket: int) -> int | None:
    """Where a public body's Hangul name glossed with its letters begins ("연방디지털교통부(BMDV)"):
    a ministry or agency is named by what it is for, which no transliteration of its
    abbreviation matches, so its head noun vouches for the pair instead."""
    word = _HANGUL_WORD_BEFORE.search(text, max(0, bracket - 20), bracket)
    if word is None or guess_type(word.group())[0] != "Government":
        return None
    return word.start()


# "특수목적법인(SPC)", "합작법인(JV)", "사모펀드(PEF)": a word for a kind of body glossed with its
# abbreviation; the body it stands for has no name yet.
_KIND_OF_BODY = re.compile(r"(?<![가-힣A-Za-z0-9])(?:특수목적|합작|현지|해외|신설|자|지주|투자|운용)?"
                           r"(?:법인|회사|기구|조합|컨소시엄|사모펀드|국부펀드|벤처캐피털|지주회사)$")


def _abbreviates_a_kind(text: str, bracket: int) -> bool:
    """True if the word before a gloss's ``bracket`` is a kind of body, so the glossed letters
    abbreviate the kind ("특수목적법인(SPC)을 설립"), not a new name. Asked only where no Hangul spelling
    comes before the gloss, not of every Latin name as :func:`_glosses_a_korean_term` is: a body may be
    glossed with its own name ("공동 투자 기구(North Sea AI Facility, 이하 NSAF)")."""
    return bool(_KIND_OF_BODY.search(text[:bracket], max(0, bracket - 12)))


def glossed_spellings(text: str, is_known: Callable[[str], bool]) -> list[Mention]:
    """Hangul spellings glossed with a Latin organisation name anywhere in ``text`` (see
    :func:`_spelling_start`) that ``is_known`` does not know, so that a document's names are
    known before the sentence that glosses them: a headline or a summary names the company
    bare ("사르바틱 AI, 시리즈 B 유치") that the body introduces ("사르바틱 AI(Sarvatic AI)는")."""
    found = []
    for m in _LATIN_GLOSS.finditer(text):
        latin, bracket = m.group(1), m.start() - (text[m.start() - 1:m.start()] == " ")
        start = _spelling_start(text, bracket, latin, [])
        if start is not None and not is_known(text[start:bracket]) and not is_known(latin):
            korean = text[start:bracket]
            actor = _glossed_actor(korean, [], discovered_actor(latin, _described_role(text, start)))
            found.append(Mention(start, m.end(), actor, korean, discovered=True))
    return found


def hanja_glossed_spellings(text: str, is_known: Callable[[str], bool]) -> list[Mention]:
    """"하이란 즈넝(海岚智能)", "선전캐피털그룹(深创投)": a Chinese company Korean writes in Hangul
    and glosses once with its characters, anywhere in ``text``, so that the document's later
    mentions of the Hangul name are known (as :func:`glossed_spellings` does for Latin glosses)."""
    found: list[Mention] = []
    if not _HANJA_BRACKET.search(text):
        return found  # most blocks: no Chinese characters in brackets, spared the words-first pattern
    for m in _HANJA_GLOSS.finditer(text):
        chinese = m.group(2)
        start = _hanja_spelling_start(text, m, len(chinese))
        if start is None or chinese[0] in _CHINESE_SURNAMES and len(chinese) <= 3:
            continue  # "리 자하오(李嘉豪)": a person's name, which a role must vouch for
        korean = text[start:m.start(2) - 1].rstrip()
        if is_known(korean) or is_known(chinese):
            continue
        actor = discovered_actor(korean)
        actor.name_zh, actor.aliases = chinese, [chinese]
        found.append(Mention(start, m.end(), actor, korean, discovered=True))
    return found


def _hanja_spelling_start(text: str, m: re.Match[str], characters: int) -> int | None:
    """Where the Hangul spelling of the characters glossed in ``m`` begins: the fewest words
    before the bracket with a syllable or two a character, sounding as Chinese names are
    written (see :func:`spells_chinese`) but for a translated head ("캐피털그룹"). A quoted
    spelling or one a programme word follows names a policy ("‘동수서산(東數西算)’ 프로젝트")."""
    if text[m.start():m.start() + 1] in _OPENING_QUOTES or _QUOTE_OR_PROGRAMME_AFTER.match(text, m.end()):
        return None
    words = m.group(1).split(" ")
    for n in range(1, len(words) + 1):
        spelling = " ".join(words[-n:])
        core = _TRANSLATED_HEAD.sub("", spelling)
        if core != spelling or len(spelling.replace(" ", "")) >= characters:
            break
    if words[-n] in _NOT_SPELLING or not all(is_bare_noun(w) for w in words[-n:]):
        return None
    core_syllables = len(core.replace(" ", ""))
    if not (spells_chinese(core) or _sound_and_reading(core, characters)) or core_syllables > 2 * characters or (
            core == spelling and core_syllables < characters):
        return None
    return m.end(1) - len(spelling)


def _sound_and_reading(core: str, characters: int) -> bool:
    """"사이웨이산력(赛维算力)", "도카이정밀(東海精密)": a firm's name of four characters or more,
    the first written as they sound in Chinese or Japanese, the last two as Korean reads them
    (算力 산력, 精密 정밀), as Korean writes many such names. The sounded part takes more syllables
    than its characters ("사이웨이" for 赛维), where a Korean reading of them all takes one each
    ("인공지능(人工智能)" is a word glossed, no name)."""
    return characters >= 4 and " " not in core and len(core) > characters and spells_chinese(core[:-2])


# Up to three Hangul words glossed with two to six Chinese characters: "윈수 커지(云枢科技)";
# group 1 may start with an opening quote, which rules the gloss out.
_HANJA_GLOSS = re.compile(r"(?<![가-힣])([‘'“\"「『《<]?(?:[가-힣]+ ){0,2}[가-힣]+) ?[(（]([\u4e00-\u9fff]{2,6})[)）]")
# What every such gloss holds: _HANJA_GLOSS starts with Hangul words and is tried at every one.
_HANJA_BRACKET = re.compile(r"[(（][\u4e00-\u9fff]")
_QUOTE_OR_PROGRAMME_AFTER = re.compile(r"[’'”\"」』》>]|\s?(?:" + "|".join(
    w for words in _PROGRAM_WORDS.values() for w in words if "가" <= w[0] <= "힣") + ")")
# Heads Korean translates in a Chinese company's name ("선전캐피털그룹" for 深创投).
_TRANSLATED_HEAD = re.compile(rf"(?:\s?(?:{_ORG_SUFFIXES}|그룹|테크))+$")
# The commonest Chinese surnames, simplified and traditional: two or three characters starting
# with one are a person's name more often than a company's.
_CHINESE_SURNAMES = frozenset("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖"
                              "田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范廖贾賈夏韦韋方邹鄒孟熊秦邱江尹"
                              "薛段雷侯史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃戴莫孔向汤湯习習")


# A Latin name in brackets: "(Sarvatic AI)", "(Orca Vision, 비공개)" with a note after it.
_LATIN_GLOSS = re.compile(r"[(（]([A-Z][A-Za-z0-9&.'’ -]{1,40}?)\s*(?:,\s?[가-힣]{1,6}\s*)?[)）]")
# One Latin word with a capital inside ("LawnCube", "GripWorks") is a coined brand, where one
# plain word may be a loanword's source ("오퍼레이터(Operator)").
_COINED_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_GLOSS_OPEN = re.compile(r"\s?[(（]\s*$")
# The closing quote between a quoted title and the bracket glossing it.
_CLOSING_QUOTE = re.compile(r"[’'”\"]")
# "포트아이(PortEye Pte. Ltd.)": the gloss may end with the Latin name's legal form.
_GLOSS_CLOSE = re.compile(r"(?:\.?,?\s(?:Pte|Pvt|Co|Inc|Corp|Ltd|LLC|GmbH|AG|SA)\.?){0,3}\s*[)）]")
# Up to five words ending right before a bracket.
_WORDS_BEFORE = re.compile(r"(?:[가-힣A-Za-z0-9-]+ ){0,4}[가-힣A-Za-z0-9-]+$")
# Words that say what a glossed name is, never the first of its spelling ("투자사 코랄브리지
# 캐피털"); the last may be a kind ("라시크 로보틱스").
_DESCRIPTOR_WORDS = frozenset(w for words in _DESCRIPTORS.values() for w in words)
_NOT_SPELLING = _DESCRIPTOR_WORDS | _KINDS_OF_ORGANISATION | DETERMINERS


def describes_or_counts(word: str) -> bool:
    """True for a word that says what an actor is or how many ("투자사", "벤처캐피털", "해당"),
    or a common noun names are often mistaken for ("생태계"): never a name by itself."""
    return word in _NOT_SPELLING or bool(_COMMON_NOUN.match(word))


# The last word of a Latin name that says it names an organisation ("Sarvatic AI", "Waha
# Ventures"). A gloss of one Latin word may be a loanword's source ("오퍼레이터(Operator)"),
# and one of several a concept's ("스케일업 프로그램(Scale-up Program)").
ORGANISATION_WORDS = frozenset("""
AI Labs Lab Robotics Group Network Networks Technologies Technology Systems Capital Ventures Partners Holdings
Investment Investments Bank Semiconductor Semiconductors Motors Energy Dynamics Software Bio Therapeutics Health
Analytics Industries Corporation Corp Inc Company Studio Studios Intelligence Computing Cloud
Silicon Memory Chips Devices Electronics Microsystems Data Photonics Compute Platforms Logic
""".split())

# The last word of a unit's name after its parent's: "Aramco Digital", "Tencent Cloud", "Kakao
# Ventures"; not "AI" ("Meta AI" names an assistant as often as a lab).
_UNIT_WORD = re.compile(r"(?: [A-Z][A-Za-z]*)*? (?:" + "|".join(sorted(ORGANISATION_WORDS - {"AI"})) + "|Digital)")


def _spelling_start(text: str, bracket: int, latin: str, before: list[Mention]) -> int | None:
    """Where the Hangul spelling of the Latin organisation name glossed at ``bracket`` begins,
    if the words before the bracket spell it: as many words as transcribe the Latin ones in order and
    sound like them (see
    :mod:`loaders.transliteration`), the first no word of description, no known name among them,
    and a name found among them only if the spelling covers it whole. The Latin name ends in a
    word for an organisation ("Sarvatic AI"), or a descriptor before the spelling says it names
    one ("스타트업 켈바 비전(Kelvar Vision)")."""
    words_before = _WORDS_BEFORE.search(text, max(0, bracket - 60), bracket)
    if words_before is None:
        return None
    words, latin_words = words_before.group().split(" "), latin.split()
    coined = _COINED_WORD.fullmatch(latin) is not None
    if len(latin_words) < 2 and not coined:
        return None
    for n in range(min(len(words), len(latin_words)), 0, -1):
        spelling = words[-n:]
        if latin_words[-1] not in ORGANISATION_WORDS and not coined and (
                n == len(words) or words[-n - 1] not in _DESCRIPTOR_WORDS):
            continue  # "Lumen Syntax" may name a concept, unless a descriptor says what it is ("기업 루멘 신택스")
        start = bracket - len(" ".join(spelling))
        compact = "".join(spelling)
        if (not "가" <= spelling[0][0] <= "힣" or spelling[0] in _NOT_SPELLING or compact in _NOT_SPELLING
                or (len(latin_words) == 1 and _quoted_title(text, start, bracket))
                or compact.endswith(_KINDS_OF_AI)
                or not transcribes(spelling, latin_words) or not sounds_alike(spelling, latin_words)):
            continue
        overlapping = [k for k in before if k.end > start]
        if all(_part_of_spelling(k, start, bracket, latin) for k in overlapping):
            return start
    return None


# The gloss's closing bracket and a closing quote right after it: "'로보코어(RoboCore)'".
_GLOSS_THEN_QUOTE = re.compile(r"\s?\([^()]*\)[’'”\"」』》>]")


def _quoted_title(text: str, start: int, bracket: int) -> bool:
    """True if a quote opens right before ``start`` and closes right after the gloss: a quoted coined
    word ("지원사업 '로보코어(RoboCore)'") titles a programme or a product as often as it names a
    company. A quote that opens a whole quotation ("\"딥코어(DeepCore)는 ... 회사입니다.\"", an
    interview's answer) does not close there, and the company name it starts with is a name."""
    return start > 0 and text[start - 1] in _OPENING_QUOTES and _GLOSS_THEN_QUOTE.match(text, bracket) is not None


# The descriptor word right before a name: "국부펀드 " of "국부펀드 카자나 나시오날".
_DESCRIPTOR_BEFORE = re.compile(_DESCRIPTOR_WORD + " $")


def _described_role(text: str, start: int) -> str:
    """The role a descriptor right before ``start`` gives the name there ("투자사 X": an
    investor); "" without one."""
    m = _DESCRIPTOR_BEFORE.search(text, max(0, start - 8), start)
    return "" if m is None else _descriptor_role(m)


def _descriptor_role(m: re.Match[str]) -> str:
    """The role of the name a matched descriptor introduces, by the descriptor's group."""
    return "investee" if m.group("startup") else "investor" if m.group("investor") else "company"


def _part_of_spelling(found: Mention, start: int, bracket: int, latin: str) -> bool:
    """True if a name found inside a Hangul spelling starting at ``start`` is only a part of it: a
    name guessed at, or a known organisation's name the spelling starts with and goes on from,
    when the gloss is not that organisation's ("릴라이언스 인텔리전스(Reliance Intelligence)": a
    company named after Reliance, not Reliance; "삼성 바이오로직스(Samsung Biologics)")."""
    if found.actor.type == "Person" or found.start < start:
        return False
    if found.discovered:
        return True
    return (found.start == start and found.end < bracket - 1 and found.actor.type in ORGANISATIONS
            and latin not in (found.actor.name, *found.actor.aliases))


def _spaced_name_ok(first: str) -> bool:
    """True if ``first`` may be the first word of a spaced name ("홍린" of "홍린 캐피털"): a bare
    noun that describes nothing ("벤처", "주요", "투자사" do), or a Latin word that is no
    abbreviation of a thing ("E2E", not "AI" or "GPU")."""
    if first.isascii():
        return first not in _STOPWORDS
    return not particle_ending(first) and is_bare_noun(first) and first not in _NOT_SPELLING


def _glossed_actor(korean: str, found: list[Mention], latin: Actor, described: str = "") -> Actor:
    """The actor of a Hangul name and its Latin gloss: typed by the descriptor before it, if any
    ("에이전트 스타트업 오르빗(Orbit Agent)": a startup, though "Agent" may end a model's name),
    else by what the Hangul name was found as ("투자사 코랄브리지"), else by either name's words."""
    actor = discovered_actor(korean, described)
    typed = next((a for a in [*(k.actor for k in found), latin] if a.type != "Startup"), None)
    if actor.type == "Startup" and typed is not None and not described:
        actor.type, actor.kind = typed.type, typed.kind
    actor.aliases = [latin.name]
    return actor


def _only_parts_inside(m: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """True if the names already found in a quoted name are parts of it, not all of it."""
    return all(e <= m.start() or s >= m.end() or (m.start() <= s and e <= m.end() and e - s < len(m.group(1).strip()))
               for s, e in taken)


def _title_is_new(programme: ProgrammeName, m: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """True if the names already found in the programme's span are only parts of its title:
    none crosses its edges, none is the whole title, none opens its gloss and makes most of it
    ("「국가 AI 전략(UK National AI Strategy)」" is a known strategy; "「인디아 파운데이션 모델
    챌린지(India Foundation Model Challenge)」" only names a country in it, and "「북방 AI
    행동계획(Northern AI Action Plan)」" is another country's plan than the known "AI Action Plan")."""
    core = _INNER_GLOSS.sub("", m.group(1)).strip()
    core_start = m.start(1) + m.group(1).index(core)
    core_end = core_start + len(core)
    gloss = _INNER_GLOSS.search(m.group(1))
    gloss_start = m.start(1) + gloss.start(1) if gloss else -1
    gloss_length = len(gloss.group(1)) if gloss else 0
    for s, e in taken:
        if e <= programme.start or s >= programme.end:
            continue
        if s < programme.start or e > programme.end or (s <= core_start and e >= core_end) or (
                s == gloss_start and 2 * (e - s) >= gloss_length):
            return False
    return True


# "N억 달러 규모의 ‘X’를 결성": a size before a quoted name, and a verb of setting up a fund after it.
_SIZED_BEFORE = re.compile(r"규모(?:의|인)\s?$")
# "‘X’ 출범을", "'X' 신설", "'X' 착수": the launch of what the title names, the noun right after it.
_LAUNCHED_AFTER = re.compile(r"\s?(?:출범|발족|신설|착수)(?:을|를|식|했|하|한|시|\s|$)")
_SET_UP_AFTER = re.compile(r"\s?(?:을|를)\s?(?:결성|조성|설정|출범|설립|신설)")
# "'X' 2기 입주기업 12곳", "'X' 참여기업 모집": a title whose cohort of firms is selected or called for
# names a support programme (an incubator, an accelerator), whatever its words.
_COHORT_AFTER = re.compile(r"\s?(?:\d+\s?기\s)?(?:입주\s?기업|입주사|참여\s?기업|참가\s?기업|선정\s?기업|지원\s?기업)(?:\s|을|를|이|가|은|는|의|에|모집|선정)")


# "'X' 기업으로 선정", "'X' 선정", "'X' 사업에 참여", "'X' 올해 예산": a title firms are selected
# into, that a budget or a call belongs to, names a support programme whatever its words.
_SELECTED_INTO_AFTER = re.compile(r"\s?(?:(?:기업|업체|스타트업|팀|사업자)으로\s?(?:최종\s?)?선정|선정(?:됐|되|된|\s?기업)"
                                  r"|(?:지원\s?)?(?:사업|프로그램)(?:에|을|를|의|은|는|이|\s?(?:참여|선정|공고|예산))"
                                  r"|(?:\s(?:올해|내년|전체))?\s예산(?:은|이|을|\s))")


def _quoted_programme(text: str, m: re.Match[str]) -> ProgrammeName | None:
    """A quoted title that is a programme: it says so itself (‘AI+ 행동계획’, 「인공지능법」) or
    the word after it does (‘데이터 X’ 3개년 행동계획). A gloss inside the quotes
    ("인공지능법(Artificial Intelligence Act)") is an alias."""
    title = m.group(1).strip()
    gloss = _INNER_GLOSS.search(title)
    core = title[:gloss.start()].strip() if gloss else title
    if _SIGNED_DOCUMENT_END.search(core):
        # "‘AI 전략 협력 양해각서’에 서명": the paper two sides sign is their tie, not a programme
        return None
    aliases = [title, gloss.group(1).strip()] if gloss else []
    titled = titled_programme(text, m.start(), m.end(), core)
    if titled is not None:
        titled.aliases += aliases
        return titled
    after = gloss_after(text, m.end())[1]
    if m.group(0)[0] in _TITLE_BRACKETS and core.endswith("법"):
        # 「생성형 인공지능 서비스 관리 잠행방법」: a bracketed title ending in 법 is a law or rule,
        # where ‘중국의 해법’ (a solution) is not
        return ProgrammeName(m.start(), m.end(), core, "law", aliases, after)
    if _SIZED_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _SET_UP_AFTER.match(text, m.end()) \
            and core not in _STOPWORDS and len(core) <= 40:
        # "80억 달러 규모의 ‘MGX 그로스 II’를 결성": what is set up with a size is a fund, whatever its name
        return ProgrammeName(m.start(), m.end(), core, "fund", aliases, after)
    named = _programme_head_before(text, m.start())
    if (named is not None and len(core.split()) <= 3 and all(is_bare_noun(w) for w in core.split())
            and not _SAYING_END.search(core) and not _CATEGORY_AFTER.match(text, m.end())):
        # "지원사업 ‘로보코어(RoboCore)’", "펀드 ‘한빛 그로스’": the head noun before the title says
        # what it names, though the title does not; not a field of it or a saying
        return ProgrammeName(m.start(), m.end(), core, named, aliases, after)
    if ((_LAUNCHED_AFTER.match(text, m.end()) or _COHORT_AFTER.match(text, m.end())
         or _SELECTED_INTO_AFTER.match(text, m.end()))
            and not _COMPANY_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and core not in _STOPWORDS and len(core.split()) <= 6 and not _SAYING_END.search(core)):
        # "‘한-영 AI 리서치 브릿지’ 출범을 선언", "'AI 딥테크 팁스' 신설": what is launched right after its
        # title is a programme, whatever its words; so is one that firms are selected into
        return ProgrammeName(m.start(), m.end(), core, "initiative", aliases, after)
    if gloss and _DOCUMENT_CODE.fullmatch(gloss.group(1).strip()):
        # “... Generative AI Profile(NIST AI 600-1)”: a title given with its publication number is
        # a published framework, standard or guideline, whatever its words
        return ProgrammeName(m.start(), m.end(), core, "initiative", aliases, after)
    if not _plausible(core, True):
        return None
    kind = guess_type(core)[1]
    return ProgrammeName(m.start(), m.end(), core, kind or "initiative", aliases, after)


# "카카오, '말결' 인수", "'라이트볼트'에 투자", "'X'를 인수했다": a one-word quoted title bought or
# invested in names a company (a headline quotes a little-known firm's name); a field is quoted
# with spaces or a kind word ("'피지컬 AI'에 투자") and is left alone.
_DEALT_AFTER = re.compile(r"(?:(?:을|를)?\s?인수(?!자|전)|(?:에|에게)\s?(?:[^\s,.]+\s)?투자(?:했|하|한|를|\s|$))")
_ONE_NAME_WORD = re.compile(r"[가-힣]{2,8}|[A-Z][A-Za-z0-9]{1,15}")


def _is_dealt_company(text: str, m: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """True for a quoted one-word name right before a verb of buying or investing in it."""
    title = m.group(1).strip()
    return (_ONE_NAME_WORD.fullmatch(title) is not None and _DEALT_AFTER.match(text, m.end()) is not None
            and not names_a_kind(title) and not _COMMON_NOUN.match(title) and title not in _STOPWORDS
            and not any(s < m.end() and m.start() < e for s, e in taken))


# "엣지리버에 120억원을 투자했다": a bare Hangul name given a sum invested in it is the company
# invested in, though no descriptor says so; what a sum goes into besides a company is a place, a
# share class or a round, told by its last syllables. Not "X에도 ... 투자" (also in X): that repeats
# an investment by a subject named sentences before, which the dropped-subject reading would take
# from the nearest topic, often the last company invested in. "이 로봇 스타트업에": a kind word is
# a reference, not a name.
_INVESTED_BY_SUM = re.compile(r"(?<![가-힣A-Za-z0-9·])(?P<name>[가-힣]{3,12}?)(?:에|에게)\s(?:약\s?|총\s?)?"
                              r"[\d,.]+\s?(?:억|만|천만)\s?(?:원|달러)(?:을|를)?\s(?:추가로\s|각각\s)?투자(?:했|하|한|를)")
_NOT_AN_INVESTEE_END = re.compile(r"(?:스타트업|개발사|팹리스|기업|업체|회사|제조사|운영사|단지|지역|지구|시장|분야|산업|부문|사업|기술|주|시리즈|개사|곳|펀드|시|도|군|구)$")


def _names_an_investee(name: str) -> bool:
    """True for a word that may name the company a sum is invested in, not a place or a field."""
    return (is_bare_noun(name) and not _NOT_AN_INVESTEE_END.search(name) and not names_a_kind(name)
            and not _COMMON_NOUN.match(name) and name not in _STOPWORDS)


# "‘AI 전략 협력 양해각서’", "'공동 연구 업무협약'": a quoted agreement, the document its parties sign.
_SIGNED_DOCUMENT_END = re.compile(r"(?:양해각서|MOU|업무\s?협약|협약서|계약서?)$")
# "NIST AI 600-1", "ISO/IEC 42001", "SP 800-53": an issuer's capitals and a publication number of
# three digits or more; a model's name and version ("Sera Voice 2", "EXAONE 3.5") is none.
_DOCUMENT_CODE = re.compile(r"[A-Z][A-Z/]*(?:\s[A-Z][A-Z/]*)*\s\d{3,}(?:[.\-:]\d+)*")
# A quoted saying ends in a verb ("‘조기 집행하라’는 지시"); a title does not.
_SAYING_END = re.compile(r"(?:하라|하자|한다|했다|된다|됐다|이다|하다|니다|세요)$")
# "출자사업 ‘AI·딥테크’ 분야": a quote naming a field or track of the programme before it.
_CATEGORY_AFTER = re.compile(r"\s?(?:분야|부문|트랙|섹터|영역|주제|테마|카테고리)")
# The Hangul word right before a quoted title.
_WORD_BEFORE_TITLE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,})\s?$")


def _programme_head_before(text: str, quote: int) -> str | None:
    """The kind of programme the word right before a quoted title names ("지원사업 ‘X’"), if any."""
    word = _WORD_BEFORE_TITLE.search(text, max(0, quote - 12), quote)
    head = head_of(word.group(1)) if word else None
    return head.kind if head is not None else None


# "DAPT(Domain Adaptive Pretrained) 모델", "Kunlun 칩", "‘나기-2’ 모델": a name followed by what kind
# of product it is ("모델링" is modelling, not a model).
# A footnote mark may stand between ("범용 VLA¹ 모델").
_PRODUCT_AFTER = re.compile(r"(?:\s?\([^()]{1,40}\))?[¹²³⁴⁵⁶⁷⁸⁹⁰]*\s?(?:모델|LLM|언어\s?모델|챗봇|칩|프레임워크)(?!링)")
# "‘Inspect’ 플랫폼", "자체 플랫폼 ‘X’": a quoted title only; "Azure 플랫폼" unquoted is as often a
# service as a product.
_PLATFORM_AFTER = re.compile(r"\s*플랫폼")
# Not folded into _MODEL_BEFORE: _is_product reads that before unquoted names too, and "배달 플랫폼 X"
# unquoted names a company.
_PLATFORM_BEFORE = re.compile(r"플랫폼\s?$")
# "금융그룹의 오픈이노베이션 플랫폼 'X'": a platform for start-ups is a programme a company runs for
# them, not a product it makes.
_PROGRAMME_PLATFORM_BEFORE = re.compile(r"(?:오픈\s?이노베이션|창업\s?지원|스타트업\s?(?:육성|지원))\s?플랫폼\s?$")
# "경량 모델 ‘하늬-2 미니’", "‘나기-2’ 모델", "챗봇 ‘두루’", "휴머노이드 ‘H1’", "‘Inspect’ 플랫폼",
# "추론 엔진 ‘펄스’", "판독 보조 소프트웨어 ‘X’":
# a quoted name said to be a model or another product an organisation makes.
# "지휘 통제 플랫폼(Lattice)", "자체 연산 아키텍처인 CANN", "데이터셋인 ML-Images": a platform,
# a service or a framework is a product too when the name glosses it or the copula names it.
_PRODUCT_WORDS = "모델|LLM|언어\\s?모델|챗봇|에이전트|비서|휴머노이드|로봇|엔진|솔루션|소프트웨어|칩|NPU|GPU|TPU|프로세서|가속기"
# Not a bare "모델인" ("혁신 모델인 ‘등대공장’" is an exemplar), only a model of AI or language;
# a gloss may stand between the kind and the name ("소형언어모델(sLLM) ‘X’"), and the kind may be the
# gloss itself ("신경망처리장치(NPU) ‘X’").
_MODEL_BEFORE = re.compile(rf"(?:(?:{_PRODUCT_WORDS})(?:\s?\([A-Za-z][^()]{{0,15}}\))?\s*|\((?:{_PRODUCT_WORDS})\)\s*|(?:(?:AI|언어|추론|생성형|파운데이션|LLM)\s?모델|"
                           rf"{_PRODUCT_WORDS.removeprefix('모델|')}|플랫폼|서비스|아키텍처|프레임워크|데이터셋|운영체제)"
                           r"(?:인\s|\s?[(（]))$")
# "X를 개발", "X(CTM)을 2025년 공개", "‘H1’을 선보이며", "‘H2’도 공개": a name made, released or shown is a product.
_MADE = re.compile(r"(?:\s?\([^()]{1,30}\))?(?:을|를|도)\s(?:[^\s,.]+\s){0,2}?(?:개발|출시|선보|공개)")


def _titled_actor(title: str, role: str) -> Actor:
    """An actor named by a quoted title; one with its spelling inside the quotes (‘해온-3(Haeon-3)’,
    자회사 ‘오르빗랩(Orbit Lab)’) is known by the title alone, the spelling and both, as reports
    cite it every way."""
    gloss = _INNER_GLOSS.search(title)
    if gloss is None:
        return discovered_actor(title, role)
    actor = discovered_actor(title[:gloss.start()], role)
    actor.aliases = [gloss.group(1).strip(), title.strip()]
    return actor


def _is_model_title(text: str, m: re.Match[str]) -> bool:
    """True if the quoted title ``m`` names a model; its length is the title's without the
    spelling glossed inside the quotes (‘세라 보이스 2(Sera Voice 2)’)."""
    title = _INNER_GLOSS.sub("", m.group(1)).strip()
    if not 1 < len(title) <= 30 or len(title.split()) > 4:
        return False
    return bool(_MODEL_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _PRODUCT_AFTER.match(text, m.end())
                or _PLATFORM_AFTER.match(text, m.end()) or _PLATFORM_BEFORE.search(text, max(0, m.start() - 4), m.start())
                or _MADE.match(text, m.end())
                or _SAID_TO_BE_A_MODEL.match(text, m.end()))


# "‘X’는 22개 언어를 지원하는 모델로": the topic a clause then calls a model (described by a
# relative clause, not "구독형 모델로", a way of doing business).
_SAID_TO_BE_A_MODEL = re.compile(r"(?:은|는)\s(?:[^\s,.]+\s){0,6}?[^\s,.]+(?:는|한|된|인)\s(?:AI\s|언어\s|추론\s)?모델(?:로|이다|이며|이자)[\s,.]")


# "Multipurpose Legal Gateway를 마련", "X를 출범", "'P(X)'를 띄우고": what a body sets up or
# floats is a programme, not a company (the gloss may close its quoted title).
_SET_UP = re.compile(r"(?:\s?\([^()]{1,30}\))?\)?[’'”\"]?(?:을|를)\s(?:[^\s,.]+\s){0,2}?(?:마련|출범|발족|신설|띄[우웠운])")


# "Kestrel launches $10M Open Data Commons to fund ...": a name launched with a sum is a fund or a
# programme paying it out, not a company set up (a company is launched without its money before it).
_LAUNCHED_WITH_A_SUM = re.compile(r"\b(?:launch|unveil|start|create|establish|open)(?:s|es|ed|ing)?\s+(?:an?\s+|its\s+|the\s+)?(?:new\s+)?"
                                  r"(?:US)?[$€£¥]\s?\d[\d.,]*\s?(?:[MBK]n?|mn|million|billion)?\s+$")


# "A가 개발한 12단 X는", "새로 출시한 X": a name a relative clause of making describes.
_MADE_BEFORE = re.compile(r"(?:개발|출시|공개)한\s(?:[^\s,.]+\s)?$")
# "‘X’를 미국 핀테크 기업 20여 곳에 공급": what is supplied or sold is a product; a buyer takes 에.
_SUPPLIED = re.compile(r"[’'”\"]?(?:\s?\([^()]{1,30}\))?(?:을|를)\s(?:[^\s,.]+\s){0,5}?(?:공급|납품|판매)")


def _is_product(text: str, start: int, end: int) -> bool:
    """True if the unquoted name at ``start:end`` is said to be a model or product ("AI 모델 R1을
    발표", "X를 개발", "DAPT 모델", "A가 개발한 X")."""
    return bool(_MADE.match(text, end) or _PRODUCT_AFTER.match(text, end) or _SUPPLIED.match(text, end)
                or _MODEL_BEFORE.search(text, max(0, start - 12), start)
                or _MADE_BEFORE.search(text, max(0, start - 16), start))


def _generic_programme(name: str) -> bool:
    """"벤처펀드", "국부펀드": a kind of fund, not one fund's name."""
    h = head_of(name)
    return h is not None and name[:-len(h.word)].strip() in GENERIC_MODIFIERS


# "오비탈핸즈 컨소시엄에는", "KT 컨소시엄은": one word before 컨소시엄 names the organisation
# leading it (a descriptive phrase, "제조 에이전트 컨소시엄", names the group itself).
_CONSORTIUM_LEAD = re.compile(r"(?:^|(?<=[\s,·(]))(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})\s컨소시엄(?!\s?[:：])")


def _leads_the_consortium(word: str, before: str) -> bool:
    """True if ``word`` may be the name of a consortium's lead, not a description of the group
    ("민간 컨소시엄", "선정 컨소시엄", "대기업 컨소시엄") nor the last word of one ("제조 에이전트
    컨소시엄": a bare noun before it describes too; "AI 스타트업 X 컨소시엄" says what X is)."""
    previous = before.split()[-1] if before.split() else ""
    if previous and is_bare_noun(previous) and previous not in _GROUP_KINDS:
        return False
    return (_plausible(word, False) and is_bare_noun(word) and not _COMMON_NOUN.match(word)
            and word not in GENERIC_MODIFIERS and word not in ROLES_IN_A_GROUP and word not in _GROUP_KINDS)


# Kinds of members a consortium is described by.
_GROUP_KINDS = frozenset("대기업 중소기업 중견기업 스타트업 기업 대학 기관 연구기관 산학연 컨소시엄 다국적 국제 연합 우선 최종".split())


def _plausible(name: str, quoted: bool) -> bool:
    if name in _STOPWORDS or len(name) < 2 or name.isdigit() or _ROUND_WORD.fullmatch(name) or _LATIN_ROUND.fullmatch(name):
        return False
    if _NUMBERED_STEP.fullmatch(name) or _LICENCE.fullmatch(name) or _polite_verb(name):
        return False
    if quoted:
        # A quoted title is a programme only if it says so (law, plan, fund, project ...).
        return guess_type(name)[0] == "Program" and len(name) <= 40
    words = [w for w in name.split() if w != "&"]  # "&" joins two words, it is none
    longest = 8 if _INSTITUTION_END.search(name) else 5
    return not all(w in _STOPWORDS for w in words) and len(words) <= longest


# The index of the final consonant ㅂ in a precomposed Hangul syllable.
_FINAL_BIEUP = 17


def _polite_verb(name: str) -> bool:
    """True for a word cut from a polite verb ending -ㅂ니다/-습니다 ("구성됩니", "있습니" before "다."):
    a name never ends in a syllable closed by ㅂ followed by 니."""
    return len(name) >= 2 and name[-1] == "니" and "가" <= name[-2] <= "힣" \
        and (ord(name[-2]) - ord("가")) % 28 == _FINAL_BIEUP


# Official names of state funds and public bodies run long ("National Artificial Intelligence
# Industry Investment Fund"); a run of capitalised words that ends in such a head is one name.
_INSTITUTION_END = re.compile(r"\s(?:Fund|Agency|Authority|Commission|Council|Institute|Centre|Center|Foundation|"
                              r"Corporation|Administration|Bureau|Office|Programme|Program|Initiative)$")


# The next item of a list of names: ", 바른결AI", "·카카오", " 및 새벽소프트", ending where the
# list goes on or ends ("등", a comma, a particle of the whole list).
# Korean briefings mark each item of a list with "▲" instead of a comma ("▲A ▲B ▲C 등 7곳").
_LIST_ITEM = re.compile(r"\s*(?:,|·|및|▲)\s*([가-힣A-Za-z0-9]{0,14}[가-힣][가-힣A-Za-z0-9]{0,14})(?=\s*(?:,|·|및|▲|등|이며|이다|\)|$)|\s)")
_OPENING_QUOTES = "‘'“\"「『《<"
# "9월 ▲ 리벨로직스, 시리즈C 1,100억원": the name opening a timeline's or roundup's item, before
# the round it raised, is a startup's.
_ROUND_ITEM_NAME = re.compile(r"(?:^|[▲△▶►]\s*|[-·•]\s)(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})(?:\([^()]{1,30}\))?,\s"
                              r"(?=" + KOREAN_ROUND_NAME + r"\s?\d)")
# "농업 AI '그린노트' 시드 투자", "'로웨이브' 시리즈B": a quoted name right before the round it raised.
_QUOTED_BEFORE_ROUND = re.compile(r"[‘'](?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})[’']\s?"
                                  r"(?=" + KOREAN_ROUND_NAME + r"(?:\s|$|[,.…]))")
# "시리즈B", "프리IPO", "시드": a round, never a name, though a headline may list it after a comma.
_ROUND_WORD = re.compile(KOREAN_ROUND_NAME)
# "Keynote 4", "Phase 1", "Day 2": a numbered step of an event or a process, no actor.
_NUMBERED_STEP = re.compile(r"(?:Keynote|Session|Panel|Phase|Day|Part|Chapter|Track|Stage|Step|Episode|Week|Section|Module)\s\d{1,2}")
# "Apache 2.0", "GPL-3.0", "MIT License": the licence a model is released under, no model.
_LICENCE = re.compile(r"(?:Apache|A?GPL|LGPL|MIT|BSD|MPL|CC[- ]BY(?:-[A-Z]{2})*)(?:[- ]v?\d(?:\.\d)?)?(?:\s(?:License|Licence))?")
# "The Series B was led by", "Series A-2 investors": a funding round, never a name.
_LATIN_ROUND = re.compile(r"(?:Pre-?\s?)?(?:Series\s?[A-H](?:-?\d)?\+?|Seed|Pre-?IPO|Bridge)")
# "the Series B of Quillnest Labs", "the Series B of Grenoble chip startup X", "a Series B for
# Tokyo-based Kairos Robotics": "of"/"for" joins the round to its owner or the owner's place, and
# the name starts after it.
_ROUND_OF = re.compile(_LATIN_ROUND.pattern + r"\s+(?:of|for)\s+")


# "Announcing Fund III", "Introducing Quill": a post's or a release's headline opens with the act of
# announcing, which is no part of the name it announces.
_ANNOUNCING = re.compile(r"(?:Announcing|Introducing|Presenting|Unveiling|Welcoming|Celebrating)\s+")
# "Launched Fund II", "Established Acme Arabia": a report's highlight opens with the act, its
# subject (the writer) left out; the past tense is no part of the name after it (first_person
# reads the same words as the writer's own act).
HIGHLIGHT_ACTS = (r"(?:Completed|Acquired|Launched|Established|Signed|Formed|Opened|Entered|Agreed|Invested|Partnered|"
                  r"Announced|Raised|Closed|Sold|Disposed|Set\s+up|Spun\s+out)")
_DONE = re.compile(HIGHLIGHT_ACTS + r"\s+(?=[A-Z])")


def _leading_words(name: str) -> re.Match[str] | None:
    """Words at the start of a run of capitalised words that are no part of the name after them:
    a function word, a post ("CEO"), a round and its owner's joining word, a place gloss ("Series
    B for Tokyo-based Kairos Robotics"), a headline's "Announcing", a highlight's "Launched"."""
    return (_LEADING_WORD.match(name) or _POST_OF.match(name) or _ROUND_OF.match(name) or _BASED.match(name)
            or _ANNOUNCING.match(name) or _DONE.match(name))
# What may follow the last name of a list after a space: "등", "2개사", "컨소시엄", "모두".
_LIST_CLOSER = re.compile(r"\s(?:등|외|모두|각각|함께|공동|컨소시엄|\d|두\s|세\s|네\s|다섯|▲)")
# "첫째, 둘째": enumerators of points, not names.
_ORDINAL = re.compile(r"(?:첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)째")


#: "선정 기업은", "참여 기관으로는", "첫 지원 기업으로": what follows lists a programme's members.
MEMBERS_HEAD = re.compile(r"(?=[선참수지])(?:(?:선정|참여|참가|수행|지원(?:\s?대상)?)\s?(?:기업|기관|업체|컨소시엄|팀)|(?:지원|수혜)\s?대상)"
                          r"(?:은|는|으로는|로는|으로|로)\s")
#: "주요 LP: A, B", "출자자로는 A, B": what follows lists the backers of a fund.
BACKERS_HEAD = re.compile(r"(?<![A-Za-z])(?:주요\s?)?(?:LP|출자자)(?:\s?:|로는|으로는|는|은)\s")
LABEL_MARKER = r"^\s*(?:[□○■▪◦•·\-–]\s*)?"


def spaced_label(word: str) -> str:
    """A pattern for a report's label whose syllables may be spaced out to align the colons of
    an overview block: "주 최" is "주최"."""
    return r"\s?".join(word)


#: "□ 주 최 : A, B", "- 1차 참여기관 : C", "운영: D": a role in an event or a programme, then the
#: organisations taking it.
ROLE_LABEL = re.compile(LABEL_MARKER + r"(?:\d차\s?)?(?:" + "|".join(map(spaced_label, (
    "공동주최", "주최", "주관", "후원", "협찬", "참여기관", "참가기관", "협력기관", "운영기관", "전담기관", "참여기업",
    "참여", "운영"))) + r")\s*[:：]\s*")
# One member of such a list: a name of a word or two, maybe glossed ("우즈마키랩(渦巻ラボ)"),
# ending where the list goes on or ends ("카나메시스템즈이며"); news marks each item with "▲"
# ("선정 기업은 ▲A(의료영상) ▲B(신약개발)다").
# "A와 B를 비롯해": two names joined by 와/과, the list closed by "(을|를) 비롯해" (among others).
_MEMBER = re.compile(
    r"\s*(?:,|·|및|와\s|과\s|▲)?\s*([가-힣A-Za-z][가-힣A-Za-z0-9]{1,14}?(?:\s[가-힣A-Za-z][가-힣A-Za-z0-9]{1,8}?)?)"
    r"(\s?[(（][^()（）]{1,24}[)）])?(?=\s*(?:,|·|및|등(?![가-힣])|▲|\.|$)|이며|이다|이고|입니다|다\.|[와과]\s|[을를]\s비롯)"
)


# "참여기관으로 합류했다.": a past-tense verb before the final 다 ends the sentence, it names nobody.
_PAST_VERB = re.compile(r"(?:했|됐|었|았|였|겠|렸|졌)$")
# "참여기관으로 함께하며,": a verb going on to the next clause names nobody either.
_CONNECTIVE_VERB = re.compile(r"(?:하며|하고|하여|한다|되며|되고|된다)$")
_LIST_END = re.compile(r"\s*(?:이며|이다|이고|입니다|다\.|등|\.|$)")


# "▲㈜모션그레인", "▲엔씨메카㈜", "▲한국전기연구원(KERI)": one item of a briefing's ▲-list of
# names, with its corporate mark and gloss, running to the next ▲, bullet or the sentence's end.
_MARKED_ITEM = re.compile(r"▲\s?(?:㈜|\(주\)\s?)?(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&.\- ]{0,24}?)\s?(?:㈜|\(주\))?"
                          r"\s?(?:[(（][^()（）▲]{1,30}[)）])?\s*(?=▲|[ㅇ○◦]\s|$)")


def marked_items(text: str, known: list[Mention]) -> list[Mention]:
    """The name of each item of a ▲-list that names nothing else ("▲경상국립대학교 ▲㈜비전스톤"):
    the known mention the item opens with, else the item's words as a new organisation's name.
    An item holding more than a name ("▲국비 300억 원(49.0%)") is left out."""
    found: list[Mention] = []
    for item in _MARKED_ITEM.finditer(text):
        start, end = item.span("name")
        inside = [m for m in known if start <= m.start < end]
        if inside:
            if inside[0].start == start:
                found.append(inside[0])
            continue
        name = item.group("name")
        if _COMMON_NOUN.match(name) or not _plausible(name, False) or any(c.isdigit() for c in name):
            continue
        mention = Mention(start, end, discovered_actor(name, "investee"), name, discovered=True)
        found.append(mention)
    return found


def lists_backers(text: str) -> bool:
    """True if ``text`` lists a fund's backers ("주요 LP: A, B"): unknown names there matter."""
    return ("LP" in text or "출자자" in text) and BACKERS_HEAD.search(text) is not None


def lists_roles(text: str) -> bool:
    """True if ``text`` is a role label listing organisations ("□ 주 최 : A, B"): unknown names there matter."""
    return (":" in text or "：" in text) and ROLE_LABEL.match(text) is not None


def listed_members(text: str, known: list[Mention]) -> list[Mention]:
    """Unknown names listed after "선정 기업은" and the like: the list names organisations,
    whatever they are called ("선정 기업은 우즈마키랩, 히비키노AI, 츠쿠요미 로보틱스이며")."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in known]
    heads = [(head, "investee") for head in MEMBERS_HEAD.finditer(text)]
    heads += [(head, "investor") for head in BACKERS_HEAD.finditer(text)] if lists_backers(text) else []
    heads += [(head, "") for head in ROLE_LABEL.finditer(text)] if lists_roles(text) else []
    for head, role in heads:
        pos = head.end()
        while (item := _MEMBER.match(text, pos)) is not None:
            start, end = item.span(1)
            pos = item.end()
            name = item.group(1)
            if any(s < end and start < e for s, e in taken):
                continue  # a known name, or one found already, in the list
            if name in _STOPWORDS or _COMMON_NOUN.match(name) or not _plausible(name, False) or _PAST_VERB.search(name) \
                    or _CONNECTIVE_VERB.search(name):
                break
            mention = Mention(start, end, discovered_actor(name, role), name, discovered=True)
            mention.particle, mention.after = particle_at(text, item.end())
            found.append(mention)
            taken.append((start, end))
            if _LIST_END.match(text, item.end()):
                break
    return found


def list_companions(text: str, known: list[Mention]) -> list[Mention]:
    """Unknown Korean names listed with a known organisation ("누리온랩스, 바른결AI, 새벽소프트
    등"): a list holds names of one kind, so each is an organisation of the first one's type.
    (Latin names are found by their capitals anyway.)"""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in known]
    for m in known:
        if m.actor.type not in ORGANISATIONS or m.particle or text[m.start - 1:m.start] in _OPENING_QUOTES:
            continue  # "‘Access’, 둘째, 동맹국 및 ...": a quoted term heads no list of organisations
        pos = m.after
        while True:
            item = _LIST_ITEM.match(text, pos)
            if item is None:
                break
            start, end = item.span(1)
            other = next((k for k in known if k.start <= start < k.end), None)
            if other is not None:
                if other.particle:
                    break  # "..., 바다시스템즈이며, 기업당": the list ended with the known name
                pos = other.after
                continue
            name = item.group(1)
            if (name in _STOPWORDS or _COMMON_NOUN.match(name) or not _plausible(name, False)
                    or not is_bare_noun(name) or _ORDINAL.fullmatch(name)
                    or any(s < end and start < e for s, e in taken) or _opens_a_phrase(text, end, pos == m.after)
                    or _KIND_OF_THE_NEXT.match(text, end)):
                break
            role = {"Startup": "investee", "Investor": "investor"}.get(m.actor.type, "company")
            actor = discovered_actor(name, role)
            if actor.type not in ORGANISATIONS:
                actor.type = m.actor.type
            mention = Mention(start, end, actor, name, discovered=True)
            mention.particle, mention.after = particle_at(text, end)
            found.append(mention)
            taken.append((start, end))
            pos = mention.after
    return found


# "신한은행 및 핀테크 스타트업 ㈜B": a word before a kind of organisation describes the name after it.
_KIND_OF_THE_NEXT = re.compile(r"\s(?:스타트업|기업|업체|회사|전문기업|기관)\s")


def _opens_a_phrase(text: str, end: int, second: bool) -> bool:
    """True if the word after a headline's comma ("카카오, 데이터 라벨링 기업 B 인수") opens a
    phrase rather than closing a list: a second name right after the first, then a space, is
    a list only if something closes it ("A, B 등", "A, B 2개사"); a punctuation mark, a
    particle or a third name says so by itself."""
    return second and text[end:end + 1] == " " and not _LIST_CLOSER.match(text, end)


# "노바엣지와 세린반도체 2개사가": a word joined by 와/과 to the next one, and a count of companies
# after the pair, closes a list of companies.
_PARTNER_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:와|과)\s$")
_COMPANY_COUNT = re.compile(r"\s?(?:\d+|두|세|네|다섯)\s?(?:개사|개\s?기업|개\s?업체|곳|회사)")


# "포스코와 현대위아가 수요기업으로 참여": the unknown second of a pair the sentence gives a role in
# a programme, marked as the subject.
_PARTNER_IN_ROLE = re.compile(r"\s?([가-힣][가-힣A-Za-z0-9]{1,14})(?:이|가)\s(?=(?:[^\s,.]+\s)?[가-힣]{0,4}\s?"
                              r"(?:기관|기업|업체|사업자|공급사|운영사)(?:으)?로\s(?:함께\s|공동\s)?(?:참여|합류))")


def role_companions(text: str, known: list[Mention]) -> list[Mention]:
    """An unknown name joined by 와/과 after a known organisation when the pair takes part in
    something in a role ("A와 B가 공급 사업자로 참여"): the role says both are organisations, of
    the known one's type."""
    found: list[Mention] = []
    for m in known:
        if m.actor.type not in ORGANISATIONS or m.particle not in ("와", "과"):
            continue
        companion = _companion(text, _PARTNER_IN_ROLE.match(text, m.after), m.actor, known)
        if companion is not None:
            found.append(companion)
    return found


def _companion(text: str, item: re.Match[str] | None, known_actor: Actor, known: list[Mention]) -> Mention | None:
    """The unknown name in ``item``'s first group, listed with ``known_actor``: a mention of its
    type, unless it is a common word, implausible, or overlaps a name already known."""
    if item is None:
        return None
    start, end = item.span(1)
    name = item.group(1)
    if (name in _STOPWORDS or _COMMON_NOUN.match(name) or not _plausible(name, False)
            or any(k.start < end and start < k.end for k in known)):
        return None
    mention = Mention(start, end, _companion_actor(name, known_actor), name, discovered=True)
    mention.particle, mention.after = particle_at(text, end)
    return mention


def _companion_actor(name: str, known: Actor) -> Actor:
    """The actor of an unknown name listed with a known organisation: of the known one's type
    unless its words say what organisation it is."""
    return _organisation(name, {"Startup": "investee", "Investor": "investor"}.get(known.type, "company"), known.type)


def _organisation(name: str, role: str, fallback: str) -> Actor:
    """A discovered organisation: typed by its words, else ``fallback`` (a "데이터센터" the text
    says is a company is no programme)."""
    actor = discovered_actor(name, role)
    if actor.type not in ORGANISATIONS:
        actor.type, actor.kind = fallback, None
    return actor


# "홋코쿠데이터센터는 교세라의 자회사로": a topic said to be an owner's unit, the noun ending the
# predicate. Both are organisations, however unknown.
_UNIT_OF_OWNER = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<unit>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:은|는)\s"
                            r"(?P<owner>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})의\s(?:100\s?%\s|완전\s)?(?:자회사|계열사)"
                            r"(?=로|이다|이며|다|이자)")
# "현대차는 보스턴다이나믹스를 자회사로 두고": an owner holding a unit.
_OWNER_HOLDING = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<owner>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:은|는)\s(?:[^\s,.]+\s){0,2}?"
                            r"(?P<unit>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:을|를)\s(?:100\s?%\s?|완전\s)?"
                            r"(?:자회사|계열사)로\s?(?:두|편입|거느리|보유)")
# Owners a text leaves unnamed: "대기업의 자회사로", "모기업의 계열사이다".
_GENERIC_OWNER = re.compile(r"(?:대기업|모기업|중견기업|지주사|지주회사|기업|회사|그룹|재벌|외국계|해외)$")


def owner_and_unit(text: str, known: list[Mention]) -> list[Mention]:
    """Unknown names of a unit and its owner in "A는 B의 자회사로", "A는 B를 자회사로 두고": the
    predicate says both are companies."""
    found: list[Mention] = []
    stated = [*_UNIT_OF_OWNER.finditer(text), *_OWNER_HOLDING.finditer(text)] if "자회사" in text or "계열사" in text else []
    for m in stated:
        for group in ("unit", "owner"):
            start, end = m.span(group)
            name = m.group(group)
            if (name in _STOPWORDS or _COMMON_NOUN.match(name) or _GENERIC_OWNER.search(name)
                    or not _plausible(name, False) or not is_bare_noun(name)
                    or any(k.start < end and start < k.end for k in known + found)):
                continue
            mention = Mention(start, end, _organisation(name, "company", "Company"), name, discovered=True)
            mention.particle, mention.after = particle_at(text, end)
            found.append(mention)
    return found


def counted_companions(text: str, known: list[Mention]) -> list[Mention]:
    """An unknown name coordinated before a known organisation when a count of companies follows
    the pair ("A와 B 2개사가"): the count says both are companies, of the known one's type."""
    found: list[Mention] = []
    for m in known:
        if m.actor.type not in ORGANISATIONS or m.particle or not _COMPANY_COUNT.match(text, m.end):
            continue
        companion = _companion(text, _PARTNER_BEFORE.search(text, max(0, m.start - 20), m.start), m.actor, known)
        if companion is not None:
            found.append(companion)
    return found
