"""Helpers for the query, API and browser tests: one store built from examples/corpus per test
run (ingest takes a few seconds), copies of it for tests that write, and a live server."""
from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
# Screenshots of every page go to a temporary folder; set STORYWEAVE_SCREENSHOTS=docs/screenshots
# to refresh the README's pictures (a test run never rewrites tracked files by default).
SCREENSHOTS = Path(os.environ.get("STORYWEAVE_SCREENSHOTS")
                   or Path(tempfile.gettempdir()) / "storyweave-screenshots")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

_BUILT: dict[str, Path] = {}


def built_store() -> Path:
    """The sample corpus ingested once per test process (a read-only master copy)."""
    if "db" not in _BUILT:
        from storyweave.kb import KnowledgeBase
        folder = Path(tempfile.mkdtemp(prefix="storyweave-webtest-"))
        db = folder / "corpus.db"
        with KnowledgeBase(db) as kb:
            report = kb.ingest([CORPUS])
        assert report.ingested >= 5, report.events
        import atexit
        atexit.register(shutil.rmtree, folder, True)
        _BUILT["db"] = db
    return _BUILT["db"]


def copy_store(target: Path) -> Path:
    """A private, writable copy of the built store (sqlite backup: WAL-safe)."""
    src = sqlite3.connect(built_store())
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(db: Path, allow_ingest: bool = False):
    """`storyweave serve` on 127.0.0.1 at a free port; yields the base URL."""
    port = free_port()
    cmd = [sys.executable, "-c", "from storyweave.use.cli import main; main()", "serve",
           "--db", str(db), "--port", str(port)]
    if allow_ingest:
        cmd.append("--allow-ingest")
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"server exited: {log.read().decode(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("server did not start within 60 s") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is absent (run scripts/install-browser.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (run scripts/install-browser.sh)"
    return None
