"""Re-join lines that PDF extraction broke, keeping a map back to the original lines.

A :class:`Block` is a logical paragraph, a heading, a bullet or one table row. Its text
joins one or more original lines; :meth:`Block.line_at` tells which original line (1-based,
as ``grep -n`` counts) a character of the joined text came from.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from loaders.aligned_tables import aligned_deal_rows_as_tabs
from loaders.amounts import KO_CURRENCIES
from loaders.pipe_tables import pipe_rows_as_tabs

# A line ending like this closes a sentence: Korean declarative/nominal endings, or . ? ! :
_SENTENCE_END = re.compile(r"([다음함됨임요]\s*[.!?]?|[.!?:;。])\s*$")
# "03  ", "2019.04  ": a company history's month label, set apart from its item by a wide gap
# under the year's heading line. Such a page sets each item on a line of its own.
MONTH_LABEL = re.compile(r"\s*(?:(?:19|20)\d{2}[.\-/]\s?)?(?:0[1-9]|1[0-2])\.?\s{2,}(?=\S)")
# "1월 ▲ ", "2025.03 ■ ", "연간 ▲ ", "3Q ● ": a timeline's date label before its item's marker.
DATED_MARKER = re.compile(r"\s*(?:(?:\d{1,4}(?:[년월일.\-/]\s?\d{0,2})*[년월일]?|\d[Qq분]|[1-4]분기|연간|연중|상반기|하반기)\s*[▲△■□●○◆▶•]\s*"
                          r"|" + MONTH_LABEL.pattern.removeprefix(r"\s*") + ")")
# A line starting like this opens a new element: bullets, headings, notes, captions, sources.
_NEW_ELEMENT = re.compile(
    r"^\s*(?:[-*•·○●□■▪◦◆◇▶▷►※▲△▼☐✓⦁]|" + DATED_MARKER.pattern.removeprefix(r"\s*") + "|"
    r"#|\d{1,3}[.)]\s|\(\d+\)|[①-⑳]|[가-하][.)]\s|\[|<sup>|"
    r"표\s*\d|그림\s*\d|\[?표|자료\s*:|출처\s*:|Source\s*:|Note\s*:|주\s*:|주\d{0,2}\)|\d+\s+(?:출처|참고)|(?-i:[ivx]+)\s|[Ⅰ-Ⅻ]+\.\s)",
    re.I,
)
# "4. EU의 AI 정책", "가. 배경", "## 2) 영국", "Ⅲ. 결론": the marker of a section heading.
HEADING_MARKER = re.compile(r"^\s*(?:#+\s|\d{1,2}\.\s|\d{1,2}(?:\.\d{1,2}){1,2}\.?\s(?=[^\d\s])|\d{1,2}\)\s|[가-하]\.\s|[IVXⅠ-Ⅹ]+\.\s|[○□■◦▶]\s*\()")
_HANGUL_OR_ALNUM = re.compile(r"[\w가-힣]")
# Closing quotes, brackets and footnote numbers ("…해야 한다.1)") at the end of a line: the
# sentence ends there only if it ended before them.
_CLOSERS = re.compile(r"(?:[」』”\"'’)\]]|\d{1,3}\))+$")
# A document title's bracket left open at the end of a line, however narrow (a table's cell);
# a quoted name too ("‘한" + "-사우디 AI 공동투자 플랫폼’").
_OPEN_TITLE = re.compile(r"[「『][^」』]*$|‘[^’]*$|“[^”]*$")
# "-사우디": a hyphen glued to the next word opens no list item after a quote left open.
_HYPHEN_GOES_ON = re.compile(r"\s*-(?=[^\s-])")
# The characters a run of closers ends with.
_CLOSING_CHARACTERS = "」』”\"'’)]"
_BROKEN_ENDING = re.compile(r"다\.\s")
# "… 발표된 ‘X 철폐’", "… 추진하는 「Y」": a quoted name a relative clause modifies is the head of a
# noun phrase ("‘X’ 행정명령", "「Y」에 따라"), so the line it ends leaves its sentence open.
_QUOTE_AFTER_RELATIVE_CLAUSE = re.compile(r"[가-힣](?:된|한|던|는|될|할)\s*[‘「『“][^‘’「」『』“”]+[’」』”]\s*$")
# A line ending in a full stop, perhaps before closers ("(검색일: 2025. 1. 5.)."): a particle on
# the next line does not go on it.
_FULL_STOP_END = re.compile(r"[.!?。]\S*\s*$")
_WIDE = re.compile(r"[가-힣\u3000-\u30ff\u4e00-\u9fff]")
_SHORT_OF_NEXT = 0.8
# Share of the single blank lines that must fall inside a sentence for one blank line not to
# end a paragraph: about 0.8 in PDFs extracted with a blank after every line, under 0.45 in
# web pages and news articles.
_SHARE_BREAKING_GAPS = 0.6


@dataclass
class Block:
    """A logical unit of text and where each of its pieces came from."""

    text: str
    #: (offset in ``text``, 1-based original line) for each joined line, ascending.
    spans: list[tuple[int, int]] = field(default_factory=list)
    is_table_row: bool = False
    #: The last original line joined, as it was (trailing space and all).
    last_raw: str = field(default="", repr=False)

    @property
    def first_line(self) -> int:
        return self.spans[0][1]

    def lines(self) -> list[tuple[int, str]]:
        """The original lines joined in this block, as (line number, text)."""
        if len(self.spans) == 1:
            start, line = self.spans[0]
            return [(line, self.text[start:].strip())]  # most blocks: one line, nothing to cut
        bounds = [s for s, _ in self.spans] + [len(self.text)]
        return [(line, self.text[bounds[i]:bounds[i + 1]].strip()) for i, (_, line) in enumerate(self.spans)]

    def line_at(self, offset: int) -> int:
        """Original line number of the character at ``offset``."""
        # (offset, inf) sorts after every span starting at or before ``offset``.
        return self.spans[max(0, bisect.bisect_right(self.spans, (offset, math.inf)) - 1)][1]


def _layout(lines: list[str]) -> tuple[int, bool, int]:
    """How the document was laid out: max blank lines inside a paragraph, whether a trailing
    space marks a word boundary, and the typical full line width."""
    text_lines = _text_lines(lines)
    if not text_lines:
        return 0, False, 0
    filled = [bool(ln.strip()) for ln in lines]
    single_gaps = [i for i in range(len(lines) - 2) if filled[i] and not filled[i + 1] and filled[i + 2]]
    # A web page or a news article sets each paragraph on a line of its own and a blank line
    # after it too, but its lines end sentences; only the headline, byline, dateline and
    # captions do not. A PDF's blank lines fall inside sentences.
    breaking = sum(1 for i in single_gaps if not _ends_sentence(lines[i], True))
    interleaved = len(single_gaps) > 0.4 * len(text_lines) and breaking > _SHARE_BREAKING_GAPS * len(single_gaps)
    trailing = _trailing_space_marks_words(text_lines)
    widths = sorted(len(ln.strip()) for ln in text_lines)
    width = widths[int(0.9 * (len(widths) - 1))]
    return (1 if interleaved else 0), trailing, width


def _text_lines(lines: list[str]) -> list[str]:
    """The lines holding text, not a table's row."""
    return [ln for ln in lines if ln.strip() and "\t" not in ln]


