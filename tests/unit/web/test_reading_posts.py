"""A post is read within its size: refused from its Content-Length, or as soon as it
streams past the limit, never read whole first."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from newsdesk.web.posts import PostRefused, form_fields, json_fields, read_body


class Stream:
    def __init__(self, chunks: int, size: int) -> None:
        self.chunks, self.size, self.read = chunks, size, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.chunks):
            self.read += 1
            yield b"x" * self.size


def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    stream = Stream(10, 100)
    with pytest.raises(PostRefused) as refused:
        asyncio.run(read_body(stream.__aiter__(), "5000", most=1000))
    assert refused.value.status == 413 and stream.read == 0


def test_a_stream_over_the_limit_is_refused_as_it_passes_it() -> None:
    stream = Stream(1000, 100)
    with pytest.raises(PostRefused) as refused:
        asyncio.run(read_body(stream.__aiter__(), None, most=1000))
    assert refused.value.status == 413 and stream.read == 11


def test_a_body_within_the_limit_is_read() -> None:
    assert asyncio.run(read_body(Stream(3, 10).__aiter__(), "30", most=30)) == b"x" * 30


@pytest.mark.parametrize("length", ["-1", "12x", "", "1e3"])
def test_a_content_length_that_is_no_number_is_refused(length: str) -> None:
    with pytest.raises(PostRefused) as refused:
        asyncio.run(read_body(Stream(1, 1).__aiter__(), length))
    assert refused.value.status == 400


def test_form_fields_are_the_forms_own() -> None:
    fields = form_fields(b"comment=Hi%20%3Cb%3E&author=R&submit=Post&email=r%40x.org")
    assert fields == {"comment": "Hi <b>", "author": "R", "email": "r@x.org"}
    with pytest.raises(PostRefused, match="'comment' is given twice"):
        form_fields(b"comment=a&comment=b")
    with pytest.raises(PostRefused, match="not UTF-8"):
        form_fields(b"comment=%ff")
    with pytest.raises(PostRefused, match="more fields"):
        form_fields(b"&".join(b"x%d=1" % n for n in range(100)))


def test_json_fields_are_strict() -> None:
    assert json_fields(b'{"comment": "Hi", "url": null}') == {"comment": "Hi", "url": ""}
    for body, message in [
        (b"[1]", "one JSON object"),
        (b'{"comment": 5}', "must be text"),
        (b'{"body": "Hi"}', "Unknown field 'body'"),
        (b"{", "not JSON"),
        (b"[" * 100_000, "not JSON"),
    ]:
        with pytest.raises(PostRefused, match=message):
            json_fields(body)
