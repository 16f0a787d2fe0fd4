"""The figures a report prints, gathered once as plain JSON-able data.

The PDF is drawn from this data alone and embeds it, so `verify` can redraw the
text and compare. Every figure is stored as the exact string that is printed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping
from decimal import Decimal

from trainer.content.schema import CertificationProfile
from trainer.reports import wording, wording_es
from trainer.reports.report_language import EMBEDDED, drawing, language, say
from trainer.study.hours import KINDS, HoursEntryInfo, format_hours, totals_of
from trainer.study.readiness import Readiness, ReadinessInputs, assess

FORMAT = "cpsw-trainer-report/2"  # /2: the hours log is drawn by log_table.LogTable
READINESS, HOURS_LOG = "readiness", "hours-log"
RENEWAL_PACKET = "renewal-packet"  # issued by reports/renewal_packet_issue.py
FULL_LOG, BY_MONTH = "full", "by month"  # how a readiness report shows the hours log
DEFAULT_AGENCY = "CPSW Trainer"


def canonical(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def data_sha256(data: dict) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def code_of(data: dict) -> str:
    """The short verification code printed on every page: 3F2A-91C0-77DE."""
    digest = data_sha256(data)[:12].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 12, 4))


def _hours(value: Decimal | float) -> str:
    return format_hours(Decimal(str(value)))


def _entry_row(entry: HoursEntryInfo, names: dict[str, str], signed: Mapping[int, str]) -> list[str]:
    verified = signed.get(entry.id) or say("not verified")
    return [entry.date.isoformat(), _hours(entry.hours), say(entry.kind), names.get(entry.domain or "", entry.domain or ""),
            entry.setting or "", entry.activity or "", entry.supervisor or "", verified]


def hours_summaries(entries: list[HoursEntryInfo], names: dict[str, str], signed: Mapping[int, str]) -> dict:
    totals = totals_of(entries)
    verified = totals_of(e for e in entries if e.id in signed)
    by_kind = [[say(kind), _hours(getattr(totals, kind)), _hours(getattr(verified, kind))] for kind in KINDS]
    by_domain = [[names.get(d, d), _hours(h)] for d, h in sorted(totals.training_by_domain.items(),
                                                                 key=lambda item: names.get(item[0], item[0]))]
    months: dict[str, dict[str, Decimal]] = defaultdict(lambda: dict.fromkeys(KINDS, Decimal(0)))
    for entry in entries:
        months[f"{entry.date:%Y-%m}"][entry.kind] += entry.hours
    by_month = [[month] + [_hours(sums[k]) for k in KINDS] + [_hours(sum(sums.values()))]
                for month, sums in sorted(months.items())]
    return {"by_kind": by_kind, "by_domain": by_domain, "by_month": by_month,
            "entry_count": str(len(entries)), "verified_count": str(sum(e.id in signed for e in entries))}


LAYOUT = 2


def build_data(*, kind: str, trainee: str, profile: CertificationProfile, entries: list[HoursEntryInfo],
               inputs: ReadinessInputs | None, issued: dt.datetime, agency: str = DEFAULT_AGENCY,
               logo: bool = False, full_log: bool = False, signed: Mapping[int, str] | None = None,
               language: str = "en") -> dict:
    """Everything the report prints. `inputs` may be None for an hours log. A readiness report
    summarises the hours by month and lists every entry only with `full_log`; an hours log
    always lists them. `signed`: entry id → "signer, date" of the entries whose signature by a
    trusted supervisor holds (trainer/study/signoff_records.py); only those count as verified.
    `language`: the words ("es": Spanish, the content words too when `profile` and `inputs` are
    in Spanish); the data names it, and the embedded font, so the report is redrawn the same."""
    # "layout": 2, the exam history's long cells wrap (a report without the key is redrawn as drawn then)
    head = {"font": EMBEDDED, "layout": LAYOUT} | ({"language": language} if language != "en" else {})
    with drawing(head):
        return _build(kind, trainee, profile, entries, inputs, issued, agency, logo, full_log, signed or {}, head)


def _build(kind, trainee, profile, entries, inputs, issued, agency, logo, full_log, signed, head) -> dict:
    names = dict(inputs.domain_names) if inputs else {}
    listed = kind == HOURS_LOG or full_log
    data = {
        "format": FORMAT, **head, "kind": kind, "agency": agency or DEFAULT_AGENCY, "logo": bool(logo),
        "trainee": trainee, "issued": issued.strftime("%Y-%m-%d %H:%M UTC"),
        "profile": {"id": profile.id, "name": profile.name, "board": profile.board, "source": profile.source,
                    "as_of": profile.as_of.isoformat() if profile.as_of else say("not stated")},
        "hours": hours_summaries(entries, names, signed),
        "entries": [_entry_row(e, names, signed) for e in entries] if listed else [],
    }
    if kind == READINESS:
        data["log"] = FULL_LOG if full_log else BY_MONTH  # data from before the choice has no key: full
    if kind == READINESS and inputs is not None:
        data.update(_readiness_part(assess(inputs), inputs))
    return data


def inputs_in(inputs: ReadinessInputs, catalog) -> ReadinessInputs:
    """The same figures with the content words (profile, module titles, domain names) of
    `catalog`, the curriculum in the report's language (trainer.content.translations.in_language)."""
    modules = sorted((catalog.modules.get(m.id, m) for m in inputs.modules), key=lambda m: m.title.lower())
    names = {d: catalog.domains[d].name if d in catalog.domains else name for d, name in inputs.domain_names.items()}
    return inputs._replace(profile=catalog.profiles.get(inputs.profile.id, inputs.profile), modules=modules,
                           domain_names=names)


