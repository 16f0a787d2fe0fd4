"""The renewal packet: one PDF with the training summary laid out as boards ask for it (title,
sponsor and approved-provider number, date, hours), where the renewal stands, the documents to
send, and every certificate and letter appended.

Like the readiness report, the packet embeds the data it was drawn from and prints its
verification code on every page (the appended pages get it stamped on); each appended file is
embedded too, with its SHA-256 in the data, so `cpsw-trainer verify` can show that every
attachment is present and unchanged (reports/renewal_packet_verify.py).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable

from trainer.content.schema import CertificationProfile
from trainer.reports.data import RENEWAL_PACKET, code_of
from trainer.reports.renewal_wording import check, entry_notes, hours, requirement_line
from trainer.reports.report_language import EMBEDDED, draw_covered, drawing, fonts, say
from trainer.study.ce_records import CeEntryInfo
from trainer.study.renewal import evaluate

FORMAT = "cpsw-trainer-renewal-packet/1"
KIND = RENEWAL_PACKET
TYPES = {"application/pdf": "PDF", "image/png": "PNG image", "image/jpeg": "JPEG image"}


def attachment_label(index: int, name: str) -> str:
    """The embedded file's name: numbered, so two certificates called the same stay apart."""
    return f"{index:02d}-{name}"


def packet_data(*, trainee: str, profile: CertificationProfile, certification, entries: Iterable[CeEntryInfo],
                attachments: list[tuple[object, str, int]], issued: dt.datetime, agency: str,
                language: str = "en") -> dict:
    """Everything the packet prints, as the strings it prints. `attachments`: (AttachmentInfo,
    what it proves, its page count) in the order they are appended. `language` ("es": Spanish; the
    profile's words should then be the Spanish curriculum's): the data names it and the embedded
    font, so verify redraws the packet the same (a packet from before either key is English in Helvetica)."""
    head = {"font": EMBEDDED} | ({"language": language} if language != "en" else {})
    with drawing(head):
        return {**head, **_packet_data(trainee, profile, certification, list(entries), attachments, issued, agency)}


def _packet_data(trainee, profile, certification, entries, attachments, issued, agency) -> dict:
    status = evaluate(profile.renewal, entries, certification.certified_on, certification.expires_on)
    counted = {c.entry.id: c for c in status.entries}
    window = status.window
    inside = [e for e in entries if window.holds(e.date)]
    return {
        "format": FORMAT, "kind": KIND, "agency": agency, "logo": False, "trainee": trainee,
        "issued": issued.strftime("%Y-%m-%d %H:%M UTC"),
        "profile": {"id": profile.id, "name": profile.name, "board": profile.board,
                    "source": profile.renewal.source or profile.source,
                    "as_of": profile.renewal.as_of.isoformat() if profile.renewal.as_of else say("not stated")},
        "certification": {"number": certification.number or say("not recorded"),
                          "certified_on": certification.certified_on.isoformat(),
                          "expires_on": certification.expires_on.isoformat() if certification.expires_on
                          else say("not recorded")},
        "cycle": [window.start.isoformat(), say("open") if window.end == dt.date.max else window.end.isoformat(),
                  "" if status.cycle_verified else say("{check}: the cycle length is not confirmed", check=check())],
        "counted": hours(status.counted),
        "ready": say("yes") if status.ready else say("not yet"),
        "requirements": [requirement_line(r) for r in status.requirements],
        "summary": [[e.date.isoformat(), e.title, e.provider or "", e.provider_number or "", ", ".join(e.topics),
                     say("online") if e.online else say("in person"), say(e.kind), hours(e.hours),
                     hours(counted[e.id].counted)]
                    for e in inside],
        "not_counted": entry_notes(status),
        "documents": [[d.label, "" if d.verified else check()] for d in status.documents],
        "note": status.note,
        "attachments": [{"file": attachment_label(i + 1, info.name), "name": info.name,
                         "type": say(TYPES[info.media_type]), "for": what, "sha256": info.sha256,
                         "size": str(info.size), "pages": str(pages)}
                        for i, (info, what, pages) in enumerate(attachments)],
    }


def standing(data: dict) -> str:
    """The sentence that says where the renewal stands (printed, and checked by verify)."""
    with drawing(data):
        return say("Counted toward renewal: {counted} h. Ready to renew: {ready}.", counted=data["counted"],
                   ready=data["ready"])


def render_summary(data: dict) -> bytes:
    """The packet's own pages, from the data alone (verify redraws them to compare), in the
    language and fonts the data names."""
    with drawing(data):
        return _render_summary(data)


