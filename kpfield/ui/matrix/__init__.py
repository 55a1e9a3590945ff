"""The Challenge matrix page: heat map, indicators, flagged records, self-assessment, footprints."""
