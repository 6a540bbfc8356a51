namespace OneStop.Domain.Content;

public sealed record Checklist(string Start, IReadOnlyList<ChecklistQuestion> Questions, SourceRef Origin)
{
    public const string Done = "done";

    public ChecklistQuestion? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);
}
