"""Build the course notebooks from the chapter sources, and execute them in place.

    python notebooks/src/build.py            # build and execute every chapter
    python notebooks/src/build.py 01 02      # only chapters whose file starts with 01 or 02
    python notebooks/src/build.py --check    # fail if a committed notebook differs from its source
    python notebooks/src/build.py --remeasure 06 --jobs 1   # also store fresh timings (one kernel at a time)

Executing twice gives the same files: cells are run with nbclient without
timing metadata or widget state, and widget views (whose model ids are random)
are reduced to their plain-text form before the notebook is written. Cells
tagged ``nbval-ignore-output`` print what no two runs reproduce (timings); every
cell still runs, but such a cell keeps the outputs already stored for it as long
as its source is unchanged, unless ``--remeasure`` is given.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.util import ensure_async, run_sync

SRC = Path(__file__).resolve().parent
NOTEBOOKS = SRC.parent
sys.path.insert(0, str(SRC))

import glue  # noqa: E402
from cells import LANGUAGES, Cell  # noqa: E402

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
UNREPRODUCIBLE = "nbval-ignore-output"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
_CELL_ID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def source_hash(text: str) -> str:
    """Short fingerprint of a Japanese cell, stored in its English twin as ``translated_from``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def chapter_sources(prefixes: list[str] | None = None) -> list[Path]:
    paths = sorted(p for p in SRC.glob("[0-9][0-9]_*.py"))
    if prefixes:
        paths = [p for p in paths if any(p.name.startswith(pre) for pre in prefixes)]
    return paths


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"chapter_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_cited(path: Path) -> list[dict[str, str]]:
    """The chapter's ``CITED`` declarations (numbers taken from sources), as notebook metadata."""
    return [c.as_metadata() for c in getattr(load_module(path), "CITED", [])]


def load_cells(path: Path) -> list[Cell]:
    cells = list(load_module(path).CELLS)
    ids = [c.id for c in cells]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{path.name}: duplicate cell ids {duplicates}")
    bad = [i for i in ids if not _CELL_ID.match(i)]
    if bad:
        raise ValueError(f"{path.name}: cell ids must match {_CELL_ID.pattern}: {bad}")
    return cells


def notebook_metadata(cited: list[dict[str, str]] | None = None) -> dict:
    metadata = {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    if cited:
        metadata["course"] = {"cited": list(cited)}
    return metadata


def make_notebook(cells: list[Cell], language: str, cited: list[dict[str, str]] | None = None) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = notebook_metadata(cited)
    for cell in cells:
        text = cell.source(language)
        metadata = dict(cell.metadata)
        if cell.tags:
            metadata["tags"] = list(cell.tags)
        if language == "en":
            metadata["i18n"] = {"translated_from": source_hash(cell.source("ja"))}
        if cell.kind == "markdown":
            node = nbformat.v4.new_markdown_cell(text, id=cell.id, metadata=metadata)
        else:
            node = nbformat.v4.new_code_cell(text, id=cell.id, metadata=metadata)
        nb.cells.append(node)
    return nb


async def _execute_filling_prose(client: NotebookClient, nb: nbformat.NotebookNode) -> None:
    """Run every code cell in order; at each markdown cell with placeholders, fill them from the kernel's state."""
    client.reset_execution_trackers()
    async with client.async_setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                await client.async_execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
                continue
            wanted = glue.placeholders(cell.source)
            if not wanted:
                continue
            expressions = {f"p{i}": glue.expression(p) for i, p in enumerate(wanted)}
            msg_id = await ensure_async(client.kc.execute("", silent=True, store_history=False,
                                                          user_expressions=expressions))
            reply = await client.async_wait_for_reply(msg_id)
            results = reply["content"]["user_expressions"]
            values = {p: glue.value_from_reply(p, results[f"p{i}"]) for i, p in enumerate(wanted)}
            cell.metadata["course"] = {"glue": values, "template": cell.source}
            cell.source = glue.fill(cell.source, values)


def execute(nb: nbformat.NotebookNode, cwd: Path) -> nbformat.NotebookNode:
    metadata = dict(nb.metadata)
    client = NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(cwd)}},
        record_timing=False,
        store_widget_state=False,
    )
    run_sync(_execute_filling_prose)(client, nb)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.outputs = coalesce_streams(cell.outputs)
        for output in cell.outputs:
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                raise RuntimeError(f"cell {cell.id} wrote to stderr: {output.get('text', '')[:300]!r}")
            data = output.get("data", {})
            # Widget model ids are random per run; keep only the plain-text form.
            data.pop(WIDGET_VIEW, None)
    nb.metadata = metadata
    return nb


