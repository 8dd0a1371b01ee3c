"""The application's log and its one crash-report writer.

The log is ``dikecualikan.log`` in the data folder (rotated at 1 MB, five old files kept), so an
office's IT person can see what happened: start, sign-in, actions by user and record id, warnings,
errors with their traceback. It never holds a password or what an item says: the modules log ids,
counts and numbers only. The GUI and the command line both start it (``app.py``); every module
logs through ``logging.getLogger(__name__)`` under the ``dikecualikan_gui`` logger.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from dikecualikan_gui import __version__, paths

LOG_FILE = "dikecualikan.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"
PACKAGE_LOGGER = "dikecualikan_gui"
REPORT_PREFIX = "laporan-kesalahan-"

_log = logging.getLogger(__name__)


class SharedRotatingFileHandler(RotatingFileHandler):
    """The window and the command line may write the same file at once. Where the other process
    holds it open (Windows), rotating fails: keep writing to the current file instead of failing."""

    def doRollover(self) -> None:  # noqa: N802 (logging's name)
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def log_path(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.default_data_dir()) / LOG_FILE


def _our_handler() -> SharedRotatingFileHandler | None:
    for handler in logging.getLogger(PACKAGE_LOGGER).handlers:
        if isinstance(handler, SharedRotatingFileHandler):
            return handler
    return None


def current_log_path() -> Path | None:
    """The file the log goes to in this process, or None when it could not be opened."""
    handler = _our_handler()
    return Path(handler.baseFilename) if handler is not None else None


def describe_log() -> str:
    """For Bantuan → Tentang and the crash dialog: where the log is, in Indonesian."""
    path = current_log_path()
    if path is None:
        return "Catatan kejadian (log): tidak dapat ditulis di {p}".format(p=log_path())
    return "Catatan kejadian (log): {p}".format(p=path)


def start(program: str, data_dir: Path | None = None) -> Path | None:
    """Open the log in the data folder (once per process; again after the data folder changed)
    and write the start line. Returns the file, or None when the folder cannot be written: the
    application still runs, and says so on stderr."""
    target = log_path(data_dir)
    logger = logging.getLogger(PACKAGE_LOGGER)
    old = _our_handler()
    if old is not None:
        if Path(old.baseFilename) == target.absolute():
            return target
        logger.removeHandler(old)
        old.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = SharedRotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        sys.stderr.write("Catatan kejadian tidak dapat ditulis di {p}: {e}\n".format(p=target, e=exc))
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _log.info(
        "Mulai %s %s (Python %s, %s, %s)",
        program,
        __version__,
        platform.python_version(),
        platform.platform(terse=True),
        "bundel" if getattr(sys, "frozen", False) else "terpasang",
    )
    return target


def stop() -> None:
    """Close the log file (tests, and before a restore replaces the data folder's files)."""
    handler = _our_handler()
    if handler is not None:
        logging.getLogger(PACKAGE_LOGGER).removeHandler(handler)
        handler.close()


def report_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "Dikecualikan {v}\n{t}\nPython {py}, {os}{frozen}\n{log}\n\n{trace}".format(
        v=__version__,
        t=datetime.now().isoformat(timespec="seconds"),
        py=platform.python_version(),
        os=platform.platform(terse=True),
        frozen=", bundel" if getattr(sys, "frozen", False) else "",
        log=describe_log(),
        trace="".join(traceback.format_exception(exc_type, exc, tb)),
    )


def traceback_without_message(exc: BaseException) -> str:
    """The frames and the exception's type: an exception's message may quote what a user typed,
    which stays out of the log (the report file, which the user decides to send, has it)."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    return "Traceback (most recent call last):\n{f}{t} (pesan tidak dicatat di log; lihat laporan kesalahan)".format(
        f=frames, t=type(exc).__qualname__
    )


def write_crash_report(exc: BaseException) -> tuple[str, Path | None]:
    """The one crash-report writer (window and command line): the traceback goes to the log and to
    ``laporan-kesalahan-YYYYMMDD-HHMMSS.txt`` in the data folder. Returns the report's text and
    its file (None when it could not be written)."""
    text = report_text(type(exc), exc, exc.__traceback__)
    _log.error("Kesalahan program:\n%s", traceback_without_message(exc))
    try:
        folder = paths.default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stem = REPORT_PREFIX + datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in range(1, 100):
            path = folder / "{s}{n}.txt".format(s=stem, n="" if n == 1 else "-{n}".format(n=n))
            try:
                with path.open("x", encoding="utf-8") as file:
                    file.write(text)
                return text, path
            except FileExistsError:
                continue
    except OSError:
        _log.warning("Laporan kesalahan tidak dapat ditulis", exc_info=True)
    return text, None
