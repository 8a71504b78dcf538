// slcost completion SHELL: a completion script for bash, zsh or fish, written
// from the command declarations themselves (program.ts), so that a command or
// an option added there is completed without a change here.
import type { Command, Option } from 'commander';
import type { COMPLETION_SHELLS } from './program.js';
import type { Io } from './shell.js';

export type Shell = (typeof COMPLETION_SHELLS)[number];

interface OptionSpec {
  readonly flags: readonly string[];
  readonly description: string;
  /** Whether it takes a value; `choices` when the value is one of a list. */
  readonly takesValue: boolean;
  readonly choices: readonly string[];
}

interface CommandSpec {
  /** The command's words after `slcost`: `[]` for slcost itself, `['pricing', 'show']`. */
  readonly path: readonly string[];
  readonly description: string;
  readonly subcommands: readonly CommandSpec[];
  readonly options: readonly OptionSpec[];
  /** The values its arguments may take, when an argument has a list of them. */
  readonly argumentChoices: readonly string[];
}

function optionSpec(option: Option): OptionSpec {
  return {
    flags: [option.short, option.long].filter((flag): flag is string => Boolean(flag)),
    description: option.description,
    takesValue: option.required || option.optional,
    choices: option.argChoices ?? [],
  };
}

/** Every command under `command`, with its options (the help and version options too), from commander's own lists. */
export function commandSpec(command: Command, path: readonly string[] = []): CommandSpec {
  return {
    path,
    description: command.summary() || command.description(),
    subcommands: command.commands.map((sub) => commandSpec(sub, [...path, sub.name()])),
    options: command.createHelp().visibleOptions(command).map(optionSpec),
    argumentChoices: command.registeredArguments.flatMap((argument) => argument.argChoices ?? []),
  };
}

const everyCommand = (spec: CommandSpec): CommandSpec[] => [spec, ...spec.subcommands.flatMap(everyCommand)];

/** A word the scripts put in unquoted: the names and choices slcost declares are all of this kind, and a test holds them to it. */
const WORD = /^[A-Za-z0-9][A-Za-z0-9._-]*$|^--?[A-Za-z0-9][A-Za-z0-9-]*$/;

function words(list: readonly string[]): string {
  for (const word of list) if (!WORD.test(word)) throw new Error(`a completion word must be plain, got ${JSON.stringify(word)}`);
  return list.join(' ');
}

/** The `case` patterns that move the command path on by one word, as `PATH|WORD`, for bash and zsh. */
function pathSteps(root: CommandSpec): string {
  return everyCommand(root)
    .slice(1)
    .map((spec) => `"${words(spec.path.slice(0, -1))}|${words(spec.path.slice(-1))}"`)
    .join('|');
}

function bash(root: CommandSpec): string {
  const branches = everyCommand(root).map((spec) => {
    const valued = spec.options.filter((option) => option.takesValue);
    const values = valued.map((option) =>
      option.choices.length
        ? `        ${option.flags.join('|')}) COMPREPLY=($(compgen -W "${words(option.choices)}" -- "$cur")); return ;;`
        : `        ${option.flags.join('|')}) return ;;`,
    );
    const next = words([...spec.subcommands.map((sub) => sub.path.at(-1)!), ...spec.argumentChoices]);
    return [
      `    "${words(spec.path)}")`,
      ...(values.length ? ['      case "$prev" in', ...values, '      esac'] : []),
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${words(spec.options.flatMap((option) => option.flags))}" -- "$cur"))`,
      `      else COMPREPLY=($(compgen -W "${next}" -- "$cur")); fi`,
      '      ;;',
    ].join('\n');
  });
  return `# bash completion for slcost, written by \`slcost completion bash\`.
# Load it in this shell:      source <(slcost completion bash)
# or for every new shell:     slcost completion bash > ~/.local/share/bash-completion/completions/slcost
_slcost() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmdpath="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "$cmdpath|\${COMP_WORDS[i]}" in
      ${pathSteps(root)}) cmdpath="\${cmdpath:+$cmdpath }\${COMP_WORDS[i]}" ;;
    esac
  done
  COMPREPLY=()
  case "$cmdpath" in
${branches.join('\n')}
  esac
}
# -o default: where nothing above matches (a file, a value of one's own), the shell completes file names.
complete -o default -F _slcost slcost
`;
}

