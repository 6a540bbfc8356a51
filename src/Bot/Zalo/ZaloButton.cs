namespace OneStop.Bot.Zalo;

/// <summary>A button as Zalo takes it: oa.query.hide with our payload, oa.open.url with a link, oa.open.phone with a number.</summary>
internal sealed record ZaloButton(string Title, string Type, string Value);
