"""Text normalisation for the customer search: one folding for documents and queries alike.

`fold` applies NFKC (full-width ＡＢＣ１２３ → ABC123), lower-cases, and drops punctuation and spaces, so
`ＡＢＣ-123`, `abc 123` and `ABC123` all become `abc123`. `phone_digits` keeps digits only (`138 1234 5678` →
`13812345678`). `pinyin_full`/`pinyin_initials` spell Chinese characters in pinyin without tones (张三 → `zhangsan`,
`zs`); each character takes its most common reading (pypinyin's first), looked up once per character, so a
million names are spelled in seconds and the incremental and bulk paths always agree. Each of these is one
`str.translate` over a table that learns a character the first time it sees it.

`customer_document` builds the text the search indexes hold for one customer: the folded name and short name,
phone digits, contact names and their phones, and the pinyin spellings, separated by spaces (a folded query never
contains a space, so no match spans two fields); and the short grams that serve queries of 1-2 characters.
Search matches substrings of one word, so a word contained in a word already kept adds nothing and is left out
(the short name 华强 inside the name 深圳华强科技有限公司; so are its spelling and initials, contained in the
name's, and its grams, already there): a shorter document costs less to index (PostgreSQL's trigram index pays
per trigram). Kept words keep their order: names first, then phones, then spellings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import add

from pypinyin import Style, pinyin

SEPARATOR = " "
# Grams longer than this are served by the trigram indexes (PostgreSQL pg_trgm, SQLite FTS5 trigram).
SHORT_QUERY_MAX = 2
_TABLE_LIMIT = 65536


class _CharTable(dict[int, str | None]):
    """A `str.translate` table filled one character at a time, the first time the character is seen: `rule`
    gives its replacement (None drops it)."""

    def __init__(self, rule: Callable[[str], str | None]) -> None:
        super().__init__()
        self.rule = rule

    def __missing__(self, code: int) -> str | None:
        if len(self) >= _TABLE_LIMIT:  # text made of every character there is: start again
            self.clear()
        value = self[code] = self.rule(chr(code))
        return value


def _kept(ch: str) -> str | None:
    return ch if unicodedata.category(ch)[0] in "LN" else None


_FOLD = _CharTable(_kept)
_DIGITS = _CharTable(lambda ch: ch if "0" <= ch <= "9" else None)


def fold(text: str | None) -> str:
    """NFKC, lower case, without punctuation, symbols and white space."""
    if not text:
        return ""
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    text = text.lower()
    # isalnum() holds exactly when every character is a letter or a number (tests/unit/test_search_text.py)
    return text if text.isalnum() else text.translate(_FOLD)


def phone_digits(text: str | None) -> str:
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_DIGITS)


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F


@lru_cache(maxsize=65536)
def _reading(ch: str) -> str:
    if not is_cjk(ch):
        return ""
    spelled = pinyin(ch, style=Style.NORMAL, errors="ignore")
    return spelled[0][0].lower() if spelled and spelled[0] else ""


_FULL = _CharTable(_reading)
_INITIAL = _CharTable(lambda ch: _reading(ch)[:1] or None)
# What a character of a folded word is for the short grams: "c" Chinese, "a" another letter, "n" anything else.
_KIND = _CharTable(lambda ch: "c" if is_cjk(ch) else "a" if ch.isalpha() else "n")


def pinyin_full(text: str) -> str:
    """The pinyin of the Chinese characters in folded `text`, other characters left out: 张三 → `zhangsan`."""
    return text.translate(_FULL)


def pinyin_initials(text: str) -> str:
    """First letters of the readings: 张三 → `zs`."""
    return text.translate(_INITIAL)


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
    A word contained in a word already kept is left out with its spellings and grams (all of them already there).
    """
    words: list[str] = []
    grams: set[str] = set()
    spelled_words: list[str] = []
    # No word holds a space, so a word is contained in a kept one exactly when it is contained in them joined.
    for value in (name, short_name, *contact_names):
        folded = fold(value)
        if not folded or folded in SEPARATOR.join(words):
            continue
        words.append(folded)
        if _CJK.search(folded) is not None:
            initials = folded.translate(_INITIAL)
            spelled_words += (folded.translate(_FULL), initials)
            grams.update(_CJK.findall(folded))
            grams.update(map(add, initials, initials[1:]))
        # pairs of letters, and pairs with a Chinese character (Chinese characters count as letters too)
        grams |= _letter_pairs(folded)
    for phone in phones:
        digits = phone_digits(phone)
        if digits and digits not in SEPARATOR.join(words):
            words.append(digits)
    for spelled in spelled_words:
        if spelled and spelled not in SEPARATOR.join(words):
            words.append(spelled)
    return SEPARATOR.join(words), grams


def _letter_pairs(word: str) -> set[str]:
    """The 2-character grams of folded `word` that are letters only or hold a Chinese character. A pair's kind
    depends on its text alone, so dropping a pair's text drops every copy of it."""
    pairs = set(map(add, word, word[1:]))
    if word.isalpha():
        return pairs
    kinds = word.translate(_KIND)
    last = len(word) - 1
    at = kinds.find("n")
    while at >= 0:
        if at > 0 and kinds[at - 1] != "c":
            pairs.discard(word[at - 1 : at + 1])
        if at < last and kinds[at + 1] != "c":
            pairs.discard(word[at : at + 2])
        at = kinds.find("n", at + 1)
    return pairs


def is_indexed_short_query(folded: str) -> bool:
    """Whether a folded query of 1-2 characters is looked up among the short grams."""
    if not 0 < len(folded) <= SHORT_QUERY_MAX:
        return False
    return has_cjk(folded) or (len(folded) == 2 and folded.isalpha())
