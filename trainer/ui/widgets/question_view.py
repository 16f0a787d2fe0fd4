"""One question on screen: scenario, stem and options of any type, plus feedback.

Options are shown in the attempt's stored display order; everything this widget
reports (`chosen()`) uses the option indexes as written in the content file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trainer.content.render import render_inline, render_markdown
from trainer.content.schema import Question
from trainer.study.exams import is_correct, multiple_feedback
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.content_text import set_content_text

LETTERS = "ABCDEFGHI"


class QuestionView(QWidget):
    answer_changed = Signal()
    reread_requested = Signal(str, str)  # module id, section title

    def __init__(self, parent=None):
        super().__init__(parent)
        self.question: Question | None = None
        self.order: list[int] = []
        self.buttons: list[QAbstractButton] = []
        self.group: QButtonGroup | None = None
        self.order_list: QListWidget | None = None

        self.header = QLabel()
        set_role(self.header, "muted")
        self.scenario = QLabel()
        self.scenario.setWordWrap(True)
        self.scenario.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scenario.setStyleSheet("background: #eef3f7; border-radius: 6px; padding: 10px;")
        self.stem = QLabel()
        self.stem.setWordWrap(True)
        font = self.stem.font()
        font.setBold(True)
        self.stem.setFont(font)
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(8)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.feedback.setStyleSheet("background: #ffffff; border: 1px solid #d5dde4; border-radius: 6px; padding: 10px;")
        self.reread_button = QPushButton()
        self.reread_button.clicked.connect(self._reread)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.scenario)
        layout.addWidget(self.stem)
        layout.addLayout(self.options_box)
        layout.addWidget(self.feedback)
        layout.addWidget(self.reread_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    # ---- showing ------------------------------------------------------------------
    def show_question(self, question: Question, order, chosen=None, header: str = "") -> None:
        self.question = question
        self.order = list(order) if order else list(range(len(question.options)))
        self.header.setText(header)
        set_content_text(self.scenario, question.scenario)
        self.scenario.setVisible(bool(question.scenario))
        set_content_text(self.stem, question.stem)
        self.feedback.hide()
        self.reread_button.hide()
        self._clear_options()
        if question.type == "order":
            self._build_order(chosen)
        else:
            self._build_choices(chosen)
        self.setAccessibleName(question.stem)

    def _clear_options(self) -> None:
        # Hide and detach at once: deleteLater alone leaves old options painted until
        # the event loop runs.
        while self.options_box.count():
            widget = self.options_box.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if self.group is not None:
            self.group.deleteLater()
        self.buttons = []
        self.group = None
        self.order_list = None

    def _build_choices(self, chosen) -> None:
        question = self.question
        multiple = question.type == "multiple"
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        picked = set(chosen or ())
        if multiple:
            hint = QLabel(self.tr("Select all that apply."))
            set_role(hint, "muted")
            self.options_box.addWidget(hint)
        for display, original in enumerate(self.order):
            text = f"{LETTERS[display]}.  {question.options[original].text}"
            button = QCheckBox(text) if multiple else QRadioButton(text)
            button.setAccessibleName(text)
            button.setChecked(original in picked)
            button.setStyleSheet("QAbstractButton { padding: 4px; }")
            self.group.addButton(button, display)
            self.options_box.addWidget(button)
            self.buttons.append(button)
        # A new pick in a single-answer group toggles two buttons (one off, one on): one change.
        self.group.buttonToggled.connect(
            lambda _button, checked: (checked or multiple) and self.answer_changed.emit())

    def _build_order(self, chosen) -> None:
        hint = QLabel(self.tr("Put these in order, first at the top. Select one and press "
                              "Alt+Up or Alt+Down (or use the buttons) to move it."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.order_list = QListWidget()
        self.order_list.setAccessibleName(self.tr("Items to put in order"))
        self.order_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        sequence = list(chosen) if chosen else self.order
        for original in sequence:
            item = QListWidgetItem(self.question.options[original].text)
            item.setData(Qt.ItemDataRole.UserRole, original)
            self.order_list.addItem(item)
        self.order_list.setCurrentRow(0)
        self.order_list.model().rowsMoved.connect(lambda *_: self.answer_changed.emit())
        up = QPushButton(self.tr("Move &up"))
        down = QPushButton(self.tr("Move do&wn"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down.clicked.connect(lambda: self.move_selected(1))
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        self.options_box.addWidget(hint)
        self.options_box.addWidget(self.order_list)
        holder = QWidget()
        holder.setLayout(buttons)
        self.options_box.addWidget(holder)

    # ---- answering ----------------------------------------------------------------
    def choose_display(self, display: int) -> None:
        """Keyboard choice: toggle in `multiple`, select otherwise."""
        if not (0 <= display < len(self.buttons)):
            return
        button = self.buttons[display]
        if self.question.type == "multiple":
            button.setChecked(not button.isChecked())
        else:
            button.setChecked(True)
        button.setFocus()

    def move_selected(self, step: int) -> None:
        if self.order_list is None:
            return
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not (0 <= target < self.order_list.count()):
            return
        item = self.order_list.takeItem(row)
        self.order_list.insertItem(target, item)
        self.order_list.setCurrentRow(target)
        self.answer_changed.emit()

    def chosen(self) -> list[int]:
        if self.question is None:
            return []
        if self.order_list is not None:
            return [self.order_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.order_list.count())]
        return [self.order[i] for i, button in enumerate(self.buttons) if button.isChecked()]

    def has_answer(self) -> bool:
        return bool(self.chosen())

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not locked)
        if self.order_list is not None:
            self.order_list.setEnabled(not locked)

    # ---- feedback -----------------------------------------------------------------
    def show_feedback(self, chosen) -> bool:
        question = self.question
        right = is_correct(question, chosen)
        self.feedback.setText(feedback_html(question, chosen, self.order, self.tr))
        self.feedback.show()
        self.feedback.setAccessibleDescription(self.feedback.text())
        if question.section:
            self.reread_button.setText(fill(self.tr("Reread: %1"), question.section))
            self.reread_button.show()
        return right

    def _reread(self) -> None:
        if self.question and self.question.section:
            self.reread_requested.emit(self.question.bank_id, self.question.section)


def feedback_html(question: Question, chosen, order, _tr=None) -> str:
    """Right or wrong, why of every option, and the explanation, as simple HTML. Worded in one
    context wherever it shows (lupdate cannot tell whose `tr` a caller would pass)."""
    translate = QCoreApplication.translate
    right = is_correct(question, chosen)
    words = translate("Feedback", "Correct.") if right else translate("Feedback", "Not quite.")
    verdict = (f"<span style='color:#1b5e20'>✓ {words}</span>" if right
               else f"<span style='color:#a00000'>✗ {words}</span>")
    parts = [f"<p><b>{verdict}</b></p>"]
    if question.type == "multiple" and not right:
        fb = multiple_feedback(question, chosen or [])
        letter = {original: LETTERS[display] for display, original in enumerate(order)}
        if fb.missing:
            missed = ", ".join(letter[i] for i in fb.missing)
            parts.append("<p>" + fill(translate("Feedback", "You missed: %1"), missed) + "</p>")
        if fb.extra:
            extra = ", ".join(letter[i] for i in fb.extra)
            parts.append("<p>" + fill(translate("Feedback", "Not right to choose: %1"), extra) + "</p>")
    if question.type == "order":
        correct_order = "".join(f"<li>{render_inline(o.text)}</li>" for o in question.options)
        heading = translate("Feedback", "The right order:")
        parts.append(f"<p>{heading}</p><ol>{correct_order}</ol>")
        whys = "".join(f"<li>{render_inline(o.why)}</li>" for o in question.options if o.why)
        if whys:
            parts.append(f"<ul>{whys}</ul>")
    else:
        items = []
        for display, original in enumerate(order):
            option = question.options[original]
            mark = "✓" if option.correct else "✗"
            picked = translate("Feedback", " (your answer)") if chosen and original in chosen else ""
            items.append(f"<li>{mark} <b>{LETTERS[display]}.</b> {render_inline(option.text)}{picked}"
                         f"<br/><span>{render_inline(option.why)}</span></li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    if question.explanation:
        parts.append(render_markdown(question.explanation))
    return "".join(parts)
