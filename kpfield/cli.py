"""The kpfield command line: a thin layer over the same services the window uses.

Exit codes: 0 success; 1 the data or the file was refused (every problem is listed); 2 the
command was used wrongly (argparse's own code).

Messages come in the officer's language: ``--lang`` (before the command, or on the commands that
write reports and workbooks), else :func:`kpfield.i18n.preferred_language`. JSON output keeps its
keys and codes in every language. argparse's own help and usage errors are in English.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from kpfield import __version__, i18n
from kpfield.domain.entities import ENTITIES
from kpfield.domain.places import REGIONS
from kpfield.domain.validation import ValidationError
from kpfield.exchange.labels import entities_label, entity_label
from kpfield.i18n import format_number, translate
from kpfield.store import Inventory, InventoryError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace, TextIO], int]
COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        COMMANDS[name] = fn
        return fn

    return register


def _n(value: float, decimals: int | None = None) -> str:
    """A number as the officer reads it: grouped thousands, the language's decimal separator."""
    return format_number(value, decimals, grouping=True)


def _print_problems(err: ValidationError, out: TextIO) -> None:
    kind = entity_label(ENTITIES[err.entity]) if err.entity in ENTITIES else err.entity
    print(translate("cli", "kpfield: {kind} refused:").format(kind=kind), file=sys.stderr)
    for p in err.problems:
        tag = translate("cli", "error") if p.severity == "error" else translate("cli", "warning")
        print(f"  {tag}: {p}", file=sys.stderr)


def _warn(warnings: Sequence[object]) -> None:
    for w in warnings:
        print(translate("cli", "warning: {message}").format(message=w), file=sys.stderr)


# ---- commands ---------------------------------------------------------------------------------


@command("init")
def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.create(args.db, country=args.country, officer=args.officer, district=args.district) as inv:
        print(
            translate("cli", "Created inventory {path} for {officer} ({country}); installation {origin}").format(
                path=inv.path, officer=inv.identity.officer, country=inv.identity.country, origin=inv.identity.origin
            ),
            file=out,
        )
    return EXIT_OK


def _open_or_create_demo(path: Path, scale: str, seed: int, out: TextIO) -> Inventory:
    from kpfield.demo import SCALES, generate

    fresh = not path.exists() or path.stat().st_size == 0
    inv = (
        Inventory.create(path, country=SCALES[scale].countries[0], officer="Demo officer")
        if fresh
        else Inventory.open(path)
    )
    try:
        if fresh or not inv.count("person"):
            print(
                translate("cli", "Making the {scale} demo inventory (seed {seed}) in {path} ...").format(
                    scale=scale, seed=seed, path=path
                ),
                file=out,
                flush=True,
            )
            result = generate(inv, scale, seed)
            print(
                "  "
                + ", ".join(
                    f"{_n(n)} {entities_label(ENTITIES[k]).lower() if k in ENTITIES else k}"
                    for k, n in result.counts.items()
                ),
                file=out,
            )
    except BaseException:
        inv.close()
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return inv


@command("demo")
def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.db)
    if path.exists() and path.stat().st_size > 0:
        with Inventory.open(path) as inv:
            if inv.count("person") or inv.count("production"):
                print(
                    translate(
                        "cli", "kpfield: {path} already holds records; the demo goes into a new or empty inventory"
                    ).format(path=path),
                    file=sys.stderr,
                )
                return EXIT_REFUSED
    _open_or_create_demo(path, args.scale, args.seed, out).close()
    return EXIT_OK


