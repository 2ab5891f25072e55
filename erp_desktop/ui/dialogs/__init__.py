"""Dialogs of the shell: first run, connect to a server, about."""
