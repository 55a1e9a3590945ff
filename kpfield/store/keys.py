"""The officers' key register, this installation's public key, and the signature status each
import was given.

A coordinator registers each officer's key file (``kpfield identity --register``); a workbook
signed by a registered key is then ``registered``. Each import's signature status is kept in
``exchange_import``, so the Sources of a report can say, later, who vouched for which file. The
keys themselves and their files are :mod:`kpfield.identity`'s; the signature format on a
workbook's ``_about`` sheet is :mod:`kpfield.exchange.signature`'s.

Statuses (:data:`STATUSES`):

- ``registered``: the signature holds, the data and headers match what was signed, and the key is
  registered in this inventory or is this installation's own;
- ``unknown_key``: the same, but the key is not registered here;
- ``unsigned``: no signature at all (a hand-filled template, or a workbook from a kpfield that
  did not sign); imported, and marked;
- ``altered``: a signature is there but does not hold, or the data or headers no longer match
  what was signed. Refused unless the coordinator overrides, which is written to the audit log.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kpfield.domain.dates import utc_now
from kpfield.domain.text import visible
from kpfield.i18n import translate
from kpfield.identity import Identity, InstallationKey, OfficerKey, generate_key, load_key, read_identity

from .audit import AuditWriter
from .db import transaction

__all__ = [
    "STATUSES",
    "REGISTERED",
    "UNKNOWN_KEY",
    "UNSIGNED",
    "ALTERED",
    "META_PUBLIC_KEY",
    "META_FINGERPRINT",
    "SignatureCheck",
    "Registration",
    "status_text",
    "describe",
    "Keys",
]

REGISTERED, UNKNOWN_KEY, UNSIGNED, ALTERED = "registered", "unknown_key", "unsigned", "altered"
STATUSES = (REGISTERED, UNKNOWN_KEY, UNSIGNED, ALTERED)

# The meta keys of an inventory that hold its installation's public key.
META_PUBLIC_KEY, META_FINGERPRINT = "signing_public_key", "signing_fingerprint"

_KEY_COLUMNS = "officer, origin, country, public_key, fingerprint, exported_at, registered_at, file_name"


@dataclass
class SignatureCheck:
    """What kpfield found about one file's signature (``status`` is one of :data:`STATUSES`)."""

    status: str
    fingerprint: str | None = None
    public_key: str | None = None
    officer: str | None = None  # the registered officer (or this installation's), for "registered"
    origin: str | None = None  # the installation the key is registered for
    detail: str = ""  # why a file is "altered"
    accepted: bool = False  # an altered file imported by the coordinator's override
    own: bool = False  # signed by this installation's own key
    registered_later: bool = False  # unknown at import, registered since
    signed_data_sha256: str | None = field(default=None, repr=False)
    signed_headers_sha256: str | None = field(default=None, repr=False)

    @property
    def signed(self) -> bool:
        """A signature that holds over the facts (the data is checked by :func:`check_data`)."""
        return self.status in (REGISTERED, UNKNOWN_KEY)

    def as_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if not k.startswith("signed_")}
        out["text"] = describe(self)
        return out


def status_text(status: str) -> str:
    """The status word shown to people (the code itself is what reports in JSON carry)."""
    return {
        REGISTERED: translate("signing", "registered officer"),
        UNKNOWN_KEY: translate("signing", "unknown key"),
        UNSIGNED: translate("signing", "unsigned"),
        ALTERED: translate("signing", "altered after signing"),
    }.get(status, status)


def describe(check: SignatureCheck) -> str:
    """One line for people: the status, who signed, and for an altered file why. The officer's
    name and the detail come from files: shown with invisible characters made visible."""
    if check.status == REGISTERED:
        if check.own:
            text = translate("signing", "signed by this installation ({fingerprint})").format(
                fingerprint=check.fingerprint
            )
        else:
            text = translate("signing", "signed by a registered officer: {officer} ({fingerprint})").format(
                officer=visible(check.officer), fingerprint=check.fingerprint
            )
        if check.registered_later:
            text += translate("signing", "; key registered after the import")
        return text
    if check.status == UNKNOWN_KEY:
        return translate(
            "signing", "signed by an unknown key {fingerprint}: no officer registered it in this inventory"
        ).format(fingerprint=check.fingerprint)
    if check.status == UNSIGNED:
        return translate("signing", "unsigned: a hand-filled template, or a workbook from a kpfield that did not sign")
    text = translate("signing", "altered after signing: {detail}").format(detail=visible(check.detail))
    if check.accepted:
        text += translate("signing", " (imported by the coordinator's override, written to the audit log)")
    return text


# ---- this installation's key, and the register of officers' keys ---------------------------------


@dataclass
class Registration:
    """What :meth:`Keys.register` did: ``outcome`` is "registered", "already" or "own"."""

    key: OfficerKey
    outcome: str
    earlier_imports: int = 0  # imports signed by this key before it was registered
    other_keys: list[OfficerKey] = field(default_factory=list)  # keys already registered for the installation


