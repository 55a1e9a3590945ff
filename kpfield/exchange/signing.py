"""Signed field workbooks: each installation's Ed25519 key, the signature on ``_about``, and the
coordinator's register of officers' keys.

Keys. Every installation (an inventory's ``origin``) has one Ed25519 key pair, made when the
inventory is created (or, for an inventory older than signing, on its first export). The private
key lives in the user's data folder (``kpfield.paths.data_dir()/keys/<origin>.key``, readable by
the user only), never in the inventory file or in a workbook, so a copy of either cannot sign.
The public key is also kept in the inventory's meta. Its fingerprint is the first 16 bytes of the
SHA-256 of the raw 32-byte public key, in groups of four hex digits
(``3f2a 9c1e 07b4 ...``), short enough to read out over the phone.

Signatures. ``kpfield export field`` signs the facts of ``_about`` that say what the file is (who
made it, when, with what filter, how many rows, the SHA-256 of the data and of the column
headers, and the sheet table) together with the signer's public key, and writes the signature,
the public key and the fingerprint into ``_about``. The data itself is covered through its
SHA-256, which the importer recomputes from the rows it reads.

Import. Each file gets one of :data:`STATUSES`:

- ``registered``: the signature holds, the data and headers match what was signed, and the key is
  registered in this inventory (``kpfield identity --register``) or is this installation's own;
- ``unknown_key``: the same, but the key is not registered here;
- ``unsigned``: no signature at all (a hand-filled template, or a workbook from a kpfield that
  did not sign); imported, and marked;
- ``altered``: a signature is there but does not hold (the signed facts changed, part of the
  signature is missing or damaged), or the data or headers no longer match what was signed.
  Refused unless the coordinator overrides, which is written to the audit log.

The cryptography is the ``cryptography`` package's Ed25519; nothing here implements a primitive.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kpfield.domain.dates import utc_now
from kpfield.i18n import translate

from .codec import canon

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kpfield.store import Inventory

__all__ = [
    "STATUSES",
    "SCHEME",
    "SIGNED_FACTS",
    "SIGNATURE_FACTS",
    "SigningError",
    "InstallationKey",
    "OfficerKey",
    "SignatureCheck",
    "fingerprint",
    "key_path",
    "load_key",
    "local_keys",
    "installation_key",
    "sign_about",
    "read_about",
    "check_about",
    "check_data",
    "export_identity",
    "read_identity",
    "register_key",
    "registered_keys",
    "import_signatures",
    "describe",
]

REGISTERED, UNKNOWN_KEY, UNSIGNED, ALTERED = "registered", "unknown_key", "unsigned", "altered"
STATUSES = (REGISTERED, UNKNOWN_KEY, UNSIGNED, ALTERED)
SCHEME = "kpfield-ed25519-1"
KEY_FORMAT = "kpfield signing key 1"
IDENTITY_FORMAT = "kpfield officer key 1"
IDENTITY_SUFFIX = ".kpkey"
MAX_IDENTITY_BYTES = 64 * 1024

# The _about facts a signature covers (with the sheet table and the signer's public key).
SIGNED_FACTS = (
    "format",
    "kpfield_version",
    "schema_version",
    "origin",
    "officer",
    "home_country",
    "exported_at",
    "filter_country",
    "filter_since",
    "data_sha256",
    "headers_sha256",
    "rows",
)
# The facts that carry the signature itself, written after the signed ones.
SIGNATURE_FACTS = ("signature_scheme", "signer_public_key", "signer_fingerprint", "signature")

# The meta keys of an inventory that hold its installation's public key.
META_PUBLIC_KEY, META_FINGERPRINT = "signing_public_key", "signing_fingerprint"

_SAFE_NAME = re.compile(r"^[0-9A-Za-z._-]{1,100}$")


class SigningError(ValueError):
    """A key file, an officer's key file or a signature that cannot be used; the message says what to do."""


# ---- keys --------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int) -> bytes | None:
    """The bytes of base64 ``text`` when they are exactly ``size`` long, else None."""
    if not isinstance(text, str):
        return None
    try:
        data = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if len(data) == size else None


