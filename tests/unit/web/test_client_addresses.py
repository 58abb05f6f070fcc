"""Who sent a post: the peer, or the address a trusted proxy names; never a header
anyone could send."""

from __future__ import annotations

import pytest

from newsdesk.web.addresses import ClientAddresses, limit_key, parse_networks

PROXIES = parse_networks(["127.0.0.1", "10.1.0.0/16", "::1"])


def test_without_trusted_proxies_the_peer_is_the_client() -> None:
    addresses = ClientAddresses()
    assert addresses.client("203.0.113.7", ["198.51.100.1"]) == "203.0.113.7"
    assert addresses.client("::ffff:203.0.113.7") == "203.0.113.7"
    assert addresses.client(None) == ""
    assert addresses.client("testclient") == ""


def test_an_untrusted_peer_cannot_name_another_address() -> None:
    assert ClientAddresses(PROXIES).client("203.0.113.7", ["198.51.100.1"]) == "203.0.113.7"


@pytest.mark.parametrize(
    ("forwarded", "client"),
    [
        (["198.51.100.1"], "198.51.100.1"),
        (["192.0.2.9, 198.51.100.1"], "198.51.100.1"),  # the reader forged the first one
        (["198.51.100.1, 10.1.2.3"], "198.51.100.1"),  # through two proxies of ours
        (["198.51.100.1", "10.1.2.3"], "198.51.100.1"),  # as two headers
        (["2001:db8::5"], "2001:db8::5"),
        (["[2001:db8::5]:4711"], "2001:db8::5"),
        (["198.51.100.1:4711"], "198.51.100.1"),
        (["not an address, 10.1.2.3"], "10.1.2.3"),  # the nearest readable hop
        ([], "127.0.0.1"),
    ],
)
def test_a_trusted_proxy_names_the_client(forwarded: list[str], client: str) -> None:
    assert ClientAddresses(PROXIES).client("127.0.0.1", forwarded) == client


def test_bad_proxy_addresses_are_named() -> None:
    with pytest.raises(ValueError, match=r"'proxy\.example' is not an IP address or network"):
        parse_networks(["10.0.0.1", "proxy.example"])


def test_ipv6_readers_are_counted_by_their_64() -> None:
    assert limit_key("2001:db8:1:2:aaaa::1") == limit_key("2001:db8:1:2:bbbb::9")
    assert limit_key("2001:db8:1:3::1") != limit_key("2001:db8:1:2::1")
    assert limit_key("203.0.113.7") == "203.0.113.7"
