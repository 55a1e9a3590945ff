"""Render each main screen of the demo inventory offscreen into docs/screenshots/*.png.

    .venv/bin/python scripts/screenshots.py [--db PATH] [--out docs/screenshots] [--lang en fr pt]

With ``--guide`` it makes the guide's pictures instead (each page of the window, and Start here on
an empty inventory, 640 pixels wide) into ``resources/guide/images/<lang>/``, which the program ships.

With ``--lang fr`` (or pt, es) the window speaks that language and the pictures go to
``docs/screenshots/<lang>/`` unless --out says otherwise; ``--lang en fr pt`` makes all three.

Uses the real window at 1366x768 on a copy of the small demo inventory (made in a temporary
folder when --db is not given), so the pictures show what a user sees.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kpfield.demo import SCALES, generate  # noqa: E402
from kpfield.i18n import LANGUAGES  # noqa: E402
from kpfield.store import Inventory  # noqa: E402


def make_demo(folder: Path) -> Path:
    path = folder / "demo.kpfield"
    with Inventory.create(path, country=SCALES["small"].countries[0], officer="Demo officer", district="Kono") as inv:
        generate(inv, "small", 1)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="inventory to show (a copy is used; default: a fresh small demo)")
    ap.add_argument("--out", help="folder for the pictures (default: docs/screenshots, or docs/screenshots/<lang>)")
    ap.add_argument(
        "--lang",
        nargs="+",
        default=["en"],
        choices=list(LANGUAGES),
        help="the window's language(s): --lang en fr pt makes docs/screenshots, its fr/ and its pt/",
    )
    ap.add_argument(
        "--scale-factor",
        type=float,
        default=1.0,
        help="display scaling, e.g. 1.5 for 150%%: the window then fills a 1366x768 screen at that scale",
    )
    ap.add_argument("--guide", action="store_true", help="make the guide's pictures in resources/guide/images/<lang>")
    args = ap.parse_args()
    if args.scale_factor != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale_factor)
    if args.out and len(args.lang) > 1:
        ap.error("--out takes one language")
    if len(args.lang) > 1:
        # one language per run: the window's translators are installed once per process
        import subprocess

        rest = [a for a in sys.argv[1:] if a not in LANGUAGES and a != "--lang"]
        codes = [subprocess.call([sys.executable, __file__, "--lang", lang, *rest]) for lang in args.lang]
        return max(codes)
    lang = args.lang[0]
    default_out = ROOT / "docs" / "screenshots"
    out = Path(args.out) if args.out else (default_out if lang == "en" else default_out / lang)
    if not args.guide:
        out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="kpfield-shots-"))
    os.environ["KPFIELD_DATA_DIR"] = str(tmp / "data")
    try:
        if args.db:
            path = tmp / "inventory.kpfield"
            shutil.copy(args.db, path)
        else:
            path = make_demo(tmp)
        if args.guide:
            return shoot_guide(path, ROOT / "resources" / "guide" / "images" / lang, lang)
        return shoot(path, out, args.scale_factor, lang)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def exchange_scenario(folder: Path, coordinator: Inventory) -> list[Path]:
    """Officers A and B start from one workbook and edit it offline; ``coordinator`` receives both.

    Returns two more files for the import preview: B's next workbook and a hand-typed one with
    refused rows.
    """
    import openpyxl

    from kpfield.exchange.export import export_field
    from kpfield.exchange.importer import import_workbooks

    a = Inventory.create(folder / "officer-a.kpfield", country="SL", officer="Aminata Kamara", district="Kono")
    b = Inventory.create(folder / "officer-b.kpfield", country="SL", officer="Sahr Koroma", district="Kono")
    holder = a.add("person", {"family_name": "Conteh", "given_names": "Fodé", "country": "SL", "village": "Yengema"})
    licence = a.add(
        "licence",
        {
            "country": "SL",
            "number": "0071/2026",
            "kind": "artisanal_mining",
            "holder_person_id": holder.id,
            "issued_on": "2026-01-15",
            "expires_on": "2027-01-14",
            "area_ha": 0.8,
            "fee_usd": 50,
            "status": "active",
        },
    ).id
    # the coordinator registered A's key; B's is unknown to her: the import shows both statuses
    from kpfield import identity

    key, _ = a.keys.installation_key()
    coordinator.keys.register(identity.export_identity(key, folder / "kamara.kpkey", officer="Aminata Kamara"))
    export_field(a, folder / "start.xlsx")
    for inv in (b, coordinator):
        import_workbooks(inv, [folder / "start.xlsx"], backup=False)
    a.update("licence", licence, {"fee_usd": 100})
    b.update("licence", licence, {"fee_usd": 150, "area_ha": 0.9})
    person = {"given_names": "Isata", "country": "SL", "village": "Tombodu"}
    a.add("person", {"family_name": "Bangura", **person})
    b.add("person", {"family_name": "BANGURA", **person, "phone": "+232 76 000000"})
    export_field(a, folder / "kamara-2026-03.xlsx")
    export_field(b, folder / "koroma-2026-03.xlsx")
    import_workbooks(coordinator, [folder / "kamara-2026-03.xlsx", folder / "koroma-2026-03.xlsx"], backup=False)
    b.add("person", {"family_name": "Sesay", "given_names": "Mariama", "country": "SL", "village": "Koidu"})
    export_field(b, folder / "koroma-2026-04.xlsx")
    a.close()
    b.close()

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Licences"
    ws.append(["Country", "Licence number", "Kind", "Issued on", "Expires on", "Area (ha)", "Status"])
    ws.append(["SL", "0090/2026", "artisanal_mining", "15/03/2026", "14/03/2027", "1,5", "active"])
    ws.append(["SL", "0091/2026", "artisanal_mining", "31/02/2026", "2027-02-28", "2", "active"])
    ws.append(["XS", "0092/2026", "artisanal mining", "2026-03-20", "2027-03-19", "-1", "active"])
    wb.save(folder / "typed-by-hand.xlsx")
    return [folder / "koroma-2026-04.xlsx", folder / "typed-by-hand.xlsx"]


def shoot(path: Path, out: Path, factor: float = 1.0, lang: str = "en") -> int:
    from kpfield.ui import language
    from kpfield.ui.app import application
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication
    from kpfield.ui.records.forms import RecordDialog

    app = application()
    language.install(lang)
    inv = Inventory.open(path)
    win = MainWindow(inv, auto_backup=False)
    win.resize(round(1366 / factor), round(768 / factor))
    win.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def grab(widget, name: str) -> None:
        settle()
        target = out / f"{name}.png"
        widget.grab().save(str(target))
        print(f"wrote {target}")

    if factor != 1.0:
        # at another scale, one record page and one form show whether everything still reads
        suffix = f"-{round(factor * 100)}pct"
        page = win.go_to("production")
        page.table.selectRow(2)
        grab(win, "production" + suffix)
        dialog = RecordDialog(win.editor, "person", None, win)
        dialog.show()
        grab(dialog, "person-form" + suffix)
        dialog.done(0)  # closed without the question Esc asks after typing
        win.close()
        inv.close()
        return 0

    shots = [
        ("person", "persons", ""),
        ("licence", "licences", ""),
        ("site", "sites", ""),
        ("production", "production", ""),
        ("sale", "sales", ""),
        ("inspection", "inspections", ""),
    ]
    for kind, name, search in shots:
        page = win.go_to(kind)
        page.search.setText(search)
        page.apply_filters()
        page.table.selectRow(2)
        grab(win, name)
    page = win.go_to("site")
    page.search.setText("Kerouane")
    page.apply_filters()
    page.table.selectRow(0)
    grab(win, "search-accents")

    shoot_map(win, grab, path.parent)
    shoot_matrix(app, win, grab)

    # the Exchange page: two officers' workbooks merged into this inventory (a conflict and a
    # probable duplicate to review), then a preview of two more, one of which is refused
    incoming = exchange_scenario(path.parent, inv)
    win.nav.setCurrentRow(win.nav.count() - 1)
    exchange = win.exchange
    exchange.review_tab.reload()
    exchange._update_review_title()
    exchange.tabs.setCurrentWidget(exchange.import_tab)
    exchange.import_tab.start_preview([str(p) for p in incoming])
    while exchange.import_tab.jobbar.job is not None:
        app.processEvents()
    exchange.import_tab.problems_view.selectRow(0)
    grab(win, "exchange")
    exchange.tabs.setCurrentWidget(exchange.review_tab)
    grab(win, "exchange-review")
    exchange.tabs.setCurrentWidget(exchange.export_tab)
    exchange.export_tab.country.setCurrentIndex(exchange.export_tab.country.findData("SL"))
    grab(win, "exchange-export")
    exchange.keys_tab.reload()
    exchange.tabs.setCurrentWidget(exchange.keys_tab)
    grab(win, "exchange-keys")

    # forms, shown without waiting for a person
    page = win.go_to("licence")
    dialog = RecordDialog(win.editor, "licence", None, win)
    dialog.editors["number"].edit.setText("AML/0001")
    dialog._edited("number")
    dialog.editors["kind"].set_value("artisanal_mining")
    dialog.editors["area_ha"].edit.setText("2,5")
    dialog._edited("area_ha")
    dialog.editors["issued_on"].edit.setText("15/01/2026")
    dialog.editors["issued_on"].normalise()
    dialog._edited("issued_on")
    dialog.validate()
    dialog.show()
    grab(dialog, "licence-form")
    dialog.done(0)

    existing = inv.conn.execute(
        "SELECT family_name, given_names, village, country FROM person WHERE village IS NOT NULL LIMIT 1"
    ).fetchone()
    dialog = RecordDialog(win.editor, "person", None, win)
    dialog.editors["family_name"].edit.setText(existing["family_name"].upper())
    dialog.editors["given_names"].edit.setText(existing["given_names"] or "")
    dialog.editors["village"].edit.setText(existing["village"])
    dialog._edited("family_name")
    dialog.validate()
    dialog.show()
    grab(dialog, "person-duplicate-warning")
    dialog.done(0)

    rid = inv.conn.execute(
        "SELECT id FROM production WHERE deleted = 0 AND stones BETWEEN 5 AND 8 ORDER BY carats DESC LIMIT 1"
    ).fetchone()
    if rid is None:
        rid = inv.conn.execute("SELECT id FROM production WHERE deleted = 0 LIMIT 1").fetchone()
    dialog = RecordDialog(win.editor, "production", rid[0], win)
    dialog.show()
    grab(dialog, "production-form")
    dialog.done(0)

    from kpfield.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard()
    wizard.page_.officer.setText("Fatmata Sesay")
    wizard.page_.district.setCurrentText("Kono")
    # the default is the user's data folder; show its usual Linux form rather than this run's temp folder
    wizard.page_.location.setText("~/.local/share/kpfield/inventory.kpfield")
    wizard.page_.officer.deselect()
    wizard.show()
    grab(wizard, "first-run")
    wizard.reject()

    # File > Check this inventory, after a licence's area was changed behind kpfield's back (last:
    # the inventory stays changed)
    import sqlite3

    # File > Restore from backup: two backups of the demo, and a damaged file among them
    inv.backup()
    inv.add("person", {"family_name": "Sesay", "given_names": "Aminata", "country": inv.identity.country})
    damaged = inv.backup()
    damaged.with_name(damaged.name.replace(".kpfield", "-copy.kpfield")).write_bytes(
        b"SQLite format 3\x00" + b"\x13" * 8192
    )
    dialog = win.restore_backup()
    while dialog.list_job is not None:
        app.processEvents()
    grab(dialog, "restore-backup")
    dialog.close()

    lid = inv.conn.execute("SELECT id FROM licence WHERE deleted = 0 AND area_ha > 0 LIMIT 1").fetchone()[0]
    raw = sqlite3.connect(path)
    raw.execute("UPDATE licence SET area_ha = area_ha * 100 WHERE id = ?", (lid,))
    raw.commit()
    raw.close()
    win.check_dialog = None
    win.check_inventory()
    while win.check_dialog is None:
        app.processEvents()
    grab(win.check_dialog, "check-inventory")
    win.check_dialog.close()

    win.close()
    inv.close()
    QApplication.processEvents()
    return 0


DAY_GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx xmlns="http://www.topografix.com/GPX/1/1" creator="eTrex 32x" version="1.1">
{waypoints}
<trk><name>ACTIVE LOG</name><trkseg>{track}</trkseg></trk>
</gpx>
"""


