"""A local SMTP server for the e-mail tests (aiosmtpd on 127.0.0.1): keeps what it receives, refuses one address."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller

REFUSED = "nobody@refused.example"


class Recorder:
    """An SMTP handler that keeps what it receives and refuses one address with 550."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address == REFUSED:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted"


@contextlib.contextmanager
def running_smtp_server() -> Iterator[tuple[Recorder, int]]:
    recorder = Recorder()
    with socket.socket() as probe:  # a free port (the controller's start-up check cannot use port 0)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield recorder, port
    finally:
        controller.stop()
