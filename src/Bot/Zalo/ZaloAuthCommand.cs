using System.Security.Cryptography;
using System.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Zalo;

/// <summary>
/// `zalo-auth --redirect https://…`: first setup of the OA's tokens. Prints the consent link (OAuth v4 with PKCE S256),
/// reads the code Zalo put on the redirect address (the code, or the whole address pasted), exchanges it and stores
/// the pair in the bot's database. Stop the bot first: the database file is opened by one process at a time.
/// </summary>
internal static class ZaloAuthCommand
{
    public static async Task<int> RunAsync(IConfiguration config, IReadOnlyList<string> args, TextReader input, TextWriter output, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var options = config.GetSection(ZaloOptions.Section).Get<ZaloOptions>() ?? new ZaloOptions();
        var redirect = Option(args, "--redirect") ?? config["Zalo:RedirectUri"];
        if (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrWhiteSpace(options.AppSecret) || string.IsNullOrWhiteSpace(redirect))
        {
            await output.WriteLineAsync("Usage: zalo-auth --redirect <the callback URL registered for the app>, with Zalo__AppId and Zalo__AppSecret set.");
            return 2;
        }

        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var state = Base64Url(RandomNumberGenerator.GetBytes(12));
        var link = $"{options.OAuthBaseUrl.TrimEnd('/')}/v4/oa/permission?app_id={Uri.EscapeDataString(options.AppId)}" +
                   $"&redirect_uri={Uri.EscapeDataString(redirect)}&code_challenge={challenge}&state={state}";
        await output.WriteLineAsync("1. An admin of the Official Account opens this link and allows the app:");
        await output.WriteLineAsync(link);
        await output.WriteLineAsync("2. Paste here the address Zalo redirected to (or only its code=… value):");
        var answer = (await input.ReadLineAsync())?.Trim() ?? "";
        var code = ReadCode(answer, state, out var problem);
        if (code is null)
        {
            await output.WriteLineAsync(problem);
            return 1;
        }

        var storage = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        using var db = new BotDatabase(storage.Path);
        db.Prepare(ZaloTokenPair.Collection);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using var tokens = new ZaloTokens(db, http, Options.Create(options), time, NullLogger<ZaloTokens>.Instance);
        var pair = await tokens.ExchangeCodeAsync(code, verifier, CancellationToken.None);
        await output.WriteLineAsync($"Done: the OA's tokens are stored in {db.Path} (the access token lasts until {pair.ExpiresUtc:u}; the bot refreshes it).");
        return 0;
    }

    private static string? ReadCode(string answer, string state, out string problem)
    {
        problem = "";
        if (!answer.Contains('=', StringComparison.Ordinal))
        {
            return answer.Length > 0 ? answer : Fail("No code was pasted.", out problem);
        }

        var query = HttpUtility.ParseQueryString(answer.Contains('?', StringComparison.Ordinal) ? answer[(answer.IndexOf('?', StringComparison.Ordinal) + 1)..] : answer);
        if (query["state"] is { } returned && returned != state)
        {
            return Fail("The state does not match this run's link: open the link printed above, not an older one.", out problem);
        }

        return query["code"] is { Length: > 0 } code ? code : Fail("The address has no code=…; the admin may have refused.", out problem);
    }

    private static string? Fail(string why, out string problem)
    {
        problem = why;
        return null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
