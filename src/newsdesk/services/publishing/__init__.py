"""Publishing: the static site (pages, feeds, sitemap) and IPTC ninjs documents."""

from newsdesk.services.publishing.progress import Cancelled, Progress, ProgressState
from newsdesk.services.publishing.site import SiteOptions, SiteReport, export_site

__all__ = ["Cancelled", "Progress", "ProgressState", "SiteOptions", "SiteReport", "export_site"]
