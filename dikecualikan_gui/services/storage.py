"""Where the register's files are kept: attachments, the archive of issued documents and the logo.

One interface, two places, chosen by the database (issue 13):

- ``FolderStore``: the data folder beside an SQLite register (``lampiran/ab/<sha256>``,
  ``arsip/YYYY/<sha256>.pdf``), as it always was;
- ``DatabaseStore``: the database itself on PostgreSQL (db/files.py: a row per file and its bytes in
  1 MB chunks), so every workstation sees the same files without a shared folder.

A file is named by its path relative to the data folder, and every name ends in the file's SHA-256
(``<sha256>`` or ``<sha256>.pdf``): the name says what the content must be, and every read and
write is checked against it. Files are read and written a chunk at a time; none has to fit in
memory.
"""

from __future__ import annotations

import abc
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, files
from dikecualikan_gui.errors import StorageError
from dikecualikan_gui.services.common import utcnow

CHUNK = files.CHUNK
PARTIAL = ".sebagian"
#: Beside the data folder's files on a PC whose register is on PostgreSQL: copies of stored files
#: that a program needs as a file on disk (the logo for ReportLab, an attachment to open).
CACHE = "salinan-berkas"


def sha_of(name: str) -> str:
    """The SHA-256 a stored file's name says it holds."""
    return PurePosixPath(name).stem


def read_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        yield from iter(lambda: handle.read(CHUNK), b"")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    for block in read_chunks(path):
        digest.update(block)
    return digest.hexdigest()


