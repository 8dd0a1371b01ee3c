"""When the key that seals the audit trail is lost and no backup holds it (db/seal.py): an
administrator reseals the trail with a new key, with their own password, once.

A register without its key is read-only, so that nothing unsealed is written; this is the way out
when the key cannot be brought back from a backup. It is recorded: the event names the old and the
new fingerprint and why. The hash chain still shows any event edited without being re-chained;
what is lost is the proof that the chain was not recomputed before the reseal, and the codes on
documents printed before it (they were sealed with the lost key): the event says so, and
`audit verify --kode` then answers for codes printed after it only."""

from __future__ import annotations

from datetime import datetime

from dikecualikan_gui.db import connection, queries, seal
from dikecualikan_gui.db.seal_store import KEY_ID_META, meta
from dikecualikan_gui.domain import audit_seal
from dikecualikan_gui.domain.model import AuditAction, Role
from dikecualikan_gui.errors import AuthenticationFailed, InvalidState, PermissionDenied
from dikecualikan_gui.services.auth import verify_password
from dikecualikan_gui.services.common import utcnow


def reseal(username: str, password: str, *, now: datetime | None = None) -> str:
    """Reseal with a new key; returns the new key's fingerprint. The administrator's password is
    checked against the stored hash (the register cannot record a failed attempt while it is
    read-only, so nothing is written before the check succeeds)."""
    now = now or utcnow()
    db_file = connection.sqlite_file()
    problem = seal.key_problem()
    if db_file is None:
        raise InvalidState(
            "Penyegelan ulang hanya untuk register SQLite; di PostgreSQL jejak audit tidak bersegel kunci."
        )
    if problem is None:
        raise InvalidState("Kunci segel jejak audit register ini ada dan cocok; tidak perlu disegel ulang.")
    creds = queries.get_credentials(username)
    if creds is None or not verify_password(password, creds.password_hash):
        raise AuthenticationFailed("Nama pengguna atau kata sandi salah; tidak ada yang diubah.")
    if creds.user.role is not Role.ADMIN or not creds.user.active:
        raise PermissionDenied("Hanya administrator aktif yang boleh menyegel ulang jejak audit.")
    old_id = meta(KEY_ID_META)
    key = seal.begin_reseal(db_file)
    with connection.transaction():
        queries.append_audit(
            creds.user.as_actor(),
            AuditAction.RESEALED,
            now,
            details={
                "sidik_lama": old_id,
                "sidik_baru": audit_seal.key_id(key),
                "alasan": problem,
                "akibat": "kode verifikasi pada dokumen yang dicetak sebelum ini tidak dapat diperiksa lagi",
            },
        )
        seal.reseal_all(db_file, key)
    return audit_seal.key_id(key)
