"""geo.ui.text: Markdown escaping."""

from __future__ import annotations

from geo.ui.text import md


def test_markdown_escaping():
    assert md("[x](javascript:alert(1))") == r"\[x\]\(javascript\:alert\(1\)\)"
    assert md("*bold* <b>") == r"\*bold\* \<b\>"
    assert md("a\nb") == "a b"
