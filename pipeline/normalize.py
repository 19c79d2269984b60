"""Raw clipping → clean text, keeping a map from every clean character back to the raw.

Steps, each recorded in the offset map so any clean span maps to a raw span:
1. line endings unified (\\r\\n, \\r → \\n);
2. font mojibake repaired where the context confirms it (`mojibake`);
3. full-width digits/letters → ASCII, half-width , ; : ( ) ! ? next to CJK → full-width;
4. spaces dropped unless they separate two ASCII words (九 龙 社 工 → 九龙社工, 2 万 → 2万); digits
   spaced out by the page close up (1 0 0 余人 → 100余人), a date keeps its time apart;
5. hard-wrapped lines joined, paragraph breaks kept (`join_lines`), one "\\n" between paragraphs;
   a web page's datelines, menus and tool bars (`layout.web_furniture_kind`) stay lines of
   their own, and on a wrapped page whose blank lines mark paragraphs they end one;
6. pinyin printed in brackets after characters dropped (社區(qū) → 社區), after the joining,
   as the page's line widths counted it.
Normalizing clean text returns it unchanged.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import layout
from .chars import RE_RUBY, SENTENCE_FINAL, is_cjk, may_hold_ruby
from .mojibake import repairs
from .offsets import OffsetMap
from .traditional import fold_traditional
from .vocabulary import is_word

# Full-width forms folded to ASCII (digits, Latin letters, and number punctuation).
FULLWIDTH_TO_ASCII = {
    **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "％": "%",
    "＋": "+",
    "．": ".",
    "／": "/",
    "＝": "=",
    "＞": ">",
    "＜": "<",
    "　": " ",
    "\u00a0": " ",
    "\t": " ",
}
# ASCII punctuation written full-width when it touches a CJK character (近年来,宁夏 → 近年来，宁夏).
ASCII_TO_FULLWIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
HORIZONTAL_SPACE = " "
# A hard-wrapped page has most lines within this many characters of the common width.
WRAP_BAND = 2.0
WRAP_MIN_SHARE = 0.5
WRAP_MIN_LINES = 6
WRAP_WIDER_SHARE = 0.1  # lines wider than the column, on a page whose median line is short
# A short clipping of fewer lines is wrapped only if nearly all of them share one width.
WRAP_FEW_LINES = 4
WRAP_FEW_SHARE = 0.75
WRAP_MAX_WIDTH = 40
OVERLONG = 3.0  # a line this many times the common width is a paragraph, not a wrapped line
OVERLONG_SHARE = 0.2
# A wrapped line this much narrower than its neighbours ends its paragraph (the column is
# wrapped at a few characters' tolerance: 13 to 17 characters on one page).
SHORT_SLACK = 3.0
FULL_SLACK = 1.5  # a wrapped line within this of the wrap width is full: the text runs on
# A paragraph line longer than this and unfinished is a broken paragraph, not a heading.
LONG_LINE = 40


@dataclass(frozen=True)
class CleanText:
    """Clean text plus the map from each clean character back to its raw span."""

    raw: str
    text: str
    offsets: OffsetMap

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) covering clean text[start:end] (end > start)."""
        return self.offsets.raw_span(start, end)

    def gap_before(self, index: int) -> bool:
        """Did the raw have spaces (not a line break) right before clean char `index`?"""
        return index > 0 and is_space_gap(self.offsets.dropped_before(self.raw, index))

    def blank_line_before(self, index: int) -> bool:
        """Did the raw have an empty line before the clean line starting at `index`? (The clean
        text gives every line of a page its own paragraph, blank line or not.)"""
        end = index - 1
        while end >= 0 and self.text[end] == "\n":
            end -= 1
        return end >= 0 and self.raw.count("\n", self.offsets.ends[end], self.offsets.starts[index]) >= 2


def is_space_gap(between: str) -> bool:
    """Raw text the clean text dropped between two characters: spaces only, no line break (a
    page's hard wrap is no gap between words)."""
    return bool(between) and "\n" not in between and "\r" not in between and not between.strip()