def _counts_text(exam) -> str:
    if exam.fresh is None:
        return say("yes (an older exam)")
    return say("{answer} ({fresh} of {asked} new)", answer=say("yes" if exam.counts_for_readiness else "no"),
               fresh=exam.fresh, asked=exam.asked)


def _readiness_part(readiness: Readiness, inputs: ReadinessInputs) -> dict:
    names, pass_percent = inputs.domain_names, inputs.profile.exam.practice_pass_percent
    exams = [{"date": f"{e.finished_at:%Y-%m-%d}", "percent": f"{e.percent:.0f}%",
              "result": say("at or above pass mark" if e.percent >= pass_percent else "below pass mark"),
              # readiness counts a simulation only when most of its questions were new
              "counts": _counts_text(e)}
             for e in inputs.exams]
    latest = inputs.exams[-1] if inputs.exams else None
    latest_domains = ([[names.get(d, d), f"{p:.0f}%"] for d, p in sorted(latest.by_domain.items())]
                      if latest else [])
    completed = sorted(((m.title, f"{inputs.module_status[m.id].completed_at:%Y-%m-%d}") for m in inputs.modules
                        if inputs.module_status.get(m.id) and inputs.module_status[m.id].complete),
                       key=lambda row: (row[1], row[0]))
    attestations = [[a.label, inputs.attested[a.id].isoformat() if a.id in inputs.attested else say("not yet")]
                    for a in inputs.profile.attestations]
    words = wording_es if language() == "es" else wording
    return {
        "verdict": words.verdict(readiness.ready, readiness.met_count, readiness.total), "ready": readiness.ready,
        "requirements": [[words.requirement_label(r), words.status(r.status), *words.requirement_figures(r),
                          words.requirement_note(r)] for r in readiness.requirements],
        "next_steps": [words.next_step(s) for s in readiness.next_steps[:6]],
        "pass_percent": str(pass_percent), "exams": exams, "latest_domains": latest_domains,
        "modules": [list(row) for row in completed], "module_total": str(len(inputs.modules)),
        "attestations": attestations,
    }
