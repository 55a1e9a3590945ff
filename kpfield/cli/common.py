"""What every command shares: exit codes, the inventory and language options, numbers as people
read them, and how refused records are printed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO, TypeAlias

from kpfield import i18n
from kpfield.domain.entities import ENTITIES
from kpfield.domain.labels import entity_label
from kpfield.domain.text import visible
from kpfield.domain.validation import ValidationError
from kpfield.i18n import format_number, translate

__all__ = [
    "EXIT_OK",
    "EXIT_REFUSED",
    "EXIT_USAGE",
    "Handler",
    "Commands",
    "num",
    "db_arg",
    "lang_arg",
    "print_problems",
    "warn",
    "VisibleOutput",
]

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

# A command: (parsed arguments, where to print) -> exit code. Each sub-parser names its own with
# ``set_defaults(handler=...)``.
Handler = Callable[[argparse.Namespace, TextIO], int]

# A list of sub-commands (``kpfield COMMAND``, ``kpfield export WHAT``) that each noun's
# ``register(sub, export_sub)`` adds its own to. A string: argparse's class takes no type argument
# at run time.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class VisibleOutput:
    """A text stream that writes everything through :func:`kpfield.domain.text.visible` (line
    feeds and tabs kept): whatever a command prints, including names, officers' texts and cells
    read from files, cannot move the cursor, recolour or rewrite the screen, or reorder what is
    shown with bidi overrides. Every other attribute is the wrapped stream's."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(visible(text, keep="\n\t"))

    def writelines(self, lines: Sequence[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def num(value: float, decimals: int | None = None) -> str:
    """A number as the officer reads it: grouped thousands, the language's decimal separator."""
    return format_number(value, decimals, grouping=True)


def db_arg(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--db", required=True, metavar="PATH", help="the inventory file (.kpfield)")


def lang_arg(sp: argparse.ArgumentParser, what: str) -> None:
    # its own dest: a sub-command's default would otherwise overwrite the global --lang
    sp.add_argument("--lang", choices=list(i18n.LANGUAGES), help=what + " (default: the global --lang)")


def print_problems(err: ValidationError) -> None:
    kind = entity_label(ENTITIES[err.entity]) if err.entity in ENTITIES else err.entity
    print(translate("cli", "kpfield: {kind} refused:").format(kind=kind), file=sys.stderr)
    for p in err.problems:
        tag = translate("cli", "error") if p.severity == "error" else translate("cli", "warning")
        print(f"  {tag}: {p}", file=sys.stderr)


def warn(warnings: Sequence[object]) -> None:
    for w in warnings:
        print(translate("cli", "warning: {message}").format(message=w), file=sys.stderr)