def _trailing_space_marks_words(text_lines: list[str]) -> bool:
    """True when over 15% of the text lines keep a trailing space: the extraction kept a space
    where a line broke between words, so a line without one broke inside a word."""
    return sum(1 for ln in text_lines if ln.endswith(" ")) > 0.15 * len(text_lines)


# A news box drawn with box-drawing characters: its frame lines ("┌────", "└────") and the border
# opening (or closing) each line inside ("│ ■ UAE", "│  - X: ...").
_BOX_FRAME = re.compile(r"^[ \t]*[┌└├┏┗┣╔╚╠][─━═┬┴┼┐┘┤┓┛┫╗╝ \t]*$|^[ \t]*[│┃║]|[│┃║][ \t]*$", re.M)


def without_box_borders(text: str) -> str:
    """``text`` with a box's frame blanked out, so the headings and bullets inside read as the
    document's own; blanks of the same length keep every line and offset where it was."""
    if not any(c in text for c in "│┃║"):
        return text
    return _BOX_FRAME.sub(lambda m: " " * len(m.group()), text)


def split_blocks(text: str) -> list[Block]:
    """Split a document into blocks, re-joining lines broken by PDF extraction.

    A line is continued by the next one when it is near full width, does not end a
    sentence, and the next line does not open a new element (bullet, heading, caption,
    table row). In documents whose every line is followed by a blank line (a common PDF
    extraction artefact) one blank line does not end a paragraph. A paragraph cut by the
    footnotes at the foot of a page is continued by the first line after them.
    """
    lines = aligned_deal_rows_as_tabs(pipe_rows_as_tabs(text.split("\n")))
    max_gap, trailing_space_marks_words, width = _layout(lines)
    # A deck of slides or cards sets each line on purpose: none was wrapped.
    min_join_width = max(20, int(0.6 * width)) if not _is_slide_deck(lines) else _NEVER
    # Where the page puts a blank line after each line, lines set one under the other are a box
    # or a column of their own; elsewhere they are as likely a list of headlines or names.
    columns = _column_widths(lines) if max_gap else [0] * len(lines)
    blocks: list[Block] = []
    current: Block | None = None
    #: A paragraph broken off by footnotes or a page's running title, waiting for its next line.
    suspended: Block | None = None
    gap = 0
    #: The current block's lines followed each other with no blank line between them (nor a
    #: line opening with a space: a page's line the extraction cut in two).
    packed = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        stripped = line.strip()
        if not stripped:
            gap += 1
            continue
        is_row = "\t" in line
        # A box or a framed paragraph sets its lines one under the other even where the page
        # puts a blank line after each: there a blank line ends the paragraph.
        block_gap = 0 if packed and not _BOUND_START.match(stripped) else max_gap
        join_width = 0 if gap == 0 and current is not None and _wrapped_in_column(
            current.last_raw, stripped, columns[number - 2]) else min_join_width
        if current is not None and not is_row and _continues(current, line, gap, block_gap, join_width):
            packed = (len(current.spans) == 1 or packed) and gap == 0 and not line[:1].isspace()
            _append(current, number, line, trailing_space_marks_words)
        elif suspended is not None and not is_row and not _PAGE_FOOT.search(line) \
                and _continues(suspended, line, 0, max_gap, min_join_width):
            _append(suspended, number, line, trailing_space_marks_words)
            current, suspended, packed = suspended, None, False
        else:
            packed = False
            if _PAGE_FOOT.search(line) and not is_row:
                if (suspended is None and current is not None and _left_open(current, None, min_join_width)
                        and not _next_item(current.text, line)):
                    suspended = current
            else:
                suspended = None
            current = Block(line.strip() if not is_row else line, [(0, number)], is_table_row=is_row, last_raw=line)
            blocks.append(current)
        gap = 0
    return blocks


