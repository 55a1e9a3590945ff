"""The Map page: sites, licence areas and borders drawn offline, with no tile server."""
