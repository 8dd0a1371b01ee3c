"""Dikecualikan: documenting the information a public body exempts from disclosure.

Implements the SOP "Pendokumentasian Informasi yang Dikecualikan" (UU 14/2008 Pasal 17-20):
officers collect proposals and record the consequence test (uji konsekuensi), the Atasan PPID
approves them, and the approved list is the Daftar Informasi yang Dikecualikan (DIK).
"""

__version__ = "0.1.0"