@dataclass(frozen=True)
class _Spans:
    """One pass's text with each character's span in the pass's input.

    `starts`/`ends` are ranges while a step keeps every character where it was (the common
    case: no \\r, no spaces to drop), lists once characters move; both slice at C speed.
    """

    text: str
    starts: Sequence[int]
    ends: Sequence[int]


# Patterns that scan a whole text use the standard `re` where they hold plain character classes:
# it looks for a class's characters at C speed, about ten times faster than `regex` does.

# Characters whose width form or spacing needs a look at their neighbours.
RE_ASCII_PUNCT = re.compile(r"[,;:()!?]")
RE_SPACE = regex.compile(" +")
# A line ending other than \n: \r\n or a lone \r
RE_CARRIAGE_RETURN = regex.compile(r"\r\n?")
# A date written with - / . that ends right before a space: 2025-11-14 / 2025.08.08 / 05-30
RE_DATE_BEFORE = regex.compile(r"(?<![0-9.])(?:(?:19|20)[0-9]{2}[-/.])?[0-9]{1,2}[-/][0-9]{1,2}$|(?<![0-9])(?:19|20)[0-9]{2}\.[0-9]{1,2}\.[0-9]{1,2}$")
# A time of day right after a space: 15:28 / 9:31:36
DATE_MAX = 12  # characters of the longest date RE_DATE_BEFORE accepts (2025-11-14 is 10)
RE_TIME_AFTER = regex.compile(r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])")
FULLWIDTH_TABLE = str.maketrans(FULLWIDTH_TO_ASCII)

# A run of characters FULLWIDTH_TO_ASCII folds: ２０２５ Ａ ％ and the odd spaces (a page has few)
RE_FOLDED = re.compile("[%s]+" % re.escape("".join(FULLWIDTH_TO_ASCII)))


def _unify_line_endings(raw: str) -> _Spans:
    n = len(raw)
    if "\r" not in raw:
        return _Spans(raw, range(n), range(1, n + 1))
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for match in RE_CARRIAGE_RETURN.finditer(raw):
        start, end = match.span()
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        starts.append(start)  # \r\n or \r → one \n standing for both
        ends.append(end)
        at = end
    starts.extend(range(at, n))
    ends.extend(range(at + 1, n + 1))
    return _Spans(RE_CARRIAGE_RETURN.sub("\n", raw), starts, ends)


def _drop_ruby(spans: _Spans) -> _Spans:
    """Drop the pinyin some sites print in brackets after a character (社區(qū) → 社區): it
    cuts words and names in two (聯(lián)合騰龍社區 read 合騰龍社區 as a community)."""
    if not may_hold_ruby(spans.text):
        return spans
    return _without(spans, (match.span() for match in RE_RUBY.finditer(spans.text)))


def _without(spans: _Spans, cuts: Iterable[tuple[int, int]]) -> _Spans:
    """`spans` less the stretches `cuts` (in order, disjoint), the kept ones copied slice by slice."""
    text = spans.text
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for start, end in cuts:
        pieces.append(text[at:start])
        starts.extend(spans.starts[at:start])
        ends.extend(spans.ends[at:start])
        at = end
    if not at:
        return spans
    pieces.append(text[at:])
    starts.extend(spans.starts[at:])
    ends.extend(spans.ends[at:])
    return _Spans("".join(pieces), starts, ends)


def _repair_and_unify_width(spans: _Spans) -> _Spans:
    """Mojibake repaired, width folded, ASCII punctuation next to CJK made full-width: one
    character for one, so the spans stay."""
    text = spans.text
    fixes = repairs(text, is_word)
    if fixes:
        chars = list(text)
        for offset, replacement in fixes.items():
            chars[offset] = replacement
        text = "".join(chars)
    text = RE_FOLDED.sub(_fold_width, text)  # str.translate would look up every character
    # Punctuation made full-width, by offset: a later mark's neighbour may be one of them (中,,)
    widened: dict[int, str] = {}
    for match in RE_ASCII_PUNCT.finditer(text):
        i = match.start()
        if _touches_cjk(text, widened, i):
            widened[i] = ASCII_TO_FULLWIDTH[text[i]]
    if widened:
        chars = list(text)
        for offset, replacement in widened.items():
            chars[offset] = replacement
        text = "".join(chars)
    return _Spans(text, spans.starts, spans.ends) if text is not spans.text else spans


