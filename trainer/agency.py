"""Agency configuration: one TOML file an agency installs beside the app or system-wide.

Example (see build/agency.example.toml):

    agency_name = "Sunrise Recovery Center"
    logo = "/etc/cpsw-trainer/logo.png"
    default_profile = "nm-cpsw"
    database_url = "postgresql+psycopg://trainer@db.example.org/cpsw"
    lock_authoring = true
    content_packs = ["/etc/cpsw-trainer/packs/local-resources.zip"]
    require_pin = true
    keep_backups = 10
    trainer_password_hash = "scrypt$16384$8$1$..."   # from `cpsw-trainer agency hash-password`
    require_trainer_login = true
    trust_ca = "/etc/cpsw-trainer/ca.pem"   # the agency authority's certificate (crl.pem beside it)

Every key is optional. A bad key or value raises AgencyConfigError naming the key.
"""

# Annotations are evaluated here (no `from __future__ import annotations`): given as strings,
# typing.NamedTuple would compile each field's annotation at start-up.
import os
import sys
from pathlib import Path
from typing import NamedTuple

ENV_AGENCY_CONFIG = "CPSW_TRAINER_AGENCY_CONFIG"
FILE_NAME = "agency.toml"
DEFAULT_NAME = "CPSW Trainer"


class AgencyConfigError(ValueError):
    def __init__(self, path: Path, key: str | None, message: str):
        where = f"{path}: key '{key}'" if key else str(path)
        super().__init__(f"agency configuration {where}: {message}")
        self.path, self.key = path, key


class AgencyConfig(NamedTuple):
    agency_name: str = DEFAULT_NAME
    logo: Path | None = None
    default_profile: str | None = None
    database_url: str | None = None
    lock_authoring: bool = False
    content_packs: tuple[Path, ...] = ()
    require_pin: bool = False
    keep_backups: int = 10
    trainer_password_hash: str | None = None  # salted scrypt, never the password itself
    require_trainer_login: bool = False
    trust_ca: Path | None = None  # the certificate authority whose signatures count; None: trust nobody
    path: Path | None = None  # where it was read from; None means built-in defaults
    extra: dict = {}  # a shared empty default: never changed in place


def candidate_paths(environ=None) -> list[Path]:
    """Where the agency file is looked for, first match wins."""
    env = os.environ if environ is None else environ
    if env.get(ENV_AGENCY_CONFIG):
        return [Path(env[ENV_AGENCY_CONFIG])]
    paths = []
    if getattr(sys, "frozen", False):
        paths.append(Path(sys.executable).resolve().parent / FILE_NAME)
    if os.name == "nt":
        paths.append(Path(env.get("PROGRAMDATA", r"C:\ProgramData")) / "cpsw-trainer" / FILE_NAME)
    else:
        paths.append(Path("/etc/cpsw-trainer") / FILE_NAME)
    return paths


def load_agency_config(environ=None) -> AgencyConfig:
    env = os.environ if environ is None else environ
    for path in candidate_paths(env):
        if path.is_file():
            return parse_agency_config(path)
        if env.get(ENV_AGENCY_CONFIG):
            raise AgencyConfigError(path, None, f"the file named by {ENV_AGENCY_CONFIG} does not exist")
    return AgencyConfig()


def parse_agency_config(path: Path) -> AgencyConfig:
    import tomllib  # most installs have no agency file: keep the import off the start path

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise AgencyConfigError(path, None, f"not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AgencyConfigError(path, None, f"cannot be read ({exc})") from None
    known = {"agency_name", "logo", "default_profile", "database_url", "lock_authoring",
             "content_packs", "require_pin", "keep_backups",
             "trainer_password_hash", "require_trainer_login", "trust_ca"}
    for key in data:
        if key not in known:
            raise AgencyConfigError(path, key, f"unknown key (known keys: {', '.join(sorted(known))})")
    base = path.parent

    def text(key: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise AgencyConfigError(path, key, "must be a non-empty text value in quotes")
        return value.strip()

    def flag(key: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise AgencyConfigError(path, key, "must be true or false")
        return value

    def file_path(key: str, value: str) -> Path:
        resolved = (base / value).expanduser() if not Path(value).is_absolute() else Path(value)
        if not resolved.is_file():
            raise AgencyConfigError(path, key, f"file not found: {resolved}")
        return resolved

    logo = text("logo")
    logo_path = file_path("logo", logo) if logo else None
    if logo_path and logo_path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise AgencyConfigError(path, "logo", "must be a PNG or JPEG image")
    url = text("database_url")
    if url and not (url.startswith("sqlite:///") or url.startswith("postgresql")):
        raise AgencyConfigError(path, "database_url", "must start with sqlite:/// or postgresql+psycopg://")
    profile = text("default_profile")
    trust = text("trust_ca")
    packs_raw = data.get("content_packs", [])
    if not isinstance(packs_raw, list) or not all(isinstance(p, str) and p.strip() for p in packs_raw):
        raise AgencyConfigError(path, "content_packs", "must be a list of file paths in quotes")
    # A pack that is missing or damaged must not stop every seat: it is resolved here and
    # reported with the content problems when the app installs it (packs.install_agency_packs).
    packs = tuple((base / p.strip()).expanduser() if not Path(p.strip()).is_absolute() else Path(p.strip())
                  for p in packs_raw)
    keep = data.get("keep_backups", 10)
    if isinstance(keep, bool) or not isinstance(keep, int) or not 1 <= keep <= 365:
        raise AgencyConfigError(path, "keep_backups", "must be a whole number from 1 to 365")
    return AgencyConfig(
        trainer_password_hash=trainer_password_hash(path, text("trainer_password_hash")),
        require_trainer_login=flag("require_trainer_login"),
        trust_ca=file_path("trust_ca", trust) if trust else None,
        keep_backups=keep, agency_name=text("agency_name") or DEFAULT_NAME, logo=logo_path, default_profile=profile,
        database_url=url, lock_authoring=flag("lock_authoring"), content_packs=packs,
        require_pin=flag("require_pin"), path=path,
    )


def trainer_password_hash(path: Path, value: str | None) -> str | None:
    """Only a hash made by `cpsw-trainer agency hash-password` is accepted: a clear-text
    password in a file every seat can read would let anyone into trainer mode."""
    if value is None:
        return None
    import re

    if not re.fullmatch(r"scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]{16,}={0,2}", value):
        raise AgencyConfigError(path, "trainer_password_hash",
                                "must be a hash made by `cpsw-trainer agency hash-password` (it starts with "
                                "'scrypt$'), never the password itself")
    return value
