"""What every endpoint shares: the request, authentication, permissions, pagination and validation."""

import base64
import json
from operator import itemgetter
from urllib.parse import urlencode

from .filters import (
    ChoiceFilter,
    DateTimeFilter,
    TextFilter,
    UuidFilter,
    apply_filters,
    apply_ordering,
    parse_uuid,
)
from .multipart import BodyError, MultipartParser, parse_header_value
from .store import ACCESS_CODES, can_read, has_role
from .util import ApiError, format_duration, json_response, parse_datetime, parse_duration, uuid_from_url

MAX_JSON_BODY = 64 * 1024 * 1024
DEFAULT_PAGE_SIZE = 10
ACCESS_CHOICES = {}
for _name, _code in ACCESS_CODES.items():
    ACCESS_CHOICES[_name.lower()] = ACCESS_CHOICES[str(_code)] = _name
_WWW_AUTHENTICATE = {"WWW-Authenticate": 'Basic realm="api"'}
_DATETIME_FORMAT_MESSAGE = (
    "Datetime has wrong format. Use one of these formats instead: "
    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
)


class Request:
    """One parsed request; ``query`` maps a parameter to all its values, ``user`` is set by auth."""

    def __init__(self, method, path, query_pairs, headers, body):
        self.method = method
        self.path = path
        self.query_pairs = query_pairs
        self.query = {}
        for key, value in query_pairs:
            self.query.setdefault(key, []).append(value)
        self.headers = headers
        self.body = body
        self.user = None

    def param(self, name, default=None):
        values = self.query.get(name)
        return values[-1] if values else default

    @property
    def content_type(self):
        return parse_header_value(self.headers.get("Content-Type"))


def page_size(req, default, maximum):
    """DRF: a missing, non-integer or non-positive page_size means the default; larger is capped."""
    try:
        size = int(req.param("page_size"))
    except (TypeError, ValueError):
        return default
    return min(size, maximum) if size > 0 else default


def page_link(req, base_url, number):
    """The request's own URL with ``page`` replaced (and dropped for page 1, like DRF)."""
    pairs = [(key, value) for key, value in req.query_pairs if key != "page"]
    if number != 1:
        pairs.append(("page", str(number)))
    query = urlencode(pairs)
    return base_url + req.path + ("?" + query if query else "")


