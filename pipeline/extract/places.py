"""Places: provinces, cities, districts/counties and streets/towns, resolved to gazetteer codes.

Candidates come from one Aho-Corasick pass of the gazetteer's written forms over the
characters of the text (official names plus derived short forms: 宁夏, 中卫, 沙坡头, 乔司),
never from jieba tokens, which break names (江阴市长泾镇 → 江阴/市长/泾镇). Numbered filters
then drop what is not a place mention, and `gazetteer.resolve` picks each form's division
from the article's other places, its neighbours and its source.

Facts: one per division (canonical = official full name, e.g. 宁夏回族自治区; the code is in
attrs). The first mention returned for a canonical is the fullest standalone form written
(宜宾市 over 宜宾; 宁夏 over 宁夏回族自治区 when the long form only heads an organization
name), because the sheet builder names the fact after the first mention.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..chars import RE_ATTRIBUTION, RE_BOOK_TITLE
from ..gazetteer import LEVEL_RANK, Form, Gazetteer, load_gazetteer, related, resolve
from ..lexicon import read_terms
from ..mentions import ArticleContext, Mention


@dataclass(frozen=True)
class _Hit:
    """One occurrence of a written form that passed the filters."""

    start: int
    end: int
    surface: str
    forms: tuple[Form, ...]


@lru_cache(maxsize=1)
def _followers() -> tuple["regex.Pattern", "regex.Pattern", "regex.Pattern"]:
    """Anchored patterns (reject, keep, organization heads) for the words after a place word."""

    def alternation(name: str) -> "regex.Pattern":
        terms = sorted(read_terms(name), key=len, reverse=True)
        return regex.compile("|".join(regex.escape(term) for term in terms))

    return (
        alternation("place_reject_followers.txt"),
        alternation("place_keep_followers.txt"),
        alternation("place_org_heads.txt"),
    )


def is_strong(form: Form, surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a form may be taken as a place with no support from the rest of the article.

    Province and city forms are distinctive (宁夏, 中卫, 宜宾). District forms are when they
    have 3+ characters (沙坡头, 石景山); 2-character ones (金凤, 北票, 涉县) need support.
    Street forms are when they are the official name with 3+ characters (九龙街道, 文昌镇);
    short forms of streets (乔司) always need support: thousands of them are common words.
    """
    level = gazetteer.divisions[form.code].level
    if LEVEL_RANK[level] <= LEVEL_RANK["city"]:
        return True
    if level == "district":
        return len(surface) >= 3
    return form.official and len(surface) >= 3


# Filter 1: a place word inside a 《…》 title or a （据…） attribution names a publication or
# outlet (《重庆晚报》, （据四川新闻网）), not a place of the story.
def inside_title_or_attribution(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s_start < start and end < s_end for s_start, s_end in spans)


# Filter 2: a place word followed by a road/building word (山西路, 北京大厦) names that road or building.
def names_road_or_building(text: str, end: int) -> bool:
    reject, keep, _ = _followers()
    return not keep.match(text, end) and bool(reject.match(text, end))


# Filter 3: a short form inside a longer dictionary word is part of that word (文山 in 文山会海,
# 中卫 is fine in 宁夏中卫 where jieba splits it off). Official full names are not checked, and
# a word made of the place plus an organization head (北京大学) or a demonym ending (衡阳人,
# place_word_suffixes.txt) still yields the place.
def inside_longer_word(start: int, end: int, token_spans: list[tuple[int, int]], text: str, gazetteer: Gazetteer) -> bool:
    # token_spans is sorted and non-overlapping: the only token that can contain `start` is the
    # last one starting at or before it.
    index = bisect.bisect_right(token_spans, (start, len(text) + 1)) - 1
    if index < 0:
        return False
    t_start, t_end = token_spans[index]
    if not (t_start <= start and end <= t_end and (t_end - t_start) > (end - start)):
        return False
    word = text[t_start:t_end]
    if t_start == start and (heads_organization(text, end) or text[end:t_end] in _word_suffixes()):
        return False  # 北京大学, 衡阳人: the place word starts the token and stays a place
    return not gazetteer.lookup(word)


@lru_cache(maxsize=1)
def _word_suffixes() -> frozenset[str]:
    return frozenset(read_terms("place_word_suffixes.txt"))


