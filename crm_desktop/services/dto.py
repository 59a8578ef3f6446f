"""Building frozen DTOs from result rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

T = TypeVar("T")


def from_row(cls: type[T], row: Iterable[Any], **extra: Any) -> T:
    """`cls(*row, **extra)`: the row's columns in the dataclass's field order."""
    return cls(*tuple(row), **extra)
