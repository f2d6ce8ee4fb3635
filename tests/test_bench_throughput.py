"""`bench throughput`: the pipeline against bare spaCy on generated texts."""
from __future__ import annotations

import re

from typer.testing import CliRunner

from storyweave.use.cli import app

runner = CliRunner()


def test_bench_throughput_smoke():
    result = runner.invoke(app, ["bench", "throughput", "--docs", "20"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert re.fullmatch(r"pipeline/spaCy throughput ratio: \d+\.\d\d", lines[-1]), lines[-1]
    assert any(line.startswith("spaCy nlp.pipe") for line in lines)
    assert any("parse (spaCy nlp.pipe)" in line for line in lines)
