"""Table models shared by the screens."""
