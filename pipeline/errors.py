"""Every user-facing error message, with a stable code and a hint on how to fix it.

One catalogue for the whole package, classes in code order: E00x data files, E01x
one input file, E02x the set of inputs and the output folder, E03x evaluation, E04x
workers and engines, E07x the graph store and its commands.
"""

from __future__ import annotations


class ShequError(Exception):
    """Base class: `code` is stable, `str(err)` is the one-line message users see."""

    code = "E000"
    template = "{detail}"

    def __init__(self, **fields: object) -> None:
        self.fields = fields
        super().__init__(f"{self.code} " + self.template.format(**fields))


class LexiconError(ShequError):
    code = "E001"
    template = "lexicon {path}:{line}: {problem}. Fix the data file; every row needs {expected}."


class EmptyInputError(ShequError):
    code = "E010"
    template = "{path}: file is empty (0 bytes of text). Nothing to extract; remove it or re-export the clipping."


class BinaryInputError(ShequError):
    code = "E011"
    template = "{path}: looks binary ({reason}), not a text clipping. Export the clipping as plain text."


class UndecodableInputError(ShequError):
    code = "E012"
    template = "{path}: cannot decode as UTF-8, GB18030, UTF-16 or UTF-32 ({reason}). Re-save the file as UTF-8."


class InputTooLargeError(ShequError):
    code = "E013"
    template = "{path}: {size} bytes exceeds the {limit}-byte limit per clipping. Split the file into clippings."


class UnreadableInputError(ShequError):
    code = "E014"
    template = "{path}: cannot read ({reason}). Check the path and its permissions."


class BlankInputError(ShequError):
    code = "E015"
    template = "{path}: holds only whitespace ({size} bytes). Nothing to extract; remove it or re-export the clipping."


class NoInputError(ShequError):
    code = "E020"
    template = "{path}: no *.txt clippings found. Pass .txt files or folders that contain them."


class NoArticleError(ShequError):
    code = "E021"
    template = "{path}: no article body found (only {lines} short lines). Check that this is a clipping."


class MissingPathError(ShequError):
    code = "E022"
    template = "{path}: no such file or folder. Check the path (relative paths start from the current folder)."


class DuplicateClippingError(ShequError):
    code = "E023"
    template = ("{path}: another input ({other}) has the same name {clipping}, and both would write factsheets/{folder}/. "
                "Pass their folders under one input root (names are relative to it), or rename one.")


class OutputBusyError(ShequError):
    code = "E024"
    template = "{path}: another shequ run is writing to this output folder. Wait for it to finish, or use another --out."


class OutputPathError(ShequError):
    code = "E025"
    template = "{path}: cannot be used as {what} ({reason}). Choose another path."


class UnreadableFolderError(ShequError):
    code = "E026"
    template = "{path}: cannot list this folder ({reason}); clippings in it were not processed. Check its permissions."


class LinkOutsideInputsError(ShequError):
    code = "E027"
    template = "{path}: symlink to {target}, outside the input folders; not followed. Pass --follow-links to follow it, or remove the link."


class OutsideOutputError(ShequError):
    code = "E028"
    template = "{path}: resolves outside {folder} (a symlink inside the output folder?); nothing was written there. Remove the link."


class ReplacedClippingNote(ShequError):
    code = "E029"
    template = ("{path}: replaces clipping {clipping}, made from {other} in an earlier run (other content). To keep both, "
                "run their folders under one input root, so they are named by their relative paths.")


class GoldFormatError(ShequError):
    code = "E030"
    template = "gold file {path}: {problem}. See corpus/gold/README.md for the format."


class NoSheetsError(ShequError):
    code = "E031"
    template = ("{path}: no fact sheets{detail} (factsheets/<clipping>/*.json). Pass the folder `shequ run --out` "
                "wrote, or run `shequ run CLIPPINGS --out {path}` first.")

    def __init__(self, *, path: object, detail: str = "") -> None:
        super().__init__(path=path, detail=detail)


class AmbiguousSheetsError(ShequError):
    code = "E032"
    template = "gold {stem}: sheets of clippings named {stem} in {count} folders ({folders}). Evaluate the output of a run over one of them."