# "[3/12]", "(3/12)", "3 / 12": the number of a card or slide among all, on a line of its own.
_SLIDE_NUMBER = re.compile(r"^\s*[\[(<]?\s*(\d{1,2})\s?/\s?(\d{1,2})\s*[\])>]?\s*$")
_MIN_SLIDES = 3
_NEVER = 10**6


def _is_slide_deck(lines: list[str]) -> bool:
    """True for card news and slide decks: three lines or more numbering slides of one deck
    ("[1/12]" ... "[3/12]"). Their short lines are items set one under the other, never one
    sentence wrapped: "참여: A, B" and the line "누적 투자 2,100억 돌파" under it say two things."""
    numbers = [m for m in map(_SLIDE_NUMBER.match, lines) if m is not None]
    totals = Counter(m.group(2) for m in numbers if int(m.group(1)) <= int(m.group(2)))
    return bool(totals) and totals.most_common(1)[0][1] >= _MIN_SLIDES


def _column_widths(lines: list[str]) -> list[int]:
    """For each line, the width of the column or box it was wrapped in, in half-width cells: the
    second widest line of its run of three lines or more with no blank line between them, if
    most of them come near it (0 for other lines). Wrapping fills all lines but a paragraph's
    last; one wide line among short ones (a title over a date) and the cells of a table
    flattened one to a line set no column."""
    widths = [_display_width(ln.strip()) for ln in lines]
    columns = [0] * len(lines)
    start = 0
    for end in range(len(lines) + 1):
        if end == len(lines) or not widths[end]:
            run = widths[start:end]
            if len(run) >= _MIN_COLUMN_LINES:
                column = sorted(run)[-2]
                if sum(1 for w in run if w >= _SHORT_OF_NEXT * column) >= _FILLED_LINES * len(run):
                    columns[start:end] = [column] * len(run)
            start = end + 1
    return columns


_MIN_COLUMN_LINES = 3
_FILLED_LINES = 0.6
# Narrowest column taken for a box or a framed paragraph, in half-width cells: narrower runs
# of lines are lists of names or figures.
_MIN_COLUMN = 24
# Share of its column a line plus the next line's first word must fill to have been wrapped,
# and how much wider than it a line may be: display widths only estimate a proportional font's.
_FILLED_COLUMN = 0.9
_OVER_COLUMN = 1.15


def _wrapped_in_column(last: str, nxt: str, column: int) -> bool:
    """True when ``last`` was wrapped in a column narrower than the page (a box, a framed
    paragraph, one column of several): the first word of the line under it would not have
    fit after it. A line ended on purpose leaves room for that word."""
    width = _display_width(last.strip())
    if column < _MIN_COLUMN or width > _OVER_COLUMN * column or _english_line_before_capital(last, nxt):
        return False
    return width + 1 + _display_width(nxt.split(maxsplit=1)[0]) > _FILLED_COLUMN * column


def _english_line_before_capital(last: str, nxt: str) -> bool:
    """An English line before one opening with a capital: a new sentence, a title's next line or a
    name as likely as a wrapped sentence going on."""
    end = last.rstrip()[-1:]
    return end.isascii() and end.isalnum() and nxt[:1].isascii() and nxt[:1].isupper()


def _append(block: Block, number: int, line: str, trailing_space_marks_words: bool) -> None:
    """Join original line ``number`` to ``block``."""
    stripped = line.strip()
    joiner = _joiner(block, stripped, trailing_space_marks_words)
    block.spans.append((len(block.text) + len(joiner), number))
    block.text += joiner + stripped
    block.last_raw = line


# What the foot of a page puts inside a paragraph: a footnote ("3) Edler et al.(2020).",
# "* 이 논문이 …", "<sup>4</sup> …") or the running title ("제2장 글로벌 AI 정책 • 27").
_PAGE_FOOT = re.compile(r"^\s*(?:\d{1,3}\)\s|\\?\*\s|<sup>|\d{1,4}\s*•\s)|\s•\s*\d{1,4}\s*$")
# "1) ", "2) ": a numbered item's number (or a footnote's, see _PAGE_FOOT).
_ITEM_NUMBER = re.compile(r"^\s*(\d{1,3})\)\s")


