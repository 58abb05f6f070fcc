"""The story text editor: Markdown editing, syntax colouring, find and replace."""

from newsdesk.ui.editor.find_bar import FindBar
from newsdesk.ui.editor.highlighter import MarkdownHighlighter
from newsdesk.ui.editor.markdown_editor import MarkdownEditor, is_rtl_language

__all__ = ["FindBar", "MarkdownEditor", "MarkdownHighlighter", "is_rtl_language"]