def shoot_guide(path: Path, out: Path, lang: str) -> int:
    """The guide's pictures: each page of the window at 1366x768, scaled to 640 pixels wide, and
    Start here on an empty inventory; then the guide itself and Start here into docs/screenshots."""
    import time

    from kpfield.ui import language
    from kpfield.ui.app import application
    from kpfield.ui.guide import RECORD_PAGES
    from kpfield.ui.main_window import MainWindow
    from kpfield.ui.qt import QApplication, QImage, Qt

    app = application()
    language.install(lang)
    out.mkdir(parents=True, exist_ok=True)
    docs = ROOT / "docs" / "screenshots" / ("" if lang == "en" else lang)

    def settle(done=lambda: True) -> None:
        deadline = time.monotonic() + 60
        for _ in range(5):
            app.processEvents()
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)

    def grab(widget, name: str) -> None:
        settle()
        picture = widget.grab().scaledToWidth(640, Qt.TransformationMode.SmoothTransformation).toImage()
        # 256 colours: a picture of the window reads the same at a sixth of the size the program ships
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        picture.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png")

    def open_window(inv: Inventory) -> MainWindow:
        win = MainWindow(inv, auto_backup=False)
        win.resize(1366, 768)
        win.show()
        return win

    empty = path.parent / "empty.kpfield"
    with Inventory.create(empty, country="SL", officer="Fatmata Sesay", district="Kono") as inv:
        win = open_window(inv)
        grab(win, "start")
        if docs.is_dir():  # the languages the README shows (docs/screenshots, its fr/ and pt/)
            settle()
            win.grab().save(str(docs / "start-here.png"))
            guide = win.show_guide("production")
            guide.resize(1100, 700)
            settle()
            guide.grab().save(str(docs / "guide.png"))
            print(f"wrote {docs / 'start-here.png'} and {docs / 'guide.png'}")
            guide.close()
        win.close()
    with Inventory.open(path) as inv:
        win = open_window(inv)
        for kind in RECORD_PAGES:
            page = win.go_to(kind)
            page.table.selectRow(2)
            grab(win, kind)
        for name, widget in (("map", win.map_page), ("matrix", win.matrix_page), ("exchange", win.exchange)):
            win.nav.setCurrentRow(win.stack.indexOf(widget))
            if name == "matrix":
                page = win.matrix_page
                settle(lambda page=page: page.heat.evaluation is not None and page.job is None)
                page.select_cell(0, 0)
                settle(lambda page=page: page.footprint_job is None)
            if name == "exchange":
                win.exchange.tabs.setCurrentWidget(win.exchange.import_tab)
            grab(win, name)
        win.close()
    QApplication.processEvents()
    return 0


