"""Schema version and ordered upgrade steps, each atomic, with a file backup first.

A new database gets the current tables and is stamped with SCHEMA_VERSION. An older one is
copied to a timestamped backup beside it (SQLite) and upgraded one step at a time; each step
and the version bump commit together. A newer one is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw

from dikecualikan_gui.db import connection, migration_v7, seal
from dikecualikan_gui.db.models import ALL_MODELS, SORTED_COLUMNS, AppMeta
from dikecualikan_gui.domain.audit_chain import GENESIS
from dikecualikan_gui.errors import SchemaTooNew, StorageError

Step = Callable[[pw.Database], None]

SCHEMA_VERSION = 7


def _v2_register_columns(db: pw.Database) -> None:
    """The register's own columns (huruf letters, dasar hukum and jangka waktu as shown) and the
    idle-lock setting; the new columns are filled from each item's latest test."""
    from dikecualikan_gui.domain.legal_basis import format_grounds
    from dikecualikan_gui.domain.model import Ground

    for statement in (
        "ALTER TABLE item ADD COLUMN hurufs VARCHAR(10) NOT NULL DEFAULT ''",
        "ALTER TABLE item ADD COLUMN dasar_hukum TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE item ADD COLUMN jangka_waktu TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE profile ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 10",
    ):
        db.execute_sql(statement)
    for column in SORTED_COLUMNS:
        db.execute_sql("CREATE INDEX item_{c}_tahun_urut ON item ({c}, tahun, urut)".format(c=column))
    latest = {
        row[0]: (row[1], row[2])
        for row in db.execute_sql(
            "SELECT t.item_id, t.id, t.jw_text FROM consequence_test t WHERE t.id IN "
            "(SELECT MAX(id) FROM consequence_test GROUP BY item_id)"
        ).fetchall()
    }
    grounds: dict[int, list[Ground]] = {}
    for test_id, huruf, angka in db.execute_sql(
        "SELECT test_id, huruf, angka FROM test_ground ORDER BY test_id, position"
    ).fetchall():
        grounds.setdefault(test_id, []).append(Ground(huruf, angka))
    statutes: dict[int, list[str]] = {}
    for test_id, text in db.execute_sql("SELECT test_id, text FROM test_statute ORDER BY test_id, position").fetchall():
        statutes.setdefault(test_id, []).append(text)
    param = db.param
    for item_id, (test_id, jw_text) in latest.items():
        found = grounds.get(test_id, [])
        basis = format_grounds(found) or "; ".join(statutes.get(test_id, []))
        db.execute_sql(
            "UPDATE item SET hurufs = {p}, dasar_hukum = {p}, jangka_waktu = {p} WHERE id = {p}".format(p=param),
            ("".join(sorted({g.huruf for g in found})), basis, jw_text or "", item_id),
        )


