"""Amounts in Chinese capital numerals (大写)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.exports.chinese_amount import DIGITS, amount_in_chinese


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
        ("100", "壹佰元整"),
        ("1005.07", "壹仟零伍元零柒分"),
        ("0", "零元整"),
        ("0.00", "零元整"),
        ("0.07", "柒分"),
        ("0.5", "伍角整"),
        ("0.56", "伍角陆分"),
        ("1", "壹元整"),
        ("10", "壹拾元整"),
        ("15", "壹拾伍元整"),
        ("101", "壹佰零壹元整"),
        ("110", "壹佰壹拾元整"),
        ("1000.10", "壹仟元壹角整"),
        ("1010", "壹仟零壹拾元整"),
        ("1001", "壹仟零壹元整"),
        ("10000", "壹万元整"),
        ("10001", "壹万零壹元整"),
        ("10010", "壹万零壹拾元整"),
        ("11000", "壹万壹仟元整"),
        ("100000", "壹拾万元整"),
        ("1000100", "壹佰万零壹佰元整"),
        ("1100000", "壹佰壹拾万元整"),
        ("12345678.90", "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整"),
        ("100000000", "壹亿元整"),
        ("100010000", "壹亿零壹万元整"),
        ("20000000005", "贰佰亿零伍元整"),
        ("100001000", "壹亿零壹仟元整"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        ("-1234.5", "负壹仟贰佰叁拾肆元伍角整"),
        ("2680.005", "贰仟陆佰捌拾元零壹分"),  # rounded half up to the fen
    ],
)
def test_known_amounts(amount: str, expected: str) -> None:
    assert amount_in_chinese(Decimal(amount)) == expected


def test_accepts_int_and_str() -> None:
    assert amount_in_chinese(100) == amount_in_chinese("100.00") == "壹佰元整"


@pytest.mark.parametrize("amount", ["1000000000000", "999999999999.995", "-1000000000000", "NaN", "Infinity"])
def test_out_of_range(amount: str) -> None:
    with pytest.raises(ValueError):
        amount_in_chinese(Decimal(amount))


def _parse(text: str) -> Decimal:
    """An independent reader of the capital numerals, to check the writer on random amounts."""
    text = text.removeprefix("负").removesuffix("整")
    units = {"拾": 10, "佰": 100, "仟": 1000}
    total, section, digit = Decimal(0), 0, 0
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS.index(ch)
        elif ch in units:
            section += digit * units[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10**4
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 10**8
            section = digit = 0
        elif ch == "元":
            total += section + digit
            section = digit = 0
        elif ch == "角":
            total += Decimal(digit) / 10
            digit = 0
        elif ch == "分":
            total += Decimal(digit) / 100
            digit = 0
    return total


@given(st.integers(min_value=0, max_value=99_999_999_999_999))
def test_round_trip(cents: int) -> None:
    amount = Decimal(cents) / 100
    text = amount_in_chinese(amount)
    assert _parse(text) == amount
    assert ("零零" not in text and not text.startswith("零")) or text == "零元整"
