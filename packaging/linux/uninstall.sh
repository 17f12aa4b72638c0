#!/bin/sh
# Removes what install.sh installed. Your workspaces and settings stay where they are
# (~/.local/share/ROI Desktop and ~/.config/ROI Desktop): delete them yourself if you want them gone.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$HOME/.local/opt/roi-desktop
link=$HOME/.local/bin/roi-desktop

if [ -L "$link" ] && [ "$(readlink "$link")" = "$app/roi-desktop" ]; then rm -f "$link"; fi
rm -f "$data/applications/roi-desktop.desktop" "$data/mime/packages/roi-desktop.xml" \
      "$data/icons/hicolor/256x256/apps/roi-desktop.png"
rm -rf "$app"
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime"; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications"; fi
echo "ROI Desktop was removed."
