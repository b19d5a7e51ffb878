"""Docks, dialogs, map tools and Qt models. They call ``core``; they never do HTTP themselves."""
