"""Backing up to a drive or folder, and restoring a backup."""
