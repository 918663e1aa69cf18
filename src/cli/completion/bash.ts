import type { CommandCompletion } from './completion-model.js';

const words = (list: readonly string[]): string => list.join(' ');

/** The bash completion function for the program (`complete -F`); zsh loads it through bashcompinit. */
export function bashFunction(name: string, commands: readonly CommandCompletion[]): string {
  const functionName = `_${name.replace(/[^A-Za-z0-9]/g, '_')}`;
  const commandCases = commands.map((command) => {
    const key = command.path.join(' ');
    const valueCases = command.options
      .filter((option) => option.takesValue)
      .map((option) => {
        const reply = option.file
          ? `COMPREPLY=($(compgen -f -- "$cur"))`
          : option.choices.length > 0
            ? `COMPREPLY=($(compgen -W "${words(option.choices)}" -- "$cur"))`
            : 'COMPREPLY=()';
        return `        ${option.flags.join('|')}) ${reply}; return 0 ;;`;
      });
    const candidates = [...command.options.flatMap((option) => option.flags), ...command.subcommands.map((sub) => sub.name), ...command.argumentChoices];
    return [
      `    "${key}")`,
      ...(valueCases.length > 0 ? ['      case "$prev" in', ...valueCases, '      esac'] : []),
      `      COMPREPLY=($(compgen -W "${words(candidates)}" -- "$cur"))`,
      '      ;;',
    ].join('\n');
  });
  const subcommandNames = new Map<string, readonly string[]>(commands.map((command) => [command.path.join(' '), command.subcommands.map((sub) => sub.name)]));
  const descend = [...subcommandNames.entries()]
    .filter(([, names]) => names.length > 0)
    .map(([key, names]) => `      "${key}:${names.join(`"|"${key}:`)}") command="\${command:+$command }\${COMP_WORDS[i]}" ;;`);
  return `${functionName}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "$command:\${COMP_WORDS[i]}" in
${descend.join('\n')}
    esac
  done
  case "$command" in
${commandCases.join('\n')}
  esac
  return 0
}
complete -F ${functionName} ${name}
`;
}

export const bashCompletion = (name: string, commands: readonly CommandCompletion[]): string =>
  `# bash completion for ${name}: source <(${name} completion bash), or save it as ~/.local/share/bash-completion/completions/${name}\n${bashFunction(name, commands)}`;

export const zshCompletion = (name: string, commands: readonly CommandCompletion[]): string =>
  `#compdef ${name}\n# zsh completion for ${name}: source <(${name} completion zsh) in ~/.zshrc\nautoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n${bashFunction(name, commands)}`;
