"""Drives a backup can go to: mounted, ready, writable volumes that look removable (USB sticks,
memory cards, external disks), with their name and free space."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QStorageInfo

# Where desktops mount removable media; a volume elsewhere is an internal disk.
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free_bytes: int

    def label(self) -> str:
        free = QLocale().formattedDataSize(self.free_bytes)
        return f"{self.name} — {free}"


def _looks_removable(volume: QStorageInfo) -> bool:
    root = volume.rootPath()
    if sys.platform == "win32":
        system = Path.home().anchor.rstrip("\\/").upper()
        return not root.upper().startswith(system)
    return any(root.startswith(prefix) for prefix in REMOVABLE_ROOTS)


def removable_drives() -> list[Drive]:
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if not _looks_removable(volume):
            continue
        name = volume.displayName() or volume.name() or volume.rootPath()
        drives.append(Drive(Path(volume.rootPath()), name, volume.bytesAvailable()))
    return sorted(drives, key=lambda d: d.name.lower())
