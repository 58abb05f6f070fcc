"""Administration windows: the people of a newsroom server and their roles."""
