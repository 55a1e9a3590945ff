"""This installation's signing key, and officers' key files.

Every installation (an inventory's ``origin``) has one Ed25519 key pair, made when the inventory
is created (or, for an inventory older than signing, on its first export). The private key lives
in the user's data folder (``kpfield.paths.data_dir()/keys/<origin>.key``, readable by the user
only), never in the inventory file or in a workbook, so a copy of either cannot sign. Its
fingerprint is the first 16 bytes of the SHA-256 of the raw 32-byte public key, in groups of four
hex digits (``3f2a 9c1e 07b4 ...``), short enough to read out over the phone.

An officer sends the coordinator an officer's key file (``.kpkey``, :func:`export_identity`): the
officer's name, the installation, the public key and its fingerprint, self-signed. The
coordinator's inventory keeps the register of those keys (:mod:`kpfield.store.keys`).

The cryptography is the ``cryptography`` package's Ed25519; nothing here implements a primitive.
Nothing here touches an inventory: the store sits above this module.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kpfield.domain.dates import utc_now
from kpfield.i18n import translate
from kpfield.output import writing
from kpfield.paths import data_dir

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

__all__ = [
    "Identity",
    "SigningError",
    "InstallationKey",
    "OfficerKey",
    "fingerprint",
    "same_fingerprint",
    "to_base64",
    "from_base64",
    "keys_dir",
    "key_path",
    "generate_key",
    "load_key",
    "local_keys",
    "export_identity",
    "read_identity",
]

KEY_FORMAT = "kpfield signing key 1"
IDENTITY_FORMAT = "kpfield officer key 1"
# An officer's key file is about 600 bytes and a signing key about 400, both flat JSON objects:
# anything far larger or deeper is not one, and is refused before it is parsed.
MAX_IDENTITY_BYTES = 64 * 1024
MAX_KEY_JSON_DEPTH = 8


class _NotAKeyFile(ValueError):
    """A key file refused before it is parsed; the message says why, for the user."""


def _json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest (brackets inside strings not counted);
    one pass, so a text made to trouble a parser costs no more than its length."""
    depth = deepest = 0
    in_string = escaped = False
    for c in text:
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth -= 1
    return deepest


def _read_key_json(path: Path) -> Any:
    """The JSON document of a key file, read safely: only a regular file (a pipe would wait
    forever, a device never end), at most :data:`MAX_IDENTITY_BYTES`, nested at most
    :data:`MAX_KEY_JSON_DEPTH` deep. Raises :class:`_NotAKeyFile` with the reason, OSError when
    the file cannot be opened, ValueError when it is not JSON."""
    # O_NONBLOCK: opening a pipe with no writer returns at once instead of waiting for one
    not_regular = _NotAKeyFile(translate("signing", "it is not a regular file (a folder, a device or a pipe)"))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise not_regular from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise not_regular
        data = b""
        while len(data) <= MAX_IDENTITY_BYTES:
            chunk = os.read(fd, MAX_IDENTITY_BYTES + 1 - len(data))
            if not chunk:
                break
            data += chunk
    finally:
        os.close(fd)
    if len(data) > MAX_IDENTITY_BYTES:
        raise _NotAKeyFile(
            translate("signing", "it holds {size} bytes; a key file holds at most {limit}").format(
                size=f"{max(st.st_size, len(data)):,}", limit=f"{MAX_IDENTITY_BYTES:,}"
            )
        )
    text = data.decode("utf-8")
    deepest = _json_depth(text)
    if deepest > MAX_KEY_JSON_DEPTH:
        raise _NotAKeyFile(
            translate("signing", "its JSON is nested {depth} levels deep; a key file has at most {limit}").format(
                depth=deepest, limit=MAX_KEY_JSON_DEPTH
            )
        )
    return json.loads(text)


_SAFE_NAME = re.compile(r"^[0-9A-Za-z._-]{1,100}$")


@dataclass(frozen=True)
class Identity:
    """The installation that owns an inventory: set once, when the inventory is created."""

    origin: str
    officer: str
    country: str
    district: str | None
    created_at: str


class SigningError(ValueError):
    """A key file, an officer's key file or a signature that cannot be used; the message says what to do."""


def to_base64(data: bytes) -> str:
    """``data`` in base64, as key files and workbooks carry keys and signatures."""
    return base64.b64encode(data).decode("ascii")


def from_base64(text: object, size: int) -> bytes | None:
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
    raw = from_base64(public_key, 32) if isinstance(public_key, str) else public_key
    if raw is None:
        raise SigningError(translate("signing", "{key!r} is not an Ed25519 public key").format(key=public_key))
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def same_fingerprint(a: object, b: str) -> bool:
    """Whether ``a`` (as someone wrote it: any case, any spacing) is the fingerprint ``b``."""
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
        return to_base64(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> str:
        return to_base64(self.private.sign(data))

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
    """Where this user's installation keys are kept (read from the environment when asked)."""
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
        doc = _read_key_json(path)
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


# ---- officers' key files: export and read ----------------------------------------------------


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
    """Write the officer's key file: name, installation, public key and fingerprint, self-signed.
    ``path`` is checked and written as :func:`kpfield.output.writing` says."""
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
    with writing(path, make_folder=True) as staged:
        staged.part.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
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
        doc = _read_key_json(path)
    except FileNotFoundError:
        raise SigningError(translate("signing", "{path}: no such file").format(path=path)) from None
    except _NotAKeyFile as e:
        raise refuse(str(e)) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise refuse(translate("signing", "it is not an officer's key file (.kpkey)")) from None
    except OSError as e:
        raise refuse(e.strerror or str(e)) from None
    if not isinstance(doc, dict) or doc.get("format") != IDENTITY_FORMAT:
        raise refuse(translate("signing", "it is not an officer's key file (.kpkey)"))
    if doc.get("algorithm") != "Ed25519":
        raise refuse(translate("signing", "its key is not an Ed25519 key"))
    officer = " ".join(str(doc.get("officer") or "").split())
    origin = str(doc.get("origin") or "").strip()
    if not officer or not origin:
        raise refuse(translate("signing", "it does not name the officer and the installation"))
    raw = from_base64(doc.get("public_key"), 32)
    if raw is None:
        raise refuse(translate("signing", "its public key is damaged"))
    fp = fingerprint(raw)
    if not same_fingerprint(doc.get("fingerprint"), fp):
        raise refuse(translate("signing", "its fingerprint does not belong to its public key (the file was edited)"))
    signature = from_base64(doc.get("self_signature"), 64)
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
        to_base64(raw),
        fp,
        exported_at=str(doc.get("exported_at") or ""),
        file_name=path.name,
    )
