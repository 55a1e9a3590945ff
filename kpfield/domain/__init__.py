"""The field's nouns and rules: entities, vocabularies, places, validation. Plain Python: no Qt, no SQL."""
