"""PySide6's own hook, minus the Qt plugins bundle_contents.py excludes.

Filtering here, before PyInstaller follows the plugins' library dependencies,
also keeps out what only those plugins need (GTK, Cairo, Qt Quick, …).
"""

import os
import sys

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))
from bundle_contents import keep_collected

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep_collected(binaries)
datas = keep_collected(datas)
