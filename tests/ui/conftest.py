import pytest

from trainer.services import open_services
from trainer.ui.context import AppContext
from trainer.ui.main_window import MainWindow
from trainer.ui.theme import apply_theme


@pytest.fixture
def open_window(qtbot, qapp):
    """Open the real main window on given settings; closes everything at the end."""
    opened = []
    apply_theme(qapp)

    def _open(settings):
        services = open_services(settings)
        window = MainWindow(AppContext(services))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, services))
        return window

    yield _open
    for window, services in opened:
        window.close()
        services.close()


def close_window(window):
    window.close()
    window.context.services.close()
