"""The <img> tags of an HTML fragment, as a browser decodes their attributes (used by the figure and widget tests)."""

from __future__ import annotations

from html.parser import HTMLParser


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))


def images(fragment: str) -> list[dict]:
    """The attributes of every <img> in ``fragment`` (entities such as &quot; decoded)."""
    parser = _Images()
    parser.feed(fragment)
    return parser.images