def _next_item(text: str, line: str) -> bool:
    """True if ``line`` numbers the item after the one ``text`` opens ("1) A — ... 시드 3억", then
    "2) B — ..."): a numbered list's items, though they look like footnotes, do not break off the
    item above, which ends where it stands."""
    item, following = _ITEM_NUMBER.match(text), _ITEM_NUMBER.match(line)
    return item is not None and following is not None and int(following.group(1)) == int(item.group(1)) + 1


_CAPTION_START = re.compile(r"^\s*(?:Source|Note|자료|출처|주)\s*[:：)]", re.I)


def _continues(block: Block, line: str, gap: int, max_gap: int, min_width: int) -> bool:
    if gap > max_gap or not _left_open(block, line, min_width) or _opens_on_the_heading_label(block, line):
        return False
    return (not _NEW_ELEMENT.match(line) or _finishes_broken_ending(block.last_raw, line)
            or bool(_HYPHEN_GOES_ON.match(line) and _OPEN_TITLE.search(block.last_raw)))


# "3) 영국: 미국 주도 AI 생태계 ...": a numbered heading whose label stands before a colon.
_LABELLED_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]|[가-하][.)])\s*([^\s:]{1,12}):\s")


def _opens_on_the_heading_label(block: Block, line: str) -> bool:
    """"3) 영국: ... 인재육성" + "영국은 「AI 기회 행동계획」을 통해 ...": a paragraph opening with
    its heading's label is about it; the heading ended, however wide it was."""
    label = _LABELLED_HEADING.match(block.text) if len(block.spans) == 1 else None
    return label is not None and line.lstrip().startswith(label.group(1))


def _left_open(block: Block, nxt: str | None, min_width: int) -> bool:
    """True when ``block`` may go on on another line (``nxt``, if known already): its last
    line is near full width and ends no sentence."""
    if block.is_table_row or _CAPTION_START.match(block.text) or MONTH_LABEL.match(block.text):
        return False
    last = block.last_raw
    if nxt is not None and _goes_on_the_last_word(last, nxt):
        return True
    if _OPEN_TITLE.search(last):
        return True  # "「AI 활용" + "기본 방침」": a document's title is never two elements
    # A note is no title, nor an item that opened on its topic ("1. 당사는 … 네이버와 '…'"): its
    # sentence is under way.
    in_paragraph = len(block.spans) > 1 or bool(_PAGE_FOOT.match(block.text) or _OPENS_ON_A_TOPIC.match(block.text)) \
        or _wrapped_at_full_width(last, min_width)
    # No sentence opens with a unit or a particle: "… 6,500만 캐나다" + "달러를 유치함" ends no
    # sentence at "다", "… 기업 타카(TAQA)" + "와 함께 …" none at the bracket.
    ended = _ends_sentence(last, in_paragraph) and not (
        nxt is not None and (_UNIT_START.match(nxt.lstrip())
                             or (_BOUND_START.match(nxt.lstrip()) and not _FULL_STOP_END.search(last))))
    return not (len(last.strip()) < min_width or ended
                or (nxt is not None and len(block.spans) == 1 and _stops_short(last, nxt)))


# A line opening, after a list marker if any, with a word and its topic particle ("1. 당사는 ",
# "회사는 ").
_OPENS_ON_A_TOPIC = re.compile(r"\s*(?:(?:\d{1,3}|[가-하])[.)]\s*|[-*•·○●□■▪◦]\s*)?[가-힣A-Za-z0-9()㈜]+(?<=[가-힣])(?:은|는)\s")


# Share of the typical full line width (``min_width`` is 0.6 of it) a line must fill to have
# been wrapped rather than ended.
_FULL_OF_MIN_WIDTH = 1.5


def _wrapped_at_full_width(last: str, min_width: int) -> bool:
    """"… 「인공지능법」(AI Act)의 범용 AI(GPAI) " + "모델 의무를 …": a line that fills the page's
    width and keeps the space after its last word was wrapped there; a title ending in a bracket
    stops short of the margin, and the line's end is no word's end only where it breaks a word."""
    return last.endswith(" ") and len(last.strip()) >= _FULL_OF_MIN_WIDTH * min_width


def _goes_on_the_last_word(last: str, nxt: str) -> bool:
    """"… 이룰 시장으" + "로 평가되며", "… ‘Embodied AI’" + "의 대량 구현": a line opening with a
    particle or a verb ending finishes the word the line before broke off, however narrow that
    line (a table's cell, a box) and whatever it ended with but a full stop."""
    end = last.rstrip()[-1:]
    return bool(_BOUND_START.match(nxt.lstrip())) and ("가" <= end <= "힣" or end in _CLOSING_CHARACTERS) \
        and not _FULL_STOP_END.search(last) and not _NEW_ELEMENT.match(nxt)  # "다. 배경" is an item


