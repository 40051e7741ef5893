"""The events stage and its rules: triggers, roles, names, coreference, agreement parties."""
