"""``python -m dikecualikan_gui``."""

from dikecualikan_gui.app import main

raise SystemExit(main())
