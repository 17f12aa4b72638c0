#!/bin/sh
# Installs ROI Desktop for the current user: no administrator rights, nothing written outside your home.
#
#   ./install.sh          run it again to update; ~/.local/opt/roi-desktop/uninstall.sh removes it
#
# The app goes to ~/.local/opt/roi-desktop and the `roi-desktop` command to ~/.local/bin; the menu entry, the
# icon and the .roidb file type go to ~/.local/share, so that double-clicking a workspace opens it here.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$HOME/.local/opt/roi-desktop
bin=$HOME/.local/bin

rm -rf "$app"
mkdir -p "$app" "$bin" "$data/applications" "$data/mime/packages" "$data/icons/hicolor/256x256/apps"
cp -R "$here/roi-desktop/." "$app/"
cp "$here/uninstall.sh" "$app/uninstall.sh"
ln -sfn "$app/roi-desktop" "$bin/roi-desktop"
# Exec with the full path: ~/.local/bin is not on every desktop session's PATH.
{ grep -v '^Exec=' "$here/roi-desktop.desktop"; printf 'Exec="%s" %%f\n' "$app/roi-desktop"; } \
  >"$data/applications/roi-desktop.desktop"
cp "$here/roi-desktop.xml" "$data/mime/packages/roi-desktop.xml"
cp "$here/roi-desktop.png" "$data/icons/hicolor/256x256/apps/roi-desktop.png"

# Without these caches the file type and the "Open with" entry only appear after the next login.
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime"; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications"; fi

echo "ROI Desktop is installed: start it from the applications menu, or with: roi-desktop"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to your PATH to use the roi-desktop command)";; esac
echo "To remove it: $app/uninstall.sh"
