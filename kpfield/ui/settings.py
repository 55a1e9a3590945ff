"""The window's own settings (recent inventories, backup interval, whether the Challenge matrix
page shows its side panel), in the user's data folder.

A small JSON file rather than the registry, so a portable install and the tests
(``KPFIELD_DATA_DIR``) keep them where kpfield keeps everything else.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kpfield.paths import data_dir

MAX_RECENT = 8


@dataclass
class Settings:
    recent: list[str] = field(default_factory=list)
    backup_every_hours: float = 4.0
    # the Challenge matrix page's side panel (self-assessment, footprint): folded away by the officer or not
    matrix_side_panel: bool = True

    @staticmethod
    def path() -> Path:
        return data_dir() / "window.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        s = cls()
        if isinstance(raw.get("recent"), list):
            s.recent = [str(p) for p in raw["recent"]][:MAX_RECENT]
        if isinstance(raw.get("backup_every_hours"), (int, float)) and raw["backup_every_hours"] > 0:
            s.backup_every_hours = float(raw["backup_every_hours"])
        if isinstance(raw.get("matrix_side_panel"), bool):
            s.matrix_side_panel = raw["matrix_side_panel"]
        return s

    def save(self) -> None:
        target = self.path()
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, target)

    def remember(self, inventory: Path) -> None:
        p = str(Path(inventory).resolve())
        self.recent = [p, *[r for r in self.recent if r != p]][:MAX_RECENT]
        self.save()

    def last_inventory(self) -> Path | None:
        for r in self.recent:
            if Path(r).exists():
                return Path(r)
        return None
