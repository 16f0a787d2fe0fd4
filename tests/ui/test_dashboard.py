"""Dashboard for a seeded trainee: the right verdict, requirements and next steps."""

from PySide6.QtCore import Qt

from tests.conftest import BUNDLED_CONTENT
from trainer.config import resolve_settings
from trainer.study.demo import create_demo


def test_dashboard_for_a_demo_trainee(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services = window.context.services
    summary = create_demo(services, "Dee Monstration")
    window.context.set_trainee(services.trainees.find("Dee Monstration"))
    dashboard = window.pages["dashboard"]
    readiness = dashboard.readiness_service.assess(window.context.trainee.id, window.context.profile())
    assert dashboard.verdict.text() == readiness.verdict
    assert dashboard.requirements.rowCount() >= len(readiness.requirements)
    labels = [dashboard.requirements.itemAtPosition(r, 0).widget().text().rstrip(" *")
              for r in range(len(readiness.requirements))]
    assert labels == [r.label for r in readiness.requirements]
    assert "Recent exam scores:" in dashboard.exam_trend.text()
    assert summary is not None
    for index, step in enumerate(readiness.next_steps[:len(dashboard.step_buttons)]):
        assert dashboard.step_buttons[index].text() == f"{index + 1}. {step.text}"
    # Clicking a step opens the page that does it.
    step = readiness.next_steps[0]
    qtbot.mouseClick(dashboard.step_buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == step.page
    if step.page == "modules" and step.argument:
        assert window.pages["modules"].reader.module.id == step.argument
