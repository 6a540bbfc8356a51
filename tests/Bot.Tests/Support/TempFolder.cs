namespace OneStop.Bot.Tests.Support;

/// <summary>A folder of its own for one test (LiteDB files, edited copies of the content), removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "onestop-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A copy of the real conversation-flows/ to break on purpose.</summary>
    public string CopyOfContent()
    {
        var target = System.IO.Path.Combine(Path, "conversation-flows");
        foreach (var file in Directory.GetFiles(Repository.Content, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(Repository.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            System.IO.File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a stopped host: the OS temp cleaner gets it.
        }
    }
}
