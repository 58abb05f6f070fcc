"""WordPress attachments into the media library, on both databases: files found in the
--media-dir copy of wp-content/uploads become pictures with their caption and alt text,
featured images become lead pictures, and every other attachment is listed as missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.media_samples import encoded, photo_desk_jpeg, pixels
from tests.shared_fixtures import shared_fixtures

from newsdesk.cli.main import main
from newsdesk.services.interchange.wxr_import import import_wxr
from newsdesk.services.newsroom import Newsroom

WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Site</title><link>https://news.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://news.example.org</wp:base_site_url>
{items}
</channel></rss>"""
ATTACHMENT = """<item><title>{title}</title><wp:post_id>{post_id}</wp:post_id>
<excerpt:encoded><![CDATA[{caption}]]></excerpt:encoded>
<content:encoded><![CDATA[]]></content:encoded>
<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>{url}</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key>
<wp:meta_value><![CDATA[{alt}]]></wp:meta_value></wp:postmeta></item>"""
POST = """<item><title>Bridge opens</title><wp:post_id>10</wp:post_id>
<content:encoded><![CDATA[<p>The new bridge opened today to traffic and walkers.</p>]]>
</content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_date_gmt>2024-03-01 10:00:00</wp:post_date_gmt><wp:post_name>bridge-opens</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key>
<wp:meta_value><![CDATA[21]]></wp:meta_value></wp:postmeta></item>"""
UPLOADS = "https://news.example.org/wp-content/uploads"


@pytest.fixture
def export(tmp_path: Path) -> tuple[Path, Path]:
    media = tmp_path / "uploads"
    (media / "2024" / "03").mkdir(parents=True)
    (media / "2024" / "03" / "bridge.jpg").write_bytes(photo_desk_jpeg(1600, 1200))
    (media / "2024" / "03" / "chart.png").write_bytes(encoded(pixels(300, 200), "PNG"))
    (media / "2024" / "03" / "notes.jpg").write_bytes(b"just text")
    items = [
        ATTACHMENT.format(
            title="Bridge", post_id=21, caption="The bridge at dawn", alt="A steel bridge",
            url=f"{UPLOADS}/2024/03/bridge.jpg",
        ),
        ATTACHMENT.format(
            title="Chart", post_id=22, caption="", alt="", url=f"{UPLOADS}/2024/03/chart.png"
        ),
        ATTACHMENT.format(
            title="Elsewhere", post_id=23, caption="", alt="",
            url="https://cdn.example.net/elsewhere.jpg",
        ),
        ATTACHMENT.format(
            title="Gone", post_id=24, caption="", alt="", url=f"{UPLOADS}/2024/03/gone.jpg"
        ),
        ATTACHMENT.format(
            title="Notes", post_id=25, caption="", alt="", url=f"{UPLOADS}/2024/03/notes.jpg"
        ),
        ATTACHMENT.format(
            title="Climb", post_id=26, caption="", alt="",
            url=f"{UPLOADS}/../../../etc/hostname",
        ),
        POST,
    ]  # fmt: skip
    path = tmp_path / "site.xml"
    path.write_text(WXR.format(items="\n".join(items)), encoding="utf-8")
    return path, media


def test_attachments_become_pictures_and_featured_images_leads(
    newsroom: Newsroom, export: tuple[Path, Path]
) -> None:
    path, media = export
    report = import_wxr(newsroom.database, newsroom.user, path, media_dir=media)
    assert report.posts == 1 and report.pictures == 2
    assert [(m.url.rsplit("/", 1)[-1], m.reason) for m in report.missing_media] == [
        ("elsewhere.jpg", "not in wp-content/uploads"),
        ("gone.jpg", f"not in {media}"),
        ("notes.jpg", "not a JPEG, PNG, WebP or GIF picture"),
        ("hostname", "outside the media folder"),
    ]
    (story,) = report.article_ids
    lead = newsroom.media.lead(story)
    assert lead is not None and lead.filename == "bridge.jpg"
    assert (lead.text.caption, lead.text.alt) == ("The bridge at dawn", "A steel bridge")
    assert lead.text.credit == "Sahar News/Reuters"  # the file's own, WordPress had none
    assert sorted(p.filename for p in newsroom.media.list()) == ["bridge.jpg", "chart.png"]
    again = import_wxr(newsroom.database, newsroom.user, path, media_dir=media)
    assert again.posts_already_present == 1 and len(newsroom.media.ids()) == 2


def test_without_a_media_folder_every_attachment_is_listed_missing(
    newsroom: Newsroom, export: tuple[Path, Path]
) -> None:
    path, _media = export
    report = import_wxr(newsroom.database, newsroom.user, path)
    assert report.pictures == 0 and len(report.missing_media) == 6
    assert {m.reason for m in report.missing_media} == {"no --media-dir given"}
    assert newsroom.media.ids() == []


def test_the_cli_lists_missing_media(
    sqlite_url: str, export: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, media = export
    argv = ["--database", sqlite_url, "import", "wxr", str(path), "--media-dir", str(media)]
    assert main([*argv, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pictures"] == 2 and len(report["missing_media"]) == 4


def test_the_theme_unit_test_export_names_its_media_elsewhere(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    data = shared_fixtures() / "wxr" / "phpunit" / "data" / "theme-unit-test-data.xml"
    report = import_wxr(newsroom.database, newsroom.user, data, media_dir=tmp_path)
    assert report.pictures == 0 and report.posts > 0
    assert report.missing_media
    assert {m.reason for m in report.missing_media} == {"not in wp-content/uploads"}


def test_export_writes_the_pictures_back_as_attachments(newsroom: Newsroom, tmp_path: Path) -> None:
    from newsdesk.domain.entities import ArticleEdit
    from newsdesk.domain.media_references import picture_markdown
    from newsdesk.services.interchange.wxr_export import WxrExportOptions, export_wxr
    from newsdesk.services.interchange.wxr_media_export import attachment_id
    from newsdesk.services.interchange.wxr_read import read_wxr

    lead = newsroom.media.add(photo_desk_jpeg(1600, 1200), "lead.jpg").picture
    chart = newsroom.media.add(encoded(pixels(300, 200), "PNG"), "chart.png").picture
    body = f"Text.\n\n{picture_markdown(chart.id, 'A chart', 'Turnout')}\n"
    story = newsroom.articles.create(ArticleEdit(headline="Pictured", body=body))
    newsroom.media.set_lead(story.id, lead.id)
    path = tmp_path / "out.xml"
    options = WxrExportOptions(base_url="https://news.example.org/")
    report = export_wxr(newsroom.database, path, options)
    assert report.attachments == 2
    document = read_wxr(path)
    attachments = {i.post_id: i for i in document.items if i.post_type == "attachment"}
    assert set(attachments) == {str(attachment_id(lead.id)), str(attachment_id(chart.id))}
    photo = attachments[str(attachment_id(lead.id))]
    assert photo.attachment_url.startswith("https://news.example.org/media/")
    assert photo.meta["_wp_attachment_image_alt"] == "A crowd with banners in a snowy square"
    assert "Protesters gather in Pushkin Square" in photo.excerpt
    (post,) = [i for i in document.items if i.post_type == "post"]
    assert post.meta["_thumbnail_id"] == str(attachment_id(lead.id))
    assert "media:" not in post.content and "https://news.example.org/media/" in post.content
