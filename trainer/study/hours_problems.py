"""What can be wrong with hours, as codes with parameters: the Hours page words them with
tr() and the command line through trainer/commands/wording.py, so no sentence lives here."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType


class Code(enum.Enum):
    # one entry; the params a wording may use are named after each code
    DATE_MISSING = "date-missing"
    DATE_IN_FUTURE = "date-in-future"              # date
    HOURS_NOT_A_NUMBER = "hours-not-a-number"
    HOURS_NOT_POSITIVE = "hours-not-positive"
    HOURS_NOT_QUARTERS = "hours-not-quarters"      # hours
    DAY_OVER_24 = "day-over-24"                    # day, total, earlier
    KIND_UNKNOWN = "kind-unknown"
    DOMAIN_NEEDED = "domain-needed"
    DOMAIN_UNKNOWN = "domain-unknown"              # domain, known (sorted ids)
    TEXT_TOO_LONG = "text-too-long"                # length, limit (the field says which text)
    # changes to the log
    TRAINEE_GONE = "trainee-gone"
    ENTRY_GONE = "entry-gone"
    VERIFIER_MISSING = "verifier-missing"
    VERIFIER_TOO_LONG = "verifier-too-long"        # limit
    ALREADY_VERIFIED = "already-verified"          # by
    NOT_VERIFIED = "not-verified"
    LOCKED_FOR_CHANGE = "locked-for-change"        # by, on
    LOCKED_FOR_DELETE = "locked-for-delete"        # by, on
    IMPORT_DAY_OVER_24 = "import-day-over-24"      # day, total, earlier: nothing was added
    SIGNED = "signed"                              # by, on: a supervisor signed it; only a new signature changes it
    # a CSV file
    CSV_NOT_UTF8 = "csv-not-utf8"
    CSV_EMPTY = "csv-empty"
    CSV_COLUMNS_MISSING = "csv-columns-missing"    # missing, expected (tuples of column names)
    CSV_TOO_MANY_VALUES = "csv-too-many-values"
    CSV_BAD_DATE = "csv-bad-date"                  # text
    IMPORT_REFUSED = "import-refused"              # count, lines (some rows have problems)


@dataclasses.dataclass(frozen=True)
class HoursProblem:
    """One problem: its code, the entry field it belongs to (None: not one field) and the
    values its wording needs (dates and Decimals as they are, for the wording to format)."""

    code: Code
    field: str | None = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.code, self.field, tuple(sorted(self.params.items(), key=lambda kv: kv[0]))))

    def __str__(self) -> str:  # for logs and tests, never shown to a person
        values = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.code.value}({values})" if values else self.code.value


def problem(code: Code, field_name: str | None = None, **params) -> HoursProblem:
    return HoursProblem(code, field_name, params)


class HoursError(ValueError):
    """An entry or change that cannot be accepted: its problems say why, as codes."""

    def __init__(self, *problems: HoursProblem | Iterable[HoursProblem]):
        flat: list[HoursProblem] = []
        for item in problems:
            flat.extend([item] if isinstance(item, HoursProblem) else item)
        super().__init__("; ".join(str(p) for p in flat))
        self.problems = tuple(flat)

    @property
    def problem(self) -> HoursProblem:
        return self.problems[0]