def _ends_sentence(line: str, in_paragraph: bool) -> bool:
    """True when ``line`` closes a sentence. Inside a paragraph or a note a closing quote or bracket
    closes one only after a final ending or a full stop ("…했다.”", not "‘… 장벽 제거’" +
    "행정명령에 서명했다"); a line of its own ending in one is a title or a list item
    ("… 수출 제한(2022.8)")."""
    # A match ends in the line's last character before trailing space, so the search
    # starts there instead of trying every position of the line.
    end = len(line.rstrip())
    if _SENTENCE_END.search(line, end - 1):
        return True
    if line[end - 1:end] not in _CLOSING_CHARACTERS:
        return False  # most lines: _CLOSERS would be tried at each of their characters to find nothing
    closer = _CLOSERS.search(line, 0, end)
    if closer is None:
        return False
    if _QUOTE_AFTER_RELATIVE_CLAUSE.search(line):
        return False
    return not in_paragraph or _SENTENCE_END.search(line, closer.start() - 1, closer.start()) is not None


def _stops_short(line: str, nxt: str) -> bool:
    """A first line clearly narrower than the next did not reach the right margin: it was
    ended on purpose (a heading or a title above its paragraph), not wrapped. Justified lines
    of one paragraph are equally wide, and word-wrapped ones differ by less than a word."""
    return _display_width(line.strip()) < _SHORT_OF_NEXT * _display_width(nxt.strip())


def _display_width(text: str) -> int:
    """Width in half-width cells: Hangul and CJK characters are twice as wide as Latin ones."""
    return len(text) + len(_WIDE.findall(text))


def _finishes_broken_ending(last: str, line: str) -> bool:
    """"…대두되었" + "다. 기술주권론은 …": the final ending the line before broke off, not the
    heading "다." of a list (a heading's line before ends its own sentence or is short)."""
    return bool(_BROKEN_ENDING.match(line)) and "가" <= last.rstrip()[-1:] <= "힣"


# A line opening with a particle or a verb ending alone ("은 A, B이며", "켰으며, 향후") goes on
# the word the line before broke off: Korean never writes these as words of their own.
_BOUND_START = re.compile(
    r"(?:은|는|을|를|의|에|에서|에는|에게|와|과|도|로|으로|이며|이고|이다|였다|였으며|했다|했으며|하였다|하였으며|"
    r"하고|하며|한다|된다|됐다|되었다|되며|됨|함|임|켰다|켰으며|켜)(?=[\s.,)]|$)|다(?=\.)"
)


def _joiner(block: Block, nxt: str, trailing_space_marks_words: bool) -> str:
    last = block.text[-1]
    if _BOUND_START.match(nxt) and ("가" <= last <= "힣" or _CLOSERS.match(last)):
        return ""  # "…회사" + "는", "‘… 제거’" + "를"
    if last == "-" and block.text[-2:-1].isalpha() and nxt[:1].isalpha():
        return ""  # "Munich-" + "based", "In-" + "vestment": one word (join_hyphenated_words drops word-break hyphens)
    if trailing_space_marks_words and not block.last_raw.endswith(" ") and nxt[:1] == "(" \
            and _HANGUL_OR_ALNUM.match(last):
        return ""  # "브룩필드" + "(Brookfield)는": a name and its gloss, written together
    if not block.last_raw.endswith(" ") and _HYPHEN_GOES_ON.match(nxt) and _HANGUL_OR_ALNUM.match(last) \
            and _OPEN_TITLE.search(block.last_raw):
        return ""  # "‘한" + "-사우디 AI 공동투자 플랫폼’": a compound broken at its hyphen
    if not _HANGUL_OR_ALNUM.search(last) or not _HANGUL_OR_ALNUM.match(nxt):
        return " "
    if (last.isdigit() and _UNIT_START.match(nxt)) or (_SCALED_NUMBER_END.search(block.text, len(block.text) - 2)
                                                       and _SCALE_START.match(nxt)):
        return ""  # "총 120" + "억 엔을", "8억 5천" + "만 루피": a number and its unit are one amount
    if trailing_space_marks_words and not block.last_raw.endswith(" "):
        # This document keeps a trailing space where a word ended; its absence means the
        # line broke inside a word ("국" + "가의" -> "국가의").
        return ""
    return " "


# A line opening with a number's scale or unit ("억 엔을", "년 3월") finishes the number the
# line before ended with.
_UNIT_START = re.compile(rf"(?:[조억만천]\s?)?(?:{KO_CURRENCIES})(?=[\s,.)]|$|[은는이가을를의에과와도로])|"
                         r"[조억만천년월일](?=[\s,.)]|$)")
_SCALED_NUMBER_END = re.compile(r"\d[조억만천]$")
_SCALE_START = re.compile(r"[조억만천](?=\s|[가-힣]{1,2}(?:\s|$))")
_HANGUL_TAIL = re.compile(r"[가-힣]+$")
_HANGUL_WORD = re.compile(r"[가-힣]+")


