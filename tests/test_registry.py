"""The component registry: order from declarations, coded errors, options, and a new fact type."""

from __future__ import annotations

import json

import pytest
import regex
from pydantic import Field

from shequ.clipping import analyze_text, process_clipping
from shequ.errors import (
    DependencyCycleError,
    LabelNotProducedError,
    MissingDependencyError,
    UndeclaredReadError,
    UnknownComponentError,
    UnknownFactTypeError,
    UnknownOptionError,
)
from shequ.evaluate import evaluate
from shequ.extract import default_registry
from shequ.graph.resolve import sheet_rows
from shequ.lexicon import read_terms
from shequ.mentions import Mention
from shequ.registry import Registry, parse_option
from shequ.schema import FACT_TYPES, Entity, FactType

from contexts import segmented


def test_default_pipeline_runs_every_component_after_what_it_requires():
    pipeline = default_registry().pipeline()
    order = list(pipeline.labels)
    assert order == ["places", "communities", "organizations", "people", "models", "programs", "quantities", "partnerships"]
    for step in pipeline.steps:
        assert all(order.index(label) < order.index(step.name) for label in step.requires), step.name
    assert set(order) == set(FACT_TYPES.names)


def test_missing_dependency_is_a_coded_error_naming_the_fix():
    with pytest.raises(MissingDependencyError) as err:
        default_registry().pipeline(["organizations"])
    assert str(err.value).startswith("E050 component 'organizations' requires 'places'")
    assert "Add the component that assigns 'places'" in str(err.value)


class _Reads:
    """A stand-in component for the tests below: it reads `reads` and assigns `assigns`."""

    def __init__(self, assigns, requires, reads):
        self.assigns, self.requires, self.reads = assigns, requires, reads

    def __call__(self, ctx):
        for label in self.reads:
            ctx.found(label)
        return []


def _factory(assigns: str, requires: tuple[str, ...] = (), reads: tuple[str, ...] = ()):
    return type(f"Toy_{assigns}", (), {
        "assigns": assigns, "requires": requires,
        "__init__": lambda self: None,
        "__call__": lambda self, ctx: _Reads(assigns, requires, reads)(ctx),
    })


def test_a_cycle_of_requirements_is_a_coded_error_showing_the_cycle():
    registry = Registry()
    registry.add(_factory("places", requires=("communities",)))
    registry.add(_factory("communities", requires=("places",)))
    with pytest.raises(DependencyCycleError, match=r"E051 .*places → communities → places"):
        registry.pipeline()


def test_reading_an_undeclared_label_raises_while_the_pipeline_runs():
    registry = Registry()
    registry.add(_factory("places"))
    registry.add(_factory("communities", requires=(), reads=("places",)))
    pipeline = registry.pipeline()
    with pytest.raises(UndeclaredReadError, match=r"E052 component 'communities' read 'places' without declaring it"):
        pipeline(segmented("金鱼社区。"))


def test_reading_a_label_nobody_produced_raises_instead_of_giving_nothing():
    ctx = segmented("金鱼社区。")
    with pytest.raises(LabelNotProducedError, match="E053"):
        ctx.found("places")


def test_options_reach_the_components_and_unknown_ones_are_refused():
    pipeline = default_registry().pipeline(options={"partnerships": {"max_gap": 3, "labels": ("organizations",)}})
    step = next(s for s in pipeline.steps if s.name == "partnerships")
    assert step.instance.max_gap == 3
    assert step.requires == ("organizations", "places", "people")  # the labels option narrows what it reads
    with pytest.raises(UnknownOptionError, match="E055 component 'partnerships' has no option 'gap'.*max_gap"):
        default_registry().pipeline(options={"partnerships": {"gap": 3}})
    with pytest.raises(UnknownComponentError, match="E054 no component named 'partner'"):
        default_registry().pipeline(options={"partner": {}})


def test_an_option_changes_what_is_found():
    # 在 stands between the relation word and the party: allowed by default, not with max_gap 0
    sentence = "青禾市春晖义工联合会已入驻在桃源社区。"
    pairs = lambda ctx: [(m.attrs["a"].canonical, m.attrs["b"].canonical) for m in ctx.found("partnerships")]  # noqa: E731
    assert pairs(analyze_text(sentence)) == [("青禾市春晖义工联合会", "桃源社区")]
    assert pairs(analyze_text(sentence, default_registry().pipeline(options={"partnerships": {"max_gap": 0}}))) == []


@pytest.mark.parametrize("text, expected", [
    ("partnerships.max_gap=10", ("partnerships", "max_gap", 10)),
    ('partnerships.labels=["organizations","programs"]', ("partnerships", "labels", ("organizations", "programs"))),
    ("places.use_source=false", ("places", "use_source", False)),
    ("models.families=n_she", ("models", "families", "n_she")),
])
def test_parse_option(text, expected):
    assert parse_option(text) == expected


