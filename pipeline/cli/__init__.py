"""`shequ` command line: a thin layer over library functions.

Each command lives in its own module exposing `register(subparsers)`; handlers
validate arguments, call a plain library function and return an exit code:
0 ok, 1 some input failed (the rest was still processed), 2 usage error.
Heavy libraries (spaCy, jieba) are imported inside handlers so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Command modules in the order `shequ --help` lists them.
COMMAND_MODULES = ("run", "eval", "schema", "graph")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors; keep that, say how to get help
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shequ",
        description="Turn Chinese press clippings about community governance into evidence-backed fact sheets and a knowledge graph.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return int(args.handler(args) or EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
