"""Reading what the committed notebooks store: a chapter's notebook, one cell, its printed text."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load(lang: str, chapter: str) -> dict:
    """notebooks/<lang>/<chapter>.ipynb as JSON."""
    return json.loads((ROOT / "notebooks" / lang / f"{chapter}.ipynb").read_text(encoding="utf-8"))


def cell(nb: dict, cell_id: str) -> dict:
    return next(c for c in nb["cells"] if c.get("id") == cell_id)


def stream(nb: dict, cell_id: str) -> str:
    """Everything the cell printed (stdout and stderr streams), joined."""
    return "".join("".join(o["text"]) for o in cell(nb, cell_id)["outputs"] if o["output_type"] == "stream")
