"""The look of the light, dark and high-contrast themes: their colours (`palettes.py`)
and the style that draws with them (`style.py`); `preferences/appearance.py` applies them."""
