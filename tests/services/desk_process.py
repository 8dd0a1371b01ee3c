"""One desk of the two-desks tests: the real application window (offscreen) in a process of its
own, signed in on the shared register, driven by JSON lines on stdin (one answer line each).

    python desk_process.py URL USERNAME
    {"op": "open", "item": 3}            -> {"ok": true}
    {"op": "type", "judul": "..."}        -> {"ok": true}     (into the open item page)
    {"op": "save"}                        -> {"saved": false}
    {"op": "look", "wait_bar": 5}         -> what the screens show (after at most 5 s for the bar)
    {"op": "quit"}

Message boxes are recorded, never shown; the data folder is this desk's own ($DIKECUALIKAN_DATA).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from dikecualikan_gui import config as config_mod  # noqa: E402
from dikecualikan_gui.services import recovery, setup, users  # noqa: E402
from dikecualikan_gui.ui import messages  # noqa: E402
from dikecualikan_gui.ui.context import AppContext  # noqa: E402
from dikecualikan_gui.ui.main_window import MainWindow  # noqa: E402
from dikecualikan_gui.ui.pages.item_page import ItemPage  # noqa: E402

shown: list[str] = []


def _record(parent: object, text: str, title: object = None) -> None:
    shown.append(text)


def _answer(*args: object, **kwargs: object) -> Any:
    shown.append(str(args[2]) if len(args) > 2 else "")
    return 1  # three_way: "discard" when the window closes; confirm: truthy


def main(url: str, username: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    messages.error = _record  # type: ignore[assignment]
    messages.info = _record  # type: ignore[assignment]
    messages.confirm = _answer  # type: ignore[assignment]
    messages.three_way = _answer  # type: ignore[assignment]
    cfg = config_mod.resolve(url)
    setup.open_register(cfg)
    ctx = AppContext(cfg)
    ctx.sign_in(users.get_by_username(username))
    window = MainWindow(ctx)
    window.show()
    page: ItemPage | None = None
    for line in sys.stdin:
        command = json.loads(line)
        op = command["op"]
        answer: dict[str, Any] = {"ok": True}
        if op == "open":
            page = window.open_item(int(command["item"]))
        elif op == "type":
            assert page is not None
            page.form.judulEdit.setText(command["judul"])
        elif op == "save":
            assert page is not None
            answer = {"saved": page.save()}
        elif op == "look":
            deadline = time.monotonic() + float(command.get("wait_bar", 0))
            while True:
                app.processEvents()
                if page is not None and page.changedElsewhere.isVisible() or time.monotonic() >= deadline:
                    break
                time.sleep(0.02)
            answer = {
                "bar": page.changedElsewhere.text.text() if page and page.changedElsewhere.isVisible() else "",
                "judul_on_screen": page.form.judulEdit.text() if page else "",
                "dirty": bool(page and page.dirty),
                "shown": list(shown),
                "recovery": [copy.judul for copy in recovery.list_for(cfg, username)]
                + [json.dumps(copy.state, ensure_ascii=False) for copy in recovery.list_for(cfg, username)],
                "register": [
                    window.register.model.index(row, 1).data() for row in range(window.register.model.rowCount())
                ],
            }
        elif op == "quit":
            break
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    window.live.stop()
    window.close()
    setup.close_register()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
