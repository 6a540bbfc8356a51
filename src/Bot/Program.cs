using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OneStop.Bot.Commands;
using OneStop.Bot.Hosting;
using OneStop.Bot.Survey;
using OneStop.Bot.Zalo;

// OneStop: the chat front of the commune's one-stop desk.
//   dotnet run --project src/Bot                 the bot (Telegram with Telegram__BotToken, else a chat in this terminal)
//   dotnet run --project src/Bot -- --jsonl      the terminal chat, one JSON object per line
//   dotnet run --project src/Bot -- validate     check conversation-flows/ and list unconfirmed facts (--launch: fail on any)
//   dotnet run --project src/Bot -- report --from 2026-11-01 --to 2026-11-30 --out report.xlsx   the survey report
//   dotnet run --project src/Bot -- zalo-auth --redirect https://…   first setup of the Zalo OA's tokens
//   dotnet run --project src/Bot -- understand   accuracy of free-text understanding on the labelled corpus
//   dotnet run --project src/Bot -- diagram      print the state machines as Mermaid (--readme: update README.md)
//   dotnet run --project src/Bot -- backup --out FILE   a checked backup, through the running bot if one runs
//   dotnet run --project src/Bot -- restore FILE        put a backup back (the bot stopped); the old file is kept
var invocation = Invocation.Parse(args);
var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(invocation.HostArgs).Build();

try
{
    switch (invocation.Command)
    {
        case "validate":
            return ValidateCommand.Run(config, Console.Out, args.Contains("--launch"));
        case "understand":
            return UnderstandCommand.Run(config, invocation.HostArgs, Console.Out);
        case "diagram":
            return DiagramCommand.Run(config, Console.Out, args.Contains("--readme"));
        case "run" when invocation.HostArgs is ["report", .. var reportArgs]:
            return ReportCommand.Run(config, reportArgs, Console.Out);
        case "run" when invocation.HostArgs is ["zalo-auth", .. var authArgs]:
            return await ZaloAuthCommand.RunAsync(config, authArgs, Console.In, Console.Out, TimeProvider.System);
        case "run" when invocation.HostArgs is ["backup", .. var backupArgs]:
            return await BackupCommand.RunAsync(config, backupArgs, Console.Out);
        case "run" when invocation.HostArgs is ["restore", .. var restoreArgs]:
            return RestoreCommand.Run(config, restoreArgs, Console.Out, TimeProvider.System);
    }

    var builder = Host.CreateApplicationBuilder(invocation.HostArgs);
    builder.AddOneStop(invocation);
    using var host = builder.Build();
    await host.StartAsync();
    await host.WaitForShutdownAsync();
    return HostExit.Code(host);
}
catch (Exception ex) when (ex is InvalidDataException or DirectoryNotFoundException or InvalidOperationException)
{
    // Broken content, a missing folder, a second instance on the same file: say what to do, no stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
