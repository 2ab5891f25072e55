"""ERP Desktop: a desktop ERP for small and mid-size trading companies and shops."""

__version__ = "0.1.0"
APP_NAME = "ERP Desktop"
APP_ID = "erp-desktop"
# Reverse-DNS id: the .desktop file's name, the app id on Wayland, the macOS bundle id.
DESKTOP_ID = "io.github.erpdesktop.ErpDesktop"
BOOK_MIME_TYPE = "application/x-erp-desktop-book"
