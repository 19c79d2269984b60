"""`shequ schema`: print the JSON Schema of the fact sheet (or of the entity sheet)."""

from __future__ import annotations

import argparse
import sys

EPILOG = """\
examples:
  shequ schema > factsheet.schema.json
  shequ schema --check      # exit 1 when pipeline/schema/factsheet.schema.json is out of date"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the per-article fact sheet",
        description="Print the JSON Schema generated from the pydantic fact-sheet models (the published contract).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--check", action="store_true", help="compare with the committed schema file instead of printing")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from ..schema import committed_schema_path, factsheet_json_schema_text

    text = factsheet_json_schema_text()
    if args.check:
        committed = committed_schema_path().read_text(encoding="utf-8")
        if committed != text:
            print(f"shequ schema: {committed_schema_path()} is out of date; regenerate with `shequ schema > {committed_schema_path()}`", file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(text)
    return 0
