"""The exchange commands of the command line: export field, template, import, conflicts, resolve, identity.

Registered into ``kpfield.cli`` by :func:`register`; they call the exchange services only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from kpfield.i18n import LANGUAGES, format_number, language, translate
from kpfield.store import Inventory

Handler = Callable[[argparse.Namespace, TextIO], int]
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _n(value: int) -> str:
    return format_number(value, grouping=True)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from .export import export_field

    with Inventory.open(args.db) as inv:
        result = export_field(inv, args.output, country=args.country, since=args.since)
    print(translate("cli", "Wrote {path}: {n} records").format(path=result.path, n=_n(result.rows)), file=out)
    for title, _, n in result.sheets:
        print(f"  {title:<26}{_n(n):>12}", file=out)
    print("  " + translate("cli", "data SHA-256 {sha256}").format(sha256=result.sha256), file=out)
    print(
        "  "
        + translate("cli", "signed with this installation's key {fingerprint}").format(fingerprint=result.fingerprint),
        file=out,
    )
    if result.key_made:
        print(
            "  "
            + translate(
                "cli",
                "This installation's signing key was made now: send 'kpfield identity --export' to your "
                "coordinator so that your workbooks import as signed by a registered officer",
            ),
            file=out,
        )
    return EXIT_OK


def cmd_template(args: argparse.Namespace, out: TextIO) -> int:
    from .template import write_template

    lang = language()
    path = write_template(args.output, lang)
    print(
        translate("cli", "Wrote the blank template {path} ({language})").format(path=path, language=LANGUAGES[lang]),
        file=out,
    )
    return EXIT_OK


def _print_report(report: Any, out: TextIO) -> None:
    from .duplicates import reason_text
    from .importer import COUNTS
    from .report import count_text, file_kind_text, severity_text
    from .signing import ALTERED, describe

    for f in report.files:
        print(f"{f.file}", file=out)
        if f.signature is not None and not (f.error and f.signature.status == ALTERED):
            print("  " + translate("cli", "signature: {text}").format(text=describe(f.signature)), file=out)
        if f.error:
            print("  " + translate("cli", "REFUSED: {reason}").format(reason=f.error), file=out)
            continue
        kind = file_kind_text(f.kind)
        who = (
            translate("cli", "{kind} from {officer} ({origin})").format(kind=kind, officer=f.officer, origin=f.origin)
            if f.origin
            else kind
        )
        print(f"  {who}; SHA-256 {f.sha256}", file=out)
        c = f.counts
        print("  " + ", ".join(f"{count_text(k)} {_n(c[k])}" for k in COUNTS), file=out)
        if f.refused:
            print(
                "  " + translate("cli", "NOTHING WRITTEN from this file: {n} problem(s)").format(n=_n(f.issue_count)),
                file=out,
            )
        elif report.dry_run:
            print("  " + translate("cli", "dry run: nothing written"), file=out)
        elif not any(c[k] for k in ("added", "updated", "conflicted")):
            print("  " + translate("cli", "nothing new: the inventory already holds all of it"), file=out)
        for note in f.notes[:50]:
            print("  " + translate("cli", "note: {note}").format(note=note), file=out)
        for i in f.issues[:200]:
            print(
                "  "
                + translate(
                    "cli", "{severity}: sheet '{sheet}' row {row} column '{column}' value {value}: {problem} -> {fix}"
                ).format(
                    severity=severity_text(i.severity),
                    sheet=i.sheet,
                    row=i.row,
                    column=i.column,
                    value=repr(i.value),
                    problem=i.message,
                    fix=i.fix,
                ),
                file=out,
            )
        if f.issue_count > 200:
            print(
                "  " + translate("cli", "... {n} more in the report (--report)").format(n=_n(f.issue_count - 200)),
                file=out,
            )
        conflict = (
            translate("cli", "conflict (dry run): {kind} {record} {field}: ours {ours}, theirs {theirs}")
            if report.dry_run
            else translate("cli", "conflict: {kind} {record} {field}: ours {ours}, theirs {theirs}")
        )
        for cf in f.conflicts[:50]:
            print(
                "  "
                + conflict.format(
                    kind=cf["kind"],
                    record=cf["record_id"],
                    field=cf["field"],
                    ours=repr(cf["ours"]),
                    theirs=repr(cf["theirs"]),
                ),
                file=out,
            )
        for d in f.duplicates[:50]:
            print(
                "  "
                + translate("cli", "probable duplicate: {kind} {a} / {b} ({reason})").format(
                    kind=d["kind"], a=d["a"], b=d["b"], reason=reason_text(d["reason"])
                ),
                file=out,
            )
    if report.backup:
        print(translate("cli", "Backup before import: {path}").format(path=report.backup), file=out)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from .importer import import_workbooks
    from .report import write_report

    with Inventory.open(args.db) as inv:
        report = import_workbooks(inv, args.files, dry_run=args.dry_run, accept_altered=args.accept_altered)
    if args.report:
        write_report(report, args.report)
    if args.json:
        json.dump(report.as_json(), out, indent=2, ensure_ascii=False, default=str)
        print(file=out)
    else:
        _print_report(report, out)
        if args.report:
            print(translate("cli", "Report: {path}").format(path=args.report), file=out)
    if not report.ok:
        for f in report.files:
            if f.refused:
                message = (
                    translate("cli", "kpfield import: {file} refused: {reason}").format(file=f.file, reason=f.error)
                    if f.error
                    else translate("cli", "kpfield import: {file} refused").format(file=f.file)
                )
                print(message, file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from .review import open_conflicts, open_duplicates

    with Inventory.open(args.db) as inv:
        conflicts, dups = open_conflicts(inv), open_duplicates(inv)
    if args.json:
        # machine keys and stored values only: the same whatever the language
        json.dump(
            {"conflicts": [c.__dict__ for c in conflicts], "duplicates": [d.__dict__ for d in dups]},
            out,
            indent=2,
            ensure_ascii=False,
        )
        print(file=out)
        return EXIT_OK
    print(translate("cli", "{n} open conflict(s)").format(n=_n(len(conflicts))), file=out)
    for c in conflicts:
        print(
            "  "
            + translate(
                "cli", "#{id} {kind} {record} field {field}: base {base}, ours {ours}, theirs {theirs} (from {source})"
            ).format(
                id=c.id,
                kind=c.kind,
                record=c.record_id,
                field=c.field,
                base=repr(c.base),
                ours=repr(c.ours),
                theirs=repr(c.theirs),
                source=c.file or c.peer,
            ),
            file=out,
        )
    print(translate("cli", "{n} probable duplicate(s)").format(n=_n(len(dups))), file=out)
    for d in dups:
        print(f"  #{d.id} {d.kind}: {d.a} ({d.a_label}) / {d.b} ({d.b_label}): {d.why}", file=out)
    if conflicts or dups:
        print(
            translate(
                "cli",
                "Settle with: kpfield resolve --db PATH ID --ours|--theirs|--value V; "
                "kpfield resolve --db PATH --merge KEEP_ID OTHER_ID; kpfield resolve --db PATH --dismiss ID",
            ),
            file=out,
        )
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace, out: TextIO) -> int:
    from .review import dismiss_duplicate, merge_records, resolve_conflict

    with Inventory.open(args.db) as inv:
        if args.merge:
            print(merge_records(inv, args.merge[0], args.merge[1]), file=out)
        elif args.dismiss is not None:
            print(dismiss_duplicate(inv, args.dismiss), file=out)
        else:
            if args.conflict is None:
                print(
                    translate("cli", "kpfield resolve: give a conflict number (see 'kpfield conflicts')"),
                    file=sys.stderr,
                )
                return 2
            choice = "ours" if args.ours else "theirs" if args.theirs else "value" if args.value is not None else None
            if choice is None:
                print(translate("cli", "kpfield resolve: choose --ours, --theirs or --value VALUE"), file=sys.stderr)
                return 2
            done = resolve_conflict(inv, args.conflict, choice, args.value)
            print(translate("cli", "conflict {id} settled, {what}").format(id=args.conflict, what=done), file=out)
    return EXIT_OK


def _show_key(key: Any, out: TextIO, made: bool = False) -> None:
    print(
        translate("cli", "Installation {origin}: {officer} ({country})").format(
            origin=key.origin, officer=key.officer, country=key.country
        ),
        file=out,
    )
    print(
        "  " + translate("cli", "signing key fingerprint: {fingerprint}").format(fingerprint=key.fingerprint), file=out
    )
    print(
        "  "
        + translate("cli", "private key: {path} (keep it with your data folder's backups; never send it)").format(
            path=key.path
        ),
        file=out,
    )
    if made:
        print(
            "  " + translate("cli", "This signing key was made now: this inventory had none on this computer"), file=out
        )


def _exported(path: Any, key: Any, officer: str, out: TextIO) -> None:
    print(
        translate(
            "cli", "Wrote {path}: the public key of {officer} (installation {origin}), fingerprint {fingerprint}"
        ).format(path=path, officer=officer, origin=key.origin, fingerprint=key.fingerprint),
        file=out,
    )
    print(
        translate(
            "cli",
            "Send it to your coordinator, and read them the fingerprint over the phone so they can check "
            "they registered the right key",
        ),
        file=out,
    )


def _register(inv: Inventory, path: str, out: TextIO) -> None:
    from .signing import register_key

    done = register_key(inv, path)
    k = done.key
    if done.outcome == "own":
        print(
            translate(
                "cli",
                "{path} holds this inventory's own key ({fingerprint}): its workbooks are already recognised; "
                "nothing changed",
            ).format(path=path, fingerprint=k.fingerprint),
            file=out,
        )
        return
    if done.outcome == "already":
        print(
            translate(
                "cli",
                "This key is already registered, for {officer} (installation {origin}), fingerprint {fingerprint}; "
                "nothing changed",
            ).format(officer=k.officer, origin=k.origin, fingerprint=k.fingerprint),
            file=out,
        )
        return
    print(
        translate(
            "cli", "Registered the key of {officer} (installation {origin}, {country}), fingerprint {fingerprint}"
        ).format(officer=k.officer, origin=k.origin, country=k.country or "-", fingerprint=k.fingerprint),
        file=out,
    )
    print(
        translate(
            "cli",
            "Compare this fingerprint with the one the officer's 'kpfield identity' shows (by phone or in person) "
            "before you trust workbooks it signs",
        ),
        file=out,
    )
    if done.earlier_imports:
        print(
            translate(
                "cli", "{n} earlier import(s) signed with this key now show as signed by a registered officer"
            ).format(n=done.earlier_imports),
            file=out,
        )
    if done.other_keys:
        print(
            translate(
                "cli",
                "This installation already had key(s) registered ({fingerprints}); workbooks signed with "
                "any of them are accepted as registered",
            ).format(fingerprints=", ".join(o.fingerprint for o in done.other_keys)),
            file=out,
        )


def _list(inv: Inventory, out: TextIO) -> None:
    from .signing import META_FINGERPRINT, registered_keys

    keys = registered_keys(inv.conn)
    print(
        translate("cli", "This installation: {officer}, fingerprint {fingerprint}").format(
            officer=inv.identity.officer, fingerprint=inv.meta(META_FINGERPRINT) or "-"
        ),
        file=out,
    )
    print(translate("cli", "Registered officer keys: {n}").format(n=len(keys)), file=out)
    for k in keys:
        print(
            f"  {k.officer:<26} {k.country or '-':<3} {k.fingerprint}  "
            + translate("cli", "installation {origin}, registered {at}").format(
                origin=k.origin, at=k.registered_at[:10]
            ),
            file=out,
        )


def cmd_identity(args: argparse.Namespace, out: TextIO) -> int:
    from . import signing

    if (args.register or args.list) and not args.db:
        print(
            translate("cli", "kpfield identity: give the inventory to register keys in or list from with --db PATH"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.export and not args.output:
        print(translate("cli", "kpfield identity --export: give the file to write with -o FILE.kpkey"), file=sys.stderr)
        return EXIT_USAGE
    if args.db:
        with Inventory.open(args.db) as inv:
            if args.register:
                _register(inv, args.register, out)
            elif args.list:
                _list(inv, out)
            else:
                key, made = signing.installation_key(inv)
                if args.export:
                    path = signing.export_identity(key, args.output, officer=inv.identity.officer)
                    _exported(path, key, inv.identity.officer, out)
                else:
                    _show_key(key, out, made)
        return EXIT_OK
    keys = signing.local_keys()
    if not keys:
        print(
            translate(
                "cli",
                "kpfield identity: there is no signing key in {folder} yet; one is made with each inventory "
                "('kpfield init'), or give --db PATH for an inventory made before signed workbooks",
            ).format(folder=signing.keys_dir()),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if args.export:
        if len(keys) > 1:
            print(
                translate(
                    "cli",
                    "kpfield identity --export: this computer has {n} installations' keys; choose one with --db PATH",
                ).format(n=len(keys)),
                file=sys.stderr,
            )
            for key in keys:
                print(f"  {key.officer} ({key.country}), {key.origin}: {key.fingerprint}", file=sys.stderr)
            return EXIT_USAGE
        path = signing.export_identity(keys[0], args.output)
        _exported(path, keys[0], keys[0].officer, out)
        return EXIT_OK
    for key in keys:
        _show_key(key, out)
    return EXIT_OK


def register(
    sub: Any,
    export_sub: Any,
    db_arg: Callable[[argparse.ArgumentParser], None],
    commands: dict[str, Handler],
    lang_arg: Callable[[argparse.ArgumentParser, str], None] | None = None,
) -> None:
    """Add the exchange sub-commands to the kpfield parser (``export_sub``: the ``export`` command's;
    ``lang_arg`` adds a command's ``--lang`` option, saying what it sets)."""

    def lang(sp: argparse.ArgumentParser, what: str) -> None:
        if lang_arg is not None:
            lang_arg(sp, what)
        else:
            sp.add_argument("--lang", choices=list(LANGUAGES), default=None, help=what)

    ep = export_sub.add_parser(
        "field",
        help="the field workbook, for another kpfield or a coordinator",
        description="Write every record kind on its own sheet, with UUIDs, versions and deletions, "
        "and an _about sheet (who, when, row counts, SHA-256 of the data).",
    )
    db_arg(ep)
    ep.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    ep.add_argument("--country", help="only this country's records (ISO 3166 alpha-2)")
    ep.add_argument("--since", metavar="DATE", help="only records changed on or after this date")
    commands["export field"] = cmd_export

    sp = sub.add_parser(
        "template",
        help="write a blank template to fill in Excel or LibreOffice",
        description="A blank workbook with the same sheets, headers in the chosen language, "
        "drop-down lists and checks.",
    )
    sp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    lang(sp, "language of the headers and instructions")
    commands["template"] = cmd_template

    sp = sub.add_parser(
        "import",
        help="import and merge field workbooks and filled templates",
        description="Validate every row like the forms, then merge by UUID (field by field; conflicts kept "
        "aside). Each file is all or nothing, after an automatic backup. Exit 1 when a file is refused.",
    )
    db_arg(sp)
    sp.add_argument("files", nargs="+", metavar="FILE.xlsx")
    sp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    sp.add_argument("--report", metavar="REPORT.xlsx", help="also write the report as a workbook")
    sp.add_argument("--json", action="store_true", help="print the report as JSON")
    sp.add_argument(
        "--accept-altered",
        action="store_true",
        help="import workbooks altered after they were signed instead of refusing them (written to the audit log)",
    )
    lang(sp, "language of the printed summary, the report workbook and the problems (JSON keys stay the same)")
    commands["import"] = cmd_import

    sp = sub.add_parser(
        "identity",
        help="this installation's signing key; export it, or register officers' keys",
        description="Field workbooks are signed with the installation's Ed25519 key, kept in the user's data "
        "folder. Without an option: show the key's fingerprint. --export writes the officer's public key file "
        "for the coordinator; --register records such a file in the coordinator's inventory (audited), so that "
        "workbooks it signs import as signed by a registered officer; --list shows the registered keys.",
    )
    sp.add_argument("--db", metavar="PATH", help="the inventory (default for --export: the only key on this computer)")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--export", action="store_true", help="write this installation's public key file (-o FILE.kpkey)")
    g.add_argument("--register", metavar="FILE.kpkey", help="register an officer's public key file in --db")
    g.add_argument("--list", action="store_true", help="list the officers' keys registered in --db")
    sp.add_argument("-o", "--output", metavar="FILE.kpkey", help="the key file --export writes")
    commands["identity"] = cmd_identity

    sp = sub.add_parser(
        "conflicts",
        help="list open conflicts and probable duplicates",
        description="Fields changed differently on two sides, and records that are probably the same.",
    )
    db_arg(sp)
    sp.add_argument("--json", action="store_true", help="print JSON: the same in every language")
    lang(sp, "language of the listing")
    commands["conflicts"] = cmd_conflicts

    sp = sub.add_parser(
        "resolve",
        help="settle a conflict, merge two duplicate records, or dismiss a candidate",
        description="Settle one conflict (keep ours, take theirs, or a value), merge two records (the other "
        "UUID becomes an alias of the kept one), or dismiss a duplicate candidate. Audited.",
    )
    db_arg(sp)
    sp.add_argument("conflict", nargs="?", type=int, help="the conflict number ('kpfield conflicts')")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--ours", action="store_true", help="keep the value in this inventory")
    g.add_argument("--theirs", action="store_true", help="take the incoming value")
    g.add_argument("--value", help="set this value instead")
    g.add_argument("--merge", nargs=2, metavar=("KEEP_ID", "OTHER_ID"), help="merge OTHER into KEEP")
    g.add_argument("--dismiss", type=int, metavar="ID", help="the duplicate candidate is two different records")
    lang(sp, "language of the messages")
    commands["resolve"] = cmd_resolve
