"""Message manager (信息管理器): inbox with read state, sent messages with who has read them, new message,
new announcement (to everyone, a department or a station)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.services.messages import Choice, InboxItem, Receipt, SentItem
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.quick_panel.announcement_dialog import AnnouncementDialog, AnnouncementDraft
from crm_desktop.ui.quick_panel.common import (
    ColleagueDirectory,
    PanelTab,
    full_datetime,
    make_table,
    select_key,
    selected_row,
    size_columns,
    text_html,
)
from crm_desktop.ui.quick_panel.message_dialog import MessageDialog, MessageDraft
from crm_desktop.ui.quick_panel.models import InboxModel, SentModel
from crm_desktop.ui.signals import app_signals

ENTITY = "message"
INBOX, SENT = 0, 1


class MessagesTab(PanelTab):
    def __init__(
        self, workspace: Workspace, directory: ColleagueDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("messages_tab")
        self.directory = directory
        self.dialog: MessageDialog | None = None
        self.announcement_dialog: AnnouncementDialog | None = None
        self.receipts: list[Receipt] | None = None  # of the selected sent message
        self._marking: set[int] = set()

        self.box_combo = QComboBox(self)
        self.box_combo.setObjectName("message_box")
        self.box_combo.addItem("", "inbox")
        self.box_combo.addItem("", "sent")
        self.box_combo.currentIndexChanged.connect(self._box_changed)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_message")
        self.new_button.clicked.connect(self.new_message)
        self.new_button.setVisible(workspace.user.can("messages", "create"))
        self.announce_button = QPushButton(self)
        self.announce_button.setObjectName("new_announcement")
        self.announce_button.clicked.connect(self.new_announcement)
        self.announce_button.setVisible(workspace.user.can("messages", "create"))

        self.inbox_model = InboxModel(self)
        self.inbox_view = make_table(self)
        self.inbox_view.setObjectName("inbox_table")
        self.inbox_view.setModel(self.inbox_model)
        size_columns(self.inbox_view, stretch=InboxModel.SUBJECT, fixed={InboxModel.SENDER: 64})
        self.inbox_view.selectionModel().selectionChanged.connect(lambda *_: self._inbox_selected())
        self.inbox_model.modelReset.connect(self._inbox_selected)

        self.sent_model = SentModel(self)
        self.sent_view = make_table(self)
        self.sent_view.setObjectName("sent_table")
        self.sent_view.setModel(self.sent_model)
        size_columns(self.sent_view, stretch=SentModel.SUBJECT)
        self.sent_view.selectionModel().selectionChanged.connect(lambda *_: self._sent_selected())
        self.sent_model.modelReset.connect(self._sent_selected)
        self.sent_model.dataChanged.connect(lambda *_: self._sent_selected())

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.inbox_view)
        self.stack.addWidget(self.sent_view)

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("message_preview")
        self.preview.setOpenLinks(False)

        top = QHBoxLayout()
        top.addWidget(self.box_combo)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.announce_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 240])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.load_error)
        layout.addWidget(splitter, 1)

        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def box(self) -> str:
        return "sent" if self.stack.currentIndex() == SENT else "inbox"

    def set_box(self, box: str) -> None:
        self.box_combo.setCurrentIndex(SENT if box == "sent" else INBOX)

    def current_inbox_item(self) -> InboxItem | None:
        item: InboxItem | None = selected_row(self.inbox_view)
        return item

    def current_sent_item(self) -> SentItem | None:
        item: SentItem | None = selected_row(self.sent_view)
        return item

    def select_receipt(self, receipt_id: int) -> bool:
        return select_key(self.inbox_view, receipt_id)

    def select_sent(self, message_id: int) -> bool:
        return select_key(self.sent_view, message_id)

    # -- loading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.workspace.user.can("messages", "view"):
            return
        service = self.workspace.messages
        self.load("inbox", service.inbox, self._inbox_loaded)
        self.load("sent", service.sent, self._sent_loaded)

    def _inbox_loaded(self, rows: list[InboxItem]) -> None:
        current = self.current_inbox_item()
        if self.inbox_model.set_rows(rows) and current is not None:
            self.select_receipt(current.receipt_id)

    def _sent_loaded(self, rows: list[SentItem]) -> None:
        current = self.current_sent_item()
        if self.sent_model.set_rows(rows) and current is not None:
            self.select_sent(current.message_id)

    def _records_changed(self, entity: str, ids: list[Any]) -> None:
        if entity == ENTITY:
            self.reload()

    # -- view -----------------------------------------------------------------------------------------------

    def _box_changed(self, position: int) -> None:
        self.stack.setCurrentIndex(SENT if position == SENT else INBOX)
        if self.box == "sent":
            self._sent_selected()
        else:
            self._inbox_selected()

    def _inbox_selected(self) -> None:
        if self.box != "inbox":
            return
        item = self.current_inbox_item()
        self._show_inbox_item(item)
        if item is not None and item.read_at is None:
            self.mark_read(item)

    def _sent_selected(self) -> None:
        if self.box != "sent":
            return
        item = self.current_sent_item()
        if item is None:
            self.receipts = None
            self.preview.clear()
            return
        self._render_sent(item)
        service, message_id = self.workspace.messages, item.message_id
        self.load("receipts", lambda: (message_id, service.receipts(message_id)), self._receipts_loaded)

    def _receipts_loaded(self, result: tuple[int, list[Receipt]]) -> None:
        message_id, receipts = result
        item = self.current_sent_item()
        if item is not None and item.message_id == message_id and self.box == "sent":
            self.receipts = receipts
            self._render_sent(item)

    def _render_sent(self, item: SentItem) -> None:
        meta = [
            self.tr("Sent {time}").format(time=full_datetime(item.sent_at)),
            self.sent_model.read_text(item),
        ]
        if item.kind == "announcement":
            meta.insert(0, self.tr("Announcement"))
        receipts = self.receipts if self.receipts is not None else []
        read = [r for r in receipts if r.read_at is not None]
        unread = [r for r in receipts if r.read_at is None]
        extra = ""
        if read:
            names = ", ".join(
                f"{text_html(r.full_name)} ({text_html(full_datetime(r.read_at))})" for r in read
            )
            extra += f"<p><b>{text_html(self.tr('Read by'))}:</b> {names}</p>"
        if unread:
            names = ", ".join(text_html(r.full_name) for r in unread)
            extra += f"<p style='color:#666'><b>{text_html(self.tr('Not read yet'))}:</b> {names}</p>"
        self._render(item.subject, meta, item.body, extra)

    def _show_inbox_item(self, item: InboxItem | None) -> None:
        if item is None:
            self.preview.clear()
            return
        kinds = {"announcement": self.tr("Announcement"), "system": self.tr("System notice")}
        meta = [
            self.tr("From {sender}").format(sender=self.inbox_model.sender_text(item)),
            full_datetime(item.sent_at),
        ]
        if item.kind in kinds:
            meta.insert(0, kinds[item.kind])
        self._render(item.subject, meta, item.body)

    def _render(self, subject: str, meta: list[str], body: str | None, extra: str = "") -> None:
        line = " · ".join(text_html(part) for part in meta)
        self.preview.setHtml(
            f"<p><b>{text_html(subject)}</b><br><span style='color:#666'>{line}</span></p>"
            f"<p>{text_html(body)}</p>{extra}"
        )

    # -- actions --------------------------------------------------------------------------------------------

    def mark_read(self, item: InboxItem) -> None:
        if item.receipt_id in self._marking:
            return
        self._marking.add(item.receipt_id)
        position = self.inbox_model.position_of(item.receipt_id)
        if position >= 0:  # bold goes at once; the service call follows
            self.inbox_model.replace_row(position, dataclasses.replace(item, read_at=datetime.now(UTC)))
        service = self.workspace.messages

        def done(_result: object) -> None:
            self._marking.discard(item.receipt_id)
            app_signals().records_changed.emit(ENTITY, [item.message_id])

        def failed(error: Exception) -> None:
            self._marking.discard(item.receipt_id)
            self.reload()

        self.write(lambda: service.mark_read(item.receipt_id), done, failed)

    def new_message(self) -> None:
        self.directory.request(self._open_dialog, self)

    def _open_dialog(self, colleagues: list[Colleague]) -> None:
        service = self.workspace.messages

        def submit(draft: MessageDraft) -> int:
            return service.send(draft.recipient_ids, draft.subject, draft.body)

        dialog = MessageDialog(colleagues, self.workspace.user.user_id, submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._sent(dialog.result_id))
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def new_announcement(self) -> None:
        service = self.workspace.messages
        self.load("audiences", lambda: (service.departments(), service.stations()), self._open_announcement)

    def _open_announcement(self, choices: tuple[list[Choice], list[Choice]]) -> None:
        service = self.workspace.messages

        def submit(draft: AnnouncementDraft) -> int:
            return service.announce(draft.audience, draft.ref, draft.subject, draft.body)

        dialog = AnnouncementDialog(choices[0], choices[1], submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._sent(dialog.result_id))
        dialog.destroyed.connect(lambda *_: setattr(self, "announcement_dialog", None))
        self.announcement_dialog = dialog
        dialog.open()

    def _sent(self, message_id: int | None) -> None:
        if message_id is not None:
            app_signals().records_changed.emit(ENTITY, [message_id])

    def retranslate_ui(self) -> None:
        self.box_combo.setItemText(INBOX, self.tr("Inbox"))
        self.box_combo.setItemText(SENT, self.tr("Sent"))
        self.new_button.setText(self.tr("New message…"))
        self.announce_button.setText(self.tr("Announce…"))
        self.announce_button.setToolTip(self.tr("An announcement to everyone, a department or a station"))
        self.preview.setPlaceholderText(self.tr("Select a message to read it."))
        self.inbox_model.retranslate()
        self.sent_model.retranslate()
        if self.box == "sent":
            self._sent_selected()
        else:
            self._show_inbox_item(self.current_inbox_item())
