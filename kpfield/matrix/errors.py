"""What goes wrong with a matrix file, told the way a coordinator can fix it."""

from __future__ import annotations

from pathlib import Path

from kpfield.i18n import translate

__all__ = ["MatrixError"]


class MatrixError(ValueError):
    """A matrix file kpfield cannot use; the message names the file, line and key."""

    def __init__(self, path: Path | str, line: int | None, key: str, message: str):
        self.path, self.line, self.key = Path(path), line, key
        if line:
            text = translate("matrix", "{file}, line {line}, key {key}: {problem}")
        else:
            text = translate("matrix", "{file}, key {key}: {problem}")
        super().__init__(text.format(file=path, line=line, key=repr(key), problem=message))
