namespace OneStop.Domain.Conversation;

/// <summary>
/// Triggers that work from every step. Flow buttons are triggers too, named by their ids in flows.yaml;
/// the validator keeps those ids apart from these.
/// </summary>
public static class Triggers
{
    public const string Menu = "menu";
    public const string Cancel = "cancel";
    public const string Back = "back";
    public const string Help = "help";
    public const string OpenProcedure = "open-procedure";
    public const string Go = "go";
    public const string AskDelete = "ask-delete";
    public const string ConfirmDelete = "delete-yes";
    public const string KeepData = "delete-no";

    public static readonly IReadOnlyList<string> Reserved =
        [Menu, Cancel, Back, Help, OpenProcedure, Go, AskDelete, ConfirmDelete, KeepData];
}
