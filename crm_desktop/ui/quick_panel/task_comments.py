"""Comments on the selected task: the thread (reviews by superiors marked), and a line to add one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from crm_desktop.services.tasks import CommentDTO
from crm_desktop.ui.quick_panel.common import full_datetime, text_html


class CommentBox(QWidget):
    """The input row; `submitted(text)` when the user sends. `set_review(True)` when the user is a superior."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_comment_box")
        self.review = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("task_comment")
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self._send)
        self.edit.textChanged.connect(lambda _t: self._update())
        self.button = QPushButton(self)
        self.button.setObjectName("add_task_comment")
        self.button.clicked.connect(self._send)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def set_review(self, review: bool) -> None:
        self.review = review
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        self.edit.setReadOnly(busy)
        self._update(busy)

    def clear_text(self) -> None:
        self.edit.clear()

    def _update(self, busy: bool = False) -> None:
        self.button.setEnabled(bool(self.edit.text().strip()) and not busy and not self.edit.isReadOnly())

    def _send(self) -> None:
        if self.button.isEnabled():
            self.submitted.emit(self.edit.text())

    def retranslate_ui(self) -> None:
        if self.review:
            self.edit.setPlaceholderText(self.tr("Review this task as the superior…"))
            self.button.setText(self.tr("Review"))
        else:
            self.edit.setPlaceholderText(self.tr("Add a comment…"))
            self.button.setText(self.tr("Comment"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def comments_html(comments: list[CommentDTO], heading: str, review_label: str) -> str:
    if not comments:
        return ""
    rows = []
    for comment in comments:
        who = text_html(comment.author_name)
        if comment.kind == "review":
            who = f"<b style='color:#1f6fb2'>{who} · {text_html(review_label)}</b>"
        when = text_html(full_datetime(comment.created_at))
        rows.append(f"<p>{who} <span style='color:#888'>{when}</span><br>{text_html(comment.body)}</p>")
    return f"<hr><p><b>{text_html(heading)}</b></p>{''.join(rows)}"
