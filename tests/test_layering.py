"""The layers of docs/architecture.md: Qt only in ui/ (and app.py), peewee only in db/, ReportLab
only in reports/, openpyxl only in the workbook reader and writer, the domain rules pure."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "dikecualikan_gui"
# openpyxl: the workbook reader (import) and the workbook writer (export dik --format xlsx).
OPENPYXL_MODULES = {"services/table_xlsx.py", "services/dik_export.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules() -> list[tuple[str, set[str]]]:
    return [(p.relative_to(PACKAGE).as_posix(), _imports(p)) for p in sorted(PACKAGE.rglob("*.py"))]


def _top(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


@pytest.mark.parametrize("module,imports", _modules(), ids=lambda v: v if isinstance(v, str) else "")
def test_layer_rules(module: str, imports: set[str]) -> None:
    top = _top(imports)
    if not (module.startswith("ui/") or module == "app.py"):
        assert "PySide6" not in top, "{m} imports Qt".format(m=module)
    if not module.startswith("db/"):
        assert not top & {"peewee", "playhouse"}, "{m} imports peewee".format(m=module)
    if not module.startswith("reports/"):
        assert "reportlab" not in top, "{m} imports ReportLab: PDFs are built in reports/ only".format(m=module)
    if module not in OPENPYXL_MODULES:
        assert "openpyxl" not in top, "{m} imports openpyxl: only {o}".format(m=module, o=sorted(OPENPYXL_MODULES))
    if module.startswith("domain/"):
        inner = {n for n in imports if n.startswith("dikecualikan_gui.")}
        allowed = ("dikecualikan_gui.domain", "dikecualikan_gui.errors")
        assert all(n.startswith(allowed) for n in inner), "{m} reaches out of the domain: {i}".format(m=module, i=inner)
    if module.startswith("ui/"):
        assert not any(n == "dikecualikan_gui.db" or n.startswith("dikecualikan_gui.db.") for n in imports), (
            "{m}: the screens call services, never the database".format(m=module)
        )
    if module.startswith(("reports/", "services/", "domain/", "db/")):
        assert not any(n == "dikecualikan_gui.ui" or n.startswith("dikecualikan_gui.ui.") for n in imports)


def test_the_non_gui_layers_load_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, dikecualikan_gui\n"
        "for sub in ('domain', 'db', 'services', 'reports'):\n"
        "    pkg = importlib.import_module('dikecualikan_gui.' + sub)\n"
        "    for info in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module('dikecualikan_gui.{s}.{n}'.format(s=sub, n=info.name))\n"
        "import dikecualikan_gui.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
