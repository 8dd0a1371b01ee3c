"""Fonts (registered once) and user text made safe for ReportLab paragraphs.

Any text a user can type prints unchanged and complete: markup characters are escaped, line
breaks kept, and characters the body font lacks are set in a fallback font (DejaVu Sans, or
ReportLab's built-in CID fonts for Chinese, Japanese and Korean).
"""

from __future__ import annotations

import functools
import re
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from dikecualikan_gui import paths

BODY = "LiberationSans"
BODY_BOLD = "LiberationSans-Bold"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
CJK = {"zh": "STSong-Light", "ja": "HeiseiMin-W3", "ko": "HYSMyeongJo-Medium"}

_FILES = {
    BODY: "LiberationSans-Regular.ttf",
    BODY_BOLD: "LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": "LiberationSans-BoldItalic.ttf",
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}


@functools.lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the shipped TrueType fonts with ReportLab (once per process)."""
    folder = paths.resources_dir() / "fonts"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    for family, regular, bold in ((BODY, BODY, BODY_BOLD), (FALLBACK, FALLBACK, FALLBACK_BOLD)):
        italic = "LiberationSans-Italic" if family == BODY else regular
        bold_italic = "LiberationSans-BoldItalic" if family == BODY else bold
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)
    for cid in CJK.values():
        pdfmetrics.registerFont(UnicodeCIDFont(cid))


@functools.lru_cache(maxsize=4)
def _covered(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def _cjk_font(char: str) -> str | None:
    code = ord(char)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
        return CJK["ja"]
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return CJK["ko"]
    if 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code:
        return CJK["zh"]
    return None


def _font_for(char: str, bold: bool) -> str | None:
    """None when the body font has the character, else the font that does."""
    code = ord(char)
    if code in _covered(BODY) or char in "\n\t ":
        return None
    if code in _covered(FALLBACK):
        return FALLBACK_BOLD if bold else FALLBACK
    return _cjk_font(char) or (FALLBACK_BOLD if bold else FALLBACK)


#: The control characters (Unicode category Cc) other than line break and tab.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def clean(text: str) -> str:
    """Control characters other than line breaks and tabs cannot be printed; they are dropped."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@functools.lru_cache(maxsize=1)
def _body_chars() -> frozenset[str]:
    return frozenset(chr(code) for code in _covered(BODY)) | frozenset("\n\t ")


def _breaks(text: str) -> str:
    return text.replace("\n", "<br/>").replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;")


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for user text: escaped, line breaks kept, fallback fonts where needed."""
    text = clean(text)
    if _body_chars().issuperset(text):  # the common case, checked at C speed: all in the body font
        return _breaks(escape(text, _ENTITIES))
    out: list[str] = []
    run: list[str] = []
    run_font: str | None = None

    def flush() -> None:
        if not run:
            return
        piece = escape("".join(run), _ENTITIES)
        out.append(piece if run_font is None else '<font name="{f}">{t}</font>'.format(f=run_font, t=piece))
        run.clear()

    for char in text:
        font = _font_for(char, bold)
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return _breaks("".join(out))


SMALL_WORDS = frozenset(
    {
        "yang",
        "di",
        "dan",
        "dari",
        "tentang",
        "atas",
        "untuk",
        "pada",
        "ke",
        "dalam",
        "oleh",
        "atau",
        "serta",
        "bagi",
        "dengan",
    }
)


def title_case(text: str) -> str:
    """Indonesian title case: "Penetapan Informasi yang Dikecualikan di Lingkungan ..."."""
    words = text.lower().split(" ")
    return " ".join(w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))
