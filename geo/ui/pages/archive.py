"""Archive page (st.navigation file page): see geo.ui.archive_page."""

from geo.ui.archive_page import page

page()
