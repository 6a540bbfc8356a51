using System.ComponentModel.DataAnnotations;

namespace OneStop.Bot.Storage;

internal sealed record StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file. Relative paths are relative to the working directory.</summary>
    [Required]
    public string Path { get; init; } = "data/onestop.db";

    /// <summary>Days after a chat's last message when everything about it is deleted (stated to citizens).</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; init; } = 90;
}