class Keys:
    """An inventory's keys (``Inventory.keys``): this installation's public key in its meta, and the
    register of officers' keys. Every write is audited, in its own transaction."""

    def __init__(self, conn: sqlite3.Connection, identity: Identity, audit: AuditWriter):
        self.conn = conn
        self.identity = identity
        self.audit = audit

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def public_key(self) -> str | None:
        """This installation's public key as the inventory records it (base64), if it has one yet."""
        return self._meta(META_PUBLIC_KEY)

    def fingerprint(self) -> str | None:
        """The fingerprint of :meth:`public_key`, as recorded."""
        return self._meta(META_FINGERPRINT)

    def installation_key(self) -> tuple[InstallationKey, bool]:
        """The key of this inventory's installation, made now (and audited) when this data folder has none.

        Returns (key, made now). An inventory created before signing, or opened by another user or
        on another computer, gets a new key on its first export; the inventory's meta then records
        the new public key, and the audit log the change.
        """
        ident = self.identity
        key = load_key(ident.origin)
        made = key is None
        if key is None:
            key = generate_key(ident.origin, ident.officer, ident.country)
        recorded, recorded_fp = self.public_key(), self.fingerprint()
        if recorded != key.public_key:
            now = utc_now()
            with transaction(self.conn):
                self.conn.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [(META_PUBLIC_KEY, key.public_key), (META_FINGERPRINT, key.fingerprint)],
                )
                self.audit.append(
                    now,
                    "meta",
                    "signing_key",
                    "create" if recorded is None else "replace",
                    {
                        META_PUBLIC_KEY: (recorded, key.public_key),
                        META_FINGERPRINT: (recorded_fp, key.fingerprint),
                    },
                    "signing key of this installation"
                    + ("" if recorded is None else ": the earlier key was not in this user's data folder"),
                )
                if made:
                    key.save()  # inside the transaction: a key that cannot be saved leaves the meta as it was
        return key, made

    def registered(self) -> list[OfficerKey]:
        """The officers' keys registered in this inventory, by officer."""
        return [
            OfficerKey(*r)
            for r in self.conn.execute(f"SELECT {_KEY_COLUMNS} FROM signing_key ORDER BY officer, registered_at")
        ]

    def officer_of(self, public_key: str) -> tuple[str, str] | None:
        """(officer, origin) that ``public_key`` is registered for here, or None."""
        row = self.conn.execute(
            "SELECT officer, origin FROM signing_key WHERE public_key = ?", (public_key,)
        ).fetchone()
        return (row[0], row[1]) if row is not None else None

    def register(self, path: str | Path) -> Registration:
        """Record an officer's public key from their key file (audited); workbooks it signs become
        ``registered``. Raises SigningError for a file that is not a sound officer's key file."""
        key = read_identity(path)
        conn = self.conn
        if key.public_key == self.public_key():
            return Registration(key, "own")
        found = conn.execute(
            f"SELECT {_KEY_COLUMNS} FROM signing_key WHERE public_key = ?", (key.public_key,)
        ).fetchone()
        if found is not None:
            return Registration(OfficerKey(*found), "already")
        others = [k for k in self.registered() if k.origin == key.origin]
        now = utc_now()
        with transaction(conn):
            conn.execute(
                "INSERT INTO signing_key (fingerprint, public_key, officer, origin, country, exported_at, "
                "registered_at, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key.fingerprint,
                    key.public_key,
                    key.officer,
                    key.origin,
                    key.country,
                    key.exported_at,
                    now,
                    key.file_name,
                ),
            )
            self.audit.append(
                now,
                "signing_key",
                key.fingerprint,
                "register",
                {
                    "officer": (None, key.officer),
                    "origin": (None, key.origin),
                    "country": (None, key.country or None),
                    "public_key": (None, key.public_key),
                },
                f"officer's key registered from {key.file_name}",
            )
        earlier = conn.execute(
            "SELECT count(*) FROM exchange_import WHERE signer_public_key = ? AND signature = ?",
            (key.public_key, UNKNOWN_KEY),
        ).fetchone()[0]
        registered = OfficerKey(**{**asdict(key), "registered_at": now})
        return Registration(registered, "registered", earlier, others)

    def import_signatures(self) -> dict[str, SignatureCheck | None]:
        """Per import source id, its signature status as of now (None: imported before kpfield checked).

        A file imported as ``unknown_key`` whose key was registered since shows as ``registered``
        (``registered_later``); the status recorded at import stays in ``exchange_import``.
        """
        out: dict[str, SignatureCheck | None] = {}
        rows = self.conn.execute(
            "SELECT ei.source_id, ei.signature, ei.signer_public_key, ei.signer_fingerprint, ei.signer_officer, "
            "ei.altered_accepted, ei.signature_detail, k.officer, k.origin "
            "FROM exchange_import ei LEFT JOIN signing_key k ON k.public_key = ei.signer_public_key"
        )
        own = self.public_key()
        for sid, status, public_key, fp, officer, accepted, detail, reg_officer, reg_origin in rows:
            if status is None:
                out[sid] = None
                continue
            check = SignatureCheck(
                status,
                fingerprint=fp,
                public_key=public_key,
                officer=officer,
                detail=detail or "",
                accepted=bool(accepted),
            )
            if status == REGISTERED:
                check.own = own is not None and public_key == own and reg_officer is None
                check.origin = reg_origin
            elif status == UNKNOWN_KEY and reg_officer is not None:
                check.status, check.officer, check.origin, check.registered_later = (
                    REGISTERED,
                    reg_officer,
                    reg_origin,
                    True,
                )
            out[sid] = check
        return out
