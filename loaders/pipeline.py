"""From a document to a :class:`GraphBatch`: the loader stages in order.

read -> normalise (re-join PDF lines) -> sentences -> mentions (gazetteer + discovery)
-> resolve -> relations (sentences and tables) -> batch, every fact with its evidence.
Each stage is a function of its own module; this one only chains them. Reading a whole
corpus (:func:`~loaders.corpus.load_corpus`, importable from here too) lives in
:mod:`loaders.corpus`, which imports this module only when a document needs extracting.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from graph.model import Actor, GraphBatch, Relationship, slugify
from graph.schema import REL_TYPES
from loaders.acquired_names import acquired_names
from loaders.authors import Author, find_author
from loaders.bullets import BulletParents, cohort_member, colon_topic
from loaders.called_names import called_names
from loaders.contrasted_partners import PartnersBefore
from loaders.corporate_names import DefinedTerms, corporate_mentions, filer, introduced_names
from loaders.corpus import LoadResult, load_corpus  # noqa: F401  (load_corpus: callers import it from here)
from loaders.deal_parties import deal_parties
from loaders.definitions_sections import defined_parties
from loaders.described_ministries import MinistryIndex, described_ministries
from loaders.directory_entries import with_entry_organisation
from loaders.discovery import (
    DESCRIPTOR_BEFORE,
    counted_companions,
    describes_a_company,
    find_candidates,
    glossed_pairs,
    glossed_spellings,
    hanja_glossed_spellings,
    list_companions,
    listed_members,
    lists_backers,
    lists_products,
    lists_roles,
    owner_and_unit,
    presents_a_name,
    role_companions,
)
from loaders.document import SourceText
from loaders.first_person import Voices
from loaders.founded_names import founded_names
from loaders.fund_series import series_funds
from loaders.gazetteer import Entry, Gazetteer, default_gazetteer
from loaders.hanja_countries import hanja_countries
from loaders.head_nouns import HeadNouns
from loaders.history_pages import CompanyHistory
from loaders.institution_names import glued_institutions
from loaders.interview_questions import InterviewQuestions
from loaders.manager_glosses import give_glossed_particles_back
from loaders.mentions import Mention, find_mentions, particle_at, quoted_programme_described
from loaders.model_codes import hangul_model_codes
from loaders.namesakes import namesake_edge
from loaders.normalise import (
    Block,
    close_broken_words,
    drop_footnote_marks,
    join_hyphenated_words,
    split_blocks,
    without_box_borders,
)
from loaders.ordinary_words import DocumentWords
from loaders.passage import TOPIC_PARTICLES, Passage, opening_subject
from loaders.patterns import HANGUL
from loaders.person_names import NAME_COMPANY_ROLE
from loaders.regional import RegionalBodies
from loaders.relations import owner_modifiers
from loaders.relations.acqui_hires import takes_over_a_team
from loaders.relations.aggregates import AggregateFlows
from loaders.relations.agreement_grids import extract_agreement_grids
from loaders.relations.appositives import states_a_link
from loaders.relations.arrow_flows import ArrowFlows
from loaders.relations.award_notices import extract_award_notices
from loaders.relations.blacklists import listed_companies, listed_companies_ko
from loaders.relations.bracketed_backers import bracketed_backers
from loaders.relations.captioned_flows import extract_captioned_flows
from loaders.relations.cards import Cards
from loaders.relations.cited_documents import extract_cited_documents
from loaders.relations.cited_sources import korean_sources_left_out
from loaders.relations.consortia import consortium_members, lead_of_the_members, leads_as_topic
from loaders.relations.cooperation_rows import partners_in_row
from loaders.relations.defined_programmes import defines_a_programme
from loaders.relations.disclosures import extract_disclosures
from loaders.relations.english import may_name_a_country_flow
from loaders.relations.english_business import byline, prose_before_link
from loaders.relations.english_cohorts import chosen_for_the_programme, fund_holdings
from loaders.relations.event_overview import EventOverview
from loaders.relations.fact import Fact, sentence_evidence
from loaders.relations.flat_tables import extract_flat_tables
from loaders.relations.flow_shares import FlowShares
from loaders.relations.frames import CueMatch, load_cues
from loaders.relations.fund_closes import FundCloses
from loaders.relations.fund_shares import shares_in_the_fund
from loaders.relations.fund_tables import extract_fund_tables
from loaders.relations.grants_received import grant_to_the_dropped_subject
from loaders.relations.holding_lists import extract_holding_lists
from loaders.relations.infoboxes import extract_infoboxes
from loaders.relations.investor_lines import InvestorLines
from loaders.relations.launched_lists import extract_launched_lists
from loaders.relations.local_units import local_unit_facts, local_unit_mentions
from loaders.relations.member_lists import MemberList
from loaders.relations.owner_named import makers_in_product_names, runners_in_programme_names
from loaders.relations.participant_tables import participant_tables
from loaders.relations.product_fields import field_products
from loaders.relations.profile_tables import extract_profile_tables
from loaders.relations.programme_costs import programme_cost
from loaders.relations.programme_roles import STATES_A_ROLE
from loaders.relations.project_agreements import project_signatories
from loaders.relations.remaining_stakes import names_the_rest_of_a_stake, remaining_stake_holders
from loaders.relations.round_items import ROUND_AND_SUM
from loaders.relations.roundups import RoundupItems
from loaders.relations.selected_support import selected_for_programme, support_through_programme
from loaders.relations.sentences import (
    KIND_OF_MODEL,
    SentenceExtractor,
    SentenceInput,
    announced_round,
    names_a_model,
    round_still_in_view,
)
from loaders.relations.site_pages import SitePages
from loaders.relations.star_notes import StarNotes
from loaders.relations.state_budgets import state_budget
from loaders.relations.tables import TableContext, extract_tables
from loaders.remembered_names import RememberedNames
from loaders.represented_names import represented_names
from loaders.role_types import investors_by_role
from loaders.round_owners import round_owners
from loaders.sentences import Sentence, split_sentences
from loaders.speakers import KoreanSpeakers
from loaders.story_subject import StorySubject, founded_company

# Blocks that are references, footnotes or page furniture, not statements. The lookaheads
# name the characters a match can start with: they spare the case-insensitive alternatives
# every other position of every block.
# "또 B에 투자했다", "또한 ...", "아울러 ...": a sentence adding to what the one before said.
_GOES_ON = re.compile(r"(?:또|또한|아울러)\s")
_URL = re.compile(r"(?=[hw<])(?:https?://|www\.|<https?)", re.I)
_BIBLIO = re.compile(r"(?=[(p「ra])(?:\(\s*(?:19|20)\d{2}[a-z]?\s*\)\s*[,.]|pp\.\s*\d|「[^」]+」\s*[,.]\s*(?:19|20)\d{2}|"
                     r"Retrieved|accessed on)", re.I)
_FOOTNOTE_START = re.compile(r"^\s*(?:<sup>\s*\w+\s*</sup>|\d{1,3}\)?\s+(?:출처|참고|자료|See|Source)|[ivx]{1,5}\s+<)", re.I)
# A footnote or a line with years in brackets that tells a story ("<sup>28</sup> 코리아 IT 펀드는 ... 출자하여 조성하였으며") is
# text; one that cites a source ("과기정통부(2025.8.12.), “...”": a name with no particle, then a
# dated bracket) is not.
_NOTE_STATES = re.compile(r"(?:하였|했|되었|됐|였)(?:으며|고|다|음)|(?:하여|하며|이며)\s")
_NOTE_CITES = re.compile(r"^\W*(?:<sup>\s*\w+\s*</sup>)?\s*(?:(?:출처|참고|자료|See|Source)\b|(?![^,.()]*?\w(?:은|는|이|가)\s)[^,.()]{1,40}\(\s*(?:19|20)\d{2}[\d.\s]*[a-z]?\)\s*[,.])", re.I)
# Headings after which a news page lists other articles ("More from <site>", "Related:"):
# nothing below is the article.
_TRAILER = re.compile(r"^\s*[\[【<〈■▶◆●#]*\s*(?:최신\s*기사|관련\s*기사|관련\s*뉴스|많이\s*본\s*(?:기사|뉴스)|인기\s*기사|"
                      r"이\s*시각\s*주요\s*뉴스|주요\s*뉴스|Related(?: (?:articles|stories|news|coverage|reading))?:?|"
                      r"Most (?:read|popular)|Read (?:more|next):?|More from(?:\s+[A-Z][\w.&'’-]*){0,3})"
                      r"\s*[\]】>〉]*\s*$", re.I)
# A discovered name's bracketed gloss and its "AI" tail, dropped to find the known name it may be.
_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]")
_AI_SUFFIX = re.compile(r"\s*(?:AI|에이아이)$")
# "대통령 직속 위원회": a body directly under the president.
_PRESIDENT_DIRECT = re.compile(r"(?<![가-힣])대통령(?=\s?직속)")
# "연방정부는", "연방 정부가": a federal country's government, named bare in its own section.
_FEDERAL_GOVERNMENT = re.compile(r"(?<![가-힣])연방\s?정부(?=는|가|도|의|에서|와\s|과\s|\s)")
_KOREAN_GOVERNMENT = re.compile(r"(?<![가-힣])(?:우리\s*)?정부(?=는|가|도|에서|와\s|\s?주도로\s)")


# "사우디 보건부", "인도 전자정보기술부": a ministry no list knows, named after its country.
_MINISTRY_AFTER_COUNTRY = re.compile(r"\s?((?:보건|상무|국방|재무|외무|외교|교육|산업|통상|과학|디지털|경제|내무|법무|에너지|노동|문화|"
                                     r"정보통신|통신|환경|농업|교통|국토|혁신|기술|전자|투자|재정|기획재정|중소기업)[가-힣]{0,8}부)"
                                     r"(?=[^가-힣]|$|(?:와|과|는|은|가|이|의|를|을|에|에서|도|로|와의|과의|와는|과는)(?:[^가-힣]|$))")


def _unlisted_ministry(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """A government body for a country mention that a ministry word follows, unless a known
    name already covers the word."""
    if m.actor.type != "Country" or m.particle or not m.actor.country:
        return None
    word = _MINISTRY_AFTER_COUNTRY.match(text, m.end)
    if word is None or any(o.start < word.end(1) and word.start(1) < o.end for o in mentions):
        return None
    name = text[m.start:word.end(1)]
    actor = Actor(id=slugify(name), name=name, type="Government", country=m.actor.country, name_ko=name, discovered=True)
    ministry = Mention(m.start, word.end(1), actor, name, discovered=True)
    ministry.particle, ministry.after = particle_at(text, word.end(1))
    return ministry


class Resolver:
    """Maps names to actors: gazetteer entries, a country's government, discovered names."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._countries = {e.country: e for e in gazetteer.entries if e.type == "Country" and e.country}
        self._qualified_names: dict[tuple[str | None, str], Entry | None] = {}
        governments: dict[str, list] = {}
        for e in gazetteer.entries:
            if e.type == "Government" and e.country and re.search(r"government|정부", " ".join(e.surface_forms()), re.I):
                governments.setdefault(e.country, []).append(e)
        # A country's national government is its shortest-named government entry.
        self._governments = {c: min(es, key=lambda e: len(e.name)) for c, es in governments.items()}

    def country_of(self, code: str | None) -> Actor | None:
        entry = self._countries.get(code or "")
        return entry.to_actor() if entry else None

    def national_governments(self) -> dict[str, str]:
        """The id of each country's national government, to its country code."""
        return {entry.id: code for code, entry in self._governments.items()}

    def government_of(self, code: str | None) -> Actor | None:
        entry = self._governments.get(code or "")
        return entry.to_actor() if entry else None

    def in_country(self, mention: Mention, code: str | None) -> Mention:
        """The actor a bare name means in a section about country ``code``: "AI 안전연구소"
        in the chapter on the United Kingdom is the UK's institute (the gazetteer knows it as
        "영국 AI 안전연구소"), not the Korean one the bare name means elsewhere."""
        if mention.actor.country == code or mention.actor.type in ("Country", "Person"):
            return mention
        found = self.qualified(code, mention.surface)
        return replace(mention, actor=found.to_actor(), discovered=False) if found is not None else mention

    def qualified(self, code: str | None, surface: str) -> Entry | None:
        """The gazetteer entry of ``surface`` qualified by a name of country ``code``, if any
        (remembered: a section names the same few actors again and again)."""
        key = (code, surface)
        if key not in self._qualified_names:
            entry = self._countries.get(code or "")
            forms = entry.surface_forms() if entry is not None else ()
            found = (self.gazetteer.lookup(f"{prefix} {surface}") or self.gazetteer.lookup(prefix + surface)
                     for prefix in forms)
            self._qualified_names[key] = next((e for e in found if e is not None and e.country == code), None)
        return self._qualified_names[key]

    def resolve(self, actor: Actor) -> Actor:
        """A discovered actor becomes the known one when its name is a known alias."""
        if not actor.discovered:
            return actor
        # "스타게이트(Stargate) 프로젝트": a gloss inside a discovered title hides a known name.
        bare = _GLOSS.sub("", actor.name)
        for form in (actor.name, actor.name.replace(" ", ""), _AI_SUFFIX.sub("", actor.name), bare):
            entry = self.gazetteer.lookup(form)
            if entry is not None:
                return entry.to_actor()
        return actor


