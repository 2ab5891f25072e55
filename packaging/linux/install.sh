#!/bin/sh
# Install ERP Desktop @VERSION@ from this unpacked folder.
#
#   ./install.sh              for you only: into ~/.local (no root needed)
#   sudo ./install.sh --system  for every user of this PC: into /usr/local
#   ./install.sh --prefix DIR   into DIR (packagers, tests)
#
# The program goes to PREFIX/lib/erp-desktop, the command to PREFIX/bin, the
# start-menu entry, icons and the book file type to PREFIX/share. Installing
# again replaces the old version. Your books are never touched: they live in
# your own data folder (~/.local/share/erp-desktop) or wherever you saved them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME:?}/.local"
usage() { sed -n '2,11s/^# \{0,1\}//p' "$0"; }
while [ $# -gt 0 ]; do
  case $1 in
    --system) prefix=/usr/local ;;
    --prefix) prefix=${2:?--prefix needs a folder}; shift ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
app="$prefix/lib/erp-desktop"
share="$prefix/share"

if [ -x "$app/uninstall.sh" ]; then
  "$app/uninstall.sh" --quiet  # the version installed before
fi

mkdir -p "$app" "$prefix/bin"
cp -R "$here/erp-desktop/." "$app/"
cp "$here/uninstall.sh" "$app/uninstall.sh"
chmod 755 "$app/uninstall.sh"
ln -sf "$app/erp-desktop" "$prefix/bin/erp-desktop"

# Files outside the program folder, listed so that uninstall.sh removes exactly these.
manifest="$app/installed-files.txt"
: > "$manifest"
echo "$prefix/bin/erp-desktop" >> "$manifest"
(cd "$here/share" && find . -type f) | while IFS= read -r file; do
  file=${file#./}
  mkdir -p "$(dirname "$share/$file")"
  if [ "$file" = "applications/@DESKTOP_ID@.desktop" ]; then
    sed "s|@EXEC@|$app/erp-desktop|g" "$here/share/$file" > "$share/$file"
  else
    cp "$here/share/$file" "$share/$file"
  fi
  echo "$share/$file" >> "$manifest"
done
# Every file (and library link) of the program folder too: anything else found there later is kept.
(cd "$app" && find . ! -type d) | sed "s|^\./|$app/|" >> "$manifest"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$share/mime" || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}
refresh
echo "ERP Desktop @VERSION@ is installed in $app."
echo "Start it from your applications menu, or run: $prefix/bin/erp-desktop"
