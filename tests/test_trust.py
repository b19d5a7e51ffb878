"""REST requests trust what QGIS trusts: a local https portal whose certificate comes from a test CA.

The CA is made in the test (as an organisation's TLS-inspecting proxy would have one) and added to the test's
QGIS authentication database, or named by ``SSL_CERT_FILE``; without it the user gets one clear sentence.
"""

import datetime
import http.server
import ipaddress
import json
import ssl
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from lizard_explorer.core import errors
from lizard_explorer.core.client import LizardClient
from qgis.PyQt.QtNetwork import QSslCertificate

KEY = "key-over-inspected-tls-8c1d"


def _name(text):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _certificate(subject, issuer, public_key, signing_key, ca):
    """A certificate as strict verifiers (Python 3.13+, OpenSSL's X509_STRICT) want it: key identifiers on both,
    key usage, and for the server its address and purpose."""
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(public_key).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signing_key.public_key()),
                              critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True)
    else:
        builder = (builder
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                  critical=False)
                   .add_extension(x509.KeyUsage(
                       digital_signature=True, content_commitment=False, key_encipherment=False,
                       data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                       encipher_only=False, decipher_only=False), critical=True)
                   .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
    return builder.sign(signing_key, hashes.SHA256())


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """(CA PEM path, server certificate path, server key path) of a throw-away CA and a 127.0.0.1 certificate."""
    folder = tmp_path_factory.mktemp("pki")
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("Inspecting proxy test CA", "Inspecting proxy test CA", ca_key.public_key(), ca_key, True)
    server = _certificate("127.0.0.1", "Inspecting proxy test CA", server_key.public_key(), ca_key, False)
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    return paths


class _Portal(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        self.server.seen.append(self.headers.get("Authorization"))
        body = json.dumps({"results": [], "count": 0, "next": None}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def https_portal(pki):
    """An https portal on 127.0.0.1 with a certificate of the test CA; ``seen`` lists its Authorization headers."""
    _ca, certificate, key = pki
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    server.handle_error = lambda *args: None  # refused handshakes are what some tests are about
    server.seen = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(certificate), str(key))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    server.url = "https://127.0.0.1:{}".format(server.server_address[1])
    yield server
    server.shutdown()
    thread.join(5)
    server.server_close()


@pytest.fixture
def ca_in_qgis(auth_db, pki):
    """The test CA added to QGIS's certificate manager (the auth database), as a user would add it."""
    (certificate,) = QSslCertificate.fromPath(str(pki[0]))
    assert auth_db.storeCertAuthority(certificate)
    auth_db.rebuildCaCertsCache()
    auth_db.rebuildTrustedCaCertsCache()
    yield certificate
    auth_db.removeCertAuthority(certificate)
    auth_db.rebuildCaCertsCache()
    auth_db.rebuildTrustedCaCertsCache()


def test_a_ca_added_in_qgis_is_trusted_by_rest_requests(https_portal, ca_in_qgis, monkeypatch):
    for name in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    with LizardClient(https_portal.url, KEY, retries=0) as client:
        assert client.get("rastersources/")["count"] == 0
    assert https_portal.seen[-1].startswith("Basic ")  # the key went to the portal over verified https


def test_a_ca_named_by_ssl_cert_file_is_trusted_too(https_portal, pki, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    with LizardClient(https_portal.url, retries=0) as client:
        assert client.get("rastersources/")["count"] == 0


def test_an_untrusted_certificate_is_one_clear_sentence_and_not_retried(https_portal, monkeypatch):
    for name in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    sleeps = []
    seen = len(https_portal.seen)
    with LizardClient(https_portal.url, KEY, retries=3, sleep=sleeps.append) as client, \
            pytest.raises(errors.CertificateError) as caught:
        client.get("rastersources/")
    assert str(caught.value) == (
        "The certificate of 127.0.0.1 is not trusted, so nothing was sent; if your organisation inspects https "
        "traffic, add its certificate authority in QGIS under Settings > Options > Authentication.")
    assert "CERTIFICATE_VERIFY_FAILED" in caught.value.details
    assert sleeps == [] and len(https_portal.seen) == seen  # no retry, and the key never left


def test_a_ca_file_planted_under_the_bundles_name_is_not_trusted(https_portal, pki, monkeypatch):
    """The trusted bundle lives in the shared temporary folder under a name anyone can work out; a file someone
    else put there first (with their CA in it) must not become what the plugin trusts."""
    for name in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    from lizard_explorer.core import transport

    honest = transport.ca_bundle()
    with open(honest, "rb") as handle:
        content = handle.read()
    with open(pki[0], "rb") as handle:
        planted = content + handle.read()  # the expected name, with the attacker's CA added
    with open(honest, "wb") as handle:
        handle.write(planted)
    path = transport.ca_bundle()
    with open(path, "rb") as handle:
        assert handle.read() == content
    with LizardClient(https_portal.url, retries=0) as client, pytest.raises(errors.CertificateError):
        client.get("rastersources/")
