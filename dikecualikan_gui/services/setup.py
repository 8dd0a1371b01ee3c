"""Opening the register: connect, create or upgrade the schema, record the upgrade."""
from __future__ import annotations

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, migrations, queries
from dikecualikan_gui.domain.model import AuditAction
from dikecualikan_gui.services.common import utcnow

SchemaResult = migrations.SchemaResult


def open_register(config: Config) -> SchemaResult:
    """Open ``config.db``; a new database gets the schema, an older one is backed up and upgraded."""
    db = connection.open_database(config.db)
    result = migrations.ensure_schema(db)
    if result.upgraded:
        with connection.transaction():
            queries.append_audit(None, AuditAction.SCHEMA_UPGRADED, utcnow(), details={
                "dari": result.from_version, "ke": result.to_version,
                "cadangan": str(result.backup) if result.backup else None})
    return result


def close_register() -> None:
    connection.close_database()


def describe_target(config: Config) -> str:
    return str(config.sqlite_path) if config.sqlite_path else config.db.split("@")[-1]
