"""Word lists and patterns several stage families share, spelled once."""