def close_broken_words(blocks: list[Block], text: str, is_name: Callable[[str], bool]) -> None:
    """Take out the space a line break left inside a word ("사쿠 라인터넷이", "신 에너지산업
    기술종합개발기구"). The break fell inside a word when the Hangul before it is no word the
    document writes anywhere else ("사쿠", "우즈") and, joined to the start of the Hangul after
    it, makes a known name or a word the document writes whole elsewhere ("우즈마키랩"),
    with nothing or a particle left over ("우즈마키랩" + "은"), or when the Hangul after it is
    one stray syllable ("추진하" + "고 있다").

    A document wrapped at any character, not at spaces, breaks most of its lines inside a word
    and says nothing about which: there a line break is also taken out when the next line
    opens with a particle after a Latin name or number ("G42" + "가"), goes on a Latin word in
    lower case ("Nakhra Ven" + "tures"), or when Kiwi reads the two pieces as one word
    ("오" + "일머니를", "부상하" + "였음") far better than as two."""
    counts = Counter(_HANGUL_WORD.findall(text))
    # A word written whole is often glued to its particle ("우즈마키랩은").
    whole = set(counts) | {run[:p.start()] for run in counts if (p := _PARTICLE_AT_END.search(run, 2))}
    spaced = [(block, i) for block in blocks for i in range(len(block.spans) - 1, 0, -1)
              if block.text[block.spans[i][0] - 1:block.spans[i][0]] == " "]
    for block, i in spaced:
        if _broken_by_vocabulary(block.text, block.spans[i][0], counts, lambda w: w in whole or is_name(w)):
            _close_line_break(block, i)
    if not _wrapped_at_any_character(blocks, text):
        return
    for block, i in spaced:
        at = block.spans[i][0]
        if block.text[at - 1:at] == " " and (_particle_after_name(block.text, at) or _latin_word_goes_on(block.text, at)
                                             or _written_against(block.text, at)):
            _close_line_break(block, i)
    _close_where_kiwi_reads_one_word(blocks, counts)


def _close_line_break(block: Block, i: int) -> None:
    """Remove the space that joined original line ``i`` of ``block`` to the line before."""
    _cut(block, block.spans[i][0] - 1, block.spans[i][0])


def _cut(block: Block, start: int, end: int) -> None:
    """Remove ``block.text[start:end]``, keeping every later character's original line."""
    block.text = block.text[:start] + block.text[end:]
    block.spans = [(offset - (end - start) if offset >= end else min(offset, start), line)
                   for offset, line in block.spans]


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_WORD_BEFORE_HYPHEN = re.compile(r"[A-Za-z]+-$")
# Second parts of compounds an English writer hyphenates ("Berlin-based", "state-owned").
_COMPOUND_TAILS = frozenset(
    "based backed led owned funded run focused driven listed headquartered term year years scale stage level "
    "sized size wide related specific oriented like free native powered linked controlled born seed "
    "making building enabled intensive ready grade class quality off out".split())
# Prefixes an English writer hyphenates ("multi-year", "co-investment", "non-bank").
_HYPHENATED_PREFIXES = frozenset("multi co non self cross semi pan ex".split())


def join_hyphenated_words(blocks: list[Block], text: str) -> None:
    """Drop the hyphen a line break put inside a word ("In-" + "vestment", "inves-" + "tors",
    "take-" + "over") and keep the one of a real compound ("Munich-" + "based", "multi-" +
    "year", "Co-" + "Investment"). A PDF's justified lines hyphenate ordinary words far more
    often than they break at a compound's hyphen, so a hyphen goes unless the document writes
    the hyphenated word elsewhere, the second part opens with a capital, tails a compound or is
    too short for hyphenation to leave, or the first part is an acronym, a hyphenating prefix
    or a name the document writes alone."""
    words: Counter[str] | None = None
    for block in blocks:
        for i in range(len(block.spans) - 1, 0, -1):
            at = block.spans[i][0]
            left = _WORD_BEFORE_HYPHEN.search(block.text, max(0, at - 30), at)
            right = _LATIN_WORD.match(block.text, at)
            if left is None or right is None or left.end() != at or not right.group()[0].islower():
                continue
            if words is None:
                words = Counter(_LATIN_WORD.findall(text))
            if _breaks_a_word(left.group()[:-1], right.group(), text, words):
                _cut(block, at - 1, at)


def _breaks_a_word(left: str, right: str, text: str, words: Counter[str]) -> bool:
    if f"{left}{right}" in words or f"{left}{right}".lower() in words:
        return True
    if (left.isupper() and len(left) > 1) or f"{left}-{right}" in text or right in _COMPOUND_TAILS:
        return False
    if len(right) < 3:
        return False  # "follow-" + "on": hyphenation leaves three letters at least on the new line
    if left.lower() in _HYPHENATED_PREFIXES and len(right) > 3:
        return False
    return not (left[0].isupper() and len(left) > 2 and words[left] > 1)


# A footnote number between a word and its particle: "벤처스(Nakhra Ventures)3)와",
# "루피아3)를". Not a number inside brackets ("(코어42)는"), which _opens_bracket rules out.
_FOOTNOTE_MARK = re.compile(r"(?<=[가-힣)’”」』])\d{1,2}\)(?=[은는이가을를의에와과도로])")
# A footnote number after an English word's full stop or comma: "the European Investment
# Bank.3 The company", "for inference.4" (a decimal follows a digit, never a letter).
# The pattern opens with its punctuation so the engine can scan for it; the letter before is
# checked against _WORD_END.
_LATIN_FOOTNOTE_MARK = re.compile(r"[.,;](\d{1,2})(?=\s+[A-Z“‘\"']|\s*$)")
_WORD_END = frozenset("abcdefghijklmnopqrstuvwxyz)”’\"'")


