"""ERP Desktop: a desktop ERP for small and mid-size trading companies and shops."""

__version__ = "0.1.0"
APP_NAME = "ERP Desktop"
APP_ID = "erp-desktop"
