"""Readers: each format gives articles with text, title and metadata; bad inputs give errors."""
from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyweave.errors import (BinaryInput, EmptyInput, MalformedInput, TooLarge,
                               UnsupportedFormat)
from storyweave.ingest import MAX_BYTES, read_file, read_paths
from storyweave.model import Article

PAGE = """<!doctype html><html><head>
<title>Tide Pools Reopen | The Meridian Post</title>
<meta property="og:title" content="Tide Pools Reopen After Storm Repairs">
<meta property="og:site_name" content="The Meridian Post">
<meta property="og:url" content="https://meridian.example/tide-pools">
<meta property="article:published_time" content="2021-05-04T09:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Tide Pools Reopen After Storm Repairs</h1>
<p>The county reopened the northern tide pools on Monday after six months of repairs to the
sea wall, which a winter storm had cracked in two places.</p>
<p>"People have missed this place more than we expected," said ranger Obi Lindqvist, who has
worked on the shore for eleven years. Volunteers will guide visitors every weekend.</p>
<p>The southern pools remain closed until the spring, the county said in a statement.</p>
</article><footer>Copyright The Meridian Post. All rights reserved.</footer></body></html>"""


def _one(path: Path) -> Article:
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_ingest_text_title_is_first_nonempty_line(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("\n\n  Storm Closes Harbor  \n\nThe harbor closed on Monday.\n")
    article = _one(path)
    assert article.title == "Storm Closes Harbor"
    assert "The harbor closed on Monday." in article.text


def test_ingest_html_reads_main_text_and_metadata(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    article = _one(path)
    assert article.title == "Tide Pools Reopen After Storm Repairs"
    assert article.outlet == "The Meridian Post"
    assert article.url == "https://meridian.example/tide-pools"
    assert str(article.published) == "2021-05-04"
    assert "sea wall" in article.text and "Home" not in article.text
    assert article.text.startswith(article.title)


def test_ingest_jsonl_reads_good_lines_and_reports_bad_ones(tmp_path: Path):
    good = {"text": "The ferry resumed service.", "title": "Ferry Returns",
            "url": "https://lantern.example/ferry", "outlet": "Daily Lantern",
            "published": "2022-06-14"}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    items = list(read_file(path))
    assert isinstance(items[0], Article)
    assert items[0].text.startswith("Ferry Returns\n\nThe ferry")
    assert (items[0].outlet, str(items[0].published)) == ("Daily Lantern", "2022-06-14")
    assert isinstance(items[1], MalformedInput) and ":2:" in str(items[1])
    assert isinstance(items[2], MalformedInput) and ":3:" in str(items[2])


def _warc(path: Path, records: list[tuple[str, bytes, str]]) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, kind in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_ingest_warc_reads_html_responses_only(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://meridian.example/tide-pools", PAGE.encode(), "text/html"),
                 ("https://meridian.example/logo.png", b"\x89PNG....", "image/png")])
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].url == "https://meridian.example/tide-pools"


def test_ingest_broken_warc_is_one_error(tmp_path: Path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a record at all\r\n\r\n")
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], MalformedInput)


def test_ingest_directory_is_read_recursively_and_sorted(tmp_path: Path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "2.txt").write_text("Second\n\nBody two.")
    (tmp_path / "1.txt").write_text("First\n\nBody one.")
    titles = [a.title for a in read_paths([tmp_path])]
    assert titles == ["First", "Second"]


def test_ingest_bad_inputs_each_get_a_clear_error(tmp_path: Path):
    cases = {"empty.txt": b"  \n", "binary.txt": b"\x00\x01\x02PK\x03\x04" * 50,
             "notes.docx": b"irrelevant", "page.html": b"<html><body></body></html>"}
    expected = {"empty.txt": EmptyInput, "binary.txt": BinaryInput,
                "notes.docx": UnsupportedFormat, "page.html": MalformedInput}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        items = list(read_file(tmp_path / name))
        assert len(items) == 1 and isinstance(items[0], expected[name]), (name, items)
        assert name in str(items[0])


def test_ingest_undecodable_bytes_fall_back_to_a_detected_charset(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café Opens\n\nThe café on the corner reopened, its owner said.".encode("cp1252"))
    assert _one(path).title == "Café Opens"


def test_ingest_oversized_file_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 30 * 1024 * 1024)  # a sparse 50 MB file
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], TooLarge)
