"""The Exchange page: field workbooks out and in (previewed first), the review, officers' keys."""