def heads_organization(text: str, end: int) -> bool:
    """Whether the place word starts an organization name (北京市委…, 叙州区民政局)."""
    _, _, heads = _followers()
    return bool(heads.match(text, end))


class PlaceExtractor:
    """Find administrative places and resolve each to a gazetteer code.

    Keyword-only options:
      use_source: also use places named in the article's source and title (重庆晚报 → 重庆)
        as weak context for ambiguous forms (default True).
    """

    assigns = "places"
    requires = ()

    def __init__(self, *, use_source: bool = True) -> None:
        self.use_source = use_source

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        gazetteer = load_gazetteer()
        text = ctx.text
        hits = self._candidates(ctx, gazetteer)
        hits = self._supported(text, hits, gazetteer)
        if not hits:
            return []
        external: set[str] = set()
        if self.use_source:
            for outside in (ctx.article.source, ctx.article.title):
                if outside:
                    external |= gazetteer.codes_in(outside)
        return self._mentions(text, hits, external, gazetteer)

    # Candidates: every written form (overlaps included), minus filters 1-3, then the longest
    # ones win overlaps (韩书海北票市委: 北票市 beats 海北; 九龙坡区 beats 九龙).
    def _candidates(self, ctx: ArticleContext, gazetteer: Gazetteer) -> list[_Hit]:
        text = ctx.text
        spans = [m.span() for m in RE_BOOK_TITLE.finditer(text)] + [m.span() for m in RE_ATTRIBUTION.finditer(text)]
        spans_of_tokens = ctx.tokens.spans
        found = []
        for start, end, surface in gazetteer.scan_all(text):
            forms = gazetteer.lookup(surface)
            if inside_title_or_attribution(start, end, spans) or names_road_or_building(text, end):
                continue
            if not any(form.official for form in forms) and inside_longer_word(start, end, spans_of_tokens, text, gazetteer):
                continue
            found.append(_Hit(start, end, surface, forms))
        taken = [False] * (len(text) + 1)
        hits = []
        for hit in sorted(found, key=lambda h: (-(h.end - h.start), h.start)):
            if not any(taken[hit.start : hit.end]):
                for i in range(hit.start, hit.end):
                    taken[i] = True
                hits.append(hit)
        return sorted(hits, key=lambda h: h.start)

    # Filter 4: weak forms (2-character districts, street short forms) keep only the divisions
    # supported by a neighbouring place (临平区乔司, 北京朝阳), by a strong form of the same
    # division elsewhere in the article (北票 after 北票市) or of its direct parent (雄县 in an
    # article naming 保定市). A weak form heading an organization name is that organization's
    # brand (九龙社工 beside 九龙街道) and only counts with a neighbour.
    def _supported(self, text: str, hits: list[_Hit], gazetteer: Gazetteer) -> list[_Hit]:
        strong_codes = {
            form.code for hit in hits for form in hit.forms if is_strong(form, hit.surface, gazetteer)
        }
        kept = []
        for index, hit in enumerate(hits):
            neighbours = {
                form.code
                for other in self._neighbours(hits, index)
                for form in other.forms
                if is_strong(form, other.surface, gazetteer)
            }
            brand = heads_organization(text, hit.end)
            forms = tuple(
                form
                for form in hit.forms
                if is_strong(form, hit.surface, gazetteer)
                or (not brand and (form.code in strong_codes or gazetteer.divisions[form.code].parent in strong_codes))
                or any(related(form.code, code) for code in neighbours)
            )
            if forms and not self._repeats_previous(hits, index, forms, gazetteer):
                kept.append(_Hit(hit.start, hit.end, hit.surface, forms))
        return kept

    # Filter 5: a weak form written right after its own division (翠苑街道翠苑一区社区, 和睦街道
    # 和睦新村) starts a community or estate named after the street, not a second mention.
    @staticmethod
    def _repeats_previous(hits: list[_Hit], index: int, forms: tuple[Form, ...], gazetteer: Gazetteer) -> bool:
        if index == 0 or hits[index - 1].end != hits[index].start:
            return False
        if any(is_strong(form, hits[index].surface, gazetteer) for form in forms):
            return False
        previous = {form.code for form in hits[index - 1].forms}
        return any(form.code in previous for form in forms)

    @staticmethod
    def _written_parent(hits: list[_Hit], index: int, gazetteer: Gazetteer) -> set[str]:
        """Codes of the district/city written right before a street (江汉区 before 民族街道).

        Only streets: a city or province after another province is usually a list
        (北京上海广州), while a district right before a street names the street's district.
        """
        if index == 0 or hits[index - 1].end != hits[index].start:
            return set()
        if any(gazetteer.divisions[form.code].level != "street" for form in hits[index].forms):
            return set()
        before = hits[index - 1]
        return {
            form.code
            for form in before.forms
            if is_strong(form, before.surface, gazetteer) and gazetteer.divisions[form.code].level in ("city", "district")
        }

    @staticmethod
    def _neighbours(hits: list[_Hit], index: int) -> list[_Hit]:
        """Hits written immediately before and after hits[index] (宁夏中卫沙坡头区)."""
        out = []
        if index > 0 and hits[index - 1].end == hits[index].start:
            out.append(hits[index - 1])
        if index + 1 < len(hits) and hits[index + 1].start == hits[index].end:
            out.append(hits[index + 1])
        return out

    def _mentions(self, text: str, hits: list[_Hit], external: set[str], gazetteer: Gazetteer) -> list[Mention]:
        # One sense per article for a written form, except that occurrences with different
        # neighbours are resolved apart (北京市朝阳区 … 长春市朝阳区).
        keys = []
        candidates: dict[str, set[str]] = {}
        adjacent: dict[str, set[str]] = {}
        parents: dict[str, set[str]] = {}
        for index, hit in enumerate(hits):
            near = {form.code for other in self._neighbours(hits, index) for form in other.forms}
            key = hit.surface + ("@" + ",".join(sorted(near)) if near else "")
            keys.append(key)
            candidates.setdefault(key, set()).update(form.code for form in hit.forms)
            adjacent.setdefault(key, set()).update(near)
            parents.setdefault(key, set()).update(self._written_parent(hits, index, gazetteer))
        resolutions = resolve(candidates, adjacent, external, written_parents=parents, gazetteer=gazetteer)

        # Two different divisions with one official name in one article (朝阳区 of 北京 and of
        # 长春) get their parent's name prefixed so their facts stay apart.
        names: dict[str, set[str]] = {}
        for resolution in resolutions.values():
            if resolution.code:
                names.setdefault(gazetteer.divisions[resolution.code].name, set()).add(resolution.code)

        groups: dict[str, list[tuple[_Hit, dict]]] = {}
        for hit, key in zip(hits, keys):
            resolution = resolutions[key]
            if resolution.code and any(form.within and form.code == resolution.code for form in hit.forms):
                # A functional area inside a division (雄安新区 in 河北省): its own fact, located by
                # the containing division's code and chain; it has no level of its own.
                division = gazetteer.divisions[resolution.code]
                canonical = hit.surface
                attrs = {"level": None, "code": division.code, "chain": list(division.chain), "ambiguous": False, "candidates": []}
            elif resolution.code:
                division = gazetteer.divisions[resolution.code]
                canonical = division.name
                if len(names[canonical]) > 1:
                    canonical = "".join(division.chain[-2:])
                attrs = {
                    "level": division.level,
                    "code": division.code,
                    "chain": list(division.chain),
                    "ambiguous": False,
                    "candidates": [],
                }
            else:
                options = [gazetteer.divisions[code] for code in resolution.candidates]
                levels = {division.level for division in options}
                official = {division.name for division in options}
                canonical = official.pop() if len(official) == 1 else hit.surface
                attrs = {
                    "level": levels.pop() if len(levels) == 1 else None,
                    "code": None,
                    "chain": [],
                    "ambiguous": True,
                    "candidates": [division.candidate() for division in options],
                }
            groups.setdefault(canonical, []).append((hit, attrs))

        mentions = []
        for canonical, members in groups.items():  # dicts keep first-appearance order
            best = max(
                members,
                key=lambda member: (not heads_organization(text, member[0].end), len(member[0].surface), -member[0].start),
            )
            ordered = [best] + [member for member in members if member is not best]
            # The fact takes the first mention's attrs: make them the resolved ones when any
            # occurrence of the place was resolved.
            shared = next((attrs for _, attrs in ordered if attrs["code"]), best[1])
            mentions.extend(
                Mention(label=self.assigns, start=hit.start, end=hit.end, canonical=canonical, attrs=shared)
                for hit, _ in ordered
            )
        return mentions
