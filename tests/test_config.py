from pathlib import Path

from trainer.config import LocalPreferences, bundled_content_dir, resolve_settings


def test_command_line_wins_over_environment(tmp_path):
    env = {"CPSW_TRAINER_DATA": str(tmp_path / "env"), "CPSW_TRAINER_DATABASE_URL": "postgresql+psycopg://x/y"}
    settings = resolve_settings(data_dir=tmp_path / "cli", environ=env)
    assert settings.data_dir == (tmp_path / "cli").resolve()
    assert settings.database_url == "postgresql+psycopg://x/y"
    assert resolve_settings(database_url="sqlite:///z.db", environ=env).database_url == "sqlite:///z.db"


def test_defaults_to_sqlite_in_the_data_dir(tmp_path):
    settings = resolve_settings(environ={"CPSW_TRAINER_DATA": str(tmp_path)})
    assert settings.database_path == tmp_path.resolve() / "trainer.sqlite3"
    assert settings.content_dir == bundled_content_dir()
    assert (bundled_content_dir() / "domains.yaml").is_file()


def test_data_dirs_are_private(tmp_path):
    settings = resolve_settings(data_dir=tmp_path / "d", environ={})
    settings.ensure_dirs()
    assert (tmp_path / "d").stat().st_mode & 0o777 == 0o700


def test_preferences_survive_a_restart_and_bad_files(tmp_path):
    path = tmp_path / "settings.json"
    LocalPreferences(path).set("font_scale", 1.3)
    assert LocalPreferences(path).get("font_scale") == 1.3
    path.write_text("{not json")
    assert LocalPreferences(path).get("font_scale", 1.0) == 1.0
    assert not list(Path(tmp_path).glob(".settings.json.*"))
