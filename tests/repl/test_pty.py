"""test_pty.py: drives `myriad repl` through a pseudo-terminal as a person would: prompts, echo,
grouping, a multi-line block, an exception, Ctrl-C during an endless loop and at the prompt, the
commands, history (when GNU readline is on the system), Ctrl-D and exit().
Usage: test_pty.py MYRIAD [EXTRA_ARGS...]"""
import os
import pty
import re
import select
import sys
import tempfile
import time

failures = 0
checks = 0


class Repl:
    def __init__(self, argv, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(env)
            os.execv(argv[0], argv)
        self.buf = ""

    def read_until(self, pattern, timeout=60.0):
        """Reads until the regex matches the output since the last call; returns the text read."""
        end = time.time() + timeout
        rx = re.compile(pattern)
        while True:
            m = rx.search(self.buf)
            if m:
                text, self.buf = self.buf[:m.end()], self.buf[m.end():]
                return text
            if time.time() > end:
                text, self.buf = self.buf, ""
                return text + f"\n<<timeout waiting for {pattern!r}>>"
            r, _, _ = select.select([self.fd], [], [], 0.1)
            if r:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    data = b""
                if not data:
                    text, self.buf = self.buf, ""
                    return text + "\n<<eof>>"
                self.buf += data.decode(errors="replace").replace("\r\n", "\n")

    def send(self, text):
        os.write(self.fd, text.encode())

    def wait(self):
        deadline = time.time() + 30
        while time.time() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            try:
                os.read(self.fd, 65536)
            except OSError:
                pass
            time.sleep(0.05)
        os.kill(self.pid, 9)
        return None


def check(what, cond, detail=""):
    global failures, checks
    checks += 1
    if cond:
        print(f"ok   {what}")
    else:
        failures += 1
        print(f"FAIL {what}\n{detail}")


def main():
    myriad, extra = sys.argv[1], sys.argv[2:]
    tmp = tempfile.mkdtemp()
    hist = os.path.join(tmp, "history")
    env = {"MYRIAD_HISTFILE": hist, "TERM": "dumb", "HOME": tmp}
    r = Repl([myriad, "repl", "-n", "2"] + extra, env)
    out = r.read_until(r">>> ")
    check("banner and prompt", "2 interpreters" in out and out.endswith(">>> "), out)
    r.send("x = tid * 10\n")
    r.read_until(r">>> ")
    r.send("x\n")
    out = r.read_until(r">>> ")
    check("echo, grouped by interpreter", "[0] 0\n" in out and "[1] 10\n" in out, out)
    r.send("for i in range(2):\n")
    out = r.read_until(r"\.\.\. ")
    check("a block gets the continuation prompt", out.endswith("... "), out)
    r.send("    print(i)\n")
    r.read_until(r"\.\.\. ")
    r.send("\n")
    out = r.read_until(r">>> ")
    check("an empty line ends the block; identical outputs grouped", "[0-1] (2x)\n  0\n  1\n" in out, out)
    r.send("1/0\n")
    out = r.read_until(r">>> ")
    check("an exception, grouped with its traceback", "[0-1] (2x)\n  Traceback (most recent call last):" in out
          and "ZeroDivisionError: division by zero" in out, out)
    r.send("while True: x += 0\n")
    r.read_until(r"\.\.\. ")
    r.send("\n")
    time.sleep(1.0)
    r.send("\x03")
    out = r.read_until(r">>> ")
    check("Ctrl-C stops an endless loop with KeyboardInterrupt in every interpreter",
          "[0-1] (2x)" in out and "KeyboardInterrupt" in out, out)
    r.send("print(x + 1)\n")
    out = r.read_until(r">>> ")
    check("after Ctrl-C the state is intact", "[0] 1\n" in out and "[1] 11\n" in out, out)
    r.send("unfinished = (1,")
    time.sleep(0.3)
    r.send("\x03")
    out = r.read_until(r">>> ")
    check("Ctrl-C at the prompt drops the line", "KeyboardInterrupt" in out, out)
    r.send("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('handled', tid)\n\n")
    time.sleep(1.0)
    r.send("\x03")
    out = r.read_until(r">>> ")
    check("KeyboardInterrupt can be caught", "[0] handled 0" in out and "[1] handled 1" in out, out)
    r.send(":show 1\n")
    out = r.read_until(r">>> ")
    check(":show ID", "handled 1" in out and "handled 0" not in out, out)
    r.send(":show x * 2\n")
    out = r.read_until(r">>> ")
    check(":show EXPR", "[0] 0\n" in out and "[1] 20\n" in out, out)
    r.send(":mem\n")
    out = r.read_until(r">>> ")
    check(":mem", "2 of 2 in the session" in out and "bytes in all" in out, out)
    r.send(":time sum(range(1000))\n")
    out = r.read_until(r">>> ")
    check(":time", "(2x) 499500" in out and re.search(r"time: [0-9.]+ ms", out) is not None, out)
    r.send(":limit 1\n")
    r.read_until(r">>> ")
    r.send("tid\n")
    out = r.read_until(r">>> ")
    check(":limit", "[0] 0\n... 1 more distinct output from 1 interpreter" in out, out)
    r.send(":help\n")
    out = r.read_until(r">>> ")
    check(":help", ":reset" in out and ":load FILE" in out, out)
    script = os.path.join(tmp, "load_me.py")
    with open(script, "w") as f:
        f.write("loaded = tid + 100\nprint('loading', loaded)\n")
    r.send(f":load {script}\n")
    out = r.read_until(r">>> ")
    check(":load", "[0] loading 100" in out, out)
    r.send(":reset\n")
    r.read_until(r">>> ")
    r.send("x\n")
    out = r.read_until(r">>> ")
    check(":reset forgets globals", "NameError: name 'x' is not defined" in out, out)
    r.send("'hist' + 'ory'\n")
    r.read_until(r">>> ")
    readline = os.path.exists(hist)
    if readline:
        r.send("\x1b[A\n")   # the up arrow recalls the last line
        out = r.read_until(r">>> ")
        check("history: the up arrow recalls the last input", "(2x) 'history'" in out, out)
    else:
        print("skip history recall: GNU readline is not on this system")
    r.send("\x04")
    code = r.wait()
    check("Ctrl-D leaves with status 0", code == 0, f"status {code}")
    if readline:
        with open(hist) as f:
            lines = f.read()
        check("history is kept in the history file", "'hist' + 'ory'" in lines, lines)
    r = Repl([myriad, "repl", "-n", "3"] + extra, env)
    r.read_until(r">>> ")
    r.send("exit(3)\n")
    code = r.wait()
    check("exit(3) leaves with status 3", code == 3, f"status {code}")
    print(f"repl pty: {checks - failures} of {checks} passed")
    sys.exit(1 if failures else 0)


main()