def _format_summary(inv: Inventory) -> str:
    s = inv.summary()
    lines = [
        translate("cli", "Inventory {path}").format(path=inv.path),
        translate("cli", "Officer {officer} ({country}), installation {origin}").format(
            officer=inv.identity.officer, country=inv.identity.country, origin=inv.identity.origin
        ),
        "",
        translate("cli", "Records"),
    ]
    for key, n in s.counts.items():
        lines.append(f"  {entities_label(ENTITIES[key]):<24}{_n(n):>12}")
    heads = [
        translate("cli", "country"),
        translate("cli", "period"),
        translate("cli", "records"),
        translate("cli", "stones"),
        translate("cli", "carats"),
        translate("cli", "USD"),
        translate("cli", "USD/ct"),
    ]
    widths = [8, 8, 10, 12, 14, 16, 9]
    lines += [
        "",
        translate("cli", "Production (KP statistics form)"),
        "  " + "".join(h.ljust(w) if i < 2 else h.rjust(w) for i, (h, w) in enumerate(zip(heads, widths, strict=True))),
    ]
    for p in s.production:
        per = _n(p.usd_per_carat, 0) if p.usd_per_carat is not None else "-"
        lines.append(
            f"  {p.country:<8}{p.period:<8}{_n(p.records):>10}{_n(p.stones):>12}{_n(p.carats, 2):>14}"
            f"{_n(p.value_usd, 0):>16}{per:>9}"
        )
    if not s.production:
        lines.append("  " + translate("cli", "(no production recorded)"))
    last = inv.meta("last_backup_at")
    lines += [
        "",
        translate("cli", "Last backup: {when}").format(when=last) if last else translate("cli", "Last backup: never"),
    ]
    return "\n".join(lines)


@command("stats")
def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        if args.json:
            json.dump(inv.summary().as_json(), out, indent=2)
            print(file=out)
        else:
            print(_format_summary(inv), file=out)
    return EXIT_OK


@command("verify")
def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from kpfield.store.verify import verify

    checks = verify(args.db)
    ok = all(c.ok for c in checks)
    if args.json:
        json.dump({"ok": ok, "checks": [c.__dict__ for c in checks]}, out, indent=2)
        print(file=out)
    else:
        names = {
            "schema": translate("cli", "schema"),
            "integrity": translate("cli", "integrity"),
            "references": translate("cli", "references"),
            "audit": translate("cli", "audit"),
        }
        width = max(len(n) for n in names.values()) + 2
        for c in checks:
            status = translate("cli", "OK") if c.ok else translate("cli", "FAIL")
            print(f"{status:<5}{names.get(c.name, c.name):<{width}}{c.detail}", file=out)
        verdict = translate("cli", "{path}: sound") if ok else translate("cli", "{path}: PROBLEMS FOUND")
        print(verdict.format(path=args.db), file=out)
    return EXIT_OK if ok else EXIT_REFUSED


@command("backup")
def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    with Inventory.open(args.db) as inv:
        path = inv.backup(Path(args.output) if args.output else None, keep=args.keep)
    print(translate("cli", "Backed up to {path}").format(path=path), file=out)
    return EXIT_OK


def _date_arg(text: str) -> str:
    from kpfield.domain.dates import DateError, parse_date

    try:
        return parse_date(text).isoformat()
    except DateError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


@command("export inventory")
def cmd_export_inventory(args: argparse.Namespace, out: TextIO) -> int:
    import datetime as dt

    from kpfield.exchange.inventory_report import PdfUnavailable, Period, Scope, write_inventory, write_pdf

    with Inventory.open(args.db) as inv:
        if args.region and args.country:
            print(translate("cli", "kpfield export inventory: give --region or --country, not both"), file=sys.stderr)
            return EXIT_USAGE
        scope = Scope.region(args.region) if args.region else Scope.of_countries(args.country) if args.country else None
        period = None
        if args.date_from or args.date_to:
            whole = Period.of_data(inv.conn)
            period = Period(
                dt.date.fromisoformat(args.date_from) if args.date_from else whole.start,
                dt.date.fromisoformat(args.date_to) if args.date_to else whole.end,
            )
            if period.end < period.start:
                print(translate("cli", "kpfield export inventory: --to is before --from"), file=sys.stderr)
                return EXIT_USAGE

        def progress(done: int, total: int, what: str) -> bool:
            if not args.quiet:
                print(f"  [{done}/{total}] {what}", file=out, flush=True)
            return True

        result = write_inventory(inv, args.output, scope, period, progress=progress)
        sheets = ", ".join(
            translate("cli", "{sheet} {n} rows").format(sheet=result.titles.get(key, key), n=_n(n))
            for key, n in result.sheets.items()
        )
        print(translate("cli", "Wrote {path}: {sheets}").format(path=result.path, sheets=sheets), file=out)
        if args.pdf:
            try:
                print(translate("cli", "Wrote {path}").format(path=write_pdf(inv, args.pdf, scope, period)), file=out)
            except PdfUnavailable as e:
                print(f"kpfield: {e}", file=sys.stderr)
                return EXIT_REFUSED
    return EXIT_OK


