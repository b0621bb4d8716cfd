# /// script
# requires-python = ">=3.11"
# dependencies = ["gevent==26.9.0"]
# ///
# --8<-- [start:late]
import threading
import warnings
from ssl import SSLContext  # (1)!
from threading import Lock

from gevent import monkey

with warnings.catch_warnings(record=True) as caught:  # (2)!
    warnings.simplefilter("always")
    monkey.patch_all()

for w in caught:
    first, _, rest = str(w.message).partition(". ")
    print(f"{w.category.__name__}: {first}.")
    print("  it names __main__ as NOT patched:", "__main__" in rest)

import ssl

print("ssl.SSLContext is patched:", ssl.SSLContext is not SSLContext)
print("our SSLContext is still the original:", SSLContext is monkey.get_original("ssl", "SSLContext"))
print("threading.Lock is patched:", threading.Lock is not Lock)  # (3)!
print("our Lock is still the original:", Lock is monkey.get_original("threading", "Lock"))
# --8<-- [end:late]
