using System.ComponentModel.DataAnnotations;

namespace OneStop.Bot.Storage;

internal sealed record StorageOptions
{
    public const string Section = "Storage";

    public const int DefaultCachedChats = 4096;

    /// <summary>The LiteDB file. Relative paths are relative to the working directory.</summary>
    [Required]
    public string Path { get; init; } = "data/onestop.db";

    /// <summary>Days after a chat's last message when everything about it is deleted (stated to citizens).</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; init; } = 90;

    /// <summary>How many recently active chats have their session and chat record kept in memory, to answer a burst without reading the file.</summary>
    [Range(0, 1_000_000)]
    public int CachedChats { get; init; } = DefaultCachedChats;
}
