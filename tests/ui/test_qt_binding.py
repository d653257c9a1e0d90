"""The Qt binding must not leak references to Python's singletons.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every void method call and
to ``True`` on every signal emit; the interpreter aborts when they run out, so a window
left open for an afternoon would crash. The check runs in a child process so a bad binding
fails this test instead of killing the whole run.
"""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = r"""
import json, sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

class Emitter(QObject):
    changed = Signal(int)

app = QApplication([])
widget = QWidget()
emitter = Emitter()
emitter.changed.connect(lambda value: None)
calls = 3000
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for i in range(calls):
    widget.update()
    emitter.changed.emit(i)
print(json.dumps({
    "none": none_before - sys.getrefcount(None),
    "true": true_before - sys.getrefcount(True),
}))
"""


def test_calls_and_signals_leave_none_and_true_alone():
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lost = json.loads(done.stdout.strip().splitlines()[-1])
    # 3000 calls of each kind: a leaking binding loses thousands, a sound one none
    assert abs(lost["none"]) < 100, lost
    assert abs(lost["true"]) < 100, lost
