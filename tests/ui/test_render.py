"""geo.ui.render: the reading pane's HTML."""

from __future__ import annotations

from dataclasses import replace

from geo.ui import render
from tests.fixtures.apptest import XSS
from tests.fixtures.sample import KABUL, sample_analysis


def test_passage_html_marks_and_escapes():
    a = sample_analysis(f"{XSS} fighting in Kabul & Kapisa.\n\nNothing here.", doc_id='d"1')
    html = render.passage_html(a, 0, selected=KABUL.id)
    assert XSS not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp; " in html
    assert 'data-doc="d&quot;1"' in html
    assert '<mark class="geo-m g-city sel" data-place="geonames:1138958"' in html
    assert 'class="geo-m g-admin low"' in html  # Kapisa, low confidence
    assert (
        render.passage_html(a, 1)
        == '<p class="geo-p" data-doc="d&quot;1" data-passage="1">Nothing here.</p>'
    )
    # the text is reproduced exactly (unescaped)
    import html as h
    import re

    assert h.unescape(re.sub(r"<[^>]+>", "", html)) == a.document.passage_text(0)


def test_overlapping_mentions_are_not_doubled():
    a = sample_analysis("Kabul is big.", doc_id="o")
    r = a.resolutions[0]
    a.resolutions.append(replace(r, mention=replace(r.mention, start=0, end=3, text="Kab")))
    html = render.passage_html(a, 0)
    assert html.count("<mark") == 1


def test_a_street_says_it_stands_for_its_city():
    a = sample_analysis("Shops on Chicken Street in Kabul were shut.", doc_id="f")
    kabul = a.resolutions[0]
    street = replace(
        kabul.mention, start=9, end=23, text="Chicken Street", cue="street", form="facility"
    )
    title = render.mention_title(replace(kabul, mention=street))
    assert title.startswith("street in Kabul · city")
    assert render.mention_title(kabul).startswith("Kabul · city")


def test_document_title_prefers_something_readable():
    a = sample_analysis()
    a.document.title = "000_3a22f56b70f5f393"
    assert render.document_title(a).startswith("It has been a week now since the Taliban")
    a.document.title = "Panjshir report"
    assert render.document_title(a) == "Panjshir report"
