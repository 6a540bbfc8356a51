namespace OneStop.Bot.Storage;

/// <summary>
/// A seam before every write to the LiteDB file: a test makes writes fail as a full disk would, without filling one.
/// Production registers none.
/// </summary>
internal interface IWriteFault
{
    /// <summary>The exception the next write, to <paramref name="collection"/> (null: a commit or the whole file), fails with, or null when it may go ahead.</summary>
    Exception? Next(string? collection);
}
