"""Geo explorer -- run with ``streamlit run streamlit_app.py``.

A thin entry point: the pages and all their logic live in :mod:`geo.ui`.
"""

from geo.ui.app import main

main()
