"""Runs a command in a pseudo-terminal and answers its prompts, as a person at a keyboard would.

Usage: python3 pty-drive.py STEPS_JSON -- COMMAND...
STEPS_JSON is a list of [text to wait for, keys to send]. Prints everything the
command wrote, then exits with the command's exit code.

Usage: python3 pty-drive.py --each JOB_JSON
JOB_JSON is {"triggers": [[text, keys], ...], "commands": [[arg, ...], ...],
"parallel": N}: every command runs in its own pseudo-terminal, at most N at a
time, and whenever a trigger's text appears in a command's output its keys are
sent, once per command (a prompt is drawn again as it is answered), in
whatever order the command asks. Prints a JSON list of {"status", "output"},
one per command in order; a command still running after 30 s is killed and
given status 99.
"""
import json, os, pty, select, sys, time

def spawn(command):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ['COLUMNS'] = '100'
        os.environ['LINES'] = '40'
        os.execvp(command[0], command)
    return pid, fd

def each(job):
    triggers = [(text.encode(), keys.encode()) for text, keys in job['triggers']]
    pending = list(enumerate(job['commands']))
    results = [None] * len(pending)
    running = {}
    while pending or running:
        while pending and len(running) < job.get('parallel', 2):
            index, command = pending.pop(0)
            pid, fd = spawn(command)
            running[fd] = {'index': index, 'pid': pid, 'output': b'', 'fired': set(), 'start': time.time()}
        ready, _, _ = select.select(list(running), [], [], 0.05)
        for fd in list(running):
            run = running[fd]
            ended = False
            if fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    chunk = b''
                if chunk:
                    run['output'] += chunk
                else:
                    ended = True
            timed_out = time.time() - run['start'] > 30
            if timed_out:
                os.kill(run['pid'], 9)
                ended = True
            if not ended:
                for number, (text, keys) in enumerate(triggers):
                    if number not in run['fired'] and text in run['output']:
                        run['fired'].add(number)
                        # inquirer reads keys once the prompt it has drawn is waiting for them.
                        time.sleep(0.05)
                        os.write(fd, keys)
                continue
            _, status = os.waitpid(run['pid'], 0)
            os.close(fd)
            code = 99 if timed_out else (os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else status >> 8)
            results[run['index']] = {'status': code, 'output': run['output'].decode('utf-8', 'replace')}
            del running[fd]
    sys.stdout.write(json.dumps(results))

def main():
    if sys.argv[1] == '--each':
        return each(json.loads(sys.argv[2]))
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
