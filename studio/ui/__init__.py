"""PySide6 widgets and view models: the only place Qt widgets live."""
