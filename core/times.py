"""Times: the one module that parses and formats them (upload, events, export, download, WMS, details).

Reading (:func:`parse`, :func:`to_utc`, :func:`to_ms`) accepts ISO 8601 with or without a zone (``Z``,
``UTC``, ``+02:00``), a date alone, the compact ``20240101T000000Z`` of file names, Python and Qt dates and
times, and epoch milliseconds. Everything comes out as an aware UTC ``datetime``.

**A time without a zone** is a wall-clock time in ``zone``: UTC unless the caller passes another (an IANA
name such as ``Europe/Amsterdam`` or a ``tzinfo``). Summer time follows the zone's rules. Around a switch:

- a wall-clock time that occurs twice (autumn, e.g. 02:30 on 2024-10-27 in Amsterdam) is read as the first
  of the two, still in summer time (00:30Z);
- a wall-clock time that does not exist (spring, e.g. 02:30 on 2024-03-31 in Amsterdam) is read with the
  offset from before the switch, so it lands an hour later on the clock (03:30 summer time, 01:30Z).

A ``QDateTime`` that OGR or delimited text gives for a zone-less value has the ``LocalTime`` spec: its date
and clock are read as that wall-clock time in ``zone``, never shifted by this machine's UTC offset. A
``QDateTime`` with a UTC, offset or time-zone spec keeps its instant, as does an aware ``datetime``.

Writing: :func:`iso_utc` (``2024-05-01T12:00:00Z``), :func:`iso_utc_ms` (milliseconds when not zero),
:func:`compact_utc` (``20240501T120000Z`` for file names), :func:`iso_duration` (``PT1H``, for WMS-T and
for people), :func:`lizard_interval` (``P0DT1H0M0S``, a rastersource's ``interval`` as Lizard takes it) and
:func:`iso_interval` (``start/end/PT1H``); for people :func:`display_utc` (``2024-05-01 12:00 UTC``) and
:func:`display_local` (this machine's clock, the UTC time noted).
"""

import datetime
import re
import zoneinfo

from . import errors
from .i18n import tr

UTC = datetime.timezone.utc
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=UTC)
_UTC_NAMES = ("", "UTC", "Z", "GMT", "ETC/UTC")

# ------------------------------------------------------------------------------------------ zones


def time_zone(zone=None):
    """The ``tzinfo`` for ``zone``: a ``tzinfo`` as it is, an IANA name, or UTC for None/empty/"UTC".
    An unknown name raises :class:`~core.errors.InvalidRequestError` with one sentence."""
    if isinstance(zone, datetime.tzinfo):
        return zone
    name = str(zone or "").strip()
    if name.upper() in _UTC_NAMES:
        return UTC
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise errors.InvalidRequestError(
            tr("“{zone}” is not a time zone; choose UTC or a name like Europe/Amsterdam.").format(zone=name)
        ) from None


def zone_names():
    """``UTC`` then the IANA zones (``Europe/Amsterdam``, …) this machine knows, sorted."""
    names = {name for name in zoneinfo.available_timezones() if "/" in name and not name.startswith("Etc/")}
    return ["UTC"] + sorted(names)


def wall_clock(moment, zone=None):
    """An aware UTC datetime for the naive ``moment`` read as a wall-clock time in ``zone`` (see the
    module's rules for the summer-time switch)."""
    return moment.replace(tzinfo=time_zone(zone), fold=0).astimezone(UTC)


# ---------------------------------------------------------------------------------------- reading

_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$", re.IGNORECASE)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})()(Z)$", re.IGNORECASE)


