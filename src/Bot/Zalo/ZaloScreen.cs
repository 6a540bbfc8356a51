namespace OneStop.Bot.Zalo;

/// <summary>
/// A reply rendered for Zalo: its messages (the buttons on the last), and the payloads of the choices shown as numbered
/// lines, from <see cref="FirstNumber"/> on, for <see cref="ZaloMenus"/>.
/// </summary>
internal sealed record ZaloScreen(IReadOnlyList<ZaloMessage> Messages, int FirstNumber, IReadOnlyList<string> Numbered);
