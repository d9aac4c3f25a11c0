"""notebooks/explore.ipynb runs top to bottom in a fresh python3 kernel and shows the seed graph's answers."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def _texts(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                parts.append(out.text)
            elif out.output_type in ("display_data", "execute_result"):
                parts.extend(str(v) for v in out.data.values())
    return "\n".join(parts)


@pytest.fixture(scope="module")
def executed():
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from nbclient import NotebookClient

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        pytest.fail("no python3 Jupyter kernel: run `python -m ipykernel install --sys-prefix` in the venv")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return nb


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")


def test_notebook_runs_without_errors(executed):
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors, [f"{e.ename}: {e.evalue}" for e in errors]
    assert all(c.execution_count for c in executed.cells if c.cell_type == "code")


def test_notebook_shows_tables_and_a_chart(executed):
    text = _texts(executed)
    assert "东南大学" in text and "润州区" in text and "李仁杰" in text
    assert "<table>" in text
    svgs = [o for c in executed.cells for o in c.get("outputs", []) if "image/svg+xml" in o.get("data", {})]
    assert svgs and "<rect" in svgs[0].data["image/svg+xml"]
