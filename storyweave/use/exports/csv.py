"""CSV: one UTF-8 file per table in a folder (documents, removed, entities, aliases, facts,
evidence, conflicts, quotes). Lists inside a cell (a conflict's facts) are space-separated."""
from __future__ import annotations

import csv
from pathlib import Path

TABLES = {
    "documents": ["id", "path", "title", "outlet", "url", "published_earliest",
                  "published_latest", "published_inferred", "duplicate_of", "text"],
    "removed": ["document", "start", "end", "reason", "text"],
    "entities": ["id", "type", "name"],
    "aliases": ["entity", "alias"],
    "facts": ["id", "subject", "predicate", "object", "value", "time_earliest", "time_latest",
              "time_text", "place", "status", "evidence_count"],
    "evidence": ["fact", "document", "start", "end", "text"],
    "conflicts": ["id", "subject", "predicate", "facts", "explanation"],
    "quotes": ["id", "speaker", "outlet", "document", "start", "end", "text"],
}


def rows(data: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {name: [] for name in TABLES}
    for d in data["documents"]:
        p = d["published"]
        out["documents"].append({**d, "published_earliest": p["earliest"],
                                 "published_latest": p["latest"],
                                 "published_inferred": int(bool(p["inferred"]))})
        out["removed"] += [{"document": d["id"], **r} for r in d["removed"]]
    for e in data["entities"]:
        out["entities"].append(e)
        out["aliases"] += [{"entity": e["id"], "alias": a} for a in e["aliases"]]
    for f in data["facts"]:
        t = f["time"] or {}
        out["facts"].append({**f, "time_earliest": t.get("earliest"),
                             "time_latest": t.get("latest"), "time_text": t.get("text"),
                             "evidence_count": len(f["evidence"])})
        out["evidence"] += [{"fact": f["id"], **ev} for ev in f["evidence"]]
    for c in data["conflicts"]:
        out["conflicts"].append({**c, "facts": " ".join(c["facts"])})
    out["quotes"] = list(data["quotes"])
    return out


def write_csv(data: dict, folder: Path) -> list[Path]:
    """Write every table to `folder` (created if needed); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in rows(data).items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=TABLES[name], extrasaction="ignore",
                               lineterminator="\n")
            w.writeheader()
            for r in table:
                w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in TABLES[name]})
        written.append(path)
    return written
