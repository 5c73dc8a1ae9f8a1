"""geo.ui.text: Markdown escaping."""

from __future__ import annotations

from geo.ui.text import md


def test_markdown_escaping():
    assert md("[x](javascript:alert(1))") == r"\[x\]\(javascript\:alert\(1\)\)"
    assert md("*bold* <b>") == r"\*bold\* \<b\>"
    assert md("a\nb") == "a b"


def test_count_puts_the_noun_in_the_right_number():
    from geo.ui.text import count

    assert count(1, "place") == "1 place"
    assert count(0, "place") == "0 places"
    assert count(1234, "mention") == "1,234 mentions"
    assert count(2, "country", "countries") == "2 countries"
