"""Article contexts for extractor tests: segmented text, with earlier labels given by hand or
produced by the real extractors, so one extractor is tested without depending on the others."""

from __future__ import annotations

from shequ.articles import Article
from shequ.clipping import analyze_article
from shequ.extract import default_registry
from shequ.mentions import ArticleContext, Mention, Party


def pipeline_of(*labels: str, **options):
    """The registry's pipeline with only the components assigning `labels`."""
    return default_registry().pipeline(labels, options)


def segmented(text: str, *, title: str = "", source: str | None = None) -> ArticleContext:
    """`text` as one article, segmented, with no extractor run."""
    return analyze_article(Article.from_text(text, title=title, source=source), pipeline_of())


def run(text: str, *labels: str, title: str = "", source: str | None = None) -> ArticleContext:
    """`text` through the real extractors of `labels` (in their declared order)."""
    return analyze_article(Article.from_text(text, title=title, source=source), pipeline_of(*labels))


# The extractors the link types need before them: programs and models tests run all of these.
LINK_LABELS = ("places", "organizations", "communities", "models", "programs")


def programs_and_kinds(text: str) -> list[tuple[str, str]]:
    """(canonical name, kind) of each program the real extractors find in `text`."""
    return [(m.canonical, m.attrs["kind"]) for m in run(text, *LINK_LABELS).found("programs")]


def program_spans(text: str) -> list[tuple[str, str]]:
    """(surface, canonical) of each program mention the real extractors find, in text order."""
    return [(text[m.start : m.end], m.canonical) for m in run(text, *LINK_LABELS).found("programs")]


def model_names(text: str) -> list[str]:
    """Canonical name of each governance-model mention the real extractors find in `text`."""
    return [m.canonical for m in run(text, *LINK_LABELS).found("models")]


def mentions_of(text: str, label: str, items) -> list[Mention]:
    """Every occurrence of each item as a mention of `label`; an item is a surface, or
    (surface, canonical), or (surface, canonical, attrs)."""
    found = []
    for item in items:
        surface, canonical, attrs = (item, item, {}) if isinstance(item, str) else (*item, {})[:3]
        start = text.find(surface)
        while start >= 0:
            found.append(Mention(label, start, start + len(surface), canonical, attrs=attrs))
            start = text.find(surface, start + len(surface))
    return sorted(found, key=lambda m: m.start)


def context_for(component, text: str, *, title: str = "", source: str | None = None, **given) -> ArticleContext:
    """A segmented context holding every label `component` requires: the mentions `given`
    for a label (see `mentions_of`), else none."""
    unknown = set(given) - set(component.requires)
    if unknown:
        raise ValueError(f"{type(component).__name__} does not read {sorted(unknown)}")
    ctx = segmented(text, title=title, source=source)
    for label in component.requires:
        ctx.mentions[label] = mentions_of(text, label, given.get(label, ()))
    return ctx


def community_surfaces(text: str) -> list[str]:
    """Surface of each community mention, in text order (places found first)."""
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions["communities"]]


def people_and_roles(text: str) -> list[tuple[str, str | None]]:
    """(name, role) of each person mention, in text order, after places, organizations and communities."""
    ctx = run(text, "places", "organizations", "communities", "people")
    return [(m.canonical, m.attrs["role"]) for m in ctx.mentions["people"]]


def organizations_found(text: str) -> list[str]:
    """Surface of each organization mention, in text order (places and communities found first)."""
    return [text[m.start : m.end] for m in run(text, "places", "communities", "organizations").mentions["organizations"]]


def fact_names(text: str, kind: str) -> list[str]:
    """Sorted names of the facts of one kind (communities, organizations, programs, places) that
    the sheets of `text` hold, as a user reads them."""
    from shequ.api import extract

    return sorted(fact.name for sheet in extract(text) for fact in getattr(sheet, kind))


def quantity_facts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(evidence text, value, unit, qualifier) of each quantity fact the sheets of `text` hold, sorted."""
    from shequ.api import extract

    return sorted((q.evidence[0].text, q.value, q.unit, q.qualifier) for sheet in extract(text) for q in sheet.quantities)


def split_page(raw: str):
    """The articles of one raw clipping (as a web page saved as text), and its furniture's texts."""
    from shequ.articles import split_articles
    from shequ.normalize import normalize

    articles, furniture = split_articles(normalize(raw), "web.txt")
    return articles, [f.text for f in furniture]


# A made-up web page's headline and two body paragraphs, for tests of what surrounds them.
PAGE_HEADLINE = "翠湖社区闲置车棚变身共享书屋"
PAGE_BODY = "上个月，枫林街道翠湖社区把闲置的车棚改成了共享书屋，四十多位居民轮流值守。"
PAGE_BODY2 = "街道负责人表示，书屋的借阅记录会按季度公开，读书会每两周办一次。"


def page_titles(raw: str) -> list[str]:
    """The title of each article of one raw clipping (`split_page`)."""
    return [article.title for article in split_page(raw)[0]]


def only_article(raw: str):
    """The one article of a raw web page (fails when the page splits into more or none)."""
    (article,) = split_page(raw)[0]
    return article


# A plain news body to set a headline line over, in the title and rubric tests.
NEWS_BODY = "本报讯 近日，青禾市桃源区柳岸社区组织志愿者走访辖区独居老人，为他们送去米面油等生活物资。"


def title_and_rubrics(raw: str) -> tuple[str, set[str]]:
    """The title of a raw clipping's one article and the texts of its rubrics (a column's or
    series' name the splitter took off the headline)."""
    article = only_article(raw)
    return article.title, {item.text for item in article.furniture if item.kind == "rubric"}


def organization_surfaces(text: str, places: tuple[str, ...] = (), communities: tuple[str, ...] = ()) -> list[str]:
    """Surface of each organization mention, in text order (places and communities given)."""
    from shequ.extract.organizations import OrganizationExtractor

    ctx = context_for(OrganizationExtractor, text, places=places, communities=communities)
    return [text[m.start : m.end] for m in OrganizationExtractor()(ctx)]


def partner_pairs(text: str, **parties) -> list[tuple[str, str]]:
    """Every pair the partnership extractor finds among the parties given, once each, its two
    ends sorted."""
    from shequ.extract.partnerships import PartnershipExtractor

    ctx = context_for(PartnershipExtractor, text, **parties)
    return sorted({tuple(sorted((m.attrs["a"].canonical, m.attrs["b"].canonical)))
                   for m in PartnershipExtractor()(ctx) if m.label == "partnerships"})


def party(label: str, canonical: str) -> Party:
    return Party(label, canonical)


def sheet_of(ctx: ArticleContext):
    """The fact sheet `ctx` makes (its text is its own raw text), and the facts it rejected."""
    from shequ.sheets import build_sheet

    return build_sheet(ctx, ctx.text, "test.txt", "test-00-00000000")


def article_sources(text: str) -> list[str | None]:
    """The source credited to each article the full pipeline finds in `text`."""
    from shequ.api import extract

    return [article.source for article in extract(text)]
