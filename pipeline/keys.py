"""Keys: what makes two facts one entity, decided when an article's sheet is built.

A key is computed from one article alone (re-processing a clipping gives the same keys)
and never from a bare name that different real entities share:

- places: their gazetteer code (its significant prefix: 640500 → 6405), or, when the
  article cannot decide, the written form with its candidate codes;
- communities: the name plus the place it lies in (its place code; else its street or
  district resolved through the article's coded places; else as written);
- organizations, programs, models: the canonical name, except that a name opening with a
  bare level word (市民政局, 区委社会工作部, 社区居委会) names a different body in every place,
  so it is qualified by the article;
- people: the name plus the entity they hold a role in (else the article).

The graph merges facts by these keys and links keys across articles only through aliases
that name the entity itself (`linkable_alias`).
"""

from __future__ import annotations

import regex

from .chars import compare_key

# Gazetteer codes that encode their ancestors by prefix: 2/4/6/9/12 digits
# (e.g. 64 → 宁夏, 6405 → 中卫市, 640502 → 沙坡头区, 640502100 → 文昌镇), and the
# zero-padded 6- or 12-digit form (640000, 640500000000).
RE_HIERARCHICAL_CODE = regex.compile(r"^\d{2}(?:\d{2}(?:\d{2}(?:\d{3}(?:\d{3})?)?)?)?$")
# Segment boundaries of a hierarchical code: province | city | district | street | village.
CODE_CUTS = (2, 4, 6, 9, 12)
# A name opening with a bare administrative level instead of a proper name: the same words
# name a different body in every place. Example: 市民政局, 区委社会工作部, 县司法局, 街道办事处,
# 社区居委会, 村委会, 团市委.
RE_BARE_LEVEL_HEAD = regex.compile(r"^(?:省|市|区|县|镇|乡|街道|社区|村|团(?=[省市区县]委))(?!\p{Han}*?(?:[省市区县镇乡村]|街道|社区)\p{Han})")
# Cross-article links need a name specific enough to identify one entity: a two-character
# alias (中心, 社工) would glue unrelated organizations together.
MIN_LINK_CHARS = 3


def name_key(name: str) -> str:
    """Names compared without width, spacing or quote differences (九龙 社工 = 九龙社工)."""
    return compare_key(name)


def significant_code(code: str) -> str:
    """640500 → 6405, 640000000000 → 64: drop zero-padded trailing segments."""
    cuts = [c for c in CODE_CUTS if c <= len(code)]
    for i in range(len(cuts) - 1, 0, -1):
        if set(code[cuts[i - 1] : cuts[i]]) == {"0"}:
            code = code[: cuts[i - 1]]
        else:
            break
    return code


def place_key(code: str) -> str:
    """The key of a coded place; padded and unpadded forms of a code agree."""
    return significant_code(code) if RE_HIERARCHICAL_CODE.match(code) else code


def ambiguous_place_key(name: str, candidate_codes: list[str]) -> str:
    """An unresolved place: its written form and the codes it may mean."""
    return "ambiguous:" + name_key(name) + "|" + ",".join(sorted(candidate_codes))


def community_key(name: str, where: str) -> str:
    """A community is its name in its place (`where`: a place key or street/district as written)."""
    return name_key(name) + "@" + where


def needs_place(name: str) -> bool:
    """Whether a name opens with a bare level word, so it means one body only in one place."""
    return bool(RE_BARE_LEVEL_HEAD.match(name))


def named_key(canonical: str, article_id: str) -> str:
    """Organizations, programs and models: the canonical name (qualified by the article when
    it opens with a bare level word)."""
    key = name_key(canonical)
    return f"{key}@{article_id}" if needs_place(canonical) else key


def person_key(name: str, unit: str | None, article_id: str) -> str:
    """A person is their name within the unit they hold a role in (`type:key`), else the article."""
    return name_key(name) + "@" + (unit or article_id)


def linkable_alias(alias: str, canonical: str) -> bool:
    """Whether an alias names the entity itself, so articles may be linked through it.

    An alias that is the tail of the canonical names only the kind of body (社区党委 of
    八棵杨社区党委, 民政局 of 叙州区民政局), and one opening with a bare level word means a
    different body in every place: neither links anything across articles.
    """
    a, c = name_key(alias), name_key(canonical)
    return len(a) >= MIN_LINK_CHARS and a != c and not c.endswith(a) and not needs_place(alias)
