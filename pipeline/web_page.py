"""The page around the article: is a clipping a web page, where is its headline, which
outlets and date does the page name.

Step 1b of splitting a clipping into articles (`articles`), on the blocks of `page_blocks`:
on a page with web furniture, the headline is the line above the first dateline (or the
first line, with the body below it); what stands above it, repeats of it and what follows
an end marker (责任编辑：, 免责声明, 相关新闻) are furniture; the outlets the page names are
ranked (本文转自 > attribution > 来源 > dispatch line 某某网讯 > reporter's outlet > the
site's own name > WeChat account).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import layout
from .page_blocks import TITLE_MIN, Block, could_be_title, to_furniture

# A part number closing a headline that runs over several web pages: …（1）
RE_PART_NUMBER = regex.compile(r"\s*[（(]\d{1,2}[)）]$")
# A bracketed tag before a repeated headline: 【某某社工】情暖重阳…
RE_TAG = regex.compile(r"^【[^【】]{1,12}】")


@dataclass
class Page:
    """What the page says about its article beyond the blocks: is it a web page (menus,
    datelines, tool bars around one article), and which outlets and date it names."""

    web: bool = False
    sources: list[tuple[int, str]] = field(default_factory=list)  # (rank, outlet)
    date: str | None = None
    title: Block | None = None  # the headline found by its place on the page


def read_page(found: list[Block]) -> Page:
    """Mark the furniture around a web page's article and find its headline.

    The headline of a web page stands right above its dateline (发布时间：… 来源：…); what
    stands above the headline is the site's menus. Without a dateline, the first line of
    the page is the headline when a body follows. Below the body, an end marker (责任编辑：
    免责声明 相关新闻) closes the article. Repeats of the headline (a tagged copy, the
    page parts （2） （3）, a footer naming it) are furniture.
    """
    page = Page(web=any(_is_web_signal(b) for b in found))
    lede = next((i for i, b in enumerate(found) if b.kind == "body" and not could_be_title(b.text)), len(found))
    title_at = _title_by_dateline(found, lede)
    if title_at is None:
        title_at = _title_at_top(found, lede)
    if title_at is not None:
        found[title_at].kind = "heading"
        page.title = found[title_at]
        _strip_headline_repeats(found, title_at)
    if page.web:
        _close_at_end_marker(found, lede)
    for block in found:
        if block.kind in ("meta", "furniture") and block.outlet:
            page.sources.append((block.rank, block.outlet))
        if page.date is None and block.web in ("dateline", "meta") and block.date:
            page.date = block.date
    return page


def _is_web_signal(block: Block) -> bool:
    """Furniture only a web page has: a dateline, a menu, a tool bar, a picture's file name,
    an e-paper's page label (第05版：要闻), a footer. A newspaper page has date lines,
    editors' credits and captions too, so those do not make a page a web page."""
    if block.kind == "meta":
        kinds = {item.kind for item in layout.fields(block.text)}
        return block.web == "dateline" or bool(block.outlet) or not kinds <= {"editor_label"}
    return block.kind == "furniture" and block.web not in ("datetime", "caption", "author")


def _title_by_dateline(found: list[Block], lede: int) -> int | None:
    """The headline above the first dateline before the lede; blocks above it are menus."""
    anchor = next((i for i in range(lede) if found[i].web == "dateline" or _is_dateline_source(found[i])), None)
    if anchor is None:
        # 05-30 08:27 under the headline: a bare time line, below some headline
        anchor = next(
            (i for i in range(lede) if found[i].web == "datetime" and any(_text_block(b) for b in found[:i])),
            None,
        )
    if anchor is None:
        return None
    title_at = None
    for i in range(anchor - 1, -1, -1):
        block = found[i]
        if not _text_block(block):
            continue
        if len(block.text) >= TITLE_MIN and could_be_title(block.text):
            title_at = i
            break
        to_furniture(block, "nav")  # a channel or column name between headline and dateline
    if title_at is None:
        return None
    for block in found[:title_at]:
        if _text_block(block):
            to_furniture(block, "nav")
    return title_at


def _is_dateline_source(block: Block) -> bool:
    """来源：新华日报 on its own line (not an attribution in brackets closing a body)."""
    return block.kind == "source" and not block.text.startswith(("（", "("))


def _title_at_top(found: list[Block], lede: int) -> int | None:
    """The first line of the page, short and unfinished, with the body below it."""
    texts = [i for i in range(min(lede + 1, len(found))) if _text_block(found[i])]
    if not texts or texts[0] >= lede:
        return None
    first = texts[0]
    if found[first].kind not in ("heading", "body") or not could_be_title(found[first].text):
        return None
    if len(texts) > 1 and texts[1] < lede:
        second = found[texts[1]]
        tagged = RE_TAG.match(found[first].text)
        untagged = found[first].text[tagged.end() :] if tagged else found[first].text
        if second.kind in ("heading", "body") and untagged == second.text:
            to_furniture(found[first], "nav")  # 【某某社工】headline (or the headline), then the headline again
            return texts[1]
    if found[first].kind == "body" and texts[1:2] != [lede]:
        return None  # a short opening line that no body follows is left as it is
    return first


def _text_block(block: Block) -> bool:
    return block.kind in ("heading", "body", "rubric")


def _strip_headline_repeats(found: list[Block], title_at: int) -> None:
    """A tagged copy, a part number or a footer repeating the headline is furniture."""
    title = found[title_at]
    part = RE_PART_NUMBER.search(title.text)
    base = title.text[: part.start()] if part else title.text
    for block in found[title_at + 1 :]:
        if block.kind not in ("heading", "body", "rubric"):
            continue
        repeat = block.text == title.text or (part and RE_PART_NUMBER.search(block.text) and block.text[: RE_PART_NUMBER.search(block.text).start()] == base)
        footer = len(base) >= TITLE_MIN and base in block.text and not layout.has_sentence_punct(block.text.replace(base, ""))
        if repeat or footer:
            to_furniture(block, "nav")
            if part and repeat and block.text != title.text:
                # …（1）…（2）: the headline of a page in parts; its own part number goes too
                title.end -= len(title.text) - len(base)
                title.text = base


def _close_at_end_marker(found: list[Block], lede: int) -> None:
    """After the body, 责任编辑：… / 免责声明 / 相关新闻 close the article: the rest is the page's."""
    for i in range(lede + 1, len(found)):
        if layout.is_end_marker(found[i].text) and found[i].kind != "credit":
            for block in found[i:]:
                if block.kind != "credit":
                    to_furniture(block, block.web or "nav")
            return
