"""Interchange: newsrooms moving in and out (WordPress WXR, saved web pages)."""