class SheetVersionError(ShequError):
    code = "E033"
    template = ("{where}: fact sheet of schema {found}, this shequ reads schema {expected}. Sheets are rebuilt from the "
                "clippings: run `shequ run CLIPPINGS --out FOLDER` again.")


class WorkerError(ShequError):
    code = "E040"
    template = "{detail}. Re-run the batch; if it happens again, run this clipping alone with --workers 1 to see the full error."


class WorkerVersionError(ShequError):
    code = "E041"
    template = "worker runs pipeline {worker}, client runs {client}. Install the same shequ version (and lexicons) on every Dask worker."


class MissingExtraError(ShequError):
    code = "E042"
    template = "{feature} needs the optional dependency {package}: pip install 'shequ[{extra}]'."


class SchedulerUnreachableError(ShequError):
    code = "E043"
    template = "cannot reach the Dask scheduler at {address} ({reason}). Check that `dask scheduler` runs there and the port is open."


class ClippingTimeoutError(ShequError):
    code = "E044"
    template = "processing took more than {limit} s of {clock} (the --timeout limit); the worker was stopped. Split the clipping, or raise --timeout."


class MissingDependencyError(ShequError):
    code = "E050"
    template = ("component {component!r} requires {label!r}, which no component of this pipeline assigns "
                "(assigned: {available}). Add the component that assigns {label!r}, or leave {component!r} out.")


class DependencyCycleError(ShequError):
    code = "E051"
    template = "components require each other in a cycle: {cycle}. Remove one of these `requires` declarations."


class UndeclaredReadError(ShequError):
    code = "E052"
    template = "component {component!r} read {label!r} without declaring it (it requires: {requires}). Add {label!r} to its `requires`."


class LabelNotProducedError(ShequError):
    code = "E053"
    template = ("no component produced {label!r} for this article (produced: {produced}). Run the component that "
                "assigns it first, or give its mentions (tests).")


class UnknownComponentError(ShequError):
    code = "E054"
    template = "no component named {name!r} (registered: {known}). Check the name in the pipeline options."


class UnknownOptionError(ShequError):
    code = "E055"
    template = "component {component!r} has no option {option!r} (its options: {options}). See the component's docstring."


class UnknownFactTypeError(ShequError):
    code = "E056"
    template = "component {component!r} assigns {label!r}, which is not a fact type (known: {known}). Add a FactType row for it to schema.FACT_TYPES."


class DuplicateComponentError(ShequError):
    code = "E057"
    template = "two components assign {label!r}: {first} and {second}. Register one component per label."


class UndeclaredAddError(ShequError):
    code = "E058"
    template = ("component {component!r} gave a {label!r} mention, but it adds only to {adds} (labels produced before it). "
                "Declare {label!r} in its `adds`, or have it give only {component!r} mentions.")


class NoStoreError(ShequError):
    code = "E070"
    template = "{path}: no graph store here. Run `shequ run CLIPPINGS --out {folder}` first, or pass --store FOLDER."


class EntityNotFoundError(ShequError):
    code = "E071"
    template = ("no entity named {name!r} in the graph. {did_you_mean}Names match exactly (aliases and official names "
                "too): try another form, or `shequ entity` with a shorter name.")

    def __init__(self, *, name: str, suggestions: tuple[str, ...] | list[str] = ()) -> None:
        did_you_mean = "Did you mean " + " or ".join(repr(s) for s in suggestions) + "? " if suggestions else ""
        super().__init__(name=name, did_you_mean=did_you_mean)
        self.suggestions = list(suggestions)


class AmbiguousEntityError(ShequError):
    code = "E072"
    template = "{name!r} names {count} nodes ({ids}). Pass one node id instead of the name."


class NotSheetableError(ShequError):
    code = "E073"
    template = "{nid} is a {node_type}; `shequ sheet` covers communities, programs and organizations."


class UnknownClippingError(ShequError):
    code = "E074"
    template = "{clipping}: not in the graph store (nothing to forget). `shequ query profile` lists sources; clipping names are paths under the folder given to `shequ run` (report.json's `clipping`)."


class StoreFormatError(ShequError):
    code = "E075"
    template = ("{path}: graph store of format {found}, this shequ reads format {expected}. The store is rebuilt from "
                "the clippings: delete it and run `shequ run CLIPPINGS --out FOLDER --force` again.")
