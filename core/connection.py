""""Test connection": did the portal answer, was the key accepted, as whom, in which organisations."""

from . import errors
from .i18n import tr

ROLES = ("user", "supplier", "manager", "admin")


class ConnectionReport:
    def __init__(self, portal_url):
        self.portal_url = portal_url
        self.reachable = False
        self.key_sent = False
        self.key_accepted = None
        self.username = None
        self.first_name = None
        self.organisations = []  # list of (name, [roles])
        self.error = None

    @property
    def ok(self):
        return self.reachable and self.key_accepted is not False

    def lines(self):
        """The result in words, one sentence per line."""
        if not self.reachable:
            return [tr("The portal {portal} did not answer: {error}").format(
                portal=self.portal_url, error=self.error)]
        lines = [tr("The portal {portal} answered.").format(portal=self.portal_url)]
        if not self.key_sent:
            lines.append(tr("No API key is set: you see public data only."))
        elif self.key_accepted is False:
            lines.append(tr("Your API key was not accepted."))
        elif self.username:
            lines.append(tr("Your API key was accepted: you are {user}.").format(user=self.username))
        else:
            lines.append(tr("Your API key was accepted."))
        if self.organisations:
            names = ", ".join(
                "{} ({})".format(name, ", ".join(roles)) if roles else name for name, roles in self.organisations
            )
            lines.append(tr("Organisations: {names}.").format(names=names))
        elif self.key_accepted:
            lines.append(tr("The portal did not list any organisations for your key."))
        return lines

    def summary(self):
        return " ".join(self.lines())


def check_connection(client, cancel=None):
    """Ask the portal who we are; never raises for Lizard errors (they go into the report)."""
    report = ConnectionReport(client.portal_url)
    report.key_sent = client.has_key
    try:
        client.get("", cancel=cancel)
    except errors.AuthenticationError as exc:
        report.reachable, report.key_accepted, report.error = True, False, exc
        return report
    except errors.CancelledError:
        raise
    except errors.LizardError as exc:
        report.error = exc
        return report
    report.reachable = True
    if client.has_key:
        report.key_accepted = True
    try:
        user = (client.get("/bootstrap/lizard/", cancel=cancel) or {}).get("user") or {}
    except errors.CancelledError:
        raise
    except errors.LizardError:
        user = {}  # an optional extra: older portals may not have it
    if user.get("authenticated"):
        report.username = user.get("username")
        report.first_name = user.get("first_name")
    if client.has_key:
        try:
            for org in client.paginate("organisations/", {"role": list(ROLES)}, cancel=cancel):
                roles = [r for r in (org.get("roles") or []) if isinstance(r, str)]
                report.organisations.append((org.get("name") or org.get("uuid"), roles))
        except errors.CancelledError:
            raise
        except errors.LizardError:
            pass
    return report
