namespace OneStop.Domain.Content;

/// <summary>The menu screens from flows.yaml. Steps built into the engine are listed in <see cref="BuiltInSteps"/>.</summary>
public sealed record Flow(string Start, IReadOnlyList<FlowStep> Steps, SourceRef Origin)
{
    /// <summary>A procedure's card and its details (content comes from the procedure files).</summary>
    public const string ProcedureStep = "procedure";

    /// <summary>"Delete my data?": waits for a yes or a no.</summary>
    public const string ConfirmDeleteStep = "confirm-delete";

    public static readonly IReadOnlyList<string> BuiltInSteps = [ProcedureStep, ConfirmDeleteStep];

    /// <summary>Generated content a step may show.</summary>
    public static readonly IReadOnlyList<string> Shows = ["procedure-list", "writing-list", "online-list"];

    public FlowStep? Find(string id) => Steps.FirstOrDefault(s => s.Id == id);

    public FlowButton? FindButton(string id) =>
        Steps.SelectMany(s => s.Buttons).SelectMany(row => row).FirstOrDefault(b => b.Id == id);

    public IEnumerable<FlowButton> AllButtons() => Steps.SelectMany(s => s.Buttons).SelectMany(row => row);
}
