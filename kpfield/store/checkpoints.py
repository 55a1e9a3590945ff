"""Signed checkpoints of the audit chain, and the inventory's signed genesis.

A checkpoint is the chain's head (how many rows, the last row's hash) and a time, signed with the
installation's Ed25519 key (:mod:`kpfield.identity`). One is written at the end of every unit of
work that wrote, in its transaction (``Inventory.transaction``), at the end of a session whose
other writes are not yet signed, before every backup and at every export (the export also carries
it in the workbook's ``_about``). The audit chain alone can be rewritten by anyone with a copy of the file, since its
hashes need no key; a signed head cannot be moved without the key, so ``kpfield verify`` checks
that the chain still passes through the latest checkpoint.

The genesis is the first checkpoint: made when the inventory is created, it signs the inventory's
identity (installation, inventory id, creation time, public key). An inventory made by an earlier
kpfield gets one when it is first opened where its key is (``adopted``), or with the key made on
its first export. Only an inventory whose genesis this installation's key signed is signed on
export (see :meth:`kpfield.store.Inventory.export_signer`): an inventory built elsewhere that
claims this installation's id is exported unsigned.

Checkpoints are only ever made with the key of the inventory's own installation, and only when
the genesis is that key's: kpfield never signs a chain it did not start.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from kpfield.identity import InstallationKey, from_base64

SCHEME = "kpfield-checkpoint-1"
GENESIS_KIND = "genesis"
KINDS = (GENESIS_KIND, "save", "session", "backup", "export")


@dataclass(frozen=True)
class Checkpoint:
    """One signed head, as stored: ``body`` is the signed JSON, ``facts`` its parsed content."""

    id: int
    kind: str
    body: str
    public_key: str
    signature: str

    @property
    def facts(self) -> dict[str, Any]:
        try:
            value = json.loads(self.body)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @property
    def rows(self) -> int:
        v = self.facts.get("audit_rows")
        return v if isinstance(v, int) else -1

    @property
    def head_hash(self) -> str:
        return str(self.facts.get("audit_hash") or "")

    @property
    def at(self) -> str:
        return str(self.facts.get("at") or "")

    def signature_holds(self) -> bool:
        """Whether ``signature`` is a signature of ``body`` by ``public_key``."""
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        raw, sig = from_base64(self.public_key, 32), from_base64(self.signature, 64)
        if raw is None or sig is None:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(raw).verify(sig, self.body.encode("utf-8"))
        except (InvalidSignature, ValueError):
            return False
        return True

    def as_about(self) -> list[tuple[str, str]]:
        """The facts a field workbook's ``_about`` carries for it."""
        return [
            ("checkpoint", self.body),
            ("checkpoint_public_key", self.public_key),
            ("checkpoint_signature", self.signature),
        ]


def chain_head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(rows, last hash) of the audit chain as it stands (0 and '' when empty)."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def _row(r: Any) -> Checkpoint:
    return Checkpoint(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]))


def latest(conn: sqlite3.Connection) -> Checkpoint | None:
    """The newest checkpoint (the genesis when it is the only one), or None."""
    r = conn.execute("SELECT id, kind, body, public_key, signature FROM checkpoint ORDER BY id DESC LIMIT 1").fetchone()
    return _row(r) if r else None


def genesis(conn: sqlite3.Connection) -> Checkpoint | None:
    """The inventory's genesis, or None: the latest, since an inventory moved to a computer without
    its key gets a new key, and a genesis signed by it, on its first export there."""
    r = conn.execute(
        "SELECT id, kind, body, public_key, signature FROM checkpoint WHERE kind = ? ORDER BY id DESC LIMIT 1",
        (GENESIS_KIND,),
    ).fetchone()
    return _row(r) if r else None


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM checkpoint").fetchone()[0])


def sign(
    conn: sqlite3.Connection,
    key: InstallationKey,
    kind: str,
    *,
    origin: str,
    inventory_id: str,
    at: str,
    extra: dict[str, Any] | None = None,
) -> Checkpoint:
    """Sign the chain's head now and store the checkpoint, in the caller's transaction."""
    rows, head = chain_head(conn)
    facts: dict[str, Any] = {
        "scheme": SCHEME,
        "kind": kind,
        "origin": origin,
        "inventory_id": inventory_id,
        "at": at,
        "audit_rows": rows,
        "audit_hash": head,
        "public_key": key.public_key,
        **(extra or {}),
    }
    body = json.dumps(facts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    signature = key.sign(body.encode("utf-8"))
    cur = conn.execute(
        "INSERT INTO checkpoint (kind, at, audit_rows, audit_hash, body, public_key, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (kind, at, rows, head, body, key.public_key, signature),
    )
    return Checkpoint(int(cur.lastrowid or 0), kind, body, key.public_key, signature)
