"""Real key presses on a real X server, through the XTEST extension (libXtst), as a keyboard
sends them: the window system, not Qt, decides which window and widget get them."""

from __future__ import annotations

import ctypes
import ctypes.util
import os

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

    def close(self) -> None:
        self.x11.XCloseDisplay(self.display)
