"""Where a text says an organisation is, by naming its city.

Korean reports and news introduce a company by its city more often than by its country:
"리야드의 음성 AI 스타트업 X", "두바이의 물류 로봇 기업 X", "X는 쿠알라룸푸르에 본사를 둔
벤처캐피털로". The city is no actor; it only says where the name after (or before) it is
based, as a country gloss does. The table is world knowledge: well-known cities of the
countries AI reports cover, under their usual Korean spelling (``KO_CITY_COUNTRY``) and
their English one (``CITY_COUNTRY``, for "Oslo-based X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention

KO_CITY_COUNTRY = {
    "서울": "KR", "판교": "KR", "성남": "KR", "부산": "KR", "대전": "KR", "대구": "KR", "광주": "KR", "인천": "KR",
    "도쿄": "JP", "오사카": "JP", "교토": "JP", "후쿠오카": "JP",
    "베이징": "CN", "상하이": "CN", "항저우": "CN", "광저우": "CN", "청두": "CN", "쑤저우": "CN", "난징": "CN",
    "우한": "CN", "톈진": "CN", "충칭": "CN", "허페이": "CN",
    "타이베이": "TW", "홍콩": "HK",
    "실리콘밸리": "US", "샌프란시스코": "US", "뉴욕": "US", "보스턴": "US", "시애틀": "US", "팰로앨토": "US",
    "새너제이": "US", "산호세": "US", "로스앤젤레스": "US", "오스틴": "US",
    "토론토": "CA", "몬트리올": "CA", "밴쿠버": "CA",
    "런던": "GB", "케임브리지": "GB", "옥스퍼드": "GB", "파리": "FR", "베를린": "DE", "뮌헨": "DE",
    "암스테르담": "NL", "취리히": "CH", "스톡홀름": "SE", "헬싱키": "FI", "텔아비브": "IL",
    "리야드": "SA", "아부다비": "AE", "두바이": "AE", "도하": "QA",
    "싱가포르": "SG", "자카르타": "ID", "쿠알라룸푸르": "MY", "방콕": "TH", "하노이": "VN", "호찌민": "VN",
    "호치민": "VN", "마닐라": "PH",
    "벵갈루루": "IN", "방갈로르": "IN", "뭄바이": "IN", "뉴델리": "IN", "델리": "IN", "푸네": "IN",
    "하이데라바드": "IN", "첸나이": "IN",
    "시드니": "AU", "멜버른": "AU",
}

# The same in English, for location glosses ("Oslo-based X", "a Leeds start-up"), with the
# states and provinces named like cities.
CITY_COUNTRY = {
    "London": "GB", "Cambridge": "GB", "Oxford": "GB", "Manchester": "GB", "Edinburgh": "GB",
    "Paris": "FR", "Lyon": "FR", "Berlin": "DE", "Munich": "DE", "Hamburg": "DE", "Frankfurt": "DE",
    "Amsterdam": "NL", "Eindhoven": "NL", "Brussels": "BE", "Zurich": "CH", "Geneva": "CH", "Lausanne": "CH",
    "Vienna": "AT", "Stockholm": "SE", "Oslo": "NO", "Copenhagen": "DK", "Helsinki": "FI", "Dublin": "IE",
    "Madrid": "ES", "Barcelona": "ES", "Lisbon": "PT", "Porto": "PT", "Milan": "IT", "Rome": "IT",
    "Warsaw": "PL", "Prague": "CZ", "Tallinn": "EE", "Tokyo": "JP", "Osaka": "JP", "Kyoto": "JP",
    "Seoul": "KR", "Pangyo": "KR", "Busan": "KR", "Beijing": "CN", "Shanghai": "CN", "Shenzhen": "CN",
    "Hangzhou": "CN", "Guangzhou": "CN", "Taipei": "TW", "Hong Kong": "HK", "Bangalore": "IN",
    "Bengaluru": "IN", "Mumbai": "IN", "New Delhi": "IN", "Delhi": "IN", "Sydney": "AU", "Melbourne": "AU",
    "Toronto": "CA", "Montreal": "CA", "Vancouver": "CA", "San Francisco": "US", "New York": "US",
    "Boston": "US", "Seattle": "US", "Austin": "US", "Palo Alto": "US", "Los Angeles": "US",
    "Silicon Valley": "US", "Tel Aviv": "IL", "Abu Dhabi": "AE", "Dubai": "AE", "Riyadh": "SA",
    "Jakarta": "ID", "Ho Chi Minh City": "VN", "Hanoi": "VN", "Bangkok": "TH", "Kuala Lumpur": "MY",
    "Nairobi": "KE", "Lagos": "NG", "Cairo": "EG", "São Paulo": "BR", "Mexico City": "MX",
    "Bristol": "GB", "Birmingham": "GB", "Leeds": "GB", "Glasgow": "GB", "Belfast": "GB", "Cologne": "DE",
    "Stuttgart": "DE", "Düsseldorf": "DE", "Dresden": "DE", "Leipzig": "DE", "Karlsruhe": "DE", "Heidelberg": "DE",
    "Toulouse": "FR", "Grenoble": "FR", "Marseille": "FR", "Bordeaux": "FR", "Gothenburg": "SE", "Malmö": "SE",
    "Aarhus": "DK", "Espoo": "FI", "Tampere": "FI", "Rotterdam": "NL", "Utrecht": "NL", "Delft": "NL",
    "Antwerp": "BE", "Ghent": "BE", "Leuven": "BE", "Basel": "CH", "Turin": "IT", "Valencia": "ES",
    "Krakow": "PL", "Wroclaw": "PL", "Vilnius": "LT", "Riga": "LV", "Bucharest": "RO", "Budapest": "HU",
    "Athens": "GR", "Istanbul": "TR", "Nagoya": "JP", "Fukuoka": "JP", "Yokohama": "JP", "Daejeon": "KR",
    "Chengdu": "CN", "Nanjing": "CN", "Suzhou": "CN", "Hyderabad": "IN", "Pune": "IN", "Chennai": "IN",
    "Chicago": "US", "Pittsburgh": "US", "Denver": "US", "Atlanta": "US", "San Diego": "US", "San Jose": "US",
    "Mountain View": "US", "Menlo Park": "US", "Redmond": "US", "Cupertino": "US", "Ottawa": "CA",
    "Calgary": "CA", "Auckland": "NZ", "Haifa": "IL", "Doha": "QA", "Cape Town": "ZA", "Johannesburg": "ZA",
    "Accra": "GH", "Kigali": "RW", "Buenos Aires": "AR", "Bogotá": "CO", "Manila": "PH",
    "Dallas": "US", "Houston": "US", "Miami": "US", "Phoenix": "US", "Salt Lake City": "US",
    "Johor Bahru": "MY", "Penang": "MY",
    "Wuhan": "CN", "Hefei": "CN", "Incheon": "KR", "Gwangju": "KR", "Jeddah": "SA", "Dammam": "SA", "Sharjah": "AE",
    # States and provinces, which texts name as they do cities ("data centres in Ohio and
    # Arizona", "a Bavaria-based X"): a place, never an investee. Names that are also countries
    # or people (Georgia, Victoria) are left out.
    "Alabama": "US", "Alaska": "US", "Arizona": "US", "Arkansas": "US", "California": "US", "Colorado": "US",
    "Connecticut": "US", "Delaware": "US", "Florida": "US", "Hawaii": "US", "Idaho": "US", "Illinois": "US",
    "Indiana": "US", "Iowa": "US", "Kansas": "US", "Kentucky": "US", "Louisiana": "US", "Maine": "US",
    "Maryland": "US", "Massachusetts": "US", "Michigan": "US", "Minnesota": "US", "Mississippi": "US",
    "Missouri": "US", "Montana": "US", "Nebraska": "US", "Nevada": "US", "New Hampshire": "US",
    "New Jersey": "US", "New Mexico": "US", "North Carolina": "US", "North Dakota": "US", "Ohio": "US",
    "Oklahoma": "US", "Oregon": "US", "Pennsylvania": "US", "Rhode Island": "US", "South Carolina": "US",
    "South Dakota": "US", "Tennessee": "US", "Texas": "US", "Utah": "US", "Vermont": "US", "Virginia": "US",
    "West Virginia": "US", "Wisconsin": "US", "Wyoming": "US", "West Texas": "US", "Washington": "US",
    "Ontario": "CA", "Quebec": "CA", "Québec": "CA", "Alberta": "CA", "British Columbia": "CA",
    "Nova Scotia": "CA", "Bavaria": "DE", "Saxony": "DE", "Baden-Württemberg": "DE",
    "Catalonia": "ES", "Lombardy": "IT",
    "Guangdong": "CN", "Jiangsu": "CN", "Zhejiang": "CN", "Anhui": "CN", "Xinjiang": "CN", "Sichuan": "CN",
    "Karnataka": "IN", "Maharashtra": "IN", "Tamil Nadu": "IN", "Telangana": "IN", "Gujarat": "IN",
    "Johor": "MY", "Selangor": "MY", "Hokkaido": "JP", "Kyushu": "JP", "New South Wales": "AU",
    "Queensland": "AU", "Gyeonggi": "KR",
}
_CITY = "|".join(sorted(KO_CITY_COUNTRY, key=len, reverse=True))
# "리야드의 아랍어 음성 AI 스타트업 ", "두바이 소재 ", "토론토 기반 ", "판교에 본사를 둔 반도체 기업 ": a city, then
# at most four words ending in what the name is, right before the name.
_CITY_BEFORE = re.compile(r"(?<![가-힣])(" + _CITY + r")(?:의|\s?(?:소재|기반)(?:의)?|에\s?본사를\s?둔)\s+"
                          r"(?:(?:[^\s,.]+\s+){0,4}?[^\s,.]*(?:기업|업체|회사|스타트업|투자사|벤처캐피털|벤처캐피탈|운용사|"
                          r"연구소|투자회사|제조사|운영사)\s+)?$")
# "X는 쿠알라룸푸르에 본사를 둔 벤처캐피털로": the city right after a topic name.
_CITY_AFTER = re.compile(r"\s*(" + _CITY + r")에\s?본사를\s?(?:둔|두고|둔다)")


def city_hints(text: str, mentions: Sequence[Mention]) -> None:
    """Give an organisation the country of the city the sentence places it in, as its
    ``country_hint`` (read like a country gloss). Only the name the city phrase runs into,
    or a topic name followed by "<city>에 본사를 둔", is placed."""
    if "의" not in text and "소재" not in text and "본사" not in text and "기반" not in text:
        return
    previous_end = 0
    for i, m in enumerate(mentions):
        if m.actor.type in ORGANISATIONS and not m.country_hint:
            before = _CITY_BEFORE.search(text, previous_end, m.start)
            if before and before.end() == m.start:
                head = _possessed(text, mentions, i)
                if head is None or not head.country_hint:
                    (head or m).country_hint = KO_CITY_COUNTRY[before.group(1)]
            elif m.particle in ("은", "는"):
                after = _CITY_AFTER.match(text, m.after)
                if after:
                    m.country_hint = KO_CITY_COUNTRY[after.group(1)]
        previous_end = m.end


# "A의 기업형벤처캐피탈(CVC) B": a few words (no clause, no list) between an owner and what it owns.
_OWNED_AS = re.compile(r"\s*(?:[^\s,.]+\s+){0,3}$")


def _possessed(text: str, mentions: Sequence[Mention], i: int) -> Mention | None:
    """The organisation an owner marked with 의 runs into ("실리콘밸리에 본사를 둔 A그룹의 CVC B"):
    the phrase before the owner describes the whole noun phrase, whose head is B, not A."""
    owner = mentions[i]
    if owner.particle != "의" or i + 1 >= len(mentions):
        return None
    head = mentions[i + 1]
    if head.actor.type not in ORGANISATIONS or not _OWNED_AS.fullmatch(text, owner.after, head.start):
        return None
    return head


# "국내 로봇 촉각센서 기업 X", "국내 스타트업 X": Korean writes "domestic" for its own country, in
# at most four words ending in what the name is, right before the name.
_KIND_WORDS = r"기업|업체|회사|스타트업|제조사|개발사|운영사|투자사|운용사|벤처캐피털|벤처캐피탈"
_KINDS = r"(?:" + _KIND_WORDS + ")"
# A word ending in 와/과 lists another noun the words describe ("국내 로펌과 기업 법무팀").
_DOMESTIC_BEFORE = re.compile(r"(?<![가-힣])국내\s+(?:[^\s,.]+(?<![와과])\s+){0,4}?[^\s,.]*" + _KINDS + r"\s+$")
# "X는 ... 음성 AI를 만드는 국내 스타트업이다": the topic the sentence defines as a domestic company.
_DOMESTIC_DEFINED = re.compile(r"(?<![가-힣])국내\s+(?:[^\s,.]+(?<![와과])\s+){0,4}?[^\s,.]*" + _KINDS
                               + r"(?:이다|이며|이자|으로|로서)(?=[\s.,]|$)")


def domestic_hints(text: str, mentions: Sequence[Mention]) -> None:
    """Place in Korea, as its ``country_hint``, the organisation a Korean sentence calls domestic
    (국내): the name "국내 ... 기업" runs into, or the topic opening a sentence that defines it
    as "국내 ... 스타트업이다"."""
    if "국내" not in text:
        return
    previous_end = 0
    for i, m in enumerate(mentions):
        if m.actor.type in ORGANISATIONS and not m.country_hint:
            before = _DOMESTIC_BEFORE.search(text, previous_end, m.start)
            if (before and before.end() == m.start) or (
                    i == 0 and m.particle in ("은", "는") and _DOMESTIC_DEFINED.search(text, m.after)):
                m.country_hint = "KR"
        previous_end = m.end


# The nouns a country describes an organisation by ("일본 통신사 X", "싱가포르 국부 펀드(GIC)").
DESCRIBED_BY_COUNTRY = (r"(?:" + _KIND_WORDS + r"|VC|펀드|은행|정부|대학|연구소|빅테크|플랫폼|국부\s*펀드|그룹|사모펀드|"
                        r"자산운용사|투자회사|통신사)")
# What a country's name may run into before the name: at most four words ending in what the name
# is ("베트남 국영 통신사 X", "프랑스 AI 스타트업 X"), or a quote alone ("프랑스 'X'"). A quoted name
# may be found by its Latin gloss only ("'노바룬(Novalune)'"): its Korean spelling stands between.
_SPELLING_OPENS = r"(?:[^\s,.'’()]{1,20}\()?"
_NAME_OPENS = r"['‘\"“]?" + _SPELLING_OPENS
_DESCRIBED_AS = re.compile(r"\s+(?:(?:[^\s,.]+(?<![와과의])\s+){0,4}?[^\s,.]*" + DESCRIBED_BY_COUNTRY + r"\s+" + _NAME_OPENS
                           + r"|['‘\"“]" + _SPELLING_OPENS + r")$")


def country_hints(text: str, mentions: Sequence[Mention]) -> None:
    """Give an organisation the country a Korean sentence describes it by, as its ``country_hint``:
    "베트남 국영 통신사 VNPT", "美 AI 스타트업 X" (a headline's Hanja, a Country mention of its own:
    see loaders/hanja_countries.py). Only the organisation the phrase runs into, with no other
    organisation between, is placed; a word of the description read as a model ("미국 엣지AI 칩
    스타트업 X") interrupts nothing."""
    country: Mention | None = None
    for m in mentions:
        if m.actor.type == "Model":
            continue
        if (m.actor.type in ORGANISATIONS and not m.country_hint and country is not None
                and _DESCRIBED_AS.fullmatch(text, country.end, m.start)):
            m.country_hint = country.actor.country
        country = m if m.actor.type == "Country" and not m.particle else None
