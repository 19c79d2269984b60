"""The error catalogue (pipeline/errors.py): one place, stable codes, in code order."""

from __future__ import annotations

import re

from shequ import errors


def catalogue() -> list[type[errors.ShequError]]:
    """Every error class of the catalogue, in the order the file defines them."""
    return [value for value in vars(errors).values()
            if isinstance(value, type) and issubclass(value, errors.ShequError) and value.__module__ == errors.__name__]


def test_error_codes_are_unique():
    codes = [cls.code for cls in catalogue()]
    assert len(codes) == len(set(codes)), sorted(code for code in codes if codes.count(code) > 1)


def test_error_classes_appear_in_code_order():
    codes = [cls.code for cls in catalogue()]
    assert codes == sorted(codes)
    assert codes[0] == "E000" and all(re.fullmatch(r"E\d{3}", code) for code in codes)


def test_graph_errors_live_in_the_one_catalogue():
    assert {"NoStoreError", "EntityNotFoundError", "AmbiguousEntityError", "NotSheetableError",
            "UnknownClippingError"} <= {cls.__name__ for cls in catalogue()}