def parse(text, zone=None):
    """An aware UTC datetime from ISO 8601 text (``2020-01-01T06:00:00Z``, ``2020-01-01 06:00``,
    ``2020-01-01``, ``...+01:00``, ``20200101T060000Z``); no zone means a wall-clock time in ``zone``
    (UTC by default). ``ValueError`` when it is not one."""
    value = str(text).strip()
    match = _ISO.match(value) or _COMPACT.match(value)
    if not match:
        raise ValueError(text)
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    moment = datetime.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                               int(second or 0), int((fraction or "0")[:6].ljust(6, "0")))
    offset = (offset or "").upper()
    if not offset:
        return wall_clock(moment, zone)
    if offset in ("Z", "UTC", "GMT"):
        return moment.replace(tzinfo=UTC)
    digits = offset[1:].replace(":", "")
    delta = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    return moment.replace(tzinfo=datetime.timezone(delta if offset[0] == "+" else -delta)).astimezone(UTC)


def parse_list(text, zone=None):
    """Times separated by commas, semicolons or new lines, as aware UTC datetimes; an
    :class:`~core.errors.ExportError` naming the first that is not ISO 8601. Empty text gives ``[]``."""
    result = []
    for piece in re.split(r"[,;\n]+", text or ""):
        if not piece.strip():
            continue
        try:
            result.append(parse(piece, zone))
        except ValueError:
            raise errors.ExportError(tr("“{text}” is not an ISO 8601 date and time in UTC, for example "
                                        "2020-01-01T06:00:00Z.").format(text=piece.strip())) from None
    return result


def _is_qdatetime(value):
    return hasattr(value, "toMSecsSinceEpoch") and hasattr(value, "timeSpec")


def _from_qdatetime(value, zone):
    from qgis.PyQt.QtCore import Qt

    date, clock = value.date(), value.time()
    if value.timeSpec() == Qt.TimeSpec.LocalTime and date.isValid() and clock.isValid():
        # Zone-less: the wall clock, not this machine's zone. Qt calls a local time that this machine skips
        # (its own summer-time switch) invalid, but keeps the date and clock, which are what counts here.
        return wall_clock(datetime.datetime(date.year(), date.month(), date.day(), clock.hour(),
                                            clock.minute(), clock.second(), clock.msec() * 1000), zone)
    return from_ms(value.toMSecsSinceEpoch()) if value.isValid() else None


_QT = None  # (QDateTime, its ISO format, LocalTime, UTC), looked up once: qdatetime_utc runs per feature


def _qt():
    global _QT
    if _QT is None:
        from qgis.PyQt.QtCore import QDateTime, Qt

        _QT = (QDateTime, Qt.DateFormat.ISODateWithMs, Qt.TimeSpec.LocalTime, Qt.TimeSpec.UTC)
    return _QT


def qdatetime_utc(text):
    """Lizard's ISO 8601 text (or any time :func:`to_utc` reads) as a UTC ``QDateTime`` (a layer's DateTime
    value, a date-time field), or None when empty or not a time. Zone-less text is UTC, never this machine's
    zone. Fast for text (one Qt parse, no ``datetime``): a layer of buildings has three per feature."""
    if text is None or text == "":
        return None
    qdatetime, iso, local, utc = _QT or _qt()
    if not isinstance(text, str):
        value = to_utc(text)
        return None if value is None else qdatetime.fromMSecsSinceEpoch(to_ms(value), utc)
    moment = qdatetime.fromString(text, iso)
    if moment.isValid():
        spec = moment.timeSpec()
        if spec == local:
            moment.setTimeSpec(utc)  # the date and clock kept: read as UTC
        elif spec != utc:
            moment = moment.toUTC()
        return moment
    value = to_utc(text)  # e.g. a zone-less time this machine's own summer-time switch skips
    return None if value is None else qdatetime.fromMSecsSinceEpoch(to_ms(value), utc)


