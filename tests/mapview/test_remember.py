"""The remembered pan and zoom (geo.mapview.remember)."""

from __future__ import annotations

from geo.mapview import build_map, map_html


def test_remembered_view_is_restored_after_the_fit(seed):
    """``remember=`` : the tab's last pan/zoom for that key wins over the default fit (the
    key is data: a hostile one stays a string)."""
    assert "sessionStorage" not in map_html(build_map(seed))
    key = "k</script><script>alert(1)//'\""
    html = map_html(build_map(seed, remember=key))
    restore = html.index("sessionStorage.getItem")
    assert html.index("fitBounds") < restore  # restored after the fit
    assert "moveend" in html[restore:]
    assert '"k\\u003c/script\\u003e\\u003cscript\\u003ealert(1)//\'\\""' in html
    assert "</script><script>alert(1)" not in html
