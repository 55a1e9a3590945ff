"""The signature on a field workbook's ``_about`` sheet.

``kpfield export field`` signs the facts of ``_about`` that say what the file is (who made it,
when, with what filter, how many rows, the SHA-256 of the data and of the column headers, and the
sheet table) together with the signer's public key, and writes the signature, the public key and
the fingerprint into ``_about``. The data itself is covered through its SHA-256, which the
importer recomputes from the rows it reads.

On import, :func:`check_about` gives each file one of the statuses of :mod:`kpfield.store.keys`
(registered officer, unknown key, unsigned, altered after signing) from its ``_about`` alone, and
:func:`check_data` turns a holding signature into ``altered`` when the rows read differ from the
signed checksums. The keys are :mod:`kpfield.identity`'s; the register of officers' keys is the
store's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kpfield.i18n import translate
from kpfield.identity import InstallationKey, fingerprint, from_base64, same_fingerprint
from kpfield.store.keys import ALTERED, REGISTERED, UNKNOWN_KEY, UNSIGNED, SignatureCheck

from .codec import canon

if TYPE_CHECKING:
    from kpfield.store import Inventory

__all__ = ["SCHEME", "SIGNED_FACTS", "SIGNATURE_FACTS", "sign_about", "read_about", "check_about", "check_data"]

SCHEME = "kpfield-ed25519-1"

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


def _altered(detail: str, **kw: Any) -> SignatureCheck:
    return SignatureCheck(ALTERED, detail=detail, **kw)


def check_about(inv: Inventory, facts: Mapping[str, Any], sheets: Sequence[Sequence[Any]]) -> SignatureCheck:
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
    raw = from_base64(public_key, 32)
    if raw is None:
        return _altered(translate("signing", "the public key on its _about sheet is damaged"), fingerprint=written_fp)
    fp = fingerprint(raw)
    if not same_fingerprint(written_fp, fp):
        return _altered(
            translate(
                "signing", "the fingerprint on its _about sheet ({written}) is not that of its public key ({actual})"
            ).format(written=written_fp, actual=fp),
            fingerprint=fp,
            public_key=public_key,
        )
    signature = from_base64(facts["signature"], 64)
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
    registered = inv.keys.officer_of(public_key)
    if registered is not None:
        check.status, (check.officer, check.origin) = REGISTERED, registered
    elif public_key == inv.keys.public_key():
        check.status, check.own = REGISTERED, True
        check.officer, check.origin = inv.identity.officer, inv.identity.origin
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
