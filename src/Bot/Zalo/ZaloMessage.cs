namespace OneStop.Bot.Zalo;

/// <summary>One message Zalo accepts: text within its limit and at most its number of buttons.</summary>
internal sealed record ZaloMessage(string Text, IReadOnlyList<ZaloButton> Buttons);
