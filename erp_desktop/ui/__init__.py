"""Qt widgets only. Everything here calls services through the operation runner."""
