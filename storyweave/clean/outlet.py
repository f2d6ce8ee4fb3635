"""The publication an article comes from when its page says so in a copyright line:
"(c) 2024 The Tollbridge Gazette. All rights reserved.", "Copyright ©2024 The Financial
Courant", "© Tessaly Press 2025". Metadata (HTML, JSON Lines) wins over this."""
from __future__ import annotations

import re

COPYRIGHT = re.compile(
    r"^(?i:\(c\)|©|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s+)?"
    r"(?P<name>[A-Z][\w&'’.+-]*(?:\s+[A-Z0-9][\w&'’.+-]*){0,5}?)"
    r"\.?(?:\s+(?:19|20)\d\d)?\s*(?:[.|,/]|(?i:all rights)|$)")
# the company behind the title, not the title: "StarGlare Media Group", "Lattice Media Ltd"
COMPANY_TAIL = re.compile(r"(?:\s+(?:Media|Group|Ltd|Limited|Inc|LLC|plc|Holdings|Company))+$")
MAX_LINE = 200


def infer_outlet(text: str) -> str | None:
    """The publication a copyright line names, reading from the bottom of the page."""
    for line in reversed(text.splitlines()):
        line = line.strip()
        m = COPYRIGHT.match(line) if len(line) <= MAX_LINE else None
        name = m.group("name").rstrip(".") if m else ""
        if name and not name.lower().startswith("all"):
            return COMPANY_TAIL.sub("", name) or name
    return None
