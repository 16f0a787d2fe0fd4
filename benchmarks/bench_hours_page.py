"""The Hours page with years of entries: opening it, refreshing it (after a change) and changing a
filter, for one trainee with 10,000 and with 100,000 entries (SQLite), against a floor measured in
the same run: a QTableView over a plain table model of the same rows (fetched with plain SQL,
formatted once), shown, reset with the rows again, and reset with the filtered rows.
Targets: at 10,000 entries each <= 150 ms and <= 3x the floor; at 100,000 entries each <= 500 ms."""

from __future__ import annotations

import os
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from trainer.config import resolve_settings  # noqa: E402
from trainer.services import open_services  # noqa: E402
from trainer.ui.context import AppContext  # noqa: E402
from trainer.ui.main_window import MainWindow  # noqa: E402
from trainer.ui.theme import apply_theme  # noqa: E402

TARGETS = {10_000: (0.150, 3.0), 100_000: (0.500, None)}


class PlainModel(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def set_rows(self, rows):
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=None):  # noqa: N802
        return len(self.rows)

    def columnCount(self, parent=None):  # noqa: N802
        return 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None


def _settle(app) -> None:
    app.processEvents()
    app.processEvents()


def _timed(app, fn) -> float:
    start = time.perf_counter()
    fn()
    _settle(app)  # layout and the first paint of the visible rows
    return time.perf_counter() - start


def _measure(app, count: int, repeats: int, label: str = "SQLite", database_url: str | None = None) -> list[dict]:
    from bench_hours import seed_entries  # noqa: E402 - benchmarks/ is on sys.path

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = resolve_settings(data_dir=tmp, database_url=database_url, environ={})
        services = open_services(settings)
        mark = "?" if services.database.engine.dialect.name == "sqlite" else "%s"
        try:
            trainee = services.trainees.create("Scale Trainee", "icrc-pr")
            services.preferences.set("current_trainee_id", trainee.id)
            seed_entries(services, trainee.id, count)
            window = MainWindow(AppContext(services))
            window.show()
            _settle(app)
            opens, refreshes, filters = [], [], []
            for _ in range(repeats):
                window.pages.built.pop("hours", None)  # a page built anew each time, as on first visit
                opens.append(_timed(app, lambda: window.show_page("hours")))
                page = window.pages["hours"]
                refreshes.append(_timed(app, page.refresh))
                filters.append(_timed(app, lambda page=page: page.kind_filter.setCurrentIndex(2)))
                page.kind_filter.setCurrentIndex(0)
                _settle(app)
                window.show_page("dashboard")
                window.stack.removeWidget(page)
                page.deleteLater()
                _settle(app)

            raw = services.database.engine.raw_connection()
            try:
                def fetch():
                    return [tuple("" if v is None else str(v) for v in row) for row in raw.cursor().execute(
                        "SELECT date, hours, kind, verified_by, domain, setting, activity, supervisor "
                        f"FROM hours_entry WHERE trainee_id = {mark} ORDER BY date DESC, id DESC", (trainee.id,))]
                floor_opens, floor_refreshes, floor_filters = [], [], []
                for _ in range(repeats):
                    view = QTableView()
                    model = PlainModel([])

                    def open_floor(view=view, model=model):
                        model.set_rows(fetch())
                        view.setModel(model)
                        view.resize(900, 500)
                        view.show()
                    floor_opens.append(_timed(app, open_floor))
                    floor_refreshes.append(_timed(app, lambda model=model: model.set_rows(fetch())))
                    floor_filters.append(_timed(app, lambda model=model: model.set_rows([r for r in model.rows
                                                                             if r[2] == "experience"])))
                    view.close()
                    view.deleteLater()
                    _settle(app)
            finally:
                raw.close()
            window.close()
        finally:
            services.close()
    import statistics

    limit, ratio_target = TARGETS[count]
    for name, app_times, floor_times in (("open", opens, floor_opens), ("refresh", refreshes, floor_refreshes),
                                         ("filter", filters, floor_filters)):
        app_time, floor_time = statistics.median(app_times), statistics.median(floor_times)
        rows.append({"figure": f"Hours page {name}, {count:,} entries, {label} (ms)", "value": app_time * 1000,
                     "target": f"<= {limit * 1000:.0f}", "ok": app_time <= limit, "floor_ms": floor_time * 1000})
        if ratio_target:
            ratio = app_time / floor_time
            rows.append({"figure": f"Hours page {name}, {count:,} entries, {label} / plain QTableView floor",
                         "value": ratio,
                         "target": f"<= {ratio_target}", "ok": ratio <= ratio_target})
    return rows


def run(quick: bool = False) -> list[dict]:
    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    repeats = 3 if quick else 5
    from postgres import with_postgres  # noqa: E402 - benchmarks/ is on sys.path

    rows = _measure(app, 10_000, repeats) + _measure(app, 100_000, max(2, repeats // 2))
    rows += with_postgres(lambda url, _tmp: _measure(app, 10_000, repeats, "PostgreSQL", url), "Hours page")
    return rows + with_postgres(lambda url, _tmp: _measure(app, 100_000, max(2, repeats // 2), "PostgreSQL", url),
                                "Hours page")


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for row in run(quick="--quick" in sys.argv):
        print(f"{row['figure']}: {row['value']:.2f} (target {row['target']}) {'ok' if row['ok'] else 'MISSED'}"
              + (f" floor {row['floor_ms']:.1f} ms" if "floor_ms" in row else ""))