def test_parse_option_needs_component_dot_option():
    with pytest.raises(ValueError, match="COMPONENT.OPTION=VALUE"):
        parse_option("max_gap=10")


# ---------------------------------------------------------------- a new fact type

class Hotline(Entity):
    """A public service hotline (toy fact type for this test)."""

    digits: str = Field(description="The number dialled.")


RE_HOTLINE_TEMPLATE = r"(\d{{3,6}})(?:{words})"


class HotlineExtractor:
    """Finds 12345热线-style hotlines; the words that follow the number come from a lexicon file."""

    assigns = "hotlines"
    requires = ()

    def __init__(self, *, lexicon: str = "") -> None:
        self.pattern = regex.compile(RE_HOTLINE_TEMPLATE.format(words="|".join(map(regex.escape, read_terms(lexicon)))))

    def __call__(self, ctx):
        return [Mention(self.assigns, m.start(), m.end(), m.group(), attrs={"digits": m.group(1)})
                for m in self.pattern.finditer(ctx.text)]


def test_a_new_fact_type_reaches_the_sheet_the_eval_and_the_graph(tmp_path):
    lexicon = tmp_path / "hotline_words.txt"
    lexicon.write_text("# Words naming a hotline after its number (made up for this test).\n热线\n服务专线\n", encoding="utf-8")
    row = FactType("hotlines", Hotline, "entity", "hotline", "names", "Public service hotlines.")
    registry = default_registry().extended(row, [HotlineExtractor])
    pipeline = registry.pipeline(options={"hotlines": {"lexicon": str(lexicon)}})

    text = "金鱼社区开通12345热线，居民遇到难题可拨打。\n\n（据《宜宾日报》）\n"
    result = process_clipping(text, "hot.txt", pipeline)
    (sheet,) = result.sheets
    assert [(h.name, h.key, h.digits) for h in sheet.hotlines] == [("12345热线", "12345热线", "12345")]
    assert "hotlines" in type(sheet).model_json_schema()["properties"]

    out, gold = tmp_path / "out", tmp_path / "gold"
    (out / "factsheets" / "hot").mkdir(parents=True)
    gold.mkdir()
    (out / "factsheets" / "hot" / f"{sheet.article_id}.json").write_text(sheet.model_dump_json(), encoding="utf-8")
    (gold / "hot.json").write_text(json.dumps({"articles": [], "hotlines": ["12345热线"]}, ensure_ascii=False), encoding="utf-8")
    scores = evaluate(gold, out, registry.fact_types).facts["containment"]
    assert (scores["hotlines"].gold, scores["hotlines"].f1) == (1, 1.0)

    rows = sheet_rows(sheet.model_dump(mode="json"), registry.fact_types)
    assert [(f.node_type, f.key) for f in rows.facts if f.node_type == "hotline"] == [("hotline", "12345热线")]


def test_a_component_must_assign_a_fact_type():
    with pytest.raises(UnknownFactTypeError, match="E056"):
        Registry().add(_factory("hotlines"))


def test_a_mention_that_is_no_fact_reaches_later_components_but_not_the_sheet():
    from contexts import segmented, sheet_of

    text = "青禾县民政局联合桃源社区开展活动。"
    ctx = segmented(text)
    ctx.mentions["places"] = [Mention("places", 0, 3, "青禾县", attrs={"code": None, "candidates": []}, fact=False)]
    sheet, rejected = sheet_of(ctx)
    assert (sheet.places, rejected) == ([], [])
    assert ctx.found("places")[0].surface(text) == "青禾县"


def test_a_rejected_place_takes_the_references_to_it_along_but_not_the_community():
    """A place fact that fails validation (its name is not what its evidence says) is
    rejected alone: the community keeps its fact, without a reference to the missing place."""
    from contexts import segmented, sheet_of

    text = "青禾县桃源社区开展活动。"
    ctx = segmented(text)
    ctx.mentions["places"] = [Mention("places", 0, 3, "青禾县", name="青禾市", attrs={"code": "990101", "level": "district"})]
    ctx.mentions["communities"] = [Mention("communities", 3, 7, "桃源社区", attrs={"place_code": "990101", "district": "青禾县"})]
    sheet, rejected = sheet_of(ctx)
    assert sheet.places == []
    assert [(c.name, c.place) for c in sheet.communities] == [("桃源社区", None)]
    assert rejected == ["test-00-00000000: places '青禾市' rejected: : Value error, name '青禾市' is not the surface of its first evidence '青禾县'"]