@command("restore")
def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from kpfield.store.backup import restore

    used, kept = restore(
        Path(args.db), Path(args.source) if args.source else None, Path(args.backups) if args.backups else None
    )
    print(translate("cli", "Restored {path} from {backup}").format(path=args.db, backup=used), file=out)
    if kept:
        print(translate("cli", "The file it replaced was kept as {path}").format(path=kept), file=out)
    return EXIT_OK


def _parse_assignments(items: Sequence[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise argparse.ArgumentTypeError(
                translate("cli", "'{item}': write each field as name=value").format(item=item)
            )
        name, value = item.split("=", 1)
        values[name.strip()] = value
    return values


@command("add")
def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    values = _parse_assignments(args.fields)
    with Inventory.open(args.db) as inv:
        saved = inv.add(args.kind, values, reason=args.reason)
    _warn(saved.warnings)
    print(saved.id, file=out)
    return EXIT_OK


@command("gui")
def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from kpfield.paths import demo_inventory_path

    path: Path | None = None
    if args.demo:
        _open_or_create_demo(demo_inventory_path(), args.scale, 1, out).close()
        path = demo_inventory_path()
    elif args.db:
        path = Path(args.db)
    # without --db or --demo: the last inventory used, or the first-run wizard
    from kpfield.ui.app import run

    return run(path)


# ---- the challenge matrix ---------------------------------------------------------------------


def _matrix_scopes(args: argparse.Namespace, conn: Any) -> list[Any]:
    from kpfield.domain.places import REGIONS, districts_of
    from kpfield.matrix import Scope, parse_scope

    if args.region:
        if args.region not in REGIONS:
            raise ValueError(
                translate("cli", "'{region}' is not a WGAAP region; choose one of {choices}").format(
                    region=args.region, choices=", ".join(REGIONS)
                )
            )
        return [Scope("country", c) for c in REGIONS[args.region]]
    if args.scope:
        return [parse_scope(s, conn) for s in args.scope]
    countries = (
        [args.country.upper()]
        if args.country
        else [r[0] for r in conn.execute("SELECT DISTINCT country FROM site WHERE deleted = 0 ORDER BY country")]
    )
    if args.by_district:
        found = [
            (c, r[0])
            for c in countries
            for r in conn.execute(
                "SELECT DISTINCT district FROM site WHERE deleted = 0 AND country = ? AND district IS NOT NULL "
                "ORDER BY district",
                (c,),
            )
        ]
        known = {(u.country, u.district) for c in countries for u in districts_of(c)}
        return [Scope("district", d, c) for c, d in sorted(found, key=lambda cd: ((cd not in known), cd))]
    return [parse_scope(f"country:{c}") for c in countries]


@command("evaluate")
def cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from kpfield.matrix import Period, default_period, evaluate, load_matrix
    from kpfield.matrix.evaluate import format_table

    matrix = load_matrix(args.matrix)
    with Inventory.open(args.db) as inv:
        period = Period.parse(args.period) if args.period else default_period(inv.conn)
        scopes = _matrix_scopes(args, inv.conn)
        if not scopes:
            print(translate("cli", "kpfield: the inventory has no sites to evaluate"), file=sys.stderr)
            return EXIT_REFUSED
        ev = evaluate(inv.conn, matrix, scopes, period, lang=i18n.language())
    if args.json:
        json.dump(ev.as_json(), out, indent=1, ensure_ascii=False)
        print(file=out)
    else:
        print(format_table(ev), file=out)
    return EXIT_OK


@command("footprint")
def cmd_footprint(args: argparse.Namespace, out: TextIO) -> int:
    from kpfield.matrix import Period, default_period, parse_scope
    from kpfield.matrix.footprint import footprint_report, footprint_svg, load_reference

    reference = load_reference(args.reference) if args.reference else None
    with Inventory.open(args.db) as inv:
        scope = parse_scope(args.scope, inv.conn)
        period = Period.parse(args.period) if args.period else default_period(inv.conn)
        report = footprint_report(
            inv.conn, scope, period, history=args.history, reference=reference, min_stones=args.min_stones
        )
    if args.svg:
        Path(args.svg).write_text(footprint_svg(report), encoding="utf-8")
    if args.json:
        from dataclasses import asdict

        json.dump(asdict(report), out, indent=1, ensure_ascii=False)
        print(file=out)
        return EXIT_OK
    from kpfield.exchange.labels import significant

    def pct(share: float | None) -> str:
        return translate("cli", "{value}%").format(value=_n(100 * share, 1)) if share is not None else "-"

    fp, ref, cmp = report.footprint, report.reference, report.comparison
    print(
        translate("cli", "Footprint of {place}: {records} records, {stones} stones, {carats} ct").format(
            place=fp.label, records=_n(fp.records), stones=_n(fp.stones), carats=_n(fp.carats, 2)
        ),
        file=out,
    )
    heads = [
        translate("cli", "class"),
        translate("cli", "stones"),
        translate("cli", "% stones"),
        translate("cli", "carats"),
        translate("cli", "% carats"),
        translate("cli", "USD/ct"),
        translate("cli", "ref % stones"),
    ]
    widths = [22, 9, 10, 12, 10, 9, 14]
    print(
        "".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(heads, widths, strict=True))),
        file=out,
    )
    for i, c in enumerate(fp.classes):
        usd = _n(c.usd_per_carat, 0) if c.usd_per_carat is not None else "-"
        rs = ref.classes[i].stone_share if ref else None
        print(
            f"{c.label:<22}{_n(c.stones):>9}{pct(c.stone_share or 0):>10}{_n(c.carats, 2):>12}"
            f"{pct(c.carat_share or 0):>10}{usd:>9}{pct(rs):>14}",
            file=out,
        )
    if ref and cmp:
        print(
            "\n"
            + translate("cli", "Reference: {place} ({stones} stones)").format(place=ref.label, stones=_n(ref.stones)),
            file=out,
        )
        distance = translate("cli", "Total-variation distance: stones {tvd}").format(tvd=_n(cmp.tvd, 3))
        if cmp.tvd_carats is not None:
            distance += translate("cli", ", carats {tvd}").format(tvd=_n(cmp.tvd_carats, 3))
        print(distance, file=out)
        if cmp.enough_stones and cmp.p_value is not None:
            print(
                translate("cli", "Chi-square on stone counts: {chi2} with {dof} degrees of freedom, p = {p}").format(
                    chi2=_n(cmp.chi2, 1), dof=cmp.dof, p=significant(cmp.p_value)
                ),
                file=out,
            )
        else:
            print(
                translate("cli", "Chi-square not computed: each footprint needs at least {n} stones").format(
                    n=cmp.min_stones
                ),
                file=out,
            )
    j = report.jump
    if j:
        hist = ", ".join(f"{p} {_n(c, 1)} ct" for p, c in j.history)
        verdict = translate("cli", "JUMP") if j.jump else translate("cli", "no jump")
        ratio = (
            translate("cli", "{ratio}x the earlier mean").format(ratio=_n(j.ratio, 2))
            if j.ratio is not None
            else translate("cli", "no earlier production")
        )
        print(
            translate(
                "cli",
                "Production jump test: {carats} ct, {ratio} (threshold {threshold}x): {verdict}. Earlier: {history}",
            ).format(
                carats=_n(j.carats, 1),
                ratio=ratio,
                threshold=_n(j.threshold),
                verdict=verdict,
                history=hist,
            ),
            file=out,
        )
    return EXIT_OK


