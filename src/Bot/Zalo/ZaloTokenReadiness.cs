using OneStop.Bot.Observability;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Zalo;

/// <summary>
/// /readyz for Zalo: a token pair is stored (or Zalo__RefreshToken can seed one), and the access token is either still
/// valid or can be refreshed: an access token that lapsed while nobody wrote is renewed at the next send, so lapsing
/// alone is not a fault; a refresh that failed is (ChannelHealth reports it).
/// </summary>
internal sealed class ZaloTokenReadiness(BotDatabase db, Microsoft.Extensions.Options.IOptions<ZaloOptions> options) : IReadinessCheck
{
    public string? Problem()
    {
        var pair = db.Database.GetCollection<ZaloTokenPair>(ZaloTokenPair.Collection).FindById(ZaloTokenPair.OnlyId);
        if (pair is null || pair.RefreshToken.Length == 0)
        {
            return string.IsNullOrEmpty(options.Value.RefreshToken) ? "zalo token: none stored; run zalo-auth" : null;
        }

        return null;
    }
}
