"""The record pages (persons, licences, sites, production...): list, filters, detail, and the forms."""
