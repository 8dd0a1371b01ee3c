"""Seals that tie the audit trail to something outside the database file.

The hash chain (audit_chain) shows that a row was edited, deleted or reordered, but someone who
holds the database file can recompute every hash and the stored head after editing it. Three
things close that gap (see docs/architecture.md, "Tamper evidence"):

- a **key** kept outside the database file (next to it in the data folder, and in each backup);
  every event carries ``mac = HMAC-SHA256(key, event hash)``, which nobody holding only the
  database can recompute;
- an **anchor**: the head (event count, last id, hash) written to a file beside the database after
  every commit and sealed with the key; a database rolled back to an older copy, or a rewritten
  chain, no longer contains that head;
- a **verification code** printed in the footer of every issued document: the id of the newest
  event when it was printed and a short seal of that event's hash. ``audit verify --kode`` says
  whether the code belongs to this register's history; a register whose history was rewritten or
  whose key was replaced no longer knows the codes on its paper documents.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass

KEY_BYTES = 32


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_id(key: bytes) -> str:
    """A fingerprint of the key that reveals nothing of it (stored in the database, so that a
    different key is noticed rather than taken for tampering with every event)."""
    return hmac.new(key, b"dikecualikan:kunci", hashlib.sha256).hexdigest()[:16]


def event_mac(key: bytes, event_hash: str) -> str:
    """The seal of one event. The event's hash already covers its content and every event before
    it, so the seal of the last event vouches for the whole chain up to it."""
    return hmac.new(key, ("jejak:" + event_hash).encode("utf-8", "replace"), hashlib.sha256).hexdigest()


# -- the verification code printed on documents ------------------------------------------------

_CODE = re.compile(r"^\s*(\d{1,12})-([A-Z2-7]{4})-?([A-Z2-7]{4})\s*$")


def _code_seal(key: bytes | None, event_hash: str) -> str:
    message = ("kode:" + event_hash).encode("utf-8", "replace")
    digest = hmac.new(key, message, hashlib.sha256).digest() if key else hashlib.sha256(message).digest()
    return base64.b32encode(digest).decode("ascii")[:8]


def verification_code(key: bytes | None, event_id: int, event_hash: str) -> str:
    """``<event id>-XXXX-XXXX``: short enough to type, impossible to make up without the key
    (on a register without a key, PostgreSQL, it is a plain digest of the event's hash)."""
    seal = _code_seal(key, event_hash)
    return "{i}-{a}-{b}".format(i=event_id, a=seal[:4], b=seal[4:])


def parse_code(code: str) -> tuple[int, str] | None:
    """(event id, the eight seal characters) of a typed code; None when it cannot be one.
    Lower case, spaces and a missing second dash are forgiven; O/0 and I/1 are read as the
    letters the code uses (base32 has no 0, 1, 8 or 9)."""
    text = code.upper().replace(" ", "")
    head, _, tail = text.partition("-")
    tail = tail.replace("0", "O").replace("1", "I")
    match = _CODE.match(head + "-" + tail)
    if not match:
        return None
    return int(match.group(1)), match.group(2) + match.group(3)


def code_matches(key: bytes | None, event_hash: str, seal: str) -> bool:
    return hmac.compare_digest(_code_seal(key, event_hash), seal)


# -- the anchor file beside the database -------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """The chain's head as it was after a commit: ``count`` events, the last with id ``last_id``
    and hash ``hash``, written at ``at`` (UTC, ISO)."""

    count: int
    last_id: int
    hash: str
    at: str

    def _message(self) -> bytes:
        return "kepala:{c}:{i}:{h}:{a}".format(c=self.count, i=self.last_id, h=self.hash, a=self.at).encode(
            "utf-8", "replace"
        )

    def dumps(self, key: bytes) -> str:
        body = {"count": self.count, "last_id": self.last_id, "hash": self.hash, "at": self.at}
        body["mac"] = hmac.new(key, self._message(), hashlib.sha256).hexdigest()
        return json.dumps(body, sort_keys=True) + "\n"


class AnchorUnreadable(ValueError):
    """The anchor file is not one this program wrote with this key."""


def load_anchor(text: str, key: bytes) -> Anchor:
    try:
        body = json.loads(text)
        anchor = Anchor(int(body["count"]), int(body["last_id"]), str(body["hash"]), str(body["at"]))
        mac = str(body["mac"])
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise AnchorUnreadable("isinya tidak terbaca") from exc
    expected = hmac.new(key, anchor._message(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, mac):
        raise AnchorUnreadable("segelnya tidak cocok dengan kunci register ini")
    return anchor
