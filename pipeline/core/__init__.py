"""The spine: the Document, its layers and records, the offset map, the stage contract, config, errors."""
