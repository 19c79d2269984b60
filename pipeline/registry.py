"""Components, and the pipeline built from what they declare.

A component is a factory (an extractor class) that declares, next to the code that reads
them, the label it assigns and the labels it requires:

    class OrganizationExtractor:
        assigns = "organizations"
        requires = ("places", "communities")

`Registry.pipeline()` builds the selected components with their options and orders them
so each runs after every component assigning a label it requires (ties keep registration
order). A label nobody assigns, a cycle, an unknown option or a label that is not a fact
type is a coded error with a fix hint. While it runs, each component sees the article
through a view that lets it read only the labels it declared (`ArticleContext.view`).
A component may also declare `adds`: labels produced before it to which it may give
mentions of its own (partnerships give a party that only their frame licenses as an
organization, community or programme, so the sheet and the graph have it); any other
label is a coded error (E058).

Options are the factories' keyword-only parameters (documented in their docstrings):
`registry.pipeline(options={"partnerships": {"max_gap": 10}})`, or on the command line
`shequ run … --option partnerships.max_gap=10`. An instance may narrow or widen its
`requires` from its options (partnerships read the labels it is told to pair).
"""

from __future__ import annotations

import inspect
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from .errors import (
    DependencyCycleError,
    DuplicateComponentError,
    MissingDependencyError,
    UndeclaredAddError,
    UnknownComponentError,
    UnknownFactTypeError,
    UnknownOptionError,
)
from .mentions import ArticleContext, Mention
from .schema import FACT_TYPES, FactType, FactTypeTable

Options = Mapping[str, Mapping[str, Any]]


@dataclass(frozen=True)
class Component:
    """A registered factory: its name (the label it assigns) and what it requires by default."""

    factory: Callable[..., Any]
    assigns: str
    requires: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.assigns

    def options(self) -> dict[str, Any]:
        """The factory's keyword-only options and their defaults."""
        return {
            name: param.default
            for name, param in inspect.signature(self.factory).parameters.items()
            if param.kind is inspect.Parameter.KEYWORD_ONLY
        }

    def build(self, options: Mapping[str, Any]) -> Any:
        known = self.options()
        for option in options:
            if option not in known:
                raise UnknownOptionError(component=self.name, option=option, options=", ".join(known) or "none")
        return self.factory(**options)


class Registry:
    """Fact types and the components that assign them."""

    def __init__(self, fact_types: FactTypeTable = FACT_TYPES, components: Iterable[Component] = ()) -> None:
        self.fact_types = fact_types
        self.components: dict[str, Component] = {}
        for component in components:
            self._add(component)

    def add(self, factory: Callable[..., Any]) -> Callable[..., Any]:
        """Register `factory` (reads its `assigns` and `requires`); returns it, so it can decorate."""
        self._add(Component(factory, factory.assigns, tuple(getattr(factory, "requires", ()))))
        return factory

    def _add(self, component: Component) -> None:
        if component.assigns not in self.fact_types:
            raise UnknownFactTypeError(component=component.factory.__name__, label=component.assigns,
                                       known=", ".join(self.fact_types.names))
        if component.assigns in self.components:
            raise DuplicateComponentError(label=component.assigns, first=self.components[component.assigns].factory.__name__,
                                          second=component.factory.__name__)
        self.components[component.assigns] = component

    def extended(self, fact_type: FactType | None = None, factories: Iterable[Callable[..., Any]] = ()) -> "Registry":
        """A new registry with one more fact type and/or more components (this one is unchanged)."""
        table = self.fact_types.with_row(fact_type) if fact_type is not None else self.fact_types
        registry = Registry(table, self.components.values())
        for factory in factories:
            registry.add(factory)
        return registry

    def pipeline(self, names: Iterable[str] | None = None, options: Options | None = None) -> "Pipeline":
        """The components `names` (default: all), built with `options` and ordered by their declarations."""
        options = dict(options or {})
        selected = list(self.components) if names is None else list(names)
        for name in [*selected, *options]:
            if name not in self.components:
                raise UnknownComponentError(name=name, known=", ".join(self.components))
        built = [(self.components[name], self.components[name].build(options.get(name, {}))) for name in selected]
        steps = _ordered([(c.name, tuple(getattr(instance, "requires", c.requires)), c, instance) for c, instance in built])
        return Pipeline(self, steps, {name: dict(options[name]) for name in sorted(options)})


