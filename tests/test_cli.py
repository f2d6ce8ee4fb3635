"""The CLI: every command has help, ingest/export round trip, errors and exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from storyweave import __version__
from storyweave.use.cli import app

runner = CliRunner()


def _command_paths(group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield prefix + (name,)
        if hasattr(command, "commands"):  # a sub-group such as `bench`
            yield from _command_paths(command, prefix + (name,))


def test_cli_every_command_has_help():
    root = typer.main.get_command(app)
    paths = list(_command_paths(root))
    assert {("ingest",), ("export",), ("documents",), ("show",), ("bench", "time")} <= set(paths)
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output


def test_cli_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_cli_ingest_then_export_json(article_file: Path, db: Path, tmp_path: Path):
    result = runner.invoke(app, ["ingest", str(article_file), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "added 1" in result.output
    out = tmp_path / "kb.json"
    result = runner.invoke(app, ["export", "--format", "json", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert set(data) >= {"documents", "entities", "facts", "conflicts", "quotes"}
    assert data["documents"][0]["title"] == "Harbor Lights Owner Opens Second Restaurant"


def test_cli_ingest_with_nothing_readable_fails(tmp_path: Path, db: Path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "nothing was ingested" in result.output


def test_cli_db_from_environment(article_file: Path, db: Path):
    result = runner.invoke(app, ["ingest", str(article_file)], env={"STORYWEAVE_DB": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_cli_show_unknown_entity_is_a_coded_error(article_file: Path, db: Path):
    runner.invoke(app, ["ingest", str(article_file), "--db", str(db)])
    result = runner.invoke(app, ["show", "Nobody Atall", "--db", str(db)])
    assert result.exit_code == 1 and "E201" in result.output


def test_cli_unknown_export_format(db: Path):
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(db)])
    assert result.exit_code == 1 and "unknown format" in result.output
