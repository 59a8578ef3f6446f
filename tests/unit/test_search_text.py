"""The search text functions against their plain per-character definitions, and the document's word choice."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.services.search_text import (
    _reading,
    customer_document,
    fold,
    is_cjk,
    phone_digits,
    pinyin_full,
    pinyin_initials,
)

# Letters and digits of several scripts, full-width forms, compatibility characters, punctuation and spaces.
_CHARS = "张三李四华强深圳有限公司銀行豈〇ABCxyzßİǅﬁ0123４５６①²Ⅻ٣-_()（）·，。 \u3000\u0301䷀㈱😀\U00020000"
_TEXT = st.text(alphabet=st.sampled_from(_CHARS) | st.characters(), max_size=16)


def _fold(text: str | None) -> str:
    if not text:
        return ""
    return "".join(
        ch for ch in unicodedata.normalize("NFKC", text).lower() if unicodedata.category(ch)[0] in "LN"
    )


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_fold_phone_digits_and_pinyin_follow_their_definitions(text: str) -> None:
    assert fold(text) == _fold(text)
    nfkc = unicodedata.normalize("NFKC", text)
    assert phone_digits(text) == "".join(ch for ch in nfkc if "0" <= ch <= "9")
    for word in (text, fold(text)):
        assert pinyin_full(word) == "".join(_reading(ch) for ch in word)
        assert pinyin_initials(word) == "".join(r[0] for r in map(_reading, word) if r)


def test_isalnum_means_letters_and_numbers_only() -> None:
    """`fold` returns an alphanumeric text as it is: that relies on this."""
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert ch.isalnum() == (unicodedata.category(ch)[0] in "LN"), hex(code)


def _document(
    name: str | None, short: str | None, phones: list[str], contacts: list[str]
) -> tuple[str, set[str]]:
    """The definition: every word (names, phone digits, spellings) unless contained in a word kept before it."""
    words: list[str] = []
    grams: set[str] = set()
    spelled: list[str] = []
    for value in (name, short, *contacts):
        word = fold(value)
        if not word or any(word in kept for kept in words):
            continue
        words.append(word)
        pairs = [word[i : i + 2] for i in range(len(word) - 1)]
        if any(is_cjk(ch) for ch in word):
            spelled += [pinyin_full(word), pinyin_initials(word)]
            grams.update(ch for ch in word if is_cjk(ch))
            initials = pinyin_initials(word)
            grams.update(initials[i : i + 2] for i in range(len(initials) - 1))
            grams.update(p for p in pairs if p.isalpha() or any(is_cjk(ch) for ch in p))
        else:
            grams.update(p for p in pairs if p.isalpha())
    for extra in [phone_digits(p) for p in phones] + spelled:
        if extra and not any(extra in kept for kept in words):
            words.append(extra)
    return " ".join(words), grams


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.none() | _TEXT, st.lists(_TEXT, max_size=3), st.lists(_TEXT, max_size=3))
def test_customer_document_follows_its_definition(
    name: str, short: str | None, phones: list[str], contacts: list[str]
) -> None:
    assert customer_document(name, short, phones, contacts) == _document(name, short, phones, contacts)


def test_contained_words_are_left_out_in_order() -> None:
    doc, grams = customer_document(
        "深圳华强科技有限公司", "华强", ["0755-8888 6666", "8888"], ["张三", "华强科技", "Li Na 2"]
    )
    assert doc.split() == [
        "深圳华强科技有限公司", "张三", "lina2", "075588886666",
        "shenzhenhuaqiangkejiyouxiangongsi", "szhqkjyxgs", "zhangsan", "zs",
    ]  # fmt: skip
    assert {"华", "华强", "hq", "张三", "zs", "li", "na"} <= grams
    assert "a2" not in grams and "2" not in grams  # pairs with a digit only with a Chinese character
    assert customer_document("公司1号", None)[1] >= {"司1", "1号"}


def test_digits_and_empty_values() -> None:
    assert customer_document(None, "", [None, "", "－"], [None]) == ("", set())
    assert customer_document("１２３", "23", ["123"]) == ("123", set())
