"""Workbooks in and out: field workbooks, blank templates, import and merge (no Qt)."""
