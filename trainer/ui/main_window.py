"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from trainer.operations import Change
from trainer.study.seats import must_choose_trainee
from trainer.ui.context import AppContext
from trainer.ui.i18n import current_language
from trainer.ui.lazy_pages import LazyPages
from trainer.ui.text import fill
from trainer.ui.theme import style_navigation
from trainer.ui.widgets.content_problems import ContentProblemsPanel

PAGE_KEYS = ("dashboard", "modules", "practice", "conversations", "hours", "renewal", "reports", "author",
             "settings", "cohort")
TRAINER_PAGES = ("author", "cohort")  # listed in the navigation only in trainer mode


def shortcut_digit(number: int) -> int:
    """The digit that goes with Ctrl for the page at this place (from 1): the tenth is Ctrl+0."""
    return number % 10


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.language = current_language()
        self.resize(1100, 720)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        style_navigation(self.navigation)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.pages = LazyPages(context, self.stack, PAGE_KEYS)
        for number, key in enumerate(PAGE_KEYS, start=1):
            self.navigation.addItem("")  # worded by _word_window
            # QShortcut from a parsed sequence: unlike QAction.setShortcut, it does not make
            # PySide build all of Qt's key enums (~30 ms) while the window opens.
            shortcut = QShortcut(QKeySequence.fromString(f"Ctrl+{shortcut_digit(number)}"), self)
            shortcut.activated.connect(lambda k=key: self.show_page(k))
        self.navigation.currentRowChanged.connect(self._switch_to)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.trainee_label = QLabel()
        self.statusBar().addPermanentWidget(self.trainee_label)
        self.problems_button = None
        self.problems_dock = self._problems_dock()
        self._word_window()
        self._fit_navigation()
        context.navigate.connect(self.show_page)
        context.on(Change.PREFERENCES, self._follow_language, self)  # first: the others see the new words
        context.on(Change.PREFERENCES, self._apply_trainer_mode, self)
        context.on(Change.PREFERENCES, self._fit_navigation, self)
        self._apply_trainer_mode()
        context.open_reader.connect(self._open_reader)
        context.on(Change.TRAINEE, self._update_trainee_label, self)
        self.show_page("dashboard")
        self._offer_resume()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Closing mid-attempt loses nothing; the person is told so, and where it resumes."""
        practice = self.pages.built.get("practice")
        left = practice.pause_for_closing() if practice is not None else None
        if left is not None:
            exam = left == "exam"
            self.inform_closing(self.tr("Your exam is saved") if exam else self.tr("Your practice is saved"),
                                self.tr("Every answer and the time left are saved. Next time you open "
                                        "CPSW Trainer, it offers to resume right where you left off.")
                                if exam else
                                self.tr("Every answer is saved. Next time you open CPSW Trainer, you can "
                                        "resume it from the Practice page."))
        super().closeEvent(event)

    def _word_window(self) -> None:
        """The window's own words, in the current language."""
        self.setWindowTitle(self.tr("CPSW Trainer"))
        titles = {
            "dashboard": self.tr("Dashboard"), "modules": self.tr("Modules"),
            "practice": self.tr("Practice"), "conversations": self.tr("Conversations"),
            "hours": self.tr("Hours"), "renewal": self.tr("Renewal and CE"),
            "reports": self.tr("Reports"), "author": self.tr("Author"),
            "settings": self.tr("Settings"), "cohort": self.tr("Cohort"),
        }
        self.navigation.setAccessibleName(self.tr("Navigation"))
        for number, key in enumerate(PAGE_KEYS, start=1):
            self.navigation.item(number - 1).setText(titles[key])
            self.navigation.item(number - 1).setToolTip(fill(self.tr("Ctrl+%1"), shortcut_digit(number)))
        if self.problems_dock is not None:
            self.problems_dock.setWindowTitle(self.tr("Content problems"))
            self.problems_button.setText(self.tr("Some study material could not be loaded: show"))
            self.problems_button.setAccessibleName(self.tr("Show content problems"))
        self._update_trainee_label()

    def _follow_language(self) -> None:
        """Another language was chosen: the window rewords itself and builds its pages again,
        at once. Every page words itself as it is built and saves as it goes, so building it
        again in the new language is simpler and surer than rewording each widget; an attempt
        under way is saved and offered for resuming, as when the window closes, and a page with
        unsaved edits (an Author editor) is kept as it is, in the old language, until next time."""
        if current_language() == self.language:
            return
        self.language = current_language()
        key = self.current_page_key() or "dashboard"
        reading = self._reading_place()
        practice = self.pages.built.get("practice")
        if practice is not None:
            practice.pause_for_closing()
        for name, page in list(self.pages.built.items()):
            if getattr(page, "has_unsaved_work", lambda: False)():
                continue
            self.stack.removeWidget(page)
            page.deleteLater()  # its subscriptions go with it
            del self.pages.built[name]
        if self.problems_dock is not None:
            self.problems_dock.widget().deleteLater()
            self.problems_dock.setWidget(ContentProblemsPanel(self.context.catalog.errors))
        self._word_window()
        self._switch_to(PAGE_KEYS.index(key))
        if reading is not None:  # the module being read stays open at its section
            self.pages["modules"].open_module(*reading)
        self.focus_page()

    def _reading_place(self) -> tuple[str, str] | None:
        modules = self.pages.built.get("modules")
        reader = getattr(modules, "reader", None)
        if reader is None or reader.module is None or modules.stack.currentWidget() is not reader:
            return None
        return reader.module.id, reader.module.sections[reader.index].key

    def inform_closing(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # only when closing mid-attempt

        QMessageBox.information(self, title, text)

    def _problems_dock(self):
        errors = self.context.catalog.errors
        if not errors:
            return None
        # Only with problems to show: Qt's namespace costs ~40 ms the first time it is used.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(self)  # worded by _word_window
        dock.setObjectName("content-problems")
        dock.setWidget(ContentProblemsPanel(errors))
        dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        button = self.problems_button = QPushButton()
        button.setFlat(True)
        button.clicked.connect(lambda: dock.setVisible(not dock.isVisible()))
        self.statusBar().addWidget(button)
        return dock

    def _fit_navigation(self) -> None:
        """The sidebar follows the text size: its rows and width come from the font."""
        metrics = self.navigation.fontMetrics()
        row_height = metrics.height() * 2 + 8
        widest = max(metrics.horizontalAdvance(self.navigation.item(row).text())
                     for row in range(self.navigation.count()))
        self.navigation.setFixedWidth(max(160, widest + 48))  # item padding, frame, focus ring
        for row in range(self.navigation.count()):
            self.navigation.item(row).setSizeHint(QSize(0, row_height))

    def show_page(self, key: str) -> None:
        if key not in PAGE_KEYS:
            return
        if key in TRAINER_PAGES and not self.trainer_mode():
            return  # hidden pages stay closed, by shortcut too: the Cohort shows everyone's data
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))
        self.focus_page()

    def focus_page(self) -> None:
        """After a shortcut or a link, the page's main control has focus (moving through the
        navigation list with the arrow keys leaves focus in the list)."""
        page = self.pages.built.get(self.current_page_key() or "")
        target = page.focus_target() if page is not None and hasattr(page, "focus_target") else None
        (target or page or self.navigation).setFocus()  # no reason argument: Qt's enums cost at start

    def trainer_mode(self) -> bool:
        # A trainer's sign-in for this session (Settings → Trainer sign-in…), never a saved preference.
        return self.context.services.trainer_access.active

    def _switch_to(self, row: int) -> None:
        page = self.pages[PAGE_KEYS[row]]  # built on first visit
        prepare = getattr(page, "prepare", None)
        if prepare is not None:  # pages that load lazily do so before they are shown
            prepare()
        self.pages.show(PAGE_KEYS[row])

    def _apply_trainer_mode(self) -> None:
        on = self.trainer_mode()
        for key in TRAINER_PAGES:
            self.navigation.item(PAGE_KEYS.index(key)).setHidden(not on)
        if not on and self.current_page_key() in TRAINER_PAGES:
            self.show_page("dashboard")  # leaving trainer mode closes its pages
        if getattr(self, "problems_dock", None) is not None:
            self.problems_dock.widget().set_details_visible(on)

    def _offer_resume(self) -> None:
        """After a crash or a closed window, start where an unfinished attempt can be resumed."""
        trainee = self.context.trainee
        if trainee and self.context.services.overview.has_resumable(trainee.id):
            self.show_page("practice")

    def _open_reader(self, module_id: str, section_key: str) -> None:
        self.show_page("modules")
        self.pages["modules"].open_module(module_id, section_key or None)

    def current_page_key(self) -> str | None:
        return self.pages.current_key()

    def _update_trainee_label(self) -> None:
        trainee = self.context.trainee
        self.trainee_label.setText(fill(self.tr("Signed in as %1"), trainee.name) if trainee else "")

    def ask_for_trainee_if_needed(self):
        """First run asks for a name; shared seats always ask who is studying (and the PIN)."""
        services = self.context.services
        # Someone must choose who is studying when seats are shared, or when trainees exist
        # but none is remembered here (e.g. after `cpsw-trainer demo` or an agency import).
        if must_choose_trainee(len(services.overview.trainees()), self.context.trainee is not None,
                               services.settings.database_path is None, services.settings.agency.require_pin):
            from trainer.ui.trainee_picker import TraineePicker

            picker = TraineePicker(self.context, services.overview, lambda: services.pins, self)
            picker.rejected.connect(self.close)
            picker.new_trainee_requested.connect(self._first_run)
            picker.open()
            return picker
        if self.context.trainee is not None:
            return None
        return self._first_run()

    def _first_run(self):
        from trainer.ui.first_run import FirstRunDialog  # needs the storage layer; rarely shown

        services = self.context.services
        dialog = FirstRunDialog(self.context, lambda: services.trainees, lambda: services.pins,
                                services.settings.agency, self)
        # The app cannot work without a trainee: leaving the dialog closes the app.
        dialog.rejected.connect(self.close)
        dialog.open()
        return dialog
