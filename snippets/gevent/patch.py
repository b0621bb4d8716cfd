# /// script
# requires-python = ">=3.11"
# dependencies = ["gevent==26.9.0"]
# ///
# --8<-- [start:patch]
from gevent import monkey

monkey.patch_all()  # (1)!

import select
import socket
import threading
import time

import gevent
import gevent.select
import gevent.socket
import gevent.thread

print("socket.socket is gevent.socket.socket:", socket.socket is gevent.socket.socket)
print("time.sleep is gevent.sleep:", time.sleep is gevent.sleep)
print("select.select is gevent.select.select:", select.select is gevent.select.select)
print("threading.get_ident is gevent's:", threading.get_ident is gevent.thread.get_ident)  # (2)!
print("the original sleep:", monkey.get_original("time", "sleep").__module__)  # (3)!
print("patched modules:", ", ".join(sorted(m for m in monkey.saved if not m.startswith("_gevent"))))
# --8<-- [end:patch]