function zsh(root: CommandSpec): string {
  const branches = everyCommand(root).map((spec) => {
    const valued = spec.options.filter((option) => option.takesValue);
    const values = valued.map((option) =>
      option.choices.length ? `        ${option.flags.join('|')}) compadd -- ${words(option.choices)}; return ;;` : `        ${option.flags.join('|')}) _files; return ;;`,
    );
    const next = words([...spec.subcommands.map((sub) => sub.path.at(-1)!), ...spec.argumentChoices]);
    return [
      `    "${words(spec.path)}")`,
      ...(values.length ? ['      case "$prev" in', ...values, '      esac'] : []),
      `      if [[ "$cur" == -* ]]; then compadd -- ${words(spec.options.flatMap((option) => option.flags))}`,
      `      else ${next ? `compadd -- ${next}; ` : ''}_files; fi`,
      '      ;;',
    ].join('\n');
  });
  return `#compdef slcost
# zsh completion for slcost, written by \`slcost completion zsh\`.
# Load it in this shell:      source <(slcost completion zsh)
# or for every new shell:     slcost completion zsh > "\${fpath[1]}/_slcost"   (then start a new shell)
_slcost() {
  local cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}" cmdpath="" i
  for ((i = 2; i < CURRENT; i++)); do
    case "$cmdpath|\${words[i]}" in
      ${pathSteps(root)}) cmdpath="\${cmdpath:+$cmdpath }\${words[i]}" ;;
    esac
  done
  case "$cmdpath" in
${branches.join('\n')}
  esac
}
if [[ "\${funcstack[1]}" == _slcost ]]; then _slcost "$@"; else compdef _slcost slcost; fi
`;
}

/** Text in single quotes for fish, where a backslash escapes a quote and itself. */
const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(root: CommandSpec): string {
  const steps = everyCommand(root)
    .slice(1)
    .map((spec) => `'${words(spec.path.slice(0, -1))}|${words(spec.path.slice(-1))}'`)
    .join(' ');
  const lines = everyCommand(root).flatMap((spec) => {
    const when = `-n ${fishQuote(`__slcost_is ${fishQuote(spec.path.join(' '))}`)}`;
    return [
      ...spec.subcommands.map((sub) => `complete -c slcost ${when} -a ${sub.path.at(-1)!} -d ${fishQuote(sub.description)}`),
      ...(spec.argumentChoices.length ? [`complete -c slcost ${when} -a ${fishQuote(words(spec.argumentChoices))}`] : []),
      ...spec.options.map((option) => {
        const flags = option.flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)).join(' ');
        const value = option.choices.length ? ` -x -a ${fishQuote(words(option.choices))}` : option.takesValue ? ' -r' : '';
        return `complete -c slcost ${when} ${flags}${value} -d ${fishQuote(option.description)}`;
      }),
    ];
  });
  return `# fish completion for slcost, written by \`slcost completion fish\`.
# Load it in this shell:      slcost completion fish | source
# or for every new shell:     slcost completion fish > ~/.config/fish/completions/slcost.fish
function __slcost_path
    set -l cmdpath ''
    set -l tokens (commandline -opc)
    set -e tokens[1]
    for word in $tokens
        switch "$cmdpath|$word"
            case ${steps}
                set cmdpath (string trim -- "$cmdpath $word")
        end
    end
    echo $cmdpath
end
function __slcost_is
    set -l cmdpath (__slcost_path)
    test "$cmdpath" = "$argv[1]"
end
${lines.join('\n')}
`;
}

export function completionScript(shell: Shell, program: Command): string {
  const root = commandSpec(program);
  return shell === 'bash' ? bash(root) : shell === 'zsh' ? zsh(root) : fish(root);
}

export async function completionCommand(shell: Shell, program: Command, io: Io): Promise<number> {
  io.stdout(completionScript(shell, program));
  return 0;
}
