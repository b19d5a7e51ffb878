"""Shared helpers of the fake Lizard server: errors, responses, times and durations."""

import datetime as dt
import functools
import json
import re
import unicodedata

UTC = dt.timezone.utc
EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)

# status -> (message, default detail) of Lizard's error bodies ("Resource not found. #404.10").
_ERRORS = {
    400: ("Bad request.", "Bad request."),
    401: ("Authentication failed.", "Invalid username/password."),
    403: ("Permission denied.", "You do not have permission to perform this action."),
    404: ("Resource not found.", "Not found."),
    405: ("Method not allowed.", "Method not allowed."),
    413: ("Request entity too large.", "Request body too large."),
    415: ("Unsupported media type.", "Unsupported media type in request."),
    429: ("Too many requests.", "Request was throttled."),
    500: ("Internal server error.", "A server error occurred."),
    502: ("Bad gateway.", "Bad gateway."),
    503: ("Service unavailable.", "Service temporarily unavailable, try again later."),
    504: ("Gateway timeout.", "Gateway timeout."),
}
ERROR_CODE = 10


class ApiError(Exception):
    """Raised by request handlers; becomes a Lizard error body."""

    def __init__(self, status, detail=None, headers=None):
        super().__init__(status, detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})


class Response:
    """A complete HTTP answer: status, headers and body bytes."""

    def __init__(self, status, body=b"", content_type="application/json", headers=None):
        self.status = status
        self.body = body
        self.headers = dict(headers or {})
        if content_type:
            self.headers["Content-Type"] = content_type


def json_response(status, data, headers=None):
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Response(status, body, headers=headers)


def error_body(status, detail=None):
    message, default_detail = _ERRORS.get(status, ("Error.", "Error."))
    return {
        "status": status,
        "code": ERROR_CODE,
        "message": f"{message} #{status}.{ERROR_CODE}",
        "detail": default_detail if detail is None else detail,
    }


def error_response(status, detail=None, headers=None):
    return json_response(status, error_body(status, detail), headers=headers)


# --- times -------------------------------------------------------------------------------------------

_DATETIME_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?)?"
    r"\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?"
)


@functools.lru_cache(maxsize=200000)
def parse_datetime(text):
    """ISO 8601 (date, date+time, optional fraction and offset; naive means UTC) -> aware datetime.

    Raises ValueError for anything else.
    """
    m = _DATETIME_RE.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not an ISO 8601 date/time: {text!r}")
    year, month, day, hour, minute, second, fraction, offset = m.groups()
    tz = UTC
    if offset and offset not in "Zz":
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:] or 0)
        tz = dt.timezone(sign * dt.timedelta(minutes=minutes))
    value = dt.datetime(
        int(year),
        int(month),
        int(day),
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        int((fraction or "0").ljust(6, "0")),
        tzinfo=tz,
    )
    return value.astimezone(UTC)


def parse_datetime_or_ms(text):
    """ISO 8601 or milliseconds since the epoch (as the buildings' start/end filters take)."""
    if re.fullmatch(r"-?\d+", text.strip()):
        return from_epoch_ms(int(text))
    return parse_datetime(text)


def format_datetime(value):
    """DRF's rendering: UTC with a Z, microseconds only when not zero."""
    if value is None:
        return None
    value = value.astimezone(UTC)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    return text + "Z"


def to_epoch_ms(value):
    return (value - EPOCH) // dt.timedelta(milliseconds=1)


def from_epoch_ms(ms):
    return EPOCH + dt.timedelta(milliseconds=ms)


def now():
    return dt.datetime.now(UTC)


# --- durations (Django DurationField) ---------------------------------------------------------------

_DURATION_RE = re.compile(
    r"(?:(?P<days>-?\d+) (?:days?,? )?)?(?:(?P<hours>\d+):)??(?:(?P<minutes>\d+):)?"
    r"(?P<seconds>\d+)(?:[.,](?P<micro>\d{1,6})\d*)?"
)
_ISO_DURATION_RE = re.compile(
    r"P(?:(?P<days>\d+(?:[.,]\d+)?)D)?(?:T(?:(?P<hours>\d+(?:[.,]\d+)?)H)?"
    r"(?:(?P<minutes>\d+(?:[.,]\d+)?)M)?(?:(?P<seconds>\d+(?:[.,]\d+)?)S)?)?"
)


def parse_duration(text):
    """'01:00:00', '1 00:00:00', '3 days 04:05:06', 'P0DT1H0M0S' -> timedelta; ValueError otherwise."""
    text = str(text).strip()
    m = _ISO_DURATION_RE.fullmatch(text)
    if m and text not in ("P", "PT") and not text.endswith("T"):
        parts = {k: float((v or "0").replace(",", ".")) for k, v in m.groupdict().items()}
        return dt.timedelta(**parts)
    m = _DURATION_RE.fullmatch(text)
    if not m:
        raise ValueError(f"not a duration: {text!r}")
    parts = m.groupdict()
    micro = int((parts.pop("micro") or "0").ljust(6, "0"))
    value = dt.timedelta(**{k: int(v) for k, v in parts.items() if v}, microseconds=micro)
    return value


def format_duration(value):
    """Django's duration_string: '01:00:00', '1 00:00:00', '00:00:00.500000'."""
    days, rest = value.days, value.seconds
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    if days:
        text = f"{days} {text}"
    if value.microseconds:
        text += f".{value.microseconds:06d}"
    return text


# --- misc -------------------------------------------------------------------------------------------


def slugify(text, separator="_"):
    """ASCII slug: 'Neerslag ’s-Hertogenbosch' -> 'neerslag_s_hertogenbosch'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.replace("'", "")
    return re.sub(r"[^a-z0-9]+", separator, ascii_text.lower()).strip(separator)


def uuid_from_url(url):
    """The last path segment of an object URL (its uuid or id)."""
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