def keep_unreproducible_outputs(new: nbformat.NotebookNode, old: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Give cells tagged ``nbval-ignore-output`` the outputs stored in ``old`` when their source is unchanged.

    Their outputs (timings) differ on every run; keeping the stored ones makes a
    rebuild change nothing unless the cell itself changed.
    """
    stored = {c.get("id"): c for c in old.cells if c.cell_type == "code"}
    for cell in new.cells:
        if cell.cell_type != "code" or UNREPRODUCIBLE not in cell.metadata.get("tags", []):
            continue
        previous = stored.get(cell.get("id"))
        if previous is not None and previous.source == cell.source and previous.outputs:
            cell.outputs = previous.outputs
    return new


def coalesce_streams(outputs: list) -> list:
    """Merge consecutive stdout (or stderr) outputs into one.

    The kernel flushes a print in one piece or in several depending on timing;
    merged, the stored notebook does not depend on when it flushed.
    """
    merged: list = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            output.get("output_type") == "stream"
            and previous is not None
            and previous.get("output_type") == "stream"
            and previous.get("name") == output.get("name")
        ):
            previous["text"] = "".join(previous["text"]) + "".join(output["text"])
        else:
            merged.append(output)
    return merged


def target(path: Path, language: str) -> Path:
    return NOTEBOOKS / language / f"{path.stem}.ipynb"


def build_one(job: tuple[Path, str, bool, bool]) -> str:
    path, language, run, remeasure = job
    nb = make_notebook(load_cells(path), language, load_cited(path))
    out = target(path, language)
    if run:
        nb = execute(nb, out.parent)
        if out.exists() and not remeasure:
            nb = keep_unreproducible_outputs(nb, nbformat.read(out, as_version=4))
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out)
    return str(out.relative_to(NOTEBOOKS.parent))


def unfilled_source(cell: nbformat.NotebookNode | dict) -> str:
    """A cell's source as its chapter source writes it: with the placeholders, not the filled-in prose numbers."""
    course = cell.get("metadata", {}).get("course", {})
    source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
    return course.get("template", source)


def shape(nb: nbformat.NotebookNode) -> list[tuple]:
    """What a notebook must agree on with its chapter source: ids, types, text, tags, translation hash."""
    return [(c.id, c.cell_type, unfilled_source(c), c.metadata.get("tags", []), c.metadata.get("i18n"))
            for c in nb.cells]


def stale_notebooks() -> list[str]:
    """Committed notebooks whose cells (sources, ids, tags) differ from their chapter source."""
    problems = []
    for path in chapter_sources():
        cells, cited = load_cells(path), load_cited(path)
        for language in LANGUAGES:
            out = target(path, language)
            if not out.exists():
                problems.append(f"{out.name} ({language}) is missing")
                continue
            built = make_notebook(cells, language, cited)
            stored = nbformat.read(out, as_version=4)
            if shape(built) != shape(stored) or built.metadata.get("course") != stored.metadata.get("course"):
                problems.append(f"notebooks/{language}/{out.name} differs from notebooks/src/{path.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("chapters", nargs="*", help="file-name prefixes, e.g. 01")
    parser.add_argument("--no-execute", action="store_true", help="write the notebooks without running them")
    parser.add_argument("--check", action="store_true", help="only report notebooks that differ from the sources")
    parser.add_argument("--remeasure", action="store_true",
                        help="store fresh outputs of cells tagged nbval-ignore-output (timings) too")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_notebooks()
        for p in problems:
            print(p)
        return 1 if problems else 0
    jobs = [(p, lang, not args.no_execute, args.remeasure) for p in chapter_sources(args.chapters) for lang in LANGUAGES]
    if not jobs:
        print("no chapter source matched", file=sys.stderr)
        return 1
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for written in pool.map(build_one, jobs):
            print("wrote", written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
