"""`python -m roi_desktop` runs the same entry point as the `roi-desktop` command."""

import sys

from roi_desktop.cli import main

sys.exit(main())