def to_utc(value, zone=None):
    """An aware UTC datetime from a datetime, date, QDateTime, QDate or ISO text (naive or zone-less: a
    wall-clock time in ``zone``, UTC by default); None when empty or not a time."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return wall_clock(value, zone) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, datetime.date):
        return wall_clock(datetime.datetime(value.year, value.month, value.day), zone)
    if _is_qdatetime(value):
        return _from_qdatetime(value, zone)
    if hasattr(value, "toPyDate"):  # QDate
        return wall_clock(datetime.datetime(value.year(), value.month(), value.day()), zone) \
            if value.isValid() else None
    try:
        return parse(value, zone)
    except ValueError:
        return None


def from_ms(ms):
    """Epoch milliseconds -> aware UTC datetime."""
    return _EPOCH + datetime.timedelta(milliseconds=int(ms))


def to_ms(value, zone=None):
    """Epoch milliseconds from epoch milliseconds or anything :func:`to_utc` reads; None for None.
    ``ValueError`` for text that is not a time."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    moment = to_utc(value, zone)
    if moment is None:
        raise ValueError(value)
    return (moment - _EPOCH) // datetime.timedelta(milliseconds=1)


def loose_utc(value):
    """An aware UTC datetime from ISO text (zone-less = UTC) or epoch seconds or milliseconds (a number or
    digits; 1e11 and more is milliseconds); None when empty or not a time. For answers whose time format is
    not documented."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if value != value or abs(value) > 1e15:  # NaN, or beyond what a datetime holds
            return None
        return from_ms(value if abs(value) >= 1e11 else value * 1000)
    text = str(value).strip()
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return loose_utc(float(text))
    return to_utc(text)


def utc_ms_array(values):
    """``numpy.datetime64[ms]`` (UTC) of a sequence of ISO texts or epoch numbers as Lizard gives them;
    NaT where a value is not a time. ISO texts ending in ``Z`` (what Lizard sends) are parsed by numpy in
    one go; anything else one by one through :func:`loose_utc`."""
    import numpy

    values = list(values)
    if values and all(isinstance(v, str) and v.endswith(("Z", "z")) for v in values):
        try:
            return numpy.array([v[:-1] for v in values], dtype="datetime64[ms]")
        except ValueError:
            pass
    result = numpy.empty(len(values), dtype="datetime64[ms]")
    for index, value in enumerate(values):
        moment = loose_utc(value)
        result[index] = numpy.datetime64("NaT") if moment is None else to_ms(moment)
    return result


# ---------------------------------------------------------------------------------------- writing


def _aware(moment):
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso_utc(moment):
    """``2020-01-01T00:00:00Z`` for a datetime (naive ones are taken as UTC)."""
    return _aware(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_utc_ms(moment):
    """``2020-01-01T00:00:00Z``, or ``2020-01-01T00:00:00.250Z`` when the milliseconds are not zero; a
    datetime (naive = UTC) or epoch milliseconds."""
    moment = from_ms(moment) if isinstance(moment, (int, float)) else _aware(moment)
    millis = moment.microsecond // 1000
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + (".{:03d}Z".format(millis) if millis else "Z")


def display_utc(value, seconds=False, zone=True):
    """A time for people, in UTC and saying so: ``2024-08-12 14:39 UTC`` (``""`` when not a time).

    ``seconds``: False never shows them, True always, None only when they are not zero
    (``2024-08-12 14:39:30 UTC``); ``zone=False`` leaves out `` UTC`` where the text around it says so."""
    moment = to_utc(value)
    if moment is None:
        return ""
    shown = seconds or (seconds is None and moment.second)
    return moment.strftime("%Y-%m-%d %H:%M" + (":%S" if shown else "") + (" UTC" if zone else ""))


def display_local(value):
    """A time for people, on this machine's clock with the UTC time noted: ``2024-08-12 16:39 (14:39 UTC)``
    (``2024-08-12 14:39 UTC`` where the machine keeps UTC; ``""`` when not a time)."""
    moment = to_utc(value)
    if moment is None:
        return ""
    local = moment.astimezone()
    if local.utcoffset() == datetime.timedelta(0):
        return display_utc(moment)
    same_day = local.date() == moment.date()
    return "{} ({} UTC)".format(local.strftime("%Y-%m-%d %H:%M"),
                                moment.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M"))


def compact_utc(moment):
    """``20200101T000000Z`` for a datetime (naive = UTC): a time in a file name."""
    return _aware(moment).strftime("%Y%m%dT%H%M%SZ")


def utc_timestamp(value, zone=None):
    """``YYYY-MM-DDThh:mm:ssZ`` for a time someone gave (see :func:`to_utc`); None when empty. Text that is
    not a time raises :class:`~core.errors.InvalidRequestError` with one sentence."""
    if value is None or value == "":
        return None
    moment = to_utc(value, zone)
    if moment is None:
        raise errors.InvalidRequestError(
            tr("“{value}” is not a date and time; write it like 2024-05-01T12:00:00Z.").format(value=value))
    return iso_utc(moment)


# -------------------------------------------------------------------------------------- durations

_CLOCK = re.compile(r"^(?:(\d+)\s+(?:days?,?\s*)?)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$")
_ISO_DURATION = re.compile(r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
_UNIT = re.compile(r"^(\d+(?:\.\d+)?)\s*([a-z]+?)s?$")
_UNITS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hr": 3600, "hour": 3600,
          "d": 86400, "day": 86400, "w": 604800, "week": 604800}


def _seconds(text):
    text = str(text).strip()
    clock = _CLOCK.match(text)
    if clock:
        days, hours, minutes, seconds = (int(x or 0) for x in clock.groups())
        return ((days * 24 + hours) * 60 + minutes) * 60 + seconds
    iso = _ISO_DURATION.match(text.upper())
    if iso and text.upper() != "P":
        weeks, days, hours, minutes = (int(x or 0) for x in iso.groups()[:4])
        return (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + float(iso.group(5) or 0)
    unit = _UNIT.match(text.lower())
    if unit and unit.group(2) in _UNITS:
        return float(unit.group(1)) * _UNITS[unit.group(2)]
    return None


def duration_seconds(value):
    """Seconds in a duration: Lizard's spellings (``01:00:00``, ``1 00:00:00``, ``1 day, 0:00:00``,
    ``P0DT1H0M0S``) and people's (``1h``, ``15min``, ``1d``, ``PT1H``, ``01:30``); None when empty, zero
    or not a duration."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime.timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, (int, float)):
        seconds = value
    else:
        seconds = _seconds(value)
    return seconds if seconds and seconds > 0 else None


