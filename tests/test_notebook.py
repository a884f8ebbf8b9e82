"""The notebook analysts start from runs, cell by cell, on a store holding the sample graph."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pandas as pd

from graph.store.falkor import FalkorStore
from tests.store_fixtures import sample_batches

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def test_every_code_cell_runs_on_the_embedded_store(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("AIGRAPH_DATA", str(tmp_path / "store"))
    store = FalkorStore(str(tmp_path / "store"))
    try:
        store.write_batches(sample_batches())
    finally:
        store.close()
    cells = [c for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    assert cells
    namespace: dict = {}
    values = []
    for cell in cells:
        tree = ast.parse("".join(cell["source"]), str(NOTEBOOK))
        # Like Jupyter: run the cell and keep the value of a last statement that is an expression.
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, str(NOTEBOOK), "exec"), namespace)  # noqa: S102 - our own notebook
        if last is not None:
            values.append(eval(compile(ast.Expression(last.value), str(NOTEBOOK), "eval"), namespace))  # noqa: S307
    investors = next(v for v in values if isinstance(v, pd.DataFrame))
    assert "Tencent" in investors.to_string()
    assert any(isinstance(v, pd.DataFrame) and "pagerank" in v.columns for v in values)
