"""`shequ eval`: matching rules and scores on a small made-up gold."""

from __future__ import annotations

import json

import pytest

from shequ.cli import main
from shequ.evaluate import annotation_loader, annotation_sheets, evaluate, strings_match

SHEET = {
    "schema_version": "3.0", "clipping": "x.txt", "article_id": "x-00-00000000", "title": "海淀：“微更新”", "subtitle": None,
    "source": "北京晚报", "date": None, "communities": [], "models": [], "people": [], "page_furniture": [],
    "organizations": [
        {"name": "海淀区民政局", "canonical": "海淀区民政局", "aliases": [], "evidence": []},
        {"name": "北京晚报", "canonical": "北京晚报", "aliases": [], "evidence": []},
    ],
    "places": [{"name": "海淀", "canonical": "海淀区", "aliases": [], "evidence": []}],
    "programs": [{"name": "凉小鸭志愿服务队", "canonical": "凉小鸭志愿服务队", "aliases": [], "evidence": []}],
    "quantities": [
        {"text": "2万余名", "value": 20000, "unit": "名", "qualifier": "more_than", "subject": "志愿者", "evidence": [{"start": 1}]},
        {"text": "3个", "value": 3, "unit": "个", "qualifier": None, "subject": None, "evidence": [{"start": 9}]},
    ],
    "partnerships": [{"a": "海淀区民政局", "b": "学院路街道", "relation": "联合", "evidence": []}],
}
GOLD = {
    "id": "x", "url": None,
    "articles": [{"title": "海淀：微更新", "source": "北京晚报", "first_words": "…"}],
    "organizations": ["海淀区民政局"], "places": ["海淀区"], "communities": [], "models": [],
    "programs": ["“凉小鸭”志愿服务队"], "people": [],
    "quantities": [{"text": "链接2万余名", "value": 20000, "unit": "名", "qualifier": "more_than", "about": "志愿者"}],
    "partnerships": [["学院路街道", "海淀区民政局"]],
}


