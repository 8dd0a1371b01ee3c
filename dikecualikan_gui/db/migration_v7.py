"""Schema version 7: files kept in the database (issue 13), for a register on PostgreSQL shared by
several workstations. The tables are declared here as they are in version 7, so later changes to
the models do not change this step."""

from __future__ import annotations

import peewee as pw


def add_file_tables(db: pw.Database) -> None:
    """stored_file (one row per file, by SHA-256) and file_chunk (its bytes in pieces)."""

    class V7(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class StoredFile(V7):
        sha256 = pw.CharField(primary_key=True, max_length=64)
        ukuran = pw.BigIntegerField()
        created_at = pw.DateTimeField()

    class FileChunk(V7):
        file = pw.ForeignKeyField(StoredFile, on_delete="CASCADE")
        position = pw.IntegerField()
        data = pw.BlobField()

        class Meta:
            primary_key = pw.CompositeKey("file", "position")

    db.create_tables([StoredFile, FileChunk])