@command("assess")
def cmd_assess(args: argparse.Namespace, out: TextIO) -> int:
    from kpfield.matrix import Period, load_matrix

    matrix = load_matrix(args.matrix)
    row = matrix.row(args.row)
    period = Period.parse(args.period)
    if not period.is_half_year:
        raise ValueError(
            translate("cli", "a self-assessment is made per half-year: write the period as 2026H1 or 2026H2")
        )
    values = {
        "country": args.country,
        "period": period.label,
        "row_id": row.id,
        "score": args.score,
        "evidence": args.evidence,
        "gap": args.gap,
        "action": args.action,
        "owner": args.owner,
        "due_on": args.due,
    }
    with Inventory.open(args.db) as inv:
        existing = inv.conn.execute(
            "SELECT id FROM self_assessment WHERE deleted = 0 AND country = ? AND period = ? AND row_id = ?",
            ((args.country or "").upper(), period.label, row.id),
        ).fetchone()
        if existing:
            # a revised score updates the record, so the audit log keeps the earlier one
            changes = {k: v for k, v in values.items() if v is not None}
            saved = inv.update("self_assessment", existing[0], changes, reason=args.reason)
        else:
            saved = inv.add("self_assessment", values, reason=args.reason)
    _warn(saved.warnings)
    print(saved.id, file=out)
    return EXIT_OK


