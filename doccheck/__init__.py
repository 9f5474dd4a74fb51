"""doccheck: checks EHCPs and SEN Information Reports for what the law and the Code require."""

__version__ = "0.1.0"
SCHEMA = 2