def _v3_holidays_and_editions(db: pw.Database) -> None:
    """Holidays (for working days) and frozen DIK editions. The tables are declared here as
    they were in version 3, so later changes to the models do not change this step."""

    class V3(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class User(V3):  # referenced by the new tables; its columns are not needed here
        pass

    class Penetapan(V3):
        pass

    class Holiday(V3):
        tanggal = pw.DateField(unique=True)
        nama = pw.CharField(max_length=200, default="")

    class Edition(V3):
        nomor = pw.IntegerField(unique=True)
        tahun = pw.IntegerField()
        penetapan = pw.ForeignKeyField(Penetapan, on_delete="RESTRICT")
        created_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
        created_at = pw.DateTimeField()
        snapshot = pw.TextField()
        fingerprint = pw.CharField(max_length=64)

    db.create_tables([Holiday, Edition])


def _v4_documents(db: pw.Database) -> None:
    """Print settings in the profile and the archive of issued documents (as in version 4)."""
    db.execute_sql("ALTER TABLE profile ADD COLUMN print_settings TEXT NOT NULL DEFAULT '{}'")

    class V4(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class User(V4):  # referenced by the new table; its columns are not needed here
        pass

    class Item(V4):
        pass

    class Penetapan(V4):
        pass

    class Document(V4):
        jenis = pw.CharField(max_length=16, index=True)
        judul = pw.TextField()
        referensi = pw.CharField(max_length=200, default="")
        item = pw.ForeignKeyField(Item, null=True, on_delete="RESTRICT")
        penetapan = pw.ForeignKeyField(Penetapan, null=True, on_delete="RESTRICT")
        paper = pw.CharField(max_length=8)
        created_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
        created_at = pw.DateTimeField()
        sha256 = pw.CharField(max_length=64)
        ukuran = pw.BigIntegerField()
        stored_path = pw.TextField()

    db.create_tables([Document])


def _drop_not_null(db: pw.Database, table: str, column: str, declared: str) -> None:
    """Let a column hold NULL, in place. PostgreSQL has ALTER COLUMN; SQLite only allows this
    through its documented schema edit (the stored CREATE TABLE text loses the NOT NULL; the
    file format does not change), done inside the upgrade's transaction."""
    if not isinstance(db, pw.SqliteDatabase):
        db.execute_sql('ALTER TABLE "{t}" ALTER COLUMN "{c}" DROP NOT NULL'.format(t=table, c=column))
        return
    old = '"{c}" {d} NOT NULL'.format(c=column, d=declared)
    sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    if old not in sql:
        raise StorageError("Skema tabel {t} tidak seperti yang diharapkan; pembaruan dibatalkan.".format(t=table))
    version = db.execute_sql("PRAGMA schema_version").fetchone()[0]
    db.execute_sql("PRAGMA writable_schema = ON")
    try:
        db.execute_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
            (sql.replace(old, '"{c}" {d}'.format(c=column, d=declared)), table),
        )
        db.execute_sql("PRAGMA schema_version = {v}".format(v=int(version) + 1))
    finally:
        db.execute_sql("PRAGMA writable_schema = OFF")
    result = db.execute_sql("PRAGMA integrity_check").fetchone()
    if not result or result[0] != "ok":
        raise StorageError("Pemeriksaan basis data setelah pembaruan gagal: {r}.".format(r=result))


def _v5_sessions(db: pw.Database) -> None:
    """Consequence-test sessions, disclosures on consent, document keys and item sources (as in
    version 5). A test without a session is no recorded test, so it may have no date; tests that
    an import invented lose their date and their items go back to draf ("uji tidak tercatat"),
    and every other test that was submitted becomes a session of one."""
    from dikecualikan_gui.db import legacy_tests

    class V5(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class User(V5):
        pass

    class Item(V5):
        pass

    class UjiSession(V5):
        tahun = pw.IntegerField()
        urut = pw.IntegerField()
        nomor = pw.CharField(unique=True, max_length=64)
        tanggal = pw.DateField()
        waktu = pw.CharField(max_length=32, default="")
        tempat = pw.TextField(default="")
        pemimpin_nama = pw.TextField(default="")
        pemimpin_nip = pw.CharField(max_length=32, default="")
        pemimpin_jabatan = pw.TextField(default="")
        recorded_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
        recorded_at = pw.DateTimeField()

        class Meta:
            table_name = "test_session"
            indexes = ((("tahun", "urut"), True),)

    class SessionParticipant(V5):
        sesi = pw.ForeignKeyField(UjiSession, on_delete="CASCADE", index=True)
        position = pw.IntegerField()
        nama = pw.TextField()
        jabatan = pw.TextField(default="")
        unit = pw.TextField(default="")

    class Disclosure(V5):
        item = pw.ForeignKeyField(Item, on_delete="RESTRICT", index=True)
        tanggal = pw.DateField()
        pemilik = pw.TextField()
        penerima = pw.TextField()
        bagian = pw.TextField(default="")
        dokumen_persetujuan = pw.TextField()
        recorded_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
        recorded_at = pw.DateTimeField()

    db.create_tables([UjiSession, SessionParticipant, Disclosure])
    for statement in (
        "ALTER TABLE consequence_test ADD COLUMN sesi_id INTEGER NULL REFERENCES test_session (id) ON DELETE RESTRICT",
        "CREATE INDEX consequence_test_sesi_id ON consequence_test (sesi_id)",
        "ALTER TABLE item ADD COLUMN sumber TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE item ADD COLUMN kekurangan INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX item_kekurangan ON item (kekurangan)",
        "ALTER TABLE document ADD COLUMN kunci VARCHAR(240) NOT NULL DEFAULT ''",
        "CREATE INDEX document_kunci ON document (kunci)",
        "UPDATE document SET kunci = 'penetapan:' || referensi WHERE jenis = 'penetapan'",
    ):
        db.execute_sql(statement)
    _drop_not_null(db, "consequence_test", "tanggal", "DATE")
    legacy_tests.upgrade(db)


#: STEPS[n] upgrades a database from version n-1 to version n. Version 1 is the first schema
#: and is only ever created whole. Steps use explicit SQL or explicit columns, never the
#: current models as a whole: those describe the newest schema, not the one being upgraded.
#: Never rebuild a table (as playhouse.migrate does on SQLite for NOT NULL columns): with foreign
#: keys on, dropping the old table cascades into its children. ALTER TABLE ... ADD COLUMN with a
#: NOT NULL DEFAULT works in place on SQLite and PostgreSQL.
STEPS: dict[int, Step] = {
    2: _v2_register_columns,
    3: _v3_holidays_and_editions,
    4: _v4_documents,
    5: _v5_sessions,
    6: seal.add_mac_column,
    7: migration_v7.add_file_tables,
}

VERSION_KEY = "schema_version"
AUDIT_HEAD_KEY = "audit_head"
EMPTY_AUDIT_HEAD = json.dumps({"count": 0, "hash": GENESIS, "last_id": 0})


@dataclass(frozen=True)
class SchemaResult:
    created: bool
    from_version: int
    to_version: int
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return not self.created and self.from_version != self.to_version


def current_version(db: pw.Database) -> int | None:
    """The stored version; None for an empty database. Refuses a foreign database."""
    with connection.storage_errors():
        tables = set(db.get_tables())
        if not tables:
            return None
        if AppMeta._meta.table_name not in tables:
            raise StorageError(
                "Basis data ini berisi tabel lain dan bukan milik aplikasi Dikecualikan. Pilih berkas lain dengan --db."
            )
        row = AppMeta.get_or_none(AppMeta.key == VERSION_KEY)
    if row is None or not row.value.isdigit():
        raise StorageError(
            "Basis data tidak memiliki versi skema yang terbaca; berkas ini mungkin rusak. Pulihkan dari cadangan."
        )
    return int(row.value)


def _file_version(path: Path) -> int:
    db = pw.SqliteDatabase(str(path))
    try:
        with connection.storage_errors():
            row = db.execute_sql(
                "SELECT value FROM {t} WHERE key = ?".format(t=AppMeta._meta.table_name), (VERSION_KEY,)
            ).fetchone()
    finally:
        db.close()
    return int(row[0]) if row else 0


def _locked_version() -> int:
    """The stored version, read inside a write transaction (row-locked on PostgreSQL)."""
    query = AppMeta.select().where(AppMeta.key == VERSION_KEY)
    if connection.current().for_update:
        query = query.for_update()
    return int(query.get().value)


def ensure_schema(
    db: pw.Database,
    *,
    latest: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] = STEPS,
    now: datetime | None = None,
) -> SchemaResult:
    """Create or upgrade the schema of the open database (idempotent)."""
    version = current_version(db)
    if version is None:
        with connection.transaction():
            db.create_tables(ALL_MODELS)  # IF NOT EXISTS: a second process starting at once is harmless
            AppMeta.put_if_absent(VERSION_KEY, str(latest))
            AppMeta.put_if_absent(AUDIT_HEAD_KEY, EMPTY_AUDIT_HEAD)
        return SchemaResult(True, 0, latest, None)
    if version > latest:
        raise SchemaTooNew(
            "Basis data ini dibuat oleh versi aplikasi yang lebih baru (skema versi {v}, "
            "aplikasi ini mengenal sampai versi {l}). Perbarui aplikasi; berkas tidak diubah.".format(
                v=version, l=latest
            )
        )
    if version == latest:
        return SchemaResult(False, version, version, None)
    missing = [v for v in range(version + 1, latest + 1) if v not in steps]
    if missing:
        raise StorageError("Langkah migrasi skema versi {m} tidak ada.".format(m=missing))
    # One write transaction for the copy and every step: a second program starting at the same
    # moment waits, then finds the work done; nobody copies or sees a half-upgraded file.
    with connection.transaction():
        version = _locked_version()
        if version >= latest:
            return SchemaResult(False, version, version, None)  # another program upgraded meanwhile
        backup = backup_before_upgrade(version, now or datetime.now(), latest)
        for target in range(version + 1, latest + 1):
            steps[target](db)
            AppMeta.put(VERSION_KEY, str(target))
    return SchemaResult(False, version, latest, backup)


def backup_before_upgrade(version: int, now: datetime, latest: int = SCHEMA_VERSION) -> Path | None:
    """Copy the SQLite file beside itself, e.g. data.sqlite3.v1-20261125-093000.bak.

    When another program finished the upgrade meanwhile, the copy is not needed and is removed."""
    source = connection.sqlite_file()
    if source is None:
        return None
    stem = "{n}.v{v}-{t}".format(n=source.name, v=version, t=now.strftime("%Y%m%d-%H%M%S"))
    for number in range(1, 1000):
        target = source.with_name(stem + (".bak" if number == 1 else "-{k}.bak".format(k=number)))
        try:
            target.open("x").close()  # claim the name: programs upgrading at once never share a copy
        except FileExistsError:
            continue
        except OSError as exc:
            raise StorageError(
                "Salinan sebelum pembaruan tidak dapat dibuat di {p}: {e}.".format(p=target.parent, e=exc.strerror)
            ) from exc
        connection.backup_sqlite_to(target)
        if _file_version(target) >= latest:
            target.unlink()
            return None
        return target
    raise StorageError("Terlalu banyak salinan sebelum pembaruan di {p}.".format(p=source.parent))


@dataclass(frozen=True)
class FileFacts:
    version: int
    audit_head: dict[str, object] | None
    audit_key_id: str | None = None  # the fingerprint of the key that seals its trail (db/seal.py)


def inspect_sqlite_file(path: Path) -> FileFacts:
    """Check a standalone SQLite file (e.g. inside a backup): intact, ours, not too new.

    Returns its schema version and audit-chain head; raises StorageError saying what is wrong.
    """
    db = pw.SqliteDatabase(str(path))
    try:
        with connection.storage_errors():
            db.connect()
            result = db.execute_sql("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise StorageError(
                    "Basis data di dalam cadangan rusak (integrity_check: {r}).".format(r=result[0] if result else "?")
                )
            if AppMeta._meta.table_name not in set(db.get_tables()):
                raise StorageError("Berkas di dalam cadangan bukan basis data aplikasi Dikecualikan.")
            meta = dict(db.execute_sql("SELECT key, value FROM {t}".format(t=AppMeta._meta.table_name)).fetchall())
    finally:
        db.close()
    try:
        version = int(meta[VERSION_KEY])
        head = json.loads(meta[AUDIT_HEAD_KEY]) if AUDIT_HEAD_KEY in meta else None
    except (KeyError, ValueError) as exc:
        raise StorageError("Basis data di dalam cadangan tidak memiliki versi skema yang terbaca.") from exc
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            "Cadangan ini dibuat oleh versi aplikasi yang lebih baru (skema versi {v}); perbarui aplikasi "
            "sebelum memulihkannya.".format(v=version)
        )
    return FileFacts(version, head, meta.get(seal.KEY_ID_META))


def fold_wal(path: Path) -> None:
    """Best effort: write a database's WAL into the file itself, so the file stands alone."""
    db = pw.SqliteDatabase(str(path))
    try:
        db.connect()
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute_sql("PRAGMA journal_mode=DELETE")
    except pw.DatabaseError:
        pass  # a damaged file is kept aside as it is: the WAL stays beside it
    finally:
        db.close()
