"""Front ends: the PySide6 desktop app and the ``mailroom`` command line."""
