"""The extractor components and their registration.

Each extractor is a small callable class in its own module: `extractor(ctx) -> list[Mention]`,
declaring the label it `assigns` and the labels it `requires`. This module only wires them
into the default registry (`shequ.registry`), which orders them from their declarations;
registration order breaks ties, so it is the order a reader expects: places first.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from ..mentions import ArticleContext, Mention
from ..registry import Registry


class Extractor(Protocol):
    assigns: str
    requires: tuple[str, ...]

    def __call__(self, ctx: ArticleContext) -> list[Mention]: ...


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The fact types of `schema.FACT_TYPES` with the built-in extractor of each."""
    from .communities import CommunityExtractor
    from .models import ModelExtractor
    from .organizations import OrganizationExtractor
    from .partnerships import PartnershipExtractor
    from .people import PersonExtractor
    from .places import PlaceExtractor
    from .programs import ProgramExtractor
    from .quantities import QuantityExtractor

    registry = Registry()
    for factory in (
        PlaceExtractor,
        CommunityExtractor,
        OrganizationExtractor,
        PersonExtractor,
        ModelExtractor,
        ProgramExtractor,
        QuantityExtractor,
        PartnershipExtractor,
    ):
        registry.add(factory)
    return registry
