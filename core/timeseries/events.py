"""Timeseries events from a table or layer to ``/api/v4/timeseries/<uuid>/events/``.

:func:`events_from_rows` turns rows (feature id, time, value, flag, comment) into Lizard events with ISO
8601 UTC times, and refuses — before anything is sent — rows without a usable time or value and duplicate
times (naming the rows). :func:`upload_events` sends them as JSON in batches and returns how many events
Lizard stored.
"""

import math

from .. import errors
from ..client import cancel_check
from ..i18n import tr
from ..log import get_logger
from ..query import check_uuid
from ..times import iso_utc_ms, to_utc

log = get_logger("events")

BATCH_SIZE = 5000
MAX_NAMED = 5  # rows named in a message; the rest are counted


class EventsError(errors.LizardError):
    """Rows that cannot become events; ``rows`` lists the offending row ids."""

    def __init__(self, message, rows=None, **kwargs):
        super().__init__(message, **kwargs)
        self.rows = list(rows or [])


def _named(ids):
    shown = ", ".join(str(i) for i in ids[:MAX_NAMED])
    if len(ids) > MAX_NAMED:
        shown = tr("{shown} and {more} more").format(shown=shown, more=len(ids) - MAX_NAMED)
    return shown


def _number(value):
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():  # QVariant NULL
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        if not text:
            return None
        number = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    if math.isnan(number) or math.isinf(number):
        return None
    return number


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull()) or value == ""


def events_from_rows(rows, *, skip_empty_values=True, zone=None):
    """Events from ``(row_id, time, value, flag, comment)`` tuples (flag/comment may be None).

    A time without a zone (text, a naive datetime, a date, or a QDateTime with the local-time spec as OGR
    and delimited text give them) is a wall-clock time in ``zone`` (an IANA name or tzinfo; UTC when None),
    see :mod:`core.times`.

    Returns ``(events, skipped)``: ``events`` sorted by time, ``skipped`` the ids of rows left out because
    their value is empty (with ``skip_empty_values``; otherwise they are an error). A row whose time is
    empty or not a time, a value that is not a number, and two rows with the same time raise
    :class:`EventsError` naming the rows.
    """
    events = {}
    first_row = {}
    duplicates = []
    bad_time, bad_value, skipped = [], [], []
    for row_id, time_value, value, flag, comment in rows:
        moment = None if _is_null(time_value) else to_utc(time_value, zone)
        if moment is None:
            bad_time.append(row_id)
            continue
        try:
            number = None if _is_null(value) else _number(value)
        except ValueError:
            bad_value.append(row_id)
            continue
        if number is None:
            if skip_empty_values:
                skipped.append(row_id)
                continue
            bad_value.append(row_id)
            continue
        stamp = iso_utc_ms(moment)
        if stamp in events:
            duplicates.append((first_row[stamp], row_id, stamp))
            continue
        event = {"time": stamp, "value": number}
        if not _is_null(flag):
            try:
                event["flag"] = int(_number(flag))
            except (TypeError, ValueError):
                bad_value.append(row_id)
                continue
        if not _is_null(comment):
            event["comment"] = str(comment)
        events[stamp] = event
        first_row[stamp] = row_id
    if bad_time:
        raise EventsError(
            tr("{count} rows have no usable time (rows {rows}); every event needs a date and time.").format(
                count=len(bad_time), rows=_named(bad_time)), rows=bad_time)
    if bad_value:
        raise EventsError(
            tr("{count} rows have a value or flag that is not a number (rows {rows}).").format(
                count=len(bad_value), rows=_named(bad_value)), rows=bad_value)
    if duplicates:
        pairs = ["{} = {} ({})".format(a, b, stamp) for a, b, stamp in duplicates]
        raise EventsError(
            tr("{count} rows repeat a time that another row already has: {pairs}. Lizard refuses duplicate "
               "times in one upload; remove or merge them.").format(count=len(duplicates), pairs=_named(pairs)),
            rows=[b for _a, b, _s in duplicates])
    return [events[key] for key in sorted(events)], skipped


def upload_events(client, timeseries_uuid, events, *, batch_size=BATCH_SIZE, progress=None, cancel=None):
    """POST ``events`` in batches; return the number of events Lizard stored (from its answers).

    ``progress(sent, total)`` after each batch. A failing batch raises with the number already stored in
    ``error.details`` (the earlier batches stay stored: Lizard creates or updates by time, so sending the
    same events again is harmless).
    """
    path = "timeseries/{}/events/".format(check_uuid(timeseries_uuid, tr("timeseries")))
    cancelled = cancel_check(cancel)
    stored = 0
    total = len(events)
    for start in range(0, total, max(1, int(batch_size))):
        if cancelled():
            raise errors.CancelledError()
        batch = events[start:start + batch_size]
        try:
            answer = client.post(path, batch, cancel=cancel)
        except errors.LizardError as exc:
            if stored:
                exc.details = (exc.details + " | " if exc.details else "") + "{} events stored before".format(stored)
                exc.message = tr("{error} ({stored} events were stored before this batch.)").format(
                    error=exc.message, stored=stored)
                exc.args = (exc.message,)
            raise
        stored += len(answer) if isinstance(answer, list) else len(batch)
        if progress is not None:
            progress(min(start + len(batch), total), total)
    log.info("Stored %d events in timeseries %s", stored, timeseries_uuid)
    return stored


def rows_from_source(source, time_field, value_field, flag_field=None, comment_field=None, *, cancel=None,
                     selected_ids=None):
    """``(feature id, time, value, flag, comment)`` rows from a QGIS layer or feature source (any table).

    Only the named attributes are read (no geometry). A field name that the source lacks raises
    :class:`EventsError` naming it. ``selected_ids`` limits the rows to those feature ids.
    """
    from qgis.core import QgsFeatureRequest

    fields = source.fields()
    names = [time_field, value_field] + [name for name in (flag_field, comment_field) if name]
    missing = [name for name in names if fields.indexFromName(name) < 0]
    if missing:
        raise EventsError(tr("The layer has no field {fields}.").format(fields=", ".join(missing)))
    indexes = [fields.indexFromName(name) if name else -1 for name in (time_field, value_field, flag_field,
                                                                        comment_field)]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([i for i in indexes if i >= 0])
    if selected_ids is not None:
        request.setFilterFids(list(selected_ids))
    cancelled = cancel_check(cancel)
    rows = []
    for feature in source.getFeatures(request):
        if cancelled():
            raise errors.CancelledError()
        attrs = feature.attributes()
        rows.append(tuple([feature.id()] + [attrs[i] if i >= 0 else None for i in indexes]))
    return rows