def shoot_map(win, grab, folder: Path) -> None:
    """The Map page on Kono after a day's waypoints were imported from a handheld GPS, with the
    day's track: the sites by status and flag, a new site selected; then one site close up with
    its licence area."""
    from kpfield.geo import MapScope, apply_gpx, plan_gpx, read_gpx

    inv = win.inv
    points = [(8.612, -10.915), (8.604, -10.93), (8.598, -10.905), (8.62, -10.94), (8.59, -10.925), (8.6138, -10.9082)]
    waypoints = "\n".join(
        f'<wpt lat="{lat}" lon="{lon}"><ele>{300 + i}</ele><name>SL-KON-{101 + i:04d}</name>'
        f"<cmt>Tankoro pit {101 + i}</cmt></wpt>"
        for i, (lat, lon) in enumerate(points)
    )
    gpx = folder / "day.gpx"
    route = [(8.6135, -10.9079)] + [points[i] for i in (0, 3, 1, 4, 2)]
    track = "".join(f'<trkpt lat="{lat}" lon="{lon}"/>' for lat, lon in route)
    gpx.write_text(DAY_GPX.format(waypoints=waypoints, track=track), encoding="utf-8")
    apply_gpx(inv, plan_gpx(inv, read_gpx(gpx), district="Kono", near_m=100))
    win._records_imported()

    win.nav.setCurrentRow(win.stack.indexOf(win.map_page))
    page = win.map_page
    page.set_scope(MapScope(country="SL", district="Kono"))
    page.reload()
    page.show_tracks(str(gpx))
    page.view.fit()
    new = next(s for s in page.data.sites if s.code == "SL-KON-0103")
    page.select_site(new.id)
    page.view.fit()
    grab(win, "map")
    with_area = next(s for s in page.data.sites if s.licence_id and s.located and s.code == "SL-KON-0001")
    page.select_site(with_area.id)
    page.view.resetTransform()
    page.view.scale(111_320 / 1.5, 111_320 / 1.5)  # 1.5 m a pixel
    page.view.centre_on_site(page.current)
    grab(win, "map-licence-area")