def _fold_width(run: "re.Match") -> str:
    return run.group().translate(FULLWIDTH_TABLE)


def _neighbour(text: str, widened: dict[int, str], i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] == HORIZONTAL_SPACE:
        j += step
    if not 0 <= j < len(text) or text[j] == "\n":
        return ""
    return widened.get(j, text[j])


def _touches_cjk(text: str, widened: dict[int, str], i: int) -> bool:
    before, after = _neighbour(text, widened, i, -1), _neighbour(text, widened, i, 1)
    if before.isascii() and before.isdigit() and after.isascii() and after.isdigit():
        return False  # 1,000 / 10:30
    return (bool(before) and is_cjk(before)) or (bool(after) and is_cjk(after))


def _drop_spaces(spans: _Spans) -> _Spans:
    """Drop runs of spaces, keeping one where it separates two ASCII words.

    Digits on both sides are one number spaced out by the page (1 0 0 余人, 500 0元,
    2 0 2 4年), not two words, except a date before its time of day (2025-11-14 15:28).
    """
    return _without(spans, _space_cuts(spans.text))


def _space_cuts(text: str) -> Iterator[tuple[int, int]]:
    for match in RE_SPACE.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        keeps_words_apart = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
        if keeps_words_apart and _is_digit(before) and _is_digit(after):
            keeps_words_apart = _date_then_time(text, start, end)
        cut = start + 1 if keeps_words_apart else start
        if cut < end:  # (one space kept: nothing dropped)
            yield cut, end


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _date_then_time(text: str, start: int, end: int) -> bool:
    """Is the space text[start:end] the one between a date and a time (2025-11-14 15:28)?"""
    return bool(RE_DATE_BEFORE.search(text, max(0, start - DATE_MAX), start)) and bool(RE_TIME_AFTER.match(text, end))


@dataclass
class _Line:
    start: int  # index into the pass's text
    end: int
    text: str
    blank_before: int  # blank lines between this line and the previous one


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    blanks = 0
    for raw_line in text.split("\n"):
        end = start + len(raw_line)
        if raw_line.strip():
            # Lines were stripped of spaces at their ends by _drop_spaces (no CJK neighbour).
            lines.append(_Line(start, end, raw_line, blanks))
            blanks = 0
        else:
            blanks += 1
        start = end + 1
    if lines:
        lines[0].blank_before = 0
    return lines


def wrap_width(lines: list[str]) -> float | None:
    """The common line width of a hard-wrapped page, or None when lines are paragraphs.

    Most lines of a hard-wrapped page have about one width and end mid-sentence.
    """
    widths = [layout.display_width(line) for line in lines]
    return _wrap_width(lines, widths, [layout.ends_sentence(line) for line in lines])


def _wrap_width(lines: list[str], widths: list[float], ends_sentence: list[bool]) -> float | None:
    """`wrap_width` from each line's display width and whether it ends a sentence."""
    widths = [width for line, width in zip(lines, widths) if len(line) >= 6]
    if len(widths) < WRAP_FEW_LINES:
        return None
    min_share = WRAP_MIN_SHARE if len(widths) >= WRAP_MIN_LINES else WRAP_FEW_SHARE
    if sum(ends_sentence) > 0.5 * len(lines):
        return None
    common = statistics.median_high(widths)
    share = sum(abs(w - common) <= WRAP_BAND for w in widths) / len(widths)
    if share < min_share:
        # Many short lines (a web page's furniture and one-line paragraphs, wrapped with
        # the text) pull the median below the column; its full lines still crowd together,
        # and hardly a line is wider (a web page's paragraphs are).
        common, share = _densest_width(widths)
        if sum(w > common + 2 * WRAP_BAND for w in widths) > WRAP_WIDER_SHARE * len(widths):
            return None
    # Paragraph lines many times the width: a short page of headings and paragraphs.
    overlong = sum(w > OVERLONG * common for w in widths)
    if overlong >= max(2, OVERLONG_SHARE * len(widths)):
        return None
    return common if share >= min_share and common <= WRAP_MAX_WIDTH else None


