namespace OneStop.Bot.Content;

/// <summary>
/// Finds conversation-flows/: the configured path; else the nearest one above the working directory (the
/// README's command runs from the repository root); else the copy placed beside the program by the build.
/// </summary>
internal static class ContentDirectory
{
    public const string FolderName = "conversation-flows";

    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"Content__Path points to '{configured}', which does not exist.");
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var besideProgram = Path.Combine(AppContext.BaseDirectory, FolderName);
        return Directory.Exists(besideProgram)
            ? besideProgram
            : throw new DirectoryNotFoundException($"Cannot find {FolderName}/; set Content__Path to it.");
    }
}
