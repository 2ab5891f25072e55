#!/bin/sh
# Remove ERP Desktop: every file install.sh put in place, and nothing else.
#
#   PREFIX/lib/erp-desktop/uninstall.sh   (or ./uninstall.sh [--system | --prefix DIR])
#
# Books are never removed: neither your data folder (~/.local/share/erp-desktop)
# nor any file install.sh did not write.
set -eu

quiet=
here=$(cd "$(dirname "$0")" && pwd)
if [ -f "$here/installed-files.txt" ]; then
  app=$here
else
  app="${HOME:?}/.local/lib/erp-desktop"
fi
while [ $# -gt 0 ]; do
  case $1 in
    --system) app=/usr/local/lib/erp-desktop ;;
    --prefix) app=${2:?--prefix needs a folder}/lib/erp-desktop; shift ;;
    --prefix=*) app=${1#--prefix=}/lib/erp-desktop ;;
    --quiet) quiet=1 ;;
    -h|--help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "uninstall.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
manifest="$app/installed-files.txt"
if [ ! -f "$manifest" ]; then
  echo "uninstall.sh: ERP Desktop is not installed in $app" >&2
  exit 1
fi
prefix=$(cd "$app/../.." && pwd)
share="$prefix/share"

while IFS= read -r file; do
  if [ -f "$file" ] || [ -L "$file" ]; then rm -f "$file"; fi
done < "$manifest"
rm -f "$manifest"
# Empty folders of the program go; a folder still holding a file of yours stays.
find "$app" -depth -type d -empty -delete 2>/dev/null || true

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime" ]; then
  update-mime-database "$share/mime" || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$share/applications" ]; then
  update-desktop-database -q "$share/applications" || true
fi
if [ -z "$quiet" ]; then
  echo "ERP Desktop is removed from $prefix. Your books were not touched."
  if [ -d "$app" ]; then echo "Kept (not installed by ERP Desktop): $app"; fi
fi