def _densest_width(widths: list[float]) -> tuple[float, float]:
    """The width with the most lines within WRAP_BAND of it (the widest such), and their share."""
    ordered = sorted(widths)
    best, best_count = ordered[-1], 0
    low = 0
    for high, width in enumerate(ordered):
        # ordered[low:high + 1] lie within 2 * WRAP_BAND below `width`: centred on its middle
        while width - ordered[low] > 2 * WRAP_BAND:
            low += 1
        if high + 1 - low >= best_count:
            best, best_count = width - WRAP_BAND, high + 1 - low
    return best, best_count / len(widths)


def _local_width(widths: list[float], i: int) -> float:
    """Median width of the lines around line i: columns differ in width on one page."""
    window = sorted(widths[max(0, i - 4) : i + 5])
    return window[len(window) // 2]  # statistics.median_high, without its checks


JOIN, PARAGRAPH, BLOCK = 0, 1, 2


@dataclass(frozen=True)
class _PageLines:
    """What `join_lines` reads off the whole page once, before deciding any break.

    What a rule asks about one line (does it end a sentence, stand alone, is it web
    furniture) is asked once per line, not once for each break it touches.
    """

    lines: list[str]
    blank_before: list[int]  # blank lines before lines[i]
    widths: list[float]  # display width of lines[i]
    raw_widths: list[float]  # characters lines[i] took on the page, spaces included
    ends_sentence: list[bool]  # layout.ends_sentence(lines[i])
    attributed: list[bool]  # layout.ends_with_attribution(lines[i])
    standalone: list[bool]  # layout.is_standalone(lines[i])
    width: float | None  # the column width of a hard-wrapped page (None: not wrapped)
    sparse_blanks: bool  # most line breaks have no blank line: a blank line is a layout signal
    usual_blanks: int  # blank lines between most pairs of lines
    # A hard-wrapped page whose blank lines fall between paragraphs only (not between
    # every line, as on some PDF pages): the blank lines mark its paragraphs.
    marked_paragraphs: bool
    _furniture: list[bool | None]  # layout.is_page_furniture(lines[i]), once asked

    def blank_after(self, i: int) -> bool:
        return self.blank_before[i + 1] > 0

    def furniture(self, i: int) -> bool:
        """layout.is_page_furniture(lines[i]), worked out the first time a rule asks."""
        known = self._furniture[i]
        if known is None:
            known = self._furniture[i] = layout.is_page_furniture(self.lines[i])
        return known


def _page_lines(lines: list[str], blank_before: list[int] | None, raw_widths: list[float] | None,
                widths: list[float] | None = None) -> _PageLines:
    blank_before = blank_before or [0] * len(lines)
    facts = [_line_facts(line) for line in lines]
    widths = widths or [fact[0] for fact in facts]
    ends_sentence = [fact[1] for fact in facts]
    width = _wrap_width(lines, widths, ends_sentence)
    sparse_blanks = sum(1 for b in blank_before[1:] if b) < 0.5 * max(1, len(lines) - 1)
    usual_blanks = statistics.median_low(blank_before[1:]) if len(lines) > 1 else 0
    return _PageLines(
        lines=lines,
        blank_before=blank_before,
        widths=widths,
        raw_widths=raw_widths or widths,
        ends_sentence=ends_sentence,
        attributed=[fact[2] for fact in facts],
        standalone=[fact[3] for fact in facts],
        width=width,
        sparse_blanks=sparse_blanks,
        usual_blanks=usual_blanks,
        marked_paragraphs=width is not None and sparse_blanks and not usual_blanks,
        _furniture=[None] * len(lines),
    )


# Lines whose facts `_line_facts` keeps: a page's lines come back in the next pass (every
# line of a web page, the paragraphs of a wrapped one), and page headers repeat.
LINE_FACTS_CACHE = 4096


@lru_cache(maxsize=LINE_FACTS_CACHE)
def _line_facts(line: str) -> tuple[float, bool, bool, bool]:
    """(display width, ends a sentence, ends with an attribution, stands alone) of a line."""
    attributed = layout.ends_with_attribution(line)
    ends = attributed or layout.ends_with_final(line) or layout.ends_with_credit(line)
    return layout.display_width(line), ends, attributed, layout.is_standalone(line)


def join_lines(lines: list[str], blank_before: list[int] | None = None, raw_widths: list[float] | None = None,
               widths: list[float] | None = None) -> list[int]:
    """For each break between lines[i] and lines[i+1]: JOIN, PARAGRAPH ("\n") or BLOCK ("\n\n").

    `blank_before[i]` counts blank lines before lines[i]. A paragraph break follows a
    sentence that ends short of the column width. A block break sets off attributions,
    headers, page numbers, headings and captions; it is written as a blank line, and
    a page whose blank lines are rare keeps every blank line as a block break, so
    clean text normalizes to itself. A heading is told from the indented first line
    of a paragraph by what follows it (`continues`). `raw_widths[i]` counts the
    characters lines[i] took on the page, spaces included (a line of spaced-out
    characters or a dateline with gaps fills the column with fewer characters); `widths[i]`,
    when given, is the display width lines[i] had on the page (with the pinyin it printed).

    The rules run in order: a bare head's one line, the page's layout (`_layout_break`),
    then the words at the break (`_text_break`).
    """
    page = _page_lines(lines, blank_before, raw_widths, widths)
    decisions: list[int] = []
    paragraph = ""  # the current paragraph so far, when it is still a heading candidate
    first = True  # lines[i] starts a paragraph
    head_pending = False  # a bare `九龙社工：` line takes exactly the next line with it
    for i in range(len(lines) - 1):
        line = lines[i]
        candidate = line if first else (paragraph + line if paragraph else "")
        heading_continues = False
        if head_pending:
            decision, head_pending = BLOCK, False
        elif (set_by_layout := _layout_break(page, i)) is not None:
            decision = set_by_layout
        elif first and layout.is_bare_head(line):
            decision, head_pending = JOIN, True
        else:
            decision, heading_continues = _text_break(page, i, candidate)
        decisions.append(decision)
        first = decision != JOIN
        # A heading wrapped over two lines stays a heading: 辽宁百个社区试点党建 | 引领…融合
        paragraph = candidate if heading_continues else ""
    return decisions


def _layout_break(page: _PageLines, i: int) -> int | None:
    """The break after lines[i] where the page's layout decides it, else None."""
    if not page.blank_after(i) and layout.byline_runs_on(page.lines[i], page.lines[i + 1]):
        return JOIN  # a byline's names run on over the wrap, though the line is an attribution
    decision = _marked_paragraph_break(page, i) if page.marked_paragraphs else None
    if decision is None and _set_apart(page, i):
        decision = BLOCK
    return decision


def _marked_paragraph_break(page: _PageLines, i: int) -> int | None:
    """On a wrapped page whose blank lines mark paragraphs: a full line runs on, a blank line ends one."""
    line, nxt = page.lines[i], page.lines[i + 1]
    blank_after = page.blank_after(i)
    full = max(page.widths[i], page.raw_widths[i]) >= page.width - FULL_SLACK
    if not blank_after and full and (not page.attributed[i] or _wrapped_tail(page.lines, page.blank_before, i + 1)):
        # a full line of a wrapped dateline runs on: …来源：某某网 责任编 | 辑：…; so does a
        # full attribution line whose outlet the wrap cut: 来源：某某新闻客户 | 端
        return JOIN
    if page.blank_before[i + 1] >= 2:
        return BLOCK  # two blank lines end a paragraph even after a full line
    if blank_after and (page.furniture(i) or page.furniture(i + 1)):
        return BLOCK  # a web page's dateline or tool bar, wrapped with the text
    if blank_after and not _continues(line, nxt, page.standalone[i + 1], wrapped=True, word_cut=not _set_off(page, i, full)):
        return BLOCK  # one does unless the next line carries on the words (兴|庆区)
    return None


def _set_off(page: _PageLines, i: int, full: bool) -> bool:
    """Does lines[i] stand short between two blank lines: a headline or name plate of its own?
    Then a word that would cross the break is too weak a sign that it runs on (奋进 | 社区…
    spells 进社区); only a sentence carried on joins it."""
    return not full and i > 0 and page.blank_before[i] > 0


def _set_apart(page: _PageLines, i: int) -> bool:
    """Does either line stand apart by itself (attribution, header, page number, lone line)?"""
    if page.standalone[i] or page.standalone[i + 1] or page.attributed[i]:
        return True
    if _isolated(page.blank_before, i, page.usual_blanks) or _isolated(page.blank_before, i + 1, page.usual_blanks):
        return True
    if page.width is None:
        # any line before a blank line where blank lines are rare; so does a web page's
        # dateline, menu or tool bar from the headline (asked last: it costs most)
        return (page.sparse_blanks and page.blank_after(i)) or page.furniture(i) or page.furniture(i + 1)
    # a wrapped web page: a blank line with a tool bar or dateline on either side ends the
    # block, so a headline wrapped short (…小项 | 目也有大作为 | (blank) | 分享至：) ends there
    return page.blank_after(i) and (page.furniture(i) or page.furniture(i + 1))


def _text_break(page: _PageLines, i: int, candidate: str) -> tuple[int, bool]:
    """The break after lines[i] decided by its words; also whether a heading goes on over it."""
    line, nxt = page.lines[i], page.lines[i + 1]
    blank_after = page.blank_after(i)
    wrapped = page.width is not None
    ends_sentence = page.ends_sentence[i]
    if page.marked_paragraphs and blank_after and not ends_sentence and _ends_short(page.widths, i, page.width):
        # A blank line after a line that ends short of the column ends a wrapped
        # paragraph or headline: …项目硕果累 | 累 | (blank)
        return BLOCK, False
    if ends_sentence:
        return _sentence_break(page, i), False
    if _bracket_runs_on(line, nxt):
        return JOIN, False
    if candidate and _heading_candidate(candidate, blank_after, wrapped=wrapped, sparse_blanks=page.sparse_blanks):
        # a numbered section head (一、背景) under a heading opens the text; the heading ends
        heading_continues = _continues(line, nxt, page.standalone[i + 1], wrapped=wrapped) and not (
            layout.RE_NUMBERED_HEAD.match(nxt))
        return (JOIN if heading_continues else BLOCK), heading_continues
    if not wrapped and _web_headline_break(line, nxt, blank_after):
        return BLOCK, False
    if not wrapped and i == 0 and layout.is_opening_two_part_heading(line) and not continues(line, nxt, wrapped=False):
        return BLOCK, False  # the page's first line, a two-part headline: 党建引领，某某社区… | 近日，…
    return JOIN, False


# A bracket the next line closes within this many characters: an attribution or a short
# aside cut by the line end (（通讯员 王 | 某某）).
BRACKET_RUN_ON = 20


def _bracket_runs_on(line: str, nxt: str) -> bool:
    """Does `line` leave a bracket open that `nxt` closes soon, before opening another?"""
    opened = max(line.rfind("（"), line.rfind("("))
    if opened < 0 or max(line.rfind("）"), line.rfind(")")) > opened:
        return False
    head = nxt[:BRACKET_RUN_ON]
    closes = [at for at in (head.find("）"), head.find(")")) if at >= 0]
    if not closes:
        return False
    reopened = [at for at in (head.find("（"), head.find("(")) if at >= 0]
    return not reopened or min(reopened) > min(closes)


def _sentence_break(page: _PageLines, i: int) -> int:
    """A sentence ending short of the column ends its paragraph; a full line may just wrap there."""
    if page.width is None:
        return PARAGRAPH
    full = page.widths[i] >= _local_width(page.widths, i) - 1.5
    return PARAGRAPH if not full or (page.sparse_blanks and page.blank_after(i)) else JOIN


def _web_headline_break(line: str, nxt: str, blank_after: bool) -> bool:
    """On an unwrapped page, does a headline or subtitle end at this unfinished line?"""
    if layout.is_exclaimed_headline(line) and not continues(line, nxt, wrapped=False):
        return True  # 情暖重阳！某某街道为老人送饺子 | 本网讯…
    if blank_after and layout.lede_outlet(nxt):
        return True  # a subtitle left unfinished | (blank) 某某日报3月5日讯…: the dispatch opens the body
    # a broken paragraph line ahead of a headline: 主动对接辖区内 | 甘肃金塔：…
    return layout.is_heading_like(nxt) and not continues(line, nxt, wrapped=False)


def _wrapped_tail(lines: list[str], blank_before: list[int], i: int) -> bool:
    """Is lines[i] the last few characters of a wrapped line, alone up to a blank line or the end?"""
    ends_block = i + 1 >= len(lines) or blank_before[i + 1] > 0
    return ends_block and len(lines[i]) <= WRAPPED_TAIL_MAX and lines[i - 1][-1] not in SENTENCE_FINAL


WRAPPED_TAIL_MAX = 3  # characters a wrap leaves of an outlet's name on the next line (端 / 日报)


def _ends_short(widths: list[float], i: int, width: float) -> bool:
    """Does line i stop well short of the wrap width, the page's and its neighbours'?"""
    return widths[i] < max(width, _local_width(widths, i)) - SHORT_SLACK


def _isolated(blank_before: list[int], i: int, usual: int) -> bool:
    """A line set off by more blank lines than usual: a photo caption or name plate."""
    return 0 < i < len(blank_before) and blank_before[i] > max(1, usual) and (i + 1 >= len(blank_before) or blank_before[i + 1] > 0)


def _heading_candidate(line: str, blank_after: bool, *, wrapped: bool, sparse_blanks: bool) -> bool:
    if wrapped and sparse_blanks:
        # Pages that rarely leave blank lines set headings off with one.
        return blank_after and len(line) <= 20 and not layout.starts_with_opener(line) and not layout.ends_sentence(line)
    if wrapped:
        return layout.is_heading_like(line)
    # One paragraph per line: a short unfinished line is a heading unless it runs on.
    return layout.is_heading_like(line) or layout.is_short_two_part_heading(line)


def continues(line: str, nxt: str, *, wrapped: bool) -> bool:
    """Does `nxt` carry on the words of `line` (a wrapped line, not a new block)?

    On a hard-wrapped page a word cut by the line end (兴|庆区, 多|方资源) or a short
    clause closing the cut sentence (急难|愁盼，试点社区…) shows it. One-paragraph-per-line
    text is cut neither mid-word nor mid-clause: a short first clause there opens a new
    paragraph under a heading (从“分散”到“协同” | 过去，社区…).
    """
    return _continues(line, nxt, bool(nxt) and layout.is_standalone(nxt), wrapped=wrapped)


def _continues(line: str, nxt: str, nxt_standalone: bool, *, wrapped: bool, word_cut: bool = True) -> bool:
    """`continues`, told whether `nxt` stands alone (`layout.is_standalone`, known per line);
    without `word_cut`, a dictionary word across the break is not enough."""
    if not nxt or nxt_standalone or layout.starts_with_opener(nxt):
        return False
    if starts_mid_sentence(nxt):
        return True
    if not wrapped:
        return False
    clause = layout.first_clause(nxt)
    if 0 < len(clause) <= 3 and len(clause) < len(nxt):
        return True
    return word_cut and _word_across(line, nxt)


def starts_mid_sentence(line: str) -> bool:
    """`layout.starts_mid_sentence`, unless the first character opens a word there
    (过去，… / 和谐社区… / 及时…: 过 和 及 begin no sentence on their own, these words do)."""
    return layout.starts_mid_sentence(line) and not is_word(line[:2])


def _word_across(line: str, nxt: str) -> bool:
    """Is there a dictionary word of 2+ characters that the line break cuts in two?

    Its characters are CJK letters: up to 3 from the end of the line, up to 3 from the
    start of the next."""
    left_max = _letters_in(reversed(line[-3:]))
    right_max = _letters_in(nxt[:3])
    return any(
        is_word(line[-left:] + nxt[:right]) for left in range(1, left_max + 1) for right in range(1, right_max + 1)
    )


def _letters_in(chars: "Iterable[str]") -> int:
    """How many of `chars` in a row, from the first, are CJK letters."""
    count = 0
    for ch in chars:
        if not (is_cjk(ch) and ch.isalnum()):
            break
        count += 1
    return count


def _normalize_once(text: str) -> "_Spans | _LazySpans":
    """One pass of every step; spans index `text`."""
    spans = _drop_spaces(_repair_and_unify_width(_unify_line_endings(text)))
    lines = _lines(spans.text)
    if not lines:
        return _Spans("", [], [])
    starts, ends = spans.starts, spans.ends
    raw_widths = [float(ends[line.end - 1] - starts[line.start]) for line in lines]
    texts = [line.text for line in lines]
    widths = None
    if may_hold_ruby(spans.text) and RE_RUBY.search(spans.text):
        # the page wrapped its lines with the pinyin in them; the rules read the words without it
        widths = [layout.display_width(text) for text in texts]
        texts = [RE_RUBY.sub("", text) for text in texts]
    decisions = join_lines(texts, [line.blank_before for line in lines], raw_widths, widths)
    pieces: list[str] = []
    for i, line in enumerate(lines):
        if i and decisions[i - 1]:
            pieces.append("\n" * decisions[i - 1])
        pieces.append(line.text)
    joined = "".join(pieces)

    def spans() -> tuple[list[int], list[int]]:
        out_starts: list[int] = []
        out_ends: list[int] = []
        for i, line in enumerate(lines):
            if i and decisions[i - 1]:
                # A break stands for the raw line break(s) between the two lines.
                breaks = decisions[i - 1]
                out_starts.extend([ends[lines[i - 1].end - 1]] * breaks)
                out_ends.extend([starts[line.start]] * breaks)
            out_starts.extend(starts[line.start : line.end])
            out_ends.extend(ends[line.start : line.end])
        return out_starts, out_ends

    # pinyin goes last: the page wrapped its lines with it, so their widths count it
    if may_hold_ruby(joined):
        return _drop_ruby(_Spans(joined, *spans()))
    return _LazySpans(joined, spans)


class _LazySpans:
    """A pass's text whose spans are worked out when first read: a later pass that changes
    nothing (most do) is compared by its text alone."""

    def __init__(self, text: str, spans: Callable[[], tuple[list[int], list[int]]]) -> None:
        self.text = text
        self._spans = spans
        self._made: tuple[list[int], list[int]] | None = None

    @property
    def starts(self) -> list[int]:
        if self._made is None:
            self._made = self._spans()
        return self._made[0]

    @property
    def ends(self) -> list[int]:
        if self._made is None:
            self._made = self._spans()
        return self._made[1]


# Line joining decides from widths and blank lines that clean text no longer has; more
# passes over its own output settle the rare lines it would still join. Seed pages settle
# after one pass; mangled text (fuzzing) has needed three.
MAX_PASSES = 8


def normalize(raw: str) -> CleanText:
    """Clean `raw` and map every clean character back to its raw span."""
    # A page in traditional characters is read as simplified, character for character, so
    # the first pass's offsets are the raw text's as they are.
    out = _normalize_once(fold_traditional(raw))
    text, starts, ends = out.text, out.starts, out.ends
    for _ in range(MAX_PASSES - 1):
        again = _normalize_once(text)
        if again.text == text:
            break
        # The later pass's spans index this text: look each one up (at C speed).
        starts = list(map(starts.__getitem__, again.starts))
        ends = list(map(ends.__getitem__, map(ONE_BEFORE, again.ends)))
        text = again.text
    return CleanText(raw=raw, text=text, offsets=OffsetMap.of(starts, ends))


ONE_BEFORE = (-1).__add__  # e → e - 1: the last character of a span that ends at e
