"""The publication named by a page's copyright line (invented outlets)."""
from __future__ import annotations

import pytest

from storyweave.clean.outlet import infer_outlet


@pytest.mark.parametrize("line, outlet", [
    ("(c) 2024 Harbour Dispatch. All rights reserved.", "Harbour Dispatch"),
    ("Copyright ©2024 The Pine Courant. All Rights Reserved.", "The Pine Courant"),
    ("© Tessaly Press 2025. All rights reserved. Republication is prohibited.", "Tessaly Press"),
    ("© 2025 StarGlare Media Group. All rights reserved.", "StarGlare"),
    ("© Wave 104.2 / Coastline Radio Group 2025", "Wave 104.2"),
    ("(c) 2025 Halston University | Accessibility | Privacy", "Halston University"),
    ("Backbeat is part of Loop Media. © All rights reserved.", None),
    ("Copyright the author", None),
])
def test_clean_outlet_from_a_copyright_line(line: str, outlet: str | None):
    assert infer_outlet(f"Pier Approved\n\nThe council voted on Tuesday.\n\n{line}\n") == outlet


def test_clean_outlet_none_without_a_copyright_line():
    assert infer_outlet("Pier Approved\n\nThe council voted on Tuesday, the mayor said.\n") is None