# ---- parser -----------------------------------------------------------------------------------


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

    def db_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--db", required=True, metavar="PATH", help="the inventory file (.kpfield)")

    def lang_arg(sp: argparse.ArgumentParser, what: str) -> None:
        # its own dest: a sub-command's default would otherwise overwrite the global --lang
        sp.add_argument("--lang", choices=list(i18n.LANGUAGES), help=what + " (default: the global --lang)")

    sp = sub.add_parser(
        "init",
        help="create a new inventory for this installation",
        description="Create a new, empty inventory file and this installation's identity.",
    )
    db_arg(sp)
    sp.add_argument("--country", required=True, help="home country, ISO 3166 alpha-2 (SL, GN, CF, ...)")
    sp.add_argument("--officer", required=True, help="the officer's name, as it will appear in the audit log")
    sp.add_argument("--district", help="the officer's district (optional)")

    from kpfield.demo import SCALES

    sp = sub.add_parser(
        "demo",
        help="fill a new inventory with the demo data",
        description="Make a new inventory holding realistic, deterministic demo records "
        "(with planted problems for the challenge matrix to find).",
    )
    db_arg(sp)
    sp.add_argument(
        "--scale",
        choices=list(SCALES),
        default="small",
        help="small: a few hundred records, 4 countries; national: 20,000 diggers, 200,000 "
        "production records; regional: 5 countries, about 1,000,000 production records",
    )
    sp.add_argument("--seed", type=int, default=1, help="the same seed gives the same inventory (default 1)")

    sp = sub.add_parser(
        "stats",
        help="counts per record kind and production totals",
        description="Records per kind, and production per country and half-year (stones, carats, USD, USD/ct).",
    )
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON instead of a table")

    sp = sub.add_parser(
        "verify",
        help="check the file's integrity, references and audit chain",
        description="Check the file's structure (PRAGMA integrity_check), its references and "
        "its audit chain, without writing to it. Exit 1 when a check fails.",
    )
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON instead of lines")

    sp = sub.add_parser(
        "backup",
        help="write a timestamped backup of the inventory",
        description="Copy the inventory with SQLite's online backup API into a timestamped "
        "file, keeping the newest --keep backups.",
    )
    db_arg(sp)
    sp.add_argument("-o", "--output", metavar="DIR", help="backup folder (default: 'backups' next to the inventory)")
    sp.add_argument("--keep", type=int, default=10, help="how many backups to keep (default 10; 0 keeps all)")

    export = sub.add_parser(
        "export",
        help="write workbooks: a field workbook or the consolidated inventory",
        description="Write an inventory's data to Excel workbooks.",
    )
    export_sub = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    sp = export_sub.add_parser(
        "inventory",
        help="the consolidated regional inventory workbook",
        description="Write the consolidated inventory workbook a coordinator sends to the WGAAP: Summary in KP "
        "statistics form per country and half-year, production by district and month, sites, licences, buyers "
        "and exporters, and the sources the numbers rest on. Optionally a PDF of the Summary (needs LibreOffice).",
    )
    db_arg(sp)
    sp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the workbook to write")
    where = sp.add_mutually_exclusive_group()
    where.add_argument("--region", choices=sorted(REGIONS), help="a WGAAP region")
    where.add_argument("--country", nargs="+", metavar="XX", help="one or more countries (ISO 3166 alpha-2)")
    sp.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATE", help="first day (default: the data's)")
    sp.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATE", help="last day (default: the data's)")
    sp.add_argument("--pdf", metavar="FILE.pdf", help="also write a PDF of the Summary, through LibreOffice")
    sp.add_argument("-q", "--quiet", action="store_true", help="do not print progress")
    lang_arg(sp, "language of the workbook's titles, headers and notes, and of the PDF")

    sp = sub.add_parser(
        "restore",
        help="bring back a backup (the replaced file is kept aside)",
        description="Replace the inventory by a backup that verifies: the one given with --from, or else the "
        "newest good one. The replaced file is renamed, never deleted. Close kpfield before restoring.",
    )
    sp.add_argument("--db", required=True, metavar="PATH", help="the inventory file to restore")
    sp.add_argument("--from", dest="source", metavar="BACKUP", help="the backup file to bring back")
    sp.add_argument("--backups", metavar="DIR", help="where to look for backups (default: 'backups' next to it)")

    sp = sub.add_parser(
        "add",
        help="add one record (name=value fields)",
        description="Add one record through the same validation as the window's forms, e.g. "
        "kpfield add licence --db inv.kpfield country=SL number=AML/0001 "
        "kind=artisanal_mining issued_on=2026-01-15 expires_on=2027-01-14 ...",
    )
    sp.add_argument("kind", choices=list(ENTITIES), help="the kind of record")
    db_arg(sp)
    sp.add_argument("fields", nargs="*", metavar="NAME=VALUE", help="the record's fields")
    sp.add_argument("--reason", help="why, for the audit log")

    sp = sub.add_parser(
        "gui",
        help="open the window",
        description="Open the kpfield window on an inventory, or on the demo inventory in the user's data folder. "
        "Without --db or --demo: the last inventory used, or (the first time) a short wizard that creates one.",
    )
    sp.add_argument("--db", metavar="PATH", help="the inventory to open")
    sp.add_argument("--demo", action="store_true", help="open the demo inventory (made on first use)")
    sp.add_argument("--scale", choices=list(SCALES), default="small", help="demo scale on first use")

    sp = sub.add_parser(
        "evaluate",
        help="evaluate the inventory against the WGAAP challenge matrix",
        description="Compute the challenge matrix's indicators per country (or region's countries, or "
        "districts) for one half-year, with statuses and each country's self-assessment.",
    )
    db_arg(sp)
    where = sp.add_mutually_exclusive_group()
    where.add_argument("--country", help="one country (ISO 3166 alpha-2); default: every country in the inventory")
    where.add_argument(
        "--region",
        help="a WGAAP region: west-africa, central-southern-africa or south-america (one column per country)",
    )
    where.add_argument(
        "--scope", action="append", help="a scope such as district:SL:Kono or site:SL-KON-0001 (repeatable)"
    )
    sp.add_argument("--by-district", action="store_true", help="one column per district of the country/countries")
    sp.add_argument("--period", help="half-year (2026H1) or year (2026); default: the latest half-year with production")
    sp.add_argument("--matrix", metavar="FILE", help="a matrix file to use instead of the one kpfield ships")
    lang_arg(sp, "language of the titles")
    sp.add_argument("--json", action="store_true", help="print JSON with every indicator's figures and record ids")

    sp = sub.add_parser(
        "footprint",
        help="size-class footprint of a site, district, office or country",
        description="The size-frequency distribution (stones and carats per size class, USD/ct) of a scope "
        "for a period, compared with its earlier half-years or a reference file, and a production jump test.",
    )
    db_arg(sp)
    sp.add_argument(
        "--scope", required=True, help="site:CODE, district:NAME, office:LICENCE-NUMBER, country:XX or region:NAME"
    )
    sp.add_argument("--period", help="half-year (2026H1) or year; default: the latest half-year with production")
    sp.add_argument("--history", type=int, default=4, help="earlier half-years forming the reference (default 4)")
    sp.add_argument("--reference", metavar="FILE", help="a reference footprint (TOML with [stones] per class)")
    sp.add_argument("--min-stones", type=int, default=50, help="stones each side needs for the chi-square test (50)")
    sp.add_argument("--svg", metavar="FILE", help="also draw the bar chart (reference overlaid) as an SVG file")
    sp.add_argument("--json", action="store_true", help="print JSON instead of a table")

    sp = sub.add_parser(
        "assess",
        help="record a country's self-assessment of one matrix row",
        description="Record (or revise) a self-assessment: score A-D with evidence, gap, action, owner and "
        "due date, for one row of the challenge matrix, one country and one half-year.",
    )
    db_arg(sp)
    sp.add_argument("--country", required=True, help="ISO 3166 alpha-2")
    sp.add_argument("--period", required=True, help="half-year, e.g. 2026H1")
    sp.add_argument("--row", required=True, help="the matrix row id, e.g. digger_licensing")
    sp.add_argument("--score", required=True, choices=("A", "B", "C", "D"))
    sp.add_argument("--evidence")
    sp.add_argument("--gap")
    sp.add_argument("--action")
    sp.add_argument("--owner")
    sp.add_argument("--due", help="due date of the action")
    sp.add_argument("--matrix", metavar="FILE", help="the matrix file the row belongs to (default: kpfield's)")
    sp.add_argument("--reason", help="why, for the audit log")

    from kpfield.exchange.commands import register as register_exchange

    register_exchange(sub, export_sub, db_arg, COMMANDS, lang_arg)
    return p


def language_of(args: argparse.Namespace) -> str:
    """The language a command speaks: its own ``--lang``, the global one, else the officer's preference."""
    return getattr(args, "lang", None) or getattr(args, "global_lang", None) or i18n.preferred_language()


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    previous = i18n.language()
    try:
        return _main(argv, out)
    finally:
        # main() also runs inside other programs (the tests, the self-test): leave their language as it was
        i18n.set_language(previous)


def _main(argv: Sequence[str] | None, out: TextIO) -> int:
    parser = build_parser()
    try:
        # NAME=VALUE fields of 'add' may come after --db, which plain parse_args refuses
        args, extra = parser.parse_known_args(argv)
        i18n.set_language(language_of(args))
        if extra and not (args.command == "add" and all("=" in x and not x.startswith("-") for x in extra)):
            parser.error(translate("cli", "unrecognized arguments: {arguments}").format(arguments=" ".join(extra)))
        if extra:
            args.fields = [*args.fields, *extra]
        if args.command is None and not args.self_test:
            parser.error(translate("cli", "choose a command (kpfield --help lists them)"))
    except SystemExit as e:
        return int(e.code or 0)
    if args.self_test:
        from kpfield import selftest

        return selftest.run(out)
    try:
        name = f"{args.command} {args.export_kind}" if args.command == "export" else args.command
        return COMMANDS[name](args, out)
    except ValidationError as e:
        _print_problems(e, out)
        return EXIT_REFUSED
    except argparse.ArgumentTypeError as e:
        print(f"kpfield {args.command}: {e}", file=sys.stderr)
        return EXIT_USAGE
    except (InventoryError, ValueError, KeyError) as e:
        print(f"kpfield: {e.args[0] if isinstance(e, KeyError) else e}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as e:
        print(f"kpfield: {e.strerror or e}: {e.filename or ''}", file=sys.stderr)
        return EXIT_REFUSED


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])
