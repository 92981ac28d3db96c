"""The HTML path: markup to the same blocks the text pipeline reads, plus markup metadata."""
