"""A TCP proxy a test can cut and restore, standing in for a dropped network or a
restarting server between Newsdesk and PostgreSQL (the real server keeps running).

`cut_after_commit(marker)` cuts at the worst moment: a transaction that sent `marker`
(e.g. b"UPDATE articles") sends COMMIT, the server commits, and the reply never comes
back; the client only learns the connection is gone."""

from __future__ import annotations

import contextlib
import socket
import threading
import time

COMMIT_SETTLE_S = 0.3
"""How long the server gets to commit before the connections drop."""


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._cut = threading.Event()
        self._swallow = threading.Event()
        self._commit_marker: bytes | None = None
        self.commits_cut = 0
        self._closed = False
        threading.Thread(target=self._accept, name="tcp-proxy", daemon=True).start()

    def cut(self) -> None:
        """Drop every connection now, and every new one until `restore()`."""
        self._cut.set()
        with self._lock:
            sockets, self._open = self._open, []
        for sock in sockets:
            _close(sock)

    def restore(self) -> None:
        self._swallow.clear()
        self._cut.clear()

    def cut_after_commit(self, marker: bytes) -> None:
        """The next transaction that sends `marker` commits, but its reply is lost."""
        self._commit_marker = marker

    def _watch_for_commit(self, data: bytes, transaction: list[bool]) -> bool:
        """True when `data` is the armed COMMIT: the reply must not come back."""
        marker = self._commit_marker
        if marker is None:
            return False
        if marker in data:
            transaction[0] = True
        if b"COMMIT" in data and transaction[0]:
            self._commit_marker = None
            return True
        if b"COMMIT" in data or b"ROLLBACK" in data:
            transaction[0] = False
        return False

    def close(self) -> None:
        self._closed = True
        self.cut()
        _close(self._listener)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            if self._cut.is_set():
                _close(client)
                continue
            try:
                server = socket.create_connection(self._target, timeout=5)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)
            with self._lock:
                self._open += [client, server]
            threading.Thread(target=self._upstream, args=(client, server), daemon=True).start()
            threading.Thread(target=self._downstream, args=(server, client), daemon=True).start()

    def _upstream(self, client: socket.socket, server: socket.socket) -> None:
        transaction = [False]
        try:
            while data := client.recv(65536):
                last = self._watch_for_commit(data, transaction)
                if last:
                    self._swallow.set()
                server.sendall(data)
                if last:
                    time.sleep(COMMIT_SETTLE_S)  # the server commits; its answer is dropped
                    self.commits_cut += 1
                    self.cut()
                    return
        except OSError:
            pass
        finally:
            _close(client)
            _close(server)

    def _downstream(self, server: socket.socket, client: socket.socket) -> None:
        try:
            while data := server.recv(65536):
                if not self._swallow.is_set():
                    client.sendall(data)
        except OSError:
            pass
        finally:
            _close(server)
            _close(client)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class SilentServer:
    """An address that takes TCP connections and never says a word: a PostgreSQL port
    behind a hung server or a firewall that swallows packets. The kernel completes each
    handshake from the listening queue; nothing ever accepts or answers."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.port = self._listener.getsockname()[1]

    def url(self, database: str = "newsroom", user: str = "nobody") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def close(self) -> None:
        _close(self._listener)
