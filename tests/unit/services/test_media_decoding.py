"""A picture's texts from its IPTC-IIM, XMP and Exif, with the Metadata Working Group's
rules for which wins; hostile image bytes are refused in one line or read, never crash."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime

import pyexiv2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from tests.media_samples import (
    default,
    encoded,
    photo_desk_jpeg,
    pixels,
    with_iptc_digest,
    with_metadata,
)

from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.media import RenditionKind
from newsdesk.domain.media_references import picture_markdown, picture_references
from newsdesk.services.media.decode import decode_picture
from newsdesk.services.media.metadata import photoshop_resource, read_picture_text


def _texts(data: bytes):  # type: ignore[no-untyped-def]
    return read_picture_text(data, decode_picture(data).photoshop_resources)


def test_a_photo_desk_jpeg_gives_every_text() -> None:
    text = _texts(photo_desk_jpeg())
    assert text.caption == "Protesters gather in Pushkin Square"
    assert text.alt == "A crowd with banners in a snowy square"
    assert text.credit == "Sahar News/Reuters"
    assert text.creator == "Anna Petrova"
    assert text.copyright == "© 2019 Reuters"
    assert text.usage_terms == "Editorial use only"
    assert text.keywords == ("Moscow", "protest")
    assert text.taken == datetime(2019, 6, 22, 14, 5, tzinfo=UTC)


def test_exif_wins_over_xmp_and_iptc_for_its_own_fields() -> None:
    data = with_metadata(
        encoded(pixels(64, 48), "JPEG"),
        exif={"Exif.Image.ImageDescription": "Exif says", "Exif.Image.Artist": "Exif Artist"},
        iptc={"Iptc.Application2.Caption": "IIM says"},
        xmp={"Xmp.dc.description": default("XMP says"), "Xmp.dc.creator": ["XMP Artist"]},
    )
    text = _texts(data)
    assert (text.caption, text.creator) == ("Exif says", "Exif Artist")


def test_camera_placeholders_are_not_captions() -> None:
    data = with_metadata(
        encoded(pixels(64, 48), "JPEG"),
        exif={"Exif.Image.ImageDescription": "OLYMPUS DIGITAL CAMERA"},
        xmp={"Xmp.dc.description": default("The mayor opens the bridge")},
    )
    assert _texts(data).caption == "The mayor opens the bridge"


def _iim_and_xmp_disagree() -> bytes:
    return with_metadata(
        encoded(pixels(64, 48), "JPEG"),
        iptc={"Iptc.Application2.Caption": "IIM caption", "Iptc.Application2.Credit": "IIM"},
        xmp={"Xmp.dc.description": default("XMP caption"), "Xmp.photoshop.Credit": "XMP"},
    )


def test_without_a_digest_xmp_wins() -> None:
    assert _texts(_iim_and_xmp_disagree()).caption == "XMP caption"


def test_a_matching_digest_means_the_iim_is_a_copy_and_xmp_wins() -> None:
    data = _iim_and_xmp_disagree()
    block = decode_picture(data).photoshop_resources
    iim = photoshop_resource(block, 0x0404)
    assert iim is not None
    text = _texts(with_iptc_digest(data, hashlib.md5(iim).digest()))
    assert (text.caption, text.credit) == ("XMP caption", "XMP")


def test_a_digest_that_does_not_match_means_the_iim_was_edited_after_and_wins() -> None:
    text = _texts(with_iptc_digest(_iim_and_xmp_disagree(), b"\x00" * 16))
    assert (text.caption, text.credit) == ("IIM caption", "IIM")


def test_renditions_carry_no_gps_position_nor_camera_serial() -> None:
    decoded = decode_picture(photo_desk_jpeg())
    assert [r.kind for r in decoded.renditions] == list(RenditionKind)
    for rendition in decoded.renditions:
        reader = pyexiv2.ImageData(rendition.data)
        try:
            assert reader.read_exif() == {}
            assert reader.read_iptc() == {}
            assert reader.read_xmp() == {}
        finally:
            reader.close()
        assert b"CAM-SERIAL" not in rendition.data and b"GPS" not in rendition.data


def test_renditions_follow_the_exif_orientation_and_never_enlarge() -> None:
    turned = with_metadata(encoded(pixels(800, 600), "JPEG"), exif={"Exif.Image.Orientation": "6"})
    decoded = decode_picture(turned)
    assert (decoded.width, decoded.height) == (600, 800)
    sizes = {r.kind: (r.width, r.height) for r in decoded.renditions}
    assert sizes[RenditionKind.THUMBNAIL] == (320, 427)
    assert sizes[RenditionKind.PAGE] == (600, 800)  # not enlarged to 720
    assert sizes[RenditionKind.PAGE_2X] == (600, 800)


@pytest.mark.parametrize(
    ("fmt", "mode", "rendition_mime"),
    [("PNG", "RGBA", "image/png"), ("WEBP", "RGB", "image/jpeg"), ("GIF", "RGB", "image/jpeg")],
)
def test_png_webp_and_gif_are_taken(fmt: str, mode: str, rendition_mime: str) -> None:
    image = pixels(300, 200, mode)
    decoded = decode_picture(encoded(image if fmt != "GIF" else image.convert("P"), fmt))
    assert decoded.mime == f"image/{fmt.lower()}"
    assert (decoded.width, decoded.height) == (300, 200)
    assert {r.mime for r in decoded.renditions} == {rendition_mime}


def _truncated() -> bytes:
    data = encoded(pixels(400, 300), "JPEG")
    return data[: len(data) // 2]


def _bomb() -> bytes:
    # A small PNG that claims 20,000 × 20,000 pixels: refused before any decoding.
    return encoded(Image.new("1", (20_000, 20_000)), "PNG")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not a JPEG, PNG, WebP or GIF"),
        (b"%PDF-1.7\n", "not a JPEG, PNG, WebP or GIF"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "SVG"),
        (b'<?xml version="1.0"?><svg/>', "SVG"),
        (encoded(pixels(40, 30), "BMP"), "not a JPEG, PNG, WebP or GIF"),
        (encoded(pixels(40, 30), "TIFF"), "not a JPEG, PNG, WebP or GIF"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "corrupt or truncated"),
        (_truncated(), "corrupt or truncated"),
        (_bomb(), "million pixels"),
    ],
    ids=["empty", "pdf", "svg", "svg-xml", "bmp", "tiff", "jpeg-header", "truncated", "bomb"],
)
def test_what_is_not_a_good_picture_is_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(InvalidInput, match=reason) as refused:
        decode_picture(data)
    assert "\n" not in str(refused.value)


SEEDS = {
    "jpeg": photo_desk_jpeg(120, 90),
    "png": encoded(pixels(60, 40, "RGBA"), "PNG"),
    "gif": encoded(pixels(60, 40).convert("P"), "GIF"),
    "webp": encoded(pixels(60, 40), "WEBP"),
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(sorted(SEEDS)),
    cuts=st.lists(st.tuples(st.integers(0, 10**6), st.binary(max_size=8)), max_size=6),
    keep=st.integers(0, 10**6),
)
def test_hostile_bytes_are_read_or_refused_never_a_crash(
    seed: str, cuts: list[tuple[int, bytes]], keep: int
) -> None:
    data = bytearray(SEEDS[seed])
    for at, patch in cuts:
        at %= len(data)
        data[at : at + len(patch)] = patch
    data = data[: max(4, keep % (len(data) + 1))]
    try:
        decoded = decode_picture(bytes(data))
    except InvalidInput as refused:
        assert "\n" not in str(refused)
        return
    assert decoded.width > 0 and decoded.height > 0
    read_picture_text(bytes(data), decoded.photoshop_resources)
    for rendition in decoded.renditions:
        Image.open(io.BytesIO(rendition.data)).load()


def test_markdown_references_are_found_and_written_readably() -> None:
    written = picture_markdown(12, "A [red] square", 'The "square" at noon')
    assert written == '![A \\[red\\] square](media:12 "The \\"square\\" at noon")'
    body = f"Intro\n\n{written}\n\n![](media:7)\n\n![again](media:12)\n\n[not](media:9)"
    assert picture_references(body) == [12, 7]


def test_a_batch_of_pictures_is_decoded_on_a_few_threads_not_one_per_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsdesk.services.media import library

    pools: list[int] = []
    real_pool = library.ThreadPoolExecutor

    def counted(workers: int, thread_name_prefix: str = "") -> object:
        pools.append(workers)
        return real_pool(workers, thread_name_prefix=thread_name_prefix)

    monkeypatch.setattr(library.os, "cpu_count", lambda: 64)
    monkeypatch.setattr(library, "ThreadPoolExecutor", counted)
    items = [(encoded(pixels(40 + n, 30), "PNG"), f"p{n}.png") for n in range(6)]

    made = library.prepare_pictures(items)

    assert pools == [library.DECODE_WORKERS]
    assert all(not isinstance(one, Exception) for one in made)
