"""Runs a command in a pseudo-terminal and answers its prompts, as a person at a keyboard would.

Usage: python3 pty-drive.py STEPS_JSON -- COMMAND...
STEPS_JSON is a list of [text to wait for, keys to send]. Prints everything the
command wrote, then exits with the command's exit code.
"""
import json, os, pty, select, sys, time

def main():
    split = sys.argv.index('--')
    steps = json.loads(sys.argv[1])
    command = sys.argv[split + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ['COLUMNS'] = '100'
        os.environ['LINES'] = '40'
        os.execvp(command[0], command)
    output = b''
    def read_for(seconds):
        nonlocal output
        end = time.time() + seconds
        while time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return False
                if not chunk:
                    return False
                output += chunk
        return True
    seen = 0
    for wait_for, keys in steps:
        deadline = time.time() + 15
        while wait_for.encode() not in output[seen:]:
            if time.time() > deadline:
                sys.stdout.write(output.decode('utf-8', 'replace'))
                sys.stderr.write('timed out waiting for %r\n' % wait_for)
                os.kill(pid, 9)
                sys.exit(99)
            if not read_for(0.1):
                break
        seen = output.index(wait_for.encode(), seen) + len(wait_for)
        time.sleep(0.15)
        os.write(fd, keys.encode())
    while read_for(0.2):
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(output.decode('utf-8', 'replace'))
    sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else status >> 8)

main()
