#!/usr/bin/env python3
"""Time from starting piketpalen to its first frame on a real pseudo-terminal.

Usage: internal/bench/firstframe.py BINARY [RUNS] [ARGS...]

Starts BINARY in an 80x24 pty with a fresh data folder, waits until the home
screen's progress line has been written, and reports the median, quartiles,
minimum and maximum over RUNS (default 20) starts. The program is then sent
'q' and waited for.
"""
import fcntl, os, pty, select, statistics, struct, sys, tempfile, termios, time

ARGS = []  # extra arguments for the program, e.g. --course DIR

def one(binary):
    data = tempfile.mkdtemp()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "PIKETPALEN_DATA": data})
        os.execv(binary, [binary] + ARGS)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    seen = b""
    while True:
        r, _, _ = select.select([fd], [], [], 5)
        if not r:
            raise SystemExit("no first frame within 5 s")
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            raise SystemExit("program ended before its first frame")
        seen += chunk
        if b"modules gehaald" in seen:
            elapsed = time.perf_counter() - start
            break
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed * 1000

def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    ARGS.extend(sys.argv[3:])
    one(binary)  # warm the file cache
    times = sorted(one(binary) for _ in range(runs))
    q = statistics.quantiles(times, n=4)
    print(f"first frame over {runs} starts: median {statistics.median(times):.1f} ms, "
          f"quartiles {q[0]:.1f}-{q[2]:.1f} ms, min {times[0]:.1f} ms, max {times[-1]:.1f} ms")

main()
