"""The translation catalogues: extract the screens' strings, compile the .ts files to .qm.

    python packaging/translations.py extract   # dikecualikan_gui/ui + app.py -> dikecualikan.ts
    python packaging/translations.py release   # every resources/translations/*.ts -> .qm
    python packaging/translations.py check     # exit 1 when a tr() call has no literal argument,
                                               # or the committed dikecualikan.ts is out of date

`pyside6-lupdate` does not see our wrapper (`ui/text.py: tr(text)` calls
`QCoreApplication.translate("dikecualikan", text)`), so the strings are read with Python's `ast`
module: every call `tr("...")` or `tr_noop("...")` whose argument is a literal string (a template
with {placeholders} is fine; an f-string, a variable or a concatenation is not). The source strings are
Indonesian; `dikecualikan.ts` is the template a translator copies to `dikecualikan_<lang>.ts`.

`qtbase_id.ts` (written by hand) translates the strings of Qt's own dialogs and menus (message-box
buttons, file dialog, print dialogs, text context menus) into Indonesian: Qt ships no Indonesian
catalogue. `app.py: install_translations` always installs its .qm.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dikecualikan_gui"
TRANSLATIONS = PACKAGE / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "dikecualikan.ts"
CONTEXT = "dikecualikan"
MARKERS = ("tr", "tr_noop")  # ui/text.py; tr_label(value) translates a value chosen at run time


@dataclass
class Catalogue:
    """The tr() strings in first-seen order (files sorted), with where each is used."""

    locations: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # "file:line: why"


def source_files(root: Path = ROOT) -> list[Path]:
    package = root / "dikecualikan_gui"
    return sorted([*(package / "ui").rglob("*.py"), package / "app.py"])


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract(files: Iterable[Path], root: Path = ROOT) -> Catalogue:
    catalogue = Catalogue()
    for path in files:
        relative = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS):
                continue
            name = node.func.id
            where = f"{relative}:{node.lineno}"
            if len(node.args) != 1 or node.keywords:
                catalogue.problems.append(f"{where}: {name}() wants exactly one argument")
                continue
            text = _literal(node.args[0])
            if text is None:
                kind = "f-string" if isinstance(node.args[0], ast.JoinedStr) else type(node.args[0]).__name__
                catalogue.problems.append(f"{where}: the argument of {name}() is not a literal string ({kind})")
                continue
            catalogue.locations.setdefault(text, []).append((relative, node.lineno))
    for places in catalogue.locations.values():
        places.sort()
    catalogue.problems.sort()
    return catalogue


def render_ts(catalogue: Catalogue) -> str:
    """A Qt Linguist file, one context, messages sorted by source text, each with the files that
    use it (no line numbers: the file changes only when a string is added, removed or moved)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" sourcelanguage="id">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for text in sorted(catalogue.locations):
        lines.append("    <message>")
        for filename in sorted({filename for filename, _ in catalogue.locations[text]}):
            lines.append(f'        <location filename="../../../{filename}"/>')
        lines.append(f"        <source>{_xml(text)}</source>")
        lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def lrelease_command() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease tidak ditemukan (pasang PySide6).")
    return found


def release(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def qm_sources(path: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a compiled .qm that keeps its source texts, as
    the Qt catalogues PySide6 ships do: to check qtbase_id.ts against Qt's own (the exact strings)."""
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise ValueError(f"{path} is not a .qm file")
    position, messages = len(QM_MAGIC), b""
    while position < len(data):  # sections: tag (1 byte), length (4 bytes), body
        tag, length = data[position], int.from_bytes(data[position + 1 : position + 5], "big")
        if tag == 0x69:  # messages
            messages = data[position + 5 : position + 5 + length]
        position += 5 + length
    found: set[tuple[str, str]] = set()
    position, current = 0, {}
    while position < len(messages):
        tag, position = messages[position], position + 1
        if tag == 1:  # end of a message
            if "context" in current and "source" in current:
                found.add((current["context"], current["source"]))
            current = {}
            continue
        if tag == 5:  # obsolete, no body
            continue
        length = int.from_bytes(messages[position : position + 4], "big")
        position += 4
        if length == 0xFFFFFFFF:  # an empty translation
            continue
        body = messages[position : position + length]
        position += length
        if tag == 6:
            current["source"] = body.decode("utf-8")
        elif tag == 7:
            current["context"] = body.decode("utf-8")
    return found


def ts_sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    catalogue = extract(source_files())
    for problem in catalogue.problems:
        print(problem, file=sys.stderr)
    if command == "extract":
        TEMPLATE.write_text(render_ts(catalogue), encoding="utf-8")
        print(f"{TEMPLATE.relative_to(ROOT)}: {len(catalogue.locations)} strings")
    elif command == "release":
        for ts in sorted(TRANSLATIONS.glob("*_*.ts")):  # the template has no language: nothing to compile
            release(ts, ts.with_suffix(".qm"))
            print(f"{ts.with_suffix('.qm').relative_to(ROOT)}")
    elif command == "check":
        if TEMPLATE.read_text(encoding="utf-8") != render_ts(catalogue):
            print(f"{TEMPLATE.relative_to(ROOT)} is out of date: run `translations.py extract`", file=sys.stderr)
            return 1
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 1 if catalogue.problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