def _render_summary(data: dict) -> bytes:
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Spacer

    from trainer.reports.layout import (
        WIDTH,
        build_pdf,
        header_block,
        identity_table,
        para,
        signature_lines,
        table,
    )

    code = code_of(data)
    cert, cycle = data["certification"], data["cycle"]
    story = [*header_block(data, say("Renewal packet"), None), identity_table(data, code), Spacer(1, 6)]
    rows = [[say("Certificate number"), cert["number"]], [say("Certified on"), cert["certified_on"]],
            [say("Expires on"), cert["expires_on"]],
            [say("This cycle"), say("{start} to {end}", start=cycle[0], end=cycle[1])]]
    if cycle[2]:
        rows.append([say("Note"), cycle[2]])
    story.append(table([[para(a, "cell"), para(b, "cell")] for a, b in rows], [3.8 * cm, WIDTH - 3.8 * cm],
                       header=False))
    story += [para(say("Where the renewal stands"), "h2"), para(standing(data))]
    story += [para(f"• {line}", "body") for line in data["requirements"]]
    if data["note"]:
        story.append(para(data["note"], "small"))
    story += [para(say("Training summary"), "h2")]
    if data["summary"]:
        widths = [1.8 * cm, 4.6 * cm, 3.4 * cm, 2.2 * cm, 2.2 * cm, 1.6 * cm, 1.2 * cm, 1.3 * cm]
        head = ["Date", "Title", "Sponsor", "Provider no.", "Topics", "Format", "Hours", "Counted"]
        body = [[para(cell, "tiny") for cell in (r[0], r[1], r[2], r[3], r[4], f"{r[5]}, {r[6]}", r[7], r[8])]
                for r in data["summary"]]
        story.append(table([head, *body], widths, long=True, font_size=7, padding=3))
    else:
        story.append(para(say("No continuing education is logged in this cycle yet.")))
    if data["not_counted"]:
        story += [para(say("Not counted"), "h3")] + [para(f"• {line}", "small") for line in data["not_counted"]]
    if data["documents"]:
        story.append(para(say("Documents the board asks for"), "h2"))
        story += [para(f"[  ] {label}" + (f" ({check})" if check else ""), "body") for label, check in data["documents"]]
    story.append(para(say("Attached"), "h2"))
    if data["attachments"]:
        head = ["#", "File", "Proves", "Type", "Pages", "SHA-256 (first 16)"]
        body = [[str(i + 1), para(a["name"], "tiny"), para(a["for"], "tiny"), a["type"], a["pages"], a["sha256"][:16]]
                for i, a in enumerate(data["attachments"])]
        widths = [0.7 * cm, 4.4 * cm, 5.6 * cm, 2 * cm, 1.1 * cm, WIDTH - 13.8 * cm]
        story.append(table([head, *body], widths, font_size=7, padding=3))
    else:
        story.append(para(say("No certificates or letters are attached.")))
    story.append(KeepTogether([para(say("Signatures"), "h2"), signature_lines()]))
    return build_pdf(story, data, say("Renewal packet"), say("Renewal packet of {trainee} for {name}",
                                                             trainee=data["trainee"], name=data["profile"]["name"]))


def stamp_text(data: dict, index: int, name: str) -> str:
    with drawing(data):
        return say("{trainee} · Verification code {code} · Attachment {index}: {name}", trainee=data["trainee"],
                   code=code_of(data), index=index, name=name)[:150]


def _stamp(width: float, height: float, text: str, font: str = "Helvetica") -> bytes:
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width, height))
    page.setFillColor(colors.white)
    page.rect(0, 0, width, 16, stroke=0, fill=1)  # the stamp stays readable over a scan
    page.setFillColor(colors.black)
    draw_covered(page, 12, 5, text, font, 7.5)
    page.save()
    return buffer.getvalue()


def _image_page(payload: bytes, text: str, font: str = "Helvetica") -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = ImageReader(io.BytesIO(payload))
    width, height = image.getSize()
    room_w, room_h = letter[0] - 72, letter[1] - 90
    ratio = min(room_w / width, room_h / height, 1.0)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.drawImage(image, 36, 54 + (room_h - height * ratio), width * ratio, height * ratio)
    draw_covered(page, 12, 5, text, font, 7.5)
    page.save()
    return buffer.getvalue()


def page_count(payload: bytes, media_type: str) -> int:
    if media_type != "application/pdf":
        return 1
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(payload)).pages)


def assemble(data: dict, payloads: list[tuple[bytes, str]]) -> bytes:
    """The summary, then each attachment (payload, media type) in data's order, stamped with the
    code, and each embedded whole."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(render_summary(data)))
    with drawing(data):  # the stamps in the packet's fonts
        _append(writer, data, payloads, fonts()[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _append(writer, data: dict, payloads: list[tuple[bytes, str]], font: str) -> None:
    from pypdf import PdfReader

    for index, ((payload, media_type), item) in enumerate(zip(payloads, data["attachments"], strict=True), 1):
        text = stamp_text(data, index, item["name"])
        if media_type == "application/pdf":
            for source in PdfReader(io.BytesIO(payload)).pages:
                page = writer.add_page(source)  # merged once it is the writer's (pypdf 7)
                box = page.mediabox
                page.merge_page(PdfReader(io.BytesIO(_stamp(float(box.width), float(box.height), text, font))).pages[0])
        else:
            writer.add_page(PdfReader(io.BytesIO(_image_page(payload, text, font))).pages[0])
        writer.add_attachment(item["file"], payload)
