"""The transfer note as it prints: a plain view for ``reports.transfers``.

Only a shipped transfer has a note (a draft has no number yet). Once goods
have arrived or the transfer was closed with a shortage, the view carries
what was received and each shortage (when, by whom, why), so a note printed
after closing is the complete record.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from erp_desktop.domain.transfer import TransferEventKind
from erp_desktop.errors import StateError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.reports.transfers import ShortageView, TransferNote, TransferNoteLine
from erp_desktop.reports.views import ItemView, PlaceView
from erp_desktop.services.printing import company_view
from erp_desktop.services.transfers.orders import Place, transfer_view


def _place(place: Place) -> PlaceView:
    return PlaceView(place.code, place.name, place.address)


def transfer_note_print(session: Session, user_id: int, transfer_id: int) -> TransferNote:
    view = transfer_view(session, user_id, transfer_id)
    if view.number is None or view.ship_date is None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Only a shipped transfer has a transfer note.")
        )
    lines = tuple(
        TransferNoteLine(
            line_no=line.line_no,
            item=ItemView(
                line.item.code,
                line.item.name,
                line.item.spec,
                line.item.base_unit,
                line.item.unit_precision,
            ),
            shipped=line.shipped,
            received=line.received,
            short=line.short,
        )
        for line in view.lines
    )
    return TransferNote(
        company=company_view(session),
        number=view.number,
        ship_date=view.ship_date,
        planned_date=view.planned_date,
        carrier=view.carrier,
        shipped_by=view.shipped_by or "",
        note=view.note,
        source=_place(view.source),
        destination=_place(view.destination),
        lines=lines,
        arrived=any(line.received or line.short for line in lines),
        shortages=tuple(
            ShortageView(event.event_date, event.by, event.reason, event.note)
            for event in view.events
            if event.kind == TransferEventKind.SHORTAGE
        ),
    )
