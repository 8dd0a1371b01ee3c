"""Translation seam: every user-visible string of the screens goes through tr().

The source strings are Indonesian. Templates keep {placeholders}; call .format() on the result,
never pass an f-string to tr().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "dikecualikan"


def tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)