def fingerprint(public_key: bytes | str) -> str:
    """``3f2a 9c1e 07b4 ...``: the first 16 bytes of SHA-256 of the raw public key, in groups of four."""
    raw = _unb64(public_key, 32) if isinstance(public_key, str) else public_key
    if raw is None:
        raise SigningError(translate("signing", "{key!r} is not an Ed25519 public key").format(key=public_key))
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def _same_fingerprint(a: Any, b: str) -> bool:
    return isinstance(a, str) and re.sub(r"[^0-9a-f]", "", a.lower()) == b.replace(" ", "")


@dataclass
class InstallationKey:
    """This installation's key pair (the private half never leaves the data folder)."""

    origin: str
    officer: str
    country: str
    created_at: str
    private: Ed25519PrivateKey = field(repr=False)
    path: Path

    @property
    def public_raw(self) -> bytes:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        return self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def public_key(self) -> str:
        """The raw public key in base64 (44 characters), as workbooks and key files carry it."""
        return _b64(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> str:
        return _b64(self.private.sign(data))

    def save(self) -> Path:
        """Write the key file, readable by this user only, replacing any earlier one atomically."""
        from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

        pem = self.private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode("ascii")
        doc = {
            "format": KEY_FORMAT,
            "origin": self.origin,
            "officer": self.officer,
            "country": self.country,
            "created_at": self.created_at,
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
            "private_key": pem,
        }
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        # permissions where the OS keeps them (POSIX); Windows keeps the user's folder private itself
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
        tmp = self.path.with_name(self.path.name + ".part")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(doc, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
                fh.flush()
                os.fsync(fh.fileno())
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o600)  # where the umask or the OS ignored the mode given to open
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return self.path


def keys_dir() -> Path:
    from kpfield.paths import data_dir

    return data_dir() / "keys"


def key_path(origin: str) -> Path:
    """Where the private key of installation ``origin`` is kept."""
    name = origin if _SAFE_NAME.match(origin) else hashlib.sha256(origin.encode("utf-8")).hexdigest()
    return keys_dir() / f"{name}.key"


def generate_key(origin: str, officer: str, country: str) -> InstallationKey:
    """A new key pair for ``origin``, in memory (``save`` writes it)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return InstallationKey(origin, officer, country, utc_now(), Ed25519PrivateKey.generate(), key_path(origin))


def _load_file(path: Path) -> InstallationKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    damaged = translate(
        "signing",
        "{path} is not a readable kpfield signing key ({why}). Restore it from a backup of your data folder; "
        "or move it aside, and kpfield makes a new key on the next export (your coordinator then registers "
        "the new one).",
    )
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT:
            raise ValueError("not a key file")
        private = load_pem_private_key(str(doc["private_key"]).encode("ascii"), password=None)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise SigningError(damaged.format(path=path, why=e)) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise SigningError(damaged.format(path=path, why="not an Ed25519 key"))
    return InstallationKey(
        str(doc.get("origin") or ""),
        str(doc.get("officer") or ""),
        str(doc.get("country") or ""),
        str(doc.get("created_at") or ""),
        private,
        path,
    )


def load_key(origin: str) -> InstallationKey | None:
    """The saved key of ``origin``, or None when this user's data folder has none."""
    path = key_path(origin)
    if not path.exists():
        return None
    return _load_file(path)


def local_keys() -> list[InstallationKey]:
    """Every installation key in this user's data folder, oldest first."""
    folder = keys_dir()
    if not folder.is_dir():
        return []
    return sorted((_load_file(p) for p in folder.glob("*.key")), key=lambda k: (k.created_at, k.origin))


def installation_key(inv: Inventory) -> tuple[InstallationKey, bool]:
    """The key of ``inv``'s installation, made now (and audited) when this data folder has none.

    Returns (key, made now). An inventory created before signing, or opened by another user or
    on another computer, gets a new key on its first export; the inventory's meta then records
    the new public key, and the audit log the change.
    """
    ident = inv.identity
    key = load_key(ident.origin)
    made = key is None
    if key is None:
        key = generate_key(ident.origin, ident.officer, ident.country)
    recorded, recorded_fp = inv.meta(META_PUBLIC_KEY), inv.meta(META_FINGERPRINT)
    if recorded != key.public_key:
        now = utc_now()
        with inv.transaction():
            inv.conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [(META_PUBLIC_KEY, key.public_key), (META_FINGERPRINT, key.fingerprint)],
            )
            inv.audit.append(
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


# ---- the signature on _about --------------------------------------------------------------------


def _payload(facts: Mapping[str, Any], sheets: Sequence[Sequence[Any]], public_key: str) -> bytes:
    body = {
        "scheme": SCHEME,
        "public_key": public_key,
        "facts": {k: canon(facts.get(k)) for k in SIGNED_FACTS},
        "sheets": [[canon(v) for v in (*s, "", "", "")[:3]] for s in sheets],
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_about(
    key: InstallationKey, facts: Mapping[str, Any], sheets: Sequence[Sequence[Any]]
) -> list[tuple[str, str]]:
    """The signature facts to write on ``_about`` after ``facts`` and before the sheet table."""
    signature = key.sign(_payload(facts, sheets, key.public_key))
    return [
        ("signature_scheme", SCHEME),
        ("signer_public_key", key.public_key),
        ("signer_fingerprint", key.fingerprint),
        ("signature", signature),
    ]


def read_about(rows: Iterable[Sequence[Any]]) -> tuple[dict[str, Any], list[tuple[Any, Any, Any]]]:
    """The facts (key: value, first occurrence) and the sheet table (sheet, rows, entity) of ``_about``."""
    facts: dict[str, Any] = {}
    sheets: list[tuple[Any, Any, Any]] = []
    in_sheets = False
    for row in rows:
        cells = [*row, "", "", ""]
        first = cells[0]
        if not isinstance(first, str) or not first.strip():
            continue
        if not in_sheets and first == "sheet" and cells[1] == "rows":
            in_sheets = True
        elif in_sheets:
            sheets.append((first, cells[1], cells[2]))
        elif first != "key":
            facts.setdefault(first, cells[1])
    return facts, sheets


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


def _altered(detail: str, **kw: Any) -> SignatureCheck:
    return SignatureCheck(ALTERED, detail=detail, **kw)


def check_about(
    conn: sqlite3.Connection, facts: Mapping[str, Any], sheets: Sequence[Sequence[Any]], own_public_key: str | None
) -> SignatureCheck:
    """The signature status of a workbook from its ``_about`` (``read_about``), before its data is read.

    A file whose signature holds comes back ``registered`` or ``unknown_key``; :func:`check_data`
    then compares the data and headers read with the signed checksums.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    present = [k for k in SIGNATURE_FACTS if facts.get(k) not in (None, "")]
    if not present:
        return SignatureCheck(UNSIGNED)
    written_fp = facts.get("signer_fingerprint")
    written_fp = str(written_fp) if written_fp not in (None, "") else None
    missing = [k for k in SIGNATURE_FACTS if k not in present]
    if missing:
        return _altered(
            translate("signing", "part of its signature is missing from _about ({facts})").format(
                facts=", ".join(missing)
            ),
            fingerprint=written_fp,
        )
    if facts["signature_scheme"] != SCHEME:
        return _altered(
            translate(
                "signing",
                "it is signed in a way this kpfield does not know ({scheme}); if a newer kpfield made it, "
                "install that version",
            ).format(scheme=facts["signature_scheme"]),
            fingerprint=written_fp,
        )
    public_key = str(facts["signer_public_key"]).strip()
    raw = _unb64(public_key, 32)
    if raw is None:
        return _altered(translate("signing", "the public key on its _about sheet is damaged"), fingerprint=written_fp)
    fp = fingerprint(raw)
    if not _same_fingerprint(written_fp, fp):
        return _altered(
            translate(
                "signing", "the fingerprint on its _about sheet ({written}) is not that of its public key ({actual})"
            ).format(written=written_fp, actual=fp),
            fingerprint=fp,
            public_key=public_key,
        )
    signature = _unb64(facts["signature"], 64)
    try:
        if signature is None:
            raise InvalidSignature
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, _payload(facts, sheets, public_key))
    except (InvalidSignature, ValueError):
        return _altered(
            translate(
                "signing",
                "its _about sheet no longer matches the signature: who made it, when, its counts or "
                "checksums were changed",
            ),
            fingerprint=fp,
            public_key=public_key,
        )
    check = SignatureCheck(
        UNKNOWN_KEY,
        fingerprint=fp,
        public_key=public_key,
        signed_data_sha256=canon(facts.get("data_sha256")),
        signed_headers_sha256=canon(facts.get("headers_sha256")),
    )
    row = conn.execute("SELECT officer, origin FROM signing_key WHERE public_key = ?", (public_key,)).fetchone()
    if row is not None:
        check.status, check.officer, check.origin = REGISTERED, row[0], row[1]
    elif own_public_key and public_key == own_public_key:
        own = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('officer', 'origin')").fetchall())
        check.status, check.own = REGISTERED, True
        check.officer, check.origin = own.get("officer"), own.get("origin")
    return check


def check_data(check: SignatureCheck, data_sha256: str, headers_sha256: str) -> SignatureCheck:
    """Turn a holding signature into ``altered`` when the data or headers read differ from the signed ones."""
    if not check.signed:
        return check
    if check.signed_headers_sha256 != headers_sha256:
        check.status, check.officer, check.origin, check.own = ALTERED, None, None, False
        check.detail = translate(
            "signing", "its column headers were changed (a column renamed, moved, added or removed)"
        )
    elif check.signed_data_sha256 != data_sha256:
        check.status, check.officer, check.origin, check.own = ALTERED, None, None, False
        check.detail = translate(
            "signing",
            "its data was changed: a cell was edited, or rows were added or removed (the SHA-256 of the "
            "rows read is not the signed one)",
        )
    return check


def status_text(status: str) -> str:
    """The status word shown to people (the code itself is what reports in JSON carry)."""
    return {
        REGISTERED: translate("signing", "registered officer"),
        UNKNOWN_KEY: translate("signing", "unknown key"),
        UNSIGNED: translate("signing", "unsigned"),
        ALTERED: translate("signing", "altered after signing"),
    }.get(status, status)


def describe(check: SignatureCheck) -> str:
    """One line for people: the status, who signed, and for an altered file why."""
    if check.status == REGISTERED:
        if check.own:
            text = translate("signing", "signed by this installation ({fingerprint})").format(
                fingerprint=check.fingerprint
            )
        else:
            text = translate("signing", "signed by a registered officer: {officer} ({fingerprint})").format(
                officer=check.officer, fingerprint=check.fingerprint
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
    text = translate("signing", "altered after signing: {detail}").format(detail=check.detail)
    if check.accepted:
        text += translate("signing", " (imported by the coordinator's override, written to the audit log)")
    return text


# ---- officers' keys: export, register, list -----------------------------------------------------


@dataclass(frozen=True)
class OfficerKey:
    """An officer's public key as exported by ``kpfield identity --export`` or registered here."""

    officer: str
    origin: str
    country: str
    public_key: str
    fingerprint: str
    exported_at: str = ""
    registered_at: str = ""
    file_name: str = ""


def _identity_body(doc: Mapping[str, Any]) -> bytes:
    body = {k: doc.get(k) for k in ("format", "officer", "origin", "country", "algorithm", "public_key")}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def export_identity(key: InstallationKey, path: str | Path, officer: str | None = None) -> Path:
    """Write the officer's key file: name, installation, public key and fingerprint, self-signed."""
    path = Path(path)
    doc: dict[str, Any] = {
        "format": IDENTITY_FORMAT,
        "officer": officer or key.officer,
        "origin": key.origin,
        "country": key.country,
        "algorithm": "Ed25519",
        "public_key": key.public_key,
        "fingerprint": key.fingerprint,
        "exported_at": utc_now(),
    }
    doc["self_signature"] = key.sign(_identity_body(doc))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def read_identity(path: str | Path) -> OfficerKey:
    """An officer's key file, checked: readable, complete, and signed by the key it carries."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    path = Path(path)
    ask = translate("signing", "ask the officer to run 'kpfield identity --export' again and send the new file")

    def refuse(why: str) -> SigningError:
        return SigningError(
            translate("signing", "{path} cannot be registered: {why}; {ask}").format(path=path, why=why, ask=ask)
        )

    try:
        if path.stat().st_size > MAX_IDENTITY_BYTES:
            raise refuse(translate("signing", "it is far larger than an officer's key file"))
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SigningError(translate("signing", "{path}: no such file").format(path=path)) from None
    except (UnicodeDecodeError, ValueError):
        raise refuse(translate("signing", "it is not an officer's key file (.kpkey)")) from None
    if not isinstance(doc, dict) or doc.get("format") != IDENTITY_FORMAT:
        raise refuse(translate("signing", "it is not an officer's key file (.kpkey)"))
    if doc.get("algorithm") != "Ed25519":
        raise refuse(translate("signing", "its key is not an Ed25519 key"))
    officer = " ".join(str(doc.get("officer") or "").split())
    origin = str(doc.get("origin") or "").strip()
    if not officer or not origin:
        raise refuse(translate("signing", "it does not name the officer and the installation"))
    raw = _unb64(doc.get("public_key"), 32)
    if raw is None:
        raise refuse(translate("signing", "its public key is damaged"))
    fp = fingerprint(raw)
    if not _same_fingerprint(doc.get("fingerprint"), fp):
        raise refuse(translate("signing", "its fingerprint does not belong to its public key (the file was edited)"))
    signature = _unb64(doc.get("self_signature"), 64)
    try:
        if signature is None:
            raise InvalidSignature
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, _identity_body(doc))
    except (InvalidSignature, ValueError):
        raise refuse(translate("signing", "it was edited after the officer exported it")) from None
    return OfficerKey(
        officer,
        origin,
        str(doc.get("country") or ""),
        _b64(raw),
        fp,
        exported_at=str(doc.get("exported_at") or ""),
        file_name=path.name,
    )


@dataclass
class Registration:
    """What ``register_key`` did: ``outcome`` is "registered", "already" or "own"."""

    key: OfficerKey
    outcome: str
    earlier_imports: int = 0  # imports signed by this key before it was registered
    other_keys: list[OfficerKey] = field(default_factory=list)  # keys already registered for the installation


def registered_keys(conn: sqlite3.Connection) -> list[OfficerKey]:
    """The officers' keys registered in this inventory, by officer."""
    return [
        OfficerKey(*r)
        for r in conn.execute(
            "SELECT officer, origin, country, public_key, fingerprint, exported_at, registered_at, file_name "
            "FROM signing_key ORDER BY officer, registered_at"
        )
    ]


def register_key(inv: Inventory, path: str | Path) -> Registration:
    """Record an officer's public key in ``inv`` (audited); workbooks it signs become ``registered``."""
    key = read_identity(path)
    conn = inv.conn
    if key.public_key == inv.meta(META_PUBLIC_KEY):
        return Registration(key, "own")
    found = conn.execute(
        "SELECT officer, origin, country, public_key, fingerprint, exported_at, registered_at, file_name "
        "FROM signing_key WHERE public_key = ?",
        (key.public_key,),
    ).fetchone()
    if found is not None:
        return Registration(OfficerKey(*found), "already")
    others = [k for k in registered_keys(conn) if k.origin == key.origin]
    now = utc_now()
    with inv.transaction():
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
        inv.audit.append(
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


def import_signatures(conn: sqlite3.Connection) -> dict[str, SignatureCheck | None]:
    """Per import source id, its signature status as of now (None: imported before kpfield checked).

    A file imported as ``unknown_key`` whose key was registered since shows as ``registered``
    (``registered_later``); the status recorded at import stays in ``exchange_import``.
    """
    out: dict[str, SignatureCheck | None] = {}
    rows = conn.execute(
        "SELECT ei.source_id, ei.signature, ei.signer_public_key, ei.signer_fingerprint, ei.signer_officer, "
        "ei.altered_accepted, ei.signature_detail, k.officer, k.origin "
        "FROM exchange_import ei LEFT JOIN signing_key k ON k.public_key = ei.signer_public_key"
    )
    own = conn.execute("SELECT value FROM meta WHERE key = ?", (META_PUBLIC_KEY,)).fetchone()
    for sid, status, public_key, fp, officer, accepted, detail, reg_officer, reg_origin in rows:
        if status is None:
            out[sid] = None
            continue
        check = SignatureCheck(
            status, fingerprint=fp, public_key=public_key, officer=officer, detail=detail or "", accepted=bool(accepted)
        )
        if status == REGISTERED:
            check.own = own is not None and public_key == own[0] and reg_officer is None
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