def drop_footnote_marks(blocks: list[Block]) -> None:
    """Take footnote numbers out from between a name and its particle, and from after an English
    sentence's full stop: the particle tells the name's role in its sentence, and the number
    hid it; the number glued to a full stop hid the sentence's end."""
    for block in blocks:
        if block.is_table_row:
            continue
        if ")" in block.text:
            for mark in reversed(list(_FOOTNOTE_MARK.finditer(block.text))):
                if block.text.rfind("(", 0, mark.start()) <= block.text.rfind(")", 0, mark.start()):
                    _cut(block, mark.start(), mark.end())
        for mark in reversed(list(_LATIN_FOOTNOTE_MARK.finditer(block.text))):
            if block.text[mark.start() - 1:mark.start()] in _WORD_END:
                _cut(block, mark.start(1), mark.end(1))


def _hangul_tail(text: str, end: int) -> re.Match[str] | None:
    """The run of Hangul ending at ``end``, looked for in the characters just before: a search
    from the block's start at every line break of a long paragraph cost the square of its length."""
    lo = max(0, end - 40)
    tail = _HANGUL_TAIL.search(text, lo, end)
    if tail is not None and tail.start() == lo and lo > 0 and "가" <= text[lo - 1] <= "힣":
        return _HANGUL_TAIL.search(text, 0, end)  # a run longer than the window
    return tail


def _broken_by_vocabulary(text: str, at: int, counts: Counter[str], is_word: Callable[[str], bool]) -> bool:
    left = _hangul_tail(text, at - 1)
    right = _HANGUL_WORD.match(text, at)
    if left is None or right is None or left.end() != at - 1 or counts[left.group()] > 1:
        return False
    return _makes_word(left.group(), right.group(), is_word) or _is_stray_syllable(right.group(), counts)


def _wrapped_at_any_character(blocks: list[Block], text: str) -> bool:
    """True when the document's lines were cut wherever the width ran out, words or not: many
    of its line breaks between Hangul were found inside a word already ("운용사" + "를"), and it
    keeps no trailing space to tell word ends (such a document is taken care of by then)."""
    if _trailing_space_marks_words(_text_lines(text.split("\n"))):
        return False
    inside = between = 0
    for block in blocks:
        for at, _line in block.spans[1:]:
            glued = block.text[at - 1:at] != " "
            before = block.text[at - 1 - (not glued):at - (not glued)]
            if "가" <= before <= "힣" and "가" <= block.text[at:at + 1] <= "힣":
                between += 1
                inside += glued
    return inside >= _MIN_BROKEN_WORDS and inside >= _SHARE_BROKEN_WORDS * between


_MIN_BROKEN_WORDS = 3
_SHARE_BROKEN_WORDS = 0.1
# "G42" + "가 공동 설립한", "30%" + "를 확보함", "(Reliance Industries)" + "가": a particle
# never opens a line of its own.
_NAME_END = re.compile(r"[A-Za-z0-9%)」』’”]")
_SUBJECT_PARTICLE = re.compile(r"(?:이|가)(?=[\s.,)]|$)")


def _particle_after_name(text: str, at: int) -> bool:
    return bool(_NAME_END.match(text, at - 2)) and bool(
        _BOUND_START.match(text, at) or _SUBJECT_PARTICLE.match(text, at) or _PARTICLE_WORD.match(text, at))


_LATIN_TAIL = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+$")
# A lower-case piece ending a word: before a space, a bracket or punctuation, not a capital.
_LOWER_HEAD = re.compile(r"[a-zß-öø-ÿ]+(?![A-Za-zÀ-ÖØ-öø-ÿ])")
# Lower-case words that stand alone inside names and titles ("Framework Act on AI").
_LOWER_CASE_WORDS = frozenset(
    "a an and as at by de del der des di du for from in into la le of on or the to und van von with".split())


def _latin_word_goes_on(text: str, at: int) -> bool:
    """"Nakhra Ven" + "tures", "(Sar" + "vam AI)": a Latin word broken without a hyphen goes on
    in lower case; a name's next word starts with a capital, and its small words are few."""
    left = _LATIN_TAIL.search(text, 0, at - 1)
    right = _LOWER_HEAD.match(text, at)
    if left is None or right is None or left.end() != at - 1 or left.group().lower() in _LOWER_CASE_WORDS:
        return False
    # "(Kaveri Silic" + "on)": a small word does not close a name's bracket
    return right.group() not in _LOWER_CASE_WORDS or text[right.end():right.end() + 1] in ")]"


# Where a line goes on the one before with no space, in a document wrapped at any character:
# before closing punctuation ("ECSF" + ")」을", "8" + ",500만"), after opening brackets
# ("로직(" + "Sutra Logic)"), at a gloss's bracket after a name ("슈바르츠 그룹" + "(Schwarz
# Gruppe)"), inside a number or between it and its unit ("1," + "000만", "20" + "25년", "5" +
# "년간"), and inside a capitalised acronym cut after its first letter ("M" + "GX가").
_CLOSING_START = re.compile(r"[)\]」』’”,.;:%]")
_OPENING_END = frozenset("(「『‘“[")
_NAME_BEFORE_GLOSS = re.compile(r"[가-힣A-Za-z]")
_NUMBER_END = re.compile(r"\d[,.]?$")
_LONE_CAPITAL = re.compile(r"(?<![A-Za-z])[A-Z]$")
# Units and counters a number is written against ("5년간", "3개사", "12억", "2차").
_COUNTERS = frozenset("년월일시분초주억만조천백개명곳건배위차회호층세")


