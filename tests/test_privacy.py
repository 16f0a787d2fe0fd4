"""Privacy: private files, no names or answers in logs, and no network use at all."""

import os
import socket

import pytest

from trainer.services import open_services


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the app tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_main_flows_work_with_the_network_blocked(no_network, settings, qapp):
    from tests.ui.conftest import write_drill_bank
    from trainer.ui.app import create_window

    write_drill_bank(settings.content_dir)
    services = open_services(settings)
    try:
        trainee = services.trainees.create("Private Person", "test-board")
        services.preferences.set("current_trainee_id", trainee.id)
        window = create_window(services)
        for key in ("dashboard", "modules", "practice", "hours", "reports", "settings"):
            window.show_page(key)
        window.pages["modules"].open_module("boundaries-basics")
        page = window.pages["practice"]
        page.start_practice("bank:drill", 10)
        page.runner.view.choose_display(0)
        page.runner.primary_action()
        page.start_exam()
        page.runner.confirm = lambda *_: True
        page.runner.submit()
        window.close()
    finally:
        services.close()


def test_files_are_private_and_logs_hold_no_personal_data(settings):
    services = open_services(settings)
    try:
        services.trainees.create("Secret Name", None)
        import logging

        logging.getLogger("trainer").error("an unexpected problem for testing")
    finally:
        services.close()
    if os.name == "posix":
        assert settings.data_dir.stat().st_mode & 0o077 == 0
        assert settings.database_path.stat().st_mode & 0o077 == 0
    log_text = (settings.log_dir / "trainer.log").read_text()
    assert "an unexpected problem" in log_text and "Secret Name" not in log_text
