namespace OneStop.Domain.Notices;

/// <summary>What a notices button asks for.</summary>
public enum NoticeAction
{
    Subscribe,
    Unsubscribe,
    ShowAreas,
    ChooseArea,
    NoArea,
}