def paginate(req, base_url, items, render, maximum, default=DEFAULT_PAGE_SIZE):
    size = page_size(req, default, maximum)
    last = max(1, -(-len(items) // size))
    raw = req.param("page", "1")
    try:
        number = last if raw == "last" else int(raw)
    except ValueError:
        number = 0
    if not 1 <= number <= last:
        raise ApiError(404, "Invalid page.")
    start = (number - 1) * size
    return json_response(
        200,
        {
            "count": len(items),
            "next": page_link(req, base_url, number + 1) if number < last else None,
            "previous": page_link(req, base_url, number - 1) if number > 1 else None,
            "results": [render(obj) for obj in items[start : start + size]],
        },
    )


class Validator:
    """DRF-like validation of a JSON object: collects field -> [messages] and raises one 400."""

    def __init__(self, data):
        if not isinstance(data, dict):
            raise ApiError(
                400,
                {
                    "non_field_errors": [
                        f"Invalid data. Expected a dictionary, but got {type(data).__name__}."
                    ]
                },
            )
        self.data = data
        self.errors = {}

    def error(self, key, message):
        self.errors.setdefault(key, []).append(message)

    def absent(self, key, required):
        if key not in self.data:
            if required:
                self.error(key, "This field is required.")
            return True
        if self.data[key] is None:
            if required:
                self.error(key, "This field may not be null.")
            return True
        return False

    def string(self, key, required=True, max_length=255, default=None):
        if self.absent(key, required):
            return default
        value = self.data[key]
        if not isinstance(value, str):
            self.error(key, "Not a valid string.")
        elif required and not value.strip():
            self.error(key, "This field may not be blank.")
        elif len(value) > max_length:
            self.error(key, f"Ensure this field has no more than {max_length} characters.")
        else:
            return value
        return default

    def boolean(self, key, required=True, default=False):
        if self.absent(key, required):
            return default
        value = self.data[key]
        lowered = str(value).lower() if isinstance(value, (str, bool, int)) else None
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        self.error(key, "Must be a valid boolean.")
        return default

    def choice(self, key, choices, required=True):
        if self.absent(key, required):
            return None
        value = choices.get(str(self.data[key]).strip().lower())
        if value is None:
            self.error(key, f'"{self.data[key]}" is not a valid choice.')
        return value

    def duration(self, key, required=False):
        if self.absent(key, required):
            return None
        try:
            return format_duration(parse_duration(self.data[key]))
        except (ValueError, TypeError, OverflowError):
            self.error(
                key,
                "Duration has wrong format. Use one of these formats instead: [DD] [HH:[MM:]]ss[.uuuuuu].",
            )
            return None

    def related(self, key, index, label, required=True):
        """An object referred to by uuid (or by its URL)."""
        if self.absent(key, required):
            return None
        value = self.data[key]
        if not isinstance(value, str):
            self.error(key, f"Incorrect type. Expected {label} uuid, received {type(value).__name__}.")
            return None
        try:
            found = index.get(parse_uuid(uuid_from_url(value)))
        except ValueError:
            found = None
        if found is None:
            self.error(key, f'Invalid uuid "{value}" - {label} does not exist.')
        return found

    def check(self):
        if self.errors:
            raise ApiError(400, self.errors)


def parse_form_datetime(key, value):
    """A datetime from a form/JSON field; 400 with DRF's message when unreadable."""
    try:
        return parse_datetime(value)
    except (ValueError, TypeError, AttributeError):
        raise ApiError(400, {key: [_DATETIME_FORMAT_MESSAGE]}) from None


class ApiBase:
    """Authentication, permissions, rendering and the generic list/detail machinery."""

    def __init__(self, store, max_page_size):
        self.store = store
        self.max_page_size = max_page_size
        self.upload_dir = None

    # --- auth ----------------------------------------------------------------------------------------

    def authenticate(self, headers):
        """Basic auth ``__key__:<key>`` or the legacy ``username``/``password`` headers; None = anonymous."""
        header = headers.get("Authorization")
        if header:
            scheme, _, credentials = header.strip().partition(" ")
            if scheme.lower() == "basic":
                try:
                    decoded = base64.b64decode(credentials.strip(), validate=True).decode("utf-8")
                except ValueError:
                    raise ApiError(
                        401,
                        "Invalid basic header. Credentials not correctly base64 encoded.",
                        _WWW_AUTHENTICATE,
                    ) from None
                username, separator, password = decoded.partition(":")
                if not separator:
                    raise ApiError(401, "Invalid basic header. No credentials provided.", _WWW_AUTHENTICATE)
                return self._user_for(username, password)
        if headers.get("username") is not None or headers.get("password") is not None:
            return self._user_for(headers.get("username"), headers.get("password"))
        return None

    def _user_for(self, username, password):
        user = self.store.users_by_key.get(password) if username == "__key__" else None
        if user is None:
            raise ApiError(401, "Invalid username/password.", _WWW_AUTHENTICATE)
        return user

    @staticmethod
    def require_user(req):
        if req.user is None:
            raise ApiError(403, "Authentication credentials were not provided.")
        return req.user

    def require_supplier(self, req, organisation_uuid):
        user = self.require_user(req)
        if not has_role(user, organisation_uuid, "supplier"):
            name = self.store.index["organisations"][organisation_uuid]["name"]
            raise ApiError(403, f"You need the supplier role in organisation '{name}' to do this.")
        return user

    # --- objects -------------------------------------------------------------------------------------

    @staticmethod
    def render(req, obj):
        """Stored dict -> answer; ``writable`` says whether the requesting user may change it."""
        if "writable" in obj:
            return dict(obj, writable=has_role(req.user, obj["organisation"]["uuid"], "supplier"))
        return obj

    def visible(self, req, kind):
        with self.store.lock:
            items = list(getattr(self.store, kind))
        return [obj for obj in items if can_read(req.user, obj)]

    def get_visible(self, req, kind, key, label):
        """The object or 404 (also when it exists but the user may not read it)."""
        try:
            key = parse_uuid(key)
        except ValueError:
            key = None
        obj = self.store.index[kind].get(key)
        if obj is None or not can_read(req.user, obj):
            raise ApiError(404, f"No {label} matches the given query.")
        return obj

    def list_objects(self, req, items, specs, orderings=None, maximum=None, render=None):
        items = apply_filters(items, specs, req.query)
        if orderings and req.param("ordering"):
            items = apply_ordering(items, req.param("ordering"), orderings)
        render = render or (lambda obj: self.render(req, obj))
        return paginate(req, self.store.base_url, items, render, maximum or self.max_page_size)

    @staticmethod
    def catalogue_filters():
        """Filters shared by rastersources and rasters."""
        return [
            TextFilter("name", itemgetter("name")),
            UuidFilter("uuid", itemgetter("uuid")),
            UuidFilter("organisation__uuid", organisation_uuid),
            TextFilter("organisation__name", organisation_name),
            DateTimeFilter("first_value_timestamp", itemgetter("first_value_timestamp")),
            DateTimeFilter("last_value_timestamp", itemgetter("last_value_timestamp")),
            DateTimeFilter("created", itemgetter("created")),
            DateTimeFilter("last_modified", itemgetter("last_modified")),
            ChoiceFilter("access_modifier", itemgetter("access_modifier"), ACCESS_CHOICES),
        ]

    # --- bodies --------------------------------------------------------------------------------------

    @staticmethod
    def read_json(req):
        content_type, _ = req.content_type
        if content_type != "application/json" and not content_type.endswith("+json"):
            raise ApiError(415, f'Unsupported media type "{content_type}" in request.')
        try:
            raw = req.body.read_all(MAX_JSON_BODY)
        except BodyError as exc:
            raise ApiError(413, str(exc)) from None
        try:
            return json.loads(raw.decode("utf-8"))
        except ValueError as exc:  # UnicodeDecodeError is a ValueError
            raise ApiError(400, f"JSON parse error - {exc}") from None

    def read_multipart(self, req):
        """Streams a multipart/form-data body; the caller must ``cleanup()`` the parts it gets."""
        content_type, params = req.content_type
        if content_type != "multipart/form-data":
            raise ApiError(415, f'Unsupported media type "{content_type}" in request.')
        try:
            return MultipartParser(req.body, params.get("boundary"), self.upload_dir).parse()
        except BodyError as exc:
            raise ApiError(400, f"Multipart form parse error - {exc}") from None


def organisation_uuid(obj):
    return obj["organisation"]["uuid"]


def organisation_name(obj):
    return obj["organisation"]["name"]


def datetime_key(field):
    """Sort key getter for an ISO timestamp field (None stays None)."""

    def key(obj):
        value = obj[field]
        return parse_datetime(value) if value else None

    return key


def cleanup_parts(parts):
    for part in parts.values():
        part.cleanup()
