"""Documents page (st.navigation file page): see geo.ui.documents_page."""

from geo.ui.documents_page import page

page()