def _press_release_issuer(text: str, mentions: list[Mention]) -> Mention | None:
    """The government whose press release the document is ("과학기술정보통신부 보도자료" at its top)."""
    if "보도자료" not in text and "보도 자료" not in text:
        return None
    return next((m for m in mentions if m.actor.type == "Government"), None)


# "「P」 선정 결과", "P의 지원 대상 선정", "P 추진 계획과 1단계 수행 컨소시엄 선정": a selection for P, a few words on.
# "P 2단계 심사 결과 A, B, C 등 4곳을 최종 선정": the result of judging for P, then whom it chose.
_SELECTED_FOR = re.compile(r"(?:의|에)?\s(?:[^\s,.]+\s){0,5}?선정"
                           r"|\s(?:[^\s,.]+\s){0,5}?(?:심사|평가|공모)\s?결과\s[^.]{0,120}?선정")


def _programme_selected(text: str, mentions: list[Mention]) -> Mention | None:
    """The programme a sentence names before "선정" ("「P」 선정 결과 발표", "P의 지원 대상을
    선정"): the one the document's later counted selections are for."""
    if "선정" not in text:
        return None
    selected = next((m for m in reversed(mentions) if m.actor.type == "Program" and _SELECTED_FOR.match(text, m.end)), None)
    # "생성형 AI 개발 지원사업 'GENIAC'에도 선정": the description stands for the quoted name
    return selected and (quoted_programme_described(text, selected, mentions) or selected)


