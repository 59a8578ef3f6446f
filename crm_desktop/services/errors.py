"""Errors the services raise. Messages are English source strings; the UI translates them (context "Errors").

`QT_TRANSLATE_NOOP` marks strings for pyside6-lupdate without importing Qt: lupdate reads the call by name.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class ServiceError(Exception):
    """A failure to show the user: `message` is an English source string with `{name}` placeholders."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


class NotFound(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


class ConcurrentEditError(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this record after you opened it. Your input is kept; reload the record "
                "to see their changes, then apply yours again.",
            )
        )


class AuthenticationError(ServiceError):
    pass


class ValidationError(ServiceError):
    """Bad input: `fields` maps a field name to its message (English source string)."""

    def __init__(
        self, fields: Mapping[str, str], params: Mapping[str, Mapping[str, object]] | None = None
    ) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Please correct the marked fields."))
        self.fields = dict(fields)
        self.field_params = {k: dict(v) for k, v in (params or {}).items()}


class DatabaseProblem(ServiceError):
    """The database cannot be used: unreachable, refused, corrupt, or of another schema revision."""

    def __init__(self, message: str, *, kind: str, detail: str = "", **params: object) -> None:
        super().__init__(message, **params)
        self.kind = kind
        self.detail = detail
