"""``kpfield identity``: this installation's signing key, and the register of officers' keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from kpfield.i18n import translate
from kpfield.identity import InstallationKey, export_identity, keys_dir, local_keys
from kpfield.output import check_output
from kpfield.store import Inventory

from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Commands


def _show_key(key: InstallationKey, out: TextIO, made: bool = False) -> None:
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


def _exported(path: Path, key: InstallationKey, officer: str, out: TextIO) -> None:
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
    done = inv.keys.register(path)
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
    keys = inv.keys.registered()
    print(
        translate("cli", "This installation: {officer}, fingerprint {fingerprint}").format(
            officer=inv.identity.officer, fingerprint=inv.keys.fingerprint() or "-"
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
    if (args.register or args.list) and not args.db:
        print(
            translate("cli", "kpfield identity: give the inventory to register keys in or list from with --db PATH"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.export and not args.output:
        print(translate("cli", "kpfield identity --export: give the file to write with -o FILE.kpkey"), file=sys.stderr)
        return EXIT_USAGE
    if args.export:
        check_output(args.output)  # before a key is made or recorded for it
    if args.db:
        with Inventory.open(args.db) as inv:
            if args.register:
                _register(inv, args.register, out)
            elif args.list:
                _list(inv, out)
            else:
                key, made = inv.keys.installation_key()
                if args.export:
                    path = export_identity(key, args.output, officer=inv.identity.officer)
                    _exported(path, key, inv.identity.officer, out)
                else:
                    _show_key(key, out, made)
        return EXIT_OK
    keys = local_keys()
    if not keys:
        print(
            translate(
                "cli",
                "kpfield identity: there is no signing key in {folder} yet; one is made with each inventory "
                "('kpfield init'), or give --db PATH for an inventory made before signed workbooks",
            ).format(folder=keys_dir()),
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
        path = export_identity(keys[0], args.output)
        _exported(path, keys[0], keys[0].officer, out)
        return EXIT_OK
    for key in keys:
        _show_key(key, out)
    return EXIT_OK


def register(sub: Commands, export_sub: Commands) -> None:
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
    sp.set_defaults(handler=cmd_identity)
