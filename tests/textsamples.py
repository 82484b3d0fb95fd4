"""Test helpers: Vietnamese text in the legacy forms it arrives in (TCVN3, VNI, Windows-1258, mojibake)."""

from __future__ import annotations

import unicodedata

from vnfacts.lexicon import load

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def legacy_table(name: str) -> dict[str, str]:
    """The look-alike → Unicode table of data/legacy_encodings.yaml entry ``name``."""
    return next(e["table"] for e in load("legacy_encodings")["entries"] if e["id"] == name)


def encode_legacy(text: str, name: str) -> str:
    """Unicode → the Latin-1 look-alikes a TCVN3 ("tcvn3") or VNI ("vni") font would have produced."""
    inverse = {v: k for k, v in legacy_table(name).items()}
    if name == "tcvn3":  # TCVN3 has no capital toned vowels: they were typed as small ones
        text = lower_toned_capitals(text)
    return "".join(inverse.get(c, c) for c in text)


def lower_toned_capitals(text: str) -> str:
    """What survives a trip through TCVN3: capital toned vowels come back small."""
    unicode = set(legacy_table("tcvn3").values())
    return "".join(c.lower() if c.isupper() and c not in unicode and c.lower() in unicode else c for c in text)


def sloppy_cp1252(data: bytes) -> str:
    """Bytes read as Windows-1252, undefined bytes kept as the control characters they are."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters precomposed, tones as combining marks."""
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            tones = "".join(x for x in d if x in _TONES)
            base = unicodedata.normalize("NFC", "".join(x for x in d if x not in _TONES))
            out += (base + tones).encode("cp1258")
    return bytes(out)
