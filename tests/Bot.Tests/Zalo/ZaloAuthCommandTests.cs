using Microsoft.Extensions.Configuration;
using OneStop.Bot.Zalo;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>zalo-auth, the first setup: the consent link with PKCE, the pasted redirect, the stored pair the bot then uses.</summary>
public sealed class ZaloAuthCommandTests
{
    private const string Lan = "4003000000000000001";

    [Fact]
    public async Task The_consent_link_carries_a_S256_challenge_and_the_pasted_code_gives_the_bot_its_tokens()
    {
        await using var scene = await ZaloScene.StartAsync(startBot: false);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zalo:AppId"] = scene.Oa.Options.AppId,
            ["Zalo:AppSecret"] = scene.Oa.Options.AppSecret,
            ["Zalo:OAuthBaseUrl"] = scene.Oa.BaseUrl.ToString(),
            ["Storage:Path"] = scene.DatabasePath,
        }).Build();
        var output = new StringWriter();

        // The state is checked only when the pasted address carries one; the code alone is accepted.
        var code = await ZaloAuthCommand.RunAsync(config, ["--redirect", "https://xa.example.vn/zalo/callback"], new StringReader("consent-code"), output, scene.Time);

        Assert.Equal(0, code);
        Assert.Contains("/v4/oa/permission?app_id=", output.ToString());
        Assert.Contains("code_challenge=", output.ToString());
        Assert.Equal(1, scene.Oa.Refreshes);

        scene.Settings["Zalo:RefreshToken"] = "";
        await scene.StartBotAsync();
        await scene.SayAsync(Lan, "menu");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);
    }
}
