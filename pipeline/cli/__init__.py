"""`shequ` command line: a thin layer over library functions.

Each command lives in its own module exposing `register(subparsers)`; handlers
validate arguments, call a plain library function and return an exit code:
0 ok, 1 some input failed (the rest was still processed), 2 usage error.
Heavy libraries (spaCy, jieba) are imported inside handlers so `--help` stays fast.
Output cut short by its reader (`shequ eval … | head`) ends the command quietly.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# Command modules in the order `shequ --help` lists them.
COMMAND_MODULES = ("run", "eval", "schema", "graph")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors; keep that, say how to get help
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


class _Version(argparse.Action):
    """`--version`: the package version and the pipeline version (code + lexicons hash) that outputs record."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from .. import __version__
        from ..batch.version import pipeline_version

        print(f"shequ {__version__} (pipeline {pipeline_version()}, Python {sys.version.split()[0]})")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shequ",
        description="Turn Chinese press clippings about community governance into evidence-backed fact sheets and a knowledge graph.",
    )
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        code = int(args.handler(args) or EXIT_OK)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        # The reader stopped reading (`| head`): not an error of ours. Point stdout at
        # /dev/null so the interpreter's final flush does not fail again.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (AttributeError, OSError, ValueError):  # stdout without a file descriptor (tests capture it)
            pass
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
