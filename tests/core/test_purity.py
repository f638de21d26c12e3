"""The core is pure: importing every module of streams.core pulls in no stream processor or Kafka client."""

import pkgutil
import subprocess
import sys

import streams.core


def test_core_imports_no_faust_or_kafka():
    modules = [f"streams.core.{m.name}" for m in pkgutil.iter_modules(streams.core.__path__)]
    assert len(modules) > 10
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = sorted(n for n in sys.modules if n.split('.')[0] in {'faust', 'mode', 'kafka', 'aiokafka'})\n"
            + "print(','.join(bad))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