def _checked(name: str, pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The pieces as they come; after the last, a StorageError when they are not what ``name`` says."""
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
        yield piece
    if digest.hexdigest() != sha_of(name):
        raise StorageError("Isi berkas {n} tidak cocok dengan SHA-256-nya; berkas tidak disimpan.".format(n=name))


def write_file(pieces: Iterable[bytes], target: Path) -> None:
    """Write ``pieces`` to ``target`` through a partial file renamed when complete (the old file, if
    any, stays until then; a failure leaves no partial file)."""
    partial = target.with_name(target.name + PARTIAL)
    try:
        with partial.open("wb") as sink:
            for piece in pieces:
                sink.write(piece)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    name: str


class FileStore(abc.ABC):
    """The register's files, by name (see the module docstring)."""

    @abc.abstractmethod
    def size(self, name: str) -> int | None:
        """The stored size, or None when the file is not there."""

    @abc.abstractmethod
    def _pieces(self, name: str) -> Iterator[bytes]:
        """The stored bytes, unchecked (only called when size() is not None)."""

    @abc.abstractmethod
    def _write(self, name: str, pieces: Iterable[bytes]) -> None:
        """Store ``pieces`` (checked by the caller's iterator) under ``name``, replacing a damaged copy."""

    @abc.abstractmethod
    def where(self, name: str) -> str:
        """Where the file is, for messages."""

    def chunks(self, name: str) -> Iterator[bytes]:
        """The stored bytes, checked against the name's SHA-256 (StorageError at the end otherwise)."""
        if self.size(name) is None:
            raise StorageError("Berkas {n} tidak ada di {w}.".format(n=name, w=self.where(name)))
        return _checked(name, self._pieces(name))

    def intact(self, name: str) -> bool:
        if self.size(name) is None:
            return False
        digest = hashlib.sha256()
        try:
            for piece in self._pieces(name):
                digest.update(piece)
        except OSError:
            return False
        return digest.hexdigest() == sha_of(name)

    def put_chunks(self, name: str, pieces: Iterable[bytes]) -> bool:
        """Store a file whose content must match its name; False when an intact copy was there
        already (``pieces`` is then not read). StorageError on a mismatch: nothing is stored."""
        if self.intact(name):
            return False
        self._write(name, _checked(name, pieces))
        return True

    def put_bytes(self, name: str, data: bytes) -> bool:
        return self.put_chunks(name, [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""])

    def read_bytes(self, name: str) -> bytes:
        return b"".join(self.chunks(name))

    def put_file(self, source: Path, name_of: Callable[[str], str]) -> Stored:
        """Copy ``source`` in under the name ``name_of(its SHA-256)`` (read once to learn its SHA-256,
        once more to store it: a file that changes in between is refused)."""
        digest = hashlib.sha256()
        size = 0
        for block in read_chunks(source):
            digest.update(block)
            size += len(block)
        sha = digest.hexdigest()
        name = name_of(sha)
        try:
            self.put_chunks(name, read_chunks(source))
        except StorageError as exc:
            raise StorageError("Berkas {p} berubah ketika sedang disalin; coba lagi.".format(p=source)) from exc
        return Stored(sha, size, name)

    def copy_to(self, name: str, target: Path) -> None:
        """Write the stored file to ``target`` (checked; ``target`` is only replaced when complete)."""
        write_file(self.chunks(name), target)

    @abc.abstractmethod
    def local_file(self, name: str) -> Path | None:
        """The file on this PC's disk (for programs that need a path), or None when it is not stored."""


class FolderStore(FileStore):
    """The data folder of an SQLite register."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, name: str) -> Path:
        return self.root / name

    def size(self, name: str) -> int | None:
        path = self.path(name)
        return path.stat().st_size if path.is_file() else None

    def _pieces(self, name: str) -> Iterator[bytes]:
        return read_chunks(self.path(name))

    def where(self, name: str) -> str:
        return str(self.path(name))

    def _write(self, name: str, pieces: Iterable[bytes]) -> None:
        target = self.path(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file(pieces, target)

    def put_file(self, source: Path, name_of: Callable[[str], str]) -> Stored:
        """One read: copied to a temporary file in the store while hashed, then renamed to its name."""
        staging = self.root / PurePosixPath(name_of("0" * 64)).parts[0]  # e.g. lampiran/: cleaned at start
        staging.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=staging, delete=False) as tmp:
            digest = hashlib.sha256()
            size = 0
            for block in read_chunks(source):
                digest.update(block)
                size += len(block)
                tmp.write(block)
        sha = digest.hexdigest()
        name = name_of(sha)
        target = self.path(name)
        if self.intact(name):
            os.unlink(tmp.name)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp.name, target)
        return Stored(sha, size, name)

    def local_file(self, name: str) -> Path | None:
        path = self.path(name)
        return path if path.is_file() else None


class DatabaseStore(FileStore):
    """The database itself (PostgreSQL): ``db`` is the open register unless given (a migration's
    target, a backup's snapshot reader)."""

    def __init__(self, cache: Path, db: files.Database | None = None) -> None:
        self.cache = cache
        self.db = db

    def size(self, name: str) -> int | None:
        return files.size_of(sha_of(name), self.db)

    def _pieces(self, name: str) -> Iterator[bytes]:
        return files.chunks(sha_of(name), self.db)

    def where(self, name: str) -> str:
        return "basis data"

    def _write(self, name: str, pieces: Iterable[bytes]) -> None:
        with files.transaction(self.db):
            files.delete(sha_of(name), self.db)  # a damaged copy (put_chunks found it not intact)
            files.insert(sha_of(name), pieces, utcnow(), self.db)

    def local_file(self, name: str) -> Path | None:
        if self.size(name) is None:
            return None
        target = self.cache / (sha_of(name) + PurePosixPath(name).suffix)
        if not (target.is_file() and sha256_of(target) == sha_of(name)):
            try:
                self.cache.mkdir(parents=True, exist_ok=True)
                self.copy_to(name, target)
            except OSError as exc:
                raise StorageError(
                    "Salinan berkas tidak dapat ditulis ke {d}: {e}.".format(d=self.cache, e=exc.strerror or exc)
                ) from exc
        return target


def store_for(config: Config) -> FileStore:
    """The store of the open register: its database on PostgreSQL, the data folder on SQLite."""
    if connection.is_sqlite():
        return FolderStore(config.data_dir)
    return DatabaseStore(config.data_dir / CACHE)
