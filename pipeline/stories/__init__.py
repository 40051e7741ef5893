"""Stories: events of every document that tell one happening, merged after a run."""
