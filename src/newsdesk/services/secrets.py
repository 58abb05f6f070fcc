"""Newsroom server passwords in the operating system's keyring, never in a file of ours.

Where no keyring is usable (a bare Linux session, a container), `problem()` says so in
words for the user and `get` finds nothing: the app then asks for the password each time.
Nothing here logs a password.
"""

from __future__ import annotations

import logging

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "Newsdesk newsroom"
NO_KEYRING = "No system keyring is available; the password will be asked each time."


class PasswordStoreError(Exception):
    """The keyring could not keep a password; the message is fit to show a user."""


def account(host: str, port: int, user: str) -> str:
    """The keyring entry's name: one password per user on one server."""
    return f"{user}@{host.lower()}:{port}"


class PasswordStore:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    @staticmethod
    def _backend() -> KeyringBackend:
        return keyring.get_keyring()

    def problem(self) -> str | None:
        """Why passwords cannot be remembered here, or None when they can."""
        try:
            backend = self._backend()
        except Exception:  # a broken keyring set-up must not stop the app
            log.warning("the system keyring could not be loaded", exc_info=True)
            return NO_KEYRING
        if isinstance(backend, fail.Keyring | null.Keyring):
            return NO_KEYRING
        return None

    @property
    def available(self) -> bool:
        return self.problem() is None

    def get(self, host: str, port: int, user: str) -> str | None:
        if not self.available:
            return None
        try:
            return keyring.get_password(self.service, account(host, port, user))
        except (KeyringError, OSError, RuntimeError) as error:
            log.warning("could not read from the system keyring: %s", type(error).__name__)
            return None

    def set(self, host: str, port: int, user: str, password: str) -> None:
        problem = self.problem()
        if problem is not None:
            raise PasswordStoreError(problem)
        try:
            keyring.set_password(self.service, account(host, port, user), password)
        except (KeyringError, OSError, RuntimeError) as error:
            raise PasswordStoreError(
                f"The system keyring did not keep the password ({type(error).__name__}); "
                "it will be asked each time."
            ) from None

    def delete(self, host: str, port: int, user: str) -> None:
        """Forget a remembered password; nothing to do when none was kept."""
        if not self.available:
            return
        try:
            keyring.delete_password(self.service, account(host, port, user))
        except PasswordDeleteError:
            return
        except (KeyringError, OSError, RuntimeError) as error:
            raise PasswordStoreError(
                f"The system keyring did not forget the password ({type(error).__name__})."
            ) from None
