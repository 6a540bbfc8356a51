using Microsoft.Extensions.Configuration;
using OneStop.Bot.Content;
using OneStop.Bot.Hosting;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// `report --from 2026-11-01 --to 2026-11-30 --out report.xlsx`: the /baocao report from the terminal. Writes the
/// spreadsheet, the chart beside it (same name, .png) and prints the summary. Stop the bot first: the database file
/// is opened by one process at a time.
/// </summary>
internal static class ReportCommand
{
    public static int Run(IConfiguration config, IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var from = Option(args, "--from");
        var to = Option(args, "--to");
        var outPath = Option(args, "--out") ?? "bao-cao-khao-sat.xlsx";
        if (from is null || to is null || !ReportPeriod.TryDay(from, out var first) || !ReportPeriod.TryDay(to, out var last) || first > last)
        {
            output.WriteLine("Usage: report --from 2026-11-01 --to 2026-11-30 [--out report.xlsx] [--Storage:Path=data/onestop.db]");
            return 2;
        }

        var storage = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (!File.Exists(storage.Path))
        {
            output.WriteLine($"No database at {Path.GetFullPath(storage.Path)}; set --Storage:Path to the bot's file.");
            return 1;
        }

        var content = FeatureContent.LoadOrThrow(config).Content;
        var form = SurveyContent.LoadOrThrow(FeatureContent.Directory(config));
        using var db = new BotDatabase(storage.Path);
        var bundle = new SurveyReports(new SurveyAnswerStore(db), new TicketBook(db), form, content).Make(new ReportPeriod(first, last));
        var chartPath = Path.ChangeExtension(outPath, ".png");
        File.WriteAllBytes(outPath, bundle.WorkbookXlsx);
        File.WriteAllBytes(chartPath, bundle.ChartPng);
        output.WriteLine(bundle.Text);
        output.WriteLine();
        output.WriteLine($"Wrote {Path.GetFullPath(outPath)} and {Path.GetFullPath(chartPath)}");
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