class DocumentLoader:
    """Turns documents into batches with a shared gazetteer, cue set and Kiwi model."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or default_gazetteer()
        self.resolver = Resolver(self.gazetteer)
        self._ministries = MinistryIndex(self.gazetteer)
        self.extractor = SentenceExtractor(load_cues(), self.resolver.government_of, self.resolver.country_of)

    def load_text(self, source: SourceText) -> LoadResult:
        """Extract one document read by :func:`read_document`."""
        source = SourceText(source.document, without_box_borders(source.text))
        doc = source.document
        batch = GraphBatch(doc)
        blocks = _content_blocks(split_blocks(source.text))
        close_broken_words(blocks, source.text, lambda word: self.gazetteer.lookup(word) is not None)
        join_hyphenated_words(blocks, source.text)
        drop_footnote_marks(blocks)
        ctx = TableContext(doc.id, self.gazetteer, self.resolver.country_of)
        first_line = next((line for line in source.lines if line.strip()), "")
        facts: list[Fact] = (extract_tables(blocks, ctx) + extract_flat_tables(blocks, ctx) + extract_captioned_flows(blocks, ctx)
                              + extract_infoboxes(source.lines, ctx) + extract_award_notices(source.lines, ctx)
                              + extract_profile_tables(blocks, source.lines, ctx)
                             + extract_fund_tables(blocks, ctx) + extract_holding_lists(blocks, ctx) + extract_cited_documents(blocks, ctx)
                             + extract_agreement_grids(blocks, ctx) + extract_launched_lists(source.lines, ctx))
        site = SitePages(blocks, ctx, first_line)
        facts += site.facts
        history = CompanyHistory(source.lines, first_line, ctx)
        company = filer(blocks, self.gazetteer)
        terms = DefinedTerms(company)
        for term, party in defined_parties(source.lines, self.gazetteer).items():
            terms.define(term, party)
        author = find_author(source.lines, doc.id, self.gazetteer)
        if author is not None:
            terms.speaks_for(author)
            facts += author.facts
        facts += extract_disclosures(blocks, company, ctx, terms)
        mentions_count: Counter[str] = Counter()
        n_sentences = 0
        home = self.resolver.government_of("KR") if doc.lang == "ko" else None
        previous: tuple[Block | None, list[Mention]] = (None, [])
        passage = Passage()
        bullets = BulletParents(source.lines)
        partners_before = PartnersBefore()
        flows = AggregateFlows(doc.id, self.gazetteer)
        arrows = ArrowFlows(doc.id)
        shares = FlowShares(doc.id, self.resolver.country_of("KR") if doc.lang == "ko" else None)
        remembered = RememberedNames()
        member_list = MemberList(self.resolver.resolve)
        overview = EventOverview()
        cards = Cards()
        star_notes = StarNotes(source.lines)
        roundup = RoundupItems()
        investor_lines = InvestorLines()
        fund_closes = FundCloses()
        regional = RegionalBodies()
        heads = HeadNouns()
        selection_programme: Mention | None = None
        issuer: Mention | None = None
        words = DocumentWords(source.text)
        voices = self._voices(source, words)
        speakers = KoreanSpeakers()
        story = StorySubject(_headlines(source.lines))
        questions = InterviewQuestions(author.actor.id if author is not None else None)
        remembered.remember_actors([a for fact in facts for a in (fact.subject, fact.object)]
                                   + ([author.actor] if author is not None else []))
        for block in blocks:
            if not block.is_table_row:
                remembered.remember(glossed_spellings(block.text, self._is_known_name)
                                    + hanja_glossed_spellings(block.text, self._is_known_name))
        remembered.remember(deal_parties(source.text, self._is_known_name)
                            + hangul_model_codes(source.text, self._is_known_name))
        for sentence in split_sentences([b for b in blocks if not b.is_table_row and not _is_noise(b)]):
            if _holds_link(sentence.text):
                continue  # the link closing a paragraph kept for its prose (see _is_noise)
            n_sentences += 1
            passage.enter(sentence.block)
            bullets.enter(sentence.block)
            lang = sentence.lang
            cues = self.extractor.cues.find(sentence.text, lang)
            mentions = self._mentions(sentence.text, home, _may_relate_new_names(sentence.text, lang, cues, roundup),
                                      remembered=remembered, words=words)
            if lang == "ko":
                mentions = korean_sources_left_out(sentence.text, mentions)
            named_story = story.discover(sentence.text, mentions) or founded_company(sentence.text, mentions)
            remembered.remember(named_story)
            mentions = terms.learn(sentence.text, sorted(mentions + named_story, key=lambda m: m.start))
            mentions = _with_defined_terms(mentions, terms.find(sentence.text, [m for m in mentions if not m.discovered]))
            country = passage.section_country
            if home is not None and country in (None, "KR") and "직속" in sentence.text:
                mentions = _merged(mentions, self._presidential_office(sentence.text, mentions))
            if country is not None:
                mentions = [self.resolver.in_country(m, country) for m in mentions]
            if country not in (None, "KR") and "연방" in sentence.text:
                mentions = _merged(mentions, self._federal_government(sentence.text, mentions, country))
            if cues:
                mentions = [_as_named_programme(m, passage.programme) for m in mentions]
                mentions = _referred(mentions, passage.refer(sentence.text, mentions, roundup.topic or story.topic))
            mentions = _merged(mentions, regional.refer(sentence.text, mentions))
            mentions = _merged(mentions, heads.refer(sentence.text, mentions))
            regional.saw(mentions)
            heads.saw(mentions, sentence.text)
            if (member := cohort_member(sentence.text, mentions)) is not None:
                remembered.remember([member])  # the team's later mentions
                mentions = _merged(mentions, [member])
            mentions = colon_topic(sentence.text, with_entry_organisation(sentence.text, mentions))
            if lang == "ko":
                mentions = _merged(mentions, local_unit_mentions(sentence.text, mentions, self.gazetteer))
                mentions = leads_as_topic(sentence.text, mentions)
            if voices is not None:
                voices.enter(sentence.block)  # every block: a short label line may read as no language
            if lang == "ko":
                mentions = speakers.read(sentence.text, mentions, sentence.offset, sentence.block)
            if voices is not None and lang == "en":
                mentions = voices.read(sentence.text, mentions, sentence.offset)
                facts += voices.facts(sentence.text, mentions,
                                      lambda m, s=sentence: sentence_evidence(doc.id, s.line_at, s.text))
            for m in mentions:
                mentions_count[m.actor.id] += 1
            # Before the check below: a passage's later sentences give figures without names.
            facts += flows.read(sentence.text, sentence.line_at, mentions)
            facts += arrows.read(sentence.text, sentence.line_at, mentions)
            facts += shares.read(sentence.text, mentions, sentence.line_at)
            presented = _presented_subject(sentence.text, mentions)
            topic = ([m for m in mentions if m.particle in TOPIC_PARTICLES][:1] or _new_subject_too(mentions, sentence.text)
                     or presented or opening_subject(mentions, sentence.text)
                     or lead_of_the_members(sentence.text, mentions))
            # A nested bullet without a subject of its own acts for the bullet it hangs from.
            # A paragraph opening with "또", "또한", "아울러" (also, further) goes on about the one before.
            previous_topic = previous[1] if previous[0] is sentence.block or (
                lang == "ko" and _GOES_ON.match(sentence.text)) else (questions.answered(sentence.block)
                                                                       or bullets.parent_subject)
            questions.saw(sentence.block, mentions)
            previous = (sentence.block, previous_topic if _backs_its_round(topic, previous_topic, cues) else topic or previous_topic)
            # A feature's, or a roundup item's, paragraph that has named no subject of its own is about
            # the story's (the item's) company.
            story_topic = site.topic(sentence.line_at(0)) or history.topic(sentence.line_at(0)) or roundup.topic or story.topic
            discourse_topic = (story_topic if story_topic and not previous_topic else passage.topic) or story_topic
            if lang == "ko":
                previous_topic = partners_before.carried_subject(previous_topic, mentions)
                discourse_topic = partners_before.carried_subject(discourse_topic, mentions)
            if lang == "ko" and speakers.voiced:
                discourse_topic = []  # a speaker's "저희" in a quotation: the narrative's last topic is not what they speak of
            programme, section = passage.programme, passage.section
            section_body, cooperating_country = passage.section_body, passage.cooperating_country
            if author is not None and author.first_person:
                # A post's sentences without a subject are the author's company's.
                discourse_topic = section_body = author.as_topic()
            programme_before, last_round = passage.programme_just_named, passage.last_round
            if lang == "ko":  # before passage.saw forgets it: "(A는 B에 출자했다.) 나머지 지분은 C가 갖고 있다"
                facts += remaining_stake_holders(sentence.text, mentions, passage.invested_company, doc.id, sentence.line_at)
            programme_owner, project = passage.programme_owner, passage.project
            passage.saw(mentions, announced_round(sentence.text, cues, mentions)
                        or round_still_in_view(sentence.text, last_round), presented, sentence.text, story_topic)
            selection_programme = _programme_selected(sentence.text, mentions) or selection_programme
            if n_sentences <= 3 and issuer is None:
                issuer = _press_release_issuer(sentence.text, mentions)
            item_backing = roundup.read(sentence.text, mentions, doc.id, sentence.line_at)
            facts += member_list.read(sentence.text, mentions, passage.programme, doc.id, sentence.line_at)
            facts += overview.read(sentence.text, mentions, doc.id, sentence.line_at)
            facts += cards.read(sentence.text, mentions, doc.id, sentence.line_at)
            facts += programme_cost(sentence.text, mentions, programme, discourse_topic, doc.id, sentence.line_at)
            facts += state_budget(sentence.text, mentions, programme, programme_owner, doc.id, sentence.line_at)
            if lang == "ko":
                facts += grant_to_the_dropped_subject(sentence.text, mentions, previous_topic, programme, programme_owner or issuer,
                                                      doc.id, sentence.line_at)
            facts += regional.budgets(sentence.text, mentions, programme, doc.id, sentence.line_at)
            facts += star_notes.read(sentence.text, mentions, doc.id, sentence.line_at)
            if lang == "ko":  # before the skip below: a field's product may be a name nothing knows
                facts += field_products(sentence.text, mentions, previous_topic, doc.id, sentence.line_at)
                facts += bracketed_backers(sentence.text, mentions, previous_topic, doc.id, sentence.line_at)
            facts += item_backing
            facts += history.read(sentence.text, mentions, doc.id, sentence.line_at)
            if lang == "en":
                facts += investor_lines.read(sentence.text, mentions, _whole_line(sentence.text, sentence.line_at, source.lines),
                                             doc.id, sentence.line_at)
                facts += fund_closes.read(sentence.text, mentions, doc.id, sentence.line_at)
                facts += owner_modifiers.read(sentence.text, mentions, doc.id, sentence.line_at)
            if mentions:  # over half the sentences (labels, table fragments) name no one
                # "B는 시리즈B에서 320억원을 유치했다. A가 200억원을 집행했고 C가 120억원을 보탰다": shares
                # right after a company's round are that round's, not the fund in play's
                fund_in_play = programme if last_round is None or not last_round.recipients else None
                facts += self._facts_of_the_names(sentence, lang, mentions, doc.id, selection_programme or programme, fund_in_play,
                                                  previous_topic or discourse_topic, cooperating_country, author, site,
                                                  (story.topic or site.owner or history.topic(sentence.line_at(0))) if lang == "ko" else [])
            bullets.saw(sentence.text, mentions)
            partners_before.saw(mentions)
            story.saw(sentence.text, mentions)
            if not mentions and not (lang == "en" and (cues or may_name_a_country_flow(sentence.text))):
                continue  # an English cue may still point back: "The two companies signed ..."
            facts += self.extractor.extract(SentenceInput(
                sentence.text, doc.id, sentence.line_at, mentions, lang, previous_topic=previous_topic,
                discourse_topic=discourse_topic, cues=cues, programme=programme, section=section,
                section_body=section_body, section_programme=passage.section_programme,
                last_round=last_round, programme_before=programme_before, selection_programme=selection_programme,
                issuer=issuer, programme_owner=programme_owner, project=project))
            if lang == "en":
                # After the English frames, which type a name as a programme as they read it.
                passage.saw_programmes(mentions, sentence.text)
                facts += chosen_for_the_programme(sentence.text, mentions, programme, doc.id, sentence.line_at)
                facts += fund_holdings(sentence.text, mentions, programme, doc.id, sentence.line_at)
        # A programme's participant table comes after the prose that introduced the programme.
        facts += participant_tables(blocks, ctx, {a.id: a for f in facts for a in (f.subject, f.object)}.values(), facts)
        glossed = _glossed_names(facts)
        for fact in facts:
            self._add(batch, fact, glossed)
        investors_by_role(batch)
        for actor_id, n in mentions_count.items():
            if actor_id in batch.actors:
                batch.mentions[actor_id] = n
        for actor_id in batch.actors:
            batch.mentions.setdefault(actor_id, 1)
        return LoadResult(batch, ctx.warnings, n_sentences)

    def _facts_of_the_names(self, sentence: Sentence, lang: str, mentions: list[Mention], doc_id: str, selected_for: Mention | None,
                            programme: Mention | None, topic: list[Mention], cooperating_country: list[Mention],
                            author: Author | None, site: SitePages, parent: list[Mention]) -> list[Fact]:
        """The readers that only relate names the sentence gives: a sentence naming no one
        spares them all (each keeps no state, so skipping one changes nothing)."""
        text, line_at = sentence.text, sentence.line_at
        facts = consortium_members(text, mentions, selected_for, doc_id, line_at)
        facts += project_signatories(text, mentions, doc_id, line_at)
        facts += shares_in_the_fund(text, mentions, programme, doc_id, line_at)
        # The company chosen is the one the sentence before, or the bullet hung from, was about, else the passage's.
        facts += support_through_programme(text, mentions, topic, doc_id, line_at)
        facts += selected_for_programme(text, mentions, topic, doc_id, line_at)
        if author is not None:
            facts += author.cofounders(text, mentions, doc_id, line_at)
        facts += makers_in_product_names(text, mentions, self.gazetteer, doc_id, line_at)
        facts += runners_in_programme_names(text, mentions, self.gazetteer, doc_id, line_at)
        facts += partners_in_row(text, mentions, cooperating_country, self.extractor.cues, doc_id, line_at)
        facts += site.describe(text, mentions, doc_id, line_at)
        if lang == "ko":
            facts += local_unit_facts(text, mentions, parent, self.gazetteer, doc_id, line_at)
        if lang == "en":
            facts += listed_companies(text, mentions, doc_id, line_at)
        else:
            facts += listed_companies_ko(text, mentions, doc_id, line_at)
        return facts

    def _voices(self, source: SourceText, words: DocumentWords) -> Voices | None:
        """Who "we" is in an English document (see :mod:`loaders.first_person`)."""
        if source.document.lang != "en":
            return None
        return Voices(source.lines, lambda text: self._mentions(text, None, True, RememberedNames(), words))

    def _is_known_name(self, name: str) -> bool:
        """True if the gazetteer knows ``name`` as a whole; a known name inside it ("인텔" in
        "타밈 인텔리전스") does not make it known."""
        return any(m.start == 0 and m.end == len(name) for m in self.gazetteer.find(name))

    def _mentions(self, text: str, home_government: Actor | None, discover: bool,
                  remembered: RememberedNames, words: DocumentWords) -> list[Mention]:
        mentions = find_mentions(text, self.gazetteer)
        mentions += hanja_countries(text, mentions, self.gazetteer)
        if home_government is not None and "정부" in text:
            mentions += self._home_government(text, mentions, home_government)
        # In reading order: the home government's mentions were added after the gazetteer's.
        mentions = self._qualified_governments(text, sorted(mentions, key=lambda m: m.start))
        mentions = described_ministries(text, mentions, self._ministries, self.resolver.country_of, self.resolver.government_of)
        # Before the remembered names: "딥엣지㈜(DeepEdge Inc.)" takes its gloss along.
        corporate = corporate_mentions(text, mentions, self.gazetteer) + introduced_names(text, mentions, self.gazetteer)
        corporate += glued_institutions(text, _outside(mentions, corporate) + corporate, self.gazetteer)
        remembered.remember(corporate)
        mentions = _outside(mentions, corporate) + corporate
        mentions += remembered.find(text, mentions)
        # Unknown names matter only where a relation may be stated.
        if discover:
            found = [self._resolved(m) for m in find_candidates(text, mentions)]
            found += [self._resolved(m) for m in listed_members(text, mentions + found)]
            found += [self._resolved(m) for m in list_companions(text, mentions + found)]
            found += [self._resolved(m) for m in counted_companions(text, mentions + found)]
            found += [self._resolved(m) for m in role_companions(text, mentions + found)]
            found += [self._resolved(m) for m in owner_and_unit(text, mentions + found)]
            found += [self._resolved(m) for m in founded_names(text, mentions + found)]
            found += [self._resolved(m) for m in represented_names(text, mentions + found)]
            found += [self._resolved(m) for m in acquired_names(text, mentions + found)]
            # "에이티넘 AI 인프라 2호 펀드": a known manager's name opens its fund's
            found += series_funds(text, mentions + found)
            found = [m for m in found if not words.opens_sentence_as_word(text, m) and not words.heads_in_capitals(text, m)]
            # A discovered programme title may take in known names ("‘대한민국 AI 액션플랜’").
            mentions = _outside(mentions, found) + found
        elif describes_a_company(text):
            remembered.remember([m for m in map(self._resolved, find_candidates(text, mentions)) if m.discovered])
        mentions.sort(key=lambda m: m.start)
        mentions = round_owners(text, called_names(text, glossed_pairs(text, mentions)))
        if discover:
            mentions = [self._owners_model(text, m, prev) for prev, m in zip([None, *mentions], mentions, strict=False)]
            # After glossed_pairs: "사르바틱 AI(Sarvatic AI)" is remembered by its Hangul name.
            remembered.remember([m for m in mentions if m.discovered])
            remembered.as_remembered_models(mentions)
            # "딜람 AI(Dilam AI)로, 딜람 AI는": the name recurs in the sentence that glossed it.
            mentions = sorted(mentions + remembered.find(text, mentions), key=lambda m: m.start)
        give_glossed_particles_back(text, mentions)
        return mentions

    @staticmethod
    def _qualified_governments(text: str, mentions: list[Mention]) -> list[Mention]:
        """"중국 외교부": a country name right before a ministry decides whose ministry it is.

        A gazetteer ministry of another country is replaced by a discovered government body
        named as written, so "중국 외교부" never becomes Korea's foreign ministry.
        """
        out: list[Mention] = []
        for m in mentions:
            ministry = _unlisted_ministry(text, m, mentions)
            if ministry is not None:
                out.append(ministry)
                continue
            prev = out[-1] if out else None
            if (prev is not None and m.actor.type == "Government" and prev.actor.type == "Country"
                    and not text[prev.end:m.start].strip() and prev.actor.country
                    and m.actor.country and prev.actor.country != m.actor.country):
                name = text[prev.start:m.end]
                actor = Actor(id=slugify(name), name=name, type="Government", country=prev.actor.country,
                              name_ko=name, discovered=True)
                m = Mention(prev.start, m.end, actor, name, m.particle, after=m.after, discovered=True)
                out[-1] = m
                continue
            out.append(m)
        return out

    def _owners_model(self, text: str, m: Mention, owner: Mention | None) -> Mention:
        """"딥시크 AI 모델 R1": a new model name after its owner's is the known model the owner's
        name and it make together ("딥시크 R1"), not a second actor called "R1"."""
        if owner is None or not m.discovered or m.actor.type != "Model" or owner.particle:
            return m
        between = text[owner.end:m.start]
        if between.strip() and not KIND_OF_MODEL.match(between):
            return m
        name = m.actor.name
        entry = next((e for prefix in (owner.surface, owner.actor.name)
                      for e in (self.gazetteer.lookup(f"{prefix} {name}"), self.gazetteer.lookup(f"{prefix}-{name}"))
                      if e is not None and e.type == "Model"), None)
        return replace(m, actor=entry.to_actor(), discovered=False) if entry is not None else m

    def _resolved(self, m: Mention) -> Mention:
        m.actor = self.resolver.resolve(m.actor)
        m.discovered = m.actor.discovered
        return m

    @staticmethod
    def _home_government(text: str, mentions: list[Mention], government: Actor) -> list[Mention]:
        """A bare "정부" in a Korean report is Korea's government."""
        found = []
        for m in _KOREAN_GOVERNMENT.finditer(text):
            if any(k.start < m.start() and k.actor.type in ("Country", "Government")
                   and k.actor.country not in (None, government.country) for k in mentions):
                break  # another country is in play: "정부" may be its government; a forum ("APEC") is none
            if any(k.start <= m.start() < k.end for k in mentions):
                continue
            mention = Mention(m.start(), m.end(), government, m.group(0))
            mention.particle, mention.after = particle_at(text, m.end())
            found.append(mention)
        return found

    def _federal_government(self, text: str, mentions: list[Mention], country: str) -> list[Mention]:
        """"연방정부는 ... 16억 유로를 투입하며" in a report's section on a federal country: that
        country's government (the gazetteer knows it as "독일 연방정부"); Korea has none."""
        entry = self.resolver.qualified(country, "연방정부")
        found = []
        for m in _FEDERAL_GOVERNMENT.finditer(text) if entry is not None else ():
            if not any(k.start <= m.start() < k.end for k in mentions):
                mention = Mention(m.start(), m.end(), entry.to_actor(), m.group(0))
                mention.particle, mention.after = particle_at(text, m.end())
                found.append(mention)
        return found

    def _presidential_office(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"대통령 직속 X" in a Korean report about Korea: X reports to Korea's presidential office.
        Not "트럼프 대통령 직속" nor "미국 대통령 직속": a name or another country before it
        says whose president."""
        entry = self.gazetteer.lookup("대통령실")
        found = []
        for m in _PRESIDENT_DIRECT.finditer(text):
            if entry is None or any(k.end >= m.start() - 1 and k.start < m.start() for k in mentions) or any(
                    k.start < m.start() and k.actor.type in ("Country", "Government") and k.actor.country != "KR"
                    for k in mentions):
                continue
            found.append(Mention(m.start(), m.end(), entry.to_actor(), m.group(0)))
        return found

    def _add(self, batch: GraphBatch, fact: Fact, glossed: dict[str, Actor]) -> None:
        subject, obj = (self.resolver.resolve(a) for a in (fact.subject, fact.object))
        subject = batch.add_actor(glossed.get(subject.id, subject))
        obj = batch.add_actor(glossed.get(obj.id, obj))
        if subject.id == obj.id and fact.type != "VC_FLOW":
            return  # a country's domestic capital is a flow to itself; nothing else is
        if namesake_edge(subject, fact.type, obj, REL_TYPES[fact.type][1]):
            return
        ends = (subject.id, obj.id)
        if REL_TYPES[fact.type][1]:
            ends = tuple(sorted(ends))  # a partnership is one edge whichever way it was stated
        batch.add_relationship(Relationship(
            ends[0], fact.type, ends[1], dict(fact.props), [fact.evidence] if fact.evidence else []))


#: The lines that open a document, where its headline stands (after a masthead and a section line).
_HEAD_LINES = 4
# A sentence of prose, not a headline: a line ending in a full stop ("... 마무리했다.").
_PROSE_LINE = re.compile(r"\.\s*$")


def _headlines(lines: list[str]) -> str:
    """The short lines opening a document, where a news page's headline stands after its
    masthead and section line: the first line may be the paper's name; a report's first
    sentence is no headline."""
    opening = [line.strip() for line in lines if line.strip()][:_HEAD_LINES]
    return " / ".join(line for line in opening if not _PROSE_LINE.search(line))


def _whole_line(text: str, line_at: Callable[[int], int], lines: list[str]) -> bool:
    """True if ``text`` is one original line on its own (a heading, a headline, a label line)."""
    line = line_at(0)
    return 0 < line <= len(lines) and lines[line - 1].strip() == text.strip()


def _glossed_names(facts: list[Fact]) -> dict[str, Actor]:
    """Discovered actors by the ids of their glosses: "사르바틱 AI(Sarvatic AI)" in the prose
    and "Sarvatic AI" in a table are one actor, however the table names it."""
    return {slugify(alias): actor for fact in facts for actor in (fact.subject, fact.object)
            if actor.discovered and actor.name_ko for alias in actor.aliases
            if slugify(alias) != actor.id and not HANGUL.search(alias)}


# "Horizon 프로그램": a programme called by its first word and a generic head.
_SHORT_PROGRAMME = re.compile(r"(\S+)\s?(?:프로그램|프로젝트|이니셔티브|programme|program|project|initiative)", re.I)


def _with_defined_terms(mentions: list[Mention], defined: list[Mention]) -> list[Mention]:
    """The sentence's mentions with the short names the document defined ("이하 NI"): a short
    name stands for its actor, not for the new name a discovery pattern guessed at it ("NI")."""
    kept = [m for m in mentions if not any(d.start <= m.start and m.end <= d.end for d in defined)]
    return sorted(kept + [d for d in defined if not any(k.start < d.end and d.start < k.end for k in kept)],
                  key=lambda m: m.start)


def _backs_its_round(topic: list[Mention], previous_topic: list[Mention], cues: list[CueMatch]) -> bool:
    """True if the sentence's topic is an investor joining the round of the company the passage is
    about ("B는 ... 만드는 회사다. 시리즈A는 저희가 리드했고, 시리즈B에는 C도 들어왔다"): the
    passage stays on the company, which the next clauses leave unstated ("이어 D와 계약을 맺었다")."""
    return (bool(topic) and bool(previous_topic) and topic[0].actor.type == "Investor"
            and previous_topic[0].actor.type in ("Startup", "Company")
            and any(c.cue.frame == "round" for c in cues))


def _new_subject_too(mentions: list[Mention], text: str) -> list[Mention]:
    """"리야드의 스타트업 X도 주목받는다": a sentence without a topic whose first organisation
    takes 도 and no other name is a subject brings X in as what the next sentences are about
    ("이 회사는 ..."); so does a company presented as the subject of "꼽힌다" ("첫 성과로는 B가
    꼽힌다. 이 대학 교수가 창업했고": B is what was founded)."""
    organisations = [m for m in mentions if m.actor.type in ("Startup", "Company", "Investor")]
    if not organisations:
        return []
    subjects = [m for m in mentions if m.particle in ("이", "가")]
    if organisations[0].particle == "도" and not subjects:
        return organisations[:1]
    if subjects == organisations[-1:] and _PRESENTED.match(text, organisations[-1].after):
        return organisations[-1:]
    return []


# "B가 꼽힌다", "B가 주목받고 있다", "X가 눈에 띈다", "X가 대표적이다": a predicate that brings its
# subject on stage; also in the polite speech of an interview's answer ("X가 대표적이죠", "X가 꼽힙니다").
_PRESENTING = (r"(?:특히\s)?(?:손?꼽[힌혔힙]|주목받|주목된|눈길을\s?(?:끈|끌)|눈에\s?[띈띕]|돋보[인입]|두각을\s?나타낸"
               r"|대표적(?=이|입))")
# A company so presented is the subject of what follows.
_PRESENTED = re.compile(r"\s*" + _PRESENTING)


# A sentence that does nothing else: "로봇 모델 쪽에서는 X가 눈에 띈다.", "X가 대표적이죠."
_ONLY_PRESENTS = re.compile(r"\s?" + _PRESENTING + r"(?:다|는다|니다|이다|입니다|이죠|이에요)\s*\.?\s*$")


# "X가 만든 업무용 AI 에이전트, '바운드원'입니다": what is shown is named as the maker's work, in a
# sentence that only says what it is (a broadcast's or a feature's way to bring a company on stage).
_SHOWN_AS_ITS_WORK = re.compile(r"\s?(?:만든|만드는|개발한|개발하는|내놓은|선보인|운영하는)\s[^.]{0,60}?"
                                r"(?:입니다|이다|예요|이에요)\.?\s*$")


# "[인터뷰] 한서윤 / 딥바운드 대표", "[인터뷰] 홍길동 누리랩스 대표": a broadcast's caption naming
# who speaks next and for which organisation.
_SPEAKER_CAPTION = re.compile(r"\s*\[(?:인터뷰|INT|녹취|싱크)\]\s*[가-힣A-Za-z ]{2,20}\s?/?\s?[^/]{2,40}$")


# "다크호스로 꼽히는 곳은 X다", "눈여겨볼 기업은 X이다": a generic noun as the topic, the name as
# what it is; a relative clause may describe the name ("가장 많은 돈을 받은 곳은 NPU를 만드는 X다").
_NAMED_AT_THE_END = re.compile(r"(?:곳|기업|회사|업체|스타트업|주인공)(?:은|는)\s"
                               r"(?:(?:[^\s.]+\s){0,3}|(?:[^\s.]+\s){0,6}[^\s.]*[는은한던]\s)$")
# "AI 반도체 스타트업 'X'입니다": the copula after the name presented (the descriptor before it: DESCRIPTOR_BEFORE).
_QUOTED_COPULA_END = re.compile(r"[’'\"”]?(?:입니다|이다)\s*\.?\s*")
_COPULA_END = re.compile(r"\s?(?:[(（][^()（）]{1,40}[)）])?(?:이)?(?:다|였다|이었다)\s*\.?\s*")


def _presented_subject(text: str, mentions: list[Mention]) -> list[Mention]:
    """"로봇 모델 쪽에서는 샌프란시스코 소재 X가 눈에 띈다", "스타트업 X가 만든 AI 비서 'Y'입니다": a
    sentence that only presents its one organisation makes it what the next sentences, which drop
    their subject or call it "이 회사", are about."""
    organisations = [m for m in mentions if m.actor.type in ("Startup", "Company", "Investor")]
    if len(organisations) == 1 and _SPEAKER_CAPTION.match(text):
        return organisations  # the story goes on about the company whose speaker was just heard
    if len(organisations) == 1 and _NAMED_AT_THE_END.search(text, 0, organisations[0].start) \
            and _COPULA_END.fullmatch(text, organisations[0].end):
        return organisations  # "다크호스로 꼽히는 곳은 X다": the sentence names X last, as its answer
    if len(organisations) == 1 and DESCRIPTOR_BEFORE.search(text, 0, organisations[0].start) \
            and _QUOTED_COPULA_END.fullmatch(text, organisations[0].end):
        return organisations  # "AI 반도체 스타트업 'X'입니다.": a broadcast turning to the company it tells of
    if len(organisations) != 1 or organisations[0].particle not in ("이", "가"):
        return []
    presents = _ONLY_PRESENTS.match(text, organisations[0].after) or _SHOWN_AS_ITS_WORK.match(text, organisations[0].after)
    return organisations if presents else []


def _as_named_programme(m: Mention, programme: Mention | None) -> Mention:
    """A discovered "Horizon 프로그램" is the passage's programme "Horizon Europe" when this
    starts with the same word: a report shortens the name it has just given in full."""
    if programme is None or not m.discovered or m.actor.type != "Program" or m.actor.id == programme.actor.id:
        return m
    short = _SHORT_PROGRAMME.fullmatch(m.actor.name)
    if short is None or not programme.actor.name.startswith(short.group(1) + " "):
        return m
    return replace(m, actor=programme.actor, discovered=programme.discovered)


def _merged(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """``mentions`` (in reading order: _with_defined_terms sorts them) with ``extra`` put in
    order among them; most sentences add nothing, and a sorted list needs no sorting again."""
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _referred(mentions: list[Mention], references: list[Mention]) -> list[Mention]:
    """``mentions`` with the references of a sentence among them; a reference replaces a name
    read inside it ("이 모펀드는": the head "모펀드" alone is not the fund meant)."""
    inside = [m for m in mentions if any(r.start <= m.start and m.end <= r.end and r.end - r.start > m.end - m.start
                                         for r in references)]
    return _merged([m for m in mentions if m not in inside] if inside else mentions, references)


def _may_relate_new_names(text: str, lang: str, cues: list[CueMatch], roundup: RoundupItems) -> bool:
    """True if a sentence may state a relation, so the unknown names in it are worth discovering:
    it holds a cue, or a habit that relates names without one (a link, a product list, a round
    and its sum, a role). English introduces a name in a sentence of its own ("Its flagship model,
    Wren, ..."): every English sentence is read for them."""
    return (bool(cues) or lang == "en" or states_a_link(text) or names_a_model(text) or lists_products(text)
            or presents_a_name(text) or _ONLY_PRESENTS.search(text) is not None
            or roundup.names_investors(text) or lists_backers(text) or lists_roles(text) or takes_over_a_team(text)
            or bool(ROUND_AND_SUM.search(text)) or defines_a_programme(text) or bool(STATES_A_ROLE.search(text))
            or bool(NAME_COMPANY_ROLE.search(text)) or names_the_rest_of_a_stake(text))


def _content_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks up to a news page's list of other articles."""
    for i, block in enumerate(blocks):
        if _TRAILER.match(block.text):
            return blocks[:i]
    return blocks


def _is_noise(block: Block) -> bool:
    text = block.text
    if byline(text):
        return True
    if _holds_link(text):
        return not prose_before_link(text)
    if _FOOTNOTE_START.match(text) or (len(text) < 400 and _BIBLIO.search(text)):
        return not _told(text)
    return False


def _holds_link(text: str) -> bool:
    """True if ``text`` holds a web address. Every match of _URL holds "://", "<" or "w." (any
    case): most sentences hold none of them and are spared the case-insensitive scan."""
    if "://" not in text and "<" not in text and "w." not in text and "W." not in text:
        return False
    return _URL.search(text) is not None


def _outside(mentions: list[Mention], covering: list[Mention]) -> list[Mention]:
    """The mentions that no mention of ``covering`` takes in (most sentences have none to test)."""
    if not covering:
        return mentions
    return [m for m in mentions if not any(c.start <= m.start and m.end <= c.end for c in covering)]


def _told(text: str) -> bool:
    """True for a footnote or a year-glossed line ("Anthropic(2023), Perplexity(2024) 등에
    투자를 진행하였으며") that states facts in sentences rather than citing a source."""
    return bool(_NOTE_STATES.search(text)) and not _NOTE_CITES.match(text)
