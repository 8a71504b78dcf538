// slcost completion: scripts written from the command declarations, which
// name every command and option, parse in their shell, and complete.
import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { slcostProgram } from '../../src/commands/program.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

const program = slcostProgram({ stdout: () => {}, stderr: () => {}, color: false, columns: 80 }, () => {});

/** Every command's words after `slcost`, and every long and short option of it, straight from commander's lists. */
function declared(command: Command, path: string[] = []): Array<{ path: string[]; flags: string[] }> {
  const flags = command.options.flatMap((option) => [option.long, option.short].filter((flag): flag is string => Boolean(flag)));
  return [{ path, flags }, ...command.commands.flatMap((sub) => declared(sub, [...path, sub.name()]))];
}

const has = (binary: string) => spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0;
const script = (shell: string) => {
  const result = runCli(['completion', shell]);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  return result.stdout;
};

describe('slcost completion', () => {
  const commands = declared(program);

  it('knows every command slcost declares, at least a dozen of them', () => {
    expect(commands.length).toBeGreaterThanOrEqual(12);
    expect(commands.map((command) => command.path.join(' '))).toEqual(expect.arrayContaining(['estimate', 'pricing show', 'usage init', 'completion']));
  });

  it.each(['bash', 'zsh', 'fish'])('%s: names every command and every option of it', (shell) => {
    const text = script(shell);
    for (const { path, flags } of commands) {
      if (path.length) expect(text, path.join(' ')).toMatch(new RegExp(`\\b${path.at(-1)}\\b`));
      for (const flag of flags)
        expect(text, `${path.join(' ')} ${flag}`).toContain(shell === 'fish' ? (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`) : flag);
    }
    // Choices too: the formats of estimate and the shells of completion.
    for (const choice of ['markdown', 'html', 'zsh']) expect(text).toContain(choice);
  });

  it('bash: parses, and completes commands, subcommands, options and their choices', () => {
    const file = tempFile(script('bash'), 'slcost.bash');
    expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    const complete = (...words: string[]) => {
      const line = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((word) => JSON.stringify(word)).join(' ')}); COMP_CWORD=${words.length - 1}; _slcost; echo "\${COMPREPLY[*]}"`;
      const result = spawnSync('bash', ['-c', line], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout.trim();
    };
    expect(complete('slcost', 'es')).toBe('estimate');
    expect(complete('slcost', 'pricing', 'sh')).toBe('show');
    expect(complete('slcost', 'estimate', 'scenarios/growing-api.yaml', '--fo')).toBe('--format');
    expect(complete('slcost', 'estimate', '--format', '')).toBe('table json markdown csv html');
    expect(complete('slcost', 'completion', '')).toBe('bash zsh fish');
    expect(complete('slcost', 'breakeven', 'x.yaml', '-f', 'c')).toBe('chart csv');
    // A value of one's own (a file, a pricing version) is left to the shell's file names.
    expect(complete('slcost', 'estimate', '--pricing-file', '')).toBe('');
  });

  it('zsh: a #compdef script that parses (where zsh is installed)', () => {
    const text = script('zsh');
    expect(text.startsWith('#compdef slcost\n')).toBe(true);
    expect(text).toContain('compdef _slcost slcost');
    if (has('zsh')) expect(spawnSync('zsh', ['-n', tempFile(text, '_slcost')]).status).toBe(0);
  });

  it('fish: a complete line for every command, and a script that parses (where fish is installed)', () => {
    const text = script('fish');
    // Each command is offered where its parent command has been typed: `-n '__slcost_is \'pricing\''`.
    for (const { path } of commands.slice(1)) expect(text).toContain(`-n '__slcost_is \\'${path.slice(0, -1).join(' ')}\\'' -a ${path.at(-1)} -d `);
    expect(text).toMatch(/complete -c slcost -n '__slcost_is \\'estimate\\'' -s f -l format -x -a 'table json markdown csv html'/);
    if (has('fish')) expect(spawnSync('fish', ['--no-execute', tempFile(text, 'slcost.fish')]).status).toBe(0);
  });

  it('refuses a shell it does not know, naming the ones it does', () => {
    const result = runCli(['completion', 'powershell']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bash, zsh, fish');
  });
});
