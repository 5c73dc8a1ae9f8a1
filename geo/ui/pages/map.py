"""Map page (st.navigation file page): see geo.ui.explore."""

from geo.ui.explore import page

page()
