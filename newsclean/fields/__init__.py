"""Field extractors: each takes a draft article's paragraphs and moves one kind of text out.

Order matters and is fixed in :mod:`newsclean.body`: inline chrome first (so it never ends
up inside a caption), then credits and bylines at the story's end, captions, and the
dateline last (a caption may sit in front of it).
"""
