"""Extractor components and their wiring.

Each extractor is a small callable class: `extractor(ctx) -> list[Mention]`, reading
an `ArticleContext` and returning mentions of one label. `build_extractors()` is the
only place that decides which run and in what order (`mentions.LABELS`); the logic
lives in one module per fact type.
"""

from __future__ import annotations

from typing import Callable, Protocol

from ..mentions import ArticleContext, Mention


class Extractor(Protocol):
    label: str

    def __call__(self, ctx: ArticleContext) -> list[Mention]: ...


def _factories() -> dict[str, Callable[[], Extractor]]:
    from .communities import CommunityExtractor
    from .models import ModelExtractor
    from .organizations import OrganizationExtractor
    from .partnerships import PartnershipExtractor
    from .people import PersonExtractor
    from .places import PlaceExtractor
    from .programs import ProgramExtractor
    from .quantities import QuantityExtractor

    return {
        "places": PlaceExtractor,
        "communities": CommunityExtractor,
        "organizations": OrganizationExtractor,
        "people": PersonExtractor,
        "models": ModelExtractor,
        "programs": ProgramExtractor,
        "quantities": QuantityExtractor,
        "partnerships": PartnershipExtractor,
    }


def build_extractors() -> list[Extractor]:
    """All extractors, in the order of `mentions.LABELS`."""
    from ..mentions import LABELS

    factories = _factories()
    return [factories[label]() for label in LABELS]


def run_extractors(ctx: ArticleContext, extractors: list[Extractor]) -> ArticleContext:
    for extractor in extractors:
        ctx.mentions[extractor.label] = list(extractor(ctx))
    return ctx