@dataclass(frozen=True)
class Step:
    name: str
    requires: tuple[str, ...]
    component: Component
    instance: Any


def _ordered(items: list[tuple[str, tuple[str, ...], Component, Any]]) -> list[Step]:
    """Steps in dependency order; registration order among those ready at once."""
    assigned = {name for name, *_ in items}
    for name, requires, *_ in items:
        for label in requires:
            if label not in assigned:
                raise MissingDependencyError(component=name, label=label, available=", ".join(sorted(assigned)) or "none")
    pending = [Step(*item) for item in items]
    done: set[str] = set()
    ordered: list[Step] = []
    while pending:
        ready = next((step for step in pending if set(step.requires) <= done), None)
        if ready is None:
            raise DependencyCycleError(cycle=_cycle(pending))
        ordered.append(ready)
        done.add(ready.name)
        pending.remove(ready)
    return ordered


def _cycle(pending: list[Step]) -> str:
    """One cycle among steps none of which can run: follow an unmet requirement until one repeats."""
    by_name = {step.name: step for step in pending}
    path = [pending[0].name]
    while True:
        following = next(label for label in by_name[path[-1]].requires if label in by_name)
        if following in path:
            loop = path[path.index(following):] + [following]
            return " → ".join(loop)
        path.append(following)


class Pipeline:
    """Built components in dependency order; calling it runs them over one article."""

    def __init__(self, registry: Registry, steps: list[Step], options: dict[str, dict[str, Any]]) -> None:
        self.registry = registry
        self.steps = steps
        self.options = options

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(step.name for step in self.steps)

    @property
    def fact_types(self) -> FactTypeTable:
        return self.registry.fact_types

    def __call__(self, ctx: ArticleContext) -> ArticleContext:
        for step in self.steps:
            self.run_step(step, ctx)
        return ctx

    def run_step(self, step: Step, ctx: ArticleContext) -> None:
        """One component over one article whose earlier steps have run (the benchmark times each
        step on its own through this)."""
        found: list[Mention] = list(step.instance(ctx.view(step.name, step.requires)))
        own = [m for m in found if m.label == step.name]
        ctx.mentions[step.name] = own
        if len(own) < len(found):
            self._add_to_earlier(ctx, step, [m for m in found if m.label != step.name])

    @staticmethod
    def _add_to_earlier(ctx: ArticleContext, step: Step, extra: list[Mention]) -> None:
        """Mentions a component gives for another label (`adds`: partnerships gives a party its frame
        licensed): appended to that label's mentions, which an earlier step produced."""
        adds = getattr(step.instance, "adds", ())
        for m in extra:
            if m.label not in adds or m.label not in ctx.mentions:
                raise UndeclaredAddError(component=step.name, label=m.label, adds=", ".join(a for a in adds if a in ctx.mentions) or "nothing")
        for label in dict.fromkeys(m.label for m in extra):
            ctx.mentions[label] = ctx.mentions[label] + [m for m in extra if m.label == label]

    def fingerprint(self) -> str:
        """What decides this pipeline's output besides code and lexicons: its components and options."""
        return json.dumps({"components": list(self.labels), "options": self.options}, ensure_ascii=False, sort_keys=True)


def parse_option(text: str) -> tuple[str, str, Any]:
    """`partnerships.max_gap=10` → ("partnerships", "max_gap", 10); values are JSON, else strings."""
    target, sep, raw = text.partition("=")
    component, dot, option = target.partition(".")
    if not sep or not dot or not component or not option:
        raise ValueError(f"expected COMPONENT.OPTION=VALUE, got {text!r}")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    if isinstance(value, list):
        value = tuple(value)
    return component, option, value
