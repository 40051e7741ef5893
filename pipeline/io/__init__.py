"""Reading the corpus and writing the tables: loader, metadata, schema, tables, store, locks, add, status."""
