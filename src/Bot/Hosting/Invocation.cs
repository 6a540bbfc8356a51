namespace OneStop.Bot.Hosting;

/// <summary>
/// What the command line asks for: the bot (default), or a tool command (`validate`, `diagram`); and our own
/// flags (`--jsonl`), taken out before the rest goes to the host's configuration.
/// </summary>
internal sealed record Invocation(string Command, bool Jsonl, string[] HostArgs)
{
    public static readonly string[] ToolCommands = ["validate", "diagram", "understand"];

    public static Invocation Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.ToList();
        var jsonl = rest.Remove("--jsonl");
        rest.Remove("--readme");
        var command = rest.Count > 0 && ToolCommands.Contains(rest[0]) ? rest[0] : "run";
        if (command != "run")
        {
            rest.RemoveAt(0);
        }

        return new Invocation(command, jsonl, rest.ToArray());
    }
}
