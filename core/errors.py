"""The plugin's exceptions: each carries one sentence for users and details for the log.

``str(error)`` is the sentence (shown in the message bar, or raised as ``QgsProcessingException``);
``error.details`` is for the log panel. Both pass through :func:`core.log.redact`, so no key survives in
them. Lizard's own ``message``/``detail`` are kept on the error and quoted in the sentence where they help.
"""

from .i18n import tr
from .log import redact


class LizardError(Exception):
    """Base class. ``title`` is a short heading, ``str()`` one sentence, ``details`` everything else."""

    def __init__(self, message, details="", status=None, url=None, lizard_message=None, lizard_detail=None):
        self.message = redact(message)
        self.details = redact(details or "")
        self.status = status
        self.url = redact(url) if url else None
        self.lizard_message = redact(lizard_message) if lizard_message else None
        self.lizard_detail = lizard_detail
        super().__init__(self.message)

    @property
    def title(self):
        return tr("Lizard")

    def log_text(self):
        parts = [self.message]
        if self.status:
            parts.append("HTTP {}".format(self.status))
        if self.url:
            parts.append(self.url)
        if self.details:
            parts.append(self.details)
        return " | ".join(parts)

    def __repr__(self):
        return "{}({!r}, status={!r})".format(type(self).__name__, self.message, self.status)


class ConfigurationError(LizardError):
    """The settings cannot work (e.g. an unusable portal address)."""


class InsecureConnectionError(ConfigurationError):
    """A key would travel over plain http to a host that is not this machine."""


class CredentialsError(LizardError):
    """The key could not be stored in or read from the QGIS authentication database."""


class AuthenticationError(LizardError):
    """401, or 403 on a read: the key was not accepted."""


class PermissionDeniedError(LizardError):
    """403 on a write: the key is valid but may not change this."""


class NotFoundError(LizardError):
    """404: the object does not exist or is not visible to this key."""


class InvalidRequestError(LizardError):
    """400: Lizard rejected the request; ``field_errors`` maps field -> list of messages."""

    def __init__(self, message, field_errors=None, **kwargs):
        super().__init__(message, **kwargs)
        self.field_errors = field_errors or {}


class RateLimitedError(LizardError):
    """429 after all retries; ``retry_after`` says how long Lizard asked to wait (seconds) if it did."""

    def __init__(self, message, retry_after=None, **kwargs):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(LizardError):
    """5xx (after retries for idempotent requests)."""


class NetworkError(LizardError):
    """No usable answer: the portal is unreachable, refused or dropped the connection."""


class RequestTimeoutError(NetworkError):
    """The portal did not answer within the timeout."""


class CertificateError(NetworkError):
    """The server's TLS certificate is not trusted (e.g. an organisation's TLS-inspecting proxy)."""


class InvalidResponseError(LizardError):
    """The portal answered with something that is not what the API returns (HTML, broken JSON)."""


class ExportError(LizardError):
    """Data cannot be written as Lizard wants it (asset bundle, GeoTIFF); the sentence says why."""


class CancelledError(LizardError):
    """The user (or a newer search) cancelled the work."""

    def __init__(self, message=None, **kwargs):
        super().__init__(message or tr("Cancelled."), **kwargs)
