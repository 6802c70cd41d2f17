"""Real key presses on a real X server, through the XTEST extension (libXtst), as a keyboard
sends them: the window system, not Qt, decides which window and widget get them. And the window
manager (openbox) that places, decorates and focuses the windows as on a desktop."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

NAMES = {
    "-": "minus",
    " ": "space",
    ".": "period",
    "@": "at",
    "\n": "Return",
    "\t": "Tab",
}


class XKeyboard:
    def __init__(self, display: str | None = None) -> None:
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XStringToKeysym.restype = ctypes.c_ulong
        self.x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XInternAtom.restype = ctypes.c_ulong
        self.x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        ]
        self.x11.XFree.argtypes = [ctypes.c_void_p]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        name = display or os.environ.get("DISPLAY", "")
        self.display = self.x11.XOpenDisplay(name.encode())
        if not self.display:
            raise OSError(f"cannot open X display {name!r}")

    def _code(self, keysym: str) -> int:
        code = int(
            self.x11.XKeysymToKeycode(self.display, self.x11.XStringToKeysym(keysym.encode()))
        )
        if not code:
            raise ValueError(f"no key for {keysym!r}")
        return code

    def press(self, keysym: str, *modifiers: str) -> None:
        """One key with modifiers held: press("s", "Control_L") is Ctrl+S."""
        held = [self._code(name) for name in modifiers]
        for code in held:
            self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        code = self._code(keysym)
        self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        for code in reversed(held):
            self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        self.x11.XFlush(self.display)

    def type(self, text: str) -> None:
        for char in text:
            if char.isupper():
                self.press(char.lower(), "Shift_L")
            else:
                self.press(NAMES.get(char, char))

    def window_manager_running(self) -> bool:
        """An EWMH window manager says so on the root window (_NET_SUPPORTING_WM_CHECK)."""
        atom = self.x11.XInternAtom(self.display, b"_NET_SUPPORTING_WM_CHECK", 1)
        if not atom:
            return False
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.x11.XGetWindowProperty(
            self.display,
            self.x11.XDefaultRootWindow(self.display),
            atom,
            0,
            1,
            0,
            0,  # AnyPropertyType
            ctypes.byref(kind),
            ctypes.byref(fmt),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if data:
            self.x11.XFree(data)
        return status == 0 and count.value > 0

    def close(self) -> None:
        self.x11.XCloseDisplay(self.display)


@contextmanager
def window_manager(keys: XKeyboard, timeout_s: float = 10.0) -> Iterator[None]:
    """openbox on the display, ready before the first window is shown; stopped after."""
    program = shutil.which("openbox")
    if program is None:
        raise OSError("no window manager: openbox is not installed (scripts/lib.sh installs it)")
    process = subprocess.Popen(
        [program, "--sm-disable"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout_s
        while not keys.window_manager_running():
            if process.poll() is not None or time.monotonic() > deadline:
                raise OSError("openbox did not start on the X display")
            time.sleep(0.05)
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)
