"""The station's key folder: signing key, broker CA and certificate, broker passwords.

Secrets live here, in files readable by their owner only, and never in the database:
the database replicates to the parent station and is exported; keys must not travel
with it. A device record refers to its password entry by name (``credentials_ref``).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from studio.files import write_atomic
from studio.push import passwords
from studio.push.signing import public_key_text

CA_YEARS = 20
SERVER_YEARS = 5


def station_user(station_id: str) -> str:
    return f"station-{station_id}"


@dataclass
class KeyStore:
    root: Path

    # --- signing ------------------------------------------------------------------------

    @property
    def signing_key_path(self) -> Path:
        return self.root / "station-ed25519.pem"

    def signing_key(self) -> Ed25519PrivateKey:
        """The station's Ed25519 key, made on first use."""
        path = self.signing_key_path
        if path.exists():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            assert isinstance(key, Ed25519PrivateKey)
            return key
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        write_atomic(path, pem, secret=True)
        return key

    def public_key_text(self) -> str:
        return public_key_text(self.signing_key().public_key())

    # --- broker passwords ---------------------------------------------------------------

    @property
    def passwd_path(self) -> Path:
        """``user:hash`` lines of every device (and the station) — hashes only."""
        return self.root / "broker.passwd"

    def password_entries(self) -> dict[str, str]:
        if not self.passwd_path.exists():
            return {}
        lines = self.passwd_path.read_text(encoding="utf-8").splitlines()
        return dict(line.split(":", 1) for line in lines if ":" in line)

    def set_password(self, username: str, password: str) -> str:
        """Record the hash of ``password`` for ``username``; returns the reference to it."""
        entries = self.password_entries()
        entries[username] = passwords.hash_password(username, password)
        self._write_entries(entries)
        return f"keys:{username}"

    def remove_password(self, username: str) -> None:
        entries = self.password_entries()
        if entries.pop(username, None) is not None:
            self._write_entries(entries)

    def _write_entries(self, entries: dict[str, str]) -> None:
        text = "".join(f"{user}:{entry}\n" for user, entry in sorted(entries.items()))
        write_atomic(self.passwd_path, text, secret=True)

    def station_password(self, station_id: str) -> str:
        """The station's own broker password: it must be able to log in unattended."""
        path = self.root / "station-broker.secret"
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        password = passwords.new_password()
        self.set_password(station_user(station_id), password)
        write_atomic(path, password + "\n", secret=True)
        return password

    # --- TLS ----------------------------------------------------------------------------

    @property
    def ca_cert_path(self) -> Path:
        return self.root / "ca.crt"

    def ca(self) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
        """The station's own certificate authority for its broker, made on first use."""
        key_path = self.root / "ca.key"
        if key_path.exists() and self.ca_cert_path.exists():
            cert = x509.load_pem_x509_certificate(self.ca_cert_path.read_bytes())
            key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
            assert isinstance(key, ec.EllipticCurvePrivateKey)
            return cert, key
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Studio station broker CA")])
        now = datetime.now(UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365 * CA_YEARS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(key, hashes.SHA256())
        )
        write_atomic(key_path, _key_pem(key), secret=True)
        write_atomic(self.ca_cert_path, cert.public_bytes(serialization.Encoding.PEM))
        return cert, key

    def server_certificate(self, hosts: list[str]) -> tuple[bytes, bytes]:
        """A fresh broker certificate (PEM) for ``hosts`` (names or IP addresses), and its key."""
        ca_cert, ca_key = self.ca()
        key = ec.generate_private_key(ec.SECP256R1())
        names: list[x509.GeneralName] = []
        for host in hosts:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        now = datetime.now(UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
            .issuer_name(ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365 * SERVER_YEARS))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        return cert.public_bytes(serialization.Encoding.PEM), _key_pem(key)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
