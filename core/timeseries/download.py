"""Events of Lizard timeseries (``/api/v4/timeseries/<uuid>/events/``), read page by page.

:func:`download_events` follows ``next`` and hands every page of rows to ``sink`` as it comes in, so a
caller writes as it goes and never holds a whole series. ``start`` and ``end`` go through
:mod:`core.times` (a time without a zone is UTC) and are sent as ISO 8601 UTC.
"""

import datetime

from .. import errors
from ..client import cancel_check
from ..i18n import tr
from ..query import check_uuid
from ..times import iso_utc_ms, to_utc

PAGE_SIZE = 10000
FIELDS = ("time", "value", "flag", "validation_code", "comment")
# Whether Lizard's ``end`` is inclusive is not documented: a period that includes its end asks this much beyond it.
END_PAST = datetime.timedelta(milliseconds=1)


def _moment(value, what):
    if value is None or value == "" or (hasattr(value, "isNull") and value.isNull()):
        return None
    moment = to_utc(value)
    if moment is None:
        raise errors.InvalidRequestError(
            tr("The {what} time “{value}” is not a date and time.").format(what=what, value=value))
    return moment


def time_params(begin, finish, inclusive=True):
    """``{start, end}`` of two moments (aware UTC or None) as ISO 8601 UTC for the events and aggregates
    endpoints. ``inclusive``: an event exactly at ``finish`` is part of the period, whether Lizard's ``end``
    is inclusive or not (a millisecond beyond ``finish`` is asked; :data:`END_PAST`)."""
    params = {}
    if begin is not None:
        params["start"] = iso_utc_ms(begin)
    if finish is not None:
        params["end"] = iso_utc_ms(finish + END_PAST if inclusive else finish)
    return params


def period_params(start=None, end=None, inclusive=True):
    """``{start, end}`` as ISO 8601 UTC for the events endpoint (see :func:`time_params`); refuses an end
    before the start."""
    begin, finish = _moment(start, tr("start")), _moment(end, tr("end"))
    if begin is not None and finish is not None and finish < begin:
        raise errors.InvalidRequestError(tr("The end time is before the start time."))
    return time_params(begin, finish, inclusive=inclusive)


def event_row(event):
    """The fields of one event (loosely: a missing field is ``None``; the time as Lizard gave it, in UTC)."""
    if not isinstance(event, dict):
        return None
    row = {name: event.get(name) for name in FIELDS}
    moment = None
    if row["time"] not in (None, ""):
        try:
            moment = to_utc(row["time"])
        except (errors.LizardError, ValueError):
            moment = None
    row["time"] = iso_utc_ms(moment) if moment is not None else row["time"]
    return row


def download_events(client, timeseries_uuids, start=None, end=None, sink=None, cancel=None, progress=None):
    """Read the events of every series in turn; ``sink(timeseries_uuid, rows)`` per page of rows.

    ``progress(series_done, series_total, events_so_far)``. Returns the number of events read.
    """
    uuids = [check_uuid(value, tr("timeseries")) for value in timeseries_uuids]
    params = period_params(start, end)
    cancelled = cancel_check(cancel)
    total = 0
    for number, ts_uuid in enumerate(uuids, start=1):
        for page in client.pages("timeseries/{}/events/".format(ts_uuid), params, page_size=PAGE_SIZE,
                                 cancel=cancelled, concurrency=1):
            if cancelled():
                raise errors.CancelledError()
            rows = [row for row in (event_row(event) for event in page.results) if row is not None]
            total += len(rows)
            if sink is not None and rows:
                sink(ts_uuid, rows)
            if progress is not None:
                progress(number - 1, len(uuids), total)
        if progress is not None:
            progress(number, len(uuids), total)
    return total
