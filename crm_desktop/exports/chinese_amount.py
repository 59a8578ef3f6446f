"""Amounts in Chinese capital numerals (大写金额) as written on quotes, orders, receipts and cheques:
1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 100 → 壹佰元整, 1005.07 → 壹仟零伍元零柒分, 100010000 → 壹亿零壹万元整."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
POSITIONS = ("仟", "佰", "拾", "")
GROUPS = ("亿", "万", "")
LIMIT = Decimal("1000000000000")  # up to 9999亿…


def _group(value: int) -> str:
    """0 < value < 10000 without leading zero: 1005 → 壹仟零伍."""
    text, zero = "", False
    for position, digit in zip(POSITIONS, f"{value:04d}", strict=True):
        d = int(digit)
        if d == 0:
            zero = bool(text)
            continue
        if zero:
            text += DIGITS[0]
        text += DIGITS[d] + position
        zero = False
    return text


def _integer(value: int) -> str:
    parts = [(value // 10**8) % 10**4, (value // 10**4) % 10**4, value % 10**4]
    text, zero = "", False
    for part, unit in zip(parts, GROUPS, strict=True):
        if part == 0:
            zero = bool(text)
            continue
        if text and (zero or part < 1000):
            text += DIGITS[0]
        text += _group(part) + unit
        zero = False
    return text


def amount_in_chinese(amount: Decimal | int | str) -> str:
    """The amount in 大写, rounded to the fen; negative amounts start with 负. ValueError from 1 万亿 up."""
    value = Decimal(str(amount))
    if value.is_finite():
        value = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if not value.is_finite() or abs(value) >= LIMIT:
        raise ValueError(f"amount out of range: {amount}")
    sign = "负" if value < 0 else ""
    cents = int(abs(value) * 100)
    yuan, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10
    if cents == 0:
        return "零元整"
    text = _integer(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return sign + text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += DIGITS[0]
    text += DIGITS[fen] + "分" if fen else "整"
    return sign + text