def _written_against(text: str, at: int) -> bool:
    """True if the line starting at ``at`` goes on the last word of the line before with no space
    (see above), or a word whose hyphen ended the line does ("「KI-" + "Rechenzentren")."""
    first, last = text[at:at + 1], text[at - 2:at - 1]
    number_before = _NUMBER_END.search(text, max(0, at - 3), at - 1)
    return bool(_CLOSING_START.match(first) or last in _OPENING_END
                or (first == "(" and _NAME_BEFORE_GLOSS.match(last))
                or (number_before and (first.isdigit() or (first in _COUNTERS and last.isdigit())))
                or (last == "-" and text[at - 3:at - 2].isalpha() and first.isalpha())
                or (first.isupper() and first.isascii() and _LONE_CAPITAL.search(text, max(0, at - 3), at - 1)))


_LAST_WORDS = re.compile(r"(?:\S+\s+)?\S+$")
_FIRST_WORDS = re.compile(r"\S+(?:\s+\S+)?")
_CONTEXT = 30
# How much more likely Kiwi must find the joined reading (log-probability): across a word
# boundary both readings score alike (differences under 1), across a broken word the spaced
# one is 5 or more worse.
_JOINED_MARGIN = 3.0


def _close_where_kiwi_reads_one_word(blocks: list[Block], counts: Counter[str]) -> None:
    """"풍부한 오" + "일머니를", "서비스 전" + "반에": Kiwi scores the two words around a
    line break between Hangul both with the space and without, and the break is taken out
    where the joined reading is much the likelier. Kiwi does not know the document's names:
    a line opening with a word of two syllables or more that the document writes elsewhere
    too ("… 파트너스" + "카윤 로보틱스") is left as it is."""
    from loaders.kiwi_model import kiwi

    candidates: list[tuple[Block, int, str, str]] = []
    for block in blocks:
        for i in range(len(block.spans) - 1, 0, -1):
            at = block.spans[i][0]
            head = _HANGUL_WORD.match(block.text, at)
            if (block.text[at - 1:at] != " " or head is None or not "가" <= block.text[at - 2:at - 1] <= "힣"
                    or (len(head.group()) > 1 and counts[head.group()] > 1)):
                continue
            left = _LAST_WORDS.search(block.text, max(0, at - 1 - _CONTEXT), at - 1)
            right = _FIRST_WORDS.match(block.text, at, at + _CONTEXT)
            if left is not None and right is not None:
                candidates.append((block, i, left.group(), right.group()))
    if not candidates:
        return
    texts = [t for _, _, left, right in candidates for t in (left + " " + right, left + right)]
    scores = [kiwi().analyze(text, top_n=1)[0][1] for text in texts]
    for n, (block, i, _left, _right) in enumerate(candidates):
        if scores[2 * n + 1] - scores[2 * n] > _JOINED_MARGIN:
            _close_line_break(block, i)


def _is_stray_syllable(piece: str, counts: Counter[str]) -> bool:
    """"추진하" + "고 있다", "첨단계산기" + "반 정비법": one syllable alone at the start of a line
    that the document writes nowhere else on its own is the end of the word before, not a
    word ("및", "등", "수" stand alone, and a document writes them more than once)."""
    return len(piece) == 1 and counts[piece] == 1 and piece not in _ONE_SYLLABLE_WORDS


# Words of one syllable, which a document may write only once.
_ONE_SYLLABLE_WORDS = frozenset("및등수것중약총더각또첫두세네새큰전후내외간위측차곳점때건분안뒤앞꼭잘못다할될한")


def _makes_word(left: str, right: str, is_word: Callable[[str], bool]) -> bool:
    joined = left + right
    return any(is_word(joined[:n]) and (n == len(joined) or _PARTICLE_LEFT.fullmatch(joined[n:]))
               for n in range(len(joined), max(len(left), 2), -1))


# What may follow a word inside the same run of Hangul: a particle or the copula.
_PARTICLES = r"(?:은|는|이|가|을|를|의|에|에서|에게|와|과|도|로|으로|로부터|으로부터|이며|이다|와의|과의|에는)"
_PARTICLE_LEFT = re.compile(_PARTICLES)
_PARTICLE_AT_END = re.compile(_PARTICLES + "$")
# A particle standing as the whole first word of a line ("으로부터 1억 달러를").
_PARTICLE_WORD = re.compile(_PARTICLES + r"(?=[\s.,)]|$)")


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def without_glosses(text: str) -> str:
    """``text`` without parenthesised asides ("(2.35억 달러 이상) 투자" -> " 투자"): a gloss or a
    bracketed note takes no room among the words around it."""
    return _BRACKETED.sub("", text)
