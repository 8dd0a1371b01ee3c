"""Translation seam: every user-visible string of the screens goes through tr().

The source strings are Indonesian, in one context, "dikecualikan". `packaging/translations.py`
reads them with Python's ast module into resources/translations/dikecualikan.ts (the template a
translator copies to dikecualikan_<lang>.ts); app.py installs dikecualikan_<lang>.qm for the
system's language, and always qtbase_id.qm (Qt's own buttons and dialogs in Indonesian).

- tr("literal") only: a template keeps {placeholders} and .format() is called on the result;
  never an f-string, a variable or a concatenation (the extractor cannot read them; a test fails).
- tr_noop("literal") marks a string for the catalogue where it cannot be translated yet (a table
  of headers defined before the application exists); translate it where shown with tr_label().
- tr_label(value) translates a string chosen at run time: one marked with tr_noop, or a label
  from domain/ or services/ (Indonesian data, not in the catalogue).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "dikecualikan"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tr_noop(text: str) -> str:
    return text


def tr_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
