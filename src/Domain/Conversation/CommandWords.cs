namespace OneStop.Domain.Conversation;

/// <summary>
/// Recognises the words that work from any step: slash commands, and "menu", "quay lại", "help", "hủy"
/// typed on their own (with or without accents, with a polite "ạ" or "ad ơi" around them).
/// </summary>
public static class CommandWords
{
    private static readonly Dictionary<string, GlobalCommand> Slash = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/start"] = GlobalCommand.Start,
        ["/menu"] = GlobalCommand.Menu,
        ["/help"] = GlobalCommand.Help,
        ["/trogiup"] = GlobalCommand.Help,
        ["/huy"] = GlobalCommand.Cancel,
        ["/cancel"] = GlobalCommand.Cancel,
        ["/quaylai"] = GlobalCommand.Back,
        ["/xoadulieu"] = GlobalCommand.DeleteData,
    };

    /// <summary>The engine's own commands as menus show them: first the way in, last the way out (see <see cref="SlashCommand.MenuPlace"/>).</summary>
    public static IReadOnlyList<SlashCommand> Declared { get; } =
    [
        new("/start", "Bắt đầu", MenuPlace: 1),
        new("/menu", "Màn hình chính", MenuPlace: 2),
        new("/help", "Cách dùng", MenuPlace: 3),
        new("/huy", "Dừng việc đang làm, ngừng nhận thông báo", MenuPlace: 90),
        new("/xoadulieu", "Xoá dữ liệu của tôi", MenuPlace: 91),
    ];

    // Folded phrases that mean a command when they are the whole message.
    private static readonly Dictionary<string, GlobalCommand> Phrases = new(StringComparer.Ordinal)
    {
        ["menu"] = GlobalCommand.Menu,
        ["menu chinh"] = GlobalCommand.Menu,
        ["trang chu"] = GlobalCommand.Menu,
        ["quay lai"] = GlobalCommand.Back,
        ["tro lai"] = GlobalCommand.Back,
        ["lui lai"] = GlobalCommand.Back,
        ["back"] = GlobalCommand.Back,
        ["help"] = GlobalCommand.Help,
        ["tro giup"] = GlobalCommand.Help,
        ["huong dan"] = GlobalCommand.Help,
        ["giup toi"] = GlobalCommand.Help,
        ["huy"] = GlobalCommand.Cancel,
        ["huy bo"] = GlobalCommand.Cancel,
        ["thoat"] = GlobalCommand.Cancel,
        ["cancel"] = GlobalCommand.Cancel,
        ["xoa du lieu"] = GlobalCommand.DeleteData,
    };

    // Politeness and address words that do not change the meaning of a command.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "ad", "admin", "oi", "nha", "nhe", "nghen", "nhen", "di", "cho", "em", "minh", "toi", "vui", "long", "xin", "lam", "on", "cua",
    };

    /// <summary>A slash command: the command and what follows it (a deep-link payload, for /start).</summary>
    public static bool TryParseSlash(string text, out GlobalCommand command, out string argument)
    {
        ArgumentNullException.ThrowIfNull(text);
        command = GlobalCommand.UnknownCommand;
        argument = "";
        if (SlashName(text) is not { } name)
        {
            return false;
        }

        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        command = Slash.GetValueOrDefault(name, GlobalCommand.UnknownCommand);
        return true;
    }

    /// <summary>The command a message starts with, without a "@bot" suffix ("/dangky@onestop_bot" is "/dangky"); null when it is not one.</summary>
    public static string? SlashName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('/'))
        {
            return null;
        }

        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var name = space < 0 ? trimmed : trimmed[..space];
        var at = name.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? name[..at] : name;
    }

    /// <summary>True for the engine's own slash commands, which no feature may declare.</summary>
    public static bool IsEngineCommand(string name) => Slash.ContainsKey(name);

    public static GlobalCommand? FromWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var meaningful = words.Where(w => !Filler.Contains(w)).ToList();
        if (meaningful.Count == 0 || meaningful.Count > 4)
        {
            return null;
        }

        return Phrases.TryGetValue(string.Join(' ', meaningful), out var command) ? command : null;
    }
}
