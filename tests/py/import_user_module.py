# Modules next to the script are imported as python3 imports them (myriad: /app in the shared file system).
import usermod_helper
from usermod_helper import VALUE, twice
import usermod_helper as again

print(usermod_helper.__name__, VALUE, twice(21), again is usermod_helper, usermod_helper.LOADS)
print(usermod_helper.__file__.endswith("usermod_helper.py"))
import sys
print(sys.modules["usermod_helper"] is usermod_helper, type(sys.path).__name__)
try:
    import usermod_missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
