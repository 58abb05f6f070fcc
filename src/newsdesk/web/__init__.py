"""The web door: `newsdesk serve comments`, the receiver the published pages' reply form
posts to (Starlette under uvicorn).

A layer beside `cli/`: it imports services and domain, never storage and never Qt. The
door's own work is HTTP (reading a post within its size, the client's address, the rate
limit, answers with the right status); what a comment is and whether it is let in is the
services' (`services.comment_receiver`, which hands it to the one intake).
"""

# Defaults the command line shows without importing the web stack (about 80 ms).
PATH = "/comments"
DEFAULT_LISTEN = "127.0.0.1:8081"
DEFAULT_PER_MINUTE = 6
