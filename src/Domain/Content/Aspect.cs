namespace OneStop.Domain.Content;

/// <summary>What a question about a procedure is about, so the answer can lead with it.</summary>
public enum Aspect
{
    Documents,
    Fee,
    Time,
    InPerson,
    Writing,
    Online,
    Place,
    Post,
}
