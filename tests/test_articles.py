"""Article splitting on the seed pages: every headline, source and body start."""

from __future__ import annotations

import pytest

from corpus_data import gold_for, seed_paths, seed_text
from shequ.articles import _split_title_run, split_articles
from shequ.evaluate import key
from shequ.normalize import normalize
from shequ.page_blocks import blocks


def articles_of(prefix: str):
    path = [p for p in seed_paths() if p.name.startswith(prefix)][0]
    return split_articles(normalize(seed_text(prefix)), path.name)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_gold_article_found_with_title_and_source(prefix):
    articles, _ = articles_of(prefix)
    found = {(key(a.title), a.source) for a in articles}
    gold = {(key(g["title"]), g["source"]) for g in gold_for(prefix)["articles"]}
    assert found == gold


def test_headline_after_its_body_is_matched_by_shared_words():
    # 003: three headlines stand together below two bodies; the lede sits at the page end.
    articles, _ = articles_of("003")
    by_title = {a.title: a for a in articles}
    assert by_title["宁夏启动新就业群体社会工作服务项目"].body.startswith("近日，宁夏回族自治区党委社会工作部")
    assert by_title["北京延庆：社会工作三级体系为新就业群体提供全方位支持"].body.startswith("“这驿站真好")
    assert by_title["辽宁百个社区试点党建引领“专业社工+志愿服务”融合"].body.startswith("1月24日，记者从辽宁省委社会工作部获悉")


def test_body_continued_elsewhere_is_stitched_and_takes_the_attribution():
    # 001: 主动对接辖区内 | …的各类企事业单位 (three articles away), then （转自《北京日报》…）
    articles, _ = articles_of("001")
    case = next(a for a in articles if a.title == "社工变智囊“凉小鸭”腾飞")
    assert "主动对接辖区内\n的各类企事业单位" in case.body
    assert case.source == "北京日报" and case.date == "2025-07-12"
    first = articles[0]
    assert "凉水河" not in first.body and first.source == "北京日报"


def test_title_and_subtitle_split_at_the_space_on_the_page():
    articles, _ = articles_of("001")
    assert (articles[0].title, articles[0].subtitle) == ("北京37个社区开展党建引领“专业社工+志愿服务”融合试点", "社区志愿服务有了专业“军师”")
    # A couplet headline keeps both halves: “智囊团”搭台聚暖流 “生力军”反哺暖社区
    first_004, _ = articles_of("004")
    assert (first_004[0].title, first_004[0].subtitle) == ("“智囊团”搭台聚暖流“生力军”反哺暖社区", None)


def test_kicker_rubric_and_byline_are_furniture_not_title():
    articles, _ = articles_of("004")
    kinds = {(f.kind, f.text) for f in articles[0].furniture}
    assert ("rubric", "“专业社工+志愿服务”融合试点社区建设系列报道①") in kinds
    assert ("byline", "本报记者任晓霞") in kinds
    assert articles[0].body.startswith("试点社区：沈阳市浑南区浑河站东街道樾檀山社区")
    second = articles[1]
    assert ("rubric", "民情笔记") in {(f.kind, f.text) for f in second.furniture}
    assert ("caption", "韩书海") in {(f.kind, f.text) for f in second.furniture}


def test_page_header_and_captions_are_kept_as_furniture():
    articles, furniture = articles_of("003")
    kinds = [(f.kind, f.text) for f in furniture]
    assert ("page_header", "2025.2.4星期二责编：皮磊美编：段理") in kinds
    assert ("page_number", "06") in kinds
    assert ("caption", "在安庆市迎江区，社工组织居民议事") in kinds
    assert all(a.date == "2025-02-04" for a in articles)
    _, furniture_000 = articles_of("000")
    assert ("caption", "幸福感满满的金鱼社区居民") in [(f.kind, f.text) for f in furniture_000]


def test_pull_quote_at_page_end_is_furniture():
    _, furniture = articles_of("001")
    assert ("caption", "中卫市沙坡头区积极引进社会工作专业人才，发挥专业社工服务支撑作用") in [(f.kind, f.text) for f in furniture]


def test_offsets_cover_every_character():
    raw = seed_text("003")
    articles, _ = articles_of("003")
    for article in articles:
        assert len(article.offsets) == len(article.text)
        for i, ch in enumerate(article.text):
            if ch != "\n":
                start, end = article.raw_span(i, i + 1)
                assert raw[start:end].strip(), (i, ch)


