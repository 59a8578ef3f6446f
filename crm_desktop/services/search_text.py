"""Text normalisation for the customer search: one folding for documents and queries alike.

`fold` applies NFKC (full-width ＡＢＣ１２３ → ABC123), lower-cases, and drops punctuation and spaces, so
`ＡＢＣ-123`, `abc 123` and `ABC123` all become `abc123`. `phone_digits` keeps digits only (`138 1234 5678` →
`13812345678`). `pinyin_full`/`pinyin_initials` spell Chinese characters in pinyin without tones (张三 → `zhangsan`,
`zs`); each character takes its most common reading (pypinyin's first), looked up once per character, so a
million names are spelled in seconds and the incremental and bulk paths always agree.

`customer_document` builds the text the search indexes hold for one customer: the folded name and short name,
phone digits, contact names and their phones, and the pinyin spellings, separated by spaces (a folded query never
contains a space, so no match spans two fields); and the short grams that serve queries of 1-2 characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pypinyin import Style, pinyin

SEPARATOR = " "
# Grams longer than this are served by the trigram indexes (PostgreSQL pg_trgm, SQLite FTS5 trigram).
SHORT_QUERY_MAX = 2


def fold(text: str | None) -> str:
    """NFKC, lower case, without punctuation, symbols and white space."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in folded if _kept(ch))


@lru_cache(maxsize=4096)
def _kept(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def phone_digits(text: str | None) -> str:
    if not text:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if "0" <= ch <= "9")


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F


@lru_cache(maxsize=65536)
def _reading(ch: str) -> str:
    if not is_cjk(ch):
        return ""
    spelled = pinyin(ch, style=Style.NORMAL, errors="ignore")
    return spelled[0][0].lower() if spelled and spelled[0] else ""


def pinyin_full(text: str) -> str:
    """The pinyin of the Chinese characters in folded `text`, other characters left out: 张三 → `zhangsan`."""
    return "".join(_reading(ch) for ch in text)


def pinyin_initials(text: str) -> str:
    """First letters of the readings: 张三 → `zs`."""
    return "".join(reading[0] for reading in map(_reading, text) if reading)


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def customer_document(
    name: str | None,
    short_name: str | None = None,
    phones: Iterable[str | None] = (),
    contact_names: Iterable[str | None] = (),
) -> tuple[str, set[str]]:
    """The searchable text of one customer (see the module docstring) and its short grams.

    Short grams serve queries under three characters: the 1- and 2-character grams of Chinese words, the 2-letter
    grams of their pinyin initials, and the 2-character grams of other words with letters (`ABC` → ab, bc).
    Digits and single letters (`5`, `13`, `a`) match so many customers that the list order is walked instead.
    """
    words: list[str] = []
    grams: set[str] = set()
    spelled_words: list[str] = []
    for value in (name, short_name, *contact_names):
        folded = fold(value)
        if not folded or folded in words:
            continue
        words.append(folded)
        pairs = _pairs(folded)
        if _CJK.search(folded) is not None:
            initials = pinyin_initials(folded)
            spelled_words.extend((pinyin_full(folded), initials))
            grams.update(_CJK.findall(folded))
            grams.update(_pairs(initials))
            # pairs with a Chinese character, and pairs of other letters (CJK characters count as letters too)
            grams.update(pair for pair in pairs if pair.isalpha() or _CJK.search(pair) is not None)
        elif not folded.isdigit():
            grams.update(pair for pair in pairs if pair.isalpha())
    for phone in phones:
        digits = phone_digits(phone)
        if digits and digits not in words:
            words.append(digits)
    for spelled in spelled_words:
        if spelled and spelled not in words:
            words.append(spelled)
    return SEPARATOR.join(words), grams


def _pairs(word: str) -> list[str]:
    return [word[i : i + 2] for i in range(len(word) - 1)]


def is_indexed_short_query(folded: str) -> bool:
    """Whether a folded query of 1-2 characters is looked up among the short grams."""
    if not 0 < len(folded) <= SHORT_QUERY_MAX:
        return False
    return has_cjk(folded) or (len(folded) == 2 and folded.isalpha())
