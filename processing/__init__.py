"""The "Lizard" Processing provider (id ``lizard``): the same core functions as the docks, headless."""
