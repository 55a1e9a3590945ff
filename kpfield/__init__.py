"""kpfield: field inventories of artisanal and alluvial diamond mining for the KP's WGAAP."""

__version__ = "0.1.0"