def shoot_matrix(app, win, grab) -> None:
    """The Challenge matrix page: a planted problem selected with its flagged records and the
    country's self-assessment, then the footprint of the same country."""
    import time

    win.nav.setCurrentRow(win.nav.count() - 2)
    page = win.matrix_page

    def wait(done) -> None:
        deadline = time.monotonic() + 60
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)

    wait(lambda: page.heat.evaluation is not None and page.job is None)
    rows = [r.row_id for r in page.heat.evaluation.scopes[0].rows]
    column = next(c for c, s in enumerate(page.heat.scopes) if s.value == "SL")
    page.select_cell(rows.index("digger_licensing"), column)
    ids = [i.id for i in page.indicators.indicators]
    page.indicator_view.setCurrentIndex(page.indicators.index(ids.index("expired_licences_still_producing"), 0))
    form = page.assessment
    form.score.setCurrentIndex(form.score.findData("C"))
    form.evidence.setPlainText("Licences issued in every district office; renewals tracked on paper only.")
    form.gap.setPlainText("Expired licences keep producing: no reminder before expiry, no check at the pit.")
    form.action.setPlainText("Monthly list of licences expiring within 60 days sent to mines wardens.")
    form.owner.setText("Director of Mines, licensing unit")
    form.due_on.set_value("2026-12-31")
    form.save()
    page.select_cell(rows.index("digger_licensing"), column)
    wait(lambda: page.footprint_job is None)
    grab(win, "challenge-matrix")

    # drilling down: the flagged licences in their page, why each was flagged, and the way back
    page.indicator_view.setCurrentIndex(page.indicators.index(ids.index("production_without_valid_licence"), 0))
    drill = page.drill()
    if drill is not None:
        page.drillDown.emit(drill)
        grab(win, "challenge-matrix-drill-down")
        win.drills.back()

    page.select_cell(rows.index("provenance"), column)
    page.tabs.setCurrentWidget(page.footprint)
    wait(lambda: page.footprint_job is None)
    grab(win, "challenge-matrix-footprint")


if __name__ == "__main__":
    raise SystemExit(main())
