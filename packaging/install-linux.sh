#!/usr/bin/env bash
# Installs the folder built by packaging/build-linux.sh as a desktop app:
#   packaging/install-linux.sh            for you, under ~/.local
#   packaging/install-linux.sh /usr/local for everyone (run as root)
# PREFIX/lib/newsdesk holds the app, PREFIX/bin/newsdesk links to it, and the menu
# entry, metainfo and icon go to PREFIX/share. Run it again to update; remove with
#   rm -r PREFIX/lib/newsdesk PREFIX/bin/newsdesk PREFIX/share/*/io.newsdesk.Newsdesk.*
#   (and PREFIX/share/icons/hicolor/scalable/apps/io.newsdesk.Newsdesk.svg)
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=io.newsdesk.Newsdesk
DIST=dist/newsdesk
PREFIX=${1:-$HOME/.local}

if [ ! -x "$DIST/newsdesk" ]; then
  echo "No $DIST/newsdesk: run packaging/build-linux.sh first" >&2
  exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$PREFIX/lib/newsdesk"
cp -a "$DIST" "$PREFIX/lib/newsdesk"
rm -rf "$PREFIX/lib/newsdesk/share"
ln -sfn "$PREFIX/lib/newsdesk/newsdesk" "$PREFIX/bin/newsdesk"
for file in "applications/$APP_ID.desktop" "metainfo/$APP_ID.metainfo.xml" \
  "icons/hicolor/scalable/apps/$APP_ID.svg"; do
  install -D -m 644 "$DIST/share/$file" "$PREFIX/share/$file"
done
# The menu entry runs `newsdesk`: name the installed program in full in case PREFIX/bin
# is not on the desktop session's PATH.
sed -i "s|^Exec=newsdesk$|Exec=$PREFIX/bin/newsdesk|" "$PREFIX/share/applications/$APP_ID.desktop"

if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$PREFIX/share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
fi
echo "Installed Newsdesk in $PREFIX/lib/newsdesk; run it from the menu or as $PREFIX/bin/newsdesk"
