"""Exception hierarchy: one root, so callers can catch everything the project raises on purpose."""

__all__ = ["TimelineError", "InvalidArticle", "BrokerError"]


class TimelineError(Exception):
    """Root of every error the project raises on purpose."""


class InvalidArticle(TimelineError):
    """An ingest message that cannot be processed; ``reason`` is meant for a person."""

    def __init__(self, reason: str, article_id: str | None = None, code: str = "invalid_field") -> None:
        super().__init__(reason)
        self.reason = reason
        self.article_id = article_id
        self.code = code  # machine-readable class, see schemas/dlq-record.schema.json

    def __reduce__(self):  # raised in an extraction process, re-raised in the worker with all three fields
        return type(self), (self.reason, self.article_id, self.code)


class BrokerError(TimelineError):
    """The embedded broker could not be started or reached."""
