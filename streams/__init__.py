"""Streaming event-timeline processor: news articles in, a deduplicated timeline of dated events out."""

__version__ = "0.1.0"
