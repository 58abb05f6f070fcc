"""Who sent a request: the peer's address, or, behind a reverse proxy we were told to
trust, the address that proxy names in X-Forwarded-For.

Anyone can send an X-Forwarded-For header, so it is read only when the peer is a
trusted proxy, and then from the right (each proxy appends the address it saw): the
first address that is not itself a trusted proxy is the client.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

Network = IPv4Network | IPv6Network
Address = IPv4Address | IPv6Address


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or networks (`10.0.0.1`, `10.0.0.0/8`, `::1`); ValueError names a bad one."""
    networks: list[Network] = []
    for value in values:
        try:
            networks.append(ip_network(value.strip(), strict=False))
        except ValueError:
            shown = value if len(value) <= 60 else value[:60] + "…"
            raise ValueError(f"{shown!r} is not an IP address or network") from None
    return tuple(networks)


def _address(text: str | None) -> Address | None:
    """An address as a peer or a proxy gives it: `1.2.3.4`, `::1`, `1.2.3.4:80`, `[::1]:80`."""
    if not text:
        return None
    text = text.strip()
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ip_address(text)
    except ValueError:
        return None
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


class ClientAddresses:
    def __init__(self, trusted_proxies: Sequence[Network] = ()) -> None:
        self._trusted = tuple(trusted_proxies)

    def _is_trusted(self, address: Address) -> bool:
        return any(address in network for network in self._trusted)

    def client(self, peer: str | None, forwarded_for: Sequence[str] = ()) -> str:
        """The client's address as text ("" when the peer has none, e.g. a socket file)."""
        address = _address(peer)
        if address is None:
            return ""
        if not self._is_trusted(address):
            return str(address)
        hops = [hop for header in forwarded_for for hop in header.split(",")]
        for hop in reversed(hops):
            named = _address(hop)
            if named is None:
                break
            address = named
            if not self._is_trusted(address):
                break
        return str(address)


def limit_key(address: str) -> str:
    """What the rate limit counts by: the address, or for IPv6 its /64 network (one
    household or phone gets a whole /64, and a bot can take any address in it)."""
    parsed = _address(address)
    if isinstance(parsed, IPv6Address):
        return str(ip_network(f"{parsed}/64", strict=False))
    return address
