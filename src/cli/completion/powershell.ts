import type { CommandCompletion } from './completion-model.js';

const psString = (text: string): string => `'${text.replace(/'/g, "''")}'`;
const psArray = (items: readonly string[]): string => `@(${items.map(psString).join(', ')})`;

/** The PowerShell argument completer (Register-ArgumentCompleter -Native), for Windows admins' consoles. */
export function powershellCompletion(name: string, commands: readonly CommandCompletion[]): string {
  const candidates = commands.map(
    (command) =>
      `  ${psString(command.path.join(' '))} = ${psArray([...command.subcommands.map((sub) => sub.name), ...command.argumentChoices, ...command.options.flatMap((option) => option.flags)])}`,
  );
  const values = commands.flatMap((command) =>
    command.options
      .filter((option) => option.takesValue)
      .flatMap((option) =>
        option.flags.map((flag) => `  ${psString(`${command.path.join(' ')}|${flag}`)} = ${option.file ? "'<file>'" : psArray(option.choices)}`),
      ),
  );
  const subcommands = commands
    .filter((command) => command.subcommands.length > 0)
    .map((command) => `  ${psString(command.path.join(' '))} = ${psArray(command.subcommands.map((sub) => sub.name))}`);
  return `# PowerShell completion for ${name}: ${name} completion powershell | Out-String | Invoke-Expression (add it to $PROFILE)
$rollupCheckCandidates = @{
${candidates.join('\n')}
}
$rollupCheckValues = @{
${values.join('\n')}
}
$rollupCheckSubcommands = @{
${subcommands.join('\n')}
}
Register-ArgumentCompleter -Native -CommandName ${psString(name)} -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
  if ($wordToComplete -ne '' -and $words.Count -gt 0) { $words = @($words | Select-Object -SkipLast 1) }
  $command = ''
  foreach ($word in $words) {
    $next = $rollupCheckSubcommands[$command]
    if ($next -and $next -contains $word) { $command = ($command + ' ' + $word).Trim() }
  }
  $previous = if ($words.Count -gt 0) { $words[-1] } else { '' }
  $choices = $rollupCheckValues[$command + '|' + $previous]
  if ($choices -eq '<file>') { return }
  if ($null -eq $choices) { $choices = $rollupCheckCandidates[$command] }
  $choices | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
  }
}
`;
}
