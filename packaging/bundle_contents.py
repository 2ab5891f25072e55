"""What the bundle leaves out, each with its reason (used by erp-desktop.spec).

Measured on the first unpruned build (docs/performance.md); every exclusion is
proven harmless by tests/packaging/test_bundle.py, which runs every CLI command
and the GUI from the pruned bundle.
"""

from __future__ import annotations

import fnmatch

# Python modules nothing in the app imports at run time.
EXCLUDED_MODULES = [
    "tkinter",  # Python's own GUI toolkit
    "pytest",
    "hypothesis",
    "pypdf",  # tests read PDFs back; the app writes them
    "lxml",
    "IPython",
    # ReportLab imports Pillow's core (reportlab.lib.utils), so Pillow stays;
    # its optional codecs go: our PDFs hold no bitmap images (text, lines and
    # the vector QR code). AVIF, WebP, colour management, FreeType: ~10 MB.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingmath",
    "PIL._imagingmorph",
]

# Files (paths inside the bundle, shell patterns) and why they can go.
EXCLUDED_FILES = {
    # The virtual-keyboard input method drags in Qt Quick and QML (tens of MB);
    # shop PCs type on keyboards. IBus and compose input methods stay.
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so": "Qt Quick",
    "*libQt6VirtualKeyboard*": "Qt Quick",
    "*libQt6Quick*": "Qt Quick",
    "*libQt6Qml*": "QML",
    "*libQt6Pdf*": "PDF viewer, pulled in by the PDF image-format plugin",
    # Image formats: the interface shows no pictures; SVG stays for the icon.
    "PySide6/Qt/plugins/imageformats/libqpdf.so": "no PDF images",
    "PySide6/Qt/plugins/imageformats/libqtiff.so": "no TIFF",
    "PySide6/Qt/plugins/imageformats/libqwebp.so": "no WebP",
    "PySide6/Qt/plugins/imageformats/libqtga.so": "no TGA",
    "PySide6/Qt/plugins/imageformats/libqwbmp.so": "no WBMP",
    "PySide6/Qt/plugins/imageformats/libqicns.so": "macOS icons",
    "PySide6/Qt/plugins/imageformats/libqgif.so": "no GIF",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so": "no JPEG",
    # Screens: desktops run X11 (xcb) or Wayland; offscreen/minimal for tests.
    "PySide6/Qt/plugins/platforms/libqeglfs.so": "embedded boards",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so": "embedded boards",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so": "embedded boards",
    "PySide6/Qt/plugins/platforms/libqvnc.so": "VNC server",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so": "Vulkan display",
    "PySide6/Qt/plugins/egldeviceintegrations/*": "embedded boards (eglfs)",
    "*libQt6EglFSDeviceIntegration*": "embedded boards (eglfs)",
    "PySide6/Qt/plugins/generic/*": "touch input for eglfs",
    # The GTK 3 theme needs the system's GTK, and its dependencies (GLib, Cairo,
    # Pango, ATK from the build machine) would clash with that GTK. The desktop
    # portal theme stays: native file dialogs on GNOME and KDE.
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so": "GTK theme",
    # Wayland: desktops need the xdg-shell and the EGL client integration only.
    "PySide6/Qt/plugins/wayland-graphics-integration-client/*-server.so": "compositors",
    "PySide6/Qt/plugins/wayland-shell-integration/libfullscreen-shell-v1.so": "kiosks",
    "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so": "car dashboards",
    "PySide6/Qt/plugins/wayland-shell-integration/libqt-shell.so": "Qt compositors",
    "PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so": "obsolete protocol",
    # Printing: the CUPS library and what it links (TLS, Kerberos, Avahi) are
    # left to the system, like CUPS itself: a build machine's copies would not
    # match the PC's print service. Without CUPS the app runs, with no printers.
    **dict.fromkeys(
        (
            "libcups.so*",
            "libgnutls.so*",
            "libavahi-*.so*",
            "libgssapi_krb5.so*",
            "libkrb5.so*",
            "libk5crypto.so*",
            "libkrb5support.so*",
            "libcom_err.so*",
            "libkeyutils.so*",
            "libp11-kit.so*",
            "libidn2.so*",
            "libunistring.so*",
            "libtasn1.so*",
            "libnettle.so*",
            "libhogweed.so*",
            "libgmp.so*",
        ),
        "the system's CUPS",
    ),
    # QtNetwork is used for the local socket only (single instance).
    "PySide6/Qt/plugins/tls/*": "no TLS from Qt (psycopg has its own libpq)",
    "PySide6/Qt/plugins/networkinformation/*": "no network status",
}

# Qt's translations: only the languages the app has (en needs none).
KEPT_QT_TRANSLATIONS = ("qt_zh_CN.qm", "qtbase_zh_CN.qm")


def keep(name: str) -> bool:
    """False for a bundle file in EXCLUDED_FILES or an unneeded Qt translation."""
    name = name.replace("\\", "/")
    if "/Qt/translations/" in name:
        return name.rsplit("/", 1)[-1] in KEPT_QT_TRANSLATIONS
    return not any(fnmatch.fnmatch(name, pattern) for pattern in EXCLUDED_FILES)


def keep_collected(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hook's (source, destination folder) pairs, without the excluded files."""
    return [
        (source, folder)
        for source, folder in entries
        if keep(f"{folder}/{source.replace(chr(92), '/').rsplit('/', 1)[-1]}")
    ]
