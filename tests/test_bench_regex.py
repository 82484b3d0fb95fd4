"""The speed helpers for lexicon regexes (lexicon.trie_pattern, lexicon.guarded) change no match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vnfacts.lexicon import guarded, trie_pattern

WORDS = ["Hà Nam", "Hà Nội", "Hà Giang", "Hà", "Nam Định", "Nam", "TP.HCM", "TP. Hồ Chí Minh", "Đắk Lắk",
         "Bà Rịa - Vũng Tàu", "Bà Rịa"]
PATTERNS = [
    r"(?<!\w)(?:(?P<a>thăm(?:,|\s+và)\s+làm\s+việc)|(?P<b>hội\s+nghị)|(?P<c>(?:buổi|cuộc)\s+làm\s+việc))",
    r"(?P<d>\b(?:sáng|chiều)\s+)?(?P<n>3[01]|[12]\d|0?[1-9])\s*[-/.]\s*(?P<m>1[0-2]|0?[1-9])(?!\d)|hôm\s+nay",
    r"(?:ngày\s+)*\d+%?|\bx",
    r"(?>ab|a)c|[^\W\d]b",
]
TEXT = st.text(alphabet=list("HàNộiamĐịnhTP.HCMắkLBRịaVũgTàu -,  \n0123456789/sángchiềuthămvàlàmviệcbuổicuộchộinghịxbc%"),
               max_size=120)


def _flat(words: list[str]) -> str:
    alts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)


def _matches(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groupdict(), m.lastgroup) for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["x", " ", "  ", ",", "Hà  Nam", "Nam Định."]), max_size=12), TEXT)
def test_trie_pattern_matches_like_a_longest_first_alternation(pieces: list[str], noise: str) -> None:
    text = "".join(pieces) + noise
    flat = re.compile(r"(?<!\w)(" + _flat(WORDS) + r")(?!\w)")
    trie = re.compile(r"(?<!\w)(" + trie_pattern(WORDS) + r")(?!\w)")
    assert _matches(flat, text) == _matches(trie, text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_guarded_pattern_matches_like_the_pattern(text: str) -> None:
    for pattern in PATTERNS:
        for flags in (0, re.IGNORECASE):
            plain, fast = re.compile(pattern, flags), re.compile(guarded(pattern, flags), flags)
            assert _matches(plain, text) == _matches(fast, text)


def test_guarded_leaves_unboundable_patterns_alone() -> None:
    for pattern in (r"a?", r"[^a]b", r"(?i:ab)", r"(?x) a b", r".b", r"\Bx*"):
        assert guarded(pattern) == pattern
    assert guarded(r"(?<!\w)(?:ab|c\d)").startswith("(?=[ac])")