def test_made_up_page_with_two_attributed_articles():
    raw = (
        "海淀：社区“微更新”让老楼焕新\n\n"
        "近日，海淀区学院路街道启动老旧小区微更新项目，居民议事会共商改造方案。\n\n"
        "（据《北京晚报》）\n\n"
        "朝阳：“小巷管家”上岗\n\n"
        "朝阳区招募小巷管家200余名，协助社区开展环境整治。\n\n"
        "（转自人民网）\n"
    )
    articles, _ = split_articles(normalize(raw), "made_up.txt")
    assert [(a.title, a.source) for a in articles] == [
        ("海淀：社区“微更新”让老楼焕新", "北京晚报"),
        ("朝阳：“小巷管家”上岗", "人民网"),
    ]
    assert articles[0].body.startswith("近日，海淀区学院路街道")


def test_web_layout_with_dateline_under_the_headline():
    raw = (
        "“小区管家”上岗记：南京秦淮区探索物业服务融入社区治理\n"
        "2025年3月5日 来源：新华日报\n\n"
        "记者 周凯 通讯员 秦宣\n\n"
        "3月4日上午，南京市秦淮区夫子庙街道钓鱼台社区的议事厅里坐满了人。\n"
    )
    articles, _ = split_articles(normalize(raw), "web.txt")
    assert [(a.title, a.source, a.date) for a in articles] == [
        ("“小区管家”上岗记：南京秦淮区探索物业服务融入社区治理", "新华日报", "2025-03-05")
    ]
    assert articles[0].body.startswith("3月4日上午")
    assert "记者周凯通讯员秦宣" in articles[0].text  # bylines stay readable for the people extractor


def test_news_digest_items_with_bullets_share_the_compiled_attribution():
    raw = (
        "社会工作动态\n\n"
        "■ 江苏苏州：姑苏区“邻里中心+社工站”全覆盖\n"
        "日前，苏州市姑苏区14个街道社工站全部建成运营，配备专职社工56名。\n\n"
        "■ 湖北武汉：百步亭社区推行“三方联动”议事机制\n"
        "武汉市江岸区百步亭社区建立议事机制，今年以来共化解纠纷210起。\n"
        "（综合新华社、人民网）\n"
    )
    articles, _ = split_articles(normalize(raw), "digest.txt")
    assert [(a.title, a.source) for a in articles] == [
        ("江苏苏州：姑苏区“邻里中心+社工站”全覆盖", "新华社、人民网"),
        ("湖北武汉：百步亭社区推行“三方联动”议事机制", "新华社、人民网"),
    ]
    assert ("rubric", "社会工作动态") in [(f.kind, f.text) for f in articles[0].furniture]


def title_run(lines: list[str]) -> list[tuple[list[str], list[str], list[str], list[str], list[str]]]:
    """(headline, rubrics, bylines, captions, lead) of each title `_split_title_run` makes of `lines`."""
    clean = normalize("\n\n".join(lines))
    return [
        ([b.text for b in t.blocks], [b.text for b in t.rubrics], [b.text for b in t.bylines],
         [b.text for b in t.captions], [b.text for b in t.lead])
        for t in _split_title_run(blocks(clean), clean)
    ]


def test_title_run_rubric_byline_name_plate_and_lead():
    lines = ["民情笔记", "青禾社区把议事会开到楼道里", "本报记者 王小明", "李阿姨", "青禾社区：楼道议事会每月一次"]
    assert title_run(lines) == [
        (["青禾社区把议事会开到楼道里"], ["民情笔记"], ["本报记者王小明"], ["李阿姨"], ["青禾社区：楼道议事会每月一次"])
    ]


def test_title_run_short_heading_above_a_heading_is_its_rubric():
    assert title_run(["社区议事会", "楼道里的民主"]) == [(["楼道里的民主"], ["社区议事会"], [], [], [])]


def test_title_run_each_place_led_headline_starts_a_title_and_a_short_tail_continues_one():
    assert [t[0] for t in title_run(["甘肃青禾：社区食堂开到家门口", "江苏青禾：老年助餐点覆盖全部村居"])] == [
        ["甘肃青禾：社区食堂开到家门口"],
        ["江苏青禾：老年助餐点覆盖全部村居"],
    ]
    assert [t[0] for t in title_run(["青禾市社区食堂开到", "家门口"])] == [["青禾市社区食堂开到", "家门口"]]


