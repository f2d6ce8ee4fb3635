"""One exception hierarchy; every error has a stable code for the CLI and the API."""
from __future__ import annotations


class StoryweaveError(Exception):
    """Base of every error storyweave raises on purpose."""

    code = "E000"

    def as_json(self) -> dict:
        return {"error": {"code": self.code, "type": type(self).__name__, "message": str(self)}}


class ConfigError(StoryweaveError):
    code = "E001"


class InputError(StoryweaveError):
    """A file or record cannot be read as an article."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class UnsupportedFormat(InputError):
    code = "E103"


class MalformedInput(InputError):
    code = "E104"


class TooLarge(InputError):
    code = "E105"


class StoreError(StoryweaveError):
    code = "E200"


class NotFound(StoreError):
    code = "E201"