def _parts(seconds):
    seconds = int(round(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return days, hours, minutes, secs


def iso_duration(seconds):
    """``PT1H``, ``P1D``, ``PT5M``, ``P1DT12H`` for a number of seconds (WMS-T extents, what people read)."""
    days, hours, minutes, secs = _parts(seconds)
    clock = "".join("{}{}".format(v, u) for v, u in ((hours, "H"), (minutes, "M"), (secs, "S")) if v)
    return "P" + ("{}D".format(days) if days else "") + ("T" + clock if clock else "")


def lizard_interval(value):
    """A rastersource's ``interval`` as Lizard takes it (``P0DT1H0M0S``) from seconds, a timedelta,
    ``hh:mm:ss``, ``1h``/``15min``/``1d``; ISO text (``P1D``) goes as given. None when empty; anything else
    raises :class:`~core.errors.InvalidRequestError` with one sentence."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, (int, float)):
        seconds = float(value)
    else:
        text = str(value).strip()
        if text.upper().startswith("P"):
            return text.upper()
        seconds = _seconds(text)
        if seconds is None:
            raise errors.InvalidRequestError(
                tr("“{value}” is not an interval; write it like 01:00:00, 1h, 15min or P1D.").format(value=value))
    if seconds <= 0:
        raise errors.InvalidRequestError(tr("The interval must be longer than zero."))
    return "P{}DT{}H{}M{}S".format(*_parts(seconds))


def iso_interval(start, end, seconds=None):
    """``start/end`` (ISO 8601 UTC), with ``/PT1H`` when the step is known: a WMS-T time extent."""
    text = "{}/{}".format(iso_utc(start), iso_utc(end))
    return "{}/{}".format(text, iso_duration(seconds)) if seconds else text