def test_an_article_of_many_pages_run_together_carries_the_page_furniture_near_it():
    """A page's one or two headers go to each of its articles; in a clipping of 40 pages run
    together an article carries the PAGE_WIDE_NEAR nearest, not all 80 (sheets stay linear)."""
    from types import SimpleNamespace

    from shequ.articles import PAGE_WIDE_NEAR, Furniture, _page_wide_near

    items = [Furniture("header" if i % 2 else "page_number", f"第{i // 2}版", i * 1000, i * 1000 + 4) for i in range(80)]
    order = list(range(80))
    article = SimpleNamespace(offsets=SimpleNamespace(starts=[40_100, 40_101]))
    near = _page_wide_near(items, order, [item.raw_start for item in items], article)
    assert [item.raw_start for item in near] == [37_000, 38_000, 39_000, 40_000, 41_000, 42_000, 43_000, 44_000]
    assert len(near) == PAGE_WIDE_NEAR
    two = items[:2]
    assert _page_wide_near(two, [0, 1], [0, 1000], article) == two  # one page: all of them


@pytest.mark.parametrize("lookups", [True, False])
def test_title_bigrams_found_in_a_body_by_lookup_or_by_its_bigram_set(lookups, monkeypatch):
    from shequ import articles

    # Bigrams across a space or punctuation are no bigrams of the text (区 举 / 动，).
    body = "桃源社区 举办邻里节活动，居民踊跃参加。ABC社区"
    wanted = {"桃源", "区举", "邻里", "活动", "动居", "社区", "参加", "节目"}
    monkeypatch.setattr(articles, "GRAM_LOOKUPS", 100 if lookups else 0)
    assert articles._grams_in(body, wanted) == {"桃源", "邻里", "活动", "社区", "参加"}
    assert articles._grams_in(body, wanted) == wanted & set(articles._bigrams(body))


@pytest.mark.parametrize(
    "head, region",
    [("甘肃金塔", True), ("北京延庆", True), ("北京", True), ("安庆市迎江区", True), ("九龙社工", False), ("北", False), ("", False)],
)
def test_headline_head_starts_with_a_region(head, region):
    from shequ import articles, layout

    assert articles._starts_with_region(head) is region
    assert any(head.startswith(name) for name in layout.region_names()) is region



def _body(*texts):
    from shequ.articles import _Body
    from shequ.page_blocks import Block

    return _Body([Block("body", 0, len(text), text) for text in texts])


def test_stitch_joins_a_continuation_to_the_first_body_left_dangling():
    from shequ.articles import _stitch

    # Two bodies stop mid-sentence; the continuation goes to the first of them, and once it
    # ends that body the next continuation goes to the second.
    first = _body("社区党委牵头成立了志愿服务队，队员们每周")
    second = _body("居民议事会每月召开一次，议题由")
    tail = _body("的各类企事业单位都参与进来。")
    last = _body("等居民代表提出后再表决。")
    bodies = [first, second, tail, last]
    _stitch(bodies)
    assert [[p.text for p in b.paragraphs] for b in bodies] == [
        ["社区党委牵头成立了志愿服务队，队员们每周", "的各类企事业单位都参与进来。"],
        ["居民议事会每月召开一次，议题由", "等居民代表提出后再表决。"],
        [],
        [],
    ]


def test_stitch_moves_a_body_start_set_at_its_end():
    from shequ.articles import _stitch

    # 讲政治是根 | 本；第二…: the page put the start of the body at its end
    body = _body("本；第二，要把服务做实。", "我们的理解有两条：第一，讲政治是根")
    _stitch([body])
    assert [p.text for p in body.paragraphs] == ["我们的理解有两条：第一，讲政治是根", "本；第二，要把服务做实。"]


def test_article_ids_hash_the_clipping_name_and_content():
    import hashlib

    from shequ.articles import article_id

    def expected(name: str, raw: str, index: int) -> str:
        digest = hashlib.sha1(f"{name}\n{raw}".encode("utf-8")).hexdigest()[:8]
        return f"{name.rsplit('/', 1)[-1].removesuffix('.txt')}-{index:02d}-{digest}"

    page = "青禾街道举办邻里节。\n\n石桥社区开展义诊。"
    for name, raw in [("a/p.txt", page), ("b/p.txt", page), ("a/p.txt", page + "\n"), ("a/p.txt", page)]:
        assert [article_id(name, raw, i) for i in range(3)] == [expected(name, raw, i) for i in range(3)]
    assert article_id("a/p.txt", page, 0) != article_id("b/p.txt", page, 0) != article_id("b/p.txt", page + "\n", 0)
