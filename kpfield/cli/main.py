"""The kpfield command line: a thin layer over the same services the window uses.

Exit codes: 0 success; 1 the data or the file was refused (every problem is listed); 2 the
command was used wrongly (argparse's own code).

Messages come in the officer's language: ``--lang`` (before the command, or on the commands that
write reports and workbooks), else :func:`kpfield.i18n.preferred_language`. JSON output keeps its
keys and codes in every language. argparse's own help and usage errors are in English.

One module per noun (``inventory``, ``demo``, ``records``, ``matrix``, ``report``, ``exchange``,
``review``, ``identity``, ``gui``); each adds its sub-commands to the parser and names each
command's handler, which makes one call into a service.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from kpfield import __version__, i18n, output, selftest
from kpfield.domain.validation import ValidationError
from kpfield.i18n import translate
from kpfield.output import OutputError
from kpfield.store import InventoryError

from . import demo, exchange, geo, gui, identity, inventory, matrix, records, report, review
from .common import EXIT_REFUSED, EXIT_USAGE, Handler, VisibleOutput, print_problems

__all__ = ["build_parser", "main", "gui_main"]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kpfield",
        description="Field inventories of artisanal and alluvial diamond mining for the Kimberley Process WGAAP.",
    )
    p.add_argument("--version", action="version", version=f"kpfield {__version__}")
    p.add_argument(
        "--lang",
        dest="global_lang",
        choices=list(i18n.LANGUAGES),
        help="language of messages, reports and workbooks for any command (default: KPFIELD_LANG, else the "
        "language chosen in the window, else the system's)",
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end on a scratch inventory, one line per step; exit 0 "
        "when every step passes",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    export = sub.add_parser(
        "export",
        help="write workbooks: a field workbook or the consolidated inventory",
        description="Write an inventory's data to Excel workbooks.",
    )
    export_sub = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    for noun in (inventory, demo, report, exchange, geo, records, gui, matrix, review, identity):
        noun.register(sub, export_sub)
    return p


def language_of(args: argparse.Namespace) -> str:
    """The language a command speaks: its own ``--lang``, the global one, else the officer's preference."""
    return getattr(args, "lang", None) or getattr(args, "global_lang", None) or i18n.preferred_language()


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; ``out`` (default standard output) receives its report. Everything the
    command prints, there and on standard error, has its control characters, escapes and bidi
    overrides made visible (see :class:`~kpfield.cli.common.VisibleOutput`)."""
    shown: TextIO = VisibleOutput(out or sys.stdout)  # type: ignore[assignment]
    previous, stderr = i18n.language(), sys.stderr
    sys.stderr = VisibleOutput(stderr)
    try:
        return _main(argv, shown)
    finally:
        # main() also runs inside other programs (the tests, the self-test): leave their language
        # and their standard error as they were
        i18n.set_language(previous)
        sys.stderr = stderr


def _main(argv: Sequence[str] | None, out: TextIO) -> int:
    parser = build_parser()
    try:
        # NAME=VALUE fields of 'add' and 'edit' may come after --db, which plain parse_args refuses
        args, extra = parser.parse_known_args(argv)
        i18n.set_language(language_of(args))
        if extra and not (args.command in ("add", "edit") and all("=" in x and not x.startswith("-") for x in extra)):
            parser.error(translate("cli", "unrecognized arguments: {arguments}").format(arguments=" ".join(extra)))
        if extra:
            args.fields = [*args.fields, *extra]
        if args.command is None and not args.self_test:
            parser.error(translate("cli", "choose a command (kpfield --help lists them)"))
    except SystemExit as e:
        return int(e.code or 0)
    # staging folders that a killed kpfield left beside its outputs go now
    output.sweep()
    if args.self_test:
        return selftest.run(out)
    handler: Handler = args.handler
    try:
        return handler(args, out)
    except ValidationError as e:
        print_problems(e)
        return EXIT_REFUSED
    except argparse.ArgumentTypeError as e:
        print(f"kpfield {args.command}: {e}", file=sys.stderr)
        return EXIT_USAGE
    except (InventoryError, OutputError, ValueError, KeyError) as e:
        print(f"kpfield: {e.args[0] if isinstance(e, KeyError) else e}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as e:
        print(f"kpfield: {e.strerror or e}: {e.filename or ''}", file=sys.stderr)
        return EXIT_REFUSED


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])
