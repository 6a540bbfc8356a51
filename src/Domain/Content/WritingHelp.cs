namespace OneStop.Domain.Content;

/// <summary>Whether staff may write the form for the citizen (the plan's "viết hộ").</summary>
public enum WritingHelp
{
    Yes,
    Partly,
    No,
}
