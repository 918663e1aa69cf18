import { quoted, type CommandCompletion } from './completion-model.js';

/** The fish completions: each option under the condition that its command (and no deeper one) was typed. */
export function fishCompletion(name: string, commands: readonly CommandCompletion[]): string {
  const lines = [`# fish completion for ${name}: ${name} completion fish > ~/.config/fish/completions/${name}.fish`, `complete -c ${name} -f`];
  const allSubcommands = [...new Set(commands.flatMap((command) => command.subcommands.map((sub) => sub.name)))];
  for (const command of commands) {
    const own = command.subcommands.map((sub) => sub.name);
    const condition =
      command.path.length === 0
        ? `not __fish_seen_subcommand_from ${allSubcommands.join(' ')}`
        : `__fish_seen_subcommand_from ${command.path.at(-1)}${own.length > 0 ? `; and not __fish_seen_subcommand_from ${own.join(' ')}` : ''}`;
    if (command.argumentChoices.length > 0) lines.push(`complete -c ${name} -n ${quoted(condition)} -a ${quoted(command.argumentChoices.join(' '))}`);
    for (const sub of command.subcommands)
      lines.push(`complete -c ${name} -n ${quoted(condition)} -a ${quoted(sub.name)} -d ${quoted(sub.description.slice(0, 80))}`);
    for (const option of command.options) {
      const flags = option.flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)).join(' ');
      const value = option.file ? ' -rF' : option.choices.length > 0 ? ` -xa ${quoted(option.choices.join(' '))}` : option.takesValue ? ' -x' : '';
      lines.push(`complete -c ${name} -n ${quoted(condition)} ${flags}${value} -d ${quoted(option.description.slice(0, 80))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
