"""``kpfield --self-test``: prove that this installation works, end to end, on a scratch inventory.

Each step prints one line with OK or the error; the exit code is 0 only when every step passed.
It runs from the installed bundle as well as from a checkout, needs no network and writes only to
a temporary folder, which it removes (the signing keys its inventories make go there too, not to
the user's data folder). Lines come in the current language; the JSON report keeps
the steps' English names.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kpfield.i18n import QT_TRANSLATE_NOOP, format_number, translate


@dataclass
class Context:
    folder: Path
    db: Path
    notes: dict[str, Any] = field(default_factory=dict)


Step = Callable[[Context], str]


def _create(ctx: Context) -> str:
    from kpfield.store import Inventory

    with Inventory.create(ctx.db, country="SL", officer="Self-test", district="Kono") as inv:
        return translate("cli", "created {file} (installation {origin})").format(
            file=ctx.db.name, origin=inv.identity.origin[:8]
        )


def _demo(ctx: Context) -> str:
    from kpfield.demo import generate
    from kpfield.store import Inventory

    with Inventory.open(ctx.db) as inv:
        result = generate(inv, "small", seed=1)
    ctx.notes["counts"] = result.counts
    return translate("cli", "{n} demo records").format(n=sum(result.counts.values()))


def _save_and_refuse(ctx: Context) -> str:
    from kpfield.domain.validation import ValidationError
    from kpfield.store import Inventory

    with Inventory.open(ctx.db) as inv:
        pid = inv.add("person", {"family_name": "Kamara", "given_names": "Aminata", "country": "SL"}).id
        inv.update("person", pid, {"village": "Koidu"}, reason="self-test")
        before = inv.count("licence")
        try:
            inv.add(
                "licence",
                {
                    "country": "SL",
                    "number": "X",
                    "kind": "artisanal_mining",
                    "holder_person_id": pid,
                    "issued_on": "2026-05-01",
                    "expires_on": "2026-04-01",
                    "status": "active",
                },
            )
        except ValidationError:
            pass
        else:
            raise AssertionError("a licence that expires before it is issued was accepted")
        if inv.count("licence") != before:
            raise AssertionError("a refused licence was written")
    return translate("cli", "a save, an edit and a refused record behave")


def _stats(ctx: Context) -> str:
    from kpfield.store import Inventory

    with Inventory.open(ctx.db) as inv:
        s = inv.summary()
    carats = sum(p.carats for p in s.production)
    if not carats:
        raise AssertionError("no production totals")
    return translate("cli", "{n} country/half-year totals, {carats} ct").format(
        n=len(s.production), carats=format_number(carats, 2, grouping=True)
    )


def _field_workbook(ctx: Context) -> str:
    from kpfield.exchange.export import export_field
    from kpfield.store import Inventory

    out = ctx.folder / "classeur de terrain.xlsx"
    with Inventory.open(ctx.db) as inv:
        result = export_field(inv, out)
    ctx.notes["field_workbook"] = out
    ctx.notes["field_rows"] = result.rows
    return translate("cli", "{file}: {n} records, data SHA-256 {sha256}...").format(
        file=out.name, n=result.rows, sha256=result.sha256[:12]
    )


def _reimport(ctx: Context) -> str:
    from kpfield import identity
    from kpfield.exchange.importer import import_workbooks
    from kpfield.store import Inventory, keys

    copy = ctx.folder / "coordinator.kpfield"
    Inventory.create(copy, country="SL", officer="Self-test coordinator").close()
    officer_key = ctx.folder / "officer.kpkey"
    with Inventory.open(ctx.db) as inv:
        identity.export_identity(inv.keys.installation_key()[0], officer_key)
    with Inventory.open(copy) as inv:
        first = import_workbooks(inv, [ctx.notes["field_workbook"]])
        inv.keys.register(officer_key)
        # read by a second process, as a large workbook is: in the bundle, that process is the
        # bundled program started again, which this proves works
        again = import_workbooks(inv, [ctx.notes["field_workbook"]], processes=True)
    statuses = [r.files[0].signature.status if r.files[0].signature else None for r in (first, again)]
    if statuses != [keys.UNKNOWN_KEY, keys.REGISTERED]:
        raise AssertionError(f"signature statuses {statuses}, expected unknown_key then registered")
    if not first.ok or not again.ok:
        raise AssertionError(f"the field workbook was refused: {first.files[0].error or again.files[0].error}")
    added = first.files[0].counts.get("added", 0)
    if added != ctx.notes["field_rows"]:
        raise AssertionError(f"{added} records added from a workbook of {ctx.notes['field_rows']}")
    changed = again.files[0].counts.get("added", 0) + again.files[0].counts.get("updated", 0)
    if changed:
        raise AssertionError(f"importing the same workbook again changed {changed} records")
    return translate(
        "cli",
        "{n} records merged into a new inventory; importing it again (read by a second process) changed "
        "nothing; signature checked (unknown key, then registered)",
    ).format(n=added)


def _matrix(ctx: Context) -> str:
    from kpfield.matrix.definition import load_matrix
    from kpfield.matrix.evaluate import evaluate
    from kpfield.matrix.scope import Scope, default_period
    from kpfield.store import Inventory

    with Inventory.open(ctx.db) as inv:
        period = default_period(inv)
        ev = evaluate(inv, load_matrix(), [Scope("country", "SL")], period)
    rows = ev.scopes[0].rows
    challenges = [r.row_id for r in rows if r.status == "challenge"]
    if not challenges:
        raise AssertionError("the demo's planted problems were not found")
    return translate("cli", "{rows} rows for SL {period}, {challenges} challenges").format(
        rows=len(rows), period=period.label, challenges=len(challenges)
    )


def _inventory_workbook(ctx: Context) -> str:
    import openpyxl

    from kpfield.report import sheet_title, write_inventory
    from kpfield.store import Inventory

    out = ctx.folder / "inventaire régional.xlsx"
    with Inventory.open(ctx.db) as inv:
        result = write_inventory(inv, out)
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        if book.sheetnames[0] != sheet_title("Summary"):
            raise AssertionError(f"the first sheet is {book.sheetnames[0]!r}, not {sheet_title('Summary')!r}")
    finally:
        book.close()
    return translate("cli", "{file}: {sheets} sheets, {rows} summary rows").format(
        file=out.name, sheets=len(result.sheets), rows=result.sheets["Summary"]
    )


def _backup(ctx: Context) -> str:
    from kpfield.store import Inventory
    from kpfield.store.verify import verify

    with Inventory.open(ctx.db) as inv:
        path = inv.backup(ctx.folder / "backups")
    failed = [c for c in verify(path) if not c.ok]
    if failed:
        raise AssertionError(f"the backup does not verify: {failed}")
    return translate("cli", "backup {file} verifies").format(file=path.name)


def _verify(ctx: Context) -> str:
    from kpfield.store.verify import verify

    checks = verify(ctx.db)
    failed = [c for c in checks if not c.ok]
    if failed:
        raise AssertionError("; ".join(f"{c.name}: {c.detail}" for c in failed))
    return translate("cli", "{checks} sound").format(checks=", ".join(c.name for c in checks))


def _places(ctx: Context) -> str:
    import xml.etree.ElementTree as ET

    from kpfield.domain.borders import inside_country, outlines
    from kpfield.domain.places import COUNTRIES
    from kpfield.geo import export_sites, read_gpx
    from kpfield.store import Inventory

    missing = [c.code for c in COUNTRIES.values() if c.bbox and c.code not in outlines()]
    if missing:
        raise AssertionError(f"the country borders of {', '.join(missing)} are missing; reinstall kpfield")
    if not inside_country("SL", 8.64, -10.97) or inside_country("SL", 9.5, -10.5):
        raise AssertionError("Koidu should lie in Sierra Leone and a point in Guinea outside it")
    with Inventory.open(ctx.db) as inv:
        gpx = export_sites(inv, ctx.folder / "sites.gpx", "gpx")
        kml = export_sites(inv, ctx.folder / "sites.kml", "kml")
    back = read_gpx(gpx.path)
    if len(back.waypoints) != gpx.sites:
        raise AssertionError(f"{gpx.sites} sites written to GPX, {len(back.waypoints)} read back")
    ET.parse(kml.path)
    return translate("cli", "{borders} country borders; {sites} sites to GPX and back, and to KML").format(
        borders=len(outlines()), sites=gpx.sites
    )


def _catalogues(ctx: Context) -> str:
    from kpfield.i18n import DEFAULT, LANGUAGES, catalogue_path, language, load_catalogue

    found = []
    for lang in LANGUAGES:
        if lang == DEFAULT:
            continue
        path = catalogue_path(lang)
        if not path.exists():
            raise AssertionError(f"the {LANGUAGES[lang]} catalogue {path} is missing; reinstall kpfield")
        if getattr(sys, "frozen", False) and not catalogue_path(lang, ".qm").exists():
            # the bundle ships the compiled catalogues the window loads (make bundle builds them)
            raise AssertionError(f"the window's {LANGUAGES[lang]} catalogue {catalogue_path(lang, '.qm')} is missing")
        if getattr(sys, "frozen", False) and not any(catalogue_path(lang, ".qm").parent.glob(f"qtbase_{lang}*.qm")):
            # Qt's own buttons and dialogs ("Annuler") come from Qt's catalogue, shipped beside ours
            raise AssertionError(f"Qt's {LANGUAGES[lang]} catalogue (qtbase_{lang}*.qm) is missing from the bundle")
        found.append(f"{lang} {len(load_catalogue(path))}")
    return translate("cli", "messages in {language}; translations: {counts}").format(
        language=LANGUAGES[language()], counts=", ".join(found)
    )


# (name, step): names are marked for translation and shown in the current language
STEPS: list[tuple[str, Step]] = [
    (QT_TRANSLATE_NOOP("cli", "create inventory"), _create),
    (QT_TRANSLATE_NOOP("cli", "languages"), _catalogues),
    (QT_TRANSLATE_NOOP("cli", "fill small demo"), _demo),
    (QT_TRANSLATE_NOOP("cli", "save, edit, refuse"), _save_and_refuse),
    (QT_TRANSLATE_NOOP("cli", "production statistics"), _stats),
    (QT_TRANSLATE_NOOP("cli", "sites on a map"), _places),
    (QT_TRANSLATE_NOOP("cli", "challenge matrix"), _matrix),
    (QT_TRANSLATE_NOOP("cli", "field workbook"), _field_workbook),
    (QT_TRANSLATE_NOOP("cli", "re-import field workbook"), _reimport),
    (QT_TRANSLATE_NOOP("cli", "inventory workbook"), _inventory_workbook),
    (QT_TRANSLATE_NOOP("cli", "backup"), _backup),
    (QT_TRANSLATE_NOOP("cli", "verify database"), _verify),
]


def run(out: TextIO | None = None, as_json: bool = False) -> int:
    """Run every step; returns 0 when all passed, 1 otherwise."""
    from kpfield import __version__

    out = out or sys.stdout
    results = []
    start = time.perf_counter()
    saved_data_dir = os.environ.get("KPFIELD_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="kpfield-self-test-") as tmp:
        os.environ["KPFIELD_DATA_DIR"] = str(Path(tmp) / "data")
        try:
            ctx = Context(Path(tmp), Path(tmp) / "self test é.kpfield")
            if not as_json:
                print(translate("cli", "kpfield {version} self-test").format(version=__version__), file=out, flush=True)
            for name, step in STEPS:
                t = time.perf_counter()
                try:
                    detail, ok = step(ctx), True
                except Exception as e:  # report every failure and go on: the user needs the whole picture
                    detail, ok = f"{type(e).__name__}: {e}", False
                    if not as_json:
                        traceback.print_exc(file=sys.stderr)
                results.append({"step": name, "ok": ok, "detail": detail, "seconds": round(time.perf_counter() - t, 3)})
                if not as_json:
                    status = translate("cli", "OK") if ok else translate("cli", "FAILED")
                    print(f"{status:<6} {translate('cli', name):<24} {detail}", file=out, flush=True)
        finally:
            if saved_data_dir is None:
                os.environ.pop("KPFIELD_DATA_DIR", None)
            else:
                os.environ["KPFIELD_DATA_DIR"] = saved_data_dir
    passed = all(r["ok"] for r in results)
    if as_json:
        json.dump({"ok": passed, "steps": results}, out, indent=2)
        print(file=out)
    else:
        verdict = (
            translate("cli", "all steps passed in {seconds} s")
            if passed
            else translate("cli", "SELF-TEST FAILED in {seconds} s")
        )
        print(verdict.format(seconds=format_number(time.perf_counter() - start, 1)), file=out)
    return 0 if passed else 1