def write(tmp_path):
    gold_dir, out_dir = tmp_path / "gold", tmp_path / "out"
    (out_dir / "factsheets" / "x").mkdir(parents=True)
    gold_dir.mkdir()
    (gold_dir / "x.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (out_dir / "factsheets" / "x" / "x-00.json").write_text(json.dumps(SHEET, ensure_ascii=False), encoding="utf-8")
    return gold_dir, out_dir


def test_strings_match_ignores_quotes_space_and_width():
    assert strings_match("“凉小鸭”志愿服务队", "凉小鸭志愿服务队", "exact")
    assert strings_match("甘肃金塔:构建", "甘肃金塔：构建", "exact")
    assert not strings_match("海淀", "海淀区", "exact")
    assert strings_match("海淀", "海淀区", "containment")
    assert not strings_match("区", "海淀区", "containment")


def test_strings_match_ignores_a_pinyin_reading_printed_after_a_character():
    # gold written as the page is keeps the reading; the fact, from normalized text, does not
    assert strings_match("桃溪社区居委会", "桃溪社區(qū)居委會(huì)", "exact")
    assert strings_match("网格-微网格", "網(wǎng)格-微網(wǎng)格", "exact")
    assert strings_match("桃溪社区", "桃溪社區(qū)居委會(huì)", "containment")
    # brackets holding no toned reading stay part of the string
    assert not strings_match("桃溪社区", "桃溪社区(qu)", "exact")
    assert not strings_match("一村一顾问", "一村(社区)一顾问", "exact")


def test_scores_per_fact_type(tmp_path):
    result = evaluate(*write(tmp_path))
    exact = result.facts["exact"]
    assert (exact["organizations"].matched_gold, exact["organizations"].predicted) == (1, 2)
    assert exact["organizations"].precision == 0.5 and exact["organizations"].recall == 1.0
    assert exact["places"].recall == 1.0  # matched through the canonical 海淀区
    assert exact["programs"].f1 == 1.0
    assert exact["quantities"].matched_gold == 0 and result.facts["containment"]["quantities"].matched_gold == 1
    assert exact["partnerships"].f1 == 1.0
    assert result.articles["exact"]["titles_and_sources"].f1 == 1.0


def test_eval_command_prints_table_and_json(tmp_path, capsys):
    gold_dir, out_dir = write(tmp_path)
    assert main(["eval", str(gold_dir), str(out_dir)]) == 0
    assert "organizations" in capsys.readouterr().out
    assert main(["eval", str(gold_dir), str(out_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facts"]["exact"]["organizations"]["precision"] == 0.5
    assert main(["eval", str(tmp_path / "missing"), str(out_dir)]) == 2


def test_titles_count_only_articles_whose_gold_shows_one_and_sources_pair_by_title():
    from shequ.evaluate import score_articles

    gold = [{"title": "", "source": "青禾日报"}]
    sheets = [{"title": "首页>新闻>正文", "subtitle": None, "source": "青禾日报"}]
    scores = score_articles(gold, sheets, "containment")
    assert (scores["titles"].gold, scores["titles"].predicted) == (0, 1)  # no gold title: nothing to find
    assert (scores["sources"].gold, scores["sources"].matched_gold) == (1, 1)  # the only article pairs with the only sheet
    two = [{"title": "桃源社区开展议事", "source": "青禾日报"}, {"title": "杏林社区建起食堂", "source": None}]
    sheets = [{"title": "杏林社区建起食堂", "subtitle": None, "source": "青禾晚报"},
              {"title": "桃源社区开展议事", "subtitle": None, "source": "青禾晚报"}]
    scores = score_articles(two, sheets, "containment")
    assert (scores["titles"].matched_gold, scores["sources"].gold, scores["sources"].matched_gold) == (2, 1, 0)
    assert scores["sources"].missed == ["桃源社区开展议事 [青禾日报 ≠ 青禾晚报]"]


def test_a_title_split_into_title_and_subtitle_matches_under_containment():
    from shequ.evaluate import score_articles

    gold = [{"title": "桃源社区开展议事 居民说了算", "source": None}]
    sheets = [{"title": "桃源社区开展议事", "subtitle": "居民说了算", "source": None}]
    assert score_articles(gold, sheets, "containment")["titles"].f1 == 1.0
    assert score_articles(gold, sheets, "exact")["titles"].f1 == 0.0


def test_roles_and_subjects_are_scored_on_matched_facts(tmp_path):
    result = evaluate(*write(tmp_path))
    about = result.attributes["quantities.about"]
    assert (about.gold, about.predicted, about.matched_gold) == (1, 1, 1)  # 志愿者 = 志愿者
    assert result.attributes["people.role"].gold == 0


def test_an_untitled_article_matches_the_untitled_sheet_with_its_source():
    from shequ.evaluate import score_articles

    gold = [{"title": None, "source": "青禾日报"}]
    assert score_articles(gold, [{"title": "", "subtitle": None, "source": "青禾日报"}], "containment")["titles_and_sources"].f1 == 1.0
    assert score_articles(gold, [{"title": "", "subtitle": None, "source": "青禾晚报"}], "containment")["titles_and_sources"].f1 == 0.0
    assert score_articles(gold, [{"title": "桃源社区开展议事", "subtitle": None, "source": "青禾日报"}],
                          "containment")["titles_and_sources"].f1 == 0.0


def test_a_partnership_end_matches_by_any_name_of_the_fact_it_refers_to():
    """The reference carries the canonical (共青团青禾市委); the gold writes the name as the
    article does (团市委), which the organization fact holds: the pair matches, as the
    organization itself would. A name no fact of the sheet holds still does not."""
    from shequ.evaluate import score_fact_type

    sheet = {
        "organizations": [{"name": "团市委", "key": "共青团青禾市委", "canonical": "共青团青禾市委", "aliases": []}],
        "communities": [{"name": "桃源社区", "key": "桃源社区", "canonical": "桃源社区", "aliases": []}],
        "partnerships": [{"a": {"type": "organization", "key": "共青团青禾市委", "name": "共青团青禾市委"},
                          "b": {"type": "community", "key": "桃源社区", "name": "桃源社区"}, "relation": "共建"}],
    }
    assert score_fact_type("partnerships", [["桃源社区", "团市委"]], [sheet], "exact").f1 == 1.0
    assert score_fact_type("partnerships", [["桃源社区", "区妇联"]], [sheet], "exact").f1 == 0.0


def test_a_sheet_of_an_older_schema_is_a_clear_error_not_a_key_error(tmp_path):
    """2.0 sheets wrote each evidence's sentence in place; 3.0 evidence points into
    `sentences`. Reading an old folder says what to do instead of failing on a missing key."""
    from shequ.errors import SheetVersionError
    from shequ.evaluate import evaluate

    gold_dir, out_dir = write(tmp_path)
    sheet = out_dir / "factsheets" / "x" / "x-00.json"
    sheet.write_text(json.dumps({**SHEET, "schema_version": "2.0"}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SheetVersionError, match=r"^E033 .*x-00\.json: fact sheet of schema 2\.0, this shequ reads schema 3\.0"):
        evaluate(gold_dir, out_dir)


# A second annotator's gold for the same clipping: one organization fewer, the fuller place
# name written the same, a quantity's text without its verb, the pair written the other way
# round, one more pair, another role word.
SECOND = {
    "id": "x", "url": None,
    "articles": [{"title": "海淀：“微更新”", "source": None, "first_words": None}],
    "organizations": [], "places": ["海淀区"], "communities": [], "models": [],
    "programs": ["凉小鸭志愿服务队"], "people": [{"name": "王丽华", "role": "社区主任"}],
    "quantities": [{"text": "2万余名", "value": 20000, "unit": "名", "qualifier": "more_than", "about": "志愿者"}],
    "partnerships": [["海淀区民政局", "学院路街道"], ["凉小鸭志愿服务队", "学院路街道"]],
}


def write_two_annotations(tmp_path, first: dict, second: dict, extra: str | None = None):
    a, b = tmp_path / "anna", tmp_path / "ben"
    a.mkdir(), b.mkdir()
    (a / "x.json").write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    (b / "x.json").write_text(json.dumps(second, ensure_ascii=False), encoding="utf-8")
    if extra:  # labelled by the first annotator only
        (a / f"{extra}.json").write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    return a, b


def test_a_second_annotation_is_scored_like_sheets(tmp_path):
    first = {**GOLD, "people": [{"name": "王丽华", "role": "社区党委书记"}]}
    result = evaluate(*write_two_annotations(tmp_path, first, SECOND), sheets_of=annotation_loader(tmp_path / "ben"))
    exact, contained = result.facts["exact"], result.facts["containment"]
    assert (exact["organizations"].gold, exact["organizations"].predicted, exact["organizations"].matched_gold) == (1, 0, 0)
    assert exact["places"].f1 == exact["programs"].f1 == 1.0  # quote marks do not count
    assert exact["quantities"].matched_gold == 0 and contained["quantities"].matched_gold == 1
    assert (contained["partnerships"].matched_gold, contained["partnerships"].predicted) == (1, 2)
    assert (contained["all"].gold, contained["all"].predicted, contained["all"].matched_gold) == (6, 6, 5)
    assert result.articles["containment"]["titles"].f1 == 1.0
    assert (result.articles["containment"]["sources"].gold, result.articles["containment"]["sources"].matched_gold) == (1, 0)
    role = result.attributes["people.role"]
    assert (role.gold, role.matched_gold, role.missed) == (1, 0, ["x: 王丽华: 社区党委书记 ≠ 社区主任"])  # the person matched, the role not
    assert result.attributes["quantities.about"].matched_gold == 1


def test_annotation_sheets_put_the_facts_in_the_first_article_and_keep_each_title():
    gold = {**SECOND, "articles": [{"title": "甲", "source": "乙报"}, {"title": "丙", "source": None}]}
    first, second = annotation_sheets(gold)
    assert (first["title"], first["source"], second["title"], second["source"]) == ("甲", "乙报", "丙", None)
    assert [p["name"] for p in first["programs"]] == ["凉小鸭志愿服务队"] and "programs" not in second
    assert first["partnerships"][0] == {"a": "海淀区民政局", "b": "学院路街道"}
    assert first["quantities"][0]["subject"] == "志愿者"


def test_eval_annotation_scores_clippings_both_label_and_names_the_rest(tmp_path, capsys):
    a, b = write_two_annotations(tmp_path, GOLD, SECOND, extra="y")
    assert main(["eval", str(a), str(b), "--annotation", "--json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["clippings"] == ["x"]
    assert "labelled on one side only, left out: y" in captured.err
    assert data["facts"]["containment"]["partnerships"]["matched_gold"] == 1
    other = tmp_path / "other"
    other.mkdir()
    (other / "z.json").write_text(json.dumps(SECOND, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(a), str(other), "--annotation"]) == 2
    assert "no gold file named like one of the 2" in capsys.readouterr().err


def test_containment_matches_as_many_facts_as_can_pair_whatever_the_gold_order():
    """Two gold teams both contain the sheet's short name 护苗; the longer sheet name matches only
    the second gold team. Taking the first gold team for 护苗 would leave the second's only match
    free and the first unmatched; the largest one-to-one matching pairs both, in either order."""
    from shequ.evaluate import score_fact_type

    def entity(name):
        return {"name": name, "key": name, "canonical": name, "aliases": []}

    sheet = {"programs": [entity("护苗"), entity("护苗先锋队")]}
    for gold in (["护苗先锋队", "护苗护卫队"], ["护苗护卫队", "护苗先锋队"]):
        score = score_fact_type("programs", gold, [sheet], "containment")
        assert (score.matched_gold, score.missed, score.spurious) == (2, [], [])
    lone = score_fact_type("programs", ["护苗先锋队", "护苗护卫队"], [{"programs": [entity("护苗先锋队")]}], "containment")
    assert (lone.matched_gold, lone.missed) == (1, ["护苗护卫队"])
