"""Where things live: data, logs, backups, content and the database URL.

Every path the app uses is resolved here and nowhere else, so overrides
(`--data-dir`, `CPSW_TRAINER_DATA`, frozen bundles) work everywhere at once.
"""

# Annotations are evaluated here (no `from __future__ import annotations`): given as strings,
# typing.NamedTuple would compile each field's annotation at start-up (~2 ms).
import json
import os
import sys
from pathlib import Path
from typing import NamedTuple

from trainer.agency import AgencyConfig, load_agency_config
from trainer.files import write_text_atomic

APP_NAME = "cpsw-trainer"
APP_AUTHOR = "CPSW Trainer"
ENV_DATA_DIR = "CPSW_TRAINER_DATA"
ENV_DATABASE_URL = "CPSW_TRAINER_DATABASE_URL"
ENV_CONTENT_DIR = "CPSW_TRAINER_CONTENT"
DATABASE_FILE = "trainer.sqlite3"
SETTINGS_FILE = "settings.json"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases and in-memory SQLite). It lives
    here because the settings make the URL; the storage layer reads it from here too."""
    if url.startswith("sqlite") and "///" in url:
        path = url.split("///", 1)[1]
        return Path(path) if path and path != ":memory:" else None
    return None


def bundled_content_dir() -> Path:
    """The curriculum shipped with the app: frozen bundle, checkout or installed data."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "content")
    candidates.append(Path(__file__).resolve().parent.parent / "content")
    candidates.append(Path(sys.prefix) / "share" / APP_NAME / "content")
    for candidate in candidates:
        if (candidate / "domains.yaml").is_file():
            return candidate
    return candidates[-1]


def default_data_dir() -> Path:
    import platformdirs  # only when no folder is given

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


class Settings(NamedTuple):
    """Resolved locations for one run of the app or the command line."""

    data_dir: Path
    content_dir: Path
    database_url: str
    agency: AgencyConfig = AgencyConfig()

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, or None for a database server."""
        return sqlite_path(self.database_url)

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def packs_dir(self) -> Path:
        """Installed content packs, one folder per pack id."""
        return self.data_dir / "packs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / SETTINGS_FILE

    def ensure_dirs(self) -> None:
        # User data is private: readable by this user only.
        for folder in (self.data_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(folder, 0o700)


def resolve_settings(
    data_dir: str | os.PathLike | None = None,
    database_url: str | None = None,
    content_dir: str | os.PathLike | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Command-line values win over the environment, which wins over the agency
    configuration, which wins over defaults. Raises AgencyConfigError for a bad agency file."""
    env = os.environ if environ is None else environ
    agency = load_agency_config(env)
    data = Path(data_dir or env.get(ENV_DATA_DIR) or default_data_dir()).expanduser()
    content = Path(content_dir or env.get(ENV_CONTENT_DIR) or bundled_content_dir()).expanduser()
    url = (database_url or env.get(ENV_DATABASE_URL) or agency.database_url
           or f"sqlite:///{data.resolve() / DATABASE_FILE}")
    return Settings(data_dir=data.resolve(), content_dir=content.resolve(), database_url=url, agency=agency)


class LocalPreferences:
    """Per-machine preferences (current trainee, font scale) in a JSON file.

    They are per machine rather than in the database because several seats may
    share one agency database while each machine has its own current user.
    """

    def __init__(self, path: Path):
        self.path = path
        self._values: dict = {}
        if path.is_file():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self._values = loaded
            except (OSError, ValueError):
                self._values = {}

    def get(self, key: str, default=None):
        return self._values.get(key, default)

    def set(self, key: str, value) -> None:
        self._values[key] = value
        write_text_atomic(self.path, json.dumps(self._values, indent=2, sort_keys=True))
