"""Events page (st.navigation file page): see geo.ui.events_page."""

from geo.ui.events_page import page

page()
