"""The media library: pictures decoded with limits, their metadata and renditions."""
